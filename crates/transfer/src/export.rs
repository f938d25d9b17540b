//! Exporting records to CSV, page by page, in a form [`crate::import()`] reads back.
//!
//! Columns are `id`, every standard field in schema order, then `custom.<key>` for each
//! custom field. Values are written as the API shows them, except that lists are joined
//! with `; `, money is an exact plain decimal (`12500.50`), and text a spreadsheet would run
//! as a formula gets a leading `'`, which the import takes off again. Reference columns
//! (`company_id`, `owner_id`, `stage_id`…) hold ids: imported into the same workspace they
//! link again, into another one they are dropped with a warning, as those ids mean nothing
//! there.

use std::io::Write;

use relata_domain::ObjectKind;
use relata_domain::custom_field::CustomFieldDef;
use relata_domain::query::{ListParams, ListQuery, MAX_LIMIT};
use relata_domain::schema::{FieldSpec, ParseContext, fields};
use relata_domain::{Record, Value};
use relata_store::Store;
use uuid::Uuid;

use crate::{TransferError, cell};

/// One column of the export.
enum ExportColumn {
    Id,
    Field(&'static FieldSpec),
    Custom(CustomFieldDef),
}

impl ExportColumn {
    fn header(&self) -> String {
        match self {
            Self::Id => "id".into(),
            Self::Field(spec) => spec.name.into(),
            Self::Custom(def) => format!("custom.{}", def.key),
        }
    }

    fn cell(&self, record: &Record) -> String {
        match self {
            Self::Id => record.id.to_string(),
            Self::Field(spec) => cell::format(record.get(spec.name), &spec.kind),
            Self::Custom(def) => {
                let kind = def.field_kind();
                let value = record.custom.get(&def.key).map_or(Value::Null, |stored| {
                    Value::from_storage_json(stored, &kind)
                });
                cell::format(&value, &kind)
            }
        }
    }
}

/// The columns of an export: all of them, or those the `fields` parameter names (`custom`
/// stands for every custom field); `id` always comes first.
fn columns(
    kind: ObjectKind,
    customs: &[CustomFieldDef],
    selected: Option<&[String]>,
) -> Vec<ExportColumn> {
    let wanted = |name: &str| selected.is_none_or(|s| s.iter().any(|f| f == name));
    let mut columns = vec![ExportColumn::Id];
    columns.extend(
        fields(kind)
            .iter()
            .filter(|spec| wanted(spec.name))
            .map(ExportColumn::Field),
    );
    if wanted("custom") {
        columns.extend(customs.iter().cloned().map(ExportColumn::Custom));
    }
    columns
}

/// An export read a page at a time: each call to [`Exporter::next_chunk`] gives the CSV of
/// the next page (the first one starts with the header), so a server can stream it to a
/// slow client without holding more than a page.
pub struct Exporter {
    store: Store,
    workspace_id: Uuid,
    kind: ObjectKind,
    query: ListQuery,
    columns: Vec<ExportColumn>,
    header_written: bool,
    done: bool,
    pub written: usize,
}

impl Exporter {
    /// Checks the query (filter, sort, fields, trash; the limit and cursor are the export's
    /// own). Records come oldest first unless a sort is given.
    pub async fn new(
        store: &Store,
        workspace_id: Uuid,
        kind: ObjectKind,
        query_params: ListParams<'_>,
        ctx: &ParseContext,
    ) -> Result<Exporter, TransferError> {
        let customs = store.custom_fields(workspace_id, kind).await?;
        let params = ListParams {
            sort: query_params.sort.or(Some("created_at")),
            limit: None,
            cursor: None,
            ..query_params
        };
        let mut query =
            ListQuery::parse(kind, &params, &customs, ctx).map_err(TransferError::Query)?;
        query.limit = MAX_LIMIT;
        let columns = columns(kind, &customs, query.fields.as_deref());
        let store = store.clone();
        Ok(Exporter {
            store,
            workspace_id,
            kind,
            query,
            columns,
            header_written: false,
            done: false,
            written: 0,
        })
    }

    /// The CSV of the next page, or `None` when every record has been written.
    pub async fn next_chunk(&mut self) -> Result<Option<Vec<u8>>, TransferError> {
        if self.done {
            return Ok(None);
        }
        let mut writer = csv::Writer::from_writer(Vec::new());
        if !self.header_written {
            writer.write_record(self.columns.iter().map(ExportColumn::header))?;
            self.header_written = true;
        }
        let page = self
            .store
            .list_records(self.workspace_id, self.kind, &self.query)
            .await?;
        for record in &page.records {
            writer.write_record(self.columns.iter().map(|c| c.cell(record)))?;
            self.written += 1;
        }
        match page.next_cursor {
            Some(cursor) => self.query.cursor = Some(cursor),
            None => self.done = true,
        }
        writer
            .into_inner()
            .map(Some)
            .map_err(|e| TransferError::Io(e.into_error()))
    }
}

/// Writes every record of `kind` matching `query_params` to `out` as CSV, a page at a time.
/// Returns how many records were written.
pub async fn export(
    store: &Store,
    workspace_id: Uuid,
    kind: ObjectKind,
    query_params: ListParams<'_>,
    ctx: &ParseContext,
    mut out: impl Write,
) -> Result<usize, TransferError> {
    let mut exporter = Exporter::new(store, workspace_id, kind, query_params, ctx).await?;
    while let Some(chunk) = exporter.next_chunk().await? {
        out.write_all(&chunk)?;
    }
    out.flush()?;
    Ok(exporter.written)
}
