//! Leakage guard: features that predict the outcome too well on their own.
//!
//! A field filled in by a sales rep after the outcome (a status note, a
//! quality judgement) predicts it almost perfectly, and a model trained with
//! it looks brilliant in cross-validation and is useless on new leads, for
//! which the field is still empty. Each raw feature is scored alone, out of
//! fold (so a many-valued ID-like field cannot memorise its way up), and so is
//! its missingness, and its values among only the examples where it is
//! filled in: a note written after the outcome is usually filled in for only
//! part of the leads, which dilutes its overall AUC but not its AUC where
//! present.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::features::{Example, quantile_edges};
use crate::metrics::roc_auc;

/// A single field that separates outcomes this well is treated as known only
/// after the outcome: genuine up-front lead signals (source, engagement, job)
/// rarely exceed an AUC of about 0.85 alone, while a rep's status notes or a
/// won/lost-derived value reach 0.95 and more.
pub const LEAK_AUC_THRESHOLD: f64 = 0.95;

/// Whether a field is empty should not by itself predict the outcome almost
/// perfectly; above this AUC the field is probably filled only once the
/// outcome is known (or only for one outcome).
pub const LEAK_MISSINGNESS_AUC_THRESHOLD: f64 = 0.95;

/// The "where filled in" AUC is only trusted with at least this many filled
/// examples of each outcome.
const MIN_FILLED_PER_OUTCOME: usize = 20;

/// Pseudo-examples at the overall rate added to each value's counts when
/// estimating its conversion rate.
const SMOOTHING: f64 = 5.0;
/// Quantile bins per number for the single-feature score.
const NUMERIC_BINS: usize = 10;

/// Why a feature looks like it was recorded after the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum LeakSuspicion {
    /// Its values alone reach this out-of-fold AUC.
    Values { auc: f64 },
    /// Where it is filled in (`share` of examples), its values reach this AUC.
    ValuesWhereFilled { auc: f64, share: f64 },
    /// Whether it is empty alone reaches this AUC.
    Missingness { auc: f64 },
}

/// The single-feature audit of one raw feature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureAudit {
    pub feature: String,
    /// Out-of-fold AUC of the feature's per-value conversion rate.
    pub auc: f64,
    /// The same AUC among only the examples where the feature is filled in
    /// (`None` with too few of them).
    pub filled_auc: Option<f64>,
    /// Share of examples where the feature is missing.
    pub missing_share: f64,
    /// AUC of "is missing" as a score (0.5 = uninformative), taken in
    /// whichever direction is better.
    pub missingness_auc: f64,
    pub suspicion: Option<LeakSuspicion>,
}

impl FeatureAudit {
    /// A one-line warning for a suspicious feature.
    pub fn warning(&self) -> Option<String> {
        self.suspicion.map(|suspicion| match suspicion {
            LeakSuspicion::Values { auc } => format!(
                "\"{}\" is probably only known after the outcome: alone it separates converted from lost leads with AUC {auc:.3} (threshold {LEAK_AUC_THRESHOLD})",
                self.feature
            ),
            LeakSuspicion::ValuesWhereFilled { auc, share } => format!(
                "\"{}\" is probably only known after the outcome: where it is filled in ({:.0} % of leads) it alone separates converted from lost leads with AUC {auc:.3} (threshold {LEAK_AUC_THRESHOLD})",
                self.feature,
                100.0 * share
            ),
            LeakSuspicion::Missingness { auc } => format!(
                "\"{}\" is probably only known after the outcome: whether it is empty alone predicts the outcome with AUC {auc:.3} (threshold {LEAK_MISSINGNESS_AUC_THRESHOLD})",
                self.feature
            ),
        })
    }
}

/// Audits every raw feature; `folds[i]` in `0..k` is example `i`'s fold.
/// Results are sorted by AUC, most predictive first.
pub fn audit_features(
    examples: &[Example],
    labels: &[bool],
    folds: &[usize],
    k: usize,
) -> Vec<FeatureAudit> {
    let mut categorical = BTreeSet::new();
    let mut numeric = BTreeSet::new();
    for example in examples {
        categorical.extend(example.categorical_names());
        numeric.extend(example.numeric_names());
    }
    let mut audits = Vec::new();
    for name in categorical {
        let keys: Vec<Option<String>> = examples
            .iter()
            .map(|e| e.category(name).map(str::to_string))
            .collect();
        audits.push(audit(name, &keys, labels, folds, k));
    }
    for name in numeric {
        let values: Vec<Option<f64>> = examples.iter().map(|e| e.number(name)).collect();
        let keys = out_of_fold_bin_keys(&values, folds, k);
        audits.push(audit(name, &keys, labels, folds, k));
    }
    audits.sort_by(|a, b| {
        b.auc
            .total_cmp(&a.auc)
            .then_with(|| a.feature.cmp(&b.feature))
    });
    audits
}

fn audit(
    name: &str,
    keys: &[Option<String>],
    labels: &[bool],
    folds: &[usize],
    k: usize,
) -> FeatureAudit {
    let scores = out_of_fold_rates(keys, labels, folds, k);
    let auc = roc_auc(&scores, labels).unwrap_or(0.5);
    let missing: Vec<f64> = keys
        .iter()
        .map(|k| f64::from(u8::from(k.is_none())))
        .collect();
    let missing_share = missing.iter().sum::<f64>() / keys.len().max(1) as f64;
    let raw = roc_auc(&missing, labels).unwrap_or(0.5);
    let missingness_auc = raw.max(1.0 - raw);
    let filled_auc = filled_only_auc(keys, &scores, labels);
    let suspicion = if auc >= LEAK_AUC_THRESHOLD {
        Some(LeakSuspicion::Values { auc })
    } else if let Some(filled) = filled_auc.filter(|&a| a >= LEAK_AUC_THRESHOLD) {
        Some(LeakSuspicion::ValuesWhereFilled {
            auc: filled,
            share: 1.0 - missing_share,
        })
    } else if missingness_auc >= LEAK_MISSINGNESS_AUC_THRESHOLD {
        Some(LeakSuspicion::Missingness {
            auc: missingness_auc,
        })
    } else {
        None
    };
    FeatureAudit {
        feature: name.to_string(),
        auc,
        filled_auc,
        missing_share,
        missingness_auc,
        suspicion,
    }
}

/// AUC of the out-of-fold scores among the examples where the key is present.
fn filled_only_auc(keys: &[Option<String>], scores: &[f64], labels: &[bool]) -> Option<f64> {
    let (mut filled_scores, mut filled_labels) = (Vec::new(), Vec::new());
    for ((key, &score), &label) in keys.iter().zip(scores).zip(labels) {
        if key.is_some() {
            filled_scores.push(score);
            filled_labels.push(label);
        }
    }
    let positives = filled_labels.iter().filter(|&&l| l).count();
    let enough = positives.min(filled_labels.len() - positives) >= MIN_FILLED_PER_OUTCOME;
    if enough {
        roc_auc(&filled_scores, &filled_labels)
    } else {
        None
    }
}

/// Each example's score is the smoothed conversion rate of its key among the
/// other folds' examples (missing is a key of its own).
fn out_of_fold_rates(
    keys: &[Option<String>],
    labels: &[bool],
    folds: &[usize],
    k: usize,
) -> Vec<f64> {
    let mut scores = vec![0.0; keys.len()];
    for fold in 0..k {
        let mut counts: BTreeMap<Option<&str>, (f64, f64)> = BTreeMap::new();
        let (mut positives, mut total) = (0.0, 0.0);
        for i in (0..keys.len()).filter(|&i| folds[i] != fold) {
            let entry = counts.entry(keys[i].as_deref()).or_default();
            let y = f64::from(u8::from(labels[i]));
            entry.0 += y;
            entry.1 += 1.0;
            positives += y;
            total += 1.0;
        }
        let rate = if total > 0.0 { positives / total } else { 0.5 };
        for i in (0..keys.len()).filter(|&i| folds[i] == fold) {
            let (p, n) = counts.get(&keys[i].as_deref()).copied().unwrap_or_default();
            scores[i] = (p + SMOOTHING * rate) / (n + SMOOTHING);
        }
    }
    scores
}

/// Bins numbers by deciles of the training folds, fold by fold, so even the
/// bin edges never see the held-out rows.
fn out_of_fold_bin_keys(values: &[Option<f64>], folds: &[usize], k: usize) -> Vec<Option<String>> {
    let mut keys = vec![None; values.len()];
    for fold in 0..k {
        let mut train: Vec<f64> = (0..values.len())
            .filter(|&i| folds[i] != fold)
            .filter_map(|i| values[i])
            .collect();
        train.sort_by(f64::total_cmp);
        let edges = quantile_edges(&train, NUMERIC_BINS);
        for i in (0..values.len()).filter(|&i| folds[i] == fold) {
            keys[i] = values[i].map(|v| format!("bin {}", edges.partition_point(|&e| e < v)));
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::stratified_folds;
    use crate::rng::SplitMix64;

    #[test]
    fn flags_a_status_note_and_a_filled_only_when_won_field() {
        let mut rng = SplitMix64::new(9);
        let mut examples = Vec::new();
        let mut labels = Vec::new();
        for i in 0..600 {
            let converted = rng.next_f64() < 0.4;
            let source = ["Web", "Referral", "Ad"][i % 3];
            let mut example = Example::new().with_category("Source", source);
            // The rep's note after the fact: almost always matches the outcome.
            let note = if converted ^ (rng.next_f64() < 0.02) {
                "Closed"
            } else {
                "Lost interest"
            };
            example.set_category("Status note", note);
            // Invoice number: only ever filled for converted leads.
            if converted {
                example.set_number("Invoice", i as f64);
            }
            example.set_number(
                "Visits",
                rng.below(10) as f64 + if converted { 2.0 } else { 0.0 },
            );
            examples.push(example);
            labels.push(converted);
        }
        let folds = stratified_folds(&labels, 5, 1);
        let audits = audit_features(&examples, &labels, &folds, 5);
        let by_name = |name: &str| audits.iter().find(|a| a.feature == name).unwrap();
        assert!(matches!(
            by_name("Status note").suspicion,
            Some(LeakSuspicion::Values { .. })
        ));
        assert!(by_name("Invoice").suspicion.is_some());
        assert!(by_name("Invoice").missingness_auc > 0.99);
        assert!(by_name("Source").suspicion.is_none());
        assert!(by_name("Visits").suspicion.is_none() && by_name("Visits").auc > 0.6);
        assert!(
            by_name("Status note")
                .warning()
                .unwrap()
                .contains("after the outcome")
        );
        let top_two: Vec<&str> = audits[..2].iter().map(|a| a.feature.as_str()).collect();
        assert!(
            top_two.contains(&"Status note") && top_two.contains(&"Invoice"),
            "{top_two:?}"
        );
    }

    #[test]
    fn flags_a_note_filled_for_only_some_leads() {
        let mut rng = SplitMix64::new(4);
        let mut examples = Vec::new();
        let mut labels = Vec::new();
        for _ in 0..900 {
            let converted = rng.next_f64() < 0.4;
            let mut example = Example::new();
            if rng.next_f64() < 0.3 {
                example.set_category(
                    "Rep note",
                    if converted ^ (rng.next_f64() < 0.02) {
                        "Closed"
                    } else {
                        "No answer"
                    },
                );
            }
            examples.push(example);
            labels.push(converted);
        }
        let folds = stratified_folds(&labels, 5, 3);
        let audit = &audit_features(&examples, &labels, &folds, 5)[0];
        assert!(
            audit.auc < LEAK_AUC_THRESHOLD,
            "diluted overall: {}",
            audit.auc
        );
        assert!(
            matches!(
                audit.suspicion,
                Some(LeakSuspicion::ValuesWhereFilled { .. })
            ),
            "{audit:?}"
        );
        assert!(audit.warning().unwrap().contains("where it is filled in ("));
    }

    #[test]
    fn an_id_cannot_memorise_its_way_to_a_high_auc() {
        let labels: Vec<bool> = (0..400).map(|i| i % 3 == 0).collect();
        let examples: Vec<Example> = (0..400)
            .map(|i| Example::new().with_category("Lead ID", format!("L{i}")))
            .collect();
        let folds = stratified_folds(&labels, 5, 2);
        let audits = audit_features(&examples, &labels, &folds, 5);
        assert!((audits[0].auc - 0.5).abs() < 0.05, "{}", audits[0].auc);
    }
}
