//! What can go wrong with a backup, in words an operator can act on.

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("the archive cannot be opened with this passphrase or key")]
    WrongKey,
    #[error("the archive is damaged or incomplete: {0}")]
    Damaged(String),
    #[error(
        "the archive was made by a newer Relata (schema {archive}, this one knows up to {known}); restore it with that version or later"
    )]
    Newer { archive: i64, known: i64 },
    #[error("{0}")]
    Key(String),
    #[error("{0}")]
    Storage(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] relata_store::StoreError),
}
