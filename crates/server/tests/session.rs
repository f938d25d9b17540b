//! Accounts and sessions over real HTTP: set-up, sign-in, CSRF, sign-out and expiry.

mod common;

use common::{
    OWNER_PASSWORD, TestApp, client_with, owner_setup, session_headers, wait_for_redis, with_redis,
};
use relata_server::ServerConfig;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::json;

fn credentials(password: &str) -> serde_json::Value {
    json!({"email": "Owner@Acme.test", "password": password})
}

async fn first_run_setup_signs_the_owner_in_once(engine: Engine) {
    let app = TestApp::start_empty(engine, ServerConfig::default()).await;
    assert_eq!(app.get("/api/v1/setup").await.body["required"], true);
    let nobody = app.get("/api/v1/session").await;
    assert_eq!(
        nobody.body,
        json!({"signed_in": false, "setup_required": true})
    );

    let mut weak = owner_setup();
    weak["owner_password"] = json!("short");
    app.post("/api/v1/setup", weak)
        .await
        .assert_problem(422, "owner_password");

    let reply = app.post("/api/v1/setup", owner_setup()).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let cookie = reply.headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        reply.body.to_string().find(OWNER_PASSWORD).is_none(),
        "the password is never echoed"
    );
    let owner = app.with_client(client_with(&session_headers(&reply)));
    let session = owner.get("/api/v1/session").await;
    assert_eq!(session.body["role"], "owner", "{}", session.body);
    assert_eq!(session.body["user"]["email"], "owner@acme.test");

    assert_eq!(app.get("/api/v1/setup").await.body["required"], false);
    assert_eq!(
        app.post("/api/v1/setup", owner_setup()).await.status,
        StatusCode::CONFLICT
    );
    app.stop().await;
}

async fn signing_in_needs_the_right_password_and_issues_a_fresh_session(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    let people = anonymous.get("/api/v1/people").await;
    people.assert_problem_status(401);

    let wrong = anonymous
        .post("/api/v1/session", credentials("not the password"))
        .await;
    wrong.assert_problem_status(401);
    let unknown = anonymous
        .post(
            "/api/v1/session",
            json!({"email": "nobody@acme.test", "password": "whatever-long"}),
        )
        .await;
    assert_eq!(
        unknown.body["detail"], wrong.body["detail"],
        "unknown emails are not revealed"
    );

    // A cookie planted before sign-in is replaced, and stops working.
    let before = app.client.clone();
    let planted = app.with_client(before);
    let signed_in = planted
        .post("/api/v1/session", credentials(OWNER_PASSWORD))
        .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    let fresh = session_headers(&signed_in);
    assert_eq!(app.get("/api/v1/session").await.body["signed_in"], false);
    app.get("/api/v1/people").await.assert_problem_status(401);
    let owner = app.with_client(client_with(&fresh));
    assert_eq!(owner.get("/api/v1/people").await.status, StatusCode::OK);
    app.stop().await;
}

async fn writes_need_the_sessions_csrf_token(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    let session = anonymous
        .post("/api/v1/session", credentials(OWNER_PASSWORD))
        .await;
    let cookie = session_headers(&session).remove(0).1;
    let cookie_only = app.with_client(client_with(&[("cookie".into(), cookie.clone())]));
    assert_eq!(
        cookie_only.get("/api/v1/people").await.status,
        StatusCode::OK
    );
    let forged = cookie_only
        .post("/api/v1/people", json!({"first_name": "Eve"}))
        .await;
    forged.assert_problem_status(403);
    let wrong_token = app.with_client(client_with(&[
        ("cookie".into(), cookie),
        ("x-csrf-token".into(), "not-the-token".into()),
    ]));
    wrong_token
        .post("/api/v1/people", json!({"first_name": "Eve"}))
        .await
        .assert_problem_status(403);
    assert_eq!(
        app.get("/api/v1/people").await.body["data"],
        json!([]),
        "nothing was written"
    );
    assert!(
        session.body["csrf_token"]
            .as_str()
            .is_some_and(|t| t.len() >= 32)
    );
    app.stop().await;
}

async fn signing_out_ends_sessions(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    let second = anonymous
        .post("/api/v1/session", credentials(OWNER_PASSWORD))
        .await;
    let other_device = app.with_client(client_with(&session_headers(&second)));

    let out = app.delete("/api/v1/session").await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert!(
        out.headers["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    app.get("/api/v1/people").await.assert_problem_status(401);
    assert_eq!(
        other_device.get("/api/v1/people").await.status,
        StatusCode::OK,
        "other sessions live on"
    );

    assert_eq!(
        other_device.delete("/api/v1/sessions").await.status,
        StatusCode::NO_CONTENT
    );
    other_device
        .get("/api/v1/people")
        .await
        .assert_problem_status(401);
    app.stop().await;
}

async fn idle_sessions_end(engine: Engine) {
    let config = ServerConfig {
        session_idle: time::Duration::milliseconds(300),
        ..ServerConfig::default()
    };
    let app = TestApp::start_with(engine, config).await;
    assert_eq!(app.get("/api/v1/people").await.status, StatusCode::OK);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let reply = app.get("/api/v1/people").await;
    reply.assert_problem_status(401);
    assert!(
        reply.body["detail"].as_str().unwrap().contains("ended"),
        "{}",
        reply.body
    );
    app.stop().await;
}

async fn password_guessing_is_slowed_then_locked(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    for attempt in 0..5 {
        let reply = anonymous
            .post(
                "/api/v1/session",
                credentials(&format!("guess number {attempt}")),
            )
            .await;
        reply.assert_problem_status(401);
    }
    // Even the right password waits now.
    let locked = anonymous
        .post("/api/v1/session", credentials(OWNER_PASSWORD))
        .await;
    locked.assert_problem_status(429);
    let retry: u64 = locked.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&retry), "{retry}");
    app.stop().await;
}

async fn changing_the_password_ends_other_sessions(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    let other = anonymous
        .post("/api/v1/session", credentials(OWNER_PASSWORD))
        .await;
    let other_device = app.with_client(client_with(&session_headers(&other)));

    let wrong = json!({"current_password": "not it at all", "new_password": "a brand new secret"});
    app.post("/api/v1/session/password", wrong)
        .await
        .assert_problem(422, "current_password");
    let weak = json!({"current_password": OWNER_PASSWORD, "new_password": "short"});
    app.post("/api/v1/session/password", weak)
        .await
        .assert_problem(422, "new_password");
    let change = json!({"current_password": OWNER_PASSWORD, "new_password": "a brand new secret"});
    let changed = app.post("/api/v1/session/password", change).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    let here = app.with_client(client_with(&session_headers(&changed)));
    assert_eq!(here.get("/api/v1/people").await.status, StatusCode::OK);
    other_device
        .get("/api/v1/people")
        .await
        .assert_problem_status(401);
    anonymous
        .post("/api/v1/session", credentials(OWNER_PASSWORD))
        .await
        .assert_problem_status(401);
    let new = anonymous
        .post("/api/v1/session", credentials("a brand new secret"))
        .await;
    assert_eq!(new.status, StatusCode::OK);
    app.stop().await;
}

async fn a_reset_link_works_once(engine: Engine) {
    let app = TestApp::start(engine).await;
    let user = app
        .store()
        .credentials("owner@acme.test")
        .await
        .unwrap()
        .unwrap()
        .user_id;
    let token = relata_server::auth::new_token();
    let expires = relata_domain::timestamp::now() + time::Duration::hours(1);
    app.store()
        .create_password_reset(user, &relata_server::auth::token_id(&token), expires)
        .await
        .unwrap();
    let anonymous = app.with_client(reqwest::Client::new());
    let reset = json!({"token": token, "password": "reset to this one"});
    assert_eq!(
        anonymous
            .post("/api/v1/password-reset", reset.clone())
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    app.get("/api/v1/people").await.assert_problem_status(401);
    anonymous
        .post("/api/v1/password-reset", reset)
        .await
        .assert_problem_status(404);
    let signed_in = anonymous
        .post("/api/v1/session", credentials("reset to this one"))
        .await;
    assert_eq!(signed_in.status, StatusCode::OK);
    app.stop().await;
}

/// With Redis, instances behind a load balancer draw on one budget per caller.
async fn instances_share_the_budget_through_redis(engine: Engine) {
    let config = || {
        with_redis(ServerConfig {
            api_requests_per_minute: 12,
            ..ServerConfig::default()
        })
    };
    let a = TestApp::start_with(engine, config()).await;
    let b = a.second_instance(config()).await;
    wait_for_redis(&b).await;
    wait_for_redis(&a).await;
    // Set-up and the readiness checks are not counted: the bucket of ten is still full.
    for app in [&a, &b, &a, &b, &a, &b, &a, &b, &a, &b] {
        assert_eq!(app.get("/api/v1/people").await.status, StatusCode::OK);
    }
    b.get("/api/v1/people").await.assert_problem_status(429);
    a.get("/api/v1/people").await.assert_problem_status(429);
    b.stop().await;
    a.stop().await;
}

async fn each_caller_has_a_request_budget(engine: Engine) {
    let config = ServerConfig {
        api_requests_per_minute: 12,
        ..ServerConfig::default()
    };
    let app = TestApp::start_with(engine, config).await;
    for _ in 0..10 {
        assert_eq!(app.get("/api/v1/people").await.status, StatusCode::OK);
    }
    let limited = app.get("/api/v1/people").await;
    limited.assert_problem_status(429);
    let retry: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=5).contains(&retry), "{retry}");
    assert_eq!(
        app.get("/healthz").await.status,
        StatusCode::OK,
        "public routes are not counted"
    );
    app.stop().await;
}

/// An `Idempotency-Key` never stands in for signing in, nor stops it.
async fn idempotency_keys_need_a_caller(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    let key = [("idempotency-key", "k-1")];
    let signed_in = anonymous
        .request(
            reqwest::Method::POST,
            "/api/v1/session",
            Some(credentials(OWNER_PASSWORD)),
            &key,
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    let write = anonymous
        .request(
            reqwest::Method::POST,
            "/api/v1/people",
            Some(json!({"first_name": "X"})),
            &key,
        )
        .await;
    write.assert_problem_status(401);
    app.stop().await;
}

both_engines!(
    idempotency_keys_need_a_caller,
    each_caller_has_a_request_budget,
    instances_share_the_budget_through_redis,
    changing_the_password_ends_other_sessions,
    a_reset_link_works_once,
    password_guessing_is_slowed_then_locked,
    first_run_setup_signs_the_owner_in_once,
    signing_in_needs_the_right_password_and_issues_a_fresh_session,
    writes_need_the_sessions_csrf_token,
    signing_out_ends_sessions,
    idle_sessions_end,
);
