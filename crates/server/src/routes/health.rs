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

/// The database answers and carries every migration this build knows. Redis being away
/// only degrades the instance (it serves from the database alone), so it stays ready.
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
            let status = if redis == Some("down") {
                "degraded"
            } else {
                "ready"
            };
            let mut body = json!({ "status": status, "database": state.store.engine_name() });
            if let Some(redis) = redis {
                body["redis"] = json!(redis);
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
