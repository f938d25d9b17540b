//! The workspace's intelligence: the revenue forecast, deals at risk, and what an activity's
//! text says (sentiment, summary, action items).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use relata_domain::ObjectKind;
use relata_domain::timestamp;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::extract::{ApiPath, Principal, bounded_number, only_params};
use crate::insights::{analyse, at_risk, conversation_text, forecast as forecast_of};
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

/// Expected won revenue for this month and the next ones, with a band, in the workspace's
/// default currency.
pub async fn forecast(
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["months"])?;
    let months = bounded_number(&params, "months", 1..=12, 3)? as usize;
    let ws = principal.actor.workspace_id;
    let currency = state.store.workspace(ws).await?.settings.default_currency;
    let histories = state.store.deal_histories(ws).await?;
    let pipelines = state.store.pipelines(ws).await?;
    let view = tokio::task::spawn_blocking(move || {
        forecast_of(&histories, &pipelines, &currency, timestamp::now(), months)
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))?
    .map_err(|reason| ApiError::Conflict(format!("no forecast yet: {reason}")))?;
    Ok(Json(json!(view)))
}

/// Open deals that stayed in their stage, or went quiet, for longer than won deals did.
pub async fn deals_at_risk(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<Value>> {
    let ws = principal.actor.workspace_id;
    let histories = state.store.deal_histories(ws).await?;
    let pipelines = state.store.pipelines(ws).await?;
    let flagged = at_risk(&histories, &pipelines, timestamp::now());
    Ok(Json(json!({ "data": flagged })))
}

/// Sentiment, a short summary and the action items of one activity's text.
pub async fn analysis(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Json<Value>> {
    let ws = principal.actor.workspace_id;
    let activity = state.store.get_record(ws, ObjectKind::Activity, id).await?;
    let text = conversation_text(&activity).unwrap_or_default();
    Ok(Json(json!(analyse(&text))))
}

/// Trains the workspace's lead-scoring model and rescores the open deals, as a job.
pub async fn train_lead_model(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<(axum::http::StatusCode, Json<Value>)> {
    let job =
        crate::lead_scoring::train_job(principal.actor.workspace_id, principal.actor.member_id);
    let queued = state.store.enqueue_job(&job).await?;
    state.workers.wake();
    Ok((axum::http::StatusCode::ACCEPTED, Json(json!(queued))))
}

/// How the lead-scoring model was trained and how good it is.
pub async fn lead_model(
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<Value>> {
    let ws = principal.actor.workspace_id;
    let (_, mut report, trained_at) = state
        .store
        .insight_model(ws, crate::lead_scoring::MODEL_KIND)
        .await?
        .ok_or_else(|| {
            ApiError::NotFound(
                "no lead-scoring model yet; train one with POST /api/v1/insights/lead-model/train"
                    .into(),
            )
        })?;
    report["trained_at"] = json!(timestamp::format(trained_at));
    Ok(Json(report))
}

/// Activities read for a trend: the latest this many.
const TREND_ACTIVITIES: usize = 500;

/// How a record's conversations felt over time, and whether they recently turned negative.
pub async fn sentiment(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<Uuid>,
) -> ApiResult<Json<Value>> {
    let ws = principal.actor.workspace_id;
    state.store.get_record(ws, kind, id).await?;
    let items = state
        .store
        .timeline(ws, kind, id, TREND_ACTIVITIES, None)
        .await?;
    let activities: Vec<(relata_domain::Record, time::OffsetDateTime)> = items
        .into_iter()
        .filter_map(|item| {
            let at = item.at();
            match item {
                relata_store::TimelineItem::Activity(activity) => Some((activity, at)),
                _ => None,
            }
        })
        .collect();
    Ok(Json(json!(crate::insights::sentiment_trend(&activities))))
}
