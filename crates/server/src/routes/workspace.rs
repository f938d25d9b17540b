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
use crate::session::{self, SessionOwner};
use crate::state::AppState;

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

pub async fn members(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<serde_json::Value>> {
    let members = state.store.members(principal.actor.workspace_id).await?;
    Ok(Json(json!({ "data": members })))
}
