//! API keys: stored by the hash of their secret, scoped to reading or writing, with an
//! optional expiry, a last-used time and revocation.

use time::OffsetDateTime;
use uuid::Uuid;

use relata_domain::{new_id, timestamp};

use crate::engine::Row;
use crate::workspaces::WorkspaceSettings;
use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ApiKey {
    pub id: Uuid,
    pub name: String,
    /// The key's first characters, to tell keys apart; not enough to use it.
    pub prefix: String,
    /// `read` or `write`.
    pub scope: String,
    pub created_by: Option<Uuid>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_used_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub revoked_at: Option<OffsetDateTime>,
}

/// A key to store; `secret_id` is the hash of the secret handed to its creator.
#[derive(Debug, Clone)]
pub struct NewApiKey {
    pub name: String,
    pub prefix: String,
    pub secret_id: String,
    pub scope: String,
    pub created_by: Option<Uuid>,
    pub expires_at: Option<OffsetDateTime>,
}

/// A live key with what a request needs to act through it.
#[derive(Debug, Clone)]
pub struct KeyHolder {
    pub key: ApiKey,
    pub workspace_id: Uuid,
    pub settings: WorkspaceSettings,
}

const KEY_COLUMNS: &str = "SELECT k.id, k.name, k.prefix, k.scope, k.created_by, k.created_at, \
    k.expires_at, k.last_used_at, k.revoked_at, k.workspace_id, w.settings \
    FROM api_keys k JOIN workspaces w ON w.id = k.workspace_id";

fn key_from_row(row: &Row) -> Result<ApiKey, StoreError> {
    Ok(ApiKey {
        id: row.id("id")?,
        name: row.text("name")?,
        prefix: row.text("prefix")?,
        scope: row.text("scope")?,
        created_by: row.opt_id("created_by")?,
        created_at: row.time("created_at")?,
        expires_at: row.opt_time("expires_at")?,
        last_used_at: row.opt_time("last_used_at")?,
        revoked_at: row.opt_time("revoked_at")?,
    })
}

impl Store {
    pub async fn create_api_key(
        &self,
        workspace_id: Uuid,
        key: &NewApiKey,
    ) -> Result<ApiKey, StoreError> {
        let id = new_id();
        let mut sql = self.pools.sql(
            "INSERT INTO api_keys (id, workspace_id, name, prefix, secret_id, scope, created_by, created_at, expires_at) VALUES (",
        );
        sql.bind(id)
            .push(", ")
            .bind(workspace_id)
            .push(", ")
            .bind(key.name.as_str())
            .push(", ");
        sql.bind(key.prefix.as_str())
            .push(", ")
            .bind(key.secret_id.as_str())
            .push(", ");
        sql.bind(key.scope.as_str())
            .push(", ")
            .bind(key.created_by)
            .push(", ");
        sql.bind(timestamp::now())
            .push(", ")
            .bind(key.expires_at)
            .push(")");
        self.pools.execute(sql).await?;
        self.api_key(workspace_id, id).await
    }

    pub async fn api_key(&self, workspace_id: Uuid, id: Uuid) -> Result<ApiKey, StoreError> {
        let mut sql = self.pools.sql(KEY_COLUMNS);
        sql.push(" WHERE k.workspace_id = ")
            .bind(workspace_id)
            .push(" AND k.id = ")
            .bind(id);
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found("API key", id))?;
        key_from_row(&row)
    }

    /// Every key of the workspace, revoked ones included, newest first.
    pub async fn api_keys(&self, workspace_id: Uuid) -> Result<Vec<ApiKey>, StoreError> {
        let mut sql = self.pools.sql(KEY_COLUMNS);
        sql.push(" WHERE k.workspace_id = ")
            .bind(workspace_id)
            .push(" ORDER BY k.created_at DESC");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(key_from_row)
            .collect()
    }

    pub async fn revoke_api_key(&self, workspace_id: Uuid, id: Uuid) -> Result<ApiKey, StoreError> {
        let mut sql = self.pools.sql("UPDATE api_keys SET revoked_at = ");
        sql.bind(timestamp::now())
            .push(" WHERE workspace_id = ")
            .bind(workspace_id);
        sql.push(" AND id = ")
            .bind(id)
            .push(" AND revoked_at IS NULL");
        self.pools.execute(sql).await?;
        self.api_key(workspace_id, id).await
    }

    /// The key with this secret hash, if it is live: not revoked and not expired.
    pub async fn live_api_key(
        &self,
        secret_id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<KeyHolder>, StoreError> {
        let mut sql = self.pools.sql(KEY_COLUMNS);
        sql.push(" WHERE k.secret_id = ").bind(secret_id);
        sql.push(" AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > ")
            .bind(now)
            .push(")");
        let Some(row) = self.pools.fetch_optional(sql).await? else {
            return Ok(None);
        };
        Ok(Some(KeyHolder {
            key: key_from_row(&row)?,
            workspace_id: row.id("workspace_id")?,
            settings: serde_json::from_value(row.json("settings")?).unwrap_or_default(),
        }))
    }

    pub async fn touch_api_key(&self, id: Uuid, at: OffsetDateTime) -> Result<(), StoreError> {
        let mut sql = self.pools.sql("UPDATE api_keys SET last_used_at = ");
        sql.bind(at).push(" WHERE id = ").bind(id);
        self.pools.execute(sql).await.map(|_| ())
    }
}
