//! The audit log over HTTP: who changed what from where, sign-ins, and the CSV export.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::json;

async fn the_log_says_who_did_what_from_where(engine: Engine) {
    let app = TestApp::start(engine).await;
    let person = app
        .post(
            "/api/v1/people",
            json!({"first_name": "Anna", "city": "Omsk"}),
        )
        .await;
    let path = format!("/api/v1/people/{}", person.id());
    assert_eq!(
        app.patch(&path, 1, json!({"city": "Tomsk"})).await.status,
        StatusCode::OK
    );
    let anonymous = app.with_client(reqwest::Client::new());
    let wrong = json!({"email": "owner@acme.test", "password": "not the password"});
    anonymous
        .post("/api/v1/session", wrong)
        .await
        .assert_problem_status(401);

    let log = app.get("/api/v1/audit").await;
    assert_eq!(log.status, StatusCode::OK, "{}", log.body);
    let entries = log.body["data"].as_array().unwrap();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        &actions[..3],
        ["sign_in_failed", "updated", "created"],
        "{actions:?}"
    );
    let update = &entries[1];
    assert_eq!(update["via"], "session");
    assert_eq!(update["ip"], "127.0.0.1");
    assert_eq!(update["record_id"], person.body["id"]);
    assert_eq!(
        update["detail"]["changes"][0],
        json!({"field": "city", "old": "Omsk", "new": "Tomsk"})
    );
    assert_eq!(entries[0]["via"], "anonymous");

    let about = app
        .get(&format!("/api/v1/audit?record_id={}", person.id()))
        .await;
    assert_eq!(about.body["data"].as_array().unwrap().len(), 2);
    let csv = app
        .client
        .get(format!("{}/api/v1/audit/export", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(text.starts_with("seq,at,actor_id,via,action"), "{text}");
    assert!(text.contains(",updated,person,"), "{text}");
    app.stop().await;
}

both_engines!(the_log_says_who_did_what_from_where);
