//! Redis going away mid-run: Relata keeps serving from the database (no write lost, live
//! events still arrive), says it is degraded, and reconnects by itself when Redis returns.
//! The test runs its own `redis-server` so that it can stop and restart it.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::TestApp;
use relata_server::ServerConfig;
use relata_server::redis_link::RedisLink;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::json;

/// A throw-away Redis on a free port.
struct OwnRedis {
    port: u16,
    process: Child,
}

impl OwnRedis {
    fn start(port: u16) -> OwnRedis {
        let process = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server is needed for this test (Debian's redis-server package)");
        OwnRedis { port, process }
    }

    fn stop(mut self) {
        self.process.kill().ok();
        self.process.wait().ok();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn redis_state(app: &TestApp) -> String {
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK, "{}", ready.body);
    format!("{} {}", ready.body["status"], ready.body["redis"])
}

async fn wait_for_state(app: &TestApp, wanted: &str) {
    for _ in 0..100 {
        if redis_state(app).await == wanted {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("never reached {wanted}: {}", redis_state(app).await);
}

async fn serving_goes_on_without_redis_and_it_reconnects(engine: Engine) {
    let redis = OwnRedis::start(free_port());
    let port = redis.port;
    let config = ServerConfig {
        redis: Some(RedisLink::open(&format!("redis://127.0.0.1:{port}")).unwrap()),
        ..ServerConfig::default()
    };
    let app = TestApp::start_with(engine, config).await;
    wait_for_state(&app, r#""ready" "up""#).await;
    let mut stream = app.events(&[]).await;
    stream.next().await; // ready

    redis.stop();
    wait_for_state(&app, r#""degraded" "down""#).await;
    let deal = app
        .post(
            "/api/v1/deals",
            json!({"name": "Written while Redis is down"}),
        )
        .await;
    assert_eq!(deal.status, StatusCode::CREATED, "{}", deal.body);
    assert_eq!(
        stream.next().await.json()["id"],
        json!(deal.id()),
        "live events still arrive, read from the database"
    );
    let read = app.get(&format!("/api/v1/deals/{}", deal.id())).await;
    assert_eq!(read.body["name"], json!("Written while Redis is down"));

    let redis = OwnRedis::start(port);
    wait_for_state(&app, r#""ready" "up""#).await;
    let after = app.post("/api/v1/deals", json!({"name": "After"})).await;
    assert_eq!(after.status, StatusCode::CREATED);
    assert_eq!(stream.next().await.json()["id"], json!(after.id()));
    redis.stop();
    app.stop().await;
}

both_engines!(serving_goes_on_without_redis_and_it_reconnects);
