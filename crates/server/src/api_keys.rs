//! API keys: made by admins and shown once, kept as a hash, scoped to reading (they act as
//! a viewer) or writing (as a member), with an optional expiry, the last time of use, and
//! revocation. A key acts in its workspace on behalf of the member who made it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use relata_domain::role::Role;
use relata_domain::timestamp;
use relata_store::{Actor, AuditEntry, NewApiKey};
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::auth::{new_token, token_id};
use crate::extract::ApiPath;
use crate::extract::{JsonBody, Principal};
use crate::problem::{ApiError, ApiResult};
use crate::routes::audit;
use crate::state::AppState;

/// Every key starts with this, so a leaked one is easy to recognise (and to scan for).
const KEY_PREFIX: &str = "relata_";
/// A key's last-use time is written at most this often.
const TOUCH_EVERY: time::Duration = time::Duration::minutes(1);

/// The principal behind a live API key.
pub async fn authenticate(state: &AppState, key: &str) -> Result<Principal, ApiError> {
    let now = timestamp::now();
    let holder = state
        .store
        .live_api_key(&token_id(key), now)
        .await?
        .ok_or_else(|| {
            ApiError::Unauthenticated("the API key is not valid, has expired or was revoked".into())
        })?;
    if holder
        .key
        .last_used_at
        .is_none_or(|at| now - at > TOUCH_EVERY)
    {
        state.store.touch_api_key(holder.key.id, now).await?;
        let detail = json!({ "key": holder.key.name, "prefix": holder.key.prefix });
        let entry = AuditEntry::new("api_key_used", detail);
        state
            .store
            .audit(holder.workspace_id, holder.key.created_by, entry)
            .await?;
    }
    let role = if holder.key.scope == "write" {
        Role::Member
    } else {
        Role::Viewer
    };
    Ok(Principal {
        actor: Actor {
            workspace_id: holder.workspace_id,
            member_id: holder.key.created_by,
        },
        ctx: holder.settings.parse_context(),
        user_id: Uuid::nil(),
        role,
        via: "api_key",
        caller: format!("api_key:{}", holder.key.id),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyInput {
    name: String,
    scope: String,
    #[serde(default)]
    expires_at: Option<String>,
}

fn parse_input(input: &KeyInput) -> Result<(String, Option<time::OffsetDateTime>), ApiError> {
    let name = input.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::invalid("name", "must be 1 to 100 characters"));
    }
    if !matches!(input.scope.as_str(), "read" | "write") {
        return Err(ApiError::invalid("scope", "must be read or write"));
    }
    let expires_at = input
        .expires_at
        .as_deref()
        .map(|text| timestamp::parse(text).map_err(|m| ApiError::invalid("expires_at", m)))
        .transpose()?;
    if expires_at.is_some_and(|at| at <= timestamp::now()) {
        return Err(ApiError::invalid("expires_at", "must be in the future"));
    }
    Ok((name.to_owned(), expires_at))
}

/// Makes a key; the answer holds the secret, which is never shown again.
pub async fn create(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let input: KeyInput = body.parse()?;
    let (name, expires_at) = parse_input(&input)?;
    let secret = format!("{KEY_PREFIX}{}", new_token());
    let key = state
        .store
        .create_api_key(
            principal.actor.workspace_id,
            &NewApiKey {
                name,
                prefix: secret.chars().take(KEY_PREFIX.len() + 6).collect(),
                secret_id: token_id(&secret),
                scope: input.scope,
                created_by: principal.actor.member_id,
                expires_at,
            },
        )
        .await?;
    let detail = json!({ "key": key.name, "scope": key.scope, "prefix": key.prefix });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("api_key_created", detail),
    )
    .await?;
    let mut body = json!(key);
    body["key"] = json!(secret);
    Ok((StatusCode::CREATED, Json(body)))
}

pub async fn list(State(state): State<AppState>, principal: Principal) -> ApiResult<Json<Value>> {
    let keys = state.store.api_keys(principal.actor.workspace_id).await?;
    Ok(Json(json!({ "data": keys })))
}

/// Revokes a key: it stops working at once, and stays listed as revoked.
pub async fn revoke(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Json<Value>> {
    let key = state
        .store
        .revoke_api_key(principal.actor.workspace_id, id)
        .await?;
    let detail = json!({ "key": key.name, "prefix": key.prefix });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("api_key_revoked", detail),
    )
    .await?;
    Ok(Json(json!(key)))
}
