//! Between the store and the models: turns a workspace's deals and activities into what
//! `relata-insight` and `relata-language` take, and their answers into what the API shows.

use std::collections::HashMap;

use insight::date::Date;
use insight::forecast::{
    Deal, ForecastConfig, ForecastModel, Outcome, StageChange, deals_at_risk, learn_stage_norms,
};
use relata_domain::money::MINOR_PER_MAJOR;
use relata_domain::pipeline::{Pipeline, StageKind};
use relata_store::DealHistory;
use serde::Serialize;
use time::OffsetDateTime;
use uuid::Uuid;

/// The share of won deals whose time in a stage counts as normal.
const NORMAL_SHARE: f64 = 0.8;

#[derive(Debug, Serialize)]
pub struct MonthView {
    pub month: String,
    pub expected: f64,
    pub low: f64,
    pub high: f64,
    pub from_open_deals: f64,
    pub from_new_deals: f64,
}

#[derive(Debug, Serialize)]
pub struct ForecastView {
    pub as_of: String,
    /// Amounts are in this currency: deals in others are left out (there is no exchange
    /// rate to add them with), and counted in `other_currency_deals`.
    pub currency: String,
    pub other_currency_deals: usize,
    pub open_deals: usize,
    pub closed_deals: usize,
    /// The band's quantiles, e.g. 0.1 and 0.9.
    pub band: (f64, f64),
    pub months: Vec<MonthView>,
}

#[derive(Debug, Serialize)]
pub struct RiskView {
    pub deal_id: Uuid,
    pub name: String,
    pub stage: String,
    pub reasons: Vec<String>,
}

/// Open stages, numbered across pipelines, and the kind of every stage.
struct Stages {
    open_index: HashMap<Uuid, usize>,
    names: Vec<String>,
    kinds: HashMap<Uuid, StageKind>,
}

impl Stages {
    fn of(pipelines: &[Pipeline]) -> Stages {
        let mut stages = Stages {
            open_index: HashMap::new(),
            names: Vec::new(),
            kinds: HashMap::new(),
        };
        for stage in pipelines.iter().flat_map(|p| &p.stages) {
            stages.kinds.insert(stage.id, stage.kind);
            if stage.kind == StageKind::Open {
                stages.open_index.insert(stage.id, stages.names.len());
                stages.names.push(stage.name.clone());
            }
        }
        stages
    }
}

fn date(at: OffsetDateTime) -> Date {
    let d = at.date();
    Date::from_ymd(d.year(), u32::from(u8::from(d.month())), u32::from(d.day()))
        .expect("a calendar date")
}

fn as_model_deal(history: &DealHistory, stages: &Stages) -> Deal {
    let kind = history.stage_id.and_then(|s| stages.kinds.get(&s).copied());
    let outcome = match (kind, history.closed_at) {
        (Some(StageKind::Won), Some(at)) => Some(Outcome {
            won: true,
            closed: date(at),
            value: None,
        }),
        (Some(StageKind::Lost), Some(at)) => Some(Outcome {
            won: false,
            closed: date(at),
            value: None,
        }),
        _ => None,
    };
    let changes = history
        .stages
        .iter()
        .filter_map(|(stage, at)| {
            stages.open_index.get(stage).map(|&stage| StageChange {
                stage,
                entered: date(*at),
            })
        })
        .collect();
    Deal {
        id: history.id.to_string(),
        amount: history.amount.unwrap_or(0) as f64 / MINOR_PER_MAJOR as f64,
        created: date(history.created_at),
        stages: changes,
        outcome,
        last_activity: history.last_activity_at.map(date),
        expected_close: history.expected_close_date.and_then(|d| {
            Date::from_ymd(d.year(), u32::from(u8::from(d.month())), u32::from(d.day())).ok()
        }),
    }
}

/// Expected won revenue by month in `currency`, from open deals and the deals history says
/// will come.
pub fn forecast(
    histories: &[DealHistory],
    pipelines: &[Pipeline],
    currency: &str,
    now: OffsetDateTime,
    months: usize,
) -> Result<ForecastView, String> {
    let stages = Stages::of(pipelines);
    let in_currency = |h: &&DealHistory| h.currency.as_deref().is_none_or(|c| c == currency);
    let deals: Vec<Deal> = histories
        .iter()
        .filter(in_currency)
        .map(|h| as_model_deal(h, &stages))
        .collect();
    let other_currency_deals = histories.len() - deals.len();
    let config = ForecastConfig {
        horizon_months: months,
        ..ForecastConfig::default()
    };
    let as_of = date(now);
    let model = ForecastModel::fit(&deals, stages.names.len(), as_of, &config)
        .map_err(|e| e.to_string())?;
    let forecast = model.forecast(&deals, &config);
    let closed_deals = deals.iter().filter(|d| d.outcome.is_some()).count();
    Ok(ForecastView {
        as_of: as_of.to_string(),
        currency: currency.to_owned(),
        other_currency_deals,
        open_deals: forecast.open_deals,
        closed_deals,
        band: config.band,
        months: forecast
            .months
            .iter()
            .map(|m| MonthView {
                month: m.month.to_string(),
                expected: round_cents(m.expected),
                low: round_cents(m.low),
                high: round_cents(m.high),
                from_open_deals: round_cents(m.from_open),
                from_new_deals: round_cents(m.from_new),
            })
            .collect(),
    })
}

/// Open deals that sat in their stage, or went quiet, for longer than won deals did.
pub fn at_risk(
    histories: &[DealHistory],
    pipelines: &[Pipeline],
    now: OffsetDateTime,
) -> Vec<RiskView> {
    let stages = Stages::of(pipelines);
    let deals: Vec<Deal> = histories
        .iter()
        .map(|h| as_model_deal(h, &stages))
        .collect();
    let as_of = date(now);
    let norms = learn_stage_norms(&deals, stages.names.len(), as_of, NORMAL_SHARE);
    let names: HashMap<String, &DealHistory> =
        histories.iter().map(|h| (h.id.to_string(), h)).collect();
    deals_at_risk(&deals, &norms, &stages.names, as_of)
        .into_iter()
        .filter_map(|flag| {
            let history = names.get(&flag.deal_id)?;
            Some(RiskView {
                deal_id: history.id,
                name: history.name.clone(),
                stage: stages.names.get(flag.stage).cloned().unwrap_or_default(),
                reasons: flag.reasons,
            })
        })
        .collect()
}

fn round_cents(amount: f64) -> f64 {
    (amount * 100.0).round() / 100.0
}

/// What the language models say about one activity's text.
#[derive(Debug, Serialize)]
pub struct Analysis {
    pub sentiment: language::Sentiment,
    pub summary: Vec<String>,
    pub action_items: Vec<language::ActionItem>,
}

pub fn analyse(text: &str) -> Analysis {
    Analysis {
        sentiment: language::analyze(text),
        summary: language::summarize(text, 3),
        action_items: language::extract_actions(text),
    }
}

/// The text of an activity that conversations are judged by: subject, body and transcript.
pub fn conversation_text(activity: &relata_domain::Record) -> Option<String> {
    let parts: Vec<&str> = ["subject", "body", "transcript"]
        .iter()
        .filter_map(|field| activity.get(field).as_text())
        .filter(|text| !text.trim().is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// How a customer's conversations felt over time: each activity's sentiment, a 30-day
/// rolling average, and an alert when the recent ones turned negative.
#[derive(Debug, Serialize)]
pub struct SentimentTrend {
    pub points: Vec<SentimentPoint>,
    pub rolling: Vec<RollingPoint>,
    pub alert: Option<language::sentiment::TurnedNegative>,
}

#[derive(Debug, Serialize)]
pub struct SentimentPoint {
    pub activity_id: uuid::Uuid,
    pub at: String,
    pub score: f32,
    pub label: language::Polarity,
}

#[derive(Debug, Serialize)]
pub struct RollingPoint {
    pub at: String,
    pub average: f32,
}

/// Days the rolling average looks back.
const ROLLING_DAYS: i64 = 30;

/// The trend of `activities` (with their times), oldest first.
pub fn sentiment_trend(activities: &[(relata_domain::Record, OffsetDateTime)]) -> SentimentTrend {
    let mut points: Vec<SentimentPoint> = Vec::new();
    let mut series: Vec<(i64, f32)> = Vec::new();
    let mut sorted: Vec<&(relata_domain::Record, OffsetDateTime)> = activities.iter().collect();
    sorted.sort_by_key(|(_, at)| *at);
    for (activity, at) in sorted {
        let Some(text) = conversation_text(activity) else {
            continue;
        };
        let sentiment = language::analyze(&text);
        series.push((at.unix_timestamp(), sentiment.score));
        points.push(SentimentPoint {
            activity_id: activity.id,
            at: relata_domain::timestamp::format(*at),
            score: sentiment.score,
            label: sentiment.label,
        });
    }
    let rolling = language::sentiment::rolling_average(&series, ROLLING_DAYS * 86_400)
        .into_iter()
        .map(|(t, average)| RollingPoint {
            at: OffsetDateTime::from_unix_timestamp(t)
                .map(relata_domain::timestamp::format)
                .unwrap_or_default(),
            average,
        })
        .collect();
    let alert = language::sentiment::turned_negative(&series, &Default::default());
    SentimentTrend {
        points,
        rolling,
        alert,
    }
}
