//! Whole-database snapshots in a portable form: every table's rows as JSON values (ids and
//! times as text, JSON as JSON), the same whichever engine wrote them. A backup is a
//! snapshot read from one database; a restore writes it into an empty one, of either
//! engine, so the same archive moves a company from SQLite to PostgreSQL and back.
//!
//! Reading happens in one read-only transaction, so the snapshot is consistent while the
//! server keeps serving; it goes table by table in key order, a page at a time, so memory
//! stays flat however big the database. Writing happens in one transaction: a restore that
//! fails leaves the database as empty as it found it.

mod tables;

use relata_domain::Value;
use relata_domain::value::Storage;

use crate::engine::{Row, Tx};
use crate::sql::{Bind, Sql};
use crate::{Store, StoreError};

pub(crate) use tables::TABLES;

/// How a column's values are written in a snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Id,
    Text,
    Int,
    Float,
    Bool,
    Date,
    Time,
    Json,
}

#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub key: &'static [&'static str],
    pub columns: &'static [(&'static str, Kind)],
}

impl Table {
    pub fn column_names(&self) -> Vec<&'static str> {
        self.columns.iter().map(|(name, _)| *name).collect()
    }
}

/// Every table a snapshot holds, parents first.
pub fn snapshot_tables() -> &'static [Table] {
    TABLES
}

/// Where a snapshot's rows go, table by table.
pub trait SnapshotSink {
    fn table(&mut self, table: &Table) -> std::io::Result<()>;
    fn row(&mut self, values: &[serde_json::Value]) -> std::io::Result<()>;
}

/// Rows read per query while taking a snapshot.
const PAGE: i64 = 2_000;
/// Rows written per statement while restoring (well under both engines' parameter limits).
const INSERT_BATCH: usize = 200;

impl Store {
    /// Reads the whole database, consistently, into `sink`; returns the rows per table.
    pub async fn take_snapshot(
        &self,
        sink: &mut impl SnapshotSink,
    ) -> Result<Vec<(&'static str, u64)>, StoreError> {
        let mut tx = self.pools.begin_snapshot().await?;
        let mut counts = Vec::with_capacity(TABLES.len());
        for table in TABLES {
            sink.table(table).map_err(io_error)?;
            let mut rows = 0;
            let mut after: Option<Vec<serde_json::Value>> = None;
            loop {
                let page = tx
                    .fetch_all(page_query(&tx, table, after.as_deref()))
                    .await?;
                for row in &page {
                    let values = table
                        .columns
                        .iter()
                        .map(|(name, kind)| read(row, name, *kind))
                        .collect::<Result<Vec<_>, _>>()?;
                    sink.row(&values).map_err(io_error)?;
                    rows += 1;
                    if row_is_last(&page, row) {
                        after = Some(key_of(table, &values));
                    }
                }
                if (page.len() as i64) < PAGE {
                    break;
                }
            }
            counts.push((table.name, rows));
        }
        tx.commit().await?;
        Ok(counts)
    }

    /// Whether the database holds no workspace (a restore target must be empty).
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let sql = self.pools.sql("SELECT id FROM workspaces LIMIT 1");
        Ok(self.pools.fetch_optional(sql).await?.is_none())
    }

    /// Opens a restore: rows are written through it in one transaction, table by table in
    /// snapshot order, and nothing is kept unless [`Restore::finish`] is called.
    pub async fn begin_restore(&self) -> Result<Restore, StoreError> {
        if !self.is_empty().await? {
            return Err(StoreError::Conflict(
                "the database already holds data; restore into an empty database".into(),
            ));
        }
        Ok(Restore {
            tx: self.pools.begin().await?,
            table: None,
            columns: Vec::new(),
            pending: Vec::new(),
        })
    }
}

fn row_is_last(page: &[Row], row: &Row) -> bool {
    std::ptr::eq(page.last().expect("a row of this page"), row)
}

fn io_error(error: std::io::Error) -> StoreError {
    StoreError::Corrupt(format!("the snapshot could not be written: {error}"))
}

/// The next page of a table after the key `after`, in key order.
fn page_query(tx: &Tx, table: &Table, after: Option<&[serde_json::Value]>) -> Sql {
    let columns = table.column_names().join(", ");
    let mut sql = tx.sql(&format!("SELECT {columns} FROM {}", table.name));
    if let Some(after) = after {
        sql.push(&format!(" WHERE ({}) > (", table.key.join(", ")));
        for (i, value) in after.iter().enumerate() {
            let kind = kind_of(table, table.key[i]);
            sql.push(if i == 0 { "" } else { ", " });
            sql.bind(bind(value, kind).unwrap_or(Bind::Null(Storage::Text)));
        }
        sql.push(")");
    }
    sql.push(&format!(" ORDER BY {} LIMIT {PAGE}", table.key.join(", ")));
    sql
}

fn kind_of(table: &Table, column: &str) -> Kind {
    table
        .columns
        .iter()
        .find(|(name, _)| *name == column)
        .map_or(Kind::Text, |(_, kind)| *kind)
}

fn key_of(table: &Table, values: &[serde_json::Value]) -> Vec<serde_json::Value> {
    table
        .key
        .iter()
        .map(|key| {
            let i = table.columns.iter().position(|(name, _)| name == key);
            i.map_or(serde_json::Value::Null, |i| values[i].clone())
        })
        .collect()
}

/// One column of a row in its portable form.
fn read(row: &Row, column: &str, kind: Kind) -> Result<serde_json::Value, StoreError> {
    use serde_json::Value as Json;
    let storage = match kind {
        Kind::Json => {
            return row.json(column);
        }
        Kind::Id => Storage::Id,
        Kind::Text => Storage::Text,
        Kind::Int => Storage::Int,
        Kind::Float => Storage::Float,
        Kind::Bool => Storage::Bool,
        Kind::Date => Storage::Date,
        Kind::Time => Storage::DateTime,
    };
    Ok(match row.value(column, storage)? {
        Value::Null => Json::Null,
        Value::Id(id) => Json::String(id.to_string()),
        Value::Text(text) => Json::String(text),
        Value::Int(n) => Json::from(n),
        Value::Float(f) => Json::from(f),
        Value::Bool(b) => Json::Bool(b),
        Value::Date(d) => Json::String(relata_domain::timestamp::format_date(d)),
        Value::DateTime(t) => Json::String(relata_domain::timestamp::format(t)),
        other => return Err(StoreError::Corrupt(format!("{column}: {other:?}"))),
    })
}

/// A portable value as the parameter its column takes; `None` when it does not fit.
fn bind(value: &serde_json::Value, kind: Kind) -> Option<Bind> {
    use serde_json::Value as Json;
    if value.is_null() {
        return Some(match kind {
            // Typed as JSON on PostgreSQL, which refuses a text NULL for a jsonb column.
            Kind::Json => Bind::Null(Storage::List),
            Kind::Id => Bind::Null(Storage::Id),
            Kind::Text => Bind::Null(Storage::Text),
            Kind::Int => Bind::Null(Storage::Int),
            Kind::Float => Bind::Null(Storage::Float),
            Kind::Bool => Bind::Null(Storage::Bool),
            Kind::Date => Bind::Null(Storage::Date),
            Kind::Time => Bind::Null(Storage::DateTime),
        });
    }
    let text = value.as_str();
    Some(match kind {
        Kind::Json => Bind::Json(value.clone()),
        Kind::Id => Bind::from(text?.parse::<uuid::Uuid>().ok()?),
        Kind::Text => Bind::from(text?),
        Kind::Int => Bind::from(value.as_i64()?),
        Kind::Float => Bind::Value(Value::Float(value.as_f64()?)),
        Kind::Bool => Bind::from(match value {
            Json::Bool(b) => *b,
            _ => return None,
        }),
        Kind::Date => Bind::Value(Value::Date(
            relata_domain::timestamp::parse_date(text?).ok()?,
        )),
        Kind::Time => Bind::from(relata_domain::timestamp::parse(text?).ok()?),
    })
}

/// A restore in progress (see [`Store::begin_restore`]).
pub struct Restore {
    tx: Tx,
    table: Option<&'static Table>,
    /// The current table's columns as the snapshot has them.
    columns: Vec<(&'static str, Kind)>,
    pending: Vec<Vec<serde_json::Value>>,
}

impl Restore {
    /// Starts the rows of the table named `name`, whose snapshot columns are `columns`.
    /// Snapshots from an older Relata may lack later columns (they take their defaults);
    /// a column this Relata does not know means the snapshot is newer, and is refused.
    pub async fn table(&mut self, name: &str, columns: &[String]) -> Result<(), StoreError> {
        self.flush().await?;
        let table = TABLES
            .iter()
            .find(|t| t.name == name)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown table {name}")))?;
        self.columns = columns
            .iter()
            .map(|column| {
                table
                    .columns
                    .iter()
                    .find(|(known, _)| known == column)
                    .copied()
                    .ok_or_else(|| {
                        StoreError::Corrupt(format!(
                            "{name}.{column} is unknown to this version of Relata"
                        ))
                    })
            })
            .collect::<Result<_, _>>()?;
        self.table = Some(table);
        Ok(())
    }

    pub async fn row(&mut self, values: Vec<serde_json::Value>) -> Result<(), StoreError> {
        self.pending.push(values);
        if self.pending.len() >= INSERT_BATCH {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), StoreError> {
        let Some(table) = self.table else {
            return Ok(());
        };
        if self.pending.is_empty() {
            return Ok(());
        }
        let names: Vec<&str> = self.columns.iter().map(|(name, _)| *name).collect();
        let mut sql = self.tx.sql(&format!(
            "INSERT INTO {} ({}) VALUES ",
            table.name,
            names.join(", ")
        ));
        for (i, values) in self.pending.drain(..).enumerate() {
            if values.len() != self.columns.len() {
                return Err(StoreError::Corrupt(format!(
                    "a row of {} has {} values for {} columns",
                    table.name,
                    values.len(),
                    self.columns.len()
                )));
            }
            sql.push(if i == 0 { "(" } else { ", (" });
            for (j, (value, (column, kind))) in values.iter().zip(&self.columns).enumerate() {
                let parameter = bind(value, *kind).ok_or_else(|| {
                    StoreError::Corrupt(format!("{}.{column} holds {value}", table.name))
                })?;
                sql.push(if j == 0 { "" } else { ", " }).bind(parameter);
            }
            sql.push(")");
        }
        self.tx.execute(sql).await?;
        Ok(())
    }

    /// Keeps everything written.
    pub async fn finish(mut self) -> Result<(), StoreError> {
        self.flush().await?;
        self.tx.commit().await
    }
}
