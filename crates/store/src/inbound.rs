//! Inbound integrations: the endpoints outside systems post to (web forms, telephony), found
//! by the hash of their secret token, and which call activity each provider call became.

use time::OffsetDateTime;
use uuid::Uuid;

use relata_domain::{new_id, timestamp};

use crate::audit::{self, AuditEntry};
use crate::engine::Row;
use crate::sql::Bind;
use crate::workspaces::WorkspaceSettings;
use crate::{Actor, Store, StoreError};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InboundEndpoint {
    pub id: Uuid,
    /// `web_form` or `telephony`.
    pub kind: String,
    pub name: String,
    pub settings: serde_json::Value,
    pub enabled: bool,
    pub created_by: Option<Uuid>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// An endpoint found by its token, with what a request through it acts with.
#[derive(Debug, Clone)]
pub struct InboundHolder {
    pub endpoint: InboundEndpoint,
    pub workspace_id: Uuid,
    pub settings: WorkspaceSettings,
}

const COLUMNS: &str = "e.id, e.kind, e.name, e.settings, e.enabled, e.created_by, e.created_at";

fn endpoint_from_row(row: &Row) -> Result<InboundEndpoint, StoreError> {
    Ok(InboundEndpoint {
        id: row.id("id")?,
        kind: row.text("kind")?,
        name: row.text("name")?,
        settings: row.json("settings")?,
        enabled: row.boolean("enabled")?,
        created_by: row.opt_id("created_by")?,
        created_at: row.time("created_at")?,
    })
}

impl Store {
    /// Adds an endpoint reached through the token whose hash is `token_id`.
    pub async fn create_inbound(
        &self,
        actor: Actor,
        kind: &str,
        name: &str,
        settings: &serde_json::Value,
        token_id: &str,
    ) -> Result<InboundEndpoint, StoreError> {
        let id = new_id();
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql(
            "INSERT INTO inbound_endpoints (id, workspace_id, kind, name, token_id, settings, \
             enabled, created_by, created_at) VALUES (",
        );
        sql.bind(id).push(", ").bind(actor.workspace_id).push(", ");
        sql.bind(kind)
            .push(", ")
            .bind(name)
            .push(", ")
            .bind(token_id);
        sql.push(", ")
            .bind(Bind::Json(settings.clone()))
            .push(", ")
            .bind(true);
        sql.push(", ")
            .bind(actor.member_id)
            .push(", ")
            .bind(timestamp::now())
            .push(")");
        tx.execute(sql).await?;
        let entry = AuditEntry::new(
            "integration_created",
            serde_json::json!({ "kind": kind, "name": name }),
        )
        .about("integration", id);
        audit::append(&mut tx, actor.workspace_id, actor.member_id, &[entry]).await?;
        tx.commit().await?;
        self.inbound(actor.workspace_id, id).await
    }

    pub async fn inbound(
        &self,
        workspace_id: Uuid,
        id: Uuid,
    ) -> Result<InboundEndpoint, StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {COLUMNS} FROM inbound_endpoints e WHERE e.workspace_id = "
        ));
        sql.bind(workspace_id).push(" AND e.id = ").bind(id);
        let row = self.pools.fetch_optional(sql).await?;
        endpoint_from_row(&row.ok_or_else(|| StoreError::not_found("integration", id))?)
    }

    pub async fn inbound_endpoints(
        &self,
        workspace_id: Uuid,
    ) -> Result<Vec<InboundEndpoint>, StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {COLUMNS} FROM inbound_endpoints e WHERE e.workspace_id = "
        ));
        sql.bind(workspace_id).push(" ORDER BY e.created_at, e.id");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(endpoint_from_row)
            .collect()
    }

    /// The live endpoint of a kind whose token hashes to `token_id`.
    pub async fn inbound_by_token(
        &self,
        kind: &str,
        token_id: &str,
    ) -> Result<Option<InboundHolder>, StoreError> {
        let mut sql = self.pools.sql(&format!(
            "SELECT {COLUMNS}, e.workspace_id, w.settings AS workspace_settings \
             FROM inbound_endpoints e JOIN workspaces w ON w.id = e.workspace_id \
             WHERE e.enabled AND e.kind = "
        ));
        sql.bind(kind).push(" AND e.token_id = ").bind(token_id);
        let Some(row) = self.pools.fetch_optional(sql).await? else {
            return Ok(None);
        };
        let settings = serde_json::from_value(row.json("workspace_settings")?)
            .map_err(|e| StoreError::Corrupt(format!("workspace settings: {e}")))?;
        Ok(Some(InboundHolder {
            endpoint: endpoint_from_row(&row)?,
            workspace_id: row.id("workspace_id")?,
            settings,
        }))
    }

    pub async fn delete_inbound(&self, actor: Actor, id: Uuid) -> Result<(), StoreError> {
        let existing = self.inbound(actor.workspace_id, id).await?;
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("DELETE FROM inbound_endpoints WHERE workspace_id = ");
        sql.bind(actor.workspace_id).push(" AND id = ").bind(id);
        tx.execute(sql).await?;
        let entry = AuditEntry::new(
            "integration_deleted",
            serde_json::json!({ "kind": existing.kind, "name": existing.name }),
        )
        .about("integration", id);
        audit::append(&mut tx, actor.workspace_id, actor.member_id, &[entry]).await?;
        tx.commit().await
    }

    /// The call activity a provider's call id became, if it was seen before.
    pub async fn call_activity(
        &self,
        workspace_id: Uuid,
        call_id: &str,
    ) -> Result<Option<Uuid>, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT activity_id FROM call_events WHERE workspace_id = ");
        sql.bind(workspace_id).push(" AND call_id = ").bind(call_id);
        self.pools
            .fetch_optional(sql)
            .await?
            .map(|r| r.id("activity_id"))
            .transpose()
    }

    /// Records that `call_id` became `activity_id`; `false` when another event of the same
    /// call got there first (its activity is then the call's).
    pub async fn remember_call(
        &self,
        workspace_id: Uuid,
        call_id: &str,
        activity_id: Uuid,
    ) -> Result<bool, StoreError> {
        let mut sql = self.pools.sql(
            "INSERT INTO call_events (workspace_id, call_id, activity_id, created_at) VALUES (",
        );
        sql.bind(workspace_id)
            .push(", ")
            .bind(call_id)
            .push(", ")
            .bind(activity_id);
        sql.push(", ")
            .bind(timestamp::now())
            .push(") ON CONFLICT (workspace_id, call_id) DO NOTHING");
        Ok(self.pools.execute(sql).await? == 1)
    }
}
