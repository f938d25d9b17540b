//! Importing a CSV file: rows in chunks of a thousand through `Store::batch`, and a preview
//! for the import wizard.
//!
//! People are upserted on email and companies on domain, so importing a file again updates
//! what changed and nothing else; deals are always created. A row that cannot be imported
//! is reported at its line and skipped, never stopping the rest: a chunk the store refuses
//! is retried without the row it names, and row by row when it names none. Only a failure
//! of the database itself (or of reading the file) ends an import early; what was written
//! until then stays written, chunk by chunk. Companies that rows name are created as the
//! rows are read, so a row the store refuses afterwards may leave its new company behind.
//!
//! Rows without an email (people) or domain (companies) cannot match anything and always
//! create a record; importing such a file twice creates them twice.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, RandomState};
use std::io::Read;

use relata_domain::custom_field::CustomFieldDef;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, FieldError, ObjectKind, Record, Value, timestamp};
use relata_store::natural_key;
use relata_store::{Actor, BatchItem, BatchMode, Store, StoreError};
use serde::Serialize;
use serde_json::{Map, Value as Json};
use time::OffsetDateTime;

use crate::links::{CompanyMatch, Resolver};
use crate::mapping::{Mapping, MappingError};
use crate::reader::{Links, RowData, RowReader};
use crate::{RowError, TransferError};

/// Rows per `Store::batch`: the store's limit, and what memory holds at once.
pub const CHUNK_ROWS: usize = 1_000;
/// Errors and warnings listed in a report; the counts go on beyond it.
pub const MAX_LISTED: usize = 1_000;
/// Rows a preview parses and shows.
pub const PREVIEW_ROWS: usize = 20;
/// Times a refused chunk is retried without the row the store named before the rest of
/// the chunk goes row by row (a chunk with many bad rows would otherwise be resent for each).
const TARGETED_RETRIES: usize = 8;

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Check everything the real import would, through the same store calls, and write
    /// nothing; companies that would be created are counted, not created.
    pub dry_run: bool,
    /// Explicit column choices, `(header, field)`; a field of `-` or `""` ignores the column.
    pub overrides: Vec<(String, String)>,
    /// Create a company when a row names one that does not exist yet; without it the row is
    /// imported unlinked, with a warning.
    pub create_companies: bool,
    /// The workspace's parsing settings (the default country code of phone numbers).
    pub ctx: ParseContext,
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self {
            dry_run: false,
            overrides: Vec::new(),
            create_companies: true,
            ctx: ParseContext::default(),
        }
    }
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub dry_run: bool,
    /// Data rows read (blank rows not counted).
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    /// Rows that matched an existing record and changed nothing in it.
    pub unchanged: u64,
    /// Rows not imported: refused rows and duplicates.
    pub skipped: u64,
    /// Rows skipped for repeating the email (people) or domain (companies) of an earlier row.
    pub duplicates: u64,
    /// Companies created for the names rows gave (or, in a dry run, that would be).
    pub companies_created: u64,
    /// The first [`MAX_LISTED`] problems that made rows skip.
    pub errors: Vec<RowError>,
    pub error_count: u64,
    /// The first [`MAX_LISTED`] things imported other than asked: ignored columns, links
    /// dropped because their ids are not in this workspace, companies not found.
    pub warnings: Vec<RowError>,
    pub warning_count: u64,
}

impl ImportReport {
    fn refuse(&mut self, line: u64, errors: Vec<FieldError>) {
        self.skipped += 1;
        if errors.is_empty() {
            self.error(line, FieldError::new("", "was refused"));
        }
        for error in errors {
            self.error(line, error);
        }
    }

    fn error(&mut self, line: u64, error: FieldError) {
        self.error_count += 1;
        if self.errors.len() < MAX_LISTED {
            self.errors.push(row_error(line, error));
        }
    }

    fn warn(&mut self, line: u64, warning: FieldError) {
        self.warning_count += 1;
        if self.warnings.len() < MAX_LISTED {
            self.warnings.push(row_error(line, warning));
        }
    }
}

fn row_error(line: u64, error: FieldError) -> RowError {
    RowError {
        line,
        field: error.field,
        message: error.message,
    }
}

/// Imports a CSV file of `kind` (people, companies or deals) into the actor's workspace.
/// Fails only when the file cannot be read at all (empty, not UTF-8, an ambiguous mapping)
/// or the database fails; every problem with a row is in the report.
pub async fn import(
    store: &Store,
    actor: Actor,
    kind: ObjectKind,
    input: impl Read,
    options: &ImportOptions,
) -> Result<ImportReport, TransferError> {
    if !matches!(
        kind,
        ObjectKind::Person | ObjectKind::Company | ObjectKind::Deal
    ) {
        return Err(TransferError::Unsupported(kind));
    }
    let customs = store.custom_fields(actor.workspace_id, kind).await?;
    let mut rows = RowReader::open(input, kind, &customs, &options.ctx)?;
    rows.apply_overrides(&options.overrides)?;
    let mut run = Run {
        store,
        actor,
        kind,
        customs: &customs,
        dry_run: options.dry_run,
        resolver: Resolver::new(
            store,
            actor,
            options.dry_run,
            options.create_companies,
            options.ctx.clone(),
        ),
        hasher: RandomState::new(),
        seen: HashMap::new(),
        report: ImportReport {
            dry_run: options.dry_run,
            ..ImportReport::default()
        },
    };
    run.warn_about_columns(rows.mapping(), rows.header_line());
    let mut chunk = Vec::with_capacity(CHUNK_ROWS);
    for row in &mut rows {
        let row = row?;
        run.report.rows += 1;
        let data = match row.outcome {
            Ok(data) => data,
            Err(errors) => {
                run.report.refuse(row.line, errors);
                continue;
            }
        };
        if let Some(pending) = run.prepare(row.line, data).await? {
            chunk.push(pending);
            if chunk.len() >= CHUNK_ROWS {
                run.write(std::mem::take(&mut chunk)).await?;
            }
        }
    }
    run.write(chunk).await?;
    run.report.companies_created = run.resolver.companies_created;
    Ok(run.report)
}

/// A row ready for the store.
struct Pending {
    line: u64,
    changes: Changes,
}

/// The state of one import.
struct Run<'s> {
    store: &'s Store,
    actor: Actor,
    kind: ObjectKind,
    customs: &'s [CustomFieldDef],
    dry_run: bool,
    resolver: Resolver<'s>,
    hasher: RandomState,
    /// Hash of each email or domain seen → the line it was first seen on. Hashes rather
    /// than the values keep memory small on files with millions of rows.
    seen: HashMap<u64, u64>,
    report: ImportReport,
}

impl Run<'_> {
    fn warn_about_columns(&mut self, mapping: &Mapping, header_line: u64) {
        for (i, column) in mapping.columns().iter().enumerate() {
            let Some(skip) = column.skip.as_ref().filter(|s| s.is_warning()) else {
                continue;
            };
            let name = if column.header.is_empty() {
                format!("column {}", i + 1)
            } else {
                column.header.clone()
            };
            let message = skip.message(self.kind);
            self.report
                .warn(header_line, FieldError::new(name, message));
        }
    }

    /// Skips repeated keys and resolves the row's links; `None` when the row is refused.
    async fn prepare(
        &mut self,
        line: u64,
        data: RowData,
    ) -> Result<Option<Pending>, TransferError> {
        let RowData { mut changes, links } = data;
        if let Some(field) = natural_key(self.kind)
            && let Some(value) = changes.get(field).and_then(Value::as_text)
        {
            match self.seen.entry(self.hasher.hash_one(value)) {
                Entry::Occupied(first) => {
                    let message = format!(
                        "duplicates line {}: \"{value}\" appears there already; this row is skipped",
                        first.get()
                    );
                    self.report.duplicates += 1;
                    self.report
                        .refuse(line, vec![FieldError::new(field, message)]);
                    return Ok(None);
                }
                Entry::Vacant(entry) => {
                    entry.insert(line);
                }
            }
        }
        for warning in self
            .resolver
            .drop_foreign_ids(self.kind, &mut changes)
            .await?
        {
            self.report.warn(line, warning);
        }
        if self.kind == ObjectKind::Deal {
            let placed = self
                .resolver
                .place_deal(
                    &mut changes,
                    links.pipeline.as_deref(),
                    links.stage.as_deref(),
                )
                .await?;
            if let Err(error) = placed {
                self.report.refuse(line, vec![error]);
                return Ok(None);
            }
        }
        if let Some(company) = &links.company
            && changes.get("company_id").is_none_or(Value::is_null)
        {
            match self.resolver.company(company).await? {
                CompanyMatch::Found(id) => changes.set(self.kind, "company_id", Value::Id(id)),
                CompanyMatch::WouldCreate => {}
                CompanyMatch::Missing => self.report.warn(
                    line,
                    FieldError::new(
                        "company",
                        format!(
                            "no company named \"{company}\"; the {} is imported without one",
                            self.kind
                        ),
                    ),
                ),
                CompanyMatch::Failed(message) => {
                    self.report
                        .refuse(line, vec![FieldError::new("company", message)]);
                    return Ok(None);
                }
            }
        }
        Ok(Some(Pending { line, changes }))
    }

    /// Writes a chunk; rows the store refuses are reported and the rest written.
    async fn write(&mut self, mut pending: Vec<Pending>) -> Result<(), TransferError> {
        let mut retries = 0;
        while !pending.is_empty() {
            let error = match self.send(&pending).await {
                Ok((records, started)) => {
                    self.count(&records, started);
                    return Ok(());
                }
                Err(error) if is_fatal(&error) => return Err(error.into()),
                Err(error) => error,
            };
            match failing_index(&error, pending.len()) {
                Some(i) if retries < TARGETED_RETRIES && i < pending.len() => {
                    let refused = pending.remove(i);
                    self.report.refuse(refused.line, row_errors(error));
                    retries += 1;
                }
                _ => return self.write_one_by_one(pending).await,
            }
        }
        Ok(())
    }

    async fn write_one_by_one(&mut self, pending: Vec<Pending>) -> Result<(), TransferError> {
        for row in pending {
            match self.send(std::slice::from_ref(&row)).await {
                Ok((records, started)) => self.count(&records, started),
                Err(error) if is_fatal(&error) => return Err(error.into()),
                Err(error) => self.report.refuse(row.line, row_errors(error)),
            }
        }
        Ok(())
    }

    /// One batch, and the instant just before it (to tell untouched records apart).
    async fn send(&self, pending: &[Pending]) -> Result<(Vec<Record>, OffsetDateTime), StoreError> {
        let items = pending
            .iter()
            .map(|p| BatchItem {
                id: None,
                version: None,
                changes: p.changes.clone(),
            })
            .collect();
        let mode = if natural_key(self.kind).is_some() {
            BatchMode::Upsert
        } else {
            BatchMode::Create
        };
        let started = timestamp::now();
        let records = if self.dry_run {
            self.store
                .batch_dry_run(self.actor, self.kind, mode, items, self.customs)
                .await?
        } else {
            self.store
                .batch(self.actor, self.kind, mode, items, self.customs)
                .await?
        };
        Ok((records, started))
    }

    /// A record at version 1 written by this batch was created; an upsert that changed
    /// nothing returns the record as it was, last updated before the batch began.
    fn count(&mut self, records: &[Record], started: OffsetDateTime) {
        for record in records {
            if record.updated_at < started {
                self.report.unchanged += 1;
            } else if record.version == 1 {
                self.report.created += 1;
            } else {
                self.report.updated += 1;
            }
        }
    }
}

/// Whether the error is the database's rather than a row's: retrying row by row would only
/// fail a thousand times.
fn is_fatal(error: &StoreError) -> bool {
    match error {
        StoreError::Database(_) => !error.is_unique_violation(),
        StoreError::Migration(_) => true,
        _ => false,
    }
}

/// The position in the batch of the row the store refused: its errors name it as
/// `records[3].email`, and a batch of one names only its row.
fn failing_index(error: &StoreError, len: usize) -> Option<usize> {
    if let StoreError::Invalid(errors) = error {
        let first = errors.0.first()?;
        if let Some(index) = batch_index(&first.field) {
            return Some(index);
        }
    }
    (len == 1).then_some(0)
}

fn batch_index(field: &str) -> Option<usize> {
    let rest = field.strip_prefix("records[")?;
    let (index, _) = rest.split_once(']')?;
    index.parse().ok()
}

/// The store's complaint about one row, with the batch position taken off the field names.
fn row_errors(error: StoreError) -> Vec<FieldError> {
    match error {
        StoreError::Invalid(errors) => errors
            .0
            .into_iter()
            .map(|mut e| {
                if let Some((_, rest)) = e
                    .field
                    .strip_prefix("records[")
                    .and_then(|r| r.split_once(']'))
                {
                    e.field = rest.strip_prefix('.').unwrap_or(rest).to_owned();
                }
                e
            })
            .collect(),
        other => vec![FieldError::new("", other.to_string())],
    }
}

/// What the import wizard shows before anything is written.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Preview {
    pub headers: Vec<String>,
    /// The delimiter found in the header line.
    pub delimiter: String,
    pub mapping: Vec<ColumnPreview>,
    /// The first [`PREVIEW_ROWS`] data rows.
    pub sample_rows: Vec<SampleRow>,
    /// Problems with the file, the overrides, or the sampled rows.
    pub errors: Vec<RowError>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnPreview {
    pub header: String,
    /// The target field (`email`, `custom.region`, `company`), if the column is imported.
    pub field: Option<String>,
    /// Why a column is not imported.
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SampleRow {
    pub line: u64,
    /// The row's cells by target field, as written in the file.
    pub cells: Map<String, Json>,
    /// The values as they would be stored (`8 916 123-45-67` → `+79161234567`); `None`
    /// when the row has errors.
    pub values: Option<Json>,
}

/// Reads the header and the first rows of a file and shows how they would import. Needs
/// no database: links (companies, stages) are shown by name, as the file gives them.
pub fn preview<H: AsRef<str>, F: AsRef<str>>(
    input: impl Read,
    kind: ObjectKind,
    customs: &[CustomFieldDef],
    ctx: &ParseContext,
    overrides: &[(H, F)],
) -> Preview {
    let mut preview = Preview::default();
    let fail = |preview: &mut Preview, line: u64, field: String, message: String| {
        preview.errors.push(RowError {
            line,
            field,
            message,
        });
    };
    if !matches!(
        kind,
        ObjectKind::Person | ObjectKind::Company | ObjectKind::Deal
    ) {
        let message = TransferError::Unsupported(kind).to_string();
        fail(&mut preview, 1, String::new(), message);
        return preview;
    }
    let mut rows = match RowReader::open(input, kind, customs, ctx) {
        Ok(rows) => rows,
        Err(error) => {
            fail(&mut preview, 1, String::new(), error.to_string());
            return preview;
        }
    };
    if let Err(error) = rows.apply_overrides(overrides) {
        let field = match &error {
            MappingError::NoSuchColumn { header } | MappingError::UnknownField { header, .. } => {
                header.clone()
            }
            MappingError::Duplicate { second, .. } => second.clone(),
        };
        fail(&mut preview, rows.header_line(), field, error.to_string());
    }
    preview.headers = rows.headers().to_vec();
    preview.delimiter = rows.delimiter().to_string();
    preview.mapping = rows
        .mapping()
        .columns()
        .iter()
        .map(|c| ColumnPreview {
            header: c.header.clone(),
            field: c.target.as_ref().map(|t| t.name()),
            note: c.skip.as_ref().map(|s| s.message(kind)),
        })
        .collect();
    for row in rows.by_ref().take(PREVIEW_ROWS) {
        let row = match row {
            Ok(row) => row,
            Err(error) => {
                let line = preview.sample_rows.last().map_or(1, |r| r.line);
                fail(&mut preview, line, String::new(), error.to_string());
                break;
            }
        };
        let values = match &row.outcome {
            Ok(data) => Some(stored_values(data, customs)),
            Err(errors) => {
                for error in errors {
                    fail(
                        &mut preview,
                        row.line,
                        error.field.clone(),
                        error.message.clone(),
                    );
                }
                None
            }
        };
        preview.sample_rows.push(SampleRow {
            line: row.line,
            cells: row.cells,
            values,
        });
    }
    preview
}

/// A row's parsed values as the API would show them, with its links by name.
fn stored_values(data: &RowData, customs: &[CustomFieldDef]) -> Json {
    let mut out = Map::new();
    for (spec, value) in &data.changes.values {
        out.insert(spec.name.to_owned(), value.to_json(&spec.kind));
    }
    let mut custom = Map::new();
    for (key, stored) in &data.changes.custom {
        if let Some(def) = customs.iter().find(|d| &d.key == key) {
            let kind = def.field_kind();
            custom.insert(
                key.clone(),
                Value::from_storage_json(stored, &kind).to_json(&kind),
            );
        }
    }
    if !custom.is_empty() {
        out.insert("custom".to_owned(), Json::Object(custom));
    }
    let Links {
        company,
        pipeline,
        stage,
    } = &data.links;
    for (name, link) in [
        ("company", company),
        ("pipeline", pipeline),
        ("stage", stage),
    ] {
        if let Some(link) = link {
            out.insert(name.to_owned(), Json::String(link.clone()));
        }
    }
    Json::Object(out)
}
