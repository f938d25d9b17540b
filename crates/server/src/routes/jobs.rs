//! The workspace's background jobs: their status and progress, and retrying or calling off
//! one (admins only).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use relata_domain::job::JobStatus;
use relata_domain::role::Role;
use relata_store::JobFilter;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::extract::{ApiPath, Principal, bounded_number, only_params};
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

pub async fn list(
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["status", "kind", "before", "limit"])?;
    let status = params
        .get("status")
        .map(|s| {
            JobStatus::parse(s).ok_or_else(|| {
                ApiError::invalid(
                    "status",
                    "must be queued, running, succeeded, dead or cancelled",
                )
            })
        })
        .transpose()?;
    let before = params
        .get("before")
        .map(|v| {
            v.parse::<Uuid>()
                .map_err(|_| ApiError::invalid("before", "must be a job id"))
        })
        .transpose()?;
    let limit = bounded_number(&params, "limit", 1..=500, 50)? as u32;
    let filter = JobFilter {
        workspace_id: Some(principal.actor.workspace_id),
        status,
        kind: params.get("kind").cloned(),
        created_by: own_only(&principal),
        before,
        limit,
    };
    let jobs = state.store.jobs(&filter).await?;
    let next = (jobs.len() == limit as usize)
        .then(|| jobs.last().map(|j| j.id))
        .flatten();
    Ok(Json(json!({ "data": jobs, "next_before": next })))
}

/// Admins see every job of the workspace; others only the jobs they queued.
fn own_only(principal: &Principal) -> Option<Uuid> {
    if principal.role.at_least(Role::Admin) {
        None
    } else {
        Some(principal.actor.member_id.unwrap_or_default())
    }
}

async fn visible_job(
    state: &AppState,
    principal: &Principal,
    id: Uuid,
) -> ApiResult<relata_store::Job> {
    let job = state
        .store
        .job(Some(principal.actor.workspace_id), id)
        .await?;
    match own_only(principal) {
        Some(member) if job.created_by != Some(member) => {
            Err(ApiError::NotFound(format!("there is no job with id {id}")))
        }
        _ => Ok(job),
    }
}

pub async fn get(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Json<Value>> {
    Ok(Json(json!(visible_job(&state, &principal, id).await?)))
}

/// The file a job made (an export's CSV).
pub async fn file(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let job = visible_job(&state, &principal, id).await?;
    let file = state
        .store
        .job_file(job.id, "output")
        .await?
        .ok_or_else(|| {
            ApiError::NotFound(format!(
                "the job is {} and has made no file",
                job.status.name()
            ))
        })?;
    let name = format!("attachment; filename=\"relata-{}.csv\"", job.id);
    let headers = [
        (axum::http::header::CONTENT_TYPE, file.content_type),
        (axum::http::header::CONTENT_DISPOSITION, name),
    ];
    Ok((headers, file.content).into_response())
}

/// Queues a dead or cancelled job again.
pub async fn retry(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Json<Value>> {
    let job = state
        .store
        .retry_job(Some(principal.actor.workspace_id), id)
        .await?;
    state.workers.wake();
    Ok(Json(json!(job)))
}

/// Calls off a queued job.
pub async fn cancel(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Json<Value>> {
    let job = state
        .store
        .cancel_job(Some(principal.actor.workspace_id), id)
        .await?;
    Ok(Json(json!(job)))
}

/// Queues a backup now, to the destination the operator configured (owners only).
pub async fn backup_now(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<(axum::http::StatusCode, Json<Value>)> {
    if state.config.backup.is_none() {
        return Err(ApiError::Conflict(
            "no backup destination is configured; set backup_to in relata.toml".into(),
        ));
    }
    let job = crate::backups::backup_job(
        Some(principal.actor.workspace_id),
        principal.actor.member_id,
        None,
    );
    let queued = state.store.enqueue_job(&job).await?;
    state.workers.wake();
    Ok((axum::http::StatusCode::ACCEPTED, Json(json!(queued))))
}
