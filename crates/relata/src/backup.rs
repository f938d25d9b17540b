//! `relata backup`, `relata restore` and `relata backup-key`: backups from the command line,
//! to a file, a folder (with retention) or an S3-compatible bucket.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use relata_backup::retention::{self, Retention};
use relata_backup::s3::{Bucket, S3Location};
use relata_backup::{Lock, Manifest, Unlock};
use relata_store::Store;

/// Where a backup goes, or comes from.
enum Place {
    File(PathBuf),
    Folder(PathBuf),
    S3(S3Location),
}

fn place(text: &str, for_output: bool) -> anyhow::Result<Place> {
    if text.starts_with("s3://") {
        return Ok(Place::S3(S3Location::parse(text)?));
    }
    let path = PathBuf::from(text);
    if for_output && (text.ends_with('/') || path.is_dir()) {
        return Ok(Place::Folder(path));
    }
    Ok(Place::File(path))
}

pub struct KeyArgs {
    pub passphrase_file: Option<PathBuf>,
    pub recipients: Vec<String>,
    pub recipients_file: Option<PathBuf>,
    pub identity_file: Option<PathBuf>,
}

fn read_secret(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

fn passphrase(keys: &KeyArgs) -> anyhow::Result<Option<String>> {
    match &keys.passphrase_file {
        Some(path) => Ok(Some(read_secret(path)?)),
        None => Ok(std::env::var("RELATA_BACKUP_PASSPHRASE").ok()),
    }
}

fn lock(keys: &KeyArgs) -> anyhow::Result<Lock> {
    let mut recipients = keys.recipients.clone();
    if let Some(path) = &keys.recipients_file {
        recipients.extend(read_secret(path)?.lines().map(str::to_owned));
    }
    if !recipients.is_empty() {
        return Ok(Lock::recipients(recipients.iter().map(String::as_str))?);
    }
    match passphrase(keys)? {
        Some(text) => Ok(Lock::passphrase(&text)?),
        None => bail!(
            "backups are always encrypted: give --passphrase-file FILE (or RELATA_BACKUP_PASSPHRASE), \
             or --recipient age1… (make a key pair with `relata backup-key`)"
        ),
    }
}

fn unlock(keys: &KeyArgs) -> anyhow::Result<Unlock> {
    if let Some(path) = &keys.identity_file {
        return Ok(Unlock::identities(read_secret(path)?.lines())?);
    }
    match passphrase(keys)? {
        Some(text) => Ok(Unlock::passphrase(&text)?),
        None => bail!(
            "give the archive's --passphrase-file FILE (or RELATA_BACKUP_PASSPHRASE), or --identity FILE"
        ),
    }
}

fn describe(manifest: &Manifest) -> String {
    format!(
        "{} rows in {} tables, schema {}, made from {} at {}",
        manifest.rows(),
        manifest.tables.len(),
        manifest.header.schema_version,
        manifest.header.engine,
        manifest.header.created_at
    )
}

pub async fn backup(
    store: &Store,
    output: &str,
    keys: &KeyArgs,
    keep: Option<Retention>,
) -> anyhow::Result<()> {
    let lock = lock(keys)?;
    let started = std::time::Instant::now();
    let name = retention::file_name(time::OffsetDateTime::now_utc());
    let (manifest, written) = match place(output, true)? {
        Place::File(path) => {
            let manifest = relata_backup::backup_to_file(store, &path, &lock).await?;
            (manifest, path.display().to_string())
        }
        Place::Folder(folder) => {
            std::fs::create_dir_all(&folder)
                .with_context(|| format!("cannot create {}", folder.display()))?;
            let path = folder.join(&name);
            let manifest = relata_backup::backup_to_file(store, &path, &lock).await?;
            if let Some(keep) = keep {
                prune_folder(&folder, keep)?;
            }
            (manifest, path.display().to_string())
        }
        Place::S3(location) => {
            let bucket = Bucket::from_env(&location)?;
            let staging = std::env::temp_dir().join(&name);
            let manifest = relata_backup::backup_to_file(store, &staging, &lock).await?;
            let key = location.key_for(&name);
            let uploaded = bucket.put_file(&key, &staging).await;
            std::fs::remove_file(&staging).ok();
            uploaded?;
            if let Some(keep) = keep {
                bucket.prune(&location, keep).await?;
            }
            (manifest, format!("s3://{}/{key}", location.bucket))
        }
    };
    println!(
        "backup written to {written}: {} ({:.1} s)",
        describe(&manifest),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Removes this folder's backups that the retention rule does not keep.
fn prune_folder(folder: &Path, keep: Retention) -> anyhow::Result<()> {
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
            std::fs::remove_file(path)
                .with_context(|| format!("cannot remove the old backup {}", path.display()))?;
            println!("removed old backup {}", path.display());
        }
    }
    Ok(())
}

pub async fn restore(
    store: &Store,
    input: &str,
    keys: &KeyArgs,
    check_only: bool,
) -> anyhow::Result<()> {
    let unlock = unlock(keys)?;
    let (path, downloaded) = match place(input, false)? {
        Place::File(path) | Place::Folder(path) => (path, false),
        Place::S3(location) => {
            let bucket = Bucket::from_env(&location)?;
            let path = std::env::temp_dir().join(format!("relata-restore-{}", std::process::id()));
            bucket.get_file(&location.key, &path).await?;
            (path, true)
        }
    };
    let result = if check_only {
        relata_backup::verify_file(&path, &unlock).map(|m| ("the archive is sound", m))
    } else {
        relata_backup::restore_file(store, &path, &unlock)
            .await
            .map(|m| ("restored", m))
    };
    if downloaded {
        std::fs::remove_file(&path).ok();
    }
    let (what, manifest) = result?;
    println!("{what}: {}", describe(&manifest));
    Ok(())
}

/// Prints a new key pair: the private key to keep offline, the public key for backups.
pub fn new_key(output: Option<&Path>) -> anyhow::Result<()> {
    let (private, public) = relata_backup::new_key_pair();
    match output {
        Some(path) => {
            write_private(path, &format!("# public key: {public}\n{private}\n"))?;
            println!("private key written to {}", path.display());
        }
        None => println!("{private}"),
    }
    println!("public key (for relata backup --recipient): {public}");
    Ok(())
}

fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {} (it must not exist yet)", path.display()))?;
    file.write_all(text.as_bytes())?;
    Ok(())
}
