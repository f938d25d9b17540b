//! Lead-scoring evaluation and its Markdown report.

use std::fmt;
use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::error::InsightError;
use crate::eval::leads::{LeadColumns, load_leads};
use crate::eval::markdown::{table, thousands};
use crate::features::Example;
use crate::leakage::{FeatureAudit, audit_features};
use crate::metrics::{
    CalibrationBin, brier_score, calibration_table, log_loss, out_of_fold, roc_auc,
    stratified_folds,
};
use crate::scoring::{LeadScorer, ModelKind, TrainConfig};

/// Folds when no test file is given.
const FOLDS: usize = 5;
/// Fixed so reruns give the same folds and the same numbers.
const SEED: u64 = 7;
/// Features listed in the report's audit table.
const AUDIT_ROWS: usize = 12;
/// Leads explained at the end of the report.
const EXPLAINED_LEADS: usize = 3;

/// How one scorer did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelResult {
    pub name: String,
    /// Whether this is the model lead scoring uses by default.
    pub chosen: bool,
    pub auc: f64,
    pub brier: f64,
    pub log_loss: f64,
    /// Wall-clock seconds for all its training and scoring in this evaluation.
    pub seconds: f64,
}

/// The lead-scoring evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeadReport {
    pub columns: LeadColumns,
    /// How scores were obtained (cross-validation or held-out file).
    pub evaluation: String,
    pub rows: usize,
    pub converted: usize,
    pub features: usize,
    /// Seconds for one fit of the default model on all training rows.
    pub full_fit_seconds: f64,
    pub models: Vec<ModelResult>,
    /// Calibration of the chosen model.
    pub calibration: Vec<CalibrationBin>,
    pub audits: Vec<FeatureAudit>,
    /// Score and reasons of a few leads, from the chosen model.
    pub explained: Vec<(u8, Vec<String>)>,
}

/// Evaluates lead scoring with the default settings: 5-fold stratified
/// cross-validation on `train`, or train on `train` and score `test`.
pub fn eval_leads(
    train: &Path,
    test: Option<&Path>,
    columns: LeadColumns,
) -> Result<LeadReport, InsightError> {
    eval_leads_with(train, test, columns, &TrainConfig::default())
}

/// [`eval_leads`] with explicit training settings (`config.model` is ignored:
/// both models and the rules baseline are evaluated).
pub fn eval_leads_with(
    train: &Path,
    test: Option<&Path>,
    columns: LeadColumns,
    config: &TrainConfig,
) -> Result<LeadReport, InsightError> {
    let (examples, labels) = load_leads(train, columns)?;
    if examples.is_empty() {
        return Err(InsightError::Empty(train.display().to_string()));
    }
    let held_out = test.map(|path| load_leads(path, columns)).transpose()?;
    let folds = stratified_folds(&labels, FOLDS, SEED);
    let (truth, evaluation) = match &held_out {
        Some((test_examples, test_labels)) => (
            test_labels.clone(),
            format!(
                "trained on the train file, scored on the test file ({} leads)",
                thousands(test_examples.len() as f64)
            ),
        ),
        None => (
            labels.clone(),
            format!("{FOLDS}-fold stratified cross-validation (seed {SEED})"),
        ),
    };
    let chosen = ModelKind::default();
    let mut models = Vec::new();
    let mut calibration = Vec::new();
    for (name, kind) in [
        ("Logistic regression", Some(ModelKind::Logistic)),
        ("Boosted trees", Some(ModelKind::BoostedTrees)),
        ("Rules baseline", None),
    ] {
        let started = Instant::now();
        let fit = |train_examples: &[Example], train_labels: &[bool]| match kind {
            Some(model) => LeadScorer::train(
                train_examples,
                train_labels,
                &TrainConfig {
                    model,
                    ..config.clone()
                },
            ),
            None => LeadScorer::train_rules(train_examples, train_labels, &config.rules),
        };
        let probabilities = match &held_out {
            Some((test_examples, _)) => {
                let scorer = fit(&examples, &labels)?;
                test_examples
                    .iter()
                    .map(|e| scorer.probability(e))
                    .collect()
            }
            None => out_of_fold(&folds, FOLDS, |train_rows, held_rows| {
                let train_examples: Vec<Example> =
                    train_rows.iter().map(|&i| examples[i].clone()).collect();
                let train_labels: Vec<bool> = train_rows.iter().map(|&i| labels[i]).collect();
                let scorer = fit(&train_examples, &train_labels)?;
                Ok::<_, InsightError>(
                    held_rows
                        .iter()
                        .map(|&i| scorer.probability(&examples[i]))
                        .collect(),
                )
            })?,
        };
        let is_chosen = kind == Some(chosen);
        if is_chosen {
            calibration = calibration_table(&probabilities, &truth, 10);
        }
        models.push(ModelResult {
            name: name.to_string(),
            chosen: is_chosen,
            auc: roc_auc(&probabilities, &truth).unwrap_or(f64::NAN),
            brier: brier_score(&probabilities, &truth),
            log_loss: log_loss(&probabilities, &truth),
            seconds: started.elapsed().as_secs_f64(),
        });
    }
    let started = Instant::now();
    let scorer = LeadScorer::train(
        &examples,
        &labels,
        &TrainConfig {
            model: chosen,
            ..config.clone()
        },
    )?;
    let full_fit_seconds = started.elapsed().as_secs_f64();
    let shown = held_out.as_ref().map_or(&examples, |(e, _)| e);
    let explained = shown
        .iter()
        .take(EXPLAINED_LEADS)
        .map(|e| {
            let prediction = scorer.predict(e, 3);
            (
                prediction.score,
                prediction.reasons.iter().map(ToString::to_string).collect(),
            )
        })
        .collect();
    let features = crate::features::FeatureEncoder::fit(&examples, &config.encoder)
        .features()
        .len();
    Ok(LeadReport {
        columns,
        evaluation,
        rows: examples.len(),
        converted: labels.iter().filter(|&&l| l).count(),
        features,
        full_fit_seconds,
        models,
        calibration,
        audits: audit_features(&examples, &labels, &folds, FOLDS),
        explained,
    })
}

impl fmt::Display for LeadReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "## Lead scoring: {}\n", self.columns.label())?;
        let share = 100.0 * self.converted as f64 / self.rows.max(1) as f64;
        writeln!(
            f,
            "{} leads in the train file ({} converted, {share:.1} %), {} raw features; {}.\n",
            thousands(self.rows as f64),
            thousands(self.converted as f64),
            self.features,
            self.evaluation
        )?;
        let rows: Vec<Vec<String>> = self
            .models
            .iter()
            .map(|m| {
                let name = if m.chosen {
                    format!("**{}** (default)", m.name)
                } else {
                    m.name.clone()
                };
                vec![
                    name,
                    format!("{:.4}", m.auc),
                    format!("{:.4}", m.brier),
                    format!("{:.4}", m.log_loss),
                    format!("{:.2} s", m.seconds),
                ]
            })
            .collect();
        table(
            f,
            &[
                "Model",
                "ROC AUC",
                "Brier",
                "Log loss",
                "Time (train + score)",
            ],
            &[false, true, true, true, true],
            &rows,
        )?;
        writeln!(
            f,
            "\nOne fit of the default model on all {} leads (encoding included) took {:.3} s.",
            thousands(self.rows as f64),
            self.full_fit_seconds
        )?;
        let chosen = self
            .models
            .iter()
            .find(|m| m.chosen)
            .map_or("chosen model", |m| m.name.as_str());
        writeln!(f, "\n### Calibration ({chosen})\n")?;
        let rows: Vec<Vec<String>> = self
            .calibration
            .iter()
            .map(|b| {
                let (predicted, observed) = if b.count == 0 {
                    ("–".to_string(), "–".to_string())
                } else {
                    (
                        format!("{:.3}", b.mean_predicted),
                        format!("{:.3}", b.observed_rate),
                    )
                };
                vec![
                    format!("{:.1}–{:.1}", b.lower, b.upper),
                    b.count.to_string(),
                    predicted,
                    observed,
                ]
            })
            .collect();
        table(
            f,
            &["Predicted", "Leads", "Mean predicted", "Observed rate"],
            &[false, true, true, true],
            &rows,
        )?;
        writeln!(f, "\n### Leakage guard\n")?;
        let warnings: Vec<String> = self
            .audits
            .iter()
            .filter_map(FeatureAudit::warning)
            .collect();
        if warnings.is_empty() {
            writeln!(
                f,
                "No feature looks like it is only known after the outcome.\n"
            )?;
        }
        for warning in &warnings {
            writeln!(f, "- ⚠ {warning}")?;
        }
        if !warnings.is_empty() {
            writeln!(f)?;
        }
        let rows: Vec<Vec<String>> = self
            .audits
            .iter()
            .take(AUDIT_ROWS)
            .map(|a| {
                let verdict = if a.suspicion.is_some() {
                    "probably after the outcome"
                } else {
                    "ok"
                };
                let filled = a.filled_auc.map_or("–".to_string(), |v| format!("{v:.3}"));
                vec![
                    a.feature.clone(),
                    format!("{:.3}", a.auc),
                    filled,
                    format!("{:.1} %", 100.0 * a.missing_share),
                    format!("{:.3}", a.missingness_auc),
                    verdict.to_string(),
                ]
            })
            .collect();
        table(
            f,
            &[
                "Feature (strongest alone first)",
                "AUC alone",
                "AUC where filled",
                "Missing",
                "Missingness AUC",
                "Verdict",
            ],
            &[false, true, true, true, true, false],
            &rows,
        )?;
        writeln!(
            f,
            "\n### Example explanations ({chosen}, first leads of the file)\n"
        )?;
        for (score, reasons) in &self.explained {
            writeln!(f, "- score {score}: {}", reasons.join("; "))?;
        }
        Ok(())
    }
}
