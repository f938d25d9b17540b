//! Global search and the deals board.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use relata_domain::filter::Filter;
use relata_domain::{ObjectKind, Record};
use serde_json::{Value, json};

use crate::extract::ApiPath;
use crate::extract::Principal;
use crate::extract::{bounded_number, only_params};
use crate::problem::{ApiError, ApiResult};
use crate::routes::records::parse_id;
use crate::state::AppState;

/// A one-line label for a record in search results.
fn title(record: &Record) -> String {
    let text = |field: &str| record.get(field).as_text().unwrap_or_default().to_owned();
    match record.kind {
        ObjectKind::Person => {
            let name = format!("{} {}", text("first_name"), text("last_name"))
                .trim()
                .to_owned();
            if name.is_empty() { text("email") } else { name }
        }
        _ => text("name"),
    }
}

fn subtitle(record: &Record) -> Value {
    let field = match record.kind {
        ObjectKind::Person => "email",
        ObjectKind::Company => "domain",
        ObjectKind::Deal => "amount",
        ObjectKind::Activity => "subject",
    };
    record.field_json(field, &[])
}

pub async fn search(
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["q", "limit"])?;
    let query = params.get("q").map(|q| q.trim()).unwrap_or_default();
    if query.chars().count() > 200 {
        return Err(ApiError::invalid("q", "is longer than 200 characters"));
    }
    let limit = bounded_number(&params, "limit", 1..=50, 10)? as usize;
    let country = &principal.ctx.default_country_code;
    let hits = state
        .store
        .search(principal.actor.workspace_id, query, country, limit)
        .await?;
    let data: Vec<Value> = hits
        .iter()
        .map(|hit| {
            json!({
                "kind": hit.record.kind.name(),
                "id": hit.record.id,
                "title": title(&hit.record),
                "subtitle": subtitle(&hit.record),
                "score": hit.score,
            })
        })
        .collect();
    Ok(Json(json!({ "data": data })))
}

pub async fn board(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["filter", "per_stage"])?;
    let ws = principal.actor.workspace_id;
    let customs = state.custom_fields(ws, ObjectKind::Deal).await?;
    let filter = match params
        .get("filter")
        .map(|f| f.trim())
        .filter(|f| !f.is_empty())
    {
        Some(text) => Some(
            Filter::parse(text, ObjectKind::Deal, &customs, &principal.ctx)
                .map_err(|e| ApiError::invalid("filter", e.to_string()))?,
        ),
        None => None,
    };
    let per_stage = match params.get("per_stage") {
        None => 50,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (0..=500).contains(n))
            .ok_or_else(|| {
                ApiError::invalid("per_stage", "must be a whole number from 0 to 500")
            })?,
    };
    let pipeline_id = parse_id(&id)?;
    // The answer depends on the deals (the feed head), the pipeline's stages (its version),
    // the deal fields (their definitions) and the request; all of it goes into the key.
    let head = state.store.feed_head(ws).await?;
    let version = state.store.pipeline(ws, pipeline_id).await?.version;
    let request = format!("{:?}|{per_stage}|{customs:?}", params.get("filter"));
    let key = format!(
        "board:{ws}:{pipeline_id}:{version}:{head}:{:016x}",
        digest(&request)
    );
    let cached = state.cache.get(&key).await;
    state.metrics.cache_lookup("board", cached.is_some());
    if let Some(json) = cached.and_then(|text| serde_json::from_str(&text).ok()) {
        return Ok(Json(json));
    }
    let board = state
        .store
        .board(ws, pipeline_id, filter.as_ref(), per_stage)
        .await?;
    let columns: Vec<Value> = board
        .columns
        .iter()
        .map(|column| {
            let amounts: Vec<Value> = column
                .amounts
                .iter()
                .map(|(currency, minor)| {
                    let currency = if currency.is_empty() { Value::Null } else { json!(currency) };
                    json!({ "currency": currency, "sum": relata_domain::money::amount_to_json(*minor) })
                })
                .collect();
            let deals: Vec<Value> = column.deals.iter().map(|d| d.to_json(&customs, None)).collect();
            json!({ "stage": column.stage, "count": column.count, "amounts": amounts, "deals": deals })
        })
        .collect();
    let answer = json!({ "pipeline": board.pipeline, "columns": columns });
    state.cache.put(&key, answer.to_string()).await;
    Ok(Json(answer))
}

/// A stable 64-bit digest of a text (for cache keys; not for security).
fn digest(text: &str) -> u64 {
    use sha2::Digest;
    let hash = sha2::Sha256::digest(text.as_bytes());
    u64::from_be_bytes(hash[..8].try_into().expect("eight bytes"))
}
