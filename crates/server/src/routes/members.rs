//! Members and invitations: admins invite people by a one-time link, change roles and
//! remove members; the invited person accepts with their name and a password.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use relata_domain::contact::parse_email;
use relata_domain::role::{Role, removal_problem, role_change_problem};
use relata_domain::timestamp;
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::HashMap;
use uuid::Uuid;

use crate::auth::{hash_password, new_token, password_problem, token_id, verify_password};
use crate::extract::ApiPath;
use crate::extract::{ClientIp, JsonBody, Principal};
use crate::problem::{ApiError, ApiResult};
use crate::routes::audit;
use crate::session::{self, SessionOwner};
use crate::state::AppState;
use relata_store::AuditEntry;

/// How long an invitation link works.
const INVITATION_LIFETIME: time::Duration = time::Duration::days(7);

fn parse_role(name: &str) -> Result<Role, ApiError> {
    Role::parse(name).ok_or_else(|| {
        ApiError::invalid(
            "role",
            format!("\"{name}\" is not a role; use owner, admin, member or viewer"),
        )
    })
}

fn stored_role(name: &str) -> Role {
    Role::parse(name).unwrap_or(Role::Viewer)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleInput {
    role: String,
}

/// Changes a member's role, within the rules of [`role_change_problem`].
pub async fn update(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
    body: JsonBody,
) -> ApiResult<Json<Value>> {
    let input: RoleInput = body.parse()?;
    let wanted = parse_role(&input.role)?;
    let ws = principal.actor.workspace_id;
    let member = state.store.member(ws, id).await?;
    let owners = state.store.owner_count(ws).await?;
    if let Some(problem) = role_change_problem(
        principal.role,
        Some(stored_role(&member.role)),
        wanted,
        owners,
    ) {
        return Err(ApiError::Forbidden(problem.into()));
    }
    let changed = state.store.set_member_role(ws, id, wanted.name()).await?;
    let detail = json!({ "member": member.email, "from": member.role, "to": changed.role });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("member_role_changed", detail),
    )
    .await?;
    Ok(Json(json!(changed)))
}

/// Removes a member and ends their sessions.
pub async fn remove(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<StatusCode> {
    let ws = principal.actor.workspace_id;
    let member = state.store.member(ws, id).await?;
    let owners = state.store.owner_count(ws).await?;
    if let Some(problem) = removal_problem(principal.role, stored_role(&member.role), owners) {
        return Err(ApiError::Forbidden(problem.into()));
    }
    state.store.remove_member(ws, id).await?;
    let detail = json!({ "member": member.email, "role": member.role });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("member_removed", detail),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvitationInput {
    email: String,
    role: String,
}

/// Invites a person; the answer holds the one-time link's token, shown only here.
pub async fn invite(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let input: InvitationInput = body.parse()?;
    let email = parse_email(&input.email).map_err(|m| ApiError::invalid("email", m))?;
    let role = parse_role(&input.role)?;
    let ws = principal.actor.workspace_id;
    if let Some(problem) = role_change_problem(principal.role, None, role, 0) {
        return Err(ApiError::Forbidden(problem.into()));
    }
    if state
        .store
        .members(ws)
        .await?
        .iter()
        .any(|m| m.email == email)
    {
        return Err(ApiError::Conflict(format!("{email} is a member already")));
    }
    let token = new_token();
    let expires_at = timestamp::now() + INVITATION_LIFETIME;
    let invitation = state
        .store
        .create_invitation(
            ws,
            &email,
            role.name(),
            &token_id(&token),
            principal.actor.member_id,
            expires_at,
        )
        .await?;
    let detail = json!({ "email": invitation.email, "role": invitation.role });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("invitation_created", detail),
    )
    .await?;
    let mut body = json!(invitation);
    body["token"] = json!(token);
    body["path"] = json!(format!("/invite/{token}"));
    Ok((StatusCode::CREATED, Json(body)))
}

pub async fn invitations(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<Value>> {
    let pending = state
        .store
        .pending_invitations(principal.actor.workspace_id)
        .await?;
    Ok(Json(json!({ "data": pending })))
}

pub async fn revoke(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<StatusCode> {
    state
        .store
        .delete_invitation(principal.actor.workspace_id, id)
        .await?;
    let entry = AuditEntry::new("invitation_withdrawn", json!({ "invitation": id }));
    audit::note(&state, &principal, entry).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn token_param(params: &HashMap<String, String>) -> Result<&str, ApiError> {
    params
        .get("token")
        .map(String::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::invalid("token", "send the invitation's token"))
}

fn dead_link() -> ApiError {
    ApiError::NotFound(
        "this invitation link was used already, was withdrawn or has expired; ask for a new one"
            .into(),
    )
}

/// What the invitation page shows before accepting: the workspace, the email and role, and
/// whether the email has an account already (then its password is asked instead of a new one).
pub async fn lookup(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    let token = token_param(&params)?;
    let invitation = state
        .store
        .invitation_by_token(&token_id(token))
        .await?
        .ok_or_else(dead_link)?;
    let workspace = state.store.workspace(invitation.workspace_id).await?;
    let existing = state
        .store
        .user_by_email(&invitation.email)
        .await?
        .is_some();
    Ok(Json(json!({
        "workspace": {"id": workspace.id, "name": workspace.name},
        "email": invitation.email,
        "role": invitation.role,
        "expires_at": timestamp::format(invitation.expires_at),
        "existing_account": existing,
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptInput {
    token: String,
    #[serde(default)]
    name: String,
    password: String,
}

/// Accepts an invitation and signs the new member in. A person who has an account already
/// proves it with their password; a new one chooses a name and a password.
pub async fn accept(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: JsonBody,
) -> ApiResult<Response> {
    let input: AcceptInput = body.parse()?;
    let token = token_id(&input.token);
    let invitation = state
        .store
        .invitation_by_token(&token)
        .await?
        .ok_or_else(dead_link)?;
    let existing = state.store.user_by_email(&invitation.email).await?;
    let hash = match existing {
        Some((_, stored)) => {
            if !verify_password(input.password, stored).await {
                return Err(ApiError::invalid(
                    "password",
                    "is not the password of this account",
                ));
            }
            None
        }
        None => {
            let name = input.name.trim();
            if name.is_empty() || name.chars().count() > 100 {
                return Err(ApiError::invalid("name", "must be 1 to 100 characters"));
            }
            if let Some(problem) = password_problem(&input.password) {
                return Err(ApiError::invalid("password", problem));
            }
            Some(hash_password(input.password).await?)
        }
    };
    let joined = state
        .store
        .accept_invitation(&token, input.name.trim(), hash.as_deref())
        .await?;
    let detail = json!({ "email": invitation.email, "role": invitation.role });
    let entry = AuditEntry::new("member_joined", detail);
    state
        .store
        .audit(joined.workspace_id, Some(joined.member_id), entry)
        .await?;
    let owner = SessionOwner {
        user_id: joined.user_id,
        member_id: joined.member_id,
        workspace_id: joined.workspace_id,
    };
    let (session, cookie) = session::start(&state, owner, ip, &headers).await?;
    Ok((
        StatusCode::CREATED,
        [(header::SET_COOKIE, cookie)],
        Json(session),
    )
        .into_response())
}
