//! Lead scoring of deals: a model trained on the workspace's own closed deals (won = 1,
//! lost = 0) over what was known of each deal before it closed, then every open deal scored
//! 0–100 with its top reasons. It runs as a background job, on demand and daily; with fewer
//! than ~50 closed deals it uses a transparent points table instead, and says so.

use std::collections::HashMap;
use std::time::Duration;

use insight::metrics::{brier_score, calibration_table, out_of_fold, roc_auc, stratified_folds};
use insight::{Example, LeadScorer, TrainConfig};
use relata_domain::money::MINOR_PER_MAJOR;
use relata_domain::pipeline::StageKind;
use relata_domain::timestamp;
use relata_store::{ActivityTally, CompanyBrief, DealHistory, Job, NewJob, Store, StoreError};
use serde_json::{Value, json};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::jobs::JobError;
use crate::state::AppState;

/// The job that trains the model and scores the open deals.
pub const TRAIN_JOB: &str = "insight.lead_scores";
/// How the trained model is kept (`insight_models.kind`).
pub const MODEL_KIND: &str = "lead_scores";
/// Reasons kept with each score.
const REASONS: usize = 3;
/// Folds of the cross-validation reported to admins.
const FOLDS: usize = 5;
/// How long after start the schedule first looks for models to retrain.
const FIRST_LOOK_AFTER: Duration = Duration::from_secs(10 * 60);
/// A model older than this is retrained by the daily schedule.
const RETRAIN_AFTER: time::Duration = time::Duration::hours(24);

/// A job that trains the workspace's model; one at a time per workspace.
pub fn train_job(workspace_id: Uuid, created_by: Option<Uuid>) -> NewJob {
    let mut job = NewJob::now(TRAIN_JOB, Some(workspace_id), json!({}));
    job.key = Some(format!("workspace:{workspace_id}"));
    job.max_attempts = 3;
    job.created_by = created_by;
    job
}

/// What lead scoring reads of a workspace.
struct Deals {
    histories: Vec<DealHistory>,
    activity: HashMap<Uuid, ActivityTally>,
    companies: HashMap<Uuid, CompanyBrief>,
    kinds: HashMap<Uuid, StageKind>,
    open_stages: HashMap<Uuid, usize>,
}

async fn read(store: &Store, workspace_id: Uuid) -> Result<Deals, StoreError> {
    let pipelines = store.pipelines(workspace_id).await?;
    let stages = pipelines.iter().flat_map(|p| &p.stages);
    Ok(Deals {
        histories: store.deal_histories(workspace_id).await?,
        activity: store.deal_activity(workspace_id).await?,
        companies: store.deal_companies(workspace_id).await?,
        kinds: stages.clone().map(|s| (s.id, s.kind)).collect(),
        open_stages: stages
            .filter(|s| s.kind == StageKind::Open)
            .map(|s| (s.id, s.position as usize))
            .collect(),
    })
}

fn days(from: OffsetDateTime, to: OffsetDateTime) -> f64 {
    ((to - from).whole_seconds() as f64 / 86_400.0).max(0.0)
}

/// What was known of a deal when it closed (or now, while it is open). Nothing that only
/// exists after the outcome goes in: not the lost reason, not the closing stage, not
/// activity after the close.
fn example(deals: &Deals, deal: &DealHistory, now: OffsetDateTime) -> Example {
    let as_of = deal.closed_at.unwrap_or(now);
    let mut example = Example::new();
    let mut category = |name: &str, value: Option<&str>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            example.set_category(name, value);
        }
    };
    category("Source", deal.source.as_deref());
    category("Currency", deal.currency.as_deref());
    let owner = deal.owner_id.map(|id| id.to_string());
    category("Owner", owner.as_deref());
    let offer = if deal.tags.iter().any(|t| t == "renewal") {
        "renewal"
    } else if deal.tags.iter().any(|t| t == "upsell") {
        "upsell"
    } else {
        "new business"
    };
    category("Kind of deal", Some(offer));
    let company = deal.company_id.and_then(|id| deals.companies.get(&id));
    category("Industry", company.and_then(|c| c.industry.as_deref()));
    category("Country", company.and_then(|c| c.country.as_deref()));
    if let Some(employees) = company.and_then(|c| c.employees) {
        example.set_number("Employees", employees as f64);
    }
    if let Some(amount) = deal.amount {
        example.set_number("Amount", amount as f64 / MINOR_PER_MAJOR as f64);
    }
    let tally = deals.activity.get(&deal.id);
    for (kind, name) in [
        ("call", "Calls"),
        ("email", "Emails"),
        ("meeting", "Meetings"),
        ("note", "Notes"),
    ] {
        let count = tally
            .and_then(|t| t.by_kind.get(kind))
            .copied()
            .unwrap_or(0);
        example.set_number(name, count as f64);
    }
    if let Some(last) = tally.and_then(|t| t.last_at) {
        example.set_number("Days since the last activity", days(last, as_of));
    }
    let age = days(deal.created_at, as_of);
    example.set_number("Days in the pipeline", age);
    let passed = deal
        .stages
        .iter()
        .filter(|(stage, _)| deals.open_stages.contains_key(stage))
        .count();
    example.set_number("Days per stage", age / passed.max(1) as f64);
    example
}

/// Closed deals with their outcome, and open deals, as examples.
fn examples(deals: &Deals, now: OffsetDateTime) -> (Vec<Example>, Vec<bool>, Vec<(Uuid, Example)>) {
    let (mut closed, mut labels, mut open) = (Vec::new(), Vec::new(), Vec::new());
    for deal in &deals.histories {
        match deal.stage_id.and_then(|s| deals.kinds.get(&s)) {
            Some(StageKind::Won) => {
                closed.push(example(deals, deal, now));
                labels.push(true);
            }
            Some(StageKind::Lost) => {
                closed.push(example(deals, deal, now));
                labels.push(false);
            }
            _ => open.push((deal.id, example(deals, deal, now))),
        }
    }
    (closed, labels, open)
}

/// Cross-validated quality, the leakage guard's warnings, and what the model is.
fn report(scorer: &LeadScorer, closed: &[Example], labels: &[bool], config: &TrainConfig) -> Value {
    let won = labels.iter().filter(|&&l| l).count();
    let minority = won.min(labels.len() - won);
    let mut report = json!({
        "method": format!("{:?}", scorer.method()).to_lowercase(),
        "thin_history": scorer.method() == insight::ScoringMethod::Rules,
        "examples": labels.len(),
        "won": won,
        "cv_auc": null,
        "brier": null,
        "calibration": [],
        "warnings": [],
    });
    if minority < 2 {
        return report;
    }
    let k = FOLDS.min(minority);
    let folds = stratified_folds(labels, k, 7);
    let predictions = out_of_fold(&folds, k, |train, held_out| {
        let train_examples: Vec<Example> = train.iter().map(|&i| closed[i].clone()).collect();
        let train_labels: Vec<bool> = train.iter().map(|&i| labels[i]).collect();
        let fold = LeadScorer::train(&train_examples, &train_labels, config)?;
        Ok::<_, insight::InsightError>(
            held_out
                .iter()
                .map(|&i| fold.probability(&closed[i]))
                .collect(),
        )
    });
    if let Ok(predictions) = predictions {
        report["cv_auc"] = json!(roc_auc(&predictions, labels));
        report["brier"] = json!(brier_score(&predictions, labels));
        report["calibration"] = json!(calibration_table(&predictions, labels, 10));
    }
    let warnings: Vec<String> = insight::leakage::audit_features(closed, labels, &folds, k)
        .iter()
        .filter_map(|audit| audit.warning())
        .collect();
    report["warnings"] = json!(warnings);
    report
}

/// The job: reads the workspace, trains, reports, scores every open deal.
pub async fn train_and_score(state: &AppState, job: &Job) -> Result<Value, JobError> {
    let workspace_id = job
        .workspace_id
        .ok_or_else(|| JobError::permanent("lead scoring needs a workspace"))?;
    let progress = |share: f64, note: &'static str| async move {
        if let Some(lease) = job.lease() {
            state.store.report_progress(&lease, share, note).await.ok();
        }
    };
    progress(0.05, "reading the deals").await;
    let deals = read(&state.store, workspace_id).await?;
    let now = timestamp::now();
    let (closed, labels, open) = examples(&deals, now);
    progress(0.3, "training").await;
    let (scorer, report, scores) = tokio::task::spawn_blocking(move || {
        let config = TrainConfig::default();
        let scorer = LeadScorer::train(&closed, &labels, &config)?;
        let report = report(&scorer, &closed, &labels, &config);
        let scores: Vec<(Uuid, Option<i64>, Vec<String>)> = open
            .iter()
            .map(|(id, example)| {
                let prediction = scorer.predict(example, REASONS);
                let reasons = prediction.reasons.iter().map(ToString::to_string).collect();
                (*id, Some(i64::from(prediction.score)), reasons)
            })
            .collect();
        Ok::<_, insight::InsightError>((scorer, report, scores))
    })
    .await
    .map_err(|e| JobError::permanent(e.to_string()))?
    .map_err(|e| JobError::permanent(format!("the model could not be trained: {e}")))?;
    progress(0.8, "scoring the open deals").await;
    state.store.set_lead_scores(workspace_id, &scores).await?;
    let model = serde_json::to_value(&scorer).map_err(|e| JobError::permanent(e.to_string()))?;
    let mut report = report;
    report["scored_open_deals"] = json!(scores.len());
    state
        .store
        .save_insight_model(workspace_id, MODEL_KIND, model, report.clone())
        .await?;
    Ok(report)
}

/// Queues retraining for every workspace whose model is missing or older than a day, every
/// hour from a few minutes after start (a starting instance has enough to do); the job's
/// key keeps it to one per workspace however many instances ask.
pub fn schedule_retraining(state: &AppState) {
    let state = state.clone();
    tokio::spawn(async move {
        let first = tokio::time::Instant::now() + FIRST_LOOK_AFTER;
        let mut every = tokio::time::interval_at(first, Duration::from_secs(3600));
        let mut closing = state.closing();
        loop {
            tokio::select! {
                _ = every.tick() => {}
                _ = closing.changed() => return,
            }
            if let Err(error) = queue_stale(&state).await {
                tracing::warn!(%error, "could not schedule lead-score training");
            }
        }
    });
}

async fn queue_stale(state: &AppState) -> Result<(), StoreError> {
    let now = timestamp::now();
    for workspace_id in state.store.workspace_ids().await? {
        let trained = state.store.insight_model(workspace_id, MODEL_KIND).await?;
        if trained.is_none_or(|(_, _, at)| now - at > RETRAIN_AFTER) {
            state
                .store
                .enqueue_job(&train_job(workspace_id, None))
                .await?;
        }
    }
    state.workers.wake();
    Ok(())
}
