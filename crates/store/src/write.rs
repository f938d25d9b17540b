//! One write transaction: the rules that apply to records as they are saved (a deal's
//! pipeline and stage, an activity's defaults and links), reference checks, the search
//! index, stage history and record events, all committed together or not at all.

use std::collections::HashMap;

use relata_domain::custom_field::CustomFieldDef;
use relata_domain::pipeline::Pipeline;
use relata_domain::record::FieldChange;
use relata_domain::schema::fields;
use relata_domain::value::Storage;
use relata_domain::{
    Changes, ObjectKind, Record, ValidationErrors, Value, activity, pipeline, timestamp,
};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::audit::{self, AuditEntry};
use crate::engine::Tx;
use crate::events::{Event, insert_events};
use crate::feed::{self, FeedItem};
use crate::pipelines::{default_pipeline_in, pipeline_in};
use crate::records::{record_from_row, select_list};
use crate::refs::KnownRefs;
use crate::sql::{Bind, InList, Sql};
use crate::{Actor, Store, StoreError, search};

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

pub(crate) fn select_one(
    tx_or_pool_sql: Sql,
    kind: ObjectKind,
    workspace_id: Uuid,
    id: Uuid,
) -> Sql {
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

/// The values a new record was given: what the audit log keeps of a creation (empty
/// fields and the bookkeeping every record has are left out).
fn set_values(json: serde_json::Value) -> serde_json::Value {
    const BOOKKEEPING: [&str; 6] = [
        "id",
        "version",
        "created_at",
        "updated_at",
        "created_by",
        "deleted_at",
    ];
    match json {
        serde_json::Value::Object(mut map) => {
            map.retain(|key, value| {
                !BOOKKEEPING.contains(&key.as_str())
                    && !value.is_null()
                    && value.as_object().is_none_or(|o| !o.is_empty())
                    && value.as_array().is_none_or(|a| !a.is_empty())
            });
            serde_json::Value::Object(map)
        }
        other => other,
    }
}

/// State shared by the writes of one transaction: the clock, and what was already checked.
pub(crate) struct Write<'a> {
    store: &'a Store,
    tx: Tx,
    actor: Actor,
    now: OffsetDateTime,
    refs: KnownRefs,
    customs: &'a [CustomFieldDef],
    events: Vec<Event>,
    feed: Vec<FeedItem>,
    /// Records this write created, for the audit log.
    created: Vec<(ObjectKind, Uuid, serde_json::Value)>,
    /// Pipelines read during this write, by id (`None`: the default pipeline).
    pipelines: HashMap<Option<Uuid>, Option<Pipeline>>,
    /// Each person's company, for linking their activities to it.
    person_companies: HashMap<Uuid, Option<Uuid>>,
}

impl<'a> Write<'a> {
    pub(crate) async fn begin(
        store: &'a Store,
        actor: Actor,
        customs: &'a [CustomFieldDef],
    ) -> Result<Write<'a>, StoreError> {
        Ok(Write {
            store,
            tx: store.pools.begin().await?,
            actor,
            now: timestamp::now(),
            refs: KnownRefs::default(),
            customs,
            events: Vec::new(),
            feed: Vec::new(),
            created: Vec::new(),
            pipelines: HashMap::new(),
            person_companies: HashMap::new(),
        })
    }

    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        insert_events(&mut self.tx, self.actor, &self.events).await?;
        let entries = self.audit_entries();
        audit::append(
            &mut self.tx,
            self.actor.workspace_id,
            self.actor.member_id,
            &entries,
        )
        .await?;
        let head = feed::append(
            &mut self.tx,
            self.actor.workspace_id,
            self.actor.member_id,
            self.now,
            &self.feed,
        )
        .await?;
        self.tx.commit().await?;
        self.store.announce(self.actor.workspace_id, head);
        Ok(())
    }

    /// Every creation and every event of this write, as audit entries.
    fn audit_entries(&self) -> Vec<AuditEntry> {
        let created = self.created.iter().map(|(kind, id, values)| {
            AuditEntry::new("created", serde_json::json!({ "values": values }))
                .about(kind.name(), *id)
        });
        let events = self.events.iter().map(|event| {
            AuditEntry::new(event.event, event.data.clone())
                .about(event.record_kind.name(), event.record_id)
        });
        created.chain(events).collect()
    }

    fn event(&mut self, record: &Record, event: &'static str, data: serde_json::Value) {
        self.feed.push(FeedItem::about(record, event, data.clone()));
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

    pub(crate) async fn create(
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
            self.feed
                .push(FeedItem::about(record, "created", serde_json::json!({})));
            self.created.push((
                kind,
                record.id,
                set_values(record.to_json(self.customs, None)),
            ));
        }
        insert_records(&mut self.tx, ws, &records).await?;
        let saved: Vec<&Record> = records.iter().collect();
        search::index(&mut self.tx, ws, &saved).await?;
        if kind == ObjectKind::Deal {
            self.enter_stages(&saved, false).await?;
        }
        Ok(records)
    }

    pub(crate) async fn update(
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
        self.save_new_version(&before, &mut after).await?;
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

    pub(crate) async fn set_trashed(
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
        self.save_new_version(&before, &mut after).await?;
        self.event(
            &after,
            if trash { "deleted" } else { "restored" },
            serde_json::json!({}),
        );
        Ok(after)
    }

    /// Saves `after` as the next version of `before`, and keeps search in step with it.
    async fn save_new_version(
        &mut self,
        before: &Record,
        after: &mut Record,
    ) -> Result<(), StoreError> {
        after.version = before.version + 1;
        after.updated_at = self.now;
        write_record(&mut self.tx, self.actor.workspace_id, after, before.version).await?;
        self.reindex(before, after).await
    }

    /// Keeps the search index in step with a changed record.
    async fn reindex(&mut self, before: &Record, after: &Record) -> Result<(), StoreError> {
        if search::terms_changed(before, after) {
            if before.deleted_at.is_none() {
                search::unindex(&mut self.tx, self.actor.workspace_id, before).await?;
            }
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
        sql.bind(self.actor.workspace_id).push(" AND ");
        sql.push_in("id", InList::Ids(people.to_vec()));
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
    pub(crate) async fn find_by(
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
pub(crate) fn within_batch(error: StoreError, index: usize, len: usize) -> StoreError {
    match error {
        StoreError::Invalid(errors) if len > 1 => {
            StoreError::Invalid(errors.within(&format!("records[{index}]")))
        }
        other => other,
    }
}
