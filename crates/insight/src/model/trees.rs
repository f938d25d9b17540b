//! A small histogram gradient-boosted-trees classifier.
//!
//! Every raw feature arrives as a bin number (see
//! [`crate::features::FeatureEncoder::bin_into`]): numbers in quantile bins,
//! categories as level bins, bin 0 = missing. Each tree is grown depth-first
//! to a fixed depth on gradient/hessian histograms of the log-loss, with
//! Newton leaf values, an L2 penalty and shrinkage. There is no row or column
//! sampling, so training is fully deterministic.
//!
//! Every node keeps the value a leaf there would have had, which gives exact
//! per-feature path contributions for explanations (each split's feature is
//! credited with the change in value from parent to child).

use serde::{Deserialize, Serialize};

use crate::error::InsightError;
use crate::features::MISSING_BIN;
use crate::model::sigmoid;

/// Training settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreesConfig {
    pub trees: usize,
    /// Splits from root to leaf; depth 3 lets a tree express 3-way interactions.
    pub max_depth: usize,
    /// Shrinkage applied to every tree's values.
    pub learning_rate: f64,
    /// Fewest training rows a leaf may hold.
    pub min_rows_in_leaf: usize,
    /// L2 penalty on leaf values (in hessian units).
    pub l2: f64,
    /// Extra hessian added to each level's mean when ordering categorical
    /// levels, so tiny levels do not jump to the ends of the order.
    pub category_smoothing: f64,
}

impl Default for TreesConfig {
    fn default() -> Self {
        Self {
            trees: 200,
            max_depth: 3,
            learning_rate: 0.08,
            min_rows_in_leaf: 20,
            l2: 2.0,
            category_smoothing: 10.0,
        }
    }
}

/// Which bins of the split feature go left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SplitRule {
    /// Ordered bins `1..=max_bin` go left; the missing bin goes left when `missing_left`.
    Threshold { max_bin: u16, missing_left: bool },
    /// These categorical bins go left, all others (including unseen) go right.
    Levels { left: Vec<u16> },
}

impl SplitRule {
    fn goes_left(&self, bin: u16) -> bool {
        match self {
            SplitRule::Threshold {
                max_bin,
                missing_left,
            } => {
                if bin == MISSING_BIN {
                    *missing_left
                } else {
                    bin <= *max_bin
                }
            }
            SplitRule::Levels { left } => left.contains(&bin),
        }
    }
}

/// A tree node; `value` is the (shrunk) log-odds a leaf at this node would give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Node {
    Leaf {
        value: f64,
    },
    Split {
        feature: u16,
        rule: SplitRule,
        left: u32,
        right: u32,
        value: f64,
    },
}

impl Node {
    fn value(&self) -> f64 {
        match self {
            Node::Leaf { value } | Node::Split { value, .. } => *value,
        }
    }
}

/// One regression tree in a flat node list (root first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tree {
    pub nodes: Vec<Node>,
}

/// Binned training data: `bins[row * features + feature]`.
pub struct BinnedData<'a> {
    pub bins: &'a [u16],
    pub features: usize,
    pub bin_counts: &'a [usize],
    pub categorical: &'a [bool],
}

/// A fitted ensemble.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoostedTrees {
    /// Log-odds of the training positive rate.
    pub base: f64,
    pub trees: Vec<Tree>,
}

impl BoostedTrees {
    /// Fits the ensemble on binned rows.
    pub fn fit(
        data: &BinnedData<'_>,
        labels: &[bool],
        config: &TreesConfig,
    ) -> Result<Self, InsightError> {
        let positives = labels.iter().filter(|&&l| l).count();
        if positives == 0 || positives == labels.len() {
            return Err(InsightError::OneClass {
                positives,
                total: labels.len(),
            });
        }
        let prior = positives as f64 / labels.len() as f64;
        let base = (prior / (1.0 - prior)).ln();
        let mut margins = vec![base; labels.len()];
        let mut gradients = vec![(0.0, 0.0); labels.len()];
        let mut trees = Vec::with_capacity(config.trees);
        let all_rows: Vec<u32> = (0..labels.len() as u32).collect();
        for _ in 0..config.trees {
            for ((g, &m), &label) in gradients.iter_mut().zip(&margins).zip(labels) {
                let p = sigmoid(m);
                *g = (p - f64::from(u8::from(label)), (p * (1.0 - p)).max(1e-12));
            }
            let mut grower = Grower {
                data,
                gradients: &gradients,
                config,
                nodes: Vec::new(),
            };
            grower.grow(all_rows.clone(), 0);
            let tree = Tree {
                nodes: grower.nodes,
            };
            for (row, margin) in margins.iter_mut().enumerate() {
                *margin += tree.predict(&data.bins[row * data.features..(row + 1) * data.features]);
            }
            trees.push(tree);
        }
        Ok(Self { base, trees })
    }

    /// The log-odds for one row of bins.
    pub fn logit(&self, bins: &[u16]) -> f64 {
        self.base + self.trees.iter().map(|t| t.predict(bins)).sum::<f64>()
    }

    /// Baseline log-odds plus each feature's path contribution; they add up
    /// to [`BoostedTrees::logit`].
    pub fn contributions(&self, bins: &[u16], features: usize) -> (f64, Vec<f64>) {
        let mut baseline = self.base;
        let mut per_feature = vec![0.0; features];
        for tree in &self.trees {
            baseline += tree.nodes[0].value();
            let mut index = 0;
            while let Node::Split {
                feature,
                rule,
                left,
                right,
                value,
            } = &tree.nodes[index]
            {
                index = if rule.goes_left(bins[*feature as usize]) {
                    *left
                } else {
                    *right
                } as usize;
                per_feature[*feature as usize] += tree.nodes[index].value() - value;
            }
        }
        (baseline, per_feature)
    }
}

impl Tree {
    fn predict(&self, bins: &[u16]) -> f64 {
        let mut index = 0;
        loop {
            match &self.nodes[index] {
                Node::Leaf { value } => return *value,
                Node::Split {
                    feature,
                    rule,
                    left,
                    right,
                    ..
                } => {
                    index = if rule.goes_left(bins[*feature as usize]) {
                        *left
                    } else {
                        *right
                    } as usize;
                }
            }
        }
    }
}

/// Sums of gradient, hessian and row count.
#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    g: f64,
    h: f64,
    n: usize,
}

impl Stats {
    fn add(&mut self, other: Stats) {
        self.g += other.g;
        self.h += other.h;
        self.n += other.n;
    }

    fn minus(self, other: Stats) -> Stats {
        Stats {
            g: self.g - other.g,
            h: self.h - other.h,
            n: self.n - other.n,
        }
    }

    fn score(self, l2: f64) -> f64 {
        self.g * self.g / (self.h + l2)
    }
}

struct Candidate {
    feature: usize,
    rule: SplitRule,
    gain: f64,
}

struct Grower<'a> {
    data: &'a BinnedData<'a>,
    gradients: &'a [(f64, f64)],
    config: &'a TreesConfig,
    nodes: Vec<Node>,
}

impl Grower<'_> {
    /// Grows the subtree for `rows`, returning its node index.
    fn grow(&mut self, rows: Vec<u32>, depth: usize) -> u32 {
        let total = self.total(&rows);
        let value = -total.g / (total.h + self.config.l2) * self.config.learning_rate;
        let index = self.nodes.len() as u32;
        self.nodes.push(Node::Leaf { value });
        if depth >= self.config.max_depth || rows.len() < 2 * self.config.min_rows_in_leaf {
            return index;
        }
        let Some(best) = self.best_split(&rows, total) else {
            return index;
        };
        let features = self.data.features;
        let (left_rows, right_rows): (Vec<u32>, Vec<u32>) = rows.iter().partition(|&&r| {
            best.rule
                .goes_left(self.data.bins[r as usize * features + best.feature])
        });
        drop(rows);
        let left = self.grow(left_rows, depth + 1);
        let right = self.grow(right_rows, depth + 1);
        self.nodes[index as usize] = Node::Split {
            feature: best.feature as u16,
            rule: best.rule,
            left,
            right,
            value,
        };
        index
    }

    fn total(&self, rows: &[u32]) -> Stats {
        let mut total = Stats::default();
        for &r in rows {
            let (g, h) = self.gradients[r as usize];
            total.add(Stats { g, h, n: 1 });
        }
        total
    }

    fn best_split(&self, rows: &[u32], total: Stats) -> Option<Candidate> {
        let features = self.data.features;
        let offsets: Vec<usize> = self
            .data
            .bin_counts
            .iter()
            .scan(0, |acc, &count| {
                let start = *acc;
                *acc += count;
                Some(start)
            })
            .collect();
        let mut histogram = vec![Stats::default(); self.data.bin_counts.iter().sum()];
        for &r in rows {
            let (g, h) = self.gradients[r as usize];
            let row_bins = &self.data.bins[r as usize * features..(r as usize + 1) * features];
            for (feature, &bin) in row_bins.iter().enumerate() {
                let cell = &mut histogram[offsets[feature] + bin as usize];
                cell.g += g;
                cell.h += h;
                cell.n += 1;
            }
        }
        let parent = total.score(self.config.l2);
        let mut best: Option<Candidate> = None;
        for feature in 0..features {
            let bins =
                &histogram[offsets[feature]..offsets[feature] + self.data.bin_counts[feature]];
            let candidate = if self.data.categorical[feature] {
                self.best_level_split(feature, bins, total, parent)
            } else {
                self.best_threshold_split(feature, bins, total, parent)
            };
            if let Some(candidate) = candidate
                && best.as_ref().is_none_or(|b| candidate.gain > b.gain)
            {
                best = Some(candidate);
            }
        }
        best
    }

    fn gain(&self, left: Stats, total: Stats, parent: f64) -> Option<f64> {
        let right = total.minus(left);
        let min = self.config.min_rows_in_leaf;
        if left.n < min || right.n < min {
            return None;
        }
        let gain = left.score(self.config.l2) + right.score(self.config.l2) - parent;
        (gain > 1e-9).then_some(gain)
    }

    fn best_threshold_split(
        &self,
        feature: usize,
        bins: &[Stats],
        total: Stats,
        parent: f64,
    ) -> Option<Candidate> {
        let missing = bins[MISSING_BIN as usize];
        let mut best: Option<Candidate> = None;
        let mut prefix = Stats::default();
        // max_bin 0 with missing on the left is the "missing or not" split.
        for (max_bin, stats) in bins.iter().enumerate().take(bins.len() - 1) {
            if max_bin > 0 {
                prefix.add(*stats);
            }
            for missing_left in [false, true] {
                let mut left = prefix;
                if missing_left {
                    left.add(missing);
                }
                if let Some(gain) = self.gain(left, total, parent)
                    && best.as_ref().is_none_or(|b| gain > b.gain)
                {
                    let rule = SplitRule::Threshold {
                        max_bin: max_bin as u16,
                        missing_left,
                    };
                    best = Some(Candidate {
                        feature,
                        rule,
                        gain,
                    });
                }
            }
        }
        best
    }

    /// Orders the non-empty levels by mean gradient and tries every cut of
    /// that order (the classic optimal partition for a single-output split).
    fn best_level_split(
        &self,
        feature: usize,
        bins: &[Stats],
        total: Stats,
        parent: f64,
    ) -> Option<Candidate> {
        let mut levels: Vec<usize> = (0..bins.len()).filter(|&b| bins[b].n > 0).collect();
        if levels.len() < 2 {
            return None;
        }
        let smoothing = self.config.category_smoothing;
        levels.sort_by(|&a, &b| {
            let ka = bins[a].g / (bins[a].h + smoothing);
            let kb = bins[b].g / (bins[b].h + smoothing);
            ka.total_cmp(&kb).then(a.cmp(&b))
        });
        let mut best: Option<(usize, f64)> = None;
        let mut left = Stats::default();
        for (cut, &level) in levels.iter().enumerate().take(levels.len() - 1) {
            left.add(bins[level]);
            if let Some(gain) = self.gain(left, total, parent)
                && best.is_none_or(|b| gain > b.1)
            {
                best = Some((cut, gain));
            }
        }
        best.map(|(cut, gain)| {
            let mut left: Vec<u16> = levels[..=cut].iter().map(|&b| b as u16).collect();
            left.sort_unstable();
            Candidate {
                feature,
                rule: SplitRule::Levels { left },
                gain,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::roc_auc;
    use crate::rng::SplitMix64;

    /// Feature 0: ordered bins 1..=10 with an XOR-like interaction with the
    /// categorical feature 1 (levels 2..=4); feature 2 is noise; feature 0 is
    /// missing (bin 0) for some rows, which then mostly convert.
    fn synthetic(n: usize, seed: u64) -> (Vec<u16>, Vec<bool>) {
        let mut rng = SplitMix64::new(seed);
        let mut bins = Vec::new();
        let mut labels = Vec::new();
        for _ in 0..n {
            let missing = rng.next_f64() < 0.1;
            let x0 = if missing { 0 } else { 1 + rng.below(10) as u16 };
            let level = 2 + rng.below(3) as u16;
            let noise = 1 + rng.below(5) as u16;
            let truth = if missing {
                0.9
            } else if (x0 > 5) == (level == 3) {
                0.8
            } else {
                0.15
            };
            labels.push(rng.next_f64() < truth);
            bins.extend([x0, level, noise]);
        }
        (bins, labels)
    }

    fn data(bins: &[u16]) -> BinnedData<'_> {
        BinnedData {
            bins,
            features: 3,
            bin_counts: &[11, 5, 6],
            categorical: &[false, true, false],
        }
    }

    #[test]
    fn learns_an_interaction_a_linear_model_cannot() {
        let (train_bins, train_labels) = synthetic(3000, 1);
        let (test_bins, test_labels) = synthetic(2000, 2);
        let model =
            BoostedTrees::fit(&data(&train_bins), &train_labels, &TreesConfig::default()).unwrap();
        let scores: Vec<f64> = test_bins.chunks(3).map(|row| model.logit(row)).collect();
        let auc = roc_auc(&scores, &test_labels).unwrap();
        assert!(auc > 0.8, "AUC {auc}");
    }

    #[test]
    fn deterministic_and_serialisable() {
        let (bins, labels) = synthetic(500, 3);
        let config = TreesConfig {
            trees: 20,
            ..TreesConfig::default()
        };
        let a = BoostedTrees::fit(&data(&bins), &labels, &config).unwrap();
        let b = BoostedTrees::fit(&data(&bins), &labels, &config).unwrap();
        assert_eq!(a, b);
        let json = serde_json::to_string(&a).unwrap();
        let back: BoostedTrees = serde_json::from_str(&json).unwrap();
        assert_eq!(back.logit(&bins[..3]), a.logit(&bins[..3]));
    }

    #[test]
    fn contributions_add_up_and_credit_the_signal() {
        let (bins, labels) = synthetic(2000, 4);
        let model = BoostedTrees::fit(
            &data(&bins),
            &labels,
            &TreesConfig {
                trees: 50,
                ..TreesConfig::default()
            },
        )
        .unwrap();
        let mut noise_share = 0.0;
        let mut signal_share = 0.0;
        for row in bins.chunks(3).take(200) {
            let (baseline, per_feature) = model.contributions(row, 3);
            let total = baseline + per_feature.iter().sum::<f64>();
            assert!((total - model.logit(row)).abs() < 1e-9);
            signal_share += per_feature[0].abs() + per_feature[1].abs();
            noise_share += per_feature[2].abs();
        }
        assert!(
            noise_share < 0.2 * signal_share,
            "noise {noise_share} vs signal {signal_share}"
        );
    }

    #[test]
    fn leaves_respect_the_minimum_size() {
        let (bins, labels) = synthetic(300, 5);
        let config = TreesConfig {
            trees: 5,
            min_rows_in_leaf: 40,
            ..TreesConfig::default()
        };
        let model = BoostedTrees::fit(&data(&bins), &labels, &config).unwrap();
        for tree in &model.trees {
            let leaves = tree
                .nodes
                .iter()
                .filter(|n| matches!(n, Node::Leaf { .. }))
                .count();
            assert!(leaves <= 300 / 40);
        }
    }

    #[test]
    fn missing_goes_where_the_data_says() {
        let rule = SplitRule::Threshold {
            max_bin: 3,
            missing_left: true,
        };
        assert!(rule.goes_left(0) && rule.goes_left(3) && !rule.goes_left(4));
        let rule = SplitRule::Levels { left: vec![2, 5] };
        assert!(rule.goes_left(5) && !rule.goes_left(1) && !rule.goes_left(0));
    }
}
