//! `GET /metrics`: requests are counted under their route template (never an id), with
//! latency, database connections and cache lookups, in the format Prometheus reads.

mod common;

use common::TestApp;
use relata_testkit::{Engine, both_engines};
use serde_json::json;

async fn metrics_count_requests_by_route_template(engine: Engine) {
    let app = TestApp::start(engine).await;
    let person = app
        .post("/api/v1/people", json!({"first_name": "Ada"}))
        .await;
    for _ in 0..3 {
        app.get(&format!("/api/v1/people/{}", person.id())).await;
    }
    app.get("/api/v1/no-such-thing").await;
    let response = reqwest::get(format!("{}/metrics", app.base)).await.unwrap();
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text")
    );
    let text = response.text().await.unwrap();
    let line = |prefix: &str| {
        text.lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no line starting {prefix}:\n{text}"))
            .to_owned()
    };
    let gets = line(
        r#"relata_http_requests_total{method="GET",route="/api/v1/people/{id}",status="200"}"#,
    );
    assert!(gets.ends_with(" 3"), "{gets}");
    line(r#"relata_http_requests_total{method="GET",route="unmatched",status="404"}"#);
    line(r#"relata_http_request_duration_seconds_count{method="GET",route="/api/v1/people/{id}"}"#);
    line(r#"relata_cache_lookups_total{cache="custom_fields",outcome="hit"}"#);
    line("relata_database_connections{");
    assert!(!text.contains(&person.id()), "ids never become labels");
    app.stop().await;
}

both_engines!(metrics_count_requests_by_route_template);
