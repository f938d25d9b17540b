//! The audit log for admins: pages newest first, filtered by record or action, and an
//! export of it all as CSV. Also the helper handlers use to note what they did.

use std::collections::HashMap;

use axum::Json;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use relata_store::{AuditEntry, AuditRecord};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::extract::Principal;
use crate::extract::{bounded_number, only_params};
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

/// Notes what a principal did, in a transaction of its own.
pub async fn note(state: &AppState, principal: &Principal, entry: AuditEntry) -> ApiResult<()> {
    state
        .store
        .audit(
            principal.actor.workspace_id,
            principal.actor.member_id,
            entry,
        )
        .await?;
    Ok(())
}

pub async fn list(
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["before", "record_id", "action", "limit"])?;
    let before = params
        .get("before")
        .map(|v| {
            v.parse::<i64>()
                .map_err(|_| ApiError::invalid("before", "must be an entry number"))
        })
        .transpose()?;
    let record_id = params
        .get("record_id")
        .map(|v| {
            v.parse::<Uuid>()
                .map_err(|_| ApiError::invalid("record_id", "must be a record id"))
        })
        .transpose()?;
    let limit = bounded_number(&params, "limit", 1..=500, 100)? as usize;
    let entries = state
        .store
        .audit_page(
            principal.actor.workspace_id,
            before,
            record_id,
            params.get("action").map(String::as_str),
            limit,
        )
        .await?;
    let next = (entries.len() == limit)
        .then(|| entries.last().map(|e| e.seq))
        .flatten();
    Ok(Json(json!({ "data": entries, "next_before": next })))
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv_line(entry: &AuditRecord) -> String {
    let id = |v: Option<Uuid>| v.map(|u| u.to_string()).unwrap_or_default();
    [
        entry.seq.to_string(),
        entry.at.clone(),
        id(entry.actor_id),
        entry.via.clone(),
        entry.action.clone(),
        entry.object.clone().unwrap_or_default(),
        id(entry.record_id),
        entry.detail.to_string(),
        entry.ip.clone().unwrap_or_default(),
        entry.user_agent.clone().unwrap_or_default(),
        entry.hash.clone(),
    ]
    .iter()
    .map(|f| csv_field(f))
    .collect::<Vec<_>>()
    .join(",")
        + "\n"
}

/// The whole log as CSV, newest first, streamed page by page.
pub async fn export(State(state): State<AppState>, principal: Principal) -> ApiResult<Response> {
    let ws = principal.actor.workspace_id;
    note(
        &state,
        &principal,
        AuditEntry::new("audit_exported", json!({})),
    )
    .await?;
    let stream = futures_util::stream::unfold(Some(None::<i64>), move |cursor| {
        let state = state.clone();
        async move {
            let before = cursor?;
            let page = match state.store.audit_page(ws, before, None, None, 1_000).await {
                Ok(page) => page,
                Err(error) => return Some((Err(std::io::Error::other(error.to_string())), None)),
            };
            let mut text = if before.is_none() {
                "seq,at,actor_id,via,action,object,record_id,detail,ip,user_agent,hash\n".to_owned()
            } else {
                String::new()
            };
            text.extend(page.iter().map(csv_line));
            let next = (page.len() == 1_000).then(|| page.last().map(|e| e.seq));
            Some((Ok::<_, std::io::Error>(text), next))
        }
    });
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"audit-log.csv\"",
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}
