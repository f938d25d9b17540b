//! Backups of a whole Relata instance: a consistent snapshot of every table (taken while the
//! server keeps serving), as JSON lines, gzip-compressed, encrypted with age to a passphrase
//! or to public keys. The format knows nothing of the engine, so an archive made from SQLite
//! restores into PostgreSQL and back. A restore reads the whole archive once to check it
//! (key, checksum, completeness, version) before it writes anything, and then writes it in
//! one transaction into an empty database.

mod archive;
mod destination;
mod error;
mod key;
pub mod retention;
pub mod s3;

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use relata_store::Store;

pub use archive::{FORMAT, Header, Item, Manifest};
pub use destination::Destination;
pub use error::BackupError;
pub use key::{Lock, Unlock, new_key_pair};

use archive::{ArchiveReader, ArchiveWriter};

/// Writes a backup of everything in `store` to `out`.
pub async fn write_backup<W: Write>(
    store: &Store,
    out: W,
    lock: &Lock,
) -> Result<Manifest, BackupError> {
    let encrypted = lock
        .encryptor()?
        .wrap_output(out)
        .map_err(BackupError::Io)?;
    let compressed = flate2::write::GzEncoder::new(encrypted, flate2::Compression::default());
    let header = Header {
        relata_backup: FORMAT,
        relata_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version: relata_store::migrate::latest_version(),
        engine: store.engine_name().to_owned(),
        created_at: relata_domain_time(),
    };
    let mut writer = ArchiveWriter::start(BufWriter::with_capacity(1 << 16, compressed), &header)?;
    store.take_snapshot(&mut writer).await?;
    let (buffered, tables) = writer.finish()?;
    let compressed = buffered
        .into_inner()
        .map_err(|e| BackupError::Io(e.into_error()))?;
    let encrypted = compressed.finish()?;
    encrypted.finish()?.flush()?;
    Ok(Manifest { header, tables })
}

/// Writes a backup to the file at `path`, whole or not at all: it is written beside it under
/// a name of its own (two backups may run at once) and renamed into place once complete and
/// flushed to disk.
pub async fn backup_to_file(
    store: &Store,
    path: &Path,
    lock: &Lock,
) -> Result<Manifest, BackupError> {
    let unique = format!(
        "{}.partial",
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    );
    let partial = path.with_extension(unique);
    let at = |what: &str, error: std::io::Error| {
        BackupError::Storage(format!("cannot {what} {}: {error}", partial.display()))
    };
    let file = File::create(&partial).map_err(|e| at("create", e))?;
    let result = write_backup(store, &file, lock).await;
    match result {
        Ok(manifest) => {
            file.sync_all().map_err(|e| at("write", e))?;
            std::fs::rename(&partial, path).map_err(|e| at("rename", e))?;
            Ok(manifest)
        }
        Err(error) => {
            std::fs::remove_file(&partial).ok();
            Err(error)
        }
    }
}

/// Opens an archive for reading (decrypting and decompressing it on the way).
pub fn open<R: Read>(
    input: R,
    unlock: &Unlock,
) -> Result<ArchiveReader<impl std::io::BufRead>, BackupError> {
    let decrypted = unlock.decrypt(input)?;
    let decompressed = flate2::read::GzDecoder::new(decrypted);
    ArchiveReader::open(BufReader::with_capacity(1 << 16, decompressed))
}

/// Reads a whole archive and checks it; what it holds.
pub fn verify_file(path: &Path, unlock: &Unlock) -> Result<Manifest, BackupError> {
    open(File::open(path)?, unlock)?.verify()
}

/// Checks the archive at `path`, then restores it into `store`, which must be empty.
pub async fn restore_file(
    store: &Store,
    path: &Path,
    unlock: &Unlock,
) -> Result<Manifest, BackupError> {
    let manifest = verify_file(path, unlock)?;
    if !store.is_empty().await? {
        return Err(BackupError::Storage(
            "the database already holds data; restore into an empty database".into(),
        ));
    }
    let mut reader = open(File::open(path)?, unlock)?;
    let mut restore = store.begin_restore().await?;
    while let Some(item) = reader.next_item()? {
        match item {
            Item::Table { name, columns } => restore.table(&name, &columns).await?,
            Item::Row(values) => restore.row(values).await?,
        }
    }
    restore.finish().await?;
    Ok(manifest)
}

fn relata_domain_time() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
