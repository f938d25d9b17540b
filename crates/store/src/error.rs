//! What can go wrong in the store, in terms the API can turn into a clear answer.

use relata_domain::ValidationErrors;
use relata_domain::record::Record;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },
    /// The caller edited an older version; `current` is what is there now.
    #[error("version {expected} is stale; the record is at version {}", current.version)]
    VersionConflict { expected: i64, current: Box<Record> },
    /// A settings object (pipeline, view) was changed since the caller read it.
    #[error("{0}")]
    Stale(String),
    #[error("the {kind} is in the trash; restore it first")]
    InTrash { kind: &'static str },
    #[error("{0}")]
    Invalid(ValidationErrors),
    /// A uniqueness rule was broken (a second custom field with one key, a reused
    /// idempotency key with another request).
    #[error("{0}")]
    Conflict(String),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("the database holds a value this build cannot read: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<ValidationErrors> for StoreError {
    fn from(errors: ValidationErrors) -> Self {
        StoreError::Invalid(errors)
    }
}

impl StoreError {
    pub fn not_found(kind: &'static str, id: impl ToString) -> Self {
        StoreError::NotFound {
            kind,
            id: id.to_string(),
        }
    }

    /// Whether the database could not be reached in time (worth a retry, not a bug).
    pub fn is_busy(&self) -> bool {
        matches!(
            self,
            StoreError::Database(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_))
        )
    }

    /// Whether the database said a unique constraint was violated.
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, StoreError::Database(sqlx::Error::Database(e)) if e.is_unique_violation())
    }
}
