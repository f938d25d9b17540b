//! Server-side sessions: starting one at sign-in, finding the live one behind a request,
//! and the JSON the web app reads about it.

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use axum::http::{Extensions, HeaderMap, HeaderValue, header};
use relata_domain::timestamp;
use relata_store::{NewSession, SessionRecord};
use serde_json::{Value, json};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::auth::{new_token, session_cookie, session_token, token_id};
use crate::problem::ApiError;
use crate::state::AppState;

/// A session is touched at most this often, so reading does not mean a write per request.
const TOUCH_EVERY: time::Duration = time::Duration::minutes(1);

/// Who a new session is for.
pub struct SessionOwner {
    pub user_id: Uuid,
    pub member_id: Uuid,
    pub workspace_id: Uuid,
}

/// Starts a session with a new token (never one the client brought, so a planted cookie
/// cannot be fixed on a victim) and returns its description and the cookie to set.
pub async fn start(
    state: &AppState,
    owner: SessionOwner,
    ip: Option<String>,
    request: &HeaderMap,
) -> Result<(Value, HeaderValue), ApiError> {
    let token = new_token();
    let config = &state.config;
    let session = NewSession {
        id: token_id(&token),
        user_id: owner.user_id,
        member_id: owner.member_id,
        workspace_id: owner.workspace_id,
        csrf_token: new_token(),
        expires_at: timestamp::now() + config.session_lifetime,
        ip,
        user_agent: header_text(request, header::USER_AGENT.as_str(), 300),
    };
    state.store.create_session(&session).await?;
    let record = state
        .store
        .session(&session.id)
        .await?
        .ok_or_else(|| ApiError::Internal("a new session vanished".into()))?;
    let cookie = session_cookie(
        &token,
        config.session_lifetime.whole_seconds(),
        config.secure_cookies,
    );
    Ok((describe(&record), cookie))
}

/// The live session behind a request: it exists, is within its absolute lifetime and has
/// not been idle too long. An expired session is deleted.
pub async fn authenticate(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<SessionRecord, ApiError> {
    let token = session_token(headers)
        .ok_or_else(|| ApiError::Unauthenticated("sign in to use Relata".into()))?;
    let id = token_id(token);
    let expired = || ApiError::Unauthenticated("your session has ended; sign in again".into());
    let session = state.store.session(&id).await?.ok_or_else(expired)?;
    let now = timestamp::now();
    if is_expired(&session, now, state.config.session_idle) {
        state.store.delete_session(&id).await?;
        return Err(expired());
    }
    if now - session.last_seen_at > TOUCH_EVERY {
        state.store.touch_session(&id, now).await?;
    }
    Ok(session)
}

fn is_expired(session: &SessionRecord, now: OffsetDateTime, idle: time::Duration) -> bool {
    now >= session.expires_at || now - session.last_seen_at >= idle
}

/// Checks that `password` is the signed-in user's own, before a change only they may make;
/// a wrong one is a problem on `field`.
pub async fn confirm_password(
    state: &AppState,
    user_id: Uuid,
    password: String,
    field: &str,
) -> Result<(), ApiError> {
    let stored = state.store.password_hash(user_id).await?;
    if crate::auth::verify_password(password, stored).await {
        Ok(())
    } else {
        Err(ApiError::invalid(field, "is not your password"))
    }
}

/// What the web app learns about its session (`GET /api/v1/session`).
pub fn describe(session: &SessionRecord) -> Value {
    json!({
        "signed_in": true,
        "user": {"id": session.user_id, "email": session.email, "name": session.name},
        "member_id": session.member_id,
        "workspace": {"id": session.workspace_id, "name": session.workspace_name},
        "role": session.role,
        "csrf_token": session.csrf_token,
        "totp_enabled": session.totp_enabled,
        "expires_at": timestamp::format(session.expires_at),
    })
}

/// The client's address. `X-Forwarded-For` is believed only from a proxy on this machine
/// (anyone else could write anything there); then its first hop is the client.
pub fn client_ip(extensions: &Extensions, headers: &HeaderMap) -> Option<String> {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let forwarded = header_text(headers, "x-forwarded-for", 100)
        .and_then(|v| v.split(',').next().map(|ip| ip.trim().to_owned()));
    match peer {
        Some(ip) if ip.is_loopback() => forwarded.or_else(|| Some(ip.to_string())),
        Some(ip) => Some(ip.to_string()),
        None => forwarded,
    }
}

fn header_text(headers: &HeaderMap, name: &str, max: usize) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.chars().take(max).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use relata_store::WorkspaceSettings;

    fn session(
        created: OffsetDateTime,
        seen: OffsetDateTime,
        expires: OffsetDateTime,
    ) -> SessionRecord {
        SessionRecord {
            id: "x".into(),
            user_id: Uuid::nil(),
            email: "a@b.c".into(),
            name: "A".into(),
            member_id: Uuid::nil(),
            role: "owner".into(),
            workspace_id: Uuid::nil(),
            workspace_name: "W".into(),
            settings: WorkspaceSettings::default(),
            csrf_token: "t".into(),
            totp_enabled: false,
            created_at: created,
            last_seen_at: seen,
            expires_at: expires,
        }
    }

    #[test]
    fn sessions_end_when_idle_or_past_their_lifetime() {
        let now = timestamp::now();
        let idle = time::Duration::hours(12);
        let day = time::Duration::days(1);
        assert!(!is_expired(
            &session(now - day, now - time::Duration::hours(1), now + day),
            now,
            idle
        ));
        assert!(is_expired(
            &session(now - day, now - time::Duration::hours(13), now + day),
            now,
            idle
        ));
        assert!(is_expired(&session(now - day, now, now), now, idle));
    }
}
