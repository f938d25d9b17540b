//! Pipelines and their stages.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use relata_domain::pipeline::{Pipeline, PipelineInput};

use crate::extract::ApiPath;
use crate::extract::{JsonBody, Principal, if_match};
use crate::problem::{ApiError, ApiResult};
use crate::routes::audit;
use crate::routes::records::parse_id;
use crate::state::AppState;
use relata_store::AuditEntry;
use serde_json::json;

pub async fn list(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<serde_json::Value>> {
    let pipelines = state.store.pipelines(principal.actor.workspace_id).await?;
    Ok(Json(serde_json::json!({ "data": pipelines })))
}

pub async fn get(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Pipeline>> {
    Ok(Json(
        state
            .store
            .pipeline(principal.actor.workspace_id, parse_id(&id)?)
            .await?,
    ))
}

pub async fn create(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<Pipeline>)> {
    let input: PipelineInput = body.parse()?;
    let pipeline = state
        .store
        .create_pipeline(principal.actor.workspace_id, input)
        .await?;
    let entry = AuditEntry::new("pipeline_created", json!(pipeline)).about("pipeline", pipeline.id);
    audit::note(&state, &principal, entry).await?;
    Ok((StatusCode::CREATED, Json(pipeline)))
}

/// Replaces the name and stages; stages sent with their id keep their deals.
pub async fn replace(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
    JsonBody(mut body): JsonBody,
) -> ApiResult<Json<Pipeline>> {
    let id = parse_id(&id)?;
    let version =
        crate::extract::expected_version(&headers, &mut body)?.ok_or(ApiError::VersionRequired)?;
    let input: PipelineInput = JsonBody(body).parse()?;
    let pipeline = state
        .store
        .update_pipeline(principal.actor.workspace_id, id, version, input)
        .await?;
    let entry = AuditEntry::new("pipeline_changed", json!(pipeline)).about("pipeline", id);
    audit::note(&state, &principal, entry).await?;
    Ok(Json(pipeline))
}

pub async fn delete(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
) -> ApiResult<StatusCode> {
    let _ = if_match(&headers)?;
    state
        .store
        .delete_pipeline(principal.actor.workspace_id, parse_id(&id)?)
        .await?;
    let entry = AuditEntry::new("pipeline_deleted", json!({})).about("pipeline", parse_id(&id)?);
    audit::note(&state, &principal, entry).await?;
    Ok(StatusCode::NO_CONTENT)
}
