//! Replays history month by month and compares the forecast with two naive ones.
//!
//! At each cut-off (the first day of a month) the model is fitted only on
//! what was known before that day and forecasts the next months; the actual
//! won revenue of each month is then compared with it and with:
//! - **stage-weighted pipeline**: every open deal's amount × a fixed default
//!   probability for its stage's position (what many CRMs show), due in its
//!   expected-close month, or in the cut-off's month when it has none;
//! - **seasonal naive**: the same month one season earlier when that month is
//!   in the known history, otherwise the last complete month's actual.

use serde::{Deserialize, Serialize};

use crate::date::{Date, Month};
use crate::error::InsightError;
use crate::forecast::{Deal, DealState, ForecastConfig, ForecastModel};

/// The naive baseline's win probability for open stage `stage` of
/// `stage_count`: evenly spaced, later stages higher (1/(n+1) … n/(n+1)).
pub fn default_stage_probability(stage: Option<usize>, stage_count: usize) -> f64 {
    let position = stage.map_or(0, |s| s + 1).min(stage_count);
    (position.max(1)) as f64 / (stage_count + 1) as f64
}

/// Backtest settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BacktestConfig {
    /// First and last cut-off months (forecasts are made on their first day).
    pub first_cutoff: Month,
    pub last_cutoff: Month,
    /// Season length of the seasonal-naive baseline in months.
    pub season_months: i32,
    pub forecast: ForecastConfig,
}

/// One forecast month of one cut-off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BacktestRow {
    pub cutoff: Date,
    pub month: Month,
    /// 1 for the cut-off's own month, 2 for the next, …
    pub horizon: usize,
    pub actual: f64,
    pub model: f64,
    pub low: f64,
    pub high: f64,
    pub stage_weighted: f64,
    pub seasonal_naive: f64,
}

/// A forecasting method compared in the backtest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Method {
    Model,
    StageWeighted,
    SeasonalNaive,
}

/// All rows of a backtest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backtest {
    pub rows: Vec<BacktestRow>,
}

impl Backtest {
    /// Mean absolute percentage error of `method` over the rows with a
    /// positive actual (and the given horizon, if any).
    pub fn mape(&self, method: Method, horizon: Option<usize>) -> Option<f64> {
        let errors: Vec<f64> = self
            .rows
            .iter()
            .filter(|r| r.actual > 0.0 && horizon.is_none_or(|h| r.horizon == h))
            .map(|r| {
                let predicted = match method {
                    Method::Model => r.model,
                    Method::StageWeighted => r.stage_weighted,
                    Method::SeasonalNaive => r.seasonal_naive,
                };
                (predicted - r.actual).abs() / r.actual
            })
            .collect();
        (!errors.is_empty()).then(|| errors.iter().sum::<f64>() / errors.len() as f64)
    }

    /// Share of rows whose actual fell inside the model's band.
    pub fn band_coverage(&self) -> f64 {
        let inside = self
            .rows
            .iter()
            .filter(|r| r.low <= r.actual && r.actual <= r.high)
            .count();
        inside as f64 / self.rows.len().max(1) as f64
    }
}

/// Runs the backtest. Only months that end by `data_end` (inclusive) are scored.
pub fn backtest(
    deals: &[Deal],
    stage_count: usize,
    config: &BacktestConfig,
    data_end: Date,
) -> Result<Backtest, InsightError> {
    let mut rows = Vec::new();
    let mut cutoff = config.first_cutoff;
    while cutoff <= config.last_cutoff {
        let as_of = cutoff.first_day();
        let model = ForecastModel::fit(deals, stage_count, as_of, &config.forecast)?;
        let forecast = model.forecast(deals, &config.forecast);
        let weighted = stage_weighted(deals, stage_count, as_of, config.forecast.horizon_months);
        for (index, month) in forecast.months.iter().enumerate() {
            if month.month.end() > data_end.add_days(1) {
                break;
            }
            rows.push(BacktestRow {
                cutoff: as_of,
                month: month.month,
                horizon: index + 1,
                actual: actual_revenue(deals, month.month),
                model: month.expected,
                low: month.low,
                high: month.high,
                stage_weighted: weighted[index],
                seasonal_naive: seasonal_naive(deals, as_of, month.month, config.season_months),
            });
        }
        cutoff = cutoff.offset(1);
    }
    Ok(Backtest { rows })
}

/// Won revenue booked in `month`.
pub(crate) fn actual_revenue(deals: &[Deal], month: Month) -> f64 {
    deals
        .iter()
        .filter(|d| {
            d.outcome
                .is_some_and(|o| o.won && o.closed.month() == month)
        })
        .map(Deal::won_value)
        .sum()
}

fn stage_weighted(deals: &[Deal], stage_count: usize, as_of: Date, months: usize) -> Vec<f64> {
    let first = as_of.month();
    let mut totals = vec![0.0; months];
    for deal in deals {
        let DealState::Open { stage, .. } = deal.state_at(as_of) else {
            continue;
        };
        let due = deal
            .expected_close
            .filter(|d| *d >= as_of)
            .map_or(first, Date::month);
        let index = due.months_after(first);
        if (0..months as i32).contains(&index) {
            totals[index as usize] += deal.amount * default_stage_probability(stage, stage_count);
        }
    }
    totals
}

fn seasonal_naive(deals: &[Deal], as_of: Date, month: Month, season: i32) -> f64 {
    let first_close = deals
        .iter()
        .filter_map(|d| d.outcome.map(|o| o.closed))
        .filter(|c| *c < as_of)
        .min();
    let Some(first_close) = first_close else {
        return 0.0;
    };
    let same_last_season = month.offset(-season);
    // A month counts only if it is complete before the cut-off and not before history began.
    let known = |m: Month| m >= first_close.month() && m.end() <= as_of;
    if known(same_last_season) {
        return actual_revenue(deals, same_last_season);
    }
    let last_month = as_of.month().offset(-1);
    if known(last_month) {
        actual_revenue(deals, last_month)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forecast::tests::{day, steady_history};

    fn config(first: &str, last: &str) -> BacktestConfig {
        let parse = |t: &str| day(t).month();
        BacktestConfig {
            first_cutoff: parse(first),
            last_cutoff: parse(last),
            season_months: 12,
            forecast: ForecastConfig {
                simulations: 200,
                ..ForecastConfig::default()
            },
        }
    }

    #[test]
    fn default_probabilities_rise_with_the_stage() {
        assert!((default_stage_probability(Some(0), 2) - 1.0 / 3.0).abs() < 1e-12);
        assert!((default_stage_probability(Some(1), 2) - 2.0 / 3.0).abs() < 1e-12);
        assert!((default_stage_probability(None, 2) - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn steady_history_is_forecast_well_and_only_complete_months_count() {
        let deals = steady_history();
        let result = backtest(
            &deals,
            2,
            &config("2016-06-01", "2016-11-01"),
            day("2016-12-31"),
        )
        .unwrap();
        assert_eq!(
            result.rows.len(),
            5 * 3 + 2,
            "horizons past December are not scored"
        );
        let mape = result.mape(Method::Model, None).unwrap();
        assert!(mape < 0.08, "MAPE {mape}");
        assert!(result.mape(Method::Model, Some(1)).unwrap() < 0.08);
        // Without expected close dates the weighted pipeline is all due in the cut-off month.
        assert!(
            result
                .rows
                .iter()
                .filter(|r| r.horizon == 1)
                .all(|r| r.stage_weighted > 0.0)
        );
        assert!(
            result
                .rows
                .iter()
                .filter(|r| r.horizon > 1)
                .all(|r| r.stage_weighted == 0.0)
        );
    }

    #[test]
    fn seasonal_naive_falls_back_to_last_month_when_history_is_short() {
        let deals = steady_history();
        let as_of = day("2016-06-01");
        let may = actual_revenue(&deals, as_of.month().offset(-1));
        assert!(may > 0.0);
        assert_eq!(
            seasonal_naive(&deals, as_of, as_of.month().offset(1), 12),
            may
        );
        let as_of = day("2017-06-01");
        let last_july = actual_revenue(&deals, day("2016-07-01").month());
        assert_eq!(
            seasonal_naive(&deals, as_of, day("2017-07-01").month(), 12),
            last_july
        );
    }

    #[test]
    fn actual_revenue_uses_booked_values() {
        let deals = steady_history();
        // Only the deal created on 1 January closes (won, at 90) in January.
        assert_eq!(actual_revenue(&deals, day("2016-01-01").month()), 90.0);
        assert!((actual_revenue(&deals, day("2016-03-01").month()) - 90.0 * 15.5).abs() <= 45.0);
    }
}
