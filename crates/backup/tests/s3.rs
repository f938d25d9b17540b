//! Backups in an S3-compatible bucket, against moto's S3 emulator from PyPI: upload, list,
//! retention and download, and the downloaded archive restores.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use relata_backup::retention::{Retention, file_name};
use relata_backup::s3::{Bucket, S3Location};
use relata_backup::{Lock, Unlock, backup_to_file, restore_file};
use relata_testkit::{Engine, TestDb};
use time::macros::datetime;

struct Emulator {
    _process: tokio::process::Child,
    endpoint: String,
}

async fn start_moto() -> Emulator {
    let python = std::env::var("RELATA_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/test-tools/bin/python")
        });
    let server = python.with_file_name("moto_server");
    assert!(
        server.exists(),
        "{} is missing: run scripts/test",
        server.display()
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let process = tokio::process::Command::new(server)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("moto_server starts");
    let endpoint = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        if reqwest::get(&endpoint).await.is_ok() {
            return Emulator {
                _process: process,
                endpoint,
            };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("moto_server did not start on port {port}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backups_go_to_a_bucket_are_pruned_and_restore_from_it() {
    let moto = start_moto().await;
    let location = S3Location::parse("s3://relata-backups/acme/prod").unwrap();
    let bucket = Bucket::new(
        &moto.endpoint,
        &location.bucket,
        "eu-central-1",
        "test-key",
        "test-secret",
    )
    .unwrap();
    bucket.ensure_exists().await.unwrap();
    bucket.ensure_exists().await.unwrap();

    let source = TestDb::new(Engine::Sqlite).await;
    relata_sample::demo::load(&source.store).await.unwrap();
    let scratch = std::env::temp_dir().join(format!("relata-s3-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let local = scratch.join("today.backup.age");
    let passphrase = "a long enough passphrase";
    let made = backup_to_file(
        &source.store,
        &local,
        &Lock::passphrase(passphrase).unwrap(),
    )
    .await
    .unwrap();

    let newest = location.key_for(&file_name(datetime!(2026-11-25 03:00 UTC)));
    bucket.put_file(&newest, &local).await.unwrap();
    for old in [
        datetime!(2026-11-24 03:00 UTC),
        datetime!(2026-11-23 03:00 UTC),
        datetime!(2026-11-10 03:00 UTC),
    ] {
        bucket
            .put_file(&location.key_for(&file_name(old)), &local)
            .await
            .unwrap();
    }
    let other_prefix = S3Location::parse("s3://relata-backups/elsewhere").unwrap();
    let untouched = other_prefix.key_for(&file_name(datetime!(2020-01-01 00:00 UTC)));
    bucket.put_file(&untouched, &local).await.unwrap();
    assert_eq!(bucket.list("acme/prod/").await.unwrap().len(), 4);

    bucket
        .prune(
            &location,
            Retention {
                daily: 2,
                weekly: 0,
            },
        )
        .await
        .unwrap();
    let mut left = bucket.list("acme/prod/").await.unwrap();
    left.sort();
    assert_eq!(
        left,
        [
            "acme/prod/relata-20261124T030000Z.backup.age",
            "acme/prod/relata-20261125T030000Z.backup.age"
        ]
    );
    assert_eq!(bucket.list("elsewhere/").await.unwrap(), [untouched]);

    let downloaded = scratch.join("downloaded.backup.age");
    bucket.get_file(&newest, &downloaded).await.unwrap();
    let target = TestDb::new(Engine::Postgres).await;
    let restored = restore_file(
        &target.store,
        &downloaded,
        &Unlock::passphrase(passphrase).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(restored, made);

    let missing = bucket
        .get_file("acme/prod/nothing-here", &downloaded)
        .await
        .unwrap_err();
    assert!(missing.to_string().contains("404"), "{missing}");
    std::fs::remove_dir_all(&scratch).ok();
    source.drop().await;
    target.drop().await;
}
