//! Two-factor sign-in over HTTP: set-up with an app's code, the second step with a code
//! or a recovery code (each used once), and turning it off.

mod common;

use common::{OWNER_PASSWORD, TestApp, client_with, session_headers};
use relata_server::totp::{base32_decode, code_at, step_of};
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::json;

fn code(secret: &[u8], steps_ahead: i64) -> String {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    format!("{:06}", code_at(secret, step_of(now) + steps_ahead))
}

async fn sign_in_needs_the_second_factor_once_it_is_on(engine: Engine) {
    let app = TestApp::start(engine).await;
    let setup = app.post("/api/v1/session/totp", json!({})).await;
    assert_eq!(setup.status, StatusCode::OK, "{}", setup.body);
    assert!(
        setup.body["otpauth_url"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/Relata:owner%40acme.test")
    );
    let secret = base32_decode(setup.body["secret"].as_str().unwrap()).unwrap();
    app.post("/api/v1/session/totp/enable", json!({"code": "000000"}))
        .await
        .assert_problem(422, "code");
    let enabled = app
        .post(
            "/api/v1/session/totp/enable",
            json!({"code": code(&secret, 0)}),
        )
        .await;
    assert_eq!(enabled.status, StatusCode::OK, "{}", enabled.body);
    let recovery: Vec<String> =
        serde_json::from_value(enabled.body["recovery_codes"].clone()).unwrap();
    assert_eq!(recovery.len(), 10);
    assert_eq!(app.get("/api/v1/session").await.body["totp_enabled"], true);

    let anonymous = app.with_client(reqwest::Client::new());
    let credentials = json!({"email": "owner@acme.test", "password": OWNER_PASSWORD});
    let step_one = anonymous.post("/api/v1/session", credentials.clone()).await;
    assert_eq!(step_one.body["totp_required"], true, "{}", step_one.body);
    assert!(
        step_one.headers.get("set-cookie").is_none(),
        "no session before the second factor"
    );
    let challenge = step_one.body["challenge"].as_str().unwrap().to_owned();
    let verify = |body: serde_json::Value| anonymous.post("/api/v1/session/totp/verify", body);
    verify(json!({"challenge": challenge, "code": "123456"}))
        .await
        .assert_problem(422, "code");
    let next_code = code(&secret, 1);
    let signed_in = verify(json!({"challenge": challenge, "code": next_code})).await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    let device = app.with_client(client_with(&session_headers(&signed_in)));
    assert_eq!(device.get("/api/v1/people").await.status, StatusCode::OK);
    verify(json!({"challenge": challenge, "code": next_code}))
        .await
        .assert_problem_status(401);

    let again = anonymous.post("/api/v1/session", credentials.clone()).await;
    let challenge = again.body["challenge"].as_str().unwrap().to_owned();
    let replay = verify(json!({"challenge": challenge, "code": next_code})).await;
    replay.assert_problem(422, "code");
    let by_recovery =
        verify(json!({"challenge": challenge, "recovery_code": recovery[0].to_uppercase()})).await;
    assert_eq!(by_recovery.status, StatusCode::OK, "{}", by_recovery.body);
    let third = anonymous.post("/api/v1/session", credentials.clone()).await;
    let challenge = third.body["challenge"].as_str().unwrap().to_owned();
    verify(json!({"challenge": challenge, "recovery_code": recovery[0]}))
        .await
        .assert_problem(422, "recovery_code");

    app.post(
        "/api/v1/session/totp/disable",
        json!({"password": "wrong password"}),
    )
    .await
    .assert_problem(422, "password");
    let off = app
        .post(
            "/api/v1/session/totp/disable",
            json!({"password": OWNER_PASSWORD}),
        )
        .await;
    assert_eq!(off.status, StatusCode::NO_CONTENT);
    let plain = anonymous.post("/api/v1/session", credentials).await;
    assert_eq!(plain.body["signed_in"], true, "{}", plain.body);
    app.stop().await;
}

both_engines!(sign_in_needs_the_second_factor_once_it_is_on);
