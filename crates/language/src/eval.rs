//! Evaluation of the sentiment analysers on the development data sets — the
//! only module that reads files.
//!
//! - English (`sentiment-en/train.csv`, US airline tweets): input `text`, label
//!   `airline_sentiment`; nothing else (the other columns leak the label).
//! - Russian (`sentiment-ru/train.csv`, RuSentiTweet): input `text`, label
//!   `label` with five classes. Reported twice: on the original five classes
//!   (as in the paper) and on a mapped three-class view where `speech`
//!   (greetings, thanks, congratulations) counts as `positive` and `skip`
//!   (texts annotators could not rate) is excluded — the mapping Relata uses.
//!
//! Rows repeating an earlier id or text are dropped before anything else.
//! Without a test file, scores are from 5-fold stratified cross-validation
//! (pooled out-of-fold predictions); with one, the model is trained on the
//! train file and scored on the test file. Models are scored after a JSON
//! round trip, i.e. as stored.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;
use std::time::Instant;

use crate::classifier::{Classifier, ClassifierConfig, ClassifierError, Example, SplitMix64};
use crate::metrics::{Scores, score};
use crate::sentiment::analyze;
use crate::tokens::Lang;

const FOLDS: usize = 5;
const FOLD_SEED: u64 = 20_250_101;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("reading {path}: {source}")]
    Csv { path: String, source: csv::Error },
    #[error("{path} has no column {column:?}")]
    MissingColumn { path: String, column: &'static str },
    #[error("training: {0}")]
    Training(#[from] ClassifierError),
    #[error("{0} has too few rows to evaluate")]
    TooFewRows(String),
}

/// One model's scores in one view.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelScores {
    pub model: String,
    pub accuracy: f64,
    pub macro_f1: f64,
    pub weighted_f1: f64,
    /// (class, F1) in the view's class order.
    pub per_class_f1: Vec<(String, f64)>,
}

/// Scores of all models on one labelling of the data.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewReport {
    pub name: String,
    /// How the view was made from the raw labels.
    pub note: String,
    /// (class, count of evaluated examples).
    pub classes: Vec<(String, usize)>,
    pub models: Vec<ModelScores>,
}

/// Speed on one core (single thread), over every text of the data set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Throughput {
    pub texts: usize,
    pub lexicon_per_second: f64,
    pub classifier_per_second: f64,
    /// Size of a trained model as JSON.
    pub model_json_bytes: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SentimentReport {
    pub dataset: String,
    pub lang: Lang,
    pub rows_read: usize,
    pub duplicates_removed: usize,
    pub protocol: String,
    pub views: Vec<ViewReport>,
    pub throughput: Throughput,
}

/// Evaluates majority class, the lexicon and the trained classifier (default
/// configuration) on a sentiment data set.
pub fn eval_sentiment(
    train: &Path,
    test: Option<&Path>,
    lang: Lang,
) -> Result<SentimentReport, EvalError> {
    eval_sentiment_with(train, test, lang, &ClassifierConfig::default())
}

/// [`eval_sentiment`] with a given classifier configuration (for tuning).
pub fn eval_sentiment_with(
    train: &Path,
    test: Option<&Path>,
    lang: Lang,
    config: &ClassifierConfig,
) -> Result<SentimentReport, EvalError> {
    let train_set = load(train, lang)?;
    let test_set = test.map(|p| load(p, lang)).transpose()?;
    let mut duplicates_removed = train_set.duplicates;
    let mut rows_read = train_set.rows_read;
    if let Some(t) = &test_set {
        duplicates_removed += t.duplicates;
        rows_read += t.rows_read;
    }
    let mut views = Vec::new();
    let mut last_model = None;
    for view in views_for(lang) {
        let train_rows = view.apply(&train_set.rows);
        let test_rows = test_set.as_ref().map(|t| view.apply(&t.rows));
        let (report, model) = evaluate_view(&view, &train_rows, test_rows.as_deref(), config)?;
        views.push(report);
        last_model = Some(model);
    }
    let model = last_model.ok_or_else(|| EvalError::TooFewRows(train.display().to_string()))?;
    let texts: Vec<&str> = train_set.rows.iter().map(|r| r.text.as_str()).collect();
    let protocol = match test {
        Some(path) => format!(
            "trained on {}, scored on {}",
            train.display(),
            path.display()
        ),
        None => format!(
            "{FOLDS}-fold stratified cross-validation on {} (pooled out-of-fold predictions)",
            train.display()
        ),
    };
    Ok(SentimentReport {
        dataset: train.display().to_string(),
        lang,
        rows_read,
        duplicates_removed,
        protocol,
        views,
        throughput: throughput(&texts, &model),
    })
}

/// A labelled text as read.
#[derive(Debug, Clone)]
struct Row {
    text: String,
    label: String,
}

struct Loaded {
    rows: Vec<Row>,
    rows_read: usize,
    duplicates: usize,
}

fn load(path: &Path, lang: Lang) -> Result<Loaded, EvalError> {
    let (id_col, label_col) = match lang {
        Lang::En => ("tweet_id", "airline_sentiment"),
        Lang::Ru => ("id", "label"),
    };
    let csv_error = |source| EvalError::Csv {
        path: path.display().to_string(),
        source,
    };
    let mut reader = csv::Reader::from_path(path).map_err(csv_error)?;
    let headers = reader.headers().map_err(csv_error)?.clone();
    let column = |name: &'static str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(EvalError::MissingColumn {
                path: path.display().to_string(),
                column: name,
            })
    };
    let (id, label, text) = (column(id_col)?, column(label_col)?, column("text")?);
    let (mut seen_ids, mut seen_texts) = (HashSet::new(), HashSet::new());
    let (mut rows, mut rows_read, mut duplicates) = (Vec::new(), 0, 0);
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        rows_read += 1;
        let row_text = record.get(text).unwrap_or("").trim().to_string();
        let row_id = record.get(id).unwrap_or("").to_string();
        let new_id = row_id.is_empty() || seen_ids.insert(row_id);
        let new_text = seen_texts.insert(row_text.clone());
        if !(new_id && new_text) {
            duplicates += 1;
            continue;
        }
        rows.push(Row {
            text: row_text,
            label: record.get(label).unwrap_or("").to_string(),
        });
    }
    Ok(Loaded {
        rows,
        rows_read,
        duplicates,
    })
}

/// A labelling of the data: a name and a mapping of raw labels (None drops
/// the row).
struct View {
    name: &'static str,
    note: &'static str,
    map: fn(&str) -> Option<&'static str>,
}

impl View {
    fn apply(&self, rows: &[Row]) -> Vec<Row> {
        rows.iter()
            .filter_map(|r| {
                (self.map)(&r.label).map(|label| Row {
                    text: r.text.clone(),
                    label: label.to_string(),
                })
            })
            .collect()
    }
}

fn views_for(lang: Lang) -> Vec<View> {
    match lang {
        Lang::En => vec![View {
            name: "3 classes",
            note: "airline_sentiment as published",
            map: polarity_only,
        }],
        Lang::Ru => vec![
            View {
                name: "5 classes (original)",
                note: "as published; the lexicon can only answer negative/neutral/positive",
                map: five_classes,
            },
            View {
                name: "3 classes (mapped)",
                note: "speech → positive, skip excluded",
                map: three_classes,
            },
        ],
    }
}

fn polarity_only(label: &str) -> Option<&'static str> {
    match label {
        "negative" => Some("negative"),
        "neutral" => Some("neutral"),
        "positive" => Some("positive"),
        _ => None,
    }
}

fn five_classes(label: &str) -> Option<&'static str> {
    match label {
        "speech" => Some("speech"),
        "skip" => Some("skip"),
        other => polarity_only(other),
    }
}

fn three_classes(label: &str) -> Option<&'static str> {
    match label {
        "speech" => Some("positive"),
        "skip" => None,
        other => polarity_only(other),
    }
}

/// Scores the three models on one view; returns the report and the last
/// trained classifier (for the speed measurement).
fn evaluate_view(
    view: &View,
    train: &[Row],
    test: Option<&[Row]>,
    config: &ClassifierConfig,
) -> Result<(ViewReport, Classifier), EvalError> {
    if train.len() < FOLDS * 2 {
        return Err(EvalError::TooFewRows(view.name.to_string()));
    }
    let (scored_rows, majority, classifier, model): (&[Row], Vec<String>, Vec<String>, _) =
        match test {
            Some(test) => {
                let model = train_on(train, config)?;
                let majority = majority_label(train.iter());
                let predicted = test.iter().map(|r| model.predict(&r.text).label).collect();
                (test, vec![majority; test.len()], predicted, model)
            }
            None => cross_validate(train, config)?,
        };
    let classes = class_counts(scored_rows);
    let class_names: Vec<String> = classes.iter().map(|(c, _)| c.clone()).collect();
    let truth: Vec<&str> = scored_rows.iter().map(|r| r.label.as_str()).collect();
    let lexicon: Vec<String> = scored_rows
        .iter()
        .map(|r| analyze(&r.text).label.as_str().to_string())
        .collect();
    let models = [
        ("majority class", &majority),
        ("lexicon (built-in)", &lexicon),
        ("classifier (trained)", &classifier),
    ]
    .into_iter()
    .map(|(name, predicted)| {
        let predicted: Vec<&str> = predicted.iter().map(String::as_str).collect();
        model_scores(name, score(&truth, &predicted, &class_names), &class_names)
    })
    .collect();
    let report = ViewReport {
        name: view.name.to_string(),
        note: view.note.to_string(),
        classes,
        models,
    };
    Ok((report, model))
}

type CrossValidated<'a> = (&'a [Row], Vec<String>, Vec<String>, Classifier);

fn cross_validate<'a>(
    rows: &'a [Row],
    config: &ClassifierConfig,
) -> Result<CrossValidated<'a>, EvalError> {
    let folds = stratified_folds(rows);
    let mut majority = vec![String::new(); rows.len()];
    let mut predicted = vec![String::new(); rows.len()];
    let mut last = None;
    for fold in 0..FOLDS {
        let train: Vec<Row> = rows
            .iter()
            .zip(&folds)
            .filter(|(_, f)| **f != fold)
            .map(|(r, _)| r.clone())
            .collect();
        let model = train_on(&train, config)?;
        let most_common = majority_label(train.iter());
        for (i, row) in rows.iter().enumerate().filter(|(i, _)| folds[*i] == fold) {
            predicted[i] = model.predict(&row.text).label;
            majority[i] = most_common.clone();
        }
        last = Some(model);
    }
    let model = last.ok_or_else(|| EvalError::TooFewRows("cross-validation".into()))?;
    Ok((rows, majority, predicted, model))
}

/// Trains, then goes through JSON and back, so that the scores are those of
/// the model as a workspace stores it (pruned and quantised).
fn train_on(rows: &[Row], config: &ClassifierConfig) -> Result<Classifier, EvalError> {
    let examples: Vec<Example> = rows
        .iter()
        .map(|r| Example::new(r.text.clone(), r.label.clone()))
        .collect();
    let model = Classifier::train(&examples, config.clone())?;
    Ok(Classifier::from_json(&model.to_json())?)
}

/// Fold number per row: each class shuffled and dealt round-robin.
fn stratified_folds(rows: &[Row]) -> Vec<usize> {
    let mut by_class: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        by_class.entry(row.label.as_str()).or_default().push(i);
    }
    let mut rng = SplitMix64(FOLD_SEED);
    let mut folds = vec![0; rows.len()];
    let mut next = 0;
    for members in by_class.values_mut() {
        rng.shuffle(members);
        for &i in members.iter() {
            folds[i] = next % FOLDS;
            next += 1;
        }
    }
    folds
}

fn majority_label<'a>(rows: impl Iterator<Item = &'a Row>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for row in rows {
        *counts.entry(row.label.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(l, _)| l.to_string())
        .unwrap_or_default()
}

fn class_counts(rows: &[Row]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for row in rows {
        *counts.entry(row.label.clone()).or_default() += 1;
    }
    counts.into_iter().collect()
}

fn model_scores(name: &str, s: Scores, classes: &[String]) -> ModelScores {
    ModelScores {
        model: name.to_string(),
        accuracy: s.accuracy,
        macro_f1: s.macro_f1,
        weighted_f1: s.weighted_f1,
        per_class_f1: classes.iter().cloned().zip(s.per_class).collect(),
    }
}

fn throughput(texts: &[&str], model: &Classifier) -> Throughput {
    let per_second = |run: &dyn Fn(&str) -> f32| {
        let start = Instant::now();
        let mut sink = 0.0f32;
        for text in texts {
            sink += run(text);
        }
        std::hint::black_box(sink);
        texts.len() as f64 / start.elapsed().as_secs_f64().max(1e-9)
    };
    Throughput {
        texts: texts.len(),
        lexicon_per_second: per_second(&|t| analyze(t).score),
        classifier_per_second: per_second(&|t| model.predict(t).probability),
        model_json_bytes: model.to_json().len(),
    }
}

impl fmt::Display for SentimentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "# Sentiment evaluation ({})\n", self.lang)?;
        writeln!(f, "- data: {}", self.dataset)?;
        writeln!(
            f,
            "- rows read: {}, duplicates removed (same id or text): {}",
            self.rows_read, self.duplicates_removed
        )?;
        writeln!(f, "- protocol: {}", self.protocol)?;
        for view in &self.views {
            write!(f, "\n{view}")?;
        }
        write!(f, "\n{}", self.throughput)
    }
}

impl fmt::Display for ViewReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let counts: Vec<String> = self
            .classes
            .iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect();
        writeln!(f, "## {} — {}\n", self.name, self.note)?;
        writeln!(f, "Examples: {}\n", counts.join(", "))?;
        write!(f, "| model | accuracy | macro-F1 | weighted-F1 |")?;
        for (class, _) in &self.classes {
            write!(f, " F1 {class} |")?;
        }
        write!(f, "\n| --- | ---: | ---: | ---: |")?;
        for _ in &self.classes {
            write!(f, " ---: |")?;
        }
        writeln!(f)?;
        for m in &self.models {
            write!(
                f,
                "| {} | {:.3} | {:.3} | {:.3} |",
                m.model, m.accuracy, m.macro_f1, m.weighted_f1
            )?;
            for (_, f1) in &m.per_class_f1 {
                write!(f, " {f1:.3} |")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

impl fmt::Display for Throughput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "## Speed (one core, {} texts)\n", self.texts)?;
        writeln!(f, "| analyser | texts/second |")?;
        writeln!(f, "| --- | ---: |")?;
        writeln!(f, "| lexicon `analyze` | {:.0} |", self.lexicon_per_second)?;
        writeln!(
            f,
            "| classifier `predict` | {:.0} |",
            self.classifier_per_second
        )?;
        writeln!(
            f,
            "\nTrained model size: {:.1} MB as JSON.",
            self.model_json_bytes as f64 / 1e6
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(labels: &[&str]) -> Vec<Row> {
        labels
            .iter()
            .enumerate()
            .map(|(i, l)| Row {
                text: format!("text {i}"),
                label: l.to_string(),
            })
            .collect()
    }

    #[test]
    fn folds_are_stratified_and_deterministic() {
        let labels: Vec<&str> = (0..50)
            .map(|i| if i % 5 == 0 { "b" } else { "a" })
            .collect();
        let data = rows(&labels);
        let folds = stratified_folds(&data);
        assert_eq!(folds, stratified_folds(&data));
        for fold in 0..FOLDS {
            let b = data
                .iter()
                .zip(&folds)
                .filter(|(r, f)| **f == fold && r.label == "b")
                .count();
            assert_eq!(b, 2, "fold {fold}");
        }
    }

    #[test]
    fn russian_views_map_speech_and_drop_skip() {
        let data = rows(&["speech", "skip", "neutral"]);
        let views = views_for(Lang::Ru);
        let five: Vec<String> = views[0].apply(&data).into_iter().map(|r| r.label).collect();
        let three: Vec<String> = views[1].apply(&data).into_iter().map(|r| r.label).collect();
        assert_eq!(five, ["speech", "skip", "neutral"]);
        assert_eq!(three, ["positive", "neutral"]);
    }

    #[test]
    fn loads_dedupes_and_evaluates_a_small_file() {
        let dir = std::env::temp_dir().join(format!("relata-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("train.csv");
        let mut csv = String::from("tweet_id,airline_sentiment,text\n");
        let samples = [
            ("positive", "thanks, great crew and a lovely flight"),
            ("negative", "delayed again, terrible service"),
            ("neutral", "what time does the gate open"),
        ];
        for i in 0..30 {
            let (label, text) = samples[i % 3];
            csv.push_str(&format!("{i},{label},\"{text} {i}\"\n"));
        }
        csv.push_str("0,positive,\"a repeated id\"\n");
        csv.push_str("99,negative,\"delayed again, terrible service 1\"\n");
        std::fs::write(&path, csv).unwrap();
        let test_path = dir.join("test.csv");
        std::fs::write(
            &test_path,
            "tweet_id,airline_sentiment,text\n\
             100,positive,\"lovely crew, thanks\"\n\
             101,negative,\"terrible delay again\"\n",
        )
        .unwrap();
        let report = eval_sentiment(&path, None, Lang::En).unwrap();
        let held_out = eval_sentiment(&path, Some(&test_path), Lang::En).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(held_out.protocol.contains("scored on"));
        assert_eq!(
            held_out.views[0].classes.iter().map(|c| c.1).sum::<usize>(),
            2
        );
        assert_eq!(held_out.views[0].models[2].accuracy, 1.0, "{held_out}");
        assert_eq!(report.rows_read, 32);
        assert_eq!(report.duplicates_removed, 2);
        let classifier = &report.views[0].models[2];
        assert!(classifier.accuracy > 0.9, "{report}");
        assert!(report.to_string().contains("| majority class |"));
    }
}
