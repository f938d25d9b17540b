#![doc = include_str!("../README.md")]
//!
//! Relata's text analysis for English and Russian, as pure functions over
//! strings: no database, no HTTP, no files (except [`eval`], which reads the
//! evaluation CSVs).
//!
//! - [`tokens`]: normalisation, tokens, language guess, stems, negation and
//!   intensity marks.
//! - [`lexicon`]: the built-in, original sentiment lexicon and its scorer.
//! - [`classifier`]: a trainable, serialisable linear text classifier (used
//!   for workspace sentiment models and for lead classification).
//! - [`sentiment`]: `analyze` and the per-person trend helpers.
//! - [`summary`] and [`actions`]: call and note summaries, action items.
//! - [`eval`]: cross-validated evaluation on the development data sets.
#![forbid(unsafe_code)]

pub mod actions;
pub mod classifier;
pub mod eval;
mod features;
pub mod lexicon;
mod metrics;
mod sentences;
pub mod sentiment;
mod stem;
mod stopwords;
pub mod summary;
pub mod tokens;

pub use actions::{ActionItem, Assignee, DueHint, extract_actions};
pub use classifier::{Classifier, ClassifierConfig, ClassifierError, Example, Prediction};
pub use features::FeatureConfig;
pub use lexicon::{Lexicon, LexiconScore};
pub use sentiment::{Analyzer, Polarity, Sentiment, analyze};
pub use stem::{stem_en, stem_ru};
pub use summary::summarize;
pub use tokens::{Lang, annotate, detect_language, tokenize};
