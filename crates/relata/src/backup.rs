//! `relata backup`, `relata restore` and `relata backup-key`: backups from the command line,
//! to a file, a folder (with retention) or an S3-compatible bucket.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use relata_backup::retention::Retention;
use relata_backup::s3::Bucket;
use relata_backup::{Destination, Lock, Manifest, Unlock};
use relata_store::Store;

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
    let (manifest, written) = Destination::parse(output)?
        .write(store, &lock, keep)
        .await?;
    println!(
        "backup written to {written}: {} ({:.1} s)",
        describe(&manifest),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub async fn restore(
    store: &Store,
    input: &str,
    keys: &KeyArgs,
    check_only: bool,
) -> anyhow::Result<()> {
    let unlock = unlock(keys)?;
    let (path, downloaded) = match Destination::parse(input)? {
        Destination::File(path) | Destination::Folder(path) => (path, false),
        Destination::S3(location) => {
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
