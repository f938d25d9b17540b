//! Relata's tabular intelligence, offline and explainable.
//!
//! Pure functions and training code with no database or HTTP knowledge:
//! - [`features`]: named examples and the encoder fitted on training data;
//! - [`model`]: logistic regression, boosted trees and the rules baseline;
//! - [`scoring`]: lead scores 0–100 with reasons in words;
//! - [`metrics`]: AUC, Brier, log loss, calibration, stratified folds;
//! - [`leakage`]: warns about fields only known after the outcome;
//! - [`forecast`]: revenue by month from the pipeline, backtests, deals at risk;
//! - [`eval`]: the only module that reads files, for the evaluation data sets.
#![forbid(unsafe_code)]

pub mod date;
pub mod error;
pub mod eval;
pub mod explain;
pub mod features;
pub mod forecast;
pub mod leakage;
pub mod metrics;
pub mod model;
pub mod rng;
pub mod scoring;

pub use date::{Date, Month};
pub use error::InsightError;
pub use explain::Reason;
pub use features::{EncoderConfig, Example, FeatureEncoder, FeatureState};
pub use scoring::{LeadScorer, ModelKind, Prediction, ScoringMethod, TrainConfig};
