//! `Idempotency-Key` on POST: a retried request gets the first response again, marked with
//! `Idempotent-Replayed: true`, and creates nothing twice.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use relata_store::IdempotencyStart;

use crate::extract::Principal;
use crate::problem::ApiError;
use crate::state::AppState;

const KEY: HeaderName = HeaderName::from_static("idempotency-key");
const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");
const MAX_KEY_LEN: usize = 255;

/// FNV-1a over method, path and body: the same key must come with the same request.
fn request_hash(method: &Method, path: &str, body: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in method
        .as_str()
        .bytes()
        .chain(path.bytes())
        .chain([0])
        .chain(body.iter().copied())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

pub async fn middleware(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let key = match request.headers().get(&KEY) {
        Some(key) if request.method() == Method::POST => {
            key.to_str().unwrap_or_default().trim().to_owned()
        }
        _ => return next.run(request).await,
    };
    match idempotent(state, key, request, next).await {
        Ok(response) | Err(response) => response,
    }
}

async fn idempotent(
    state: AppState,
    key: String,
    request: Request,
    next: Next,
) -> Result<Response, Response> {
    if key.is_empty() || key.len() > MAX_KEY_LEN {
        return Err(ApiError::bad_request(
            "Idempotency-Key",
            format!("must be 1 to {MAX_KEY_LEN} characters"),
        )
        .into_response());
    }
    let (parts, body) = request.into_parts();
    // Keys belong to a signed-in caller; without one (sign-in, set-up) the request runs
    // as it is, and a protected route refuses it itself.
    let Ok(principal) = Principal::from_headers(&state, &parts.method, &parts.headers).await else {
        return Ok(next.run(Request::from_parts(parts, body)).await);
    };
    // Keys are each member's own: two people may pick the same one.
    let key = format!("{}:{key}", principal.actor.member_id.unwrap_or_default());
    let bytes = to_bytes(body, state.config.max_body_bytes)
        .await
        .map_err(|_| ApiError::PayloadTooLarge("the body is too large".into()).into_response())?;
    let hash = request_hash(&parts.method, parts.uri.path(), &bytes);
    let ws = principal.actor.workspace_id;
    match state
        .store
        .idempotency_start(ws, &key, &hash)
        .await
        .map_err(|e| ApiError::from(e).into_response())?
    {
        IdempotencyStart::Replay { status, body } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            let mut response = (status, axum::Json(body)).into_response();
            response
                .headers_mut()
                .insert(REPLAYED, HeaderValue::from_static("true"));
            if status.is_client_error() {
                let problem = HeaderValue::from_static("application/problem+json");
                response.headers_mut().insert(header::CONTENT_TYPE, problem);
            }
            return Ok(response);
        }
        IdempotencyStart::Mismatch => {
            return Err(ApiError::invalid(
                "Idempotency-Key",
                "was already used with a different request; use a new key",
            )
            .into_response());
        }
        IdempotencyStart::InProgress => {
            return Err(ApiError::Conflict(
                "a request with this Idempotency-Key is still running; retry in a moment".into(),
            )
            .into_response());
        }
        IdempotencyStart::New => {}
    }
    let mut request = Request::from_parts(parts, Body::from(bytes));
    // The route's access check takes this principal instead of authenticating again.
    request.extensions_mut().insert(principal);
    let response = next.run(request).await;
    if response.status().is_server_error() {
        state.store.idempotency_abandon(ws, &key).await.ok();
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    if let Err(error) = state
        .store
        .idempotency_finish(ws, &key, parts.status.as_u16(), &json)
        .await
    {
        tracing::warn!(%error, "could not record the idempotent response");
        state.store.idempotency_abandon(ws, &key).await.ok();
    }
    let mut response = Response::from_parts(parts, Body::from(bytes));
    response.headers_mut().remove(header::CONTENT_LENGTH);
    Ok(response)
}
