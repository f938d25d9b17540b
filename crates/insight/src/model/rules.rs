//! A transparent points scorer for thin history.
//!
//! Each value of each feature earns points: ten times its smoothed log-odds
//! ratio against the overall conversion rate, where the smoothing pulls a
//! value seen only a few times toward zero points. A lead's log-odds is the
//! prior plus the damped sum of its points. It is a shrunk naive Bayes, which
//! is about the best one can do honestly with a few dozen closed examples,
//! and every number in it can be shown to the user as a points table.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::features::{Example, FeatureState, quantile_edges};

/// Settings of the points scorer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RulesConfig {
    /// Pseudo-examples at the overall rate added to every value's counts.
    pub smoothing: f64,
    /// Quantile bins per number (quartiles by default).
    pub numeric_bins: usize,
}

impl Default for RulesConfig {
    fn default() -> Self {
        Self {
            smoothing: 10.0,
            numeric_bins: 4,
        }
    }
}

/// Points of one feature, keyed by value (or bin) label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleFeature {
    pub name: String,
    /// For numbers: the bin cut points; empty for categories.
    pub edges: Vec<f64>,
    pub numeric: bool,
    /// Points by value; numbers use `"bin 0"`, `"bin 1"`, …; missing is `"(missing)"`.
    pub points: BTreeMap<String, i32>,
}

/// The fitted points table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RulesScorer {
    /// Log-odds of the smoothed overall conversion rate.
    pub prior_logit: f64,
    /// Each point is worth `damping / 10` log-odds; the damping (1/√ of the
    /// number of features that earn points) stops correlated signals from
    /// being counted many times over.
    pub damping: f64,
    pub features: Vec<RuleFeature>,
}

const MISSING: &str = "(missing)";

impl RulesScorer {
    /// Learns points from any number of examples (even none).
    pub fn fit(examples: &[Example], labels: &[bool], config: &RulesConfig) -> Self {
        let positives = labels.iter().filter(|&&l| l).count() as f64;
        let rate = (positives + 1.0) / (labels.len() as f64 + 2.0);
        let prior_logit = (rate / (1.0 - rate)).ln();
        let mut categorical = BTreeSet::new();
        let mut numeric = BTreeSet::new();
        for example in examples {
            categorical.extend(example.categorical_names().map(str::to_string));
            numeric.extend(example.numeric_names().map(str::to_string));
        }
        let mut features = Vec::new();
        for name in categorical {
            let keys: Vec<String> = examples
                .iter()
                .map(|e| e.category(&name).unwrap_or(MISSING).to_string())
                .collect();
            let points = points_by_key(&keys, labels, rate, config.smoothing);
            features.push(RuleFeature {
                name,
                edges: Vec::new(),
                numeric: false,
                points,
            });
        }
        for name in numeric {
            let mut values: Vec<f64> = examples.iter().filter_map(|e| e.number(&name)).collect();
            values.sort_by(f64::total_cmp);
            let edges = quantile_edges(&values, config.numeric_bins);
            let keys: Vec<String> = examples
                .iter()
                .map(|e| numeric_key(&edges, e.number(&name)))
                .collect();
            let points = points_by_key(&keys, labels, rate, config.smoothing);
            features.push(RuleFeature {
                name,
                edges,
                numeric: true,
                points,
            });
        }
        let earning = features
            .iter()
            .filter(|f| f.points.values().any(|&p| p != 0))
            .count();
        Self {
            prior_logit,
            damping: 1.0 / (earning.max(1) as f64).sqrt(),
            features,
        }
    }

    /// Log-odds of conversion.
    pub fn logit(&self, example: &Example) -> f64 {
        self.prior_logit + self.contributions(example).iter().sum::<f64>()
    }

    /// Log-odds contribution of each feature (same order as `features`).
    pub fn contributions(&self, example: &Example) -> Vec<f64> {
        self.features
            .iter()
            .map(|f| {
                let key = feature_key(f, example);
                f64::from(f.points.get(&key).copied().unwrap_or(0)) * self.damping / 10.0
            })
            .collect()
    }

    /// How the example's value of feature `index` reads in an explanation.
    pub fn describe(&self, index: usize, example: &Example) -> FeatureState {
        let feature = &self.features[index];
        if !feature.numeric {
            return example
                .category(&feature.name)
                .map_or(FeatureState::Missing, |v| FeatureState::Is(v.to_string()));
        }
        let Some(value) = example.number(&feature.name) else {
            return FeatureState::Missing;
        };
        let bin = feature.edges.partition_point(|&e| e < value) as f64;
        let position = bin / feature.edges.len().max(1) as f64;
        if position < 1.0 / 3.0 {
            FeatureState::Low
        } else if position > 2.0 / 3.0 {
            FeatureState::High
        } else {
            FeatureState::Medium
        }
    }
}

fn feature_key(feature: &RuleFeature, example: &Example) -> String {
    if feature.numeric {
        numeric_key(&feature.edges, example.number(&feature.name))
    } else {
        example
            .category(&feature.name)
            .unwrap_or(MISSING)
            .to_string()
    }
}

fn numeric_key(edges: &[f64], value: Option<f64>) -> String {
    match value {
        Some(v) => format!("bin {}", edges.partition_point(|&e| e < v)),
        None => MISSING.to_string(),
    }
}

/// Ten times the smoothed log-odds ratio of each key against the overall rate.
fn points_by_key(
    keys: &[String],
    labels: &[bool],
    rate: f64,
    smoothing: f64,
) -> BTreeMap<String, i32> {
    let mut counts: BTreeMap<&str, (f64, f64)> = BTreeMap::new();
    for (key, &label) in keys.iter().zip(labels) {
        let entry = counts.entry(key).or_default();
        entry.0 += f64::from(u8::from(label));
        entry.1 += 1.0;
    }
    let prior_logit = (rate / (1.0 - rate)).ln();
    counts
        .into_iter()
        .map(|(key, (positives, total))| {
            let smoothed = (positives + smoothing * rate) / (total + smoothing);
            let points = 10.0 * ((smoothed / (1.0 - smoothed)).ln() - prior_logit);
            (key.to_string(), points.round() as i32)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn examples() -> (Vec<Example>, Vec<bool>) {
        let mut examples = Vec::new();
        let mut labels = Vec::new();
        for i in 0..40 {
            let referral = i % 2 == 0;
            let mut example =
                Example::new().with_category("Source", if referral { "Referral" } else { "Ad" });
            example.set_number("Visits", f64::from(i % 10));
            examples.push(example);
            // Referrals and many visits convert.
            labels.push((referral && i % 10 > 2) || i % 10 == 9);
        }
        (examples, labels)
    }

    #[test]
    fn good_sources_earn_points_and_bad_ones_lose_them() {
        let (examples, labels) = examples();
        let rules = RulesScorer::fit(&examples, &labels, &RulesConfig::default());
        let source = rules.features.iter().find(|f| f.name == "Source").unwrap();
        assert!(
            source.points["Referral"] > 0 && source.points["Ad"] < 0,
            "{:?}",
            source.points
        );
        let good = Example::new()
            .with_category("Source", "Referral")
            .with_number("Visits", 9.0);
        let bad = Example::new()
            .with_category("Source", "Ad")
            .with_number("Visits", 0.0);
        assert!(rules.logit(&good) > rules.prior_logit && rules.logit(&bad) < rules.prior_logit);
        assert_eq!(rules.describe(1, &good), FeatureState::High);
    }

    #[test]
    fn smoothing_shrinks_rarely_seen_values() {
        let keys: Vec<String> = ["a", "b", "b", "b", "b", "b", "b", "b", "b"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let labels = [true, true, true, true, true, true, true, true, true];
        let points = points_by_key(&keys, &labels, 0.5, 5.0);
        assert!(
            points["a"] < points["b"],
            "one sighting earns less than eight: {points:?}"
        );
    }

    #[test]
    fn works_with_no_history_at_all() {
        let rules = RulesScorer::fit(&[], &[], &RulesConfig::default());
        assert_eq!(
            rules.logit(&Example::new()),
            0.0,
            "prior of 1/2 without data"
        );
    }
}
