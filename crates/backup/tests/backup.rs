//! Backups on both engines: backup → restore gives identical data (into the same engine
//! and into the other one), and a damaged, cut-off or wrongly-keyed archive is refused
//! with a clear error before anything is written.

use std::path::{Path, PathBuf};

use relata_backup::{
    BackupError, Lock, Unlock, backup_to_file, new_key_pair, restore_file, verify_file,
};
use relata_store::{SnapshotSink, Store, Table};
use relata_testkit::{Engine, TestDb, both_engines};
use serde_json::Value;

const PASSPHRASE: &str = "correct horse battery staple";

/// Everything a snapshot holds, to compare two databases.
#[derive(Default, PartialEq, Debug)]
struct Everything(Vec<(String, Vec<Vec<Value>>)>);

impl SnapshotSink for Everything {
    fn table(&mut self, table: &Table) -> std::io::Result<()> {
        self.0.push((table.name.to_owned(), Vec::new()));
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> std::io::Result<()> {
        self.0.last_mut().unwrap().1.push(values.to_vec());
        Ok(())
    }
}

async fn everything(store: &Store) -> Everything {
    let mut all = Everything::default();
    store.take_snapshot(&mut all).await.unwrap();
    all
}

fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("relata-backup-{}", uuid_like()));
    std::fs::create_dir_all(&folder).unwrap();
    folder.join(name)
}

fn uuid_like() -> String {
    format!("{}-{:?}", std::process::id(), std::time::Instant::now())
        .replace(|c: char| !c.is_ascii_alphanumeric(), "")
}

fn other(engine: Engine) -> Engine {
    match engine {
        Engine::Sqlite => Engine::Postgres,
        Engine::Postgres => Engine::Sqlite,
    }
}

async fn restore_into(engine: Engine, path: &Path, unlock: &Unlock) -> TestDb {
    let target = TestDb::new(engine).await;
    restore_file(&target.store, path, unlock).await.unwrap();
    target
}

async fn a_backup_restores_to_identical_data_on_either_engine(engine: Engine) {
    let source = TestDb::new(engine).await;
    relata_sample::demo::load(&source.store).await.unwrap();
    let path = scratch("demo.backup.age");
    let lock = Lock::passphrase(PASSPHRASE).unwrap();
    let made = backup_to_file(&source.store, &path, &lock).await.unwrap();
    assert!(made.tables["activities"] > 100, "{made:?}");
    let leftovers = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".partial")
        })
        .count();
    assert_eq!(leftovers, 0, "no partial file is left behind");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"), "an age file");
    let name = b"Northwind";
    assert!(
        !bytes.windows(name.len()).any(|w| w == name),
        "nothing readable inside"
    );

    let unlock = Unlock::passphrase(PASSPHRASE).unwrap();
    let checked = verify_file(&path, &unlock).unwrap();
    assert_eq!(checked, made);
    let original = everything(&source.store).await;
    for target_engine in [engine, other(engine)] {
        let target = restore_into(target_engine, &path, &unlock).await;
        assert_eq!(
            everything(&target.store).await,
            original,
            "restored into {target_engine:?}"
        );
        target.drop().await;
    }
    source.drop().await;
}

async fn bad_archives_are_refused_before_anything_is_written(engine: Engine) {
    let source = TestDb::new(engine).await;
    relata_sample::demo::load(&source.store).await.unwrap();
    let (private, public) = new_key_pair();
    let path = scratch("keyed.backup.age");
    let lock = Lock::recipients([public.as_str()]).unwrap();
    backup_to_file(&source.store, &path, &lock).await.unwrap();
    let right = Unlock::identities([private.as_str()]).unwrap();
    let (stranger, _) = new_key_pair();
    let wrong = Unlock::identities([stranger.as_str()]).unwrap();

    let target = TestDb::new(engine).await;
    let refused = |result: Result<_, BackupError>| result.expect_err("refused");
    let error = refused(restore_file(&target.store, &path, &wrong).await);
    assert!(matches!(error, BackupError::WrongKey), "{error}");
    let error = refused(
        restore_file(
            &target.store,
            &path,
            &Unlock::passphrase(PASSPHRASE).unwrap(),
        )
        .await,
    );
    assert!(matches!(error, BackupError::WrongKey), "{error}");

    let bytes = std::fs::read(&path).unwrap();
    let damaged = scratch("damaged.backup.age");
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x20;
    std::fs::write(&damaged, &flipped).unwrap();
    let error = refused(restore_file(&target.store, &damaged, &right).await);
    assert!(matches!(error, BackupError::Damaged(_)), "{error}");

    let cut = scratch("cut.backup.age");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let error = refused(restore_file(&target.store, &cut, &right).await);
    assert!(matches!(error, BackupError::Damaged(_)), "{error}");
    assert!(
        error.to_string().contains("damaged or incomplete"),
        "{error}"
    );

    assert!(
        target.store.is_empty().await.unwrap(),
        "nothing was written"
    );
    let manifest = restore_file(&target.store, &path, &right).await.unwrap();
    assert!(manifest.rows() > 0);
    let error = refused(restore_file(&target.store, &path, &right).await);
    assert!(error.to_string().contains("empty database"), "{error}");
    target.drop().await;
    source.drop().await;
}

both_engines!(
    a_backup_restores_to_identical_data_on_either_engine,
    bad_archives_are_refused_before_anything_is_written,
);
