//! Saved views of the people, companies, deals and activities lists.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use relata_domain::query::{ListParams, ListQuery};
use relata_domain::{FieldError, ObjectKind, ValidationErrors};
use relata_store::{SavedView, ViewContent};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::extract::ApiPath;
use crate::extract::only_params;
use crate::extract::{JsonBody, Principal, expected_version};
use crate::problem::{ApiError, ApiResult};
use crate::routes::records::parse_id;
use crate::state::AppState;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViewInput {
    object: String,
    name: String,
    filter: Option<String>,
    sort: Option<String>,
    #[serde(default)]
    columns: Vec<String>,
    #[serde(default = "shared_by_default")]
    shared: bool,
}

fn shared_by_default() -> bool {
    true
}

fn parse_object(text: &str) -> ApiResult<ObjectKind> {
    text.parse()
        .map_err(|m: String| ApiError::invalid("object", m))
}

/// Checks a view the way its list will run it: a view that cannot be listed is refused.
async fn check(
    state: &AppState,
    principal: &Principal,
    input: ViewInput,
) -> ApiResult<(ObjectKind, ViewContent)> {
    let object = parse_object(&input.object)?;
    let customs = state
        .custom_fields(principal.actor.workspace_id, object)
        .await?;
    let mut errors = ValidationErrors::default();
    let name = input.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        errors.push(FieldError::new("name", "must be 1 to 100 characters"));
    }
    let fields = input.columns.join(",");
    let params = ListParams {
        filter: input.filter.as_deref(),
        sort: input.sort.as_deref(),
        fields: Some(fields.as_str()).filter(|f| !f.is_empty()),
        ..ListParams::default()
    };
    if let Err(problems) = ListQuery::parse(object, &params, &customs, &principal.ctx) {
        errors.0.extend(problems.0.into_iter().map(|e| {
            if e.field == "fields" {
                FieldError::new("columns", e.message)
            } else {
                e
            }
        }));
    }
    errors.into_result(())?;
    let content = ViewContent {
        name,
        filter: input.filter,
        sort: input.sort,
        columns: input.columns,
        shared: input.shared,
    };
    Ok((object, content))
}

pub async fn list(
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["object"])?;
    let object = parse_object(params.get("object").map_or("", String::as_str))?;
    let views = state.store.views(principal.actor, object).await?;
    Ok(Json(json!({ "data": views })))
}

pub async fn get(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<SavedView>> {
    Ok(Json(
        state.store.view(principal.actor, parse_id(&id)?).await?,
    ))
}

pub async fn create(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<SavedView>)> {
    let (object, content) = check(&state, &principal, body.parse()?).await?;
    Ok((
        StatusCode::CREATED,
        Json(
            state
                .store
                .create_view(principal.actor, object, content)
                .await?,
        ),
    ))
}

pub async fn replace(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
    JsonBody(mut body): JsonBody,
) -> ApiResult<Json<SavedView>> {
    let id = parse_id(&id)?;
    let version = expected_version(&headers, &mut body)?.ok_or(ApiError::VersionRequired)?;
    let (object, content) = check(&state, &principal, JsonBody(body).parse()?).await?;
    let current = state.store.view(principal.actor, id).await?;
    if current.object != object {
        return Err(ApiError::invalid(
            "object",
            "a view cannot change its object",
        ));
    }
    Ok(Json(
        state
            .store
            .update_view(principal.actor, id, version, content)
            .await?,
    ))
}

pub async fn delete(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<StatusCode> {
    state
        .store
        .delete_view(principal.actor, parse_id(&id)?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
