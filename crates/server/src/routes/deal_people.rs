//! Who is involved in a deal, and in which deals a person is involved.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use relata_domain::{ObjectKind, Record};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::extract::ApiPath;
use crate::extract::{JsonBody, Principal};
use crate::problem::ApiResult;
use crate::routes::records::parse_id;
use crate::state::AppState;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LinkInput {
    role: Option<String>,
}

async fn links_json(
    state: &AppState,
    principal: &Principal,
    links: Vec<(Record, Option<String>)>,
    kind: ObjectKind,
) -> ApiResult<Value> {
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let key = kind.name();
    let data: Vec<Value> = links
        .iter()
        .map(|(record, role)| json!({ "role": role, key: record.to_json(&customs, None) }))
        .collect();
    Ok(json!({ "data": data }))
}

pub async fn list(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Value>> {
    let links = state
        .store
        .deal_people(principal.actor.workspace_id, parse_id(&id)?)
        .await?;
    Ok(Json(
        links_json(&state, &principal, links, ObjectKind::Person).await?,
    ))
}

pub async fn person_deals(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Json<Value>> {
    let links = state
        .store
        .person_deals(principal.actor.workspace_id, parse_id(&id)?)
        .await?;
    Ok(Json(
        links_json(&state, &principal, links, ObjectKind::Deal).await?,
    ))
}

/// Links a person to the deal (or changes their role).
pub async fn link(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath((deal, person)): ApiPath<(String, String)>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    let input: LinkInput = body.parse()?;
    let (deal, person) = (parse_id(&deal)?, parse_id(&person)?);
    state
        .store
        .link_deal_person(principal.actor, deal, person, input.role.as_deref())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn unlink(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath((deal, person)): ApiPath<(String, String)>,
) -> ApiResult<StatusCode> {
    state
        .store
        .unlink_deal_person(principal.actor, parse_id(&deal)?, parse_id(&person)?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
