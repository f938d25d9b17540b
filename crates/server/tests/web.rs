//! The web app's pages: client-side routes answer with the app, API paths stay problems,
//! and every response carries the security headers.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;

async fn app_routes_serve_the_page_and_api_paths_stay_problems(engine: Engine) {
    let app = TestApp::start(engine).await;
    let anonymous = app.with_client(reqwest::Client::new());
    for path in [
        "/",
        "/people/0190c5a8-0000-7000-8000-000000000000",
        "/settings/pipelines",
    ] {
        let reply = anonymous
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), StatusCode::OK, "{path}");
        let headers = reply.headers().clone();
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(reply.text().await.unwrap().contains("Relata"), "{path}");
    }
    let missing = anonymous.get("/api/v1/no-such-thing").await;
    missing.assert_problem_status(404);
    assert_eq!(missing.headers["x-frame-options"], "DENY");
    app.stop().await;
}

async fn hsts_is_sent_only_behind_https(engine: Engine) {
    let plain = TestApp::start(engine).await;
    assert!(
        plain
            .get("/healthz")
            .await
            .headers
            .get("strict-transport-security")
            .is_none()
    );
    plain.stop().await;
    let config = relata_server::ServerConfig {
        secure_cookies: true,
        ..Default::default()
    };
    let https = TestApp::start_empty(engine, config).await;
    let reply = https.get("/healthz").await;
    assert!(
        reply.headers["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
    let setup = https.post("/api/v1/setup", common::owner_setup()).await;
    assert!(
        setup.headers["set-cookie"]
            .to_str()
            .unwrap()
            .contains("; Secure")
    );
    https.stop().await;
}

both_engines!(
    app_routes_serve_the_page_and_api_paths_stay_problems,
    hsts_is_sent_only_behind_https,
);
