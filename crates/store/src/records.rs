//! Companies, people, deals and activities: create, read, update, trash, restore, list and
//! batch writes. One code path serves every kind; the schema says which columns exist.

use relata_domain::cursor::Cursor;
use relata_domain::custom_field::CustomFieldDef;
use relata_domain::query::{ListQuery, Trash};
use relata_domain::schema::fields;
use relata_domain::{Changes, FieldError, ObjectKind, Record, ValidationErrors, Value};
use uuid::Uuid;

use crate::engine::Row;
use crate::write::{Write, select_one, within_batch};
use crate::{Actor, Store, StoreError, listing};

/// One page of a list, and where the next one starts.
#[derive(Debug, Clone)]
pub struct Page {
    pub records: Vec<Record>,
    pub next_cursor: Option<Cursor>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchMode {
    Create,
    Update,
    /// Update the record that matches on `match_on` (email, domain or id), else create one.
    Upsert,
}

/// One record of a batch. `id` and `version` are needed for updates.
#[derive(Debug, Clone)]
pub struct BatchItem {
    pub id: Option<Uuid>,
    pub version: Option<i64>,
    pub changes: Changes,
}

/// The columns of a kind's table, in the order [`record_from_row`] reads them.
pub(crate) fn select_list(kind: ObjectKind) -> String {
    let mut columns = String::from("id, version, created_at, updated_at, created_by, deleted_at");
    for spec in fields(kind) {
        columns.push_str(", ");
        columns.push_str(spec.name);
    }
    columns.push_str(", custom");
    columns
}

pub(crate) fn record_from_row(kind: ObjectKind, row: &Row) -> Result<Record, StoreError> {
    let values = fields(kind)
        .iter()
        .map(|spec| row.value(spec.name, spec.kind.storage()))
        .collect::<Result<Vec<Value>, StoreError>>()?;
    let custom = match row.json("custom")? {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    Ok(Record {
        kind,
        id: row.id("id")?,
        version: row.int("version")?,
        created_at: row.time("created_at")?,
        updated_at: row.time("updated_at")?,
        created_by: row.opt_id("created_by")?,
        deleted_at: row.opt_time("deleted_at")?,
        values,
        custom,
    })
}

/// The field an upsert matches on for each kind, when no id is given.
pub fn natural_key(kind: ObjectKind) -> Option<&'static str> {
    match kind {
        ObjectKind::Person => Some("email"),
        ObjectKind::Company => Some("domain"),
        ObjectKind::Deal | ObjectKind::Activity => None,
    }
}

impl Store {
    pub async fn create_record(
        &self,
        actor: Actor,
        kind: ObjectKind,
        changes: &Changes,
        customs: &[CustomFieldDef],
    ) -> Result<Record, StoreError> {
        let mut write = Write::begin(self, actor, customs).await?;
        let record = write
            .create(kind, std::slice::from_ref(changes))
            .await?
            .remove(0);
        write.commit().await?;
        Ok(record)
    }

    /// The oldest live record whose standard field `field` equals `value` (an email, a
    /// phone in E.164), for matching what arrives from outside to who is known.
    pub async fn find_live_by(
        &self,
        workspace_id: Uuid,
        kind: ObjectKind,
        field: &str,
        value: Value,
    ) -> Result<Option<Uuid>, StoreError> {
        if relata_domain::schema::find_field(kind, field).is_none() {
            return Err(StoreError::Corrupt(format!(
                "{} has no field {field}",
                kind.name()
            )));
        }
        let mut sql = self.pools.sql("SELECT id FROM ");
        sql.push(kind.plural())
            .push(" WHERE workspace_id = ")
            .bind(workspace_id);
        sql.push(" AND deleted_at IS NULL AND ")
            .push(field)
            .push(" = ")
            .bind(value);
        sql.push(" ORDER BY id LIMIT 1");
        self.pools
            .fetch_optional(sql)
            .await?
            .map(|row| row.id("id"))
            .transpose()
    }

    /// A record by id, also when it is in the trash.
    pub async fn get_record(
        &self,
        workspace_id: Uuid,
        kind: ObjectKind,
        id: Uuid,
    ) -> Result<Record, StoreError> {
        let sql = select_one(self.pools.sql("SELECT "), kind, workspace_id, id);
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found(kind.name(), id))?;
        record_from_row(kind, &row)
    }

    /// Applies `changes` if the record is still at `expected_version`.
    pub async fn update_record(
        &self,
        actor: Actor,
        kind: ObjectKind,
        id: Uuid,
        expected_version: i64,
        changes: &Changes,
        customs: &[CustomFieldDef],
    ) -> Result<Record, StoreError> {
        let mut write = Write::begin(self, actor, customs).await?;
        let record = write
            .update(kind, id, Some(expected_version), changes)
            .await?;
        write.commit().await?;
        Ok(record)
    }

    /// Moves a record to the trash (a no-op if it is there already).
    pub async fn trash_record(
        &self,
        actor: Actor,
        kind: ObjectKind,
        id: Uuid,
        expected_version: Option<i64>,
    ) -> Result<Record, StoreError> {
        let mut write = Write::begin(self, actor, &[]).await?;
        let record = write.set_trashed(kind, id, expected_version, true).await?;
        write.commit().await?;
        Ok(record)
    }

    pub async fn restore_record(
        &self,
        actor: Actor,
        kind: ObjectKind,
        id: Uuid,
    ) -> Result<Record, StoreError> {
        let mut write = Write::begin(self, actor, &[]).await?;
        let record = write.set_trashed(kind, id, None, false).await?;
        write.commit().await?;
        Ok(record)
    }

    pub async fn list_records(
        &self,
        workspace_id: Uuid,
        kind: ObjectKind,
        query: &ListQuery,
    ) -> Result<Page, StoreError> {
        let mut sql = self.pools.sql("SELECT ");
        sql.push(&select_list(kind))
            .push(" FROM ")
            .push(kind.plural());
        sql.push(" WHERE workspace_id = ").bind(workspace_id);
        sql.push(match query.trash {
            Trash::Exclude => " AND deleted_at IS NULL",
            Trash::Only => " AND deleted_at IS NOT NULL",
        });
        listing::push_query(&mut sql, kind, query);
        let rows = self.pools.fetch_all(sql).await?;
        let mut records = rows
            .iter()
            .map(|row| record_from_row(kind, row))
            .collect::<Result<Vec<_>, _>>()?;
        let next_cursor = if records.len() > query.limit {
            records.truncate(query.limit);
            records
                .last()
                .map(|last| listing::cursor_after(last, query))
        } else {
            None
        };
        Ok(Page {
            records,
            next_cursor,
        })
    }

    /// Creates, updates or upserts up to a thousand records in one transaction: all of them,
    /// or none when any one is refused (its errors name it: `records[3].email`).
    pub async fn batch(
        &self,
        actor: Actor,
        kind: ObjectKind,
        mode: BatchMode,
        items: Vec<BatchItem>,
        customs: &[CustomFieldDef],
    ) -> Result<Vec<Record>, StoreError> {
        self.run_batch(actor, kind, mode, items, customs, true)
            .await
    }

    /// Runs a batch and rolls it back: the records it would save, or why it would fail.
    /// Import previews use it, so they check exactly what the real import checks.
    pub async fn batch_dry_run(
        &self,
        actor: Actor,
        kind: ObjectKind,
        mode: BatchMode,
        items: Vec<BatchItem>,
        customs: &[CustomFieldDef],
    ) -> Result<Vec<Record>, StoreError> {
        self.run_batch(actor, kind, mode, items, customs, false)
            .await
    }

    async fn run_batch(
        &self,
        actor: Actor,
        kind: ObjectKind,
        mode: BatchMode,
        items: Vec<BatchItem>,
        customs: &[CustomFieldDef],
        commit: bool,
    ) -> Result<Vec<Record>, StoreError> {
        let mut write = Write::begin(self, actor, customs).await?;
        let len = items.len();
        let mut results: Vec<Option<Record>> = vec![None; len];
        let mut to_create: Vec<(usize, Changes)> = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            let id = match (mode, item.id) {
                (BatchMode::Create, Some(_)) => {
                    return Err(invalid_item(
                        i,
                        "id",
                        "is set by the server; use mode update or upsert",
                    ));
                }
                (BatchMode::Create, None) => None,
                (_, Some(id)) => Some(id),
                (BatchMode::Update, None) => {
                    return Err(invalid_item(i, "id", "is required to update a record"));
                }
                (BatchMode::Upsert, None) => {
                    match natural_key(kind).and_then(|key| Some((key, item.changes.get(key)?))) {
                        Some((key, value)) if !value.is_null() => {
                            write.find_by(kind, key, &value.clone()).await?
                        }
                        _ => None,
                    }
                }
            };
            match id {
                Some(id) => {
                    let version = if mode == BatchMode::Update {
                        item.version
                    } else {
                        None
                    };
                    if mode == BatchMode::Update && version.is_none() {
                        return Err(invalid_item(i, "version", "is required to update a record"));
                    }
                    let record = write
                        .update(kind, id, version, &item.changes)
                        .await
                        .map_err(|e| within_batch(e, i, len))?;
                    results[i] = Some(record);
                }
                None => to_create.push((i, item.changes)),
            }
        }
        let (positions, changes): (Vec<usize>, Vec<Changes>) = to_create.into_iter().unzip();
        let created = write
            .create(kind, &changes)
            .await
            .map_err(|e| remap_batch_index(e, &positions))?;
        for (position, record) in positions.into_iter().zip(created) {
            results[position] = Some(record);
        }
        if commit {
            write.commit().await?;
        }
        Ok(results.into_iter().flatten().collect())
    }
}

fn invalid_item(index: usize, field: &str, message: &str) -> StoreError {
    StoreError::Invalid(ValidationErrors(vec![FieldError::new(
        format!("records[{index}].{field}"),
        message,
    )]))
}

/// Creation numbers its errors by position among the created records; report them by
/// position in the whole batch.
fn remap_batch_index(error: StoreError, positions: &[usize]) -> StoreError {
    let StoreError::Invalid(errors) = error else {
        return error;
    };
    let remapped = errors
        .0
        .into_iter()
        .map(|mut e| {
            if positions.len() == 1 {
                e = e.within(&format!("records[{}]", positions[0]));
            } else if let Some((n, tail)) = e
                .field
                .strip_prefix("records[")
                .and_then(|rest| rest.split_once(']'))
            {
                let original = n
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| positions.get(n))
                    .copied()
                    .unwrap_or(0);
                e.field = format!("records[{original}]{tail}");
            }
            e
        })
        .collect();
    StoreError::Invalid(ValidationErrors(remapped))
}
