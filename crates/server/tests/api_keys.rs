//! API keys over HTTP: made by admins and shown once, scoped, revocable.

mod common;

use common::{TestApp, client_with};
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::json;

fn bearer(key: &str) -> reqwest::Client {
    client_with(&[("authorization".into(), format!("Bearer {key}"))])
}

async fn keys_act_within_their_scope_until_revoked(engine: Engine) {
    let app = TestApp::start(engine).await;
    let read = app
        .post(
            "/api/v1/api-keys",
            json!({"name": "BI export", "scope": "read"}),
        )
        .await;
    assert_eq!(read.status, StatusCode::CREATED, "{}", read.body);
    let read_key = read.body["key"].as_str().unwrap().to_owned();
    assert!(
        read_key.starts_with("relata_")
            && read_key.starts_with(read.body["prefix"].as_str().unwrap())
    );
    let write = app
        .post(
            "/api/v1/api-keys",
            json!({"name": "Web form", "scope": "write"}),
        )
        .await;
    let write_key = write.body["key"].as_str().unwrap().to_owned();

    let reader = app.with_client(bearer(&read_key));
    assert_eq!(reader.get("/api/v1/people").await.status, StatusCode::OK);
    reader
        .post("/api/v1/people", json!({"first_name": "X"}))
        .await
        .assert_problem_status(403);
    let writer = app.with_client(bearer(&write_key));
    let created = writer
        .post("/api/v1/people", json!({"first_name": "From a key"}))
        .await;
    assert_eq!(
        created.status,
        StatusCode::CREATED,
        "no CSRF token is needed with a key"
    );
    writer
        .get("/api/v1/api-keys")
        .await
        .assert_problem_status(403);

    let listed = app.get("/api/v1/api-keys").await.body["data"].clone();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert!(
        listed[0].get("key").is_none(),
        "a key is shown only when made"
    );
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["last_used_at"].is_string()),
        "{listed}"
    );

    let revoked = app
        .delete(&format!("/api/v1/api-keys/{}", write.id()))
        .await;
    assert!(revoked.body["revoked_at"].is_string(), "{}", revoked.body);
    writer
        .get("/api/v1/people")
        .await
        .assert_problem_status(401);
    app.with_client(bearer("relata_made-up"))
        .get("/api/v1/people")
        .await
        .assert_problem_status(401);
    let basic = app.with_client(client_with(&[(
        "authorization".into(),
        "Basic eDp5".into(),
    )]));
    basic.get("/api/v1/people").await.assert_problem_status(401);

    let past = json!({"name": "Old", "scope": "read", "expires_at": "2020-01-01T00:00:00Z"});
    app.post("/api/v1/api-keys", past)
        .await
        .assert_problem(422, "expires_at");
    app.post("/api/v1/api-keys", json!({"name": "X", "scope": "admin"}))
        .await
        .assert_problem(422, "scope");
    app.stop().await;
}

both_engines!(keys_act_within_their_scope_until_revoked);
