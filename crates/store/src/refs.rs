//! Checks that ids a record points at exist in the same workspace, so no record ever links
//! to another workspace's data or to something in the trash.

use std::collections::HashSet;

use relata_domain::schema::{FieldKind, RefTarget, fields};
use relata_domain::{FieldError, ObjectKind, Record, ValidationErrors, Value};
use uuid::Uuid;

use crate::StoreError;
use crate::engine::Tx;

/// Ids already seen to exist during one write, so a batch checks each id once.
#[derive(Default)]
pub(crate) struct KnownRefs {
    known: HashSet<(&'static str, Uuid)>,
}

fn table(target: RefTarget) -> Option<&'static str> {
    match target {
        RefTarget::Record(kind) => Some(kind.plural()),
        RefTarget::Member => Some("members"),
        // Pipelines and stages are checked by the deal rules, which need their details.
        RefTarget::Pipeline | RefTarget::Stage => None,
    }
}

impl KnownRefs {
    pub(crate) fn remember(&mut self, kind: ObjectKind, id: Uuid) {
        self.known.insert((kind.plural(), id));
    }

    /// Checks every reference of `after` that differs from `before`.
    pub(crate) async fn check(
        &mut self,
        tx: &mut Tx,
        workspace_id: Uuid,
        before: Option<&Record>,
        after: &Record,
    ) -> Result<(), StoreError> {
        let mut errors = ValidationErrors::default();
        for (i, spec) in fields(after.kind).iter().enumerate() {
            let FieldKind::Ref(target) = spec.kind else {
                continue;
            };
            let Some(table) = table(target) else { continue };
            let Value::Id(id) = after.values[i] else {
                continue;
            };
            if before.is_some_and(|b| b.values[i] == after.values[i])
                || self.known.contains(&(table, id))
            {
                continue;
            }
            let mut sql = tx.sql("SELECT deleted_at FROM ");
            sql.push(table)
                .push(" WHERE workspace_id = ")
                .bind(workspace_id)
                .push(" AND id = ")
                .bind(id);
            match tx.fetch_optional(sql).await? {
                None => errors.push(FieldError::new(
                    spec.name,
                    format!("no {} with id {id}", singular(target)),
                )),
                Some(row) if row.opt_time("deleted_at")?.is_some() => errors.push(FieldError::new(
                    spec.name,
                    format!("the {} {id} is in the trash", singular(target)),
                )),
                Some(_) => {
                    self.known.insert((table, id));
                }
            }
        }
        errors.into_result(()).map_err(StoreError::Invalid)
    }
}

fn singular(target: RefTarget) -> &'static str {
    match target {
        RefTarget::Record(kind) => kind.name(),
        RefTarget::Member => "member",
        RefTarget::Pipeline => "pipeline",
        RefTarget::Stage => "stage",
    }
}
