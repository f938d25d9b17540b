//! Signing in and out, and what the signed-in web app knows about its session.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::auth::{
    cleared_cookie, hash_password, password_problem, session_token, token_id, verify_password,
};
use std::time::Instant;

use crate::extract::{ClientIp, JsonBody, Principal};
use crate::problem::{ApiError, ApiResult};
use crate::routes::audit;
use crate::session::{self, SessionOwner};
use crate::state::AppState;
use crate::throttle::{PER_ACCOUNT, PER_ADDRESS};
use relata_store::AuditEntry;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignInInput {
    email: String,
    password: String,
}

/// Signs in with email and password; answers with the session and sets its cookie.
/// Repeated failures for one account or from one address make later attempts wait.
pub async fn sign_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let input: SignInInput = body.parse()?;
    let keys = [
        (
            format!("account:{}", input.email.trim().to_lowercase()),
            PER_ACCOUNT,
        ),
        (
            format!("address:{}", ip.as_deref().unwrap_or("unknown")),
            PER_ADDRESS,
        ),
    ];
    let throttle = &state.sign_in_throttle;
    let now = Instant::now();
    if let Some(wait) = keys
        .iter()
        .filter_map(|(key, _)| throttle.wait(key, now))
        .max()
    {
        return Err(ApiError::TooManyRequests {
            detail: format!(
                "too many failed sign-ins; try again in {} seconds",
                wait.as_secs().max(1)
            ),
            retry_after: wait.as_secs().max(1),
        });
    }
    let credentials = state.store.credentials(&input.email).await?;
    let stored = credentials.as_ref().and_then(|c| c.password_hash.clone());
    let valid = verify_password(input.password, stored).await;
    let Some(credentials) = credentials.clone().filter(|_| valid) else {
        for (key, limit) in &keys {
            throttle.fail(key, *limit, Instant::now());
        }
        if let Some(known) = &credentials {
            let entry = AuditEntry::new(
                "sign_in_failed",
                json!({ "email": input.email.trim().to_lowercase() }),
            );
            state
                .store
                .audit(known.workspace_id, Some(known.member_id), entry)
                .await?;
        }
        // One answer for an unknown email and a wrong password: the form must not reveal
        // who has an account.
        return Err(ApiError::Unauthenticated(
            "the email or the password is not right".into(),
        ));
    };
    throttle.clear(&keys[0].0);
    // A session the browser already had is replaced, never reused.
    if let Some(old) = session_token(&headers) {
        state.store.delete_session(&token_id(old)).await?;
    }
    let owner = SessionOwner {
        user_id: credentials.user_id,
        member_id: credentials.member_id,
        workspace_id: credentials.workspace_id,
    };
    if state
        .store
        .totp_state(credentials.user_id)
        .await?
        .secret
        .is_some()
    {
        return Ok(
            Json(crate::routes::two_factor::challenge(&state, &owner).await?).into_response(),
        );
    }
    let (session, cookie) = session::start(&state, owner, ip, &headers).await?;
    let entry = AuditEntry::new("signed_in", json!({ "email": session["user"]["email"] }));
    state
        .store
        .audit(credentials.workspace_id, Some(credentials.member_id), entry)
        .await?;
    Ok(([(header::SET_COOKIE, cookie)], Json(session)).into_response())
}

/// The current session, for the web app to know who is signed in. Without one it answers
/// `signed_in: false` (and whether set-up is needed) rather than an error, because asking is
/// how every visit starts.
pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Json<serde_json::Value>> {
    match session::authenticate(&state, &headers).await {
        Ok(session) => Ok(Json(session::describe(&session))),
        Err(ApiError::Unauthenticated(_)) => {
            let setup_required = state.store.first_workspace().await?.is_none();
            Ok(Json(
                json!({ "signed_in": false, "setup_required": setup_required }),
            ))
        }
        Err(other) => Err(other),
    }
}

/// Signs out of this session.
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    principal: Principal,
) -> ApiResult<Response> {
    if let Some(token) = session_token(&headers) {
        state.store.delete_session(&token_id(token)).await?;
    }
    audit::note(&state, &principal, AuditEntry::new("signed_out", json!({}))).await?;
    Ok(signed_out(&state))
}

/// Signs out of every session of this user, on every device.
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Response> {
    let ended = state.store.delete_user_sessions(principal.user_id).await?;
    let entry = AuditEntry::new("signed_out_everywhere", json!({ "sessions": ended }));
    audit::note(&state, &principal, entry).await?;
    Ok(signed_out(&state))
}

fn signed_out(state: &AppState) -> Response {
    (
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            cleared_cookie(state.config.secure_cookies),
        )],
    )
        .into_response()
}

/// Whether Relata still needs its first-run set-up.
pub async fn setup_status(State(state): State<AppState>) -> ApiResult<Json<serde_json::Value>> {
    let required = state.store.first_workspace().await?.is_none();
    Ok(Json(json!({ "required": required })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    current_password: String,
    new_password: String,
}

/// Changes the signed-in user's password. Every session of theirs ends (whoever knew the
/// old password is out), and this browser gets a fresh one.
pub async fn change_password(
    State(state): State<AppState>,
    principal: Principal,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let input: PasswordChange = body.parse()?;
    principal.require_session()?;
    session::confirm_password(
        &state,
        principal.user_id,
        input.current_password,
        "current_password",
    )
    .await?;
    if let Some(problem) = password_problem(&input.new_password) {
        return Err(ApiError::invalid("new_password", problem));
    }
    let hash = hash_password(input.new_password).await?;
    state
        .store
        .set_password_hash(principal.user_id, &hash)
        .await?;
    audit::note(
        &state,
        &principal,
        AuditEntry::new("password_changed", json!({})),
    )
    .await?;
    let (session, cookie) = session::start(&state, principal.session_owner(), ip, &headers).await?;
    Ok(([(header::SET_COOKIE, cookie)], Json(session)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordReset {
    token: String,
    password: String,
}

/// Sets a new password with a one-time reset token (from `relata admin reset-password`).
pub async fn reset_password(
    State(state): State<AppState>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    let input: PasswordReset = body.parse()?;
    if let Some(problem) = password_problem(&input.password) {
        return Err(ApiError::invalid("password", problem));
    }
    let hash = hash_password(input.password).await?;
    match state
        .store
        .reset_password(&token_id(&input.token), &hash)
        .await?
    {
        Some((workspace_id, member_id)) => {
            let entry = AuditEntry::new("password_reset", json!({}));
            state
                .store
                .audit(workspace_id, Some(member_id), entry)
                .await?;
            Ok(StatusCode::NO_CONTENT)
        }
        None => Err(ApiError::NotFound(
            "this reset link was used already or has expired; ask your administrator for a new one"
                .into(),
        )),
    }
}
