//! Sentiment of a text, and how a person's or company's sentiment moves.
//!
//! [`analyze`] uses the built-in lexicon; a workspace that has trained its own
//! model (labels `negative`/`neutral`/`positive`) wraps it in an
//! [`Analyzer::Trained`]. Trend helpers take `(time, score)` points, where time
//! is any increasing integer (Unix seconds in Relata).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::classifier::Classifier;
use crate::lexicon::{Lexicon, NEUTRAL_BAND};
use crate::tokens::{Lang, annotate};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Negative,
    Neutral,
    Positive,
}

impl Polarity {
    pub const ALL: [Polarity; 3] = [Polarity::Negative, Polarity::Neutral, Polarity::Positive];

    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Negative => "negative",
            Polarity::Neutral => "neutral",
            Polarity::Positive => "positive",
        }
    }

    pub fn parse(label: &str) -> Option<Polarity> {
        Polarity::ALL.into_iter().find(|p| p.as_str() == label)
    }

    /// The label of a score in [-1, 1] by the lexicon's neutral band.
    pub fn from_score(score: f32) -> Polarity {
        if score >= NEUTRAL_BAND {
            Polarity::Positive
        } else if score <= -NEUTRAL_BAND {
            Polarity::Negative
        } else {
            Polarity::Neutral
        }
    }
}

impl std::fmt::Display for Polarity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The sentiment of one text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Sentiment {
    /// From -1 (very negative) to 1 (very positive).
    pub score: f32,
    pub label: Polarity,
    /// How sure the analyser is of `label`, 0..1. For the lexicon this is a
    /// heuristic, for a trained model the predicted probability.
    pub confidence: f32,
    pub language: Lang,
}

/// Sentiment by the built-in lexicon.
pub fn analyze(text: &str) -> Sentiment {
    let annotated = annotate(text);
    let found = Lexicon::builtin().score(&annotated);
    let label = Polarity::from_score(found.score);
    let confidence = match label {
        Polarity::Neutral if found.positive_hits + found.negative_hits == 0 => 0.5,
        Polarity::Neutral => 0.5 + 0.4 * (1.0 - found.score.abs() / NEUTRAL_BAND),
        _ => 0.5 + 0.5 * found.score.abs(),
    };
    Sentiment {
        score: found.score,
        label,
        confidence,
        language: annotated.lang,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SentimentError {
    #[error("a sentiment model's labels must be negative/neutral/positive, found {0:?}")]
    Labels(Vec<String>),
}

/// Where sentiment comes from: the lexicon, or a workspace-trained model.
#[derive(Debug, Clone, Default)]
pub enum Analyzer {
    #[default]
    Lexicon,
    Trained(Classifier),
}

impl Analyzer {
    /// Wraps a trained classifier whose labels are polarities.
    pub fn trained(classifier: Classifier) -> Result<Analyzer, SentimentError> {
        if classifier
            .labels()
            .iter()
            .any(|l| Polarity::parse(l).is_none())
        {
            return Err(SentimentError::Labels(classifier.labels().to_vec()));
        }
        Ok(Analyzer::Trained(classifier))
    }

    pub fn analyze(&self, text: &str) -> Sentiment {
        match self {
            Analyzer::Lexicon => analyze(text),
            Analyzer::Trained(model) => {
                let p = model.predict(text);
                Sentiment {
                    score: p.probability_of("positive") - p.probability_of("negative"),
                    label: Polarity::parse(&p.label).unwrap_or(Polarity::Neutral),
                    confidence: p.probability,
                    language: crate::tokens::detect_language(text),
                }
            }
        }
    }
}

/// For each point (in time order) the mean score of the points in the
/// `window` ending at it, inclusive: `(time, average)`.
pub fn rolling_average(points: &[(i64, f32)], window: i64) -> Vec<(i64, f32)> {
    let mut sorted = points.to_vec();
    sorted.sort_by_key(|(t, _)| *t);
    let mut out = Vec::with_capacity(sorted.len());
    let (mut start, mut sum) = (0usize, 0.0f32);
    for end in 0..sorted.len() {
        sum += sorted[end].1;
        while sorted[start].0 <= sorted[end].0 - window {
            sum -= sorted[start].1;
            start += 1;
        }
        out.push((sorted[end].0, sum / (end - start + 1) as f32));
    }
    out
}

/// [`rolling_average`] per key (a person or company id).
pub fn rolling_by_key<K: Ord + Clone>(
    points: &[(K, i64, f32)],
    window: i64,
) -> BTreeMap<K, Vec<(i64, f32)>> {
    let mut grouped: BTreeMap<K, Vec<(i64, f32)>> = BTreeMap::new();
    for (key, at, score) in points {
        grouped.entry(key.clone()).or_default().push((*at, *score));
    }
    grouped
        .into_iter()
        .map(|(key, series)| (key, rolling_average(&series, window)))
        .collect()
}

/// When to say a customer has turned negative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnConfig {
    /// The most recent points compared against everything before them.
    pub recent: usize,
    /// Fewest recent points needed to judge at all.
    pub min_recent: usize,
    /// Fewest earlier points needed to speak of a drop.
    pub min_baseline: usize,
    /// A recent average at or below this is negative in itself.
    pub threshold: f32,
    /// A fall of the average by at least this much is a turn.
    pub drop: f32,
}

impl Default for TurnConfig {
    fn default() -> Self {
        TurnConfig {
            recent: 3,
            min_recent: 2,
            min_baseline: 3,
            threshold: -0.3,
            drop: 0.4,
        }
    }
}

/// A detected turn, with a sentence a person can read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnedNegative {
    pub recent_average: f32,
    pub baseline_average: Option<f32>,
    pub reason: String,
}

/// Detects a turn to negative: the recent average is below the threshold
/// (and was not before), or has fallen clearly below the earlier baseline.
/// The newest point must itself be negative, so a recovery does not alert.
pub fn turned_negative(points: &[(i64, f32)], config: &TurnConfig) -> Option<TurnedNegative> {
    let mut sorted = points.to_vec();
    sorted.sort_by_key(|(t, _)| *t);
    let split = sorted.len().saturating_sub(config.recent);
    let (earlier, recent) = sorted.split_at(split);
    if recent.len() < config.min_recent.max(1) || recent.last()?.1 >= 0.0 {
        return None;
    }
    let mean = |s: &[(i64, f32)]| s.iter().map(|(_, v)| v).sum::<f32>() / s.len() as f32;
    let recent_average = mean(recent);
    let baseline_average = (earlier.len() >= config.min_baseline).then(|| mean(earlier));
    let mut reason = String::new();
    let below = recent_average <= config.threshold;
    let was_fine = baseline_average.is_none_or(|b| b > config.threshold);
    if below && was_fine {
        let _ = write!(
            reason,
            "average sentiment of the last {} items is {:+.2}, below {:+.2}",
            recent.len(),
            recent_average,
            config.threshold
        );
    } else if let Some(baseline) = baseline_average
        && baseline - recent_average >= config.drop
        && recent_average < 0.0
    {
        let _ = write!(
            reason,
            "average sentiment fell from {:+.2} ({} earlier items) to {:+.2} (last {})",
            baseline,
            earlier.len(),
            recent_average,
            recent.len()
        );
    } else {
        return None;
    }
    if let Some(baseline) = baseline_average
        && below
        && was_fine
    {
        let _ = write!(reason, "; it was {baseline:+.2} before");
    }
    Some(TurnedNegative {
        recent_average,
        baseline_average,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classifier::{ClassifierConfig, Example};

    #[test]
    fn lexicon_analysis_labels_and_language() {
        let s = analyze("Thanks, the demo was great!");
        assert_eq!(s.label, Polarity::Positive);
        assert_eq!(s.language, Lang::En);
        assert!(s.score > 0.5 && s.confidence > 0.5);
        let r = analyze("Ужасный сервис, никто не отвечает");
        assert_eq!(r.label, Polarity::Negative);
        assert_eq!(r.language, Lang::Ru);
        assert_eq!(analyze("Meeting moved to 3pm").label, Polarity::Neutral);
    }

    #[test]
    fn trained_analyzer_requires_polarity_labels() {
        let config = ClassifierConfig::default();
        let leads = [Example::new("a", "hot"), Example::new("b", "cold")];
        let model = Classifier::train(&leads, config.clone()).unwrap();
        assert!(Analyzer::trained(model).is_err());
        let moods = [
            Example::new("love it, great", "positive"),
            Example::new("awful, broken again", "negative"),
            Example::new("the call is at noon", "neutral"),
        ];
        let model = Classifier::train(&moods, config).unwrap();
        let analyzer = Analyzer::trained(model).unwrap();
        let s = analyzer.analyze("love it");
        assert_eq!(s.label, Polarity::Positive);
        assert!(s.score > 0.0);
    }

    #[test]
    fn rolling_average_uses_the_window() {
        let points = [(30, 0.0), (0, 1.0), (10, 0.5)];
        let rolled = rolling_average(&points, 15);
        assert_eq!(rolled, vec![(0, 1.0), (10, 0.75), (30, 0.0)]);
        let keyed = rolling_by_key(&[("ann", 0, 1.0), ("bob", 0, -1.0), ("ann", 5, 0.0)], 100);
        assert_eq!(keyed["ann"], vec![(0, 1.0), (5, 0.5)]);
        assert_eq!(keyed["bob"], vec![(0, -1.0)]);
    }

    #[test]
    fn detects_a_drop_from_a_positive_baseline() {
        let points = [(1, 0.6), (2, 0.5), (3, 0.4), (4, 0.0), (5, -0.2), (6, -0.1)];
        let turn = turned_negative(&points, &TurnConfig::default()).unwrap();
        assert!(turn.reason.contains("fell from +0.50"), "{}", turn.reason);
    }

    #[test]
    fn detects_falling_below_the_threshold() {
        let points = [
            (1, 0.1),
            (2, 0.0),
            (3, 0.1),
            (4, -0.5),
            (5, -0.6),
            (6, -0.4),
        ];
        let turn = turned_negative(&points, &TurnConfig::default()).unwrap();
        assert!(turn.reason.contains("below -0.30"), "{}", turn.reason);
    }

    #[test]
    fn no_alert_for_stable_recovering_or_always_negative_series() {
        let config = TurnConfig::default();
        let stable = [(1, 0.3), (2, 0.2), (3, 0.3), (4, 0.2), (5, 0.3)];
        assert!(turned_negative(&stable, &config).is_none());
        let recovering = [(1, 0.5), (2, 0.5), (3, 0.5), (4, -0.8), (5, -0.8), (6, 0.4)];
        assert!(turned_negative(&recovering, &config).is_none());
        let always = [
            (1, -0.6),
            (2, -0.5),
            (3, -0.6),
            (4, -0.5),
            (5, -0.6),
            (6, -0.5),
        ];
        assert!(turned_negative(&always, &config).is_none());
        assert!(turned_negative(&[(1, -0.9)], &config).is_none());
    }
}
