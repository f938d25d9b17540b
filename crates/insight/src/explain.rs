//! Reasons in words: which of a lead's values pushed its score up or down.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::features::FeatureState;

/// Contributions smaller than this (in log-odds, about ±1 percentage point
/// around the middle of the scale) are not worth a sentence.
pub const MIN_REASON_EFFECT: f64 = 0.05;

/// One reason behind a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// The raw feature's name, e.g. "Lead Source".
    pub feature: String,
    /// How the lead's value reads, e.g. `Is("Reference")` or `Low`.
    pub state: FeatureState,
    /// Contribution to the log-odds: positive raises the score.
    pub effect: f64,
}

impl Reason {
    /// Whether this reason raises the score.
    pub fn raises(&self) -> bool {
        self.effect > 0.0
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.raises() { "raises" } else { "lowers" };
        let name = &self.feature;
        match &self.state {
            FeatureState::Is(value) => write!(f, "\"{name} is {value}\" {verb} the score"),
            FeatureState::Missing => write!(f, "\"{name}\" is missing {verb} the score"),
            FeatureState::Low => write!(f, "\"{name}\" is low {verb} the score"),
            FeatureState::Medium => write!(f, "\"{name}\" is medium {verb} the score"),
            FeatureState::High => write!(f, "\"{name}\" is high {verb} the score"),
        }
    }
}

/// The `max` largest contributions (by size) as reasons, largest first;
/// `describe(feature)` names the feature and reads the lead's value.
pub(crate) fn top_reasons(
    contributions: &[f64],
    max: usize,
    describe: impl Fn(usize) -> (String, FeatureState),
) -> Vec<Reason> {
    let mut order: Vec<usize> = (0..contributions.len())
        .filter(|&i| contributions[i].abs() >= MIN_REASON_EFFECT)
        .collect();
    order.sort_by(|&a, &b| {
        contributions[b]
            .abs()
            .total_cmp(&contributions[a].abs())
            .then(a.cmp(&b))
    });
    order
        .into_iter()
        .take(max)
        .map(|index| {
            let (feature, state) = describe(index);
            Reason {
                feature,
                state,
                effect: contributions[index],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_a_sentence() {
        let source = Reason {
            feature: "Lead Source".into(),
            state: FeatureState::Is("Reference".into()),
            effect: 1.2,
        };
        assert_eq!(
            source.to_string(),
            "\"Lead Source is Reference\" raises the score"
        );
        let time = Reason {
            feature: "Total Time Spent on Website".into(),
            state: FeatureState::Low,
            effect: -0.7,
        };
        assert_eq!(
            time.to_string(),
            "\"Total Time Spent on Website\" is low lowers the score"
        );
    }

    #[test]
    fn picks_the_largest_effects_and_skips_negligible_ones() {
        let contributions = [0.01, -2.0, 0.5, 1.0, -0.04];
        let reasons = top_reasons(&contributions, 5, |i| {
            (format!("f{i}"), FeatureState::Medium)
        });
        let names: Vec<&str> = reasons.iter().map(|r| r.feature.as_str()).collect();
        assert_eq!(names, ["f1", "f3", "f2"]);
        assert_eq!(
            top_reasons(&contributions, 1, |i| (
                format!("f{i}"),
                FeatureState::Medium
            ))
            .len(),
            1
        );
    }
}
