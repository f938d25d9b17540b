//! The one error type of this crate.

use thiserror::Error;

/// What can go wrong while training, scoring, forecasting or evaluating.
#[derive(Debug, Error)]
pub enum InsightError {
    /// Training needs both outcomes among the labels.
    #[error(
        "training needs both converted and not converted examples ({positives} of {total} converted)"
    )]
    OneClass { positives: usize, total: usize },
    /// Examples and labels must pair up one to one.
    #[error("{examples} examples but {labels} labels")]
    LengthMismatch { examples: usize, labels: usize },
    /// No rows to work with.
    #[error("no data: {0}")]
    Empty(String),
    /// A date that is not a real `YYYY-MM-DD` day.
    #[error("invalid date {0:?}")]
    InvalidDate(String),
    /// A numerical routine could not proceed (for example a singular system).
    #[error("numerical failure: {0}")]
    Numerical(String),
    /// An input file is missing a column or has an unreadable value.
    #[error("bad input: {0}")]
    BadInput(String),
    /// Reading an input file failed.
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A CSV file could not be parsed.
    #[error("cannot parse CSV {path}: {source}")]
    Csv {
        path: String,
        #[source]
        source: csv::Error,
    },
}
