//! Checks that ids a record points at exist in the same workspace, so no record ever links
//! to another workspace's data or to something in the trash. A batch is checked with one
//! query per referenced table, whatever its size.

use std::collections::{HashMap, HashSet};

use relata_domain::schema::{FieldKind, RefTarget, fields};
use relata_domain::{FieldError, ObjectKind, Record, ValidationErrors, Value};
use uuid::Uuid;

use crate::StoreError;
use crate::engine::Tx;
use crate::sql::InList;

/// Ids already seen to exist during one write.
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

fn singular(target: RefTarget) -> &'static str {
    match target {
        RefTarget::Record(kind) => kind.name(),
        RefTarget::Member => "member",
        RefTarget::Pipeline => "pipeline",
        RefTarget::Stage => "stage",
    }
}

/// One reference to check: which record (by position), which field, what it points at.
struct Reference {
    position: usize,
    field: &'static str,
    target: RefTarget,
    table: &'static str,
    id: Uuid,
}

/// Whether a referenced row exists, and whether it is in the trash.
#[derive(Clone, Copy)]
enum Found {
    Live,
    Trashed,
}

impl KnownRefs {
    pub(crate) fn remember(&mut self, kind: ObjectKind, id: Uuid) {
        self.known.insert((kind.plural(), id));
    }

    /// Checks the references of each `(before, after)` pair that the write sets or changes.
    /// Errors carry the position of the pair they concern.
    pub(crate) async fn check(
        &mut self,
        tx: &mut Tx,
        workspace_id: Uuid,
        pairs: &[(Option<&Record>, &Record)],
    ) -> Result<(), (usize, StoreError)> {
        let references = self.unknown_references(pairs);
        let mut found: HashMap<(&'static str, Uuid), Found> = HashMap::new();
        let mut by_table: HashMap<&'static str, Vec<Uuid>> = HashMap::new();
        for reference in &references {
            by_table
                .entry(reference.table)
                .or_default()
                .push(reference.id);
        }
        for (table, mut ids) in by_table {
            ids.sort();
            ids.dedup();
            for chunk in ids.chunks(1_000) {
                let mut sql = tx.sql("SELECT id, deleted_at FROM ");
                sql.push(table)
                    .push(" WHERE workspace_id = ")
                    .bind(workspace_id)
                    .push(" AND ");
                sql.push_in("id", InList::Ids(chunk.to_vec()));
                for row in tx.fetch_all(sql).await.map_err(|e| (0, e))? {
                    let trashed = row.opt_time("deleted_at").map_err(|e| (0, e))?.is_some();
                    let id = row.id("id").map_err(|e| (0, e))?;
                    found.insert(
                        (table, id),
                        if trashed { Found::Trashed } else { Found::Live },
                    );
                }
            }
        }
        for reference in &references {
            let message = match found.get(&(reference.table, reference.id)) {
                Some(Found::Live) => {
                    self.known.insert((reference.table, reference.id));
                    continue;
                }
                Some(Found::Trashed) => format!(
                    "the {} {} is in the trash",
                    singular(reference.target),
                    reference.id
                ),
                None => format!("no {} with id {}", singular(reference.target), reference.id),
            };
            let errors = ValidationErrors(vec![FieldError::new(reference.field, message)]);
            return Err((reference.position, StoreError::Invalid(errors)));
        }
        Ok(())
    }

    fn unknown_references(&self, pairs: &[(Option<&Record>, &Record)]) -> Vec<Reference> {
        let mut references = Vec::new();
        for (position, (before, after)) in pairs.iter().enumerate() {
            for (i, spec) in fields(after.kind).iter().enumerate() {
                let FieldKind::Ref(target) = spec.kind else {
                    continue;
                };
                let Some(table) = table(target) else { continue };
                let Value::Id(id) = after.values[i] else {
                    continue;
                };
                let unchanged = before.is_some_and(|b| b.values[i] == after.values[i]);
                if !unchanged && !self.known.contains(&(table, id)) {
                    references.push(Reference {
                        position,
                        field: spec.name,
                        target,
                        table,
                        id,
                    });
                }
            }
        }
        references
    }
}
