//! Companies, people, deals and activities: create, read, update, trash, restore, list and
//! batch writes. One code path serves every kind; the schema says which columns exist.

use relata_domain::cursor::Cursor;
use relata_domain::custom_field::CustomFieldDef;
use relata_domain::query::{ListQuery, Trash};
use relata_domain::record::FieldChange;
use relata_domain::schema::fields;
use relata_domain::value::Storage;
use relata_domain::{
    Changes, FieldError, ObjectKind, Record, ValidationErrors, Value, activity, pipeline, timestamp,
};
use std::collections::HashMap;

use relata_domain::pipeline::Pipeline;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::engine::{Row, Tx};
use crate::events::{Event, insert_events};
use crate::pipelines::{default_pipeline_in, pipeline_in};
use crate::refs::KnownRefs;
use crate::sql::{Bind, Sql};
use crate::{Actor, Store, StoreError, listing, search};

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

fn field_binds(record: &Record) -> impl Iterator<Item = Bind> + '_ {
    fields(record.kind)
        .iter()
        .zip(&record.values)
        .map(|(spec, value)| Bind::typed(value.clone(), spec.kind.storage()))
}

/// Inserts records with as few statements as the engines' bind limits allow.
async fn insert_records(
    tx: &mut Tx,
    workspace_id: Uuid,
    records: &[Record],
) -> Result<(), StoreError> {
    let Some(first) = records.first() else {
        return Ok(());
    };
    let kind = first.kind;
    let per_row = fields(kind).len() + 8;
    // SQLite allows 32,766 bound values per statement and PostgreSQL 65,535.
    let rows_per_statement = (30_000 / per_row).max(1);
    for chunk in records.chunks(rows_per_statement) {
        let mut sql = tx.sql("INSERT INTO ");
        sql.push(kind.plural())
            .push(" (workspace_id, ")
            .push(&select_list(kind))
            .push(") VALUES ");
        for (i, record) in chunk.iter().enumerate() {
            sql.push(if i == 0 { "(" } else { ", (" });
            sql.bind(workspace_id)
                .push(", ")
                .bind(record.id)
                .push(", ")
                .bind(record.version);
            sql.push(", ")
                .bind(record.created_at)
                .push(", ")
                .bind(record.updated_at);
            sql.push(", ")
                .bind(record.created_by)
                .push(", ")
                .bind(record.deleted_at);
            for bind in field_binds(record) {
                sql.push(", ").bind(bind);
            }
            sql.push(", ")
                .bind(Bind::Json(serde_json::Value::Object(record.custom.clone())))
                .push(")");
        }
        tx.execute(sql).await?;
    }
    Ok(())
}

/// Writes every column of `record`, if the stored version is still `expected_version`.
async fn write_record(
    tx: &mut Tx,
    workspace_id: Uuid,
    record: &Record,
    expected_version: i64,
) -> Result<(), StoreError> {
    let mut sql = tx.sql("UPDATE ");
    sql.push(record.kind.plural())
        .push(" SET version = ")
        .bind(record.version);
    sql.push(", updated_at = ")
        .bind(record.updated_at)
        .push(", deleted_at = ")
        .bind(record.deleted_at);
    for (spec, bind) in fields(record.kind).iter().zip(field_binds(record)) {
        sql.push(", ").push(spec.name).push(" = ").bind(bind);
    }
    sql.push(", custom = ")
        .bind(Bind::Json(serde_json::Value::Object(record.custom.clone())));
    sql.push(" WHERE workspace_id = ")
        .bind(workspace_id)
        .push(" AND id = ")
        .bind(record.id);
    sql.push(" AND version = ").bind(expected_version);
    if tx.execute(sql).await? != 1 {
        // Unreachable while rows are locked (PostgreSQL) or writes serialized (SQLite),
        // but never overwrite silently if that ever changes.
        return Err(StoreError::Conflict(format!(
            "the {} changed while it was being saved; try again",
            record.kind
        )));
    }
    Ok(())
}

fn select_one(tx_or_pool_sql: Sql, kind: ObjectKind, workspace_id: Uuid, id: Uuid) -> Sql {
    let mut sql = tx_or_pool_sql;
    sql.push(&select_list(kind))
        .push(" FROM ")
        .push(kind.plural());
    sql.push(" WHERE workspace_id = ")
        .bind(workspace_id)
        .push(" AND id = ")
        .bind(id);
    sql
}

/// State shared by the writes of one transaction: the clock, and what was already checked.
struct Write<'a> {
    tx: Tx,
    actor: Actor,
    now: OffsetDateTime,
    refs: KnownRefs,
    customs: &'a [CustomFieldDef],
    events: Vec<Event>,
    /// Pipelines read during this write, by id (`None`: the default pipeline).
    pipelines: HashMap<Option<Uuid>, Option<Pipeline>>,
    /// Each person's company, for linking their activities to it.
    person_companies: HashMap<Uuid, Option<Uuid>>,
}

impl<'a> Write<'a> {
    async fn begin(
        store: &Store,
        actor: Actor,
        customs: &'a [CustomFieldDef],
    ) -> Result<Write<'a>, StoreError> {
        Ok(Write {
            tx: store.pools.begin().await?,
            actor,
            now: timestamp::now(),
            refs: KnownRefs::default(),
            customs,
            events: Vec::new(),
            pipelines: HashMap::new(),
            person_companies: HashMap::new(),
        })
    }

    async fn commit(mut self) -> Result<(), StoreError> {
        insert_events(&mut self.tx, self.actor, &self.events).await?;
        self.tx.commit().await
    }

    fn event(&mut self, record: &Record, event: &'static str, data: serde_json::Value) {
        self.events.push(Event {
            record_kind: record.kind,
            record_id: record.id,
            event,
            at: self.now,
            data,
        });
    }

    async fn load(&mut self, kind: ObjectKind, id: Uuid) -> Result<Record, StoreError> {
        let mut sql = select_one(self.tx.sql("SELECT "), kind, self.actor.workspace_id, id);
        sql.push_postgres(" FOR UPDATE");
        let row = self
            .tx
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found(kind.name(), id))?;
        record_from_row(kind, &row)
    }

    /// Prepares a new record: applies the changes and the rules, checks it. Not yet saved.
    async fn prepare_new(
        &mut self,
        kind: ObjectKind,
        changes: &Changes,
    ) -> Result<Record, StoreError> {
        let mut record = Record::new(kind, self.actor.member_id, self.now);
        record.apply(changes);
        self.apply_rules(None, &mut record).await?;
        record.check(self.customs)?;
        Ok(record)
    }

    async fn create(
        &mut self,
        kind: ObjectKind,
        changes_list: &[Changes],
    ) -> Result<Vec<Record>, StoreError> {
        let len = changes_list.len();
        if kind == ObjectKind::Activity {
            self.prefetch_person_companies(changes_list).await?;
        }
        let mut records = Vec::with_capacity(len);
        for (i, changes) in changes_list.iter().enumerate() {
            let record = self
                .prepare_new(kind, changes)
                .await
                .map_err(|e| within_batch(e, i, len))?;
            records.push(record);
        }
        let pairs: Vec<(Option<&Record>, &Record)> = records.iter().map(|r| (None, r)).collect();
        let ws = self.actor.workspace_id;
        self.refs
            .check(&mut self.tx, ws, &pairs)
            .await
            .map_err(|(i, e)| within_batch(e, i, len))?;
        for record in &records {
            self.refs.remember(kind, record.id);
        }
        insert_records(&mut self.tx, ws, &records).await?;
        let saved: Vec<&Record> = records.iter().collect();
        search::index(&mut self.tx, ws, &saved).await?;
        for record in &records {
            self.event(record, "created", serde_json::json!({}));
        }
        if kind == ObjectKind::Deal {
            self.enter_stages(&saved, false).await?;
        }
        Ok(records)
    }

    async fn update(
        &mut self,
        kind: ObjectKind,
        id: Uuid,
        expected_version: Option<i64>,
        changes: &Changes,
    ) -> Result<Record, StoreError> {
        let before = self.load(kind, id).await?;
        if before.deleted_at.is_some() {
            return Err(StoreError::InTrash { kind: kind.name() });
        }
        if let Some(expected) = expected_version.filter(|v| *v != before.version) {
            return Err(StoreError::VersionConflict {
                expected,
                current: Box::new(before),
            });
        }
        let mut after = before.clone();
        after.apply(changes);
        self.apply_rules(Some(&before), &mut after).await?;
        after.check(self.customs)?;
        self.refs
            .check(
                &mut self.tx,
                self.actor.workspace_id,
                &[(Some(&before), &after)],
            )
            .await
            .map_err(|(_, e)| e)?;
        let diff = after.diff(&before, self.customs);
        if diff.is_empty() {
            return Ok(before);
        }
        after.version = before.version + 1;
        after.updated_at = self.now;
        write_record(
            &mut self.tx,
            self.actor.workspace_id,
            &after,
            before.version,
        )
        .await?;
        self.reindex(&before, &after).await?;
        self.record_update_events(&before, &after, diff).await?;
        Ok(after)
    }

    async fn record_update_events(
        &mut self,
        before: &Record,
        after: &Record,
        diff: Vec<FieldChange>,
    ) -> Result<(), StoreError> {
        let stage_moved =
            after.kind == ObjectKind::Deal && before.get("stage_id") != after.get("stage_id");
        if stage_moved {
            let data = serde_json::json!({
                "from": before.field_json("stage_id", self.customs),
                "to": after.field_json("stage_id", self.customs),
            });
            self.event(after, "stage_changed", data);
            self.enter_stages(&[after], true).await?;
        }
        // Fields that rules derive from the stage or status are part of that change.
        let derived = ["stage_id", "stage_entered_at", "closed_at", "completed_at"];
        let changes: Vec<FieldChange> = diff
            .into_iter()
            .filter(|c| !(stage_moved && derived.contains(&c.field.as_str())))
            .collect();
        if !changes.is_empty() {
            self.event(after, "updated", serde_json::json!({ "changes": changes }));
        }
        Ok(())
    }

    async fn set_trashed(
        &mut self,
        kind: ObjectKind,
        id: Uuid,
        expected: Option<i64>,
        trash: bool,
    ) -> Result<Record, StoreError> {
        let before = self.load(kind, id).await?;
        if let Some(expected) = expected.filter(|v| *v != before.version) {
            return Err(StoreError::VersionConflict {
                expected,
                current: Box::new(before),
            });
        }
        if before.deleted_at.is_some() == trash {
            return Ok(before);
        }
        let mut after = before.clone();
        after.deleted_at = trash.then_some(self.now);
        after.version += 1;
        after.updated_at = self.now;
        write_record(
            &mut self.tx,
            self.actor.workspace_id,
            &after,
            before.version,
        )
        .await?;
        self.reindex(&before, &after).await?;
        self.event(
            &after,
            if trash { "deleted" } else { "restored" },
            serde_json::json!({}),
        );
        Ok(after)
    }

    /// Keeps the search index in step with a changed record.
    async fn reindex(&mut self, before: &Record, after: &Record) -> Result<(), StoreError> {
        if search::terms_changed(before, after) {
            search::unindex(&mut self.tx, self.actor.workspace_id, &[after.id]).await?;
            search::index(&mut self.tx, self.actor.workspace_id, &[after]).await?;
        }
        Ok(())
    }

    /// Rules that need the database: a deal's pipeline and stage, an activity's defaults.
    async fn apply_rules(
        &mut self,
        before: Option<&Record>,
        after: &mut Record,
    ) -> Result<(), StoreError> {
        match after.kind {
            ObjectKind::Deal => self.deal_rules(before, after).await,
            ObjectKind::Activity => self.activity_rules(before, after).await,
            ObjectKind::Company | ObjectKind::Person => Ok(()),
        }
    }

    async fn deal_rules(
        &mut self,
        before: Option<&Record>,
        deal: &mut Record,
    ) -> Result<(), StoreError> {
        let requested = deal.get("pipeline_id").as_id();
        let pipeline = self
            .pipeline(requested)
            .await?
            .ok_or_else(|| match requested {
                Some(id) => {
                    ValidationErrors::one("pipeline_id", format!("no pipeline with id {id}"))
                }
                None => ValidationErrors::one(
                    "pipeline_id",
                    "the workspace has no pipeline; create one first",
                ),
            })?;
        deal.set("pipeline_id", Value::Id(pipeline.id));
        let pipeline_changed =
            before.is_some_and(|b| b.get("pipeline_id") != deal.get("pipeline_id"));
        let stage_given = before.is_none_or(|b| b.get("stage_id") != deal.get("stage_id"));
        let stage = match deal.get("stage_id").as_id() {
            Some(id) if stage_given || !pipeline_changed => {
                pipeline.stage(id).cloned().ok_or_else(|| {
                    ValidationErrors::one(
                        "stage_id",
                        format!("{id} is not a stage of the pipeline \"{}\"", pipeline.name),
                    )
                })?
            }
            _ => pipeline.first_open_stage().cloned().ok_or_else(|| {
                ValidationErrors::one(
                    "stage_id",
                    format!("the pipeline \"{}\" has no open stage", pipeline.name),
                )
            })?,
        };
        deal.set("stage_id", Value::Id(stage.id));
        if before.is_none_or(|b| b.get("stage_id") != deal.get("stage_id")) {
            deal.set("stage_entered_at", Value::DateTime(self.now));
            deal.set(
                "closed_at",
                pipeline::closed_at_on_entering(&stage, self.now),
            );
        }
        Ok(())
    }

    async fn activity_rules(
        &mut self,
        before: Option<&Record>,
        activity: &mut Record,
    ) -> Result<(), StoreError> {
        if activity.get("occurred_at").is_null() {
            activity.set(
                "occurred_at",
                Value::DateTime(before.map_or(self.now, |b| b.created_at)),
            );
        }
        if activity.get("kind").as_text() == Some("task") {
            if activity.get("status").is_null() {
                activity.set("status", Value::Text("open".into()));
            }
            let status = activity
                .get("status")
                .as_text()
                .unwrap_or("open")
                .to_owned();
            if before.is_none_or(|b| b.get("status").as_text() != Some(status.as_str())) {
                activity.set(
                    "completed_at",
                    activity::completed_at_for(&status, self.now),
                );
            }
        }
        // A note about a person belongs on their company's timeline too.
        if let (Some(person_id), true) = (
            activity.get("person_id").as_id(),
            activity.get("company_id").is_null(),
        ) {
            if !self.person_companies.contains_key(&person_id) {
                self.fetch_person_companies(&[person_id]).await?;
            }
            let company = self.person_companies.get(&person_id).copied().flatten();
            activity.set("company_id", company.map_or(Value::Null, Value::Id));
        }
        Ok(())
    }

    /// Reads the companies of the people that new activities name, in one query.
    async fn prefetch_person_companies(
        &mut self,
        changes_list: &[Changes],
    ) -> Result<(), StoreError> {
        let mut people: Vec<Uuid> = changes_list
            .iter()
            .filter(|c| c.get("company_id").is_none_or(Value::is_null))
            .filter_map(|c| c.get("person_id").and_then(Value::as_id))
            .filter(|id| !self.person_companies.contains_key(id))
            .collect();
        people.sort();
        people.dedup();
        for chunk in people.chunks(1_000) {
            self.fetch_person_companies(chunk).await?;
        }
        Ok(())
    }

    async fn fetch_person_companies(&mut self, people: &[Uuid]) -> Result<(), StoreError> {
        let mut sql = self
            .tx
            .sql("SELECT id, company_id FROM people WHERE workspace_id = ");
        sql.bind(self.actor.workspace_id).push(" AND id IN (");
        for (i, id) in people.iter().enumerate() {
            sql.push(if i == 0 { "" } else { ", " }).bind(*id);
        }
        sql.push(")");
        for row in self.tx.fetch_all(sql).await? {
            self.person_companies
                .insert(row.id("id")?, row.opt_id("company_id")?);
        }
        Ok(())
    }

    /// A pipeline by id, or the default one, read once per write.
    async fn pipeline(&mut self, id: Option<Uuid>) -> Result<Option<Pipeline>, StoreError> {
        if let Some(cached) = self.pipelines.get(&id) {
            return Ok(cached.clone());
        }
        let ws = self.actor.workspace_id;
        let pipeline = match id {
            Some(id) => pipeline_in(&mut self.tx, ws, id).await?,
            None => default_pipeline_in(&mut self.tx, ws).await?,
        };
        self.pipelines.insert(id, pipeline.clone());
        Ok(pipeline)
    }

    /// Opens a stage-history entry for each deal's current stage; `closing` first ends the
    /// entries of the stages they leave (new deals have none).
    async fn enter_stages(&mut self, deals: &[&Record], closing: bool) -> Result<(), StoreError> {
        if closing {
            for deal in deals {
                let mut close = self.tx.sql("UPDATE deal_stage_history SET left_at = ");
                close.bind(self.now).push(" WHERE deal_id = ").bind(deal.id);
                close.push(" AND left_at IS NULL");
                self.tx.execute(close).await?;
            }
        }
        for chunk in deals.chunks(2_000) {
            let mut open = self.tx.sql(
                "INSERT INTO deal_stage_history \
                 (id, workspace_id, deal_id, pipeline_id, stage_id, entered_at, entered_by) VALUES ",
            );
            for (i, deal) in chunk.iter().enumerate() {
                open.push(if i == 0 { "(" } else { ", (" });
                open.bind(relata_domain::new_id())
                    .push(", ")
                    .bind(self.actor.workspace_id);
                open.push(", ").bind(deal.id);
                open.push(", ")
                    .bind(Bind::typed(deal.get("pipeline_id").clone(), Storage::Id));
                open.push(", ")
                    .bind(Bind::typed(deal.get("stage_id").clone(), Storage::Id));
                open.push(", ")
                    .bind(self.now)
                    .push(", ")
                    .bind(self.actor.member_id)
                    .push(")");
            }
            self.tx.execute(open).await?;
        }
        Ok(())
    }

    /// The live record whose `field` equals `value`, for upserts.
    async fn find_by(
        &mut self,
        kind: ObjectKind,
        field: &str,
        value: &Value,
    ) -> Result<Option<Uuid>, StoreError> {
        let mut sql = self.tx.sql("SELECT id FROM ");
        sql.push(kind.plural())
            .push(" WHERE workspace_id = ")
            .bind(self.actor.workspace_id);
        sql.push(" AND deleted_at IS NULL AND ")
            .push(field)
            .push(" = ")
            .bind(value.clone());
        sql.push(" ORDER BY id LIMIT 1");
        self.tx
            .fetch_optional(sql)
            .await?
            .map(|row| row.id("id"))
            .transpose()
    }
}

/// Prefixes field errors with the batch position (`records[3].email`).
fn within_batch(error: StoreError, index: usize, len: usize) -> StoreError {
    match error {
        StoreError::Invalid(errors) if len > 1 => {
            StoreError::Invalid(errors.within(&format!("records[{index}]")))
        }
        other => other,
    }
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
            } else if let Some(rest) = e.field.strip_prefix("records[") {
                if let Some((n, tail)) = rest.split_once(']') {
                    let original = n
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| positions.get(n))
                        .copied()
                        .unwrap_or(0);
                    e.field = format!("records[{original}]{tail}");
                }
            }
            e
        })
        .collect();
    StoreError::Invalid(ValidationErrors(remapped))
}
