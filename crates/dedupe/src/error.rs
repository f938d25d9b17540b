//! The one error type of the crate: a configuration the matcher cannot run with.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DedupeError {
    #[error("threshold must be between 0 and 1, got {0}")]
    Threshold(String),
    #[error("max_block must be at least 2 and window at least 1")]
    BlockLimits,
    #[error("default country code must be 1 to 3 digits, got \"{0}\"")]
    CountryCode(String),
}
