//! Calendar effects: months of the sales period (e.g. quarter-end months)
//! that book more or less than the pipeline alone suggests, and how much a
//! single month typically strays.
//!
//! Each complete past month is replayed with the current curves: the
//! expected won revenue from deals carried into the month (open at its
//! start) and from deals created during it, against what each group
//! actually booked. The two groups get separate factors per position in the
//! period because pushes differ: a quarter-end push closes old deals, while
//! the first month of a quarter often books only quick new ones. Booked ÷
//! expected, summed per position with a pseudo-month of "no effect", gives
//! the factors; what remains is the month-to-month spread for the band.

use serde::{Deserialize, Serialize};

use crate::date::{Date, Month};
use crate::forecast::{Deal, DealState, ForecastModel};

/// Pseudo-months of "no effect" added to each factor, so one odd month
/// cannot swing it on its own.
const SHRINK_MONTHS: f64 = 1.0;
/// Prior month-to-month spread (log scale) and its weight in pseudo-months,
/// so the band never collapses after a few lucky months.
const PRIOR_SPREAD: f64 = 0.1;
const PRIOR_SPREAD_MONTHS: f64 = 2.0;

/// The multipliers applied to one month's expected revenue.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MonthFactors {
    /// For deals open when the month starts.
    pub carried: f64,
    /// For deals created during the month.
    pub fresh: f64,
}

/// Learned calendar effects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalendarEffect {
    /// Months per sales period (3 = quarters); 0 or 1 = no factors.
    pub period: usize,
    /// Factors for each position in the period (index 0 = first month of
    /// the period; periods start in January). Empty = all 1.
    pub factors: Vec<MonthFactors>,
    /// Standard deviation of a month's log(booked ÷ expected) after the factors.
    pub month_spread: f64,
    /// Past months the estimate rests on.
    pub months: usize,
}

impl CalendarEffect {
    /// No factors, the given spread.
    pub fn neutral(month_spread: f64) -> Self {
        Self {
            period: 0,
            factors: Vec::new(),
            month_spread,
            months: 0,
        }
    }

    /// The multipliers for `month`.
    pub fn factors(&self, month: Month) -> MonthFactors {
        if self.factors.is_empty() {
            return MonthFactors {
                carried: 1.0,
                fresh: 1.0,
            };
        }
        self.factors[position(month, self.factors.len())]
    }
}

fn position(month: Month, period: usize) -> usize {
    (month.month as usize - 1) % period
}

/// Expected and booked revenue of one past month, by group.
#[derive(Debug, Clone, Copy, Default)]
struct Replay {
    expected_carried: f64,
    expected_fresh: f64,
    booked_carried: f64,
    booked_fresh: f64,
}

/// Replays the complete months before the model's as-of date.
pub(crate) fn fit_calendar(model: &ForecastModel, deals: &[Deal], period: usize) -> CalendarEffect {
    let as_of = model.as_of;
    let Some(first_close) = deals
        .iter()
        .filter_map(|d| d.outcome.map(|o| o.closed))
        .filter(|c| *c < as_of)
        .min()
    else {
        return CalendarEffect::neutral(PRIOR_SPREAD);
    };
    let mut replays: Vec<(Month, Replay)> = Vec::new();
    let mut month = first_close.month();
    while month.end() <= as_of {
        replays.push((month, replay_month(model, deals, month)));
        month = month.offset(1);
    }
    let period = period.max(1);
    let factors = if period > 1 {
        position_factors(&replays, period, None)
    } else {
        Vec::new()
    };
    let mut squares = 0.0;
    let mut counted = 0.0;
    for (index, (month, r)) in replays.iter().enumerate() {
        // Each month is judged with factors learned without it, so the
        // spread measures forecast error rather than fit.
        let f = if period > 1 {
            position_factors(&replays, period, Some(index))[position(*month, period)]
        } else {
            MonthFactors {
                carried: 1.0,
                fresh: 1.0,
            }
        };
        let expected = f.carried * r.expected_carried + f.fresh * r.expected_fresh;
        let booked = r.booked_carried + r.booked_fresh;
        if expected > 0.0 && booked > 0.0 {
            squares += (booked / expected).ln().powi(2);
            counted += 1.0;
        }
    }
    let spread = ((squares + PRIOR_SPREAD_MONTHS * PRIOR_SPREAD * PRIOR_SPREAD)
        / (counted + PRIOR_SPREAD_MONTHS))
        .sqrt();
    CalendarEffect {
        period,
        factors,
        month_spread: spread,
        months: replays.len(),
    }
}

/// Booked ÷ expected per position and group, each shrunk by a pseudo-month
/// whose booked equals its expected (the group's average month), leaving
/// out the month at `excluded` if given.
fn position_factors(
    replays: &[(Month, Replay)],
    period: usize,
    excluded: Option<usize>,
) -> Vec<MonthFactors> {
    let used: Vec<&(Month, Replay)> = replays
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != excluded)
        .map(|(_, r)| r)
        .collect();
    let months = used.len().max(1) as f64;
    let average_carried = used.iter().map(|(_, r)| r.expected_carried).sum::<f64>() / months;
    let average_fresh = used.iter().map(|(_, r)| r.expected_fresh).sum::<f64>() / months;
    (0..period)
        .map(|slot| {
            let at_slot = used
                .iter()
                .filter(|(m, _)| position(*m, period) == slot)
                .map(|(_, r)| r);
            let mut sums = Replay::default();
            for r in at_slot {
                sums.expected_carried += r.expected_carried;
                sums.expected_fresh += r.expected_fresh;
                sums.booked_carried += r.booked_carried;
                sums.booked_fresh += r.booked_fresh;
            }
            let ratio = |booked: f64, expected: f64, average: f64| {
                let pseudo = SHRINK_MONTHS * average;
                if expected + pseudo > 0.0 {
                    (booked + pseudo) / (expected + pseudo)
                } else {
                    1.0
                }
            };
            MonthFactors {
                carried: ratio(sums.booked_carried, sums.expected_carried, average_carried),
                fresh: ratio(sums.booked_fresh, sums.expected_fresh, average_fresh),
            }
        })
        .collect()
}

/// Expected (with the model's curves) and booked won revenue of a past
/// month, for deals open at its start and deals created during it.
fn replay_month(model: &ForecastModel, deals: &[Deal], month: Month) -> Replay {
    let start = month.first_day();
    let mut replay = Replay::default();
    for deal in deals {
        let value = deal.amount * model.value_ratio;
        let won_in_month = deal
            .outcome
            .is_some_and(|o| o.won && o.closed.month() == month);
        match deal.state_at(start) {
            DealState::Open { stage, since } => {
                replay.expected_carried +=
                    value * model.chance_in_month(deal, stage, since, start, month);
                if won_in_month {
                    replay.booked_carried += deal.won_value();
                }
            }
            DealState::Unknown if deal.created < month.end() => {
                replay.expected_fresh += value * created_during(model, deal.created, month);
                if won_in_month {
                    replay.booked_fresh += deal.won_value();
                }
            }
            _ => {}
        }
    }
    replay
}

fn created_during(model: &ForecastModel, created: Date, month: Month) -> f64 {
    let last = month.end().days_after(created) - 1;
    model.from_creation.won_between(0, 0, last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forecast::tests::{day, steady_history};
    use crate::forecast::{ForecastConfig, Outcome};

    #[test]
    fn steady_history_has_no_calendar_effect() {
        let deals = steady_history();
        let model =
            ForecastModel::fit(&deals, 2, day("2017-01-01"), &ForecastConfig::default()).unwrap();
        let effect = fit_calendar(&model, &deals, 3);
        assert!(effect.months >= 10);
        for f in &effect.factors {
            assert!((f.carried - 1.0).abs() < 0.05, "{:?}", effect.factors);
        }
        assert!(effect.month_spread < 0.1);
    }

    #[test]
    fn quarter_end_push_is_learned() {
        // Double the booked value of every win closed in the last month of a quarter.
        let mut deals = steady_history();
        for deal in &mut deals {
            if let Some(outcome) = deal
                .outcome
                .as_mut()
                .filter(|o| o.won && o.closed.month().month % 3 == 0)
            {
                *outcome = Outcome {
                    value: Some(180.0),
                    ..*outcome
                };
            }
        }
        let model =
            ForecastModel::fit(&deals, 2, day("2017-01-01"), &ForecastConfig::default()).unwrap();
        let effect = fit_calendar(&model, &deals, 3);
        let quarter_end = effect.factors(day("2016-12-01").month()).carried;
        let quarter_start = effect.factors(day("2016-10-01").month()).carried;
        assert!(quarter_end > 1.3 * quarter_start, "{:?}", effect.factors);
        let without = fit_calendar(&model, &deals, 1);
        assert!(without.factors.is_empty());
        assert!(
            without.month_spread > effect.month_spread,
            "unexplained swings widen the band"
        );
    }
}
