//! Personal data over HTTP: export everything held about a person, then erase it, leaving
//! the audit chain whole.

mod common;

use common::TestApp;
use relata_store::AuditVerdict;
use relata_testkit::{Engine, both_engines};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn a_person_is_exported_then_erased(engine: Engine) {
    let app = TestApp::start(engine).await;
    let person = app
        .post(
            "/api/v1/people",
            json!({"first_name": "Fox", "last_name": "Mulder", "email": "fox@fbi.example"}),
        )
        .await;
    let id = person.id();
    let note = json!({"kind": "note", "body": "Believes", "person_id": id});
    let activity = app.post("/api/v1/activities", note).await;
    let deal = app.post("/api/v1/deals", json!({"name": "X-Files"})).await;
    let link = format!("/api/v1/deals/{}/people/{id}", deal.id());
    let linked = app
        .request(Method::PUT, &link, Some(json!({"role": "champion"})), &[])
        .await;
    assert!(linked.status.is_success(), "{}", linked.body);
    app.patch(
        &format!("/api/v1/people/{id}"),
        1,
        json!({"city": "Washington"}),
    )
    .await;

    let export = app.get(&format!("/api/v1/people/{id}/personal-data")).await;
    assert_eq!(export.status, StatusCode::OK, "{}", export.body);
    assert_eq!(export.body["person"]["email"], "fox@fbi.example");
    assert_eq!(export.body["activities"][0]["body"], "Believes");
    assert_eq!(export.body["deal_roles"][0]["role"], "champion");
    assert!(export.body["history"].as_array().unwrap().len() >= 2);

    let erase = format!("/api/v1/people/{id}/erase");
    app.post(&erase, json!({"confirm": false}))
        .await
        .assert_problem(422, "confirm");
    let erased = app.post(&erase, json!({"confirm": true})).await;
    assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
    assert_eq!(erased.body["activities"], 1);

    app.get(&format!("/api/v1/people/{id}"))
        .await
        .assert_problem_status(404);
    app.get(&format!("/api/v1/activities/{}", activity.id()))
        .await
        .assert_problem_status(404);
    assert_eq!(
        app.get("/api/v1/search?q=mulder").await.body["data"],
        json!([])
    );
    assert_eq!(
        app.get("/api/v1/search?q=muldr").await.body["data"],
        json!([])
    );
    let people = app
        .get(&format!("/api/v1/deals/{}/people", deal.id()))
        .await;
    assert_eq!(people.body["data"], json!([]), "{}", people.body);
    let history = app.get(&format!("/api/v1/audit?record_id={id}")).await.body["data"].clone();
    let history = history.as_array().unwrap();
    assert_eq!(history[0]["action"], "person_erased");
    assert!(
        history[1..]
            .iter()
            .all(|e| e["detail"] == json!({"redacted": true})),
        "{history:?}"
    );
    assert!(!serde_json::to_string(history).unwrap().contains("Mulder"));
    let workspace = app.get("/api/v1/workspace").await.body["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let feed = app.store().changes_after(workspace, 0, 100).await.unwrap();
    assert!(
        !serde_json::to_string(&feed).unwrap().contains("Washington"),
        "the change feed forgets what the person's fields were"
    );
    let last: Vec<(&str, &str)> = feed[feed.len() - 2..]
        .iter()
        .map(|c| (c.object.as_str(), c.change.as_str()))
        .collect();
    assert_eq!(last, [("activity", "erased"), ("person", "erased")]);
    let verdict = app.store().verify_audit(workspace).await.unwrap();
    assert!(
        matches!(verdict, AuditVerdict::Intact { .. }),
        "{verdict:?}"
    );
    app.stop().await;
}

both_engines!(a_person_is_exported_then_erased);
