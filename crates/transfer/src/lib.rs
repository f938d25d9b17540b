//! CSV import and export of people, companies and deals.
//!
//! A sales team's data arrives as spreadsheets from other CRMs, so the import is forgiving
//! about the file and strict about the data:
//!
//! - [`mapping`] matches headers to fields by name and by the synonyms real exports use
//!   (English and Russian), and takes explicit overrides for the rest;
//! - [`reader`] streams rows from any [`std::io::Read`] and checks each with the API's own
//!   rules, reporting problems at the physical line of the file;
//! - [`import()`] writes rows in chunks of a thousand through `Store::batch`, upserting people
//!   on email and companies on domain, resolving company, pipeline and stage names to ids,
//!   and never letting one bad row stop the rest; a dry run reports exactly the same without
//!   writing;
//! - [`export()`] streams every matching record page by page, in a form the import reads back
//!   to the same field values.
//!
//! Memory stays bounded by one chunk of rows, whatever the file's size, plus small per-import
//! indexes: one hash per email or domain seen (to report duplicates within the file) and one
//! entry per distinct company name.

mod cell;
pub mod export;
pub mod import;
mod links;
pub mod mapping;
pub mod reader;

pub use export::{Exporter, export};
pub use import::{ColumnPreview, ImportOptions, ImportReport, Preview, SampleRow, import, preview};
pub use mapping::{Column, Mapping, MappingError, Skip, Target, guess_mapping};
pub use reader::{Links, Row, RowData, RowReader};

use relata_domain::{ObjectKind, ValidationErrors};
use relata_store::StoreError;

/// Why an import or export could not run at all. Problems with single rows are never
/// errors: they are listed in the [`ImportReport`].
#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    #[error("the file is empty: it needs a header line naming the columns")]
    Empty,
    #[error("line {line} is not UTF-8 text; save the file as \"CSV UTF-8\" and try again")]
    NotUtf8 { line: u64 },
    #[error(transparent)]
    Mapping(#[from] MappingError),
    #[error("{} cannot be imported from CSV; import people, companies or deals", .0.plural())]
    Unsupported(ObjectKind),
    /// The export's filter, sort or fields parameters were refused.
    #[error("{0}")]
    Query(ValidationErrors),
    #[error("could not read or write the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("could not read or write the file: {0}")]
    Csv(#[from] csv::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A problem with one row (or, at the header's line, one column), for the person to fix.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowError {
    /// The physical line in the file where the row starts; the header is line 1.
    pub line: u64,
    /// The field (`email`, `custom.region`, `company`) or, for a column, its header; empty
    /// when the problem concerns the whole row.
    pub field: String,
    pub message: String,
}
