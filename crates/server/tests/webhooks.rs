//! Outbound webhooks against a real receiver that checks each message with the
//! `standardwebhooks` package from PyPI (tools/webhooks/receiver.py): deliveries are signed
//! as the specification says, each change is delivered once, failures are retried and
//! then turn the subscription off, and a delivery can be replayed.

mod common;

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use common::TestApp;
use relata_server::ServerConfig;
use relata_server::jobs::JobsConfig;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

/// The receiver process, killed when dropped.
struct Receiver {
    _process: tokio::process::Child,
    base: String,
    http: reqwest::Client,
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

impl Receiver {
    async fn start() -> Receiver {
        let python = std::env::var("RELATA_TEST_PYTHON")
            .map(PathBuf::from)
            .unwrap_or_else(|_| workspace_root().join("target/test-tools/bin/python"));
        assert!(
            python.exists(),
            "{} is missing: run scripts/test, or python3 -m venv target/test-tools && \
             target/test-tools/bin/pip install -r tools/requirements.txt",
            python.display()
        );
        let mut process = tokio::process::Command::new(python)
            .arg(workspace_root().join("tools/webhooks/receiver.py"))
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("the receiver starts");
        let stdout = process.stdout.take().unwrap();
        let mut first = String::new();
        BufReader::new(stdout).read_line(&mut first).await.unwrap();
        let port = first.trim().strip_prefix("listening on ").expect(&first);
        Receiver {
            _process: process,
            base: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::new(),
        }
    }

    async fn control(&self, what: &str, value: String) {
        let url = format!("{}/control/{what}", self.base);
        let answer = self.http.put(url).body(value).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    }

    async fn received(&self) -> (Vec<Value>, u64) {
        let url = format!("{}/control/received", self.base);
        let body: Value = self
            .http
            .get(url)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let received = body["received"].as_array().unwrap().clone();
        (received, body["rejected"].as_u64().unwrap())
    }

    /// Waits until at least `count` messages were taken; all of them, in order.
    async fn wait_for(&self, count: usize) -> Vec<Value> {
        for _ in 0..300 {
            let (received, _) = self.received().await;
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("expected {count} messages, got {:?}", self.received().await);
    }
}

/// Jobs looked for often and retries shrunk by `retry_scale`; local receivers allowed.
fn config(retry_scale: f64) -> ServerConfig {
    ServerConfig {
        jobs: JobsConfig {
            poll: Duration::from_millis(100),
            retry_scale,
            allow_private_networks: true,
            ..JobsConfig::default()
        },
        ..ServerConfig::default()
    }
}

async fn subscribe(app: &TestApp, receiver: &Receiver, events: &[&str]) -> Value {
    let created = app
        .post(
            "/api/v1/webhooks",
            json!({"url": format!("{}/hook", receiver.base), "event_types": events}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let secret = created.body["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"));
    receiver.control("secret", secret).await;
    created.body
}

/// Polls a delivery until `done` says it is in the wanted state.
async fn wait_for_delivery(app: &TestApp, path: &str, done: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..300 {
        let delivery = app.get(path).await.body;
        if done(&delivery) {
            return delivery;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the delivery never got there: {}", app.get(path).await.body);
}

async fn signed_deliveries_verify_with_the_reference_library(engine: Engine) {
    let app = TestApp::start_with(engine, config(0.001)).await;
    let receiver = Receiver::start().await;
    let events = [
        "deal.created",
        "deal.stage_changed",
        "deal.won",
        "person.created",
    ];
    let webhook = subscribe(&app, &receiver, &events).await;
    assert!(
        app.get("/api/v1/webhooks").await.body["data"][0]
            .get("secret")
            .is_none()
    );

    let pipeline = app.get("/api/v1/pipelines").await.body["data"][0].clone();
    let won = pipeline["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "won")
        .unwrap()["id"]
        .clone();
    let deal = app
        .post(
            "/api/v1/deals",
            json!({"name": "Pilot", "amount": 1200, "currency": "EUR"}),
        )
        .await;
    // A batch that fails as a whole changes nothing, so it sends nothing.
    let refused = app
        .post(
            "/api/v1/people/batch",
            json!({"mode": "create", "records": [{"first_name": "Ok"}, {"email": "not an email"}]}),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    let path = format!("/api/v1/deals/{}", deal.id());
    let moved = app.patch(&path, 1, json!({"stage_id": won})).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    app.post(
        "/api/v1/people",
        json!({"first_name": "Ada", "email": "ada@example.com"}),
    )
    .await;
    // Updates were not asked for: the rename sends nothing.
    app.patch(&path, 2, json!({"name": "Pilot, signed"})).await;

    let received = receiver.wait_for(4).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (received_later, rejected) = receiver.received().await;
    assert_eq!(received_later.len(), 4, "{received_later:#?}");
    assert_eq!(rejected, 0);
    let mut types: Vec<&str> = received
        .iter()
        .map(|m| m["type"].as_str().unwrap())
        .collect();
    types.sort_unstable();
    assert_eq!(
        types,
        [
            "deal.created",
            "deal.stage_changed",
            "deal.won",
            "person.created"
        ]
    );
    let won_message = received.iter().find(|m| m["type"] == "deal.won").unwrap();
    assert_eq!(won_message["data"]["id"], json!(deal.id()));
    assert_eq!(won_message["data"]["record"]["amount"], json!(1200));
    assert_eq!(won_message["data"]["details"]["to"], won);

    let log_path = format!(
        "/api/v1/webhooks/{}/deliveries",
        webhook["id"].as_str().unwrap()
    );
    let log = app.get(&log_path).await.body;
    let deliveries = log["data"].as_array().unwrap();
    assert_eq!(deliveries.len(), 4);
    assert!(
        deliveries.iter().all(|d| d["status"] == "succeeded"),
        "{log:#}"
    );
    let first = &deliveries[0];
    let detail = app
        .get(&format!("{log_path}/{}", first["id"].as_str().unwrap()))
        .await
        .body;
    assert_eq!(detail["tries"][0]["status_code"], json!(204));
    let sent_id = format!("msg_{}", first["id"].as_str().unwrap().replace('-', ""));
    assert!(received.iter().any(|m| m["webhook_id"] == json!(sent_id)));

    // A receiver holding another secret refuses the message; the retry, once the receiver
    // has the right secret again, is taken.
    receiver
        .control(
            "secret",
            "whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=".into(),
        )
        .await;
    let ping = app
        .post(
            &format!("/api/v1/webhooks/{}/test", webhook["id"].as_str().unwrap()),
            json!({}),
        )
        .await;
    assert_eq!(ping.status, StatusCode::ACCEPTED, "{}", ping.body);
    let ping_path = format!("{log_path}/{}", ping.id());
    wait_for_delivery(&app, &ping_path, |d| d["last_status"] == 401).await;
    receiver
        .control("secret", webhook["secret"].as_str().unwrap().into())
        .await;
    let delivered = wait_for_delivery(&app, &ping_path, |d| d["status"] == "succeeded").await;
    let tries: Vec<&Value> = delivered["tries"].as_array().unwrap().iter().collect();
    assert!(tries.len() >= 2);
    assert_eq!(tries[0]["status_code"], json!(401));
    assert_eq!(tries.last().unwrap()["status_code"], json!(204));
    assert!(
        receiver.received().await.1 >= 1,
        "the wrong signature was refused"
    );
    app.stop().await;
}

async fn a_receiver_that_keeps_failing_is_turned_off_and_replay_delivers(engine: Engine) {
    // A day and a bit of retries, shrunk to about three seconds.
    let app = TestApp::start_with(engine, config(0.000_03)).await;
    let receiver = Receiver::start().await;
    let webhook = subscribe(&app, &receiver, &["person.created"]).await;
    let id = webhook["id"].as_str().unwrap();
    receiver.control("fail", "1000".into()).await;
    app.post("/api/v1/people", json!({"first_name": "Grace"}))
        .await;

    let webhook_path = format!("/api/v1/webhooks/{id}");
    let mut turned_off = Value::Null;
    for _ in 0..300 {
        turned_off = app.get(&webhook_path).await.body;
        if turned_off["enabled"] == json!(false) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(turned_off["enabled"], json!(false), "{turned_off}");
    assert!(
        turned_off["disabled_reason"]
            .as_str()
            .unwrap()
            .contains("HTTP 500")
    );
    let log = app.get(&format!("{webhook_path}/deliveries")).await.body;
    let delivery = log["data"][0].clone();
    assert_eq!(delivery["status"], "failed");
    assert_eq!(
        delivery["attempts"],
        json!(8),
        "a first try and seven retries"
    );
    let dead = app
        .get("/api/v1/jobs?status=dead&kind=webhook.deliver")
        .await;
    assert_eq!(
        dead.body["data"].as_array().unwrap().len(),
        1,
        "{}",
        dead.body
    );
    let audit = app.get("/api/v1/audit?action=webhook_disabled").await.body;
    assert_eq!(audit["data"].as_array().unwrap().len(), 1);

    // Replaying to a webhook that is off is refused until someone turns it on again.
    let replay_path = format!(
        "{webhook_path}/deliveries/{}/replay",
        delivery["id"].as_str().unwrap()
    );
    let refused = app.post(&replay_path, json!({})).await;
    refused.assert_problem_status(409);
    let version = turned_off["version"].as_i64().unwrap();
    let on = app
        .patch(&webhook_path, version, json!({"enabled": true}))
        .await;
    assert_eq!(on.status, StatusCode::OK, "{}", on.body);
    assert_eq!(on.body["disabled_reason"], Value::Null);
    receiver.control("fail", "0".into()).await;
    let replayed = app.post(&replay_path, json!({})).await;
    assert_eq!(replayed.status, StatusCode::ACCEPTED, "{}", replayed.body);
    let received = receiver.wait_for(1).await;
    assert_eq!(received[0]["type"], "person.created");
    let detail_path = replay_path.trim_end_matches("/replay").to_owned();
    let done = wait_for_delivery(&app, &detail_path, |d| d["status"] == "succeeded").await;
    assert_eq!(done["tries"].as_array().unwrap().len(), 9);
    app.stop().await;
}

async fn private_addresses_are_refused_unless_allowed(engine: Engine) {
    let app = TestApp::start(engine).await;
    let receiver = Receiver::start().await;
    let webhook = subscribe(&app, &receiver, &["person.created"]).await;
    let id = webhook["id"].as_str().unwrap();
    let ping = app
        .post(&format!("/api/v1/webhooks/{id}/test"), json!({}))
        .await;
    let path = format!("/api/v1/webhooks/{id}/deliveries/{}", ping.id());
    let refused = wait_for_delivery(&app, &path, |d| d["attempts"] == 1).await;
    let error = refused["last_error"].as_str().unwrap();
    assert!(error.contains("private network"), "{error}");
    assert_eq!(receiver.received().await.0.len(), 0);
    app.stop().await;
}

async fn subscriptions_are_checked_and_versioned(engine: Engine) {
    let app = TestApp::start(engine).await;
    let bad_url = app
        .post(
            "/api/v1/webhooks",
            json!({"url": "ftp://x", "event_types": ["deal.won"]}),
        )
        .await;
    bad_url.assert_problem(422, "url");
    let bad_event = app
        .post(
            "/api/v1/webhooks",
            json!({"url": "https://hooks.example.com/in", "event_types": ["deal.closed"]}),
        )
        .await;
    bad_event.assert_problem(422, "event_types");
    let created = app
        .post(
            "/api/v1/webhooks",
            json!({"url": "https://hooks.example.com/in", "event_types": ["deal.won"]}),
        )
        .await;
    let path = format!("/api/v1/webhooks/{}", created.id());
    let changed = app
        .patch(&path, 1, json!({"event_types": ["deal.lost"]}))
        .await;
    assert_eq!(changed.body["version"], json!(2));
    let stale = app.patch(&path, 1, json!({"description": "late"})).await;
    stale.assert_problem_status(412);
    let unversioned = app
        .request(
            reqwest::Method::PATCH,
            &path,
            Some(json!({"enabled": false})),
            &[],
        )
        .await;
    unversioned.assert_problem_status(428);
    assert_eq!(app.delete(&path).await.status, StatusCode::NO_CONTENT);
    assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND);
    let audit = app.get("/api/v1/audit").await.body;
    let actions: Vec<&str> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in ["webhook_created", "webhook_updated", "webhook_deleted"] {
        assert!(actions.contains(&action), "{actions:?}");
    }
    app.stop().await;
}

async fn two_instances_deliver_each_change_once(engine: Engine) {
    let a = TestApp::start_with(engine, config(0.001)).await;
    let b = a.second_instance(config(0.001)).await;
    let receiver = Receiver::start().await;
    subscribe(&a, &receiver, &["company.created"]).await;
    for n in 0..15 {
        a.post("/api/v1/companies", json!({"name": format!("A{n}")}))
            .await;
        b.post("/api/v1/companies", json!({"name": format!("B{n}")}))
            .await;
    }
    let received = receiver.wait_for(30).await;
    tokio::time::sleep(Duration::from_millis(1_000)).await;
    let (all, _) = receiver.received().await;
    assert_eq!(
        all.len(),
        30,
        "each change once, by whichever instance dispatched it"
    );
    let mut names: Vec<&str> = received
        .iter()
        .map(|m| m["data"]["record"]["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 30);
    b.stop().await;
    a.stop().await;
}

both_engines!(
    signed_deliveries_verify_with_the_reference_library,
    a_receiver_that_keeps_failing_is_turned_off_and_replay_delivers,
    private_addresses_are_refused_unless_allowed,
    subscriptions_are_checked_and_versioned,
    two_instances_deliver_each_change_once,
);
