//! A trainable text classifier: multinomial logistic regression over hashed
//! features (see `features.rs`), trained with AdaGrad.
//!
//! One model type serves every "label this text" job in Relata: a workspace's
//! own sentiment model, and lead classification, where the labels are
//! whatever categories the team defines and the input is text plus a few
//! categorical tags such as `source=web` or `title=cto`.
//!
//! Training is deterministic (a fixed-seed shuffle, no threads), the model
//! serialises to compact JSON (pruned, quantised weights), and a trained model
//! can be nudged with a few corrections without retraining from scratch.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::features::{FeatureConfig, Features, extract};

/// Hyper-parameters. The defaults were chosen by cross-validation on the
/// development data (see `eval`), and work for short texts in general.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClassifierConfig {
    pub features: FeatureConfig,
    /// Passes over the training data.
    pub epochs: u32,
    /// AdaGrad step size.
    pub learning_rate: f32,
    /// L2 penalty, applied to a weight whenever its feature occurs.
    pub l2: f32,
    /// Weigh classes inversely to their frequency (better recall on rare
    /// classes, at some cost in accuracy).
    pub balanced: bool,
    /// Seed of the shuffle; the same data and seed give the same model.
    pub seed: u64,
    /// Buckets whose weights are all smaller than this are not saved.
    pub prune_below: f32,
    /// Largest passive-aggressive step taken by [`Classifier::update`].
    pub update_rate: f32,
}

impl Default for ClassifierConfig {
    fn default() -> Self {
        ClassifierConfig {
            features: FeatureConfig::default(),
            epochs: 10,
            learning_rate: 0.05,
            l2: 1e-5,
            balanced: false,
            seed: 0x5eed,
            prune_below: 1e-3,
            update_rate: 1.0,
        }
    }
}

/// One labelled training example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub text: String,
    /// Categorical facts besides the text, e.g. `source=web`.
    #[serde(default)]
    pub tags: Vec<String>,
    pub label: String,
}

impl Example {
    pub fn new(text: impl Into<String>, label: impl Into<String>) -> Example {
        Example {
            text: text.into(),
            tags: Vec::new(),
            label: label.into(),
        }
    }

    pub fn with_tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Example {
        self.tags = tags.into_iter().map(Into::into).collect();
        self
    }
}

/// A predicted label with the probability of every label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prediction {
    pub label: String,
    pub probability: f32,
    /// Every label with its probability, in the model's label order.
    pub probabilities: Vec<(String, f32)>,
}

impl Prediction {
    /// The probability of `label` (0 if the model does not know it).
    pub fn probability_of(&self, label: &str) -> f32 {
        self.probabilities
            .iter()
            .find(|(l, _)| l == label)
            .map_or(0.0, |(_, p)| *p)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    #[error("training needs at least two different labels, got {0}")]
    TooFewLabels(usize),
    #[error("a label must not be empty")]
    EmptyLabel,
    #[error("model JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("inconsistent model: {0}")]
    BadModel(String),
}

/// A trained classifier. Serialises to JSON (see [`Classifier::to_json`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(into = "ModelFile", try_from = "ModelFile")]
pub struct Classifier {
    config: ClassifierConfig,
    labels: Vec<String>,
    /// Bucket-major: the weights of bucket `j` are `[j * K .. (j + 1) * K]`,
    /// so scoring one feature reads one cache line.
    weights: Vec<f32>,
    bias: Vec<f32>,
}

impl Classifier {
    /// Trains a model on labelled examples.
    pub fn train(
        examples: &[Example],
        config: ClassifierConfig,
    ) -> Result<Classifier, ClassifierError> {
        let labels = label_set(examples)?;
        let features: Vec<Features> = examples
            .iter()
            .map(|e| extract(&e.text, &e.tags, &config.features))
            .collect();
        let targets: Vec<usize> = examples
            .iter()
            .map(|e| labels.iter().position(|l| *l == e.label).unwrap_or(0))
            .collect();
        let mut model = Classifier::empty(config, labels);
        model.fit(&features, &targets);
        Ok(model)
    }

    fn empty(config: ClassifierConfig, labels: Vec<String>) -> Classifier {
        let buckets = 1usize << config.features.bits.clamp(8, 26);
        Classifier {
            weights: vec![0.0; buckets * labels.len()],
            bias: vec![0.0; labels.len()],
            config,
            labels,
        }
    }

    /// AdaGrad over shuffled examples, class-weighted if configured.
    fn fit(&mut self, features: &[Features], targets: &[usize]) {
        let k = self.labels.len();
        let class_weight = self.class_weights(targets);
        let mut squares = vec![0.0f32; self.weights.len()];
        let mut bias_squares = vec![0.0f32; k];
        let mut order: Vec<usize> = (0..features.len()).collect();
        let mut rng = SplitMix64(self.config.seed);
        let (rate, l2) = (self.config.learning_rate, self.config.l2);
        let mut gradient = vec![0.0f32; k];
        for _ in 0..self.config.epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                let probabilities = self.probabilities(&features[i]);
                for (c, g) in gradient.iter_mut().enumerate() {
                    let truth = if c == targets[i] { 1.0 } else { 0.0 };
                    *g = class_weight[targets[i]] * (probabilities[c] - truth);
                }
                for &(j, x) in &features[i] {
                    let base = j as usize * k;
                    for (c, g) in gradient.iter().enumerate() {
                        let w = &mut self.weights[base + c];
                        let grad = g * x + l2 * *w;
                        squares[base + c] += grad * grad;
                        *w -= rate * grad / (squares[base + c].sqrt() + 1e-6);
                    }
                }
                for (c, g) in gradient.iter().enumerate() {
                    bias_squares[c] += g * g;
                    self.bias[c] -= rate * g / (bias_squares[c].sqrt() + 1e-6);
                }
            }
        }
    }

    fn class_weights(&self, targets: &[usize]) -> Vec<f32> {
        let k = self.labels.len();
        if !self.config.balanced {
            return vec![1.0; k];
        }
        let mut counts = vec![0usize; k];
        for &t in targets {
            counts[t] += 1;
        }
        counts
            .iter()
            .map(|&n| targets.len() as f32 / (k as f32 * n.max(1) as f32))
            .collect()
    }

    fn probabilities(&self, features: &Features) -> Vec<f32> {
        let k = self.labels.len();
        let mut scores = self.bias.clone();
        for &(j, x) in features {
            let row = &self.weights[j as usize * k..(j as usize + 1) * k];
            for (s, w) in scores.iter_mut().zip(row) {
                *s += w * x;
            }
        }
        softmax(&mut scores);
        scores
    }

    /// Predicts the label of a text.
    pub fn predict(&self, text: &str) -> Prediction {
        self.predict_tagged::<&str>(text, &[])
    }

    /// Predicts the label of a text with categorical tags (`source=web`).
    pub fn predict_tagged<S: AsRef<str>>(&self, text: &str, tags: &[S]) -> Prediction {
        let probabilities = self.probabilities(&extract(text, tags, &self.config.features));
        let best = probabilities
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i);
        Prediction {
            label: self.labels[best].clone(),
            probability: probabilities[best],
            probabilities: self.labels.iter().cloned().zip(probabilities).collect(),
        }
    }

    /// Learns from a few corrections: up to `passes` passive-aggressive
    /// passes over the new examples, stopping once each is predicted right
    /// with a margin. Each step is the smallest change that fixes the
    /// example, and only its features' weights move (not the class priors),
    /// so a handful of corrections does not tilt every other prediction.
    /// Labels the model has not seen are added.
    pub fn update(&mut self, examples: &[Example], passes: u32) -> Result<(), ClassifierError> {
        for example in examples {
            if example.label.is_empty() {
                return Err(ClassifierError::EmptyLabel);
            }
            if !self.labels.contains(&example.label) {
                self.add_label(&example.label);
            }
        }
        let features: Vec<Features> = examples
            .iter()
            .map(|e| extract(&e.text, &e.tags, &self.config.features))
            .collect();
        let targets: Vec<usize> = examples
            .iter()
            .map(|e| self.labels.iter().position(|l| *l == e.label).unwrap_or(0))
            .collect();
        for _ in 0..passes {
            let mut settled = true;
            for (x, &y) in features.iter().zip(&targets) {
                settled &= self.passive_aggressive_step(x, y);
            }
            if settled {
                break;
            }
        }
        Ok(())
    }

    /// One passive-aggressive step: the smallest change of the weights of
    /// the example's features that puts the true label a margin of 1 above
    /// the best wrong one (step capped by `update_rate`). Returns whether
    /// the margin was already there.
    fn passive_aggressive_step(&mut self, x: &Features, y: usize) -> bool {
        let k = self.labels.len();
        let mut scores = self.bias.clone();
        for &(j, v) in x {
            let row = &self.weights[j as usize * k..(j as usize + 1) * k];
            for (s, w) in scores.iter_mut().zip(row) {
                *s += w * v;
            }
        }
        let rival = (0..k)
            .filter(|&c| c != y)
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
            .unwrap_or(y);
        let margin = scores[y] - scores[rival];
        let norm: f32 = x.iter().map(|(_, v)| v * v).sum();
        if margin >= 1.0 || norm == 0.0 || rival == y {
            return margin >= 1.0;
        }
        let step = ((1.0 - margin) / (2.0 * norm)).min(self.config.update_rate);
        for &(j, v) in x {
            self.weights[j as usize * k + y] += step * v;
            self.weights[j as usize * k + rival] -= step * v;
        }
        false
    }

    /// Adds a label with zero weights, keeping labels sorted.
    fn add_label(&mut self, label: &str) {
        let old_k = self.labels.len();
        let mut labels = self.labels.clone();
        labels.push(label.to_string());
        labels.sort();
        let position = labels.iter().position(|l| l == label).unwrap_or(old_k);
        let buckets = self.weights.len() / old_k.max(1);
        let mut weights = Vec::with_capacity(buckets * (old_k + 1));
        for row in self.weights.chunks(old_k) {
            weights.extend_from_slice(&row[..position]);
            weights.push(0.0);
            weights.extend_from_slice(&row[position..]);
        }
        // A new class starts below the others so it does not win by default.
        self.bias.insert(position, -1.0);
        self.weights = weights;
        self.labels = labels;
    }

    /// The labels, sorted.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    pub fn config(&self) -> &ClassifierConfig {
        &self.config
    }

    /// The model as JSON (weights quantised to 1e-4, small buckets pruned).
    pub fn to_json(&self) -> String {
        // Serialising plain numbers and strings cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Result<Classifier, ClassifierError> {
        Ok(serde_json::from_str(json)?)
    }
}

fn label_set(examples: &[Example]) -> Result<Vec<String>, ClassifierError> {
    if examples.iter().any(|e| e.label.is_empty()) {
        return Err(ClassifierError::EmptyLabel);
    }
    let labels: BTreeSet<&str> = examples.iter().map(|e| e.label.as_str()).collect();
    if labels.len() < 2 {
        return Err(ClassifierError::TooFewLabels(labels.len()));
    }
    Ok(labels.into_iter().map(str::to_string).collect())
}

fn softmax(scores: &mut [f32]) {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for s in scores.iter_mut() {
        *s = (*s - max).exp();
        sum += *s;
    }
    for s in scores.iter_mut() {
        *s /= sum;
    }
}

/// The stored form: only buckets with a weight that matters, quantised.
#[derive(Serialize, Deserialize)]
struct ModelFile {
    format: u32,
    config: ClassifierConfig,
    labels: Vec<String>,
    bias: Vec<f32>,
    /// (bucket, one weight per label)
    buckets: Vec<(u32, Vec<f32>)>,
}

const FORMAT: u32 = 1;

fn quantise(w: f32) -> f32 {
    (w * 1e4).round() / 1e4
}

impl From<Classifier> for ModelFile {
    fn from(model: Classifier) -> ModelFile {
        let k = model.labels.len().max(1);
        let threshold = model.config.prune_below;
        let buckets = model
            .weights
            .chunks(k)
            .enumerate()
            .filter(|(_, row)| row.iter().any(|w| w.abs() >= threshold && w.abs() >= 5e-5))
            .map(|(j, row)| (j as u32, row.iter().copied().map(quantise).collect()))
            .collect();
        ModelFile {
            format: FORMAT,
            bias: model.bias.iter().copied().map(quantise).collect(),
            config: model.config,
            labels: model.labels,
            buckets,
        }
    }
}

impl TryFrom<ModelFile> for Classifier {
    type Error = ClassifierError;

    fn try_from(file: ModelFile) -> Result<Classifier, ClassifierError> {
        let bad = |m: &str| Err(ClassifierError::BadModel(m.to_string()));
        if file.format != FORMAT {
            return bad("unknown format version");
        }
        let k = file.labels.len();
        if k < 2 || file.bias.len() != k {
            return bad("labels and bias do not match");
        }
        let mut model = Classifier::empty(file.config, file.labels);
        model.bias = file.bias;
        let buckets = model.weights.len() / k;
        for (j, row) in file.buckets {
            if j as usize >= buckets || row.len() != k {
                return bad("bucket out of range or wrong width");
            }
            model.weights[j as usize * k..(j as usize + 1) * k].copy_from_slice(&row);
        }
        Ok(model)
    }
}

/// A tiny deterministic generator (SplitMix64) for shuffling.
pub(crate) struct SplitMix64(pub u64);

impl SplitMix64 {
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Fisher–Yates.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_config() -> ClassifierConfig {
        ClassifierConfig {
            features: FeatureConfig {
                bits: 14,
                ..FeatureConfig::default()
            },
            ..ClassifierConfig::default()
        }
    }

    /// Synthetic lead notes: pricing questions vs support requests.
    fn leads() -> Vec<Example> {
        let pricing = [
            "how much does the enterprise plan cost",
            "can you send a quote for fifty seats",
            "what is the price per user per month",
            "we need pricing for the annual plan",
            "is there a discount for nonprofits on the price",
            "send me your price list please",
        ];
        let support = [
            "the export button throws an error",
            "I cannot log in to my account",
            "the app crashes when I open a report",
            "password reset email never arrives",
            "sync with the calendar stopped working",
            "error message when uploading a file",
        ];
        let mut examples: Vec<Example> = pricing
            .iter()
            .map(|t| Example::new(*t, "pricing").with_tags(["source=web"]))
            .collect();
        examples.extend(
            support
                .iter()
                .map(|t| Example::new(*t, "support").with_tags(["source=email"])),
        );
        examples
    }

    #[test]
    fn learns_separable_categories() {
        let model = Classifier::train(&leads(), small_config()).unwrap();
        assert_eq!(model.labels(), ["pricing", "support"]);
        let p = model.predict_tagged("what would the price be for ten users", &["source=web"]);
        assert_eq!(p.label, "pricing");
        assert!(p.probability > 0.5);
        let s = model.predict("login fails with an error");
        assert_eq!(s.label, "support");
        let total: f32 = s.probabilities.iter().map(|(_, p)| p).sum();
        assert!((total - 1.0).abs() < 1e-4);
    }

    #[test]
    fn training_is_deterministic() {
        let a = Classifier::train(&leads(), small_config()).unwrap();
        let b = Classifier::train(&leads(), small_config()).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn json_round_trip_keeps_predictions() {
        let model = Classifier::train(&leads(), small_config()).unwrap();
        let json = model.to_json();
        let back = Classifier::from_json(&json).unwrap();
        for text in ["price for the team plan", "error on login", "hello"] {
            let (a, b) = (model.predict(text), back.predict(text));
            assert_eq!(a.label, b.label);
            assert!((a.probability - b.probability).abs() < 0.01);
        }
        assert!(Classifier::from_json("{\"format\":9}").is_err());
    }

    #[test]
    fn rejects_single_label_training() {
        let examples = vec![Example::new("a", "x"), Example::new("b", "x")];
        assert!(matches!(
            Classifier::train(&examples, small_config()),
            Err(ClassifierError::TooFewLabels(1))
        ));
    }

    #[test]
    fn update_learns_a_correction_and_a_new_label() {
        let mut model = Classifier::train(&leads(), small_config()).unwrap();
        let text = "our lawyer wants to review the data processing agreement";
        let correction = Example::new(text, "legal");
        model.update(&[correction], 20).unwrap();
        assert_eq!(model.labels(), ["legal", "pricing", "support"]);
        assert_eq!(model.predict(text).label, "legal");
        assert_eq!(model.predict("what is the price per seat").label, "pricing");
        assert_eq!(model.predict("the app crashes on login").label, "support");
    }

    #[test]
    fn update_fixes_a_wrong_prediction_among_known_labels() {
        let mut model = Classifier::train(&leads(), small_config()).unwrap();
        let text = "invoice amount looks wrong for our seats";
        let before = model.predict(text);
        let wanted = if before.label == "pricing" {
            "support"
        } else {
            "pricing"
        };
        model.update(&[Example::new(text, wanted)], 10).unwrap();
        assert_eq!(model.predict(text).label, wanted);
        assert_eq!(model.labels().len(), 2);
    }
}
