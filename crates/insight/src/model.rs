//! The classifiers behind lead scoring.
//!
//! - [`LogisticModel`]: L2-regularised logistic regression over one-hot and
//!   standardised columns; every weight reads as "this raises/lowers the odds".
//! - [`BoostedTrees`]: small depth-limited gradient-boosted trees over binned
//!   raw features; catches thresholds and interactions a linear model misses.
//! - [`RulesScorer`]: points per value from smoothed counts, for workspaces
//!   with too little history to fit either, and as the evaluation baseline.

mod logistic;
mod rules;
mod trees;

pub use logistic::{LogisticConfig, LogisticModel};
pub use rules::{RulesConfig, RulesScorer};
pub use trees::{BinnedData, BoostedTrees, Node, SplitRule, Tree, TreesConfig};

/// The logistic function, mapping log-odds to a probability.
pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

#[cfg(test)]
mod tests {
    use super::sigmoid;

    #[test]
    fn sigmoid_is_symmetric_and_stable() {
        assert!((sigmoid(0.0) - 0.5).abs() < 1e-15);
        assert!((sigmoid(2.0) + sigmoid(-2.0) - 1.0).abs() < 1e-15);
        assert!(sigmoid(-800.0) >= 0.0 && sigmoid(800.0) <= 1.0);
    }
}
