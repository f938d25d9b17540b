//! The workspace itself: first-run setup, its settings and members.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use relata_domain::contact::parse_email;
use relata_domain::{FieldError, ValidationErrors};
use serde::Deserialize;
use serde_json::json;

use crate::auth::{hash_password, password_problem};
use crate::extract::{ClientIp, JsonBody, Principal};
use crate::problem::{ApiError, ApiResult};
use crate::routes::audit;
use crate::session::{self, SessionOwner};
use crate::state::AppState;
use relata_store::AuditEntry;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupInput {
    workspace_name: String,
    owner_email: String,
    owner_name: String,
    owner_password: String,
}

/// Creates the first workspace and its owner; refused once Relata is set up.
/// The owner is signed in straight away.
pub async fn setup(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let input: SetupInput = body.parse()?;
    let mut errors = ValidationErrors::default();
    let name = input.workspace_name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        errors.push(FieldError::new(
            "workspace_name",
            "must be 1 to 100 characters",
        ));
    }
    let email = parse_email(&input.owner_email)
        .map_err(|m| errors.push(FieldError::new("owner_email", m)))
        .ok();
    let owner_name = input.owner_name.trim();
    if owner_name.is_empty() || owner_name.chars().count() > 100 {
        errors.push(FieldError::new("owner_name", "must be 1 to 100 characters"));
    }
    if let Some(problem) = password_problem(&input.owner_password) {
        errors.push(FieldError::new("owner_password", problem));
    }
    errors.into_result(())?;
    if state.store.first_workspace().await?.is_some() {
        return Err(ApiError::Conflict("Relata is already set up".into()));
    }
    let hash = hash_password(input.owner_password).await?;
    let (workspace, owner) = state
        .store
        .create_workspace(name, &email.unwrap_or_default(), owner_name, Some(&hash))
        .await?;
    let session_owner = SessionOwner {
        user_id: owner.user_id,
        member_id: owner.id,
        workspace_id: workspace.id,
    };
    let (session, cookie) = session::start(&state, session_owner, ip, &headers).await?;
    let body = json!({ "workspace": workspace, "owner": owner, "session": session });
    Ok((
        StatusCode::CREATED,
        [(header::SET_COOKIE, cookie)],
        Json(body),
    )
        .into_response())
}

pub async fn show(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<serde_json::Value>> {
    let workspace = state.store.workspace(principal.actor.workspace_id).await?;
    Ok(Json(json!(workspace)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceChange {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    default_currency: Option<String>,
    #[serde(default)]
    default_country_code: Option<String>,
}

/// Renames the workspace or changes its defaults (currency of amounts given without one,
/// calling code of phones typed without one).
pub async fn update(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<Json<serde_json::Value>> {
    let input: WorkspaceChange = body.parse()?;
    let current = state.store.workspace(principal.actor.workspace_id).await?;
    let mut errors = ValidationErrors::default();
    let name = input
        .name
        .as_deref()
        .map_or(current.name.as_str(), str::trim)
        .to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        errors.push(FieldError::new("name", "must be 1 to 100 characters"));
    }
    let mut settings = current.settings.clone();
    if let Some(currency) = &input.default_currency {
        match relata_domain::money::parse_currency(currency) {
            Ok(code) => settings.default_currency = code,
            Err(message) => errors.push(FieldError::new("default_currency", message)),
        }
    }
    if let Some(code) = &input.default_country_code {
        let digits = code.trim().trim_start_matches('+');
        if (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
            settings.default_country_code = digits.to_owned();
        } else {
            errors.push(FieldError::new(
                "default_country_code",
                "must be a calling code of 1 to 3 digits, such as 7 or 44",
            ));
        }
    }
    errors.into_result(())?;
    let workspace = state
        .store
        .update_workspace(current.id, &name, &settings)
        .await?;
    let detail = json!({ "from": current, "to": workspace });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("workspace_changed", detail),
    )
    .await?;
    Ok(Json(json!(workspace)))
}

pub async fn members(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<serde_json::Value>> {
    let members = state.store.members(principal.actor.workspace_id).await?;
    Ok(Json(json!({ "data": members })))
}
