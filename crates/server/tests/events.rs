//! `GET /api/v1/events`: changes arrive live, a reconnect resumes where it left off, other
//! workspaces' changes never arrive, and a second instance hears the first one's changes.

mod common;

use std::time::Duration;

use common::{TestApp, wait_for_redis, with_redis};
use relata_server::ServerConfig;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::json;

async fn changes_arrive_live_and_a_reconnect_resumes(engine: Engine) {
    let app = TestApp::start(engine).await;
    let mut stream = app.events(&[]).await;
    let ready = stream.next().await;
    assert_eq!(ready.event.as_deref(), Some("ready"));
    assert_eq!(ready.json()["seq"], json!(0));

    let deal = app.post("/api/v1/deals", json!({"name": "Pilot"})).await;
    assert_eq!(deal.status, StatusCode::CREATED, "{}", deal.body);
    let created = stream.next().await;
    assert_eq!(created.id.as_deref(), Some("1"));
    let body = created.json();
    assert_eq!(body["event"], json!("deal.created"));
    assert_eq!(body["id"], json!(deal.id()));
    assert_eq!(body["version"], json!(1));

    let path = format!("/api/v1/deals/{}", deal.id());
    let renamed = app.patch(&path, 1, json!({"name": "Pilot 2"})).await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.body);
    let updated = stream.next().await.json();
    assert_eq!(updated["event"], json!("deal.updated"));
    assert_eq!(updated["data"]["changes"][0]["new"], json!("Pilot 2"));
    app.delete(&path).await;
    assert_eq!(stream.next().await.json()["event"], json!("deal.deleted"));

    // A client that saw change 1 and reconnects gets 2 and 3, in order.
    let mut resumed = app.events(&[("last-event-id", "1")]).await;
    assert_eq!(resumed.next().await.event.as_deref(), Some("ready"));
    let ids: Vec<Option<String>> = vec![resumed.next().await.id, resumed.next().await.id];
    assert_eq!(ids, [Some("2".to_owned()), Some("3".to_owned())]);

    let bad = app
        .request(
            reqwest::Method::GET,
            "/api/v1/events",
            None,
            &[("last-event-id", "yesterday")],
        )
        .await;
    bad.assert_problem(422, "Last-Event-ID");
    app.stop().await;
}

async fn other_workspaces_and_strangers_hear_nothing(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    anonymous
        .get("/api/v1/events")
        .await
        .assert_problem_status(401);

    let globex = app.other_workspace().await;
    let mut globex_stream = globex.events(&[]).await;
    globex_stream.next().await; // ready

    app.post("/api/v1/people", json!({"first_name": "Acme's customer"}))
        .await;
    assert!(
        globex_stream
            .next_within(Duration::from_millis(1_500))
            .await
            .is_none(),
        "another workspace's change must not arrive"
    );
    globex
        .post("/api/v1/people", json!({"first_name": "Globex's own"}))
        .await;
    let own = globex_stream.next().await.json();
    assert_eq!(own["event"], json!("person.created"));
    assert_eq!(
        own["seq"],
        json!(1),
        "each workspace numbers its own changes"
    );
    app.stop().await;
}

/// Two instances over one database and one Redis: a change through A reaches B's stream
/// through Redis at once. (With Redis up, B reads the feed on its own only every 15 s, and
/// the event must come within 5 s.)
async fn a_second_instance_hears_the_first_through_redis(engine: Engine) {
    let a = TestApp::start_with(engine, with_redis(ServerConfig::default())).await;
    let b = a.second_instance(with_redis(ServerConfig::default())).await;
    wait_for_redis(&a).await;
    wait_for_redis(&b).await;
    // B's subscription is made when it starts; give it a moment, as a running instance has.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut stream = b.events(&[]).await;
    stream.next().await; // ready

    let deal = a.post("/api/v1/deals", json!({"name": "Seen on B"})).await;
    let event = stream.next().await.json();
    assert_eq!(event["id"], json!(deal.id()));
    // B reads fresh data, not a stale copy.
    let read = b.get(&format!("/api/v1/deals/{}", deal.id())).await;
    assert_eq!(read.body["name"], json!("Seen on B"));
    b.stop().await;
    a.stop().await;
}

/// Without Redis the second instance still hears, by reading the feed every second.
async fn without_redis_a_second_instance_catches_up_by_polling(engine: Engine) {
    let a = TestApp::start(engine).await;
    let b = a.second_instance(ServerConfig::default()).await;
    let mut stream = b.events(&[]).await;
    stream.next().await; // ready
    let deal = a.post("/api/v1/deals", json!({"name": "Polled"})).await;
    let event = stream.next().await.json();
    assert_eq!(event["id"], json!(deal.id()));
    b.stop().await;
    a.stop().await;
}

both_engines!(
    changes_arrive_live_and_a_reconnect_resumes,
    other_workspaces_and_strangers_hear_nothing,
    a_second_instance_hears_the_first_through_redis,
    without_redis_a_second_instance_catches_up_by_polling,
);
