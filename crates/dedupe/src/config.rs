//! How the matcher runs: thresholds and blocking limits.

use serde::{Deserialize, Serialize};

use crate::error::DedupeError;

/// Settings for one duplicate scan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// Country code for phone numbers typed without one (digits, e.g. `7`).
    pub default_country_code: String,
    /// Pairs below this confidence are not reported.
    pub threshold: f32,
    /// Blocks with more records than this are compared by sorted neighbourhood. At 32, an
    /// all-pairs block costs at most 496 comparisons.
    pub max_block: usize,
    /// How many following records each record of a giant block is compared with.
    pub window: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            default_country_code: "7".to_owned(),
            threshold: 0.5,
            max_block: 32,
            window: 8,
        }
    }
}

impl Config {
    /// Checks the settings once, so the matcher can trust them.
    pub fn validate(&self) -> Result<(), DedupeError> {
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(DedupeError::Threshold(self.threshold.to_string()));
        }
        if self.max_block < 2 || self.window < 1 {
            return Err(DedupeError::BlockLimits);
        }
        let code = &self.default_country_code;
        if !(1..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(DedupeError::CountryCode(code.clone()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_valid_and_bad_values_are_named() {
        assert_eq!(Config::default().validate(), Ok(()));
        let bad = Config {
            threshold: 1.5,
            ..Config::default()
        };
        assert!(matches!(bad.validate(), Err(DedupeError::Threshold(_))));
        let bad = Config {
            default_country_code: "+7".into(),
            ..Config::default()
        };
        assert!(matches!(bad.validate(), Err(DedupeError::CountryCode(_))));
    }
}
