//! Webhook subscriptions, their delivery log, test messages and replays (admins only).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use relata_domain::webhook::check_subscription;
use relata_store::WebhookSettings;
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::extract::{ApiPath, JsonBody, Principal, bounded_number, expected_version, only_params};
use crate::jobs::schedule;
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;
use crate::webhooks::{ping, signature};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookInput {
    url: String,
    #[serde(default)]
    description: String,
    event_types: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookChange {
    url: Option<String>,
    description: Option<String>,
    event_types: Option<Vec<String>>,
    enabled: Option<bool>,
}

fn check_description(description: Option<&str>) -> ApiResult<()> {
    if description.is_some_and(|d| d.chars().count() > 500) {
        return Err(ApiError::invalid(
            "description",
            "must be at most 500 characters",
        ));
    }
    Ok(())
}

/// Adds a subscription; the answer holds its signing secret, which is never shown again.
pub async fn create(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let input: WebhookInput = body.parse()?;
    let url = input.url.trim().to_owned();
    check_subscription(&url, &input.event_types)?;
    check_description(Some(&input.description))?;
    let settings = WebhookSettings {
        url: Some(url),
        description: Some(input.description.trim().to_owned()),
        event_types: Some(input.event_types),
        enabled: Some(true),
    };
    let secret = signature::new_secret();
    let webhook = state
        .store
        .create_webhook(principal.actor, &settings, &secret)
        .await?;
    let mut body = json!(webhook);
    body["secret"] = json!(secret);
    Ok((StatusCode::CREATED, Json(body)))
}

pub async fn list(State(state): State<AppState>, principal: Principal) -> ApiResult<Json<Value>> {
    let webhooks = state.store.webhooks(principal.actor.workspace_id).await?;
    Ok(Json(json!({ "data": webhooks })))
}

pub async fn get(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Json<Value>> {
    let webhook = state
        .store
        .webhook(principal.actor.workspace_id, id)
        .await?;
    Ok(Json(json!(webhook)))
}

/// Changes the address, events or description, or turns the subscription on or off.
pub async fn update(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    JsonBody(mut body): JsonBody,
) -> ApiResult<Json<Value>> {
    let version = expected_version(&headers, &mut body)?.ok_or(ApiError::VersionRequired)?;
    let input: WebhookChange = JsonBody(body).parse()?;
    let current = state
        .store
        .webhook(principal.actor.workspace_id, id)
        .await?;
    let url = input.url.map(|u| u.trim().to_owned());
    check_subscription(
        url.as_deref().unwrap_or(&current.url),
        input.event_types.as_deref().unwrap_or(&current.event_types),
    )?;
    check_description(input.description.as_deref())?;
    let settings = WebhookSettings {
        url,
        description: input.description.map(|d| d.trim().to_owned()),
        event_types: input.event_types,
        enabled: input.enabled,
    };
    let webhook = state
        .store
        .update_webhook(principal.actor, id, version, &settings)
        .await?;
    Ok(Json(json!(webhook)))
}

pub async fn delete(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<StatusCode> {
    state.store.delete_webhook(principal.actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sends a `webhook.test` message now, to check the receiver and its signature check.
pub async fn test(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let ws = principal.actor.workspace_id;
    let webhook = state.store.webhook(ws, id).await?;
    if !webhook.enabled {
        return Err(ApiError::Conflict(
            "the webhook is off; turn it on (enabled: true) before testing it".into(),
        ));
    }
    let delivery = ping(&state, ws, id).await?;
    Ok((StatusCode::ACCEPTED, Json(json!(delivery))))
}

/// The delivery log of one subscription, newest first.
pub async fn deliveries(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["status", "before", "limit"])?;
    let status = params.get("status").map(String::as_str);
    if status.is_some_and(|s| !["pending", "succeeded", "failed"].contains(&s)) {
        return Err(ApiError::invalid(
            "status",
            "must be pending, succeeded or failed",
        ));
    }
    let before = params
        .get("before")
        .map(|v| {
            v.parse::<Uuid>()
                .map_err(|_| ApiError::invalid("before", "must be a delivery id"))
        })
        .transpose()?;
    let limit = bounded_number(&params, "limit", 1..=500, 50)? as u32;
    let ws = principal.actor.workspace_id;
    state.store.webhook(ws, id).await?;
    let page = state
        .store
        .deliveries(ws, id, status, before, limit)
        .await?;
    let next = (page.len() == limit as usize)
        .then(|| page.last().map(|d| d.id))
        .flatten();
    Ok(Json(json!({ "data": page, "next_before": next })))
}

/// One delivery with every try made at it.
pub async fn delivery(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath((id, delivery_id)): ApiPath<(Uuid, Uuid)>,
) -> ApiResult<Json<Value>> {
    let ws = principal.actor.workspace_id;
    let delivery = state.store.delivery(ws, id, delivery_id).await?;
    let attempts = state.store.delivery_attempts(delivery_id).await?;
    let mut body = json!(delivery);
    body["tries"] = json!(attempts);
    Ok(Json(body))
}

/// Sends a delivery again (with the same `webhook-id`, so a receiver that took it already
/// can tell), with a fresh day of retries.
pub async fn replay(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath((id, delivery_id)): ApiPath<(Uuid, Uuid)>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let ws = principal.actor.workspace_id;
    let webhook = state.store.webhook(ws, id).await?;
    if !webhook.enabled {
        return Err(ApiError::Conflict(
            "the webhook is off; turn it on (enabled: true) before replaying to it".into(),
        ));
    }
    let attempts = schedule(relata_store::DELIVERY_JOB).max_attempts();
    let delivery = state
        .store
        .replay_delivery(ws, id, delivery_id, attempts)
        .await?;
    state.workers.wake();
    Ok((StatusCode::ACCEPTED, Json(json!(delivery))))
}
