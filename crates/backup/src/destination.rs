//! Where backups go: a file, a folder (a dated file in it, older ones pruned by retention),
//! or an S3-compatible bucket prefix (the same, remotely).

use std::path::{Path, PathBuf};

use relata_store::Store;

use crate::retention::{self, Retention};
use crate::s3::{Bucket, S3Location};
use crate::{BackupError, Lock, Manifest, backup_to_file};

pub enum Destination {
    File(PathBuf),
    Folder(PathBuf),
    S3(S3Location),
}

impl Destination {
    /// `s3://bucket/prefix`, a folder (existing, or written with a trailing `/`), or a file.
    pub fn parse(text: &str) -> Result<Destination, BackupError> {
        if text.starts_with("s3://") {
            return Ok(Destination::S3(S3Location::parse(text)?));
        }
        let path = PathBuf::from(text);
        if text.ends_with('/') || path.is_dir() {
            Ok(Destination::Folder(path))
        } else {
            Ok(Destination::File(path))
        }
    }

    /// Writes one backup here; with `keep`, then removes the older backups it does not keep.
    /// Returns what was written and where.
    pub async fn write(
        &self,
        store: &Store,
        lock: &Lock,
        keep: Option<Retention>,
    ) -> Result<(Manifest, String), BackupError> {
        let name = retention::file_name(time::OffsetDateTime::now_utc());
        match self {
            Destination::File(path) => {
                let manifest = backup_to_file(store, path, lock).await?;
                Ok((manifest, path.display().to_string()))
            }
            Destination::Folder(folder) => {
                std::fs::create_dir_all(folder)?;
                let path = folder.join(&name);
                let manifest = backup_to_file(store, &path, lock).await?;
                if let Some(keep) = keep {
                    prune_folder(folder, keep)?;
                }
                Ok((manifest, path.display().to_string()))
            }
            Destination::S3(location) => {
                let bucket = Bucket::from_env(location)?;
                bucket.ensure_exists().await?;
                let staging = std::env::temp_dir().join(&name);
                let written = backup_to_file(store, &staging, lock).await;
                let key = location.key_for(&name);
                let uploaded = match written {
                    Ok(manifest) => bucket.put_file(&key, &staging).await.map(|()| manifest),
                    Err(error) => Err(error),
                };
                std::fs::remove_file(&staging).ok();
                let manifest = uploaded?;
                if let Some(keep) = keep {
                    bucket.prune(location, keep).await?;
                }
                Ok((manifest, format!("s3://{}/{key}", location.bucket)))
            }
        }
    }
}

/// Removes the folder's backups that `keep` does not keep (other files are left alone).
fn prune_folder(folder: &Path, keep: Retention) -> Result<(), BackupError> {
    let mut backups = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(at) = retention::made_at(&name) {
            backups.push((entry.path(), at));
        }
    }
    let times: Vec<_> = backups.iter().map(|(_, at)| *at).collect();
    let kept = retention::keep(&times, keep);
    for (i, (path, _)) in backups.iter().enumerate() {
        if !kept.contains(&i) {
            std::fs::remove_file(path)?;
        }
    }
    Ok(())
}
