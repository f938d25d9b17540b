//! The archive's contents, before compression and encryption: JSON lines.
//!
//! ```text
//! {"relata_backup":1,"relata_version":"0.1.0","schema_version":16,"engine":"sqlite","created_at":"…"}
//! {"table":"workspaces","columns":["id","name",…]}
//! ["0193…","Acme",…]                       one line per row
//! {"table":"people",…}
//! …
//! {"end":true,"tables":{"workspaces":1,…},"sha256":"…"}   over every line before it
//! ```
//!
//! Plain lines so that anyone holding the key can read a backup with standard tools
//! (`age -d | gunzip`) even without Relata; the closing line lets a reader tell a complete
//! archive from a cut-off one.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use relata_store::{SnapshotSink, Table};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::BackupError;

/// The version of this layout; readers refuse a newer one.
pub const FORMAT: i64 = 1;

/// What an archive says about itself.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Header {
    pub relata_backup: i64,
    pub relata_version: String,
    pub schema_version: i64,
    pub engine: String,
    pub created_at: String,
}

/// What a complete archive holds: its header and the rows of each table.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Manifest {
    pub header: Header,
    pub tables: BTreeMap<String, u64>,
}

impl Manifest {
    pub fn rows(&self) -> u64 {
        self.tables.values().sum()
    }
}

/// Writes the lines of an archive to `out` (the compressing, encrypting writer).
pub struct ArchiveWriter<W: Write> {
    out: W,
    digest: Sha256,
    tables: BTreeMap<String, u64>,
    current: Option<String>,
}

impl<W: Write> ArchiveWriter<W> {
    pub fn start(out: W, header: &Header) -> Result<Self, BackupError> {
        let mut writer = ArchiveWriter {
            out,
            digest: Sha256::new(),
            tables: BTreeMap::new(),
            current: None,
        };
        writer.line(&json!(header))?;
        Ok(writer)
    }

    fn line(&mut self, value: &Value) -> std::io::Result<()> {
        let mut bytes = serde_json::to_vec(value)?;
        bytes.push(b'\n');
        self.digest.update(&bytes);
        self.out.write_all(&bytes)
    }

    /// Writes the closing line and hands back the writer.
    pub fn finish(mut self) -> Result<(W, BTreeMap<String, u64>), BackupError> {
        let digest = hex(&self.digest.clone().finalize());
        let end = json!({ "end": true, "tables": self.tables, "sha256": digest });
        let mut bytes = serde_json::to_vec(&end).map_err(std::io::Error::from)?;
        bytes.push(b'\n');
        self.out.write_all(&bytes)?;
        Ok((self.out, self.tables))
    }
}

impl<W: Write> SnapshotSink for ArchiveWriter<W> {
    fn table(&mut self, table: &Table) -> std::io::Result<()> {
        self.tables.insert(table.name.to_owned(), 0);
        self.current = Some(table.name.to_owned());
        self.line(&json!({ "table": table.name, "columns": table.column_names() }))
    }

    fn row(&mut self, values: &[Value]) -> std::io::Result<()> {
        if let Some(count) = self.current.as_ref().and_then(|t| self.tables.get_mut(t)) {
            *count += 1;
        }
        self.line(&Value::Array(values.to_vec()))
    }
}

/// One piece of an archive, as a reader meets it.
#[derive(Debug)]
pub enum Item {
    Table { name: String, columns: Vec<String> },
    Row(Vec<Value>),
}

/// Reads an archive's lines, checking as it goes; the last call (`Ok(None)`) succeeds only
/// when the closing line is there and agrees with everything read.
pub struct ArchiveReader<R: BufRead> {
    input: R,
    pub header: Header,
    digest: Sha256,
    tables: BTreeMap<String, u64>,
    current: Option<String>,
    line: Vec<u8>,
}

impl<R: BufRead> ArchiveReader<R> {
    pub fn open(mut input: R) -> Result<Self, BackupError> {
        let mut line = Vec::new();
        read_line(&mut input, &mut line)?;
        let header: Header = serde_json::from_slice(&line)
            .map_err(|_| BackupError::Damaged("it does not start like a Relata backup".into()))?;
        if header.relata_backup > FORMAT {
            return Err(BackupError::Damaged(format!(
                "its layout (version {}) is newer than this Relata reads",
                header.relata_backup
            )));
        }
        let known = relata_store::migrate::latest_version();
        if header.schema_version > known {
            return Err(BackupError::Newer {
                archive: header.schema_version,
                known,
            });
        }
        let mut digest = Sha256::new();
        digest.update(&line);
        Ok(ArchiveReader {
            input,
            header,
            digest,
            tables: BTreeMap::new(),
            current: None,
            line,
        })
    }

    pub fn next_item(&mut self) -> Result<Option<Item>, BackupError> {
        read_line(&mut self.input, &mut self.line)?;
        if self.line.is_empty() {
            return Err(BackupError::Damaged(
                "it ends before its closing line".into(),
            ));
        }
        let value: Value = serde_json::from_slice(&self.line)
            .map_err(|e| BackupError::Damaged(format!("a line does not parse: {e}")))?;
        if value.get("end") == Some(&Value::Bool(true)) {
            self.check_end(&value)?;
            return Ok(None);
        }
        self.digest.update(&self.line);
        match value {
            Value::Array(values) => {
                let table = self
                    .current
                    .as_ref()
                    .ok_or_else(|| BackupError::Damaged("a row comes before any table".into()))?;
                *self.tables.entry(table.clone()).or_default() += 1;
                Ok(Some(Item::Row(values)))
            }
            Value::Object(object) => {
                let name = object["table"].as_str().unwrap_or_default().to_owned();
                let columns: Vec<String> = serde_json::from_value(object["columns"].clone())
                    .map_err(|_| BackupError::Damaged(format!("table {name} lists no columns")))?;
                self.tables.insert(name.clone(), 0);
                self.current = Some(name.clone());
                Ok(Some(Item::Table { name, columns }))
            }
            _ => Err(BackupError::Damaged(
                "a line is neither a table nor a row".into(),
            )),
        }
    }

    fn check_end(&mut self, end: &Value) -> Result<(), BackupError> {
        let digest = hex(&self.digest.clone().finalize());
        if end["sha256"].as_str() != Some(digest.as_str()) {
            return Err(BackupError::Damaged(
                "its checksum does not match its contents".into(),
            ));
        }
        let promised: BTreeMap<String, u64> = serde_json::from_value(end["tables"].clone())
            .map_err(|_| BackupError::Damaged("its closing line is malformed".into()))?;
        if promised != self.tables {
            return Err(BackupError::Damaged(
                "its row counts do not match its rows".into(),
            ));
        }
        read_line(&mut self.input, &mut self.line)?;
        if !self.line.is_empty() {
            return Err(BackupError::Damaged(
                "something follows its closing line".into(),
            ));
        }
        Ok(())
    }

    /// Reads to the end, checking everything; what the archive holds.
    pub fn verify(mut self) -> Result<Manifest, BackupError> {
        while self.next_item()?.is_some() {}
        Ok(self.manifest())
    }

    pub fn manifest(&self) -> Manifest {
        Manifest {
            header: self.header.clone(),
            tables: self.tables.clone(),
        }
    }
}

fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> Result<(), BackupError> {
    line.clear();
    input.read_until(b'\n', line).map_err(|e| {
        // Decryption reports tampering and truncation as read errors.
        BackupError::Damaged(e.to_string())
    })?;
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
