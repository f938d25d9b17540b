//! The change feed: what changed in a workspace, numbered in commit order.
//!
//! Each write appends its changes in its own transaction, after taking the workspace's
//! write lock ([`Tx::serialize_workspace`]), so the numbers 1, 2, 3… are given in the order
//! the transactions commit. A reader that has seen number N can therefore ask for "after N"
//! and never miss a change that committed later with a smaller number. After a commit the
//! store announces the workspace's new head on [`Store::commits`], so live readers in this
//! process wake at once; other processes learn of it through the server's bus or by polling.

use relata_domain::{ObjectKind, Record, Value, timestamp};
use time::OffsetDateTime;
use tokio::sync::broadcast;
use uuid::Uuid;

use crate::engine::{Row, Tx};
use crate::sql::Bind;
use crate::{Store, StoreError};

/// One change as readers see it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Change {
    pub seq: i64,
    pub at: String,
    pub object: String,
    pub id: Uuid,
    /// `created`, `updated`, `stage_changed`, `deleted`, `restored`, `person_linked`…
    pub change: String,
    /// The record's version after the change.
    pub version: i64,
    pub owner_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    /// What changed: field changes with old and new values, a stage move's stages.
    pub data: serde_json::Value,
}

/// A workspace's feed reached `seq`: sent after the commit that wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Commit {
    pub workspace_id: Uuid,
    pub seq: i64,
}

/// A change before it is numbered.
#[derive(Debug, Clone)]
pub(crate) struct FeedItem {
    pub object: ObjectKind,
    pub record_id: Uuid,
    pub change: &'static str,
    pub version: i64,
    pub owner_id: Option<Uuid>,
    pub data: serde_json::Value,
}

impl FeedItem {
    pub fn about(record: &Record, change: &'static str, data: serde_json::Value) -> FeedItem {
        let owner_id = match record.get("owner_id") {
            Value::Id(id) => Some(*id),
            _ => None,
        };
        FeedItem {
            object: record.kind,
            record_id: record.id,
            change,
            version: record.version,
            owner_id,
            data,
        }
    }
}

/// How many changes may wait in the in-process announcement channel for a slow reader;
/// a reader that falls further behind reads the database instead.
const ANNOUNCEMENT_BACKLOG: usize = 1_024;

pub(crate) fn announcements() -> broadcast::Sender<Commit> {
    broadcast::channel(ANNOUNCEMENT_BACKLOG).0
}

/// Numbers and writes `items` in the caller's transaction; returns the new head, if any.
pub(crate) async fn append(
    tx: &mut Tx,
    workspace_id: Uuid,
    actor_id: Option<Uuid>,
    at: OffsetDateTime,
    items: &[FeedItem],
) -> Result<Option<i64>, StoreError> {
    if items.is_empty() {
        return Ok(None);
    }
    tx.serialize_workspace(workspace_id).await?;
    let mut seq = head_in(tx, workspace_id).await?;
    for chunk in items.chunks(2_000) {
        let mut sql = tx.sql(
            "INSERT INTO change_feed (workspace_id, seq, at, object, record_id, change, version, \
             owner_id, actor_id, data) VALUES ",
        );
        for (i, item) in chunk.iter().enumerate() {
            seq += 1;
            sql.push(if i == 0 { "(" } else { ", (" });
            sql.bind(workspace_id)
                .push(", ")
                .bind(seq)
                .push(", ")
                .bind(at);
            sql.push(", ")
                .bind(item.object.name())
                .push(", ")
                .bind(item.record_id);
            sql.push(", ")
                .bind(item.change)
                .push(", ")
                .bind(item.version);
            sql.push(", ").bind(item.owner_id).push(", ").bind(actor_id);
            sql.push(", ").bind(Bind::Json(item.data.clone())).push(")");
        }
        tx.execute(sql).await?;
    }
    Ok(Some(seq))
}

async fn head_in(tx: &mut Tx, workspace_id: Uuid) -> Result<i64, StoreError> {
    let mut sql = tx.sql("SELECT seq FROM change_feed WHERE workspace_id = ");
    sql.bind(workspace_id).push(" ORDER BY seq DESC LIMIT 1");
    Ok(match tx.fetch_optional(sql).await? {
        Some(row) => row.int("seq")?,
        None => 0,
    })
}

fn change_from_row(row: &Row) -> Result<Change, StoreError> {
    Ok(Change {
        seq: row.int("seq")?,
        at: timestamp::format(row.time("at")?),
        object: row.text("object")?,
        id: row.id("record_id")?,
        change: row.text("change")?,
        version: row.int("version")?,
        owner_id: row.opt_id("owner_id")?,
        actor_id: row.opt_id("actor_id")?,
        data: row.json("data")?,
    })
}

impl Store {
    /// Announcements of new changes committed through this process.
    pub fn commits(&self) -> broadcast::Receiver<Commit> {
        self.announcements.subscribe()
    }

    pub(crate) fn announce(&self, workspace_id: Uuid, head: Option<i64>) {
        if let Some(seq) = head {
            // Nobody listening is fine: readers catch up from the database.
            let _ = self.announcements.send(Commit { workspace_id, seq });
        }
    }

    /// The number of the workspace's latest change (0 before the first).
    pub async fn feed_head(&self, workspace_id: Uuid) -> Result<i64, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT seq FROM change_feed WHERE workspace_id = ");
        sql.bind(workspace_id).push(" ORDER BY seq DESC LIMIT 1");
        Ok(match self.pools.fetch_optional(sql).await? {
            Some(row) => row.int("seq")?,
            None => 0,
        })
    }

    /// Up to `limit` changes after number `after`, oldest first.
    pub async fn changes_after(
        &self,
        workspace_id: Uuid,
        after: i64,
        limit: u32,
    ) -> Result<Vec<Change>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT seq, at, object, record_id, change, version, owner_id, actor_id, data \
             FROM change_feed WHERE workspace_id = ",
        );
        sql.bind(workspace_id)
            .push(" AND seq > ")
            .bind(after)
            .push(" ORDER BY seq LIMIT ")
            .bind(i64::from(limit));
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(change_from_row)
            .collect()
    }

    /// Deletes changes older than `before`, but never a workspace's latest (numbering goes
    /// on from it) nor one that webhooks have yet to dispatch; returns how many. Readers that were further behind than that start
    /// again from the oldest change kept.
    pub async fn prune_feed(&self, before: OffsetDateTime) -> Result<u64, StoreError> {
        let mut sql = self.pools.sql("DELETE FROM change_feed WHERE at < ");
        sql.bind(before).push(
            " AND seq < (SELECT max(seq) FROM change_feed AS latest \
             WHERE latest.workspace_id = change_feed.workspace_id) \
             AND seq <= COALESCE((SELECT seq FROM webhook_cursors AS dispatched \
             WHERE dispatched.workspace_id = change_feed.workspace_id), seq)",
        );
        self.pools.execute(sql).await
    }
}
