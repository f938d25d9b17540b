//! The board's read-through cache: a repeated read is served from the cache (Redis, or this
//! process without it), and a change made through another instance is seen on the very next
//! read, because the cache's keys follow the workspace's change feed.

mod common;

use common::{TestApp, wait_for_redis, with_redis};
use relata_server::ServerConfig;
use relata_testkit::{Engine, both_engines};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn board_hits(app: &TestApp) -> u64 {
    let metrics = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap();
    let text = metrics.text().await.unwrap();
    text.lines()
        .find(|l| {
            l.starts_with("relata_cache_lookups_total{")
                && l.contains("cache=\"board\"")
                && l.contains("outcome=\"hit\"")
        })
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn count_in(board: &Value, stage_id: &Value) -> u64 {
    board["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["stage"]["id"] == *stage_id)
        .unwrap()["count"]
        .as_u64()
        .unwrap()
}

async fn the_board_is_cached_and_never_stale(engine: Engine, config: ServerConfig) {
    let a = TestApp::start_with(engine, config.clone()).await;
    let b = a.second_instance(config.clone()).await;
    if config.redis.is_some() {
        wait_for_redis(&a).await;
        wait_for_redis(&b).await;
    }
    let pipeline = a.get("/api/v1/pipelines").await.body["data"][0].clone();
    let (first, second) = (
        pipeline["stages"][0]["id"].clone(),
        pipeline["stages"][1]["id"].clone(),
    );
    let deal = a
        .post("/api/v1/deals", json!({"name": "Pilot", "stage_id": first}))
        .await;
    let path = format!(
        "/api/v1/pipelines/{}/board",
        pipeline["id"].as_str().unwrap()
    );

    let cold = a.get(&path).await;
    assert_eq!(cold.status, StatusCode::OK, "{}", cold.body);
    let before = board_hits(&a).await;
    let warm = a.get(&path).await;
    assert_eq!(warm.body, cold.body);
    assert_eq!(
        board_hits(&a).await,
        before + 1,
        "the second read is a cache hit"
    );

    let moved = b
        .patch(
            &format!("/api/v1/deals/{}", deal.id()),
            1,
            json!({"stage_id": second}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let fresh = a.get(&path).await.body;
    assert_eq!(
        count_in(&fresh, &first),
        0,
        "the move made through B shows at once on A"
    );
    assert_eq!(count_in(&fresh, &second), 1);
    b.stop().await;
    a.stop().await;
}

async fn with_redis_shared(engine: Engine) {
    the_board_is_cached_and_never_stale(engine, with_redis(ServerConfig::default())).await;
}

async fn without_redis(engine: Engine) {
    the_board_is_cached_and_never_stale(engine, ServerConfig::default()).await;
}

both_engines!(with_redis_shared, without_redis);
