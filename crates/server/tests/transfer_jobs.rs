//! Imports and exports as background jobs: the upload is imported by a worker and its
//! report is the job's result; an export's CSV is the job's file; members see only their
//! own jobs.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::Value;

async fn finished(app: &TestApp, id: &str) -> Value {
    for _ in 0..200 {
        let job = app.get(&format!("/api/v1/jobs/{id}")).await.body;
        if ["succeeded", "dead"].contains(&job["status"].as_str().unwrap_or_default()) {
            return job;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the job did not finish");
}

async fn imports_and_exports_run_as_jobs(engine: Engine) {
    let app = TestApp::start(engine).await;
    let csv = "First name,Last name,Email\nAda,Lovelace,ada@example.com\nAlan,Turing,not-an-email\nGrace,Hopper,grace@example.com\n";
    let queued = app
        .post_raw(
            "/api/v1/people/import/jobs",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(queued.status, StatusCode::ACCEPTED, "{}", queued.body);
    assert_eq!(queued.body["kind"], "transfer.import");
    let job = finished(&app, queued.body["id"].as_str().unwrap()).await;
    assert_eq!(job["status"], "succeeded", "{job}");
    assert_eq!(job["result"]["created"], 2, "{job}");
    assert_eq!(job["result"]["errors"][0]["line"], 3, "{job}");

    let export = app
        .request(
            reqwest::Method::POST,
            "/api/v1/people/export/jobs?sort=email&fields=first_name,email",
            None,
            &[],
        )
        .await;
    assert_eq!(export.status, StatusCode::ACCEPTED, "{}", export.body);
    let id = export.body["id"].as_str().unwrap().to_owned();
    let done = finished(&app, &id).await;
    assert_eq!(done["result"]["records"], 2, "{done}");
    let file = app
        .client
        .get(format!("{}/api/v1/jobs/{id}/file", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert!(
        file.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains(".csv")
    );
    let text = file.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[1].contains("ada@example.com") && lines[2].contains("grace@example.com"),
        "{text}"
    );

    let bad = app
        .request(
            reqwest::Method::POST,
            "/api/v1/people/export/jobs?filter=nope%20eq%201",
            None,
            &[],
        )
        .await;
    bad.assert_problem(422, "filter");

    let member = app.with_client(app.join_as("member", "mia@acme.test").await);
    assert!(
        member.get("/api/v1/jobs").await.body["data"]
            .as_array()
            .unwrap()
            .is_empty(),
        "not their jobs"
    );
    member
        .get(&format!("/api/v1/jobs/{id}"))
        .await
        .assert_problem_status(404);
    member
        .get(&format!("/api/v1/jobs/{id}/file"))
        .await
        .assert_problem_status(404);
    app.stop().await;
}

both_engines!(imports_and_exports_run_as_jobs);

async fn an_instance_without_workers_leaves_jobs_to_the_others(engine: Engine) {
    let serving_only = relata_server::ServerConfig {
        jobs: relata_server::jobs::JobsConfig {
            workers: 0,
            ..relata_server::jobs::JobsConfig::default()
        },
        ..relata_server::ServerConfig::default()
    };
    let api = TestApp::start_with(engine, serving_only).await;
    let ready = api.get("/readyz").await.body;
    assert!(ready.get("job_workers").is_none(), "{ready}");
    let queued = api
        .request(
            reqwest::Method::POST,
            "/api/v1/people/export/jobs",
            None,
            &[],
        )
        .await;
    let id = queued.body["id"].as_str().unwrap().to_owned();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        api.get(&format!("/api/v1/jobs/{id}")).await.body["status"],
        "queued"
    );

    let worker = api
        .second_instance(relata_server::ServerConfig::default())
        .await;
    let done = finished(&api, &id).await;
    assert_eq!(
        done["status"], "succeeded",
        "another instance ran it: {done}"
    );
    worker.stop().await;
    api.stop().await;
}

both_engines!(an_instance_without_workers_leaves_jobs_to_the_others);
