//! Record events (field changes, stage moves, trash) and the timeline that merges them
//! with activities and the record's creation, newest first.

use relata_domain::{ObjectKind, Record};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::engine::Tx;
use crate::records::{record_from_row, select_list};
use crate::sql::Bind;
use crate::{Actor, Store, StoreError};

/// Something that happened to a record, written in the transaction that did it.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub record_kind: ObjectKind,
    pub record_id: Uuid,
    pub event: &'static str,
    pub at: OffsetDateTime,
    pub data: serde_json::Value,
}

pub(crate) async fn insert_events(
    tx: &mut Tx,
    actor: Actor,
    events: &[Event],
) -> Result<(), StoreError> {
    for chunk in events.chunks(2_000) {
        let mut sql = tx.sql("INSERT INTO record_events (id, workspace_id, record_kind, record_id, event, actor_id, at, data) VALUES ");
        for (i, event) in chunk.iter().enumerate() {
            sql.push(if i == 0 { "(" } else { ", (" });
            sql.bind(relata_domain::new_id())
                .push(", ")
                .bind(actor.workspace_id);
            sql.push(", ")
                .bind(event.record_kind.name())
                .push(", ")
                .bind(event.record_id);
            sql.push(", ")
                .bind(event.event)
                .push(", ")
                .bind(actor.member_id)
                .push(", ")
                .bind(event.at);
            sql.push(", ")
                .bind(Bind::Json(event.data.clone()))
                .push(")");
        }
        tx.execute(sql).await?;
    }
    Ok(())
}

/// One entry of a record's timeline.
#[derive(Debug, Clone)]
pub enum TimelineItem {
    Activity(Record),
    Event {
        id: Uuid,
        event: String,
        actor_id: Option<Uuid>,
        at: OffsetDateTime,
        data: serde_json::Value,
    },
}

impl TimelineItem {
    pub fn at(&self) -> OffsetDateTime {
        match self {
            TimelineItem::Activity(record) => match record.get("occurred_at") {
                relata_domain::Value::DateTime(t) => *t,
                _ => record.created_at,
            },
            TimelineItem::Event { at, .. } => *at,
        }
    }

    pub fn id(&self) -> Uuid {
        match self {
            TimelineItem::Activity(record) => record.id,
            TimelineItem::Event { id, .. } => *id,
        }
    }
}

impl Store {
    /// The newest `limit` items of a record's timeline strictly before `before` (the time and
    /// id of the last item of the previous page).
    pub async fn timeline(
        &self,
        workspace_id: Uuid,
        kind: ObjectKind,
        id: Uuid,
        limit: usize,
        before: Option<(OffsetDateTime, Uuid)>,
    ) -> Result<Vec<TimelineItem>, StoreError> {
        let link = match kind {
            ObjectKind::Person => "person_id",
            ObjectKind::Company => "company_id",
            ObjectKind::Deal => "deal_id",
            ObjectKind::Activity => return Err(StoreError::not_found("timeline", id)),
        };
        let record = self.get_record(workspace_id, kind, id).await?;
        let fetch = (limit + 1) as i64;

        let mut sql = self.pools.sql("SELECT ");
        sql.push(&select_list(ObjectKind::Activity))
            .push(" FROM activities WHERE workspace_id = ")
            .bind(workspace_id);
        sql.push(" AND deleted_at IS NULL AND ")
            .push(link)
            .push(" = ")
            .bind(id);
        if let Some((at, item)) = before {
            sql.push(" AND (occurred_at, id) < (")
                .bind(at)
                .push(", ")
                .bind(item)
                .push(")");
        }
        sql.push(" ORDER BY occurred_at DESC, id DESC LIMIT ")
            .bind(fetch);
        let activities = self.pools.fetch_all(sql).await?;

        let mut sql = self
            .pools
            .sql("SELECT id, event, actor_id, at, data FROM record_events WHERE record_id = ");
        sql.bind(id).push(" AND workspace_id = ").bind(workspace_id);
        if let Some((at, item)) = before {
            sql.push(" AND (at, id) < (")
                .bind(at)
                .push(", ")
                .bind(item)
                .push(")");
        }
        sql.push(" ORDER BY at DESC, id DESC LIMIT ").bind(fetch);
        let events = self.pools.fetch_all(sql).await?;

        let mut items = activities
            .iter()
            .map(|row| record_from_row(ObjectKind::Activity, row).map(TimelineItem::Activity))
            .collect::<Result<Vec<_>, _>>()?;
        for row in &events {
            items.push(TimelineItem::Event {
                id: row.id("id")?,
                event: row.text("event")?,
                actor_id: row.opt_id("actor_id")?,
                at: row.time("at")?,
                data: row.json("data")?,
            });
        }
        // Creation is not stored as an event: the record itself says when and by whom.
        if before.is_none_or(|position| (record.created_at, record.id) < position) {
            items.push(TimelineItem::Event {
                id: record.id,
                event: "created".into(),
                actor_id: record.created_by,
                at: record.created_at,
                data: serde_json::json!({}),
            });
        }
        items.sort_by_key(|item| std::cmp::Reverse((item.at(), item.id())));
        items.truncate(limit);
        Ok(items)
    }
}
