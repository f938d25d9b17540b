//! Reports for managers: the dashboard's numbers in one request.

use std::collections::{BTreeMap, HashMap};

use axum::Json;
use axum::extract::{Query, State};
use relata_domain::money::amount_to_json;
use relata_domain::months::last_months;
use relata_domain::timestamp;
use relata_store::Amounts;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::extract::Principal;
use crate::extract::{bounded_number, only_params};
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

const ACTIVITY_DAYS: i64 = 30;

fn amounts_json(amounts: &Amounts) -> Value {
    let mut sorted = amounts.clone();
    sorted.sort_by_key(|(_, minor)| std::cmp::Reverse(*minor));
    Value::Array(
        sorted
            .iter()
            .map(|(currency, minor)| json!({"currency": (!currency.is_empty()).then_some(currency), "sum": amount_to_json(*minor)}))
            .collect(),
    )
}

/// `amounts` scaled by a stage's win probability.
fn weighted(amounts: &Amounts, probability: i32) -> Amounts {
    amounts
        .iter()
        .map(|(currency, minor)| (currency.clone(), minor * i64::from(probability) / 100))
        .collect()
}

/// The currency with the most open value: the one charts are drawn in.
fn main_currency(open: &[relata_store::StageValue], fallback: &str) -> String {
    let mut totals: HashMap<&str, i64> = HashMap::new();
    for (currency, minor) in open.iter().flat_map(|s| s.amounts.iter()) {
        if !currency.is_empty() {
            *totals.entry(currency).or_default() += minor;
        }
    }
    totals
        .into_iter()
        .max_by_key(|(currency, total)| (*total, std::cmp::Reverse(*currency)))
        .map_or_else(|| fallback.to_owned(), |(currency, _)| currency.to_owned())
}

fn pipeline_id(params: &HashMap<String, String>) -> Result<Option<Uuid>, ApiError> {
    params
        .get("pipeline_id")
        .map(|v| {
            v.parse().map_err(|_| {
                ApiError::invalid("pipeline_id", format!("\"{v}\" is not a pipeline id"))
            })
        })
        .transpose()
}

/// Open value per stage, deals won and lost per month, activity per member over the last
/// 30 days, and conversion between stages, for one pipeline (the first by default).
pub async fn dashboard(
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    only_params(&params, &["pipeline_id", "months"])?;
    let workspace_id = principal.actor.workspace_id;
    let pipeline = match pipeline_id(&params)? {
        Some(id) => state.store.pipeline(workspace_id, id).await?,
        None => state
            .store
            .pipelines(workspace_id)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| ApiError::NotFound("the workspace has no pipeline".into()))?,
    };
    let now = timestamp::now();
    let (since, month_names) =
        last_months(now, bounded_number(&params, "months", 1..=36, 12)? as u32);
    let activity_since = now - time::Duration::days(ACTIVITY_DAYS);
    let report = state
        .store
        .dashboard(workspace_id, pipeline.id, since, activity_since)
        .await?;
    let settings = state.store.workspace(workspace_id).await?.settings;

    let probability: HashMap<Uuid, i32> = pipeline
        .stages
        .iter()
        .map(|s| (s.id, s.probability))
        .collect();
    let open_by_stage: Vec<Value> = report
        .open_by_stage
        .iter()
        .map(|s| {
            let weighted = weighted(&s.amounts, probability.get(&s.stage_id).copied().unwrap_or(0));
            json!({"stage_id": s.stage_id, "count": s.count, "amounts": amounts_json(&s.amounts), "weighted": amounts_json(&weighted)})
        })
        .collect();
    let by_month: BTreeMap<&str, &relata_store::MonthOutcome> = report
        .closed_by_month
        .iter()
        .map(|m| (m.month.as_str(), m))
        .collect();
    let closed_by_month: Vec<Value> = month_names
        .iter()
        .map(|name| match by_month.get(name.as_str()) {
            Some(m) => json!({"month": name, "won": m.won, "lost": m.lost,
                "won_amounts": amounts_json(&m.won_amounts), "lost_amounts": amounts_json(&m.lost_amounts)}),
            None => json!({"month": name, "won": 0, "lost": 0, "won_amounts": [], "lost_amounts": []}),
        })
        .collect();
    let activity_by_member: Vec<Value> = report
        .activity_by_member
        .iter()
        .map(|m| {
            let mut entry = json!({"member_id": m.member_id});
            for kind in relata_domain::activity::ACTIVITY_KINDS {
                entry[kind] = json!(m.kinds.get(kind).copied().unwrap_or(0));
            }
            entry
        })
        .collect();
    let conversions: HashMap<Uuid, &relata_store::StageConversion> = report
        .stage_conversion
        .iter()
        .map(|c| (c.stage_id, c))
        .collect();
    let stage_conversion: Vec<Value> = pipeline
        .stages
        .iter()
        .map(|stage| {
            let (entered, moved_on) = conversions
                .get(&stage.id)
                .map_or((0, 0), |c| (c.entered, c.moved_on));
            json!({"stage_id": stage.id, "entered": entered, "moved_on": moved_on})
        })
        .collect();
    Ok(Json(json!({
        "pipeline_id": pipeline.id,
        "currency": main_currency(&report.open_by_stage, &settings.default_currency),
        "open_by_stage": open_by_stage,
        "closed_by_month": closed_by_month,
        "activity_by_member": activity_by_member,
        "stage_conversion": stage_conversion,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighting_scales_each_currency() {
        let amounts = vec![("USD".to_owned(), 10_000), ("EUR".to_owned(), 333)];
        assert_eq!(
            weighted(&amounts, 25),
            vec![("USD".to_owned(), 2_500), ("EUR".to_owned(), 83)]
        );
    }

    #[test]
    fn the_main_currency_has_the_most_open_value() {
        let open = vec![
            relata_store::StageValue {
                stage_id: Uuid::nil(),
                count: 2,
                amounts: vec![("USD".into(), 500), ("RUB".into(), 90_000)],
            },
            relata_store::StageValue {
                stage_id: Uuid::nil(),
                count: 1,
                amounts: vec![("USD".into(), 100)],
            },
        ];
        assert_eq!(main_currency(&open, "EUR"), "RUB");
        assert_eq!(main_currency(&[], "EUR"), "EUR");
    }
}
