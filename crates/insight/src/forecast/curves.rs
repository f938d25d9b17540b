//! Time-to-close curves with two competing outcomes (won, lost).
//!
//! Deals still open at the cut-off are censored: they count as "still open"
//! up to their current age and are never assumed won or lost. The curves are
//! the Aalen–Johansen estimate on a daily grid: the chance of closing won
//! (or lost) by day `d` after entering a stage. Conditioning on a deal's age
//! is then a division by the chance of still being open at that age, which
//! is what makes an old, stalled deal worth little even if deals of its stage
//! usually win: history shows few deals that old ever close.

use serde::{Deserialize, Serialize};

/// How a spell (time from entering a stage to the cut-off or close) ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpellEnd {
    Won,
    Lost,
    /// Still open at the cut-off (censored).
    Open,
}

/// Cumulative chances by day since the spell started.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CloseCurve {
    /// `won[d]`: chance of having closed won by the end of day `d`.
    pub won: Vec<f64>,
    /// `lost[d]`: chance of having closed lost by the end of day `d`.
    pub lost: Vec<f64>,
    /// `open[d]`: chance of still being open after day `d`.
    pub open: Vec<f64>,
    /// Closed spells behind the estimate.
    pub closed_spells: usize,
}

impl CloseCurve {
    /// Estimates the curves from `(duration in days, end)` spells over `days` days.
    pub fn fit(spells: &[(i32, SpellEnd)], days: usize) -> Self {
        let weighted: Vec<(i32, SpellEnd, f64)> =
            spells.iter().map(|&(d, e)| (d, e, 1.0)).collect();
        Self::fit_weighted(&weighted, days)
    }

    /// Like [`CloseCurve::fit`] with a weight per spell (e.g. more for
    /// recent deals): every count becomes a sum of weights.
    pub fn fit_weighted(spells: &[(i32, SpellEnd, f64)], days: usize) -> Self {
        let days = days.max(1);
        let mut won_at = vec![0.0; days];
        let mut lost_at = vec![0.0; days];
        // censored_at[c]: spells observed open through day c − 1 only.
        let mut censored_at = vec![0.0; days + 1];
        let mut at_risk = 0.0;
        let mut closed_spells = 0;
        for &(duration, end, weight) in spells {
            let duration = duration.max(0) as usize;
            match end {
                SpellEnd::Won | SpellEnd::Lost => {
                    let day = duration.min(days - 1);
                    if end == SpellEnd::Won {
                        won_at[day] += weight
                    } else {
                        lost_at[day] += weight
                    }
                    closed_spells += 1;
                    at_risk += weight;
                }
                SpellEnd::Open if duration > 0 => {
                    censored_at[duration.min(days)] += weight;
                    at_risk += weight;
                }
                SpellEnd::Open => {}
            }
        }
        let (mut won, mut lost, mut open) = (
            Vec::with_capacity(days),
            Vec::with_capacity(days),
            Vec::with_capacity(days),
        );
        let (mut won_so_far, mut lost_so_far, mut still_open) = (0.0, 0.0, 1.0);
        for day in 0..days {
            at_risk -= censored_at[day];
            if at_risk > 1e-12 {
                won_so_far += still_open * won_at[day] / at_risk;
                lost_so_far += still_open * lost_at[day] / at_risk;
                still_open *= 1.0 - (won_at[day] + lost_at[day]) / at_risk;
            }
            at_risk -= won_at[day] + lost_at[day];
            won.push(won_so_far);
            lost.push(lost_so_far);
            open.push(still_open);
        }
        Self {
            won,
            lost,
            open,
            closed_spells,
        }
    }

    /// Chance that a fresh spell ever closes won (within the grid).
    pub fn win_probability(&self) -> f64 {
        self.won.last().copied().unwrap_or(0.0)
    }

    /// Chance of still being open after `age − 1` days (1 for age 0).
    fn open_through(&self, age: i32) -> f64 {
        if age <= 0 {
            1.0
        } else {
            self.open[((age - 1) as usize).min(self.open.len() - 1)]
        }
    }

    fn won_by(&self, day: i32) -> f64 {
        if day < 0 {
            0.0
        } else {
            self.won[(day as usize).min(self.won.len() - 1)]
        }
    }

    /// Chance of closing won on a day in `first..=last` (days since the spell
    /// started) given the spell is still open at `age` days.
    pub fn won_between(&self, age: i32, first: i32, last: i32) -> f64 {
        let first = first.max(age);
        if last < first {
            return 0.0;
        }
        let open = self.open_through(age);
        if open < 1e-9 {
            return 0.0;
        }
        ((self.won_by(last) - self.won_by(first - 1)) / open).clamp(0.0, 1.0)
    }

    /// Chance of eventually closing won given still open at `age` days.
    pub fn win_probability_at_age(&self, age: i32) -> f64 {
        self.won_between(age, age, self.won.len() as i32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_censoring_it_is_the_empirical_distribution() {
        let spells = [
            (1, SpellEnd::Won),
            (3, SpellEnd::Lost),
            (3, SpellEnd::Won),
            (5, SpellEnd::Won),
        ];
        let curve = CloseCurve::fit(&spells, 10);
        assert!((curve.won[0] - 0.0).abs() < 1e-12);
        assert!((curve.won[1] - 0.25).abs() < 1e-12);
        assert!((curve.won[3] - 0.5).abs() < 1e-12 && (curve.lost[3] - 0.25).abs() < 1e-12);
        assert!((curve.win_probability() - 0.75).abs() < 1e-12);
        assert!(curve.open[9].abs() < 1e-12);
    }

    #[test]
    fn censored_spells_are_not_counted_as_lost() {
        // Two wins at day 2; two spells still open at age 1 (observed through day 0).
        let spells = [
            (2, SpellEnd::Won),
            (2, SpellEnd::Won),
            (1, SpellEnd::Open),
            (1, SpellEnd::Open),
        ];
        let curve = CloseCurve::fit(&spells, 5);
        assert!(
            (curve.win_probability() - 1.0).abs() < 1e-12,
            "the open ones leave the risk set unharmed"
        );
    }

    #[test]
    fn weights_tilt_the_estimate_toward_heavier_spells() {
        let spells = [(1, SpellEnd::Won, 3.0), (1, SpellEnd::Lost, 1.0)];
        let curve = CloseCurve::fit_weighted(&spells, 5);
        assert!((curve.win_probability() - 0.75).abs() < 1e-12);
    }

    #[test]
    fn old_open_deals_make_late_closing_unlikely() {
        // Closed deals all close within 10 days; many deals sit open for 100 days.
        let mut spells: Vec<(i32, SpellEnd)> = (0..50)
            .map(|i| {
                (
                    i % 10,
                    if i % 2 == 0 {
                        SpellEnd::Won
                    } else {
                        SpellEnd::Lost
                    },
                )
            })
            .collect();
        spells.extend((0..50).map(|_| (100, SpellEnd::Open)));
        let curve = CloseCurve::fit(&spells, 200);
        assert!(curve.win_probability_at_age(0) > 0.2);
        assert!(
            curve.win_probability_at_age(50) < 1e-9,
            "nothing ever closed after day 10"
        );
        let next_week = curve.won_between(0, 0, 6);
        let later = curve.won_between(0, 7, 199);
        assert!((next_week + later - curve.win_probability_at_age(0)).abs() < 1e-12);
    }
}
