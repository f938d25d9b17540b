//! Scoring-quality measures and deterministic cross-validation folds.

use serde::{Deserialize, Serialize};

use crate::rng::SplitMix64;

/// Probabilities are clipped this far from 0 and 1 before taking logs, so one
/// overconfident mistake costs a lot but not infinity.
const LOG_LOSS_EPSILON: f64 = 1e-15;

/// Area under the ROC curve: the chance that a random positive scores above a
/// random negative, counting ties as half. `None` when one class is absent.
pub fn roc_auc(scores: &[f64], labels: &[bool]) -> Option<f64> {
    assert_eq!(scores.len(), labels.len(), "one score per label");
    let positives = labels.iter().filter(|&&l| l).count();
    let negatives = labels.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    let ranks = average_ranks(scores);
    let positive_rank_sum: f64 = ranks
        .iter()
        .zip(labels)
        .filter(|(_, l)| **l)
        .map(|(r, _)| r)
        .sum();
    let p = positives as f64;
    let u = positive_rank_sum - p * (p + 1.0) / 2.0;
    Some(u / (p * negatives as f64))
}

/// 1-based ranks with tied scores sharing the mean of their ranks
/// (the Mann–Whitney treatment of ties).
fn average_ranks(scores: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let mut ranks = vec![0.0; scores.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && scores[order[end]] == scores[order[start]] {
            end += 1;
        }
        let mean_rank = (start + end + 1) as f64 / 2.0;
        for &index in &order[start..end] {
            ranks[index] = mean_rank;
        }
        start = end;
    }
    ranks
}

/// Mean squared difference between predicted probability and outcome.
pub fn brier_score(probabilities: &[f64], labels: &[bool]) -> f64 {
    assert_eq!(
        probabilities.len(),
        labels.len(),
        "one probability per label"
    );
    let total: f64 = probabilities
        .iter()
        .zip(labels)
        .map(|(p, &l)| (p - f64::from(u8::from(l))).powi(2))
        .sum();
    total / probabilities.len().max(1) as f64
}

/// Mean negative log-likelihood of the outcomes (natural log).
pub fn log_loss(probabilities: &[f64], labels: &[bool]) -> f64 {
    assert_eq!(
        probabilities.len(),
        labels.len(),
        "one probability per label"
    );
    let total: f64 = probabilities
        .iter()
        .zip(labels)
        .map(|(&p, &l)| {
            let p = p.clamp(LOG_LOSS_EPSILON, 1.0 - LOG_LOSS_EPSILON);
            if l { -p.ln() } else { -(1.0 - p).ln() }
        })
        .sum();
    total / probabilities.len().max(1) as f64
}

/// One row of a reliability table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibrationBin {
    /// Inclusive lower edge of the predicted-probability bin.
    pub lower: f64,
    /// Upper edge (exclusive except for the last bin).
    pub upper: f64,
    /// Examples whose prediction fell in the bin.
    pub count: usize,
    /// Mean predicted probability in the bin (0 when empty).
    pub mean_predicted: f64,
    /// Share of positives in the bin (0 when empty).
    pub observed_rate: f64,
}

/// Reliability table over `bins` equal-width probability bins: a calibrated
/// model has `mean_predicted ≈ observed_rate` in every well-filled bin.
pub fn calibration_table(
    probabilities: &[f64],
    labels: &[bool],
    bins: usize,
) -> Vec<CalibrationBin> {
    assert_eq!(
        probabilities.len(),
        labels.len(),
        "one probability per label"
    );
    let bins = bins.max(1);
    let mut sums = vec![(0usize, 0.0f64, 0usize); bins];
    for (&p, &l) in probabilities.iter().zip(labels) {
        let index = ((p.clamp(0.0, 1.0) * bins as f64) as usize).min(bins - 1);
        sums[index].0 += 1;
        sums[index].1 += p;
        sums[index].2 += usize::from(l);
    }
    sums.iter()
        .enumerate()
        .map(|(i, &(count, predicted, positives))| {
            let n = count.max(1) as f64;
            CalibrationBin {
                lower: i as f64 / bins as f64,
                upper: (i + 1) as f64 / bins as f64,
                count,
                mean_predicted: if count == 0 { 0.0 } else { predicted / n },
                observed_rate: if count == 0 {
                    0.0
                } else {
                    positives as f64 / n
                },
            }
        })
        .collect()
}

/// Assigns each example to one of `k` folds so that every fold has nearly the
/// same share of positives. The same labels and seed always give the same folds.
pub fn stratified_folds(labels: &[bool], k: usize, seed: u64) -> Vec<usize> {
    let k = k.max(1);
    let mut rng = SplitMix64::new(seed);
    let mut folds = vec![0; labels.len()];
    for class in [true, false] {
        let mut members: Vec<usize> = (0..labels.len()).filter(|&i| labels[i] == class).collect();
        rng.shuffle(&mut members);
        for (position, index) in members.into_iter().enumerate() {
            folds[index] = position % k;
        }
    }
    folds
}

/// Out-of-fold predictions: for each fold, `fit_predict(train, held_out)` is
/// given the row indices to train on and the ones to predict, and must return
/// one prediction per held-out row.
pub fn out_of_fold<E>(
    folds: &[usize],
    k: usize,
    mut fit_predict: impl FnMut(&[usize], &[usize]) -> Result<Vec<f64>, E>,
) -> Result<Vec<f64>, E> {
    let mut predictions = vec![f64::NAN; folds.len()];
    for fold in 0..k {
        let train: Vec<usize> = (0..folds.len()).filter(|&i| folds[i] != fold).collect();
        let held_out: Vec<usize> = (0..folds.len()).filter(|&i| folds[i] == fold).collect();
        if held_out.is_empty() {
            continue;
        }
        let fold_predictions = fit_predict(&train, &held_out)?;
        for (&index, prediction) in held_out.iter().zip(fold_predictions) {
            predictions[index] = prediction;
        }
    }
    Ok(predictions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_of_perfect_reversed_and_tied_scores() {
        let labels = [false, false, true, true];
        assert_eq!(roc_auc(&[0.1, 0.2, 0.8, 0.9], &labels), Some(1.0));
        assert_eq!(roc_auc(&[0.9, 0.8, 0.2, 0.1], &labels), Some(0.0));
        assert_eq!(roc_auc(&[0.5; 4], &labels), Some(0.5));
        assert_eq!(roc_auc(&[0.5, 0.5], &[true, true]), None);
    }

    #[test]
    fn auc_counts_ties_between_classes_as_half() {
        // Pairs (pos, neg): 0.7>0.2, 0.7>0.5, 0.5=0.5 (half), 0.5>0.2 → 3.5 / 4.
        let auc = roc_auc(&[0.2, 0.5, 0.5, 0.7], &[false, false, true, true]).unwrap();
        assert!((auc - 0.875).abs() < 1e-12);
    }

    #[test]
    fn brier_and_log_loss_known_values() {
        let labels = [true, false];
        assert!((brier_score(&[0.8, 0.4], &labels) - (0.04 + 0.16) / 2.0).abs() < 1e-12);
        let expected = -(0.8f64.ln() + 0.6f64.ln()) / 2.0;
        assert!((log_loss(&[0.8, 0.4], &labels) - expected).abs() < 1e-12);
        assert!(log_loss(&[0.0], &[true]).is_finite());
    }

    #[test]
    fn calibration_table_bins_and_rates() {
        let probabilities = [0.05, 0.15, 0.12, 0.95, 1.0];
        let labels = [false, true, false, true, true];
        let table = calibration_table(&probabilities, &labels, 10);
        assert_eq!(table.len(), 10);
        assert_eq!(table[0].count, 1);
        assert_eq!(table[1].count, 2);
        assert!((table[1].observed_rate - 0.5).abs() < 1e-12);
        assert!((table[1].mean_predicted - 0.135).abs() < 1e-12);
        assert_eq!(table[9].count, 2, "probability 1.0 lands in the last bin");
        assert_eq!(table.iter().map(|b| b.count).sum::<usize>(), 5);
    }

    #[test]
    fn folds_are_stratified_and_deterministic() {
        let labels: Vec<bool> = (0..103).map(|i| i % 3 == 0).collect();
        let folds = stratified_folds(&labels, 5, 42);
        assert_eq!(folds, stratified_folds(&labels, 5, 42));
        assert_ne!(folds, stratified_folds(&labels, 5, 43));
        for fold in 0..5 {
            let members: Vec<usize> = (0..103).filter(|&i| folds[i] == fold).collect();
            let positives = members.iter().filter(|&&i| labels[i]).count();
            assert!((20..=21).contains(&members.len()));
            assert!((6..=7).contains(&positives), "fold {fold}: {positives}");
        }
    }

    #[test]
    fn out_of_fold_never_predicts_a_training_row() {
        let folds = vec![0, 1, 2, 0, 1, 2];
        let predictions = out_of_fold::<()>(&folds, 3, |train, held_out| {
            assert!(held_out.iter().all(|i| !train.contains(i)));
            Ok(held_out.iter().map(|&i| i as f64).collect())
        })
        .unwrap();
        assert_eq!(predictions, vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
    }
}
