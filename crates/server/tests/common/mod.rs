//! Starts the real server on a random port over a fresh database, with a typed client.

#![allow(dead_code)]

use relata_server::{AppState, ServerConfig};
use relata_testkit::{Engine, TestDb};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub struct TestApp {
    pub base: String,
    /// Sends the owner's session cookie and CSRF token with every request.
    pub client: reqwest::Client,
    db: Option<TestDb>,
    server: tokio::task::JoinHandle<()>,
}

/// One Server-Sent Event.
#[derive(Debug, Clone, Default)]
pub struct SseEvent {
    pub id: Option<String>,
    pub event: Option<String>,
    pub data: String,
}

impl SseEvent {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.data).unwrap_or(Value::Null)
    }
}

/// An open event stream, read one event at a time.
pub struct EventStream {
    response: reqwest::Response,
    buffer: String,
}

impl EventStream {
    /// The next event (comments such as keep-alives are skipped), or `None` if none came
    /// within `wait`.
    pub async fn next_within(&mut self, wait: std::time::Duration) -> Option<SseEvent> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let frame: String = self.buffer.drain(..end + 2).collect();
                if let Some(event) = parse_frame(&frame) {
                    return Some(event);
                }
                continue;
            }
            let chunk = tokio::time::timeout_at(deadline, self.response.chunk())
                .await
                .ok()?
                .expect("the stream stays readable")?;
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// The next event, which must come within five seconds.
    pub async fn next(&mut self) -> SseEvent {
        self.next_within(std::time::Duration::from_secs(5))
            .await
            .expect("an event within five seconds")
    }
}

fn parse_frame(frame: &str) -> Option<SseEvent> {
    let mut event = SseEvent::default();
    let mut any = false;
    for line in frame.lines() {
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "id" => event.id = Some(value.to_owned()),
            "event" => event.event = Some(value.to_owned()),
            "data" => {
                if any && !event.data.is_empty() {
                    event.data.push('\n');
                }
                event.data.push_str(value);
            }
            _ => continue,
        }
        any = true;
    }
    any.then_some(event)
}

/// What a request got back.
pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// Asserts this is a problem with `status`, whatever its fields.
    pub fn assert_problem_status(&self, status: u16) {
        assert_eq!(self.status.as_u16(), status, "{}", self.body);
        assert_eq!(
            self.content_type(),
            "application/problem+json",
            "{}",
            self.body
        );
        assert!(
            self.body["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{}",
            self.body
        );
    }

    /// Asserts this is a problem with `status` that names `field`.
    pub fn assert_problem(&self, status: u16, field: &str) {
        assert_eq!(self.status.as_u16(), status, "{}", self.body);
        assert_eq!(
            self.content_type(),
            "application/problem+json",
            "{}",
            self.body
        );
        assert_eq!(self.body["status"], json!(status));
        assert!(
            self.body["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{}",
            self.body
        );
        let fields: Vec<&str> = self.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
        assert!(
            fields.contains(&field),
            "expected an error on {field:?}: {}",
            self.body
        );
    }

    pub fn id(&self) -> String {
        self.body["id"].as_str().expect("an id").to_owned()
    }
}

pub const OWNER_PASSWORD: &str = "correct horse battery";

/// The Redis the tests use (`RELATA_TEST_REDIS_URL`, by default the local one).
pub fn redis_url() -> String {
    std::env::var("RELATA_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

/// `config` with a link to the tests' Redis.
pub fn with_redis(config: ServerConfig) -> ServerConfig {
    ServerConfig {
        redis: Some(relata_server::redis_link::RedisLink::open(&redis_url()).unwrap()),
        ..config
    }
}

/// Waits until `app` has reached Redis; fails the test if Redis cannot be reached.
pub async fn wait_for_redis(app: &TestApp) {
    for _ in 0..50 {
        if app.get("/readyz").await.body["redis"] == json!("up") {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "Redis is needed for this test and is not reachable at {}",
        redis_url()
    );
}

pub fn owner_setup() -> Value {
    json!({
        "workspace_name": "Acme", "owner_email": "owner@acme.test", "owner_name": "Owner",
        "owner_password": OWNER_PASSWORD,
    })
}

/// The cookie and CSRF header a sign-in or set-up reply grants.
pub fn session_headers(reply: &Reply) -> Vec<(String, String)> {
    let cookie = reply
        .headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let session = if reply.body.get("session").is_some() {
        &reply.body["session"]
    } else {
        &reply.body
    };
    let csrf = session["csrf_token"]
        .as_str()
        .expect("a CSRF token")
        .to_owned();
    vec![("cookie".into(), cookie), ("x-csrf-token".into(), csrf)]
}

/// A client that sends these headers with every request.
pub fn client_with(headers: &[(String, String)]) -> reqwest::Client {
    let mut map = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        map.insert(
            reqwest::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.parse().unwrap(),
        );
    }
    reqwest::Client::builder()
        .default_headers(map)
        .build()
        .unwrap()
}

impl TestApp {
    /// A server with a set-up workspace ("Acme", owner owner@acme.test).
    pub async fn start(engine: Engine) -> TestApp {
        Self::start_with(engine, ServerConfig::default()).await
    }

    pub async fn start_with(engine: Engine, config: ServerConfig) -> TestApp {
        let mut app = Self::start_empty(engine, config).await;
        let reply = app.post("/api/v1/setup", owner_setup()).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
        app.client = client_with(&session_headers(&reply));
        app
    }

    /// A server over an empty database, before the first-run set-up.
    pub async fn start_empty(engine: Engine, config: ServerConfig) -> TestApp {
        let db = TestDb::new(engine).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let state = AppState::new(db.store.clone(), config);
        let server = tokio::spawn(async move {
            relata_server::serve(listener, state, std::future::pending())
                .await
                .unwrap();
        });
        TestApp {
            base,
            client: reqwest::Client::new(),
            db: Some(db),
            server,
        }
    }

    /// Another instance of Relata over the same database, as a load balancer would have it:
    /// its own store connections and caches, sharing only the database (and Redis, if the
    /// configuration names it). The client is this app's.
    pub async fn second_instance(&self, config: ServerConfig) -> TestApp {
        let url = &self
            .db
            .as_ref()
            .expect("the app that owns the database")
            .url;
        let store = relata_store::Store::connect(url, 8).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let state = AppState::new(store, config);
        let server = tokio::spawn(async move {
            relata_server::serve(listener, state, std::future::pending())
                .await
                .unwrap();
        });
        TestApp {
            base,
            client: self.client.clone(),
            db: None,
            server,
        }
    }

    /// Opens `GET /api/v1/events` with extra headers.
    pub async fn events(&self, headers: &[(&str, &str)]) -> EventStream {
        let mut request = self.client.get(format!("{}/api/v1/events", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("the server answers");
        assert_eq!(response.status(), StatusCode::OK);
        EventStream {
            response,
            buffer: String::new(),
        }
    }

    /// The same server through another client (anonymous with `&[]`, or another session).
    pub fn with_client(&self, client: reqwest::Client) -> TestApp {
        TestApp {
            base: self.base.clone(),
            client,
            db: None,
            server: tokio::spawn(async {}),
        }
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("the server answers");
        let status = response.status();
        let headers = response.headers().clone();
        if headers
            .get("content-type")
            .is_some_and(|v| v.as_bytes().starts_with(b"text/event-stream"))
        {
            // An event stream does not end; `events` reads one.
            return Reply {
                status,
                headers,
                body: Value::Null,
            };
        }
        let bytes = response.bytes().await.unwrap();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.request(Method::GET, path, None, &[]).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Reply {
        self.request(Method::POST, path, Some(body), &[]).await
    }

    pub async fn patch(&self, path: &str, version: i64, body: Value) -> Reply {
        let version = version.to_string();
        self.request(Method::PATCH, path, Some(body), &[("if-match", &version)])
            .await
    }

    pub async fn delete(&self, path: &str) -> Reply {
        self.request(Method::DELETE, path, None, &[]).await
    }

    /// Posts raw bytes with a content type, for malformed input.
    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Reply {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("the server answers");
        let status = response.status();
        let headers = response.headers().clone();
        let body = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            body,
        }
    }

    /// Creates a second workspace on this server ("Other", owner boss@other.test) and
    /// returns this server through a client signed in as its owner.
    pub async fn other_workspace(&self) -> TestApp {
        let password = "other workspace pw";
        let hash = relata_server::auth::hash_password(password.into())
            .await
            .unwrap();
        self.store()
            .create_workspace("Other", "boss@other.test", "Boss", Some(&hash))
            .await
            .unwrap();
        let anonymous = self.with_client(reqwest::Client::new());
        let signed_in = anonymous
            .post(
                "/api/v1/session",
                json!({"email": "boss@other.test", "password": password}),
            )
            .await;
        assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
        assert_eq!(signed_in.body["workspace"]["name"], "Other");
        self.with_client(client_with(&session_headers(&signed_in)))
    }

    /// Invites `email` with `role` as the owner, accepts as that person, and returns a client
    /// signed in as them.
    pub async fn join_as(&self, role: &str, email: &str) -> reqwest::Client {
        let invitation = self
            .post("/api/v1/invitations", json!({"email": email, "role": role}))
            .await;
        assert_eq!(
            invitation.status,
            StatusCode::CREATED,
            "{}",
            invitation.body
        );
        let anonymous = self.with_client(reqwest::Client::new());
        let accept = json!({
            "token": invitation.body["token"], "name": format!("A {role}"), "password": "a long password",
        });
        let joined = anonymous.post("/api/v1/invitation/accept", accept).await;
        assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.body);
        client_with(&session_headers(&joined))
    }

    /// The database behind the server, for set-ups the API does not offer.
    pub fn store(&self) -> &relata_store::Store {
        &self
            .db
            .as_ref()
            .expect("the app that owns the database")
            .store
    }

    /// Stops the server and removes the database.
    pub async fn stop(mut self) {
        self.server.abort();
        if let Some(db) = self.db.take() {
            db.drop().await;
        }
    }
}
