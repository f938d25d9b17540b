//! Outbound webhook subscriptions, their deliveries and the log of every try.
//!
//! The change feed is the outbox (see the migration): [`Store::record_deliveries`] turns a
//! range of a workspace's changes into deliveries and moves the workspace's cursor past it
//! in one transaction, and only when the cursor is still where the caller read it, so two
//! instances never deliver one change twice and a crash between the two steps loses nothing.

use time::OffsetDateTime;
use uuid::Uuid;

use relata_domain::{new_id, timestamp};

use crate::audit::{self, AuditEntry};
use crate::engine::{Row, Tx};
use crate::jobs::{NewJob, enqueue_in};
use crate::sql::Bind;
use crate::{Actor, Store, StoreError};

/// The job that posts one delivery.
pub const DELIVERY_JOB: &str = "webhook.deliver";

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WebhookSubscription {
    pub id: Uuid,
    pub url: String,
    pub description: String,
    pub event_types: Vec<String>,
    /// The signing secret (`whsec_…`): shown when the subscription is created, and used to
    /// sign; never listed.
    #[serde(skip)]
    pub secret: String,
    pub enabled: bool,
    /// Why Relata turned it off, when it did.
    pub disabled_reason: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub version: i64,
}

/// What a subscription is set to; `None` leaves a field as it is on update.
#[derive(Debug, Clone, Default)]
pub struct WebhookSettings {
    pub url: Option<String>,
    pub description: Option<String>,
    pub event_types: Option<Vec<String>>,
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Delivery {
    /// Also the `webhook-id` header: the same on every try, so receivers can skip repeats.
    pub id: Uuid,
    pub subscription_id: Uuid,
    pub event_type: String,
    /// The change's number in the workspace's feed (none for test pings).
    pub seq: Option<i64>,
    pub payload: serde_json::Value,
    /// `pending`, `succeeded` or `failed` (no more tries).
    pub status: String,
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_attempt_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// One try at posting a delivery.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DeliveryAttempt {
    pub attempt: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub status_code: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// A delivery to make, before it is stored.
#[derive(Debug, Clone)]
pub struct NewDelivery {
    pub subscription_id: Uuid,
    pub event_type: String,
    pub seq: Option<i64>,
    pub payload: serde_json::Value,
}

/// How a try ended, as the deliverer reports it.
#[derive(Debug, Clone)]
pub struct TryResult {
    pub attempt: i64,
    pub status_code: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
    pub succeeded: bool,
    /// Failed with no tries left: the delivery fails and the subscription is turned off.
    pub gave_up: bool,
}

const SUBSCRIPTION_COLUMNS: &str = "id, url, description, event_types, secret, enabled, \
    disabled_reason, created_at, updated_at, version";

const DELIVERY_COLUMNS: &str = "id, subscription_id, event_type, seq, payload, status, attempts, \
    last_status, last_error, last_attempt_at, created_at";

fn subscription_from_row(row: &Row) -> Result<WebhookSubscription, StoreError> {
    let event_types = serde_json::from_value(row.json("event_types")?)
        .map_err(|e| StoreError::Corrupt(format!("event_types: {e}")))?;
    Ok(WebhookSubscription {
        id: row.id("id")?,
        url: row.text("url")?,
        description: row.text("description")?,
        event_types,
        secret: row.text("secret")?,
        enabled: row.boolean("enabled")?,
        disabled_reason: row.opt_text("disabled_reason")?,
        created_at: row.time("created_at")?,
        updated_at: row.time("updated_at")?,
        version: row.int("version")?,
    })
}

fn delivery_from_row(row: &Row) -> Result<Delivery, StoreError> {
    Ok(Delivery {
        id: row.id("id")?,
        subscription_id: row.id("subscription_id")?,
        event_type: row.text("event_type")?,
        seq: row.opt_int("seq")?,
        payload: row.json("payload")?,
        status: row.text("status")?,
        attempts: row.int("attempts")?,
        last_status: row.opt_int("last_status")?,
        last_error: row.opt_text("last_error")?,
        last_attempt_at: row.opt_time("last_attempt_at")?,
        created_at: row.time("created_at")?,
    })
}

fn delivery_job(workspace_id: Uuid, delivery_id: Uuid, max_attempts: u32) -> NewJob {
    let mut job = NewJob::now(
        DELIVERY_JOB,
        Some(workspace_id),
        serde_json::json!({ "delivery_id": delivery_id }),
    );
    job.max_attempts = max_attempts;
    job
}

impl Store {
    /// Adds a subscription; deliveries start with the workspace's next change.
    pub async fn create_webhook(
        &self,
        actor: Actor,
        settings: &WebhookSettings,
        secret: &str,
    ) -> Result<WebhookSubscription, StoreError> {
        let ws = actor.workspace_id;
        let id = new_id();
        let now = timestamp::now();
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql(&format!(
            "INSERT INTO webhook_subscriptions ({SUBSCRIPTION_COLUMNS}, workspace_id, created_by) VALUES ("
        ));
        sql.bind(id)
            .push(", ")
            .bind(settings.url.clone().unwrap_or_default());
        sql.push(", ")
            .bind(settings.description.clone().unwrap_or_default());
        let events = settings.event_types.clone().unwrap_or_default();
        sql.push(", ").bind(Bind::Json(serde_json::json!(events)));
        sql.push(", ").bind(secret).push(", ").bind(true);
        sql.push(", NULL, ").bind(now).push(", ").bind(now);
        sql.push(", 1, ")
            .bind(ws)
            .push(", ")
            .bind(actor.member_id)
            .push(")");
        tx.execute(sql).await?;
        start_cursor(&mut tx, ws).await?;
        let entry = AuditEntry::new(
            "webhook_created",
            serde_json::json!({ "url": settings.url, "event_types": events }),
        )
        .about("webhook", id);
        audit::append(&mut tx, ws, actor.member_id, &[entry]).await?;
        tx.commit().await?;
        self.webhook(ws, id).await
    }

    pub async fn webhooks(
        &self,
        workspace_id: Uuid,
    ) -> Result<Vec<WebhookSubscription>, StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE workspace_id = "
        ));
        sql.bind(workspace_id).push(" ORDER BY created_at, id");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(subscription_from_row)
            .collect()
    }

    pub async fn webhook(
        &self,
        workspace_id: Uuid,
        id: Uuid,
    ) -> Result<WebhookSubscription, StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE workspace_id = "
        ));
        sql.bind(workspace_id).push(" AND id = ").bind(id);
        let row = self.pools.fetch_optional(sql).await?;
        subscription_from_row(&row.ok_or_else(|| StoreError::not_found("webhook", id))?)
    }

    /// Changes a subscription if it is still at `expected_version`. Turning it on again
    /// clears the reason Relata turned it off.
    pub async fn update_webhook(
        &self,
        actor: Actor,
        id: Uuid,
        expected_version: i64,
        settings: &WebhookSettings,
    ) -> Result<WebhookSubscription, StoreError> {
        let ws = actor.workspace_id;
        let current = self.webhook(ws, id).await?;
        let mut tx = self.pools.begin().await?;
        let mut sql =
            tx.sql("UPDATE webhook_subscriptions SET version = version + 1, updated_at = ");
        sql.bind(timestamp::now());
        if let Some(url) = &settings.url {
            sql.push(", url = ").bind(url.as_str());
        }
        if let Some(description) = &settings.description {
            sql.push(", description = ").bind(description.as_str());
        }
        if let Some(events) = &settings.event_types {
            sql.push(", event_types = ")
                .bind(Bind::Json(serde_json::json!(events)));
        }
        if let Some(enabled) = settings.enabled {
            sql.push(", enabled = ").bind(enabled);
            if enabled {
                sql.push(", disabled_reason = NULL");
            }
        }
        sql.push(" WHERE workspace_id = ")
            .bind(ws)
            .push(" AND id = ")
            .bind(id);
        sql.push(" AND version = ").bind(expected_version);
        if tx.execute(sql).await? == 0 {
            return Err(StoreError::Stale(format!(
                "the webhook was changed since version {expected_version}; it is at version {}",
                current.version
            )));
        }
        let entry = AuditEntry::new(
            "webhook_updated",
            serde_json::json!({
                "url": settings.url,
                "event_types": settings.event_types,
                "enabled": settings.enabled,
            }),
        )
        .about("webhook", id);
        audit::append(&mut tx, ws, actor.member_id, &[entry]).await?;
        tx.commit().await?;
        self.webhook(ws, id).await
    }

    /// Removes a subscription with its deliveries and their log.
    pub async fn delete_webhook(&self, actor: Actor, id: Uuid) -> Result<(), StoreError> {
        let ws = actor.workspace_id;
        let existing = self.webhook(ws, id).await?;
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("DELETE FROM webhook_subscriptions WHERE workspace_id = ");
        sql.bind(ws).push(" AND id = ").bind(id);
        tx.execute(sql).await?;
        let mut left = tx.sql("SELECT id FROM webhook_subscriptions WHERE workspace_id = ");
        left.bind(ws).push(" LIMIT 1");
        if tx.fetch_optional(left).await?.is_none() {
            // Nobody listens any more: the change feed need not be kept for webhooks.
            let mut cursor = tx.sql("DELETE FROM webhook_cursors WHERE workspace_id = ");
            cursor.bind(ws);
            tx.execute(cursor).await?;
        }
        let entry = AuditEntry::new(
            "webhook_deleted",
            serde_json::json!({ "url": existing.url }),
        )
        .about("webhook", id);
        audit::append(&mut tx, ws, actor.member_id, &[entry]).await?;
        tx.commit().await
    }

    /// Workspaces with subscriptions, and where their dispatch stands in the change feed.
    pub async fn webhook_cursors(&self) -> Result<Vec<(Uuid, i64)>, StoreError> {
        let sql = self
            .pools
            .sql("SELECT workspace_id, seq FROM webhook_cursors ORDER BY workspace_id");
        let mut cursors = Vec::new();
        for row in self.pools.fetch_all(sql).await? {
            cursors.push((row.id("workspace_id")?, row.int("seq")?));
        }
        Ok(cursors)
    }

    /// Stores `deliveries` (with a delivery job each) for the changes after `from` up to
    /// `to`, and moves the cursor to `to`, if it still stands at `from`. Returns whether it
    /// did: `false` means another instance dispatched that range first.
    pub async fn record_deliveries(
        &self,
        workspace_id: Uuid,
        from: i64,
        to: i64,
        deliveries: &[NewDelivery],
        max_attempts: u32,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut claim = tx.sql("UPDATE webhook_cursors SET seq = ");
        claim
            .bind(to)
            .push(" WHERE workspace_id = ")
            .bind(workspace_id)
            .push(" AND seq = ")
            .bind(from);
        if tx.execute(claim).await? == 0 {
            return Ok(false);
        }
        let now = timestamp::now();
        for delivery in deliveries {
            let id = new_id();
            insert_delivery(&mut tx, workspace_id, id, delivery, now).await?;
            enqueue_in(&mut tx, &delivery_job(workspace_id, id, max_attempts)).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Queues a one-off delivery (a test ping) to one subscription.
    pub async fn queue_delivery(
        &self,
        workspace_id: Uuid,
        delivery: &NewDelivery,
        max_attempts: u32,
    ) -> Result<Delivery, StoreError> {
        let id = new_id();
        let mut tx = self.pools.begin().await?;
        insert_delivery(&mut tx, workspace_id, id, delivery, timestamp::now()).await?;
        enqueue_in(&mut tx, &delivery_job(workspace_id, id, max_attempts)).await?;
        tx.commit().await?;
        self.delivery(workspace_id, delivery.subscription_id, id)
            .await
    }

    /// Sends a delivery again, with a fresh day of tries (after the receiver was fixed).
    pub async fn replay_delivery(
        &self,
        workspace_id: Uuid,
        subscription_id: Uuid,
        id: Uuid,
        max_attempts: u32,
    ) -> Result<Delivery, StoreError> {
        self.delivery(workspace_id, subscription_id, id).await?;
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("UPDATE webhook_deliveries SET status = 'pending' WHERE id = ");
        sql.bind(id);
        tx.execute(sql).await?;
        enqueue_in(&mut tx, &delivery_job(workspace_id, id, max_attempts)).await?;
        tx.commit().await?;
        self.delivery(workspace_id, subscription_id, id).await
    }

    /// Deliveries to one subscription, newest first, before `before` when given.
    pub async fn deliveries(
        &self,
        workspace_id: Uuid,
        subscription_id: Uuid,
        status: Option<&str>,
        before: Option<Uuid>,
        limit: u32,
    ) -> Result<Vec<Delivery>, StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE workspace_id = "
        ));
        sql.bind(workspace_id)
            .push(" AND subscription_id = ")
            .bind(subscription_id);
        if let Some(status) = status {
            sql.push(" AND status = ").bind(status);
        }
        if let Some(before) = before {
            sql.push(" AND id < ").bind(before);
        }
        sql.push(" ORDER BY id DESC LIMIT ")
            .bind(i64::from(limit.clamp(1, 500)));
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(delivery_from_row)
            .collect()
    }

    pub async fn delivery(
        &self,
        workspace_id: Uuid,
        subscription_id: Uuid,
        id: Uuid,
    ) -> Result<Delivery, StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE workspace_id = "
        ));
        sql.bind(workspace_id)
            .push(" AND subscription_id = ")
            .bind(subscription_id)
            .push(" AND id = ")
            .bind(id);
        let row = self.pools.fetch_optional(sql).await?;
        delivery_from_row(&row.ok_or_else(|| StoreError::not_found("delivery", id))?)
    }

    /// A delivery and its subscription, for the deliverer (any workspace).
    pub async fn delivery_to_send(
        &self,
        id: Uuid,
    ) -> Result<(Delivery, Option<WebhookSubscription>), StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {DELIVERY_COLUMNS}, workspace_id AS ws FROM webhook_deliveries WHERE id = "
        ));
        sql.bind(id);
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found("delivery", id))?;
        let delivery = delivery_from_row(&row)?;
        let subscription = match self.webhook(row.id("ws")?, delivery.subscription_id).await {
            Ok(subscription) => Some(subscription),
            Err(StoreError::NotFound { .. }) => None,
            Err(other) => return Err(other),
        };
        Ok((delivery, subscription))
    }

    /// Every try of one delivery, in order.
    pub async fn delivery_attempts(&self, id: Uuid) -> Result<Vec<DeliveryAttempt>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT attempt, at, status_code, error, duration_ms FROM webhook_attempts \
             WHERE delivery_id = ",
        );
        sql.bind(id).push(" ORDER BY attempt");
        let mut attempts = Vec::new();
        for row in self.pools.fetch_all(sql).await? {
            attempts.push(DeliveryAttempt {
                attempt: row.int("attempt")?,
                at: row.time("at")?,
                status_code: row.opt_int("status_code")?,
                error: row.opt_text("error")?,
                duration_ms: row.int("duration_ms")?,
            });
        }
        Ok(attempts)
    }

    /// Logs one try and sets the delivery's state; after the last failed try, turns the
    /// subscription off with the reason.
    pub async fn record_try(
        &self,
        delivery_id: Uuid,
        result: &TryResult,
    ) -> Result<(), StoreError> {
        let now = timestamp::now();
        let mut tx = self.pools.begin().await?;
        let mut log = tx.sql(
            "INSERT INTO webhook_attempts (delivery_id, attempt, at, status_code, error, duration_ms) \
             VALUES (",
        );
        log.bind(delivery_id).push(", ").bind(result.attempt);
        log.push(", ").bind(now).push(", ");
        log.bind(result.status_code);
        log.push(", ").bind(result.error.clone());
        log.push(", ").bind(result.duration_ms).push(")");
        // A replay numbers its tries on from the earlier ones; a repeated number is the same
        // try reported twice (a worker that lost its lease), which is kept once.
        log.push(" ON CONFLICT (delivery_id, attempt) DO NOTHING");
        tx.execute(log).await?;
        let status = if result.succeeded {
            "succeeded"
        } else if result.gave_up {
            "failed"
        } else {
            "pending"
        };
        let mut delivery = tx.sql("UPDATE webhook_deliveries SET status = ");
        delivery
            .bind(status)
            .push(", attempts = attempts + 1, last_status = ");
        delivery.bind(result.status_code);
        delivery.push(", last_error = ").bind(result.error.clone());
        delivery.push(", last_attempt_at = ").bind(now);
        delivery.push(" WHERE id = ").bind(delivery_id);
        delivery.push(" RETURNING subscription_id, workspace_id");
        let row = tx.fetch_optional(delivery).await?;
        if let (Some(row), true) = (row, result.gave_up) {
            let reason = format!(
                "turned off after a delivery failed for a day of retries (last: {})",
                result.error.as_deref().unwrap_or("no answer")
            );
            disable(
                &mut tx,
                row.id("workspace_id")?,
                row.id("subscription_id")?,
                &reason,
            )
            .await?;
        }
        tx.commit().await
    }
}

async fn insert_delivery(
    tx: &mut Tx,
    workspace_id: Uuid,
    id: Uuid,
    delivery: &NewDelivery,
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    let mut sql = tx.sql(
        "INSERT INTO webhook_deliveries (id, workspace_id, subscription_id, event_type, seq, \
         payload, status, created_at) VALUES (",
    );
    sql.bind(id).push(", ").bind(workspace_id).push(", ");
    sql.bind(delivery.subscription_id)
        .push(", ")
        .bind(delivery.event_type.as_str());
    sql.push(", ").bind(delivery.seq);
    sql.push(", ")
        .bind(Bind::Json(delivery.payload.clone()))
        .push(", 'pending', ")
        .bind(now)
        .push(")");
    tx.execute(sql).await?;
    Ok(())
}

/// Starts dispatching a workspace's changes from its current head, unless it already is.
async fn start_cursor(tx: &mut Tx, workspace_id: Uuid) -> Result<(), StoreError> {
    tx.serialize_workspace(workspace_id).await?;
    let mut sql = tx.sql("INSERT INTO webhook_cursors (workspace_id, seq) SELECT ");
    sql.bind(workspace_id)
        .push(", COALESCE(max(seq), 0) FROM change_feed WHERE workspace_id = ");
    sql.bind(workspace_id)
        .push(" ON CONFLICT (workspace_id) DO NOTHING");
    tx.execute(sql).await?;
    Ok(())
}

async fn disable(
    tx: &mut Tx,
    workspace_id: Uuid,
    subscription_id: Uuid,
    reason: &str,
) -> Result<(), StoreError> {
    let mut sql = tx.sql("UPDATE webhook_subscriptions SET enabled = ");
    sql.bind(false)
        .push(", disabled_reason = ")
        .bind(reason)
        .push(", version = version + 1, updated_at = ")
        .bind(timestamp::now());
    sql.push(" WHERE id = ").bind(subscription_id);
    tx.execute(sql).await?;
    let entry = AuditEntry::new("webhook_disabled", serde_json::json!({ "reason": reason }))
        .about("webhook", subscription_id);
    audit::append(tx, workspace_id, None, &[entry]).await
}
