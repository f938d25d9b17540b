//! What can stop sample data from loading.

use std::fmt;

use relata_domain::{ObjectKind, ValidationErrors};
use relata_store::StoreError;

#[derive(Debug)]
pub enum SampleError {
    /// The workspace already holds people: sample data must never mix with real customers.
    NotEmpty {
        workspace: String,
    },
    /// Deals need a pipeline with stages, and the workspace has none.
    NoPipeline,
    /// The domain refused generated input: a bug in the generator, or a workspace rule (a
    /// required custom field) that sample data cannot know about.
    Invalid {
        kind: ObjectKind,
        errors: ValidationErrors,
    },
    Store(StoreError),
}

impl fmt::Display for SampleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotEmpty { workspace } => write!(
                f,
                "the workspace \"{workspace}\" already has people; sample data is only loaded into an empty workspace so that it never mixes with real customers"
            ),
            Self::NoPipeline => {
                f.write_str("the workspace has no pipeline with stages to put deals in")
            }
            Self::Invalid { kind, errors } => {
                write!(f, "generated {kind} data was refused: {errors}")
            }
            Self::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for SampleError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

impl From<StoreError> for SampleError {
    fn from(error: StoreError) -> Self {
        Self::Store(error)
    }
}
