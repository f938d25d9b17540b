//! Two real `relata serve` processes over one PostgreSQL and one Redis behave as one
//! system: a change made through A is read fresh through B and reaches B's live clients
//! through Redis at once (B alone would only look every 15 seconds), and when A is killed
//! B goes on serving without losing anything.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use relata_testkit::{Engine, TestDb};
use serde_json::{Value, json};

struct Instance {
    process: Child,
    base: String,
}

impl Drop for Instance {
    fn drop(&mut self) {
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

fn redis_url() -> String {
    std::env::var("RELATA_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

async fn start(database_url: &str) -> Instance {
    let port = free_port();
    let process = Command::new(env!("CARGO_BIN_EXE_relata"))
        .args([
            "--database-url",
            database_url,
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .env("RELATA_REDIS_URL", redis_url())
        .env("RELATA_LOG_LEVEL", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("relata starts");
    let instance = Instance {
        process,
        base: format!("http://127.0.0.1:{port}"),
    };
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(reply) = client.get(format!("{}/readyz", instance.base)).send().await {
            let body: Value = reply.json().await.unwrap_or_default();
            if body["status"] == "ready" && body["redis"] == "up" {
                return instance;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "relata on port {port} did not become ready with Redis at {}",
        redis_url()
    );
}

/// Reads server-sent events until one whose data matches, or the time runs out.
async fn wait_for_event(
    response: &mut reqwest::Response,
    within: Duration,
    wanted: impl Fn(&Value) -> bool,
) -> Option<Value> {
    let deadline = Instant::now() + within;
    let mut buffer = String::new();
    while Instant::now() < deadline {
        let left = deadline - Instant::now();
        let Ok(Ok(Some(chunk))) = tokio::time::timeout(left, response.chunk()).await else {
            return None;
        };
        buffer.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            for line in event.lines() {
                if let Some(data) = line.strip_prefix("data:") {
                    let value: Value = serde_json::from_str(data.trim()).unwrap_or_default();
                    if wanted(&value) {
                        return Some(value);
                    }
                }
            }
        }
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_one_database_serve_as_one() {
    let db = TestDb::new(Engine::Postgres).await;
    let a = start(&db.url).await;
    let b = start(&db.url).await;
    let http = reqwest::Client::new();

    let setup = http
        .post(format!("{}/api/v1/setup", a.base))
        .json(&json!({"workspace_name": "Acme", "owner_email": "owner@acme.test", "owner_name": "Owner", "owner_password": "correct horse battery"}))
        .send()
        .await
        .unwrap();
    let cookie = setup.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let body: Value = setup.json().await.unwrap();
    let csrf = body["session"]["csrf_token"].as_str().unwrap().to_owned();
    let key: Value = http
        .post(format!("{}/api/v1/api-keys", a.base))
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .json(&json!({"name": "test", "scope": "write"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let bearer = format!("Bearer {}", key["key"].as_str().unwrap());

    let mut stream_b = http
        .get(format!("{}/api/v1/events", b.base))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap();
    assert_eq!(stream_b.status(), 200);
    assert!(
        wait_for_event(&mut stream_b, Duration::from_secs(5), |v| v
            .get("seq")
            .is_some())
        .await
        .is_some(),
        "B's stream is ready"
    );

    let deal: Value = http
        .post(format!("{}/api/v1/deals", a.base))
        .header("authorization", &bearer)
        .json(&json!({"name": "Pilot"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = deal["id"].as_str().unwrap().to_owned();
    let started = Instant::now();
    let heard = wait_for_event(&mut stream_b, Duration::from_secs(5), |v| {
        v["id"] == json!(id)
    })
    .await;
    assert!(
        heard.is_some(),
        "A's change reached B's client through Redis"
    );
    assert!(started.elapsed() < Duration::from_secs(5));

    let renamed = http
        .patch(format!("{}/api/v1/deals/{id}", b.base))
        .header("authorization", &bearer)
        .header("if-match", "1")
        .json(&json!({"name": "Pilot, signed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(renamed.status(), 200);
    let read: Value = http
        .get(format!("{}/api/v1/deals/{id}", a.base))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        read["name"], "Pilot, signed",
        "B's write is read fresh through A"
    );
    assert_eq!(read["version"], 2);

    // A dies without a chance to clean up; B serves on, and every write made is there.
    drop(a);
    for n in 0..5 {
        let created = http
            .post(format!("{}/api/v1/deals", b.base))
            .header("authorization", &bearer)
            .json(&json!({"name": format!("After A {n}")}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
    }
    let page: Value = http
        .get(format!("{}/api/v1/deals?limit=50", b.base))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page["data"].as_array().unwrap().len(), 6);
    drop(b);
    db.drop().await;
}
