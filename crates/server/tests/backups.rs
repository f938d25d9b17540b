//! Backups as jobs: an owner asks for one, a worker writes it to the configured folder, and
//! the archive opens with the configured passphrase; without a destination the request is
//! refused, and only owners may ask.

mod common;

use common::TestApp;
use relata_backup::retention::Retention;
use relata_backup::{Unlock, verify_file};
use relata_server::ServerConfig;
use relata_server::backups::BackupPlan;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::json;

async fn an_owner_backs_up_through_the_job_queue(engine: Engine) {
    let folder = std::env::temp_dir().join(format!("relata-backup-job-{}", uuid_for_test()));
    std::fs::create_dir_all(&folder).unwrap();
    let passphrase = folder.join("passphrase");
    std::fs::write(&passphrase, "a passphrase for the test\n").unwrap();
    let config = ServerConfig {
        backup: Some(BackupPlan {
            destination: format!("{}/", folder.join("backups").display()),
            passphrase_file: Some(passphrase),
            recipients_file: None,
            keep: Retention {
                daily: 7,
                weekly: 4,
            },
            hour: 2,
        }),
        ..ServerConfig::default()
    };
    let app = TestApp::start_with(engine, config).await;
    app.post("/api/v1/people", json!({"first_name": "Ada"}))
        .await;
    let queued = app.post("/api/v1/backups", json!({})).await;
    assert_eq!(queued.status, StatusCode::ACCEPTED, "{}", queued.body);
    let path = format!("/api/v1/jobs/{}", queued.id());
    let mut job = serde_json::Value::Null;
    for _ in 0..200 {
        job = app.get(&path).await.body;
        if job["status"] == "succeeded" || job["status"] == "dead" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(job["status"], "succeeded", "{job}");
    let written = job["result"]["written_to"].as_str().unwrap();
    let manifest = verify_file(
        std::path::Path::new(written),
        &Unlock::passphrase("a passphrase for the test").unwrap(),
    )
    .unwrap();
    assert_eq!(manifest.tables["people"], 1);

    let member = app.with_client(app.join_as("admin", "ann@acme.test").await);
    member
        .post("/api/v1/backups", json!({}))
        .await
        .assert_problem_status(403);
    app.stop().await;
    std::fs::remove_dir_all(&folder).ok();

    let unconfigured = TestApp::start(engine).await;
    unconfigured
        .post("/api/v1/backups", json!({}))
        .await
        .assert_problem_status(409);
    unconfigured.stop().await;
}

fn uuid_for_test() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

both_engines!(an_owner_backs_up_through_the_job_queue);
