//! Personal data tools for admins: export everything held about a person, and erase it.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use relata_domain::ObjectKind;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::extract::ApiPath;
use crate::extract::{JsonBody, Principal};
use crate::problem::{ApiError, ApiResult};
use crate::routes::records::parse_id;
use crate::state::AppState;

/// Everything held about a person as one JSON document, to hand to them on request.
pub async fn export(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Response> {
    let ws = principal.actor.workspace_id;
    let data = state.store.personal_data(ws, parse_id(&id)?).await?;
    let people_fields = state.custom_fields(ws, ObjectKind::Person).await?;
    let activity_fields = state.custom_fields(ws, ObjectKind::Activity).await?;
    let body = json!({
        "exported_at": relata_domain::timestamp::format(relata_domain::timestamp::now()),
        "person": data.person.to_json(&people_fields, None),
        "activities": data.activities.iter().map(|a| a.to_json(&activity_fields, None)).collect::<Vec<Value>>(),
        "deal_roles": data.deal_roles.iter().map(|(deal, role)| json!({"deal_id": deal, "role": role})).collect::<Vec<Value>>(),
        "history": data.audit,
    });
    let filename = format!("attachment; filename=\"person-{}.json\"", data.person.id);
    Ok(([(header::CONTENT_DISPOSITION, filename)], Json(body)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EraseInput {
    confirm: bool,
}

/// Erases a person: they, their activities and their history are gone for good; the audit
/// log keeps its chain, with details about them redacted and a tombstone added.
pub async fn erase(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    body: JsonBody,
) -> ApiResult<Json<Value>> {
    let input: EraseInput = body.parse()?;
    if !input.confirm {
        return Err(ApiError::invalid(
            "confirm",
            "send true: erasure cannot be undone",
        ));
    }
    let erasure = state
        .store
        .erase_person(principal.actor, parse_id(&id)?)
        .await?;
    Ok(Json(json!(erasure)))
}
