//! Liveness and readiness for load balancers and orchestrators.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::json;

use crate::state::AppState;

/// The process is up.
pub async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// The database answers and carries every migration this build knows. Redis being away, or
/// job workers that stopped showing signs of life, only degrade the instance (it still
/// serves requests), so it stays ready.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    match state.store.is_ready().await {
        Ok(true) => {
            let redis = match &state.config.redis {
                Some(link) => {
                    let pong: Option<String> = link.run(&redis::cmd("PING")).await;
                    Some(if pong.is_some() { "up" } else { "down" })
                }
                None => None,
            };
            let workers = state.workers.health();
            let stalled = workers.is_some_and(|(alive, _)| !alive);
            let status = if redis == Some("down") || stalled {
                "degraded"
            } else {
                "ready"
            };
            let mut body = json!({ "status": status, "database": state.store.engine_name() });
            if let Some(redis) = redis {
                body["redis"] = json!(redis);
            }
            if let Some((alive, running)) = workers {
                let state = if alive { "running" } else { "stalled" };
                body["job_workers"] = json!({ "state": state, "count": running });
            }
            (StatusCode::OK, Json(body))
        }
        Ok(false) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "migrating", "database": state.store.engine_name() })),
        ),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "database unreachable" })),
            )
        }
    }
}
