//! Forecast evaluation on the CRM opportunities files and its Markdown report.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::date::{Date, Month};
use crate::error::InsightError;
use crate::eval::markdown::{table, thousands};
use crate::eval::pipeline::{PipelineData, load_pipeline};
use crate::forecast::{
    Backtest, BacktestConfig, DealState, Forecast, ForecastConfig, ForecastModel, Method, RiskFlag,
    backtest, deals_at_risk, learn_stage_norms,
};

/// Share of won deals a stage norm covers for the at-risk flag.
const RISK_QUANTILE: f64 = 0.8;
/// At-risk examples printed.
const RISK_EXAMPLES: usize = 3;

/// Settings of the forecast evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForecastEvalConfig {
    pub forecast: ForecastConfig,
    /// First cut-off; by default two months after the first close, so every
    /// cut-off has at least two complete months of closes behind it.
    pub first_cutoff: Option<Month>,
    /// Season of the seasonal-naive baseline, in months.
    pub season_months: i32,
}

impl Default for ForecastEvalConfig {
    fn default() -> Self {
        Self {
            forecast: ForecastConfig::default(),
            first_cutoff: None,
            season_months: 12,
        }
    }
}

/// How often deals flagged at risk went on to win, against unflagged ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskCheck {
    pub flagged: usize,
    pub flagged_won: usize,
    pub unflagged: usize,
    pub unflagged_won: usize,
}

/// The forecast evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForecastReport {
    pub deals: usize,
    pub undated_skipped: usize,
    pub fuzzy_product_matches: usize,
    pub unpriced: usize,
    pub data_end: Date,
    pub backtest: Backtest,
    /// The same backtest without calendar factors (curves only).
    pub backtest_without_calendar: Backtest,
    pub horizon_months: usize,
    pub season_months: i32,
    /// Learned chance to win from each open stage, as of the end of the data.
    pub stage_win_rates: Vec<(String, Option<f64>)>,
    pub value_ratio: f64,
    /// The forecast from the day after the data ends.
    pub outlook: Forecast,
    /// Deals at risk at the end of the data.
    pub at_risk: Vec<RiskFlag>,
    pub open_with_stage: usize,
    /// The at-risk flag checked at every backtest cut-off against what happened next.
    pub risk_check: RiskCheck,
}

/// Backtests the forecast on `sales_pipeline.csv` with prices from `products.csv`.
pub fn eval_forecast(
    pipeline: &Path,
    products: &Path,
    config: &ForecastEvalConfig,
) -> Result<ForecastReport, InsightError> {
    let data = load_pipeline(pipeline, products)?;
    let stage_count = data.stage_names.len();
    let first_close = data
        .deals
        .iter()
        .filter_map(|d| d.outcome.map(|o| o.closed))
        .min()
        .ok_or_else(|| InsightError::Empty("no closed deals".into()))?;
    let first_cutoff = config.first_cutoff.unwrap_or(first_close.month().offset(2));
    let backtest_config = BacktestConfig {
        first_cutoff,
        last_cutoff: data.data_end.month(),
        season_months: config.season_months,
        forecast: config.forecast.clone(),
    };
    let backtest_result = backtest(&data.deals, stage_count, &backtest_config, data.data_end)?;
    let plain_config = BacktestConfig {
        forecast: ForecastConfig {
            calendar_period_months: 1,
            ..config.forecast.clone()
        },
        ..backtest_config
    };
    let backtest_without_calendar =
        backtest(&data.deals, stage_count, &plain_config, data.data_end)?;
    let as_of = data.data_end.add_days(1);
    let model = ForecastModel::fit(&data.deals, stage_count, as_of, &config.forecast)?;
    let outlook = model.forecast(&data.deals, &config.forecast);
    let norms = learn_stage_norms(&data.deals, stage_count, as_of, RISK_QUANTILE);
    let at_risk = deals_at_risk(&data.deals, &norms, &data.stage_names, as_of);
    let open_with_stage = data
        .deals
        .iter()
        .filter(|d| matches!(d.state_at(as_of), DealState::Open { stage: Some(_), .. }))
        .count();
    Ok(ForecastReport {
        deals: data.deals.len(),
        undated_skipped: data.undated_skipped,
        fuzzy_product_matches: data.fuzzy_product_matches,
        unpriced: data.unpriced,
        data_end: data.data_end,
        horizon_months: config.forecast.horizon_months,
        season_months: config.season_months,
        stage_win_rates: data
            .stage_names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), model.stage_win_probability(i)))
            .collect(),
        value_ratio: model.value_ratio,
        risk_check: check_risk_flags(&data, first_cutoff),
        backtest: backtest_result,
        backtest_without_calendar,
        outlook,
        at_risk,
        open_with_stage,
    })
}

/// At each monthly cut-off, flags open deals with the norms known then and
/// counts how many of the flagged and unflagged deals were later won.
fn check_risk_flags(data: &PipelineData, first_cutoff: Month) -> RiskCheck {
    let mut check = RiskCheck {
        flagged: 0,
        flagged_won: 0,
        unflagged: 0,
        unflagged_won: 0,
    };
    let stage_count = data.stage_names.len();
    let mut cutoff = first_cutoff;
    while cutoff.end() <= data.data_end {
        let as_of = cutoff.first_day();
        let norms = learn_stage_norms(&data.deals, stage_count, as_of, RISK_QUANTILE);
        let flagged: Vec<String> = deals_at_risk(&data.deals, &norms, &data.stage_names, as_of)
            .into_iter()
            .map(|f| f.deal_id)
            .collect();
        for deal in &data.deals {
            if !matches!(deal.state_at(as_of), DealState::Open { stage: Some(_), .. }) {
                continue;
            }
            let won = u8::from(deal.outcome.is_some_and(|o| o.won)) as usize;
            if flagged.contains(&deal.id) {
                check.flagged += 1;
                check.flagged_won += won;
            } else {
                check.unflagged += 1;
                check.unflagged_won += won;
            }
        }
        cutoff = cutoff.offset(1);
    }
    check
}

fn percent(value: Option<f64>) -> String {
    value.map_or("–".to_string(), |v| format!("{:.1} %", 100.0 * v))
}

impl fmt::Display for ForecastReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "## Revenue forecast: CRM opportunities\n")?;
        writeln!(
            f,
            "{} deals used; {} undated Prospecting rows left out (no creation date; the new-deal term covers deals not yet engaged); {} rows priced via the `GTXPro` → `GTX Pro` mapping; {} rows without a price. Data ends {}. Amount of an open deal = list price; `close_value` is only the booked revenue of won deals.\n",
            thousands(self.deals as f64),
            thousands(self.undated_skipped as f64),
            thousands(self.fuzzy_product_matches as f64),
            self.unpriced,
            self.data_end
        )?;
        writeln!(
            f,
            "### Backtest (cut-off on the 1st of each month, only data before it)\n"
        )?;
        let mut rows = Vec::new();
        for horizon in (1..=self.horizon_months).map(Some).chain([None]) {
            let label = match horizon {
                Some(1) => "cut-off month".to_string(),
                Some(2) => "1 month ahead".to_string(),
                Some(h) => format!("{} months ahead", h - 1),
                None => "all".to_string(),
            };
            let count = self
                .backtest
                .rows
                .iter()
                .filter(|r| horizon.is_none_or(|h| r.horizon == h))
                .count();
            rows.push(vec![
                label,
                count.to_string(),
                percent(self.backtest.mape(Method::Model, horizon)),
                percent(self.backtest_without_calendar.mape(Method::Model, horizon)),
                percent(self.backtest.mape(Method::StageWeighted, horizon)),
                percent(self.backtest.mape(Method::SeasonalNaive, horizon)),
            ]);
        }
        table(
            f,
            &[
                "Horizon",
                "Months",
                "MAPE model",
                "MAPE model without calendar factors",
                "MAPE stage-weighted",
                "MAPE seasonal naive",
            ],
            &[false, true, true, true, true, true],
            &rows,
        )?;
        writeln!(
            f,
            "\nBand (10th–90th percentile) contained the actual in {:.0} % of {} forecasts. Seasonal naive = same month {} months earlier, or last month's actual when the history is shorter than that. Stage-weighted = open amount × 1/3 (Prospecting), 2/3 (Engaging) by stage order, all due in the cut-off month (the data has no expected close dates).\n",
            100.0 * self.backtest.band_coverage(),
            self.backtest.rows.len(),
            self.season_months,
        )?;
        let rows: Vec<Vec<String>> = self
            .backtest
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.cutoff.to_string(),
                    r.month.to_string(),
                    thousands(r.actual),
                    thousands(r.model),
                    format!("{} – {}", thousands(r.low), thousands(r.high)),
                    thousands(r.stage_weighted),
                    thousands(r.seasonal_naive),
                ]
            })
            .collect();
        table(
            f,
            &[
                "Cut-off",
                "Month",
                "Actual",
                "Model",
                "Band",
                "Stage-weighted",
                "Seasonal naive",
            ],
            &[false, false, true, true, true, true, true],
            &rows,
        )?;
        writeln!(f, "\n### Outlook from {}\n", self.outlook.as_of)?;
        let rates: Vec<String> = self
            .stage_win_rates
            .iter()
            .map(|(n, p)| format!("{n} {}", percent(*p)))
            .collect();
        writeln!(
            f,
            "Learned chance to win on entering a stage: {} (– = too few closed deals). Booked/list value ratio {:.3}. {} open deals.\n",
            rates.join(", "),
            self.value_ratio,
            thousands(self.outlook.open_deals as f64)
        )?;
        let rows: Vec<Vec<String>> = self
            .outlook
            .months
            .iter()
            .map(|m| {
                vec![
                    m.month.to_string(),
                    thousands(m.expected),
                    format!("{} – {}", thousands(m.low), thousands(m.high)),
                    thousands(m.from_open),
                    thousands(m.from_new),
                ]
            })
            .collect();
        table(
            f,
            &[
                "Month",
                "Expected",
                "Band (P10–P90)",
                "From open deals",
                "From new deals",
            ],
            &[false, true, true, true, true],
            &rows,
        )?;
        writeln!(f, "\n### Deals at risk\n")?;
        writeln!(
            f,
            "{} of {} open deals with a stage are flagged at {}. For example:\n",
            thousands(self.at_risk.len() as f64),
            thousands(self.open_with_stage as f64),
            self.outlook.as_of
        )?;
        for flag in self.at_risk.iter().take(RISK_EXAMPLES) {
            writeln!(f, "- {}: {}", flag.deal_id, flag.reasons.join("; "))?;
        }
        let c = &self.risk_check;
        let rate = |won: usize, n: usize| {
            if n == 0 {
                "–".to_string()
            } else {
                format!("{:.1} %", 100.0 * won as f64 / n as f64)
            }
        };
        writeln!(
            f,
            "\nCheck over the monthly cut-offs: flagged deals later won {} of the time ({} deal-months), unflagged {} ({} deal-months).",
            rate(c.flagged_won, c.flagged),
            thousands(c.flagged as f64),
            rate(c.unflagged_won, c.unflagged),
            thousands(c.unflagged as f64)
        )
    }
}
