//! Idempotency keys: a client that retries a POST with the same `Idempotency-Key` gets the
//! first response again instead of a second record.

use relata_domain::timestamp;
use time::Duration;
use uuid::Uuid;

use crate::sql::Bind;
use crate::{Store, StoreError};

/// How long a key is remembered.
const KEY_LIFETIME: Duration = Duration::hours(24);
/// A request still "in progress" after this long is taken to have died with its server.
const ABANDONED_AFTER: Duration = Duration::minutes(2);
/// Status stored while the first request runs.
const PENDING: i64 = 0;

#[derive(Debug, Clone, PartialEq)]
pub enum IdempotencyStart {
    /// First use: run the request, then [`Store::idempotency_finish`].
    New,
    /// Seen before: answer with this.
    Replay {
        status: u16,
        body: serde_json::Value,
    },
    /// Seen before with a different request.
    Mismatch,
    /// The first request with this key is still running.
    InProgress,
}

impl Store {
    pub async fn idempotency_start(
        &self,
        workspace_id: Uuid,
        key: &str,
        request_hash: &str,
    ) -> Result<IdempotencyStart, StoreError> {
        let now = timestamp::now();
        let mut tx = self.pools.begin().await?;
        let mut expire = tx.sql("DELETE FROM idempotency_keys WHERE created_at < ");
        expire
            .bind(now - KEY_LIFETIME)
            .push(" OR (status = ")
            .bind(PENDING)
            .push(" AND created_at < ");
        expire.bind(now - ABANDONED_AFTER).push(")");
        tx.execute(expire).await?;
        let mut claim = tx.sql("INSERT INTO idempotency_keys (workspace_id, key, request_hash, status, response, created_at) VALUES (");
        claim
            .bind(workspace_id)
            .push(", ")
            .bind(key)
            .push(", ")
            .bind(request_hash)
            .push(", ")
            .bind(PENDING);
        claim
            .push(", ")
            .bind(Bind::Json(serde_json::json!({})))
            .push(", ")
            .bind(now);
        claim.push(") ON CONFLICT (workspace_id, key) DO NOTHING");
        if tx.execute(claim).await? == 1 {
            tx.commit().await?;
            return Ok(IdempotencyStart::New);
        }
        let mut find = tx.sql(
            "SELECT request_hash, status, response FROM idempotency_keys WHERE workspace_id = ",
        );
        find.bind(workspace_id).push(" AND key = ").bind(key);
        let row = tx
            .fetch_optional(find)
            .await?
            .ok_or_else(|| StoreError::Conflict("the idempotency key vanished; retry".into()))?;
        tx.commit().await?;
        if row.text("request_hash")? != request_hash {
            return Ok(IdempotencyStart::Mismatch);
        }
        match row.int("status")? {
            PENDING => Ok(IdempotencyStart::InProgress),
            status => Ok(IdempotencyStart::Replay {
                status: status as u16,
                body: row.json("response")?,
            }),
        }
    }

    /// Records the response to replay for this key.
    pub async fn idempotency_finish(
        &self,
        workspace_id: Uuid,
        key: &str,
        status: u16,
        body: &serde_json::Value,
    ) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("UPDATE idempotency_keys SET status = ");
        sql.bind(i64::from(status))
            .push(", response = ")
            .bind(Bind::Json(body.clone()));
        sql.push(" WHERE workspace_id = ")
            .bind(workspace_id)
            .push(" AND key = ")
            .bind(key);
        tx.execute(sql).await?;
        tx.commit().await
    }

    /// Forgets a key whose request failed on our side, so that a retry runs again.
    pub async fn idempotency_abandon(
        &self,
        workspace_id: Uuid,
        key: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("DELETE FROM idempotency_keys WHERE workspace_id = ");
        sql.bind(workspace_id).push(" AND key = ").bind(key);
        tx.execute(sql).await?;
        tx.commit().await
    }
}
