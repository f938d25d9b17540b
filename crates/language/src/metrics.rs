//! Classification metrics: accuracy, per-class F1, macro and weighted F1.

/// Scores of one model's predictions against the truth.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scores {
    pub accuracy: f64,
    pub macro_f1: f64,
    pub weighted_f1: f64,
    /// F1 per class, in the order of `classes`.
    pub per_class: Vec<f64>,
}

/// Scores predictions over the given classes (the classes of the truth;
/// predictions outside them count as errors).
pub(crate) fn score(truth: &[&str], predicted: &[&str], classes: &[String]) -> Scores {
    let n = truth.len().max(1) as f64;
    let correct = truth.iter().zip(predicted).filter(|(t, p)| t == p).count();
    let mut per_class = Vec::with_capacity(classes.len());
    let (mut macro_sum, mut weighted_sum) = (0.0, 0.0);
    for class in classes {
        let tp = count(truth, predicted, |t, p| t == class && p == class);
        let fp = count(truth, predicted, |t, p| t != class && p == class);
        let fn_ = count(truth, predicted, |t, p| t == class && p != class);
        let support = tp + fn_;
        let f1 = if tp == 0 {
            0.0
        } else {
            2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
        };
        per_class.push(f1);
        macro_sum += f1;
        weighted_sum += f1 * support as f64;
    }
    Scores {
        accuracy: correct as f64 / n,
        macro_f1: macro_sum / classes.len().max(1) as f64,
        weighted_f1: weighted_sum / n,
        per_class,
    }
}

fn count(truth: &[&str], predicted: &[&str], keep: impl Fn(&str, &str) -> bool) -> usize {
    truth
        .iter()
        .zip(predicted)
        .filter(|(t, p)| keep(t, p))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_example() {
        let classes = vec!["a".to_string(), "b".to_string()];
        let truth = ["a", "a", "a", "b"];
        let predicted = ["a", "a", "b", "b"];
        let s = score(&truth, &predicted, &classes);
        assert!((s.accuracy - 0.75).abs() < 1e-9);
        // a: tp 2, fp 0, fn 1 -> 0.8; b: tp 1, fp 1, fn 0 -> 2/3
        assert!((s.per_class[0] - 0.8).abs() < 1e-9);
        assert!((s.per_class[1] - 2.0 / 3.0).abs() < 1e-9);
        assert!((s.macro_f1 - (0.8 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
        assert!((s.weighted_f1 - (0.8 * 3.0 + 2.0 / 3.0) / 4.0).abs() < 1e-9);
    }
}
