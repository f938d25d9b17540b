//! Revenue forecast by calendar month from the open pipeline.
//!
//! From closed history the model learns, per stage, how likely a deal is to
//! close won and how long that takes ([`CloseCurve`], which conditions on
//! how long a deal has already sat in its stage). Expected revenue in a month
//! is the sum over open deals of amount × chance of closing won in that month,
//! plus the revenue of deals not created yet (recent creation rate × the
//! from-creation curve). A deterministic Monte Carlo gives the band.
//!
//! Everything is computed "as of" a date: only stage changes, closes and
//! creations strictly before it are used, which is what lets [`backtest`]
//! replay history honestly.

mod backtest;
mod calendar;
mod curves;
mod risk;

use serde::{Deserialize, Serialize};

pub use backtest::{
    Backtest, BacktestConfig, BacktestRow, Method, backtest, default_stage_probability,
};
pub use calendar::{CalendarEffect, MonthFactors};
pub use curves::{CloseCurve, SpellEnd};
pub use risk::{RiskFlag, StageNorm, StageNorms, deals_at_risk, learn_stage_norms};

use crate::date::{Date, Month};
use crate::error::InsightError;
use crate::rng::SplitMix64;

/// A stage change: the deal entered `stage` (an index into the pipeline's
/// open stages, in order) on `entered`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StageChange {
    pub stage: usize,
    pub entered: Date,
}

/// How and when a deal closed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub won: bool,
    pub closed: Date,
    /// Booked value when won, if recorded (otherwise `amount` counts).
    pub value: Option<f64>,
}

/// A deal as the forecast sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    pub id: String,
    /// Expected value if won (e.g. list price), known while the deal is open.
    pub amount: f64,
    pub created: Date,
    /// Stage changes in date order; empty when the deal never entered a stage.
    pub stages: Vec<StageChange>,
    pub outcome: Option<Outcome>,
    pub last_activity: Option<Date>,
    /// The rep's expected close date, if any (used by the naive baseline only).
    pub expected_close: Option<Date>,
}

/// What was known about a deal at the start of a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DealState {
    /// Not created yet.
    Unknown,
    /// Open; `stage` is `None` before the first stage change. `since` is when
    /// the current stage (or, without one, the deal) started.
    Open {
        stage: Option<usize>,
        since: Date,
    },
    Closed(Outcome),
}

impl Deal {
    /// The deal as known at the start of `as_of`.
    pub fn state_at(&self, as_of: Date) -> DealState {
        if self.created >= as_of {
            return DealState::Unknown;
        }
        if let Some(outcome) = self.outcome.filter(|o| o.closed < as_of) {
            return DealState::Closed(outcome);
        }
        match self.stages.iter().rev().find(|c| c.entered < as_of) {
            Some(change) => DealState::Open {
                stage: Some(change.stage),
                since: change.entered,
            },
            None => DealState::Open {
                stage: None,
                since: self.created,
            },
        }
    }

    /// Revenue booked if won.
    pub fn won_value(&self) -> f64 {
        self.outcome.and_then(|o| o.value).unwrap_or(self.amount)
    }
}

/// Forecast settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForecastConfig {
    /// Calendar months forecast, starting with the month of the as-of date.
    pub horizon_months: usize,
    pub simulations: usize,
    pub seed: u64,
    /// The creation rate of new deals is measured over this many past days.
    pub new_deal_window_days: i32,
    /// Lower and upper quantiles of the band.
    pub band: (f64, f64),
    /// A stage needs this many closed deals behind it for its own curve;
    /// otherwise its deals use the from-creation curve.
    pub min_closed_per_stage: usize,
    /// Length of the daily grid of the curves.
    pub max_days: usize,
    /// A deal that started this many days before the as-of date counts half
    /// as much in the curves as one starting now (pipelines drift: win rates
    /// and cycle times of last year's deals say less about today's); 0 = all
    /// equal, the default: on the CRM-opportunities backtest 90–365 days
    /// changed the overall MAPE by under 0.2 points.
    pub history_half_life_days: f64,
    /// Months per sales period for calendar factors (3 = quarter-end
    /// effects); 0 or 1 = no factors (the month-to-month spread still
    /// widens the band).
    pub calendar_period_months: usize,
}

impl Default for ForecastConfig {
    fn default() -> Self {
        Self {
            horizon_months: 3,
            simulations: 2000,
            seed: 17,
            new_deal_window_days: 90,
            band: (0.1, 0.9),
            min_closed_per_stage: 30,
            max_days: 1095,
            history_half_life_days: 0.0,
            calendar_period_months: 3,
        }
    }
}

/// What the forecast learned from history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForecastModel {
    pub as_of: Date,
    /// Time from creation to close, for deals without a usable stage curve
    /// and for deals not created yet.
    pub from_creation: CloseCurve,
    /// Time from entering each stage to close (`None`: too little history).
    pub stages: Vec<Option<CloseCurve>>,
    /// Deals created per day over the recent window.
    pub new_deals_per_day: f64,
    /// Amounts of the recently created deals (drawn from in the simulation).
    pub recent_amounts: Vec<f64>,
    /// Booked value of won deals ÷ their amount (discounts, upsells).
    pub value_ratio: f64,
    /// Calendar factors and month-to-month spread.
    pub calendar: CalendarEffect,
}

/// Expected revenue of one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonthForecast {
    pub month: Month,
    pub expected: f64,
    /// Lower end of the band (e.g. 10th percentile).
    pub low: f64,
    /// Upper end of the band (e.g. 90th percentile).
    pub high: f64,
    /// Part of `expected` from deals open at the as-of date.
    pub from_open: f64,
    /// Part of `expected` from deals not created yet.
    pub from_new: f64,
    /// The calendar factors already applied to `expected`, `from_open` and `from_new`.
    pub factors: MonthFactors,
}

/// The forecast for the coming months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    pub as_of: Date,
    pub open_deals: usize,
    pub months: Vec<MonthForecast>,
}

impl ForecastModel {
    /// Learns curves and rates from what was known before `as_of`;
    /// `stage_count` is the number of open stages.
    pub fn fit(
        deals: &[Deal],
        stage_count: usize,
        as_of: Date,
        config: &ForecastConfig,
    ) -> Result<Self, InsightError> {
        let mut creation_spells = Vec::new();
        let mut stage_spells = vec![Vec::new(); stage_count];
        for deal in deals {
            let end = match deal.state_at(as_of) {
                DealState::Unknown => continue,
                DealState::Open { .. } => None,
                DealState::Closed(outcome) => Some(outcome),
            };
            creation_spells.push(spell(deal.created, end, as_of, config));
            for change in deal
                .stages
                .iter()
                .filter(|c| c.entered < as_of && c.stage < stage_count)
            {
                stage_spells[change.stage].push(spell(change.entered, end, as_of, config));
            }
        }
        if creation_spells.is_empty() {
            return Err(InsightError::Empty(format!(
                "no deal created before {as_of}"
            )));
        }
        let from_creation = CloseCurve::fit_weighted(&creation_spells, config.max_days);
        let stages = stage_spells
            .iter()
            .map(|spells| {
                let curve = CloseCurve::fit_weighted(spells, config.max_days);
                (curve.closed_spells >= config.min_closed_per_stage).then_some(curve)
            })
            .collect();
        let window_start = as_of.add_days(-config.new_deal_window_days);
        let recent_amounts: Vec<f64> = deals
            .iter()
            .filter(|d| d.created >= window_start && d.created < as_of)
            .map(|d| d.amount)
            .collect();
        let new_deals_per_day =
            recent_amounts.len() as f64 / f64::from(config.new_deal_window_days.max(1));
        let neutral = CalendarEffect::neutral(0.0);
        let mut model = Self {
            as_of,
            from_creation,
            stages,
            new_deals_per_day,
            recent_amounts,
            value_ratio: value_ratio(deals, as_of),
            calendar: neutral,
        };
        model.calendar = calendar::fit_calendar(&model, deals, config.calendar_period_months);
        Ok(model)
    }

    /// Chance that a deal just entering `stage` ends up won (from history).
    pub fn stage_win_probability(&self, stage: usize) -> Option<f64> {
        self.stages
            .get(stage)?
            .as_ref()
            .map(CloseCurve::win_probability)
    }

    /// Expected revenue and band per month for the deals open at `as_of`
    /// plus deals still to be created.
    pub fn forecast(&self, deals: &[Deal], config: &ForecastConfig) -> Forecast {
        let first = self.as_of.month();
        let months: Vec<Month> = (0..config.horizon_months)
            .map(|m| first.offset(m as i32))
            .collect();
        let open: Vec<(f64, Vec<f64>)> = deals
            .iter()
            .filter_map(|deal| match deal.state_at(self.as_of) {
                DealState::Open { stage, since } => Some((
                    deal.amount * self.value_ratio,
                    self.open_deal_chances(deal, stage, since, &months),
                )),
                _ => None,
            })
            .collect();
        let new_wins: Vec<NewWins> = months.iter().map(|&m| self.expected_new_wins(m)).collect();
        let mean_amount = mean(&self.recent_amounts) * self.value_ratio;
        let bands = self.simulate(&open, &new_wins, &months, config);
        let months = months
            .iter()
            .enumerate()
            .map(|(i, &month)| {
                let factors = self.calendar.factors(month);
                let from_open: f64 = factors.carried
                    * open
                        .iter()
                        .map(|(amount, chances)| amount * chances[i])
                        .sum::<f64>();
                let from_new = (factors.carried * new_wins[i].carried
                    + factors.fresh * new_wins[i].fresh)
                    * mean_amount;
                let (low, high) = bands[i];
                MonthForecast {
                    month,
                    expected: from_open + from_new,
                    low,
                    high,
                    from_open,
                    from_new,
                    factors,
                }
            })
            .collect();
        Forecast {
            as_of: self.as_of,
            open_deals: open.len(),
            months,
        }
    }

    /// The curve and age for an open deal: its stage's curve when there is
    /// one, else the from-creation curve and the deal's age.
    fn curve_for(&self, deal: &Deal, stage: Option<usize>, since: Date) -> (&CloseCurve, Date) {
        match stage
            .and_then(|s| self.stages.get(s))
            .and_then(Option::as_ref)
        {
            Some(curve) => (curve, since),
            None => (&self.from_creation, deal.created),
        }
    }

    fn open_deal_chances(
        &self,
        deal: &Deal,
        stage: Option<usize>,
        since: Date,
        months: &[Month],
    ) -> Vec<f64> {
        months
            .iter()
            .map(|&m| self.chance_in_month(deal, stage, since, self.as_of, m))
            .collect()
    }

    /// Chance that a deal open at `known_at` (in `stage` since `since`)
    /// closes won during `month` (from `known_at` on).
    pub(crate) fn chance_in_month(
        &self,
        deal: &Deal,
        stage: Option<usize>,
        since: Date,
        known_at: Date,
        month: Month,
    ) -> f64 {
        let (curve, start) = self.curve_for(deal, stage, since);
        let age = known_at.days_after(start);
        let first = month.first_day().max(known_at).days_after(start);
        let last = month.end().days_after(start) - 1;
        curve.won_between(age, first, last)
    }

    /// Expected number of wins in `month` among deals created from `as_of`
    /// on, split by whether they were created before the month or during it.
    fn expected_new_wins(&self, month: Month) -> NewWins {
        let mut wins = NewWins::default();
        let mut created = self.as_of;
        while created < month.end() {
            let first = month.first_day().max(created).days_after(created);
            let last = month.end().days_after(created) - 1;
            let chance = self.from_creation.won_between(0, first, last) * self.new_deals_per_day;
            if created < month.first_day() {
                wins.carried += chance
            } else {
                wins.fresh += chance
            }
            created = created.add_days(1);
        }
        wins
    }

    /// Per-month (low, high) quantiles of simulated revenue: each run draws
    /// which open deals win when, how many new deals win, and a month-level
    /// shock with the learned month-to-month spread around the calendar factor.
    fn simulate(
        &self,
        open: &[(f64, Vec<f64>)],
        new_wins: &[NewWins],
        months: &[Month],
        config: &ForecastConfig,
    ) -> Vec<(f64, f64)> {
        let mut rng = SplitMix64::new(config.seed);
        let runs = config.simulations.max(1);
        let spread = self.calendar.month_spread;
        let mut totals = vec![Vec::with_capacity(runs); months.len()];
        for _ in 0..runs {
            // (carried-in, fresh) revenue per month, before calendar factors.
            let mut revenue = vec![(0.0, 0.0); months.len()];
            for (amount, chances) in open {
                let draw = rng.next_f64();
                let mut cumulative = 0.0;
                for (m, chance) in chances.iter().enumerate() {
                    cumulative += chance;
                    if draw < cumulative {
                        revenue[m].0 += amount;
                        break;
                    }
                }
            }
            if !self.recent_amounts.is_empty() {
                for (m, wins) in new_wins.iter().enumerate() {
                    revenue[m].0 += self.draw_new_revenue(&mut rng, wins.carried);
                    revenue[m].1 += self.draw_new_revenue(&mut rng, wins.fresh);
                }
            }
            for (m, (carried, fresh)) in revenue.into_iter().enumerate() {
                let factors = self.calendar.factors(months[m]);
                let shock = (spread * rng.standard_normal() - spread * spread / 2.0).exp();
                totals[m].push((carried * factors.carried + fresh * factors.fresh) * shock);
            }
        }
        totals
            .iter_mut()
            .map(|values| {
                values.sort_by(f64::total_cmp);
                (
                    crate::features::quantile(values, config.band.0),
                    crate::features::quantile(values, config.band.1),
                )
            })
            .collect()
    }
}

impl ForecastModel {
    /// Revenue of a Poisson number of new wins with amounts drawn from recent deals.
    fn draw_new_revenue(&self, rng: &mut SplitMix64, expected_wins: f64) -> f64 {
        (0..rng.poisson(expected_wins))
            .map(|_| self.recent_amounts[rng.below(self.recent_amounts.len())] * self.value_ratio)
            .sum()
    }
}

/// Expected wins among deals created after the as-of date in one month.
#[derive(Debug, Clone, Copy, Default)]
struct NewWins {
    /// Created before the month began.
    carried: f64,
    /// Created during the month.
    fresh: f64,
}

/// A weighted spell from `start` to its close, or to `as_of` if still open.
fn spell(
    start: Date,
    end: Option<Outcome>,
    as_of: Date,
    config: &ForecastConfig,
) -> (i32, SpellEnd, f64) {
    let age = f64::from(as_of.days_after(start));
    let weight = if config.history_half_life_days > 0.0 {
        0.5f64.powf(age / config.history_half_life_days)
    } else {
        1.0
    };
    match end {
        Some(outcome) => (
            outcome.closed.days_after(start),
            if outcome.won {
                SpellEnd::Won
            } else {
                SpellEnd::Lost
            },
            weight,
        ),
        None => (as_of.days_after(start), SpellEnd::Open, weight),
    }
}

/// Σ booked value ÷ Σ amount over won deals closed before `as_of` that
/// recorded a value; 1 when fewer than ten did.
fn value_ratio(deals: &[Deal], as_of: Date) -> f64 {
    let (mut booked, mut listed, mut count) = (0.0, 0.0, 0);
    for deal in deals {
        if let DealState::Closed(Outcome {
            won: true,
            value: Some(value),
            ..
        }) = deal.state_at(as_of)
        {
            booked += value;
            listed += deal.amount;
            count += 1;
        }
    }
    if count >= 10 && listed > 0.0 {
        booked / listed
    } else {
        1.0
    }
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// Deals created every day of 2016 and 2017; every other deal wins 30
    /// days after creation (stage 1 entered after 10 days), the rest are lost
    /// after 20 days. Amount 100.
    pub(crate) fn steady_history() -> Vec<Deal> {
        let start = day("2016-01-01");
        (0..730)
            .map(|i| {
                let created = start.add_days(i);
                let won = i % 2 == 0;
                let closed = created.add_days(if won { 30 } else { 20 });
                Deal {
                    id: format!("D{i}"),
                    amount: 100.0,
                    created,
                    stages: vec![
                        StageChange {
                            stage: 0,
                            entered: created,
                        },
                        StageChange {
                            stage: 1,
                            entered: created.add_days(10),
                        },
                    ],
                    outcome: Some(Outcome {
                        won,
                        closed,
                        value: won.then_some(90.0),
                    }),
                    last_activity: Some(closed.add_days(-1)),
                    expected_close: None,
                }
            })
            .collect()
    }

    #[test]
    fn state_at_only_uses_the_past() {
        let deal = &steady_history()[0];
        assert_eq!(deal.state_at(day("2016-01-01")), DealState::Unknown);
        assert_eq!(
            deal.state_at(day("2016-01-05")),
            DealState::Open {
                stage: Some(0),
                since: day("2016-01-01")
            }
        );
        assert_eq!(
            deal.state_at(day("2016-01-12")),
            DealState::Open {
                stage: Some(1),
                since: day("2016-01-11")
            }
        );
        assert!(matches!(
            deal.state_at(day("2016-02-01")),
            DealState::Closed(Outcome { won: true, .. })
        ));
    }

    #[test]
    fn learns_conversion_value_ratio_and_creation_rate() {
        let deals = steady_history();
        let model =
            ForecastModel::fit(&deals, 2, day("2017-06-01"), &ForecastConfig::default()).unwrap();
        assert!((model.stage_win_probability(0).unwrap() - 0.5).abs() < 0.01);
        assert!((model.stage_win_probability(1).unwrap() - 0.5).abs() < 0.01);
        assert!((model.value_ratio - 0.9).abs() < 1e-9);
        assert!((model.new_deals_per_day - 1.0).abs() < 1e-9);
    }

    #[test]
    fn forecast_matches_the_steady_state_and_brackets_it() {
        let deals = steady_history();
        let config = ForecastConfig::default();
        let model = ForecastModel::fit(&deals, 2, day("2017-06-01"), &config).unwrap();
        let forecast = model.forecast(&deals, &config);
        // One win every two days at 90 → about 30 days × 45 per month.
        let june = &forecast.months[0];
        assert!((june.expected - 30.0 * 45.0).abs() < 60.0, "{june:?}");
        assert!(june.low <= june.expected && june.expected <= june.high);
        assert!(june.high - june.low > 0.0);
        // Deals created from 1 June on win 30 days later, so not in June;
        // later months lean more and more on deals not created yet.
        assert!(june.from_open > 0.0 && june.from_new == 0.0, "{june:?}");
        assert!(forecast.months[1].from_new > 0.0);
        assert!(forecast.months[1].from_open < june.from_open);
    }

    #[test]
    fn forecast_is_deterministic() {
        let deals = steady_history();
        let config = ForecastConfig {
            simulations: 300,
            ..ForecastConfig::default()
        };
        let model = ForecastModel::fit(&deals, 2, day("2017-03-01"), &config).unwrap();
        assert_eq!(
            model.forecast(&deals, &config),
            model.forecast(&deals, &config)
        );
    }
}
