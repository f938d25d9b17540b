//! Generated records into the store, through the same parsing and rules as any API input.

use relata_domain::custom_field::CustomFieldDef;
use relata_domain::record::Mode;
use relata_domain::schema::ParseContext;
use relata_domain::{Changes, ObjectKind};
use relata_store::{Actor, BatchItem, BatchMode, Store, StoreError, Workspace};
use serde_json::Value as Json;
use uuid::Uuid;

use crate::SampleError;

/// Records per batch (one transaction). Larger than the API's 1,000: a bulk load that
/// commits less often rewrites the same index pages less often.
pub const BATCH_SIZE: usize = 5_000;

pub struct Writer<'a> {
    store: &'a Store,
    actor: Actor,
    ctx: ParseContext,
    /// Custom field definitions per kind, in [`ObjectKind::ALL`] order: the store checks
    /// required ones, so they must be passed along.
    customs: Vec<Vec<CustomFieldDef>>,
}

fn position(kind: ObjectKind) -> usize {
    ObjectKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

impl<'a> Writer<'a> {
    pub async fn new(
        store: &'a Store,
        workspace: &Workspace,
        member_id: Uuid,
    ) -> Result<Writer<'a>, SampleError> {
        let mut customs = Vec::new();
        for kind in ObjectKind::ALL {
            customs.push(store.custom_fields(workspace.id, kind).await?);
        }
        Ok(Writer {
            store,
            actor: Actor {
                workspace_id: workspace.id,
                member_id: Some(member_id),
            },
            ctx: workspace.settings.parse_context(),
            customs,
        })
    }

    /// The calling code the workspace assumes for numbers typed without one.
    pub fn default_calling_code(&self) -> &str {
        &self.ctx.default_country_code
    }

    fn parse(&self, kind: ObjectKind, input: &Json) -> Result<Changes, SampleError> {
        Changes::parse(
            kind,
            input,
            Mode::Create,
            &self.customs[position(kind)],
            &self.ctx,
        )
        .map_err(|errors| SampleError::Invalid { kind, errors })
    }

    /// Creates the records, a batch at a time, and returns their ids in input order.
    pub async fn create(
        &self,
        kind: ObjectKind,
        inputs: &[Json],
    ) -> Result<Vec<Uuid>, SampleError> {
        let mut ids = Vec::with_capacity(inputs.len());
        for chunk in inputs.chunks(BATCH_SIZE) {
            let items = chunk
                .iter()
                .map(|input| {
                    Ok(BatchItem {
                        id: None,
                        version: None,
                        changes: self.parse(kind, input)?,
                    })
                })
                .collect::<Result<Vec<_>, SampleError>>()?;
            let records = self
                .store
                .batch(
                    self.actor,
                    kind,
                    BatchMode::Create,
                    items,
                    &self.customs[position(kind)],
                )
                .await
                .map_err(|e| match e {
                    StoreError::Invalid(errors) => SampleError::Invalid { kind, errors },
                    other => SampleError::Store(other),
                })?;
            ids.extend(records.iter().map(|r| r.id));
        }
        Ok(ids)
    }
}
