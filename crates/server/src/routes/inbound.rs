//! Inbound integrations: admins set up endpoints (web forms, telephony) and get their
//! secret token once; outside systems post to the public endpoints with it.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use relata_domain::inbound::{read_call_event, read_form};
use relata_store::InboundHolder;
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::auth::{new_token, token_id};
use crate::extract::{ApiPath, ClientIp, JsonBody, Principal};
use crate::inbound::{take_call_event, take_lead};
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationInput {
    kind: String,
    name: String,
    /// Web forms: the `source` recorded on their leads (default: the name).
    source: Option<String>,
    /// Web forms: also open a deal for each new lead.
    #[serde(default)]
    create_deal: bool,
    /// Web forms posted from HTML: where to send the browser afterwards.
    redirect_url: Option<String>,
}

pub async fn create(
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let input: IntegrationInput = body.parse()?;
    if !matches!(input.kind.as_str(), "web_form" | "telephony") {
        return Err(ApiError::invalid("kind", "must be web_form or telephony"));
    }
    let name = input.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::invalid("name", "must be 1 to 100 characters"));
    }
    if input
        .source
        .as_ref()
        .is_some_and(|s| s.chars().count() > 100)
    {
        return Err(ApiError::invalid(
            "source",
            "must be at most 100 characters",
        ));
    }
    if let Some(url) = &input.redirect_url {
        relata_domain::contact::parse_url(url).map_err(|m| ApiError::invalid("redirect_url", m))?;
    }
    let settings = json!({
        "source": input.source.as_deref().map(str::trim).unwrap_or(name),
        "create_deal": input.create_deal,
        "redirect_url": input.redirect_url,
    });
    let token = new_token();
    let endpoint = state
        .store
        .create_inbound(
            principal.actor,
            &input.kind,
            name,
            &settings,
            &token_id(&token),
        )
        .await?;
    let path = match input.kind.as_str() {
        "web_form" => format!("/api/v1/inbound/forms/{token}"),
        _ => format!("/api/v1/inbound/calls/{token}"),
    };
    let mut body = json!(endpoint);
    body["token"] = json!(token);
    body["post_to"] = json!(path);
    Ok((StatusCode::CREATED, Json(body)))
}

pub async fn list(State(state): State<AppState>, principal: Principal) -> ApiResult<Json<Value>> {
    let endpoints = state
        .store
        .inbound_endpoints(principal.actor.workspace_id)
        .await?;
    Ok(Json(json!({ "data": endpoints })))
}

pub async fn delete(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<StatusCode> {
    state.store.delete_inbound(principal.actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Finds the endpoint of a token and spends one of its caller's requests.
async fn endpoint(
    state: &AppState,
    kind: &str,
    token: &str,
    ip: Option<&str>,
) -> ApiResult<InboundHolder> {
    let id = token_id(token);
    let holder = state
        .store
        .inbound_by_token(kind, &id)
        .await?
        .ok_or_else(|| {
            ApiError::NotFound("there is no such endpoint, or it was turned off".into())
        })?;
    let caller = format!("inbound:{}:{}", &id[..16], ip.unwrap_or("unknown"));
    if let Err(wait) = state.inbound_limiter.take_shared(&caller).await {
        let seconds = wait.as_secs().max(1);
        return Err(ApiError::TooManyRequests {
            detail: format!("too many posts; try again in {seconds} seconds"),
            retry_after: seconds,
        });
    }
    Ok(holder)
}

/// A web form's post: JSON, or `application/x-www-form-urlencoded` straight from an HTML
/// form (then the browser is sent on to the form's `redirect_url`, when it has one).
pub async fn form(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let holder = endpoint(&state, "web_form", &token, ip.as_deref()).await?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let from_html = content_type.starts_with("application/x-www-form-urlencoded");
    let fields: Vec<(String, String)> = if from_html {
        form_urlencoded::parse(&body).into_owned().collect()
    } else if content_type.starts_with("application/json") {
        json_fields(&body)?
    } else {
        return Err(ApiError::UnsupportedMediaType);
    };
    let lead = read_form(fields)?;
    if !lead.looks_automated {
        take_lead(&state, &holder, lead).await?;
    } else {
        tracing::info!(endpoint = %holder.endpoint.id, "a web form post filled the honeypot; dropped");
    }
    match holder.endpoint.settings["redirect_url"]
        .as_str()
        .filter(|_| from_html)
    {
        Some(url) => Ok(Redirect::to(url).into_response()),
        None => Ok((StatusCode::ACCEPTED, Json(json!({ "status": "received" }))).into_response()),
    }
}

/// A JSON object of text (or number) fields, as a form would send them.
fn json_fields(body: &[u8]) -> ApiResult<Vec<(String, String)>> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request("", format!("the body is not valid JSON: {e}")))?;
    let object = value
        .as_object()
        .ok_or_else(|| ApiError::bad_request("", "send the form's fields as a JSON object"))?;
    object
        .iter()
        .map(|(key, value)| match value {
            Value::String(text) => Ok((key.clone(), text.clone())),
            Value::Number(n) => Ok((key.clone(), n.to_string())),
            Value::Bool(b) => Ok((key.clone(), b.to_string())),
            Value::Null => Ok((key.clone(), String::new())),
            _ => Err(ApiError::invalid(key, "must be text")),
        })
        .collect()
}

/// One event of a call from a phone system.
pub async fn call(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    ClientIp(ip): ClientIp,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let holder = endpoint(&state, "telephony", &token, ip.as_deref()).await?;
    let event = read_call_event(&body.0)?;
    let activity = take_call_event(&state, &holder, event).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "activity_id": activity })),
    ))
}
