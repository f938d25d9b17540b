//! Relata's HTTP server: the route table, problem+json errors, the OpenAPI document, and
//! request logging with a request id.

// The OpenAPI component schemas are one large `json!` literal.
#![recursion_limit = "256"]

mod api_keys;
pub mod auth;
pub mod backups;
mod bus;
pub mod cache;
pub mod extract;
mod idempotency;
mod inbound;
pub mod insights;
pub mod jobs;
pub mod lead_scoring;
pub mod metrics;
pub mod openapi;
pub mod problem;
mod rate_limit;
pub mod redis_link;
pub mod routes;
mod session;
pub mod state;
mod throttle;
pub mod totp;
mod transfer_jobs;
mod web;
pub mod webhooks;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request};
use axum::routing::get;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use state::{AppState, ServerConfig};

use extract::{Principal, RouteAccess};
use problem::ApiError;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Request ids are UUIDv7, so logs sort by time even across instances.
#[derive(Clone, Copy)]
struct NewRequestId;

impl MakeRequestId for NewRequestId {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        uuid::Uuid::now_v7()
            .to_string()
            .parse()
            .ok()
            .map(RequestId::new)
    }
}

/// The OpenAPI document, built once from the route table.
pub fn openapi_document() -> Arc<serde_json::Value> {
    static DOCUMENT: OnceLock<Arc<serde_json::Value>> = OnceLock::new();
    DOCUMENT
        .get_or_init(|| Arc::new(openapi::document(&routes::routes())))
        .clone()
}

/// The whole application, as tests and `relata serve` run it.
pub fn app(state: AppState) -> Router {
    let mut router = Router::new();
    for route in routes::routes() {
        let access = route.access();
        let check = axum::middleware::from_fn_with_state((state.clone(), access), authorize);
        router = router.route(&route.path, route.handler.route_layer(check));
    }
    let max_body = state.config.max_body_bytes;
    router
        .route("/api/openapi.json", get(|| async { axum::Json(openapi_document().as_ref().clone()) }))
        .route("/metrics", get(metrics::scrape))
        .route("/api/docs", get(web::reference))
        .route("/api/docs/reference.js", get(web::reference_script))
        .fallback(web::app_or_not_found)
        .method_not_allowed_fallback(|| async {
            ApiError::NotFound("this endpoint does not answer that method; see /api/docs".into())
        })
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::track))
        .layer(axum::middleware::from_fn_with_state(state.clone(), idempotency::middleware))
        .layer(DefaultBodyLimit::max(max_body))
                .layer(axum::middleware::from_fn_with_state(
            state.config.secure_cookies,
            web::security_headers,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<_>| {
                    let id = request.headers().get(&REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
                    tracing::info_span!("request", request_id = %id, method = %request.method(), path = %request.uri().path())
                })
                // One line per request, with its status and latency, inside the request's span.
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, NewRequestId))
        .with_state(state)
}

/// Checks a request against its route's [`RouteAccess`] before the handler runs, and hands the
/// principal it found to the handler.
async fn authorize(
    axum::extract::State((state, access)): axum::extract::State<(AppState, RouteAccess)>,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let known = request.extensions_mut().remove::<Principal>();
    let principal = match access
        .check(&state, request.method(), request.headers(), known)
        .await
    {
        Ok(principal) => principal,
        Err(error) => return error.into_response(),
    };
    // What the audit log records about where each change came from.
    let origin = relata_store::AuditOrigin {
        via: principal.as_ref().map_or("anonymous", |p| p.via),
        ip: session::client_ip(request.extensions(), request.headers()),
        user_agent: request
            .headers()
            .get(axum::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.chars().take(300).collect()),
    };
    if let Some(principal) = principal {
        if let Err(wait) = state.rate_limiter.take_shared(&principal.caller).await {
            let seconds = wait.as_secs().max(1);
            let detail = format!("too many requests; try again in {seconds} seconds");
            return ApiError::TooManyRequests {
                detail,
                retry_after: seconds,
            }
            .into_response();
        }
        request.extensions_mut().insert(principal);
    }
    relata_store::ORIGIN.scope(origin, next.run(request)).await
}

/// Serves until `shutdown` resolves, then lets in-flight requests finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let closing = state.clone();
    let shutdown = async move {
        shutdown.await;
        closing.begin_shutdown();
    };
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown)
        .await
}

/// How long a shutting-down server waits for requests in flight.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
