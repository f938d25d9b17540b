//! Raw examples and the encoder that turns them into model inputs.
//!
//! An [`Example`] is a bag of named values as the CRM holds them: categorical
//! values (lead source, country) and numbers (visits, minutes on site), any of
//! which may be missing. The [`FeatureEncoder`] is fitted on training examples
//! only (fitting it on everything would leak the held-out rows' level counts
//! and quantiles into cross-validation) and then produces:
//! - sparse numeric rows for the linear model: one-hot levels with rare levels
//!   pooled into "other", missing indicators, standardised numbers (log1p
//!   first when the training values are strongly right-skewed), optionally
//!   quantile-bin indicators so a linear model can bend;
//! - one small bin number per raw feature for the tree model.
//!
//! Nothing here knows about placeholders such as a form's "Select": the data
//! adapter decides what counts as missing before building examples.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// One record to score: named categorical values and named numbers.
/// A name that is absent is missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Example {
    categorical: BTreeMap<String, String>,
    numeric: BTreeMap<String, f64>,
}

impl Example {
    /// An example with no values.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a categorical value.
    pub fn set_category(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.categorical.insert(name.into(), value.into());
    }

    /// Sets a number; a NaN or infinite number is stored as missing.
    pub fn set_number(&mut self, name: impl Into<String>, value: f64) {
        let name = name.into();
        if value.is_finite() {
            self.numeric.insert(name, value);
        } else {
            self.numeric.remove(&name);
        }
    }

    /// Builder form of [`Example::set_category`].
    pub fn with_category(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.set_category(name, value);
        self
    }

    /// Builder form of [`Example::set_number`].
    pub fn with_number(mut self, name: impl Into<String>, value: f64) -> Self {
        self.set_number(name, value);
        self
    }

    /// The categorical value of `name`, if present.
    pub fn category(&self, name: &str) -> Option<&str> {
        self.categorical.get(name).map(String::as_str)
    }

    /// The number `name`, if present.
    pub fn number(&self, name: &str) -> Option<f64> {
        self.numeric.get(name).copied()
    }

    /// Names of the categorical values present.
    pub fn categorical_names(&self) -> impl Iterator<Item = &str> {
        self.categorical.keys().map(String::as_str)
    }

    /// Names of the numbers present.
    pub fn numeric_names(&self) -> impl Iterator<Item = &str> {
        self.numeric.keys().map(String::as_str)
    }
}

/// How the encoder is fitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EncoderConfig {
    /// Levels seen fewer times than this in training are pooled into "other":
    /// a coefficient estimated from a handful of rows is mostly noise.
    pub min_level_count: usize,
    /// Sample skewness above which non-negative numbers are log1p-transformed
    /// before standardising (counts and durations have long right tails).
    pub skew_threshold: f64,
    /// Quantile bins per number for the tree model.
    pub tree_bins: usize,
    /// Quantile-bin indicators per number added for the linear model
    /// (0 = none); they let a linear model follow a non-monotone effect.
    /// Fewer are used when there are under [`MIN_ROWS_PER_LINEAR_BIN`] values per bin.
    pub linear_bins: usize,
}

impl Default for EncoderConfig {
    fn default() -> Self {
        Self {
            min_level_count: 10,
            skew_threshold: 1.0,
            tree_bins: 32,
            linear_bins: 16,
        }
    }
}

/// What the encoder learned about a categorical feature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoricalStats {
    /// Levels frequent enough to get their own column, most frequent first.
    pub levels: Vec<String>,
    /// Whether training had levels pooled into "other".
    pub has_other: bool,
    /// Whether training had missing values.
    pub has_missing: bool,
}

/// What the encoder learned about a numeric feature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumericStats {
    /// Whether values are log1p-transformed before standardising.
    pub log_transform: bool,
    /// Mean of the (transformed) training values.
    pub mean: f64,
    /// Standard deviation of the (transformed) training values (never 0).
    pub std_dev: f64,
    /// Whether training had missing values.
    pub has_missing: bool,
    /// Raw-value cut points of the tree bins.
    pub tree_edges: Vec<f64>,
    /// Raw-value cut points of the linear-model bin indicators.
    pub linear_edges: Vec<f64>,
    /// Values at or below this are described as "low" (lower tercile).
    pub low_cut: f64,
    /// Values at or above this are described as "high" (upper tercile).
    pub high_cut: f64,
}

/// The type-specific part of a [`RawFeature`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FeatureKind {
    Categorical(CategoricalStats),
    Numeric(NumericStats),
}

/// A named input as the user knows it (before one-hot encoding).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawFeature {
    pub name: String,
    pub kind: FeatureKind,
}

/// What one encoded column stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ColumnMeaning {
    /// 1 when the feature has this level.
    Level(String),
    /// 1 when the level was rare or unseen in training.
    Other,
    /// 1 when the value is missing.
    Missing,
    /// The standardised (possibly log1p) number, 0 when missing.
    Value,
    /// 1 when `above < value <= up_to` (`None`: unbounded on that side).
    Bin {
        above: Option<f64>,
        up_to: Option<f64>,
    },
}

/// One column of the encoded matrix and the raw feature it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EncodedColumn {
    /// Index into [`FeatureEncoder::features`].
    pub feature: usize,
    pub meaning: ColumnMeaning,
}

/// A sparse encoded row: `(column, value)` pairs in increasing column order.
pub type SparseRow = Vec<(u32, f64)>;

/// How an example's value of one feature reads in an explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FeatureState {
    /// A categorical value, as given.
    Is(String),
    Missing,
    Low,
    Medium,
    High,
}

/// A linear-model bin indicator needs about this many training values behind
/// it for its weight to mean something; small workspaces get fewer bins.
pub const MIN_ROWS_PER_LINEAR_BIN: usize = 100;

/// Bin 0 of every tree feature holds missing values.
pub const MISSING_BIN: u16 = 0;
/// Bin 1 of a categorical tree feature holds rare and unseen levels.
pub const OTHER_BIN: u16 = 1;

/// Turns examples into model inputs; fitted once on training examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureEncoder {
    features: Vec<RawFeature>,
    columns: Vec<EncodedColumn>,
    /// First encoded column of each feature.
    offsets: Vec<usize>,
}

impl FeatureEncoder {
    /// Learns levels, transforms and bins from training examples.
    pub fn fit(examples: &[Example], config: &EncoderConfig) -> Self {
        let mut categorical_names = BTreeSet::new();
        let mut numeric_names = BTreeSet::new();
        for example in examples {
            categorical_names.extend(example.categorical_names());
            numeric_names.extend(example.numeric_names());
        }
        let mut features = Vec::new();
        for name in categorical_names {
            let stats = fit_categorical(examples, name, config);
            features.push(RawFeature {
                name: name.to_string(),
                kind: FeatureKind::Categorical(stats),
            });
        }
        for name in numeric_names {
            let stats = fit_numeric(examples, name, config);
            features.push(RawFeature {
                name: name.to_string(),
                kind: FeatureKind::Numeric(stats),
            });
        }
        let mut columns = Vec::new();
        let mut offsets = Vec::with_capacity(features.len());
        for (index, feature) in features.iter().enumerate() {
            offsets.push(columns.len());
            columns.extend(
                feature_columns(feature)
                    .into_iter()
                    .map(|meaning| EncodedColumn {
                        feature: index,
                        meaning,
                    }),
            );
        }
        Self {
            features,
            columns,
            offsets,
        }
    }

    /// The raw features, categorical first, each group in name order.
    pub fn features(&self) -> &[RawFeature] {
        &self.features
    }

    /// The encoded columns, grouped by feature in feature order.
    pub fn columns(&self) -> &[EncodedColumn] {
        &self.columns
    }

    /// The sparse encoded row of an example for the linear model.
    pub fn encode(&self, example: &Example) -> SparseRow {
        let mut row = Vec::new();
        for (index, feature) in self.features.iter().enumerate() {
            let start = self.offsets[index];
            match &feature.kind {
                FeatureKind::Categorical(stats) => {
                    encode_categorical(stats, example.category(&feature.name), start, &mut row)
                }
                FeatureKind::Numeric(stats) => {
                    encode_numeric(stats, example.number(&feature.name), start, &mut row)
                }
            }
        }
        row
    }

    /// Number of tree bins of each feature.
    pub fn bin_counts(&self) -> Vec<usize> {
        self.features
            .iter()
            .map(|f| match &f.kind {
                FeatureKind::Categorical(stats) => stats.levels.len() + 2,
                FeatureKind::Numeric(stats) => stats.tree_edges.len() + 2,
            })
            .collect()
    }

    /// Which features are categorical (their bins have no order).
    pub fn categorical_mask(&self) -> Vec<bool> {
        self.features
            .iter()
            .map(|f| matches!(f.kind, FeatureKind::Categorical(_)))
            .collect()
    }

    /// Appends one tree bin per feature for `example` to `out`.
    pub fn bin_into(&self, example: &Example, out: &mut Vec<u16>) {
        for feature in &self.features {
            let bin = match &feature.kind {
                FeatureKind::Categorical(stats) => match example.category(&feature.name) {
                    None => MISSING_BIN,
                    Some(value) => match stats.levels.iter().position(|l| l == value) {
                        Some(level) => level as u16 + 2,
                        None => OTHER_BIN,
                    },
                },
                FeatureKind::Numeric(stats) => match example.number(&feature.name) {
                    None => MISSING_BIN,
                    Some(value) => 1 + stats.tree_edges.partition_point(|&e| e < value) as u16,
                },
            };
            out.push(bin);
        }
    }

    /// How the example's value of feature `index` reads in an explanation.
    pub fn describe(&self, index: usize, example: &Example) -> FeatureState {
        let feature = &self.features[index];
        match &feature.kind {
            FeatureKind::Categorical(_) => match example.category(&feature.name) {
                Some(value) => FeatureState::Is(value.to_string()),
                None => FeatureState::Missing,
            },
            FeatureKind::Numeric(stats) => match example.number(&feature.name) {
                None => FeatureState::Missing,
                Some(value) if value <= stats.low_cut => FeatureState::Low,
                Some(value) if value >= stats.high_cut => FeatureState::High,
                Some(_) => FeatureState::Medium,
            },
        }
    }
}

fn fit_categorical(examples: &[Example], name: &str, config: &EncoderConfig) -> CategoricalStats {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut has_missing = false;
    for example in examples {
        match example.category(name) {
            Some(value) => *counts.entry(value).or_default() += 1,
            None => has_missing = true,
        }
    }
    let mut frequent: Vec<(&str, usize)> = counts
        .iter()
        .filter(|(_, c)| **c >= config.min_level_count)
        .map(|(l, c)| (*l, *c))
        .collect();
    // Most frequent first; the BTreeMap order breaks ties, so the layout is stable.
    frequent.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    CategoricalStats {
        has_other: frequent.len() < counts.len(),
        levels: frequent.into_iter().map(|(l, _)| l.to_string()).collect(),
        has_missing,
    }
}

fn fit_numeric(examples: &[Example], name: &str, config: &EncoderConfig) -> NumericStats {
    let mut values: Vec<f64> = examples.iter().filter_map(|e| e.number(name)).collect();
    let has_missing = values.len() < examples.len();
    values.sort_by(f64::total_cmp);
    let log_transform =
        values.first().is_some_and(|&min| min >= 0.0) && skewness(&values) > config.skew_threshold;
    let transformed: Vec<f64> = values
        .iter()
        .map(|&v| transform(v, log_transform))
        .collect();
    let (mean, std_dev) = mean_and_std(&transformed);
    NumericStats {
        log_transform,
        mean,
        std_dev: if std_dev > 1e-12 { std_dev } else { 1.0 },
        has_missing,
        tree_edges: quantile_edges(&values, config.tree_bins),
        linear_edges: quantile_edges(
            &values,
            config
                .linear_bins
                .min(values.len() / MIN_ROWS_PER_LINEAR_BIN),
        ),
        low_cut: quantile(&values, 1.0 / 3.0),
        high_cut: quantile(&values, 2.0 / 3.0),
    }
}

fn feature_columns(feature: &RawFeature) -> Vec<ColumnMeaning> {
    let mut columns = Vec::new();
    match &feature.kind {
        FeatureKind::Categorical(stats) => {
            columns.extend(stats.levels.iter().cloned().map(ColumnMeaning::Level));
            if stats.has_other {
                columns.push(ColumnMeaning::Other);
            }
            if stats.has_missing {
                columns.push(ColumnMeaning::Missing);
            }
        }
        FeatureKind::Numeric(stats) => {
            columns.push(ColumnMeaning::Value);
            if stats.has_missing {
                columns.push(ColumnMeaning::Missing);
            }
            if !stats.linear_edges.is_empty() {
                let mut lower = None;
                for edge in stats.linear_edges.iter().copied().map(Some).chain([None]) {
                    columns.push(ColumnMeaning::Bin {
                        above: lower,
                        up_to: edge,
                    });
                    lower = edge;
                }
            }
        }
    }
    columns
}

fn encode_categorical(
    stats: &CategoricalStats,
    value: Option<&str>,
    start: usize,
    row: &mut SparseRow,
) {
    let levels = stats.levels.len();
    let column = match value {
        Some(value) => match stats.levels.iter().position(|l| l == value) {
            Some(level) => Some(start + level),
            None => stats.has_other.then_some(start + levels),
        },
        None => stats
            .has_missing
            .then_some(start + levels + usize::from(stats.has_other)),
    };
    if let Some(column) = column {
        row.push((column as u32, 1.0));
    }
}

fn encode_numeric(stats: &NumericStats, value: Option<f64>, start: usize, row: &mut SparseRow) {
    let bins_start = start + 1 + usize::from(stats.has_missing);
    match value {
        Some(value) => {
            let standardised = (transform(value, stats.log_transform) - stats.mean) / stats.std_dev;
            if standardised != 0.0 {
                row.push((start as u32, standardised));
            }
            if !stats.linear_edges.is_empty() {
                let bin = stats.linear_edges.partition_point(|&e| e < value);
                row.push(((bins_start + bin) as u32, 1.0));
            }
        }
        // Missing numbers sit at the mean (0 after standardising); the
        // indicator carries whatever missingness itself says.
        None if stats.has_missing => row.push(((start + 1) as u32, 1.0)),
        None => {}
    }
}

fn transform(value: f64, log_transform: bool) -> f64 {
    if log_transform { value.ln_1p() } else { value }
}

fn mean_and_std(values: &[f64]) -> (f64, f64) {
    if values.is_empty() {
        return (0.0, 1.0);
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    (mean, variance.sqrt())
}

/// Sample skewness (third standardised moment); 0 for constant or tiny samples.
fn skewness(values: &[f64]) -> f64 {
    let (mean, std) = mean_and_std(values);
    if values.len() < 3 || std < 1e-12 {
        return 0.0;
    }
    values
        .iter()
        .map(|v| ((v - mean) / std).powi(3))
        .sum::<f64>()
        / values.len() as f64
}

/// Linear-interpolation-free quantile of sorted values (nearest rank below).
pub(crate) fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() - 1) as f64 * q.clamp(0.0, 1.0)).round() as usize;
    sorted[index]
}

/// Cut points splitting sorted values into about `bins` equally filled bins.
/// With few distinct values, cuts fall midway between neighbours instead, so
/// every distinct value gets its own bin.
pub(crate) fn quantile_edges(sorted: &[f64], bins: usize) -> Vec<f64> {
    if bins < 2 || sorted.is_empty() {
        return Vec::new();
    }
    let mut distinct = sorted.to_vec();
    distinct.dedup();
    if distinct.len() <= bins {
        return distinct.windows(2).map(|w| (w[0] + w[1]) / 2.0).collect();
    }
    let mut edges: Vec<f64> = (1..bins).map(|i| sorted[i * sorted.len() / bins]).collect();
    edges.dedup();
    // An edge equal to the maximum would leave the last bin empty.
    if edges.last() == sorted.last() {
        edges.pop();
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Example> {
        let mut examples = Vec::new();
        for i in 0..40 {
            let source = match i % 4 {
                0 | 1 => "Web",
                2 => "Referral",
                _ if i == 3 => "Fax",
                _ => "Phone",
            };
            let mut example = Example::new().with_category("Source", source);
            if i % 5 != 0 {
                // A long right tail: mostly small, a few huge.
                example.set_number("Minutes", if i % 10 == 1 { 5000.0 } else { i as f64 });
            }
            examples.push(example);
        }
        examples
    }

    #[test]
    fn rare_levels_go_to_other_and_missing_gets_an_indicator() {
        let config = EncoderConfig {
            min_level_count: 5,
            linear_bins: 0,
            ..EncoderConfig::default()
        };
        let encoder = FeatureEncoder::fit(&sample(), &config);
        let FeatureKind::Categorical(stats) = &encoder.features()[0].kind else {
            panic!("categorical first")
        };
        assert_eq!(stats.levels, vec!["Web", "Referral", "Phone"]);
        assert!(stats.has_other, "Fax appears once");
        assert!(!stats.has_missing);
        let fax = encoder.encode(&Example::new().with_category("Source", "Fax"));
        assert_eq!(fax[0], (3, 1.0), "Fax encodes as the 'other' column");
        let unseen = encoder.encode(&Example::new().with_category("Source", "Carrier pigeon"));
        assert_eq!(unseen[0], (3, 1.0));
        let missing = encoder.encode(&Example::new());
        let minutes_missing = encoder
            .columns()
            .iter()
            .position(|c| c.meaning == ColumnMeaning::Missing)
            .unwrap();
        assert_eq!(missing, vec![(minutes_missing as u32, 1.0)]);
    }

    #[test]
    fn skewed_numbers_are_logged_and_standardised() {
        let encoder = FeatureEncoder::fit(&sample(), &EncoderConfig::default());
        let FeatureKind::Numeric(stats) = &encoder.features()[1].kind else {
            panic!("numeric second")
        };
        assert!(stats.log_transform, "5000s among small counts are skewed");
        assert!(stats.has_missing);
        let encoded: Vec<f64> = sample()
            .iter()
            .filter(|e| e.number("Minutes").is_some())
            .map(|e| {
                encoder
                    .encode(e)
                    .iter()
                    .find(|(c, _)| encoder.columns()[*c as usize].meaning == ColumnMeaning::Value)
                    .map_or(0.0, |p| p.1)
            })
            .collect();
        let mean = encoded.iter().sum::<f64>() / encoded.len() as f64;
        let var = encoded.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / encoded.len() as f64;
        assert!(mean.abs() < 1e-9 && (var - 1.0).abs() < 1e-9);
    }

    #[test]
    fn linear_bins_one_hot_each_present_number() {
        let small = FeatureEncoder::fit(
            &sample(),
            &EncoderConfig {
                linear_bins: 4,
                ..EncoderConfig::default()
            },
        );
        assert!(
            !small
                .columns()
                .iter()
                .any(|c| matches!(c.meaning, ColumnMeaning::Bin { .. })),
            "32 values are too few for bins"
        );
        let many: Vec<Example> = (0..10).flat_map(|_| sample()).collect();
        let encoder = FeatureEncoder::fit(
            &many,
            &EncoderConfig {
                linear_bins: 4,
                ..EncoderConfig::default()
            },
        );
        let bins: Vec<usize> = encoder
            .columns()
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.meaning, ColumnMeaning::Bin { .. }))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(bins.len(), 3, "320 values support 3 bins of 100");
        for example in sample() {
            let row = encoder.encode(&example);
            let hits = row
                .iter()
                .filter(|(c, _)| bins.contains(&(*c as usize)))
                .count();
            assert_eq!(hits, usize::from(example.number("Minutes").is_some()));
        }
    }

    #[test]
    fn tree_bins_keep_order_and_reserve_missing() {
        let encoder = FeatureEncoder::fit(
            &sample(),
            &EncoderConfig {
                tree_bins: 4,
                ..EncoderConfig::default()
            },
        );
        let bin_of = |minutes: Option<f64>| {
            let mut example = Example::new().with_category("Source", "Web");
            if let Some(m) = minutes {
                example.set_number("Minutes", m);
            }
            let mut out = Vec::new();
            encoder.bin_into(&example, &mut out);
            out
        };
        assert_eq!(bin_of(None)[1], MISSING_BIN);
        assert!(bin_of(Some(1.0))[1] >= 1);
        assert!(bin_of(Some(1.0))[1] < bin_of(Some(30.0))[1]);
        assert!(bin_of(Some(30.0))[1] < bin_of(Some(9999.0))[1]);
        assert_eq!(bin_of(None)[0], 2, "Web is the most frequent level");
        assert_eq!(encoder.bin_counts()[1], encoder.bin_counts()[1].min(6));
    }

    #[test]
    fn describe_uses_terciles_and_raw_values() {
        let encoder = FeatureEncoder::fit(&sample(), &EncoderConfig::default());
        let low = Example::new()
            .with_number("Minutes", 0.0)
            .with_category("Source", "Fax");
        let high = Example::new().with_number("Minutes", 10_000.0);
        assert_eq!(encoder.describe(0, &low), FeatureState::Is("Fax".into()));
        assert_eq!(encoder.describe(1, &low), FeatureState::Low);
        assert_eq!(encoder.describe(1, &high), FeatureState::High);
        assert_eq!(encoder.describe(0, &high), FeatureState::Missing);
    }

    #[test]
    fn quantile_edges_for_few_and_many_distinct_values() {
        assert_eq!(quantile_edges(&[1.0, 1.0, 2.0, 3.0], 8), vec![1.5, 2.5]);
        let many: Vec<f64> = (0..100).map(f64::from).collect();
        assert_eq!(quantile_edges(&many, 4), vec![25.0, 50.0, 75.0]);
        assert!(quantile_edges(&many, 1).is_empty());
    }
}
