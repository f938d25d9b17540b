//! Workspaces and their members.

use relata_domain::schema::ParseContext;
use relata_domain::{new_id, timestamp};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::accounts::find_or_create_user;
use crate::engine::Row;
use crate::pipelines::insert_pipeline;
use crate::sql::Bind;
use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceSettings {
    /// Calling code for phone numbers typed without one.
    pub default_country_code: String,
    /// Currency of amounts given without one.
    pub default_currency: String,
}

impl Default for WorkspaceSettings {
    fn default() -> Self {
        Self {
            default_country_code: "7".into(),
            default_currency: "USD".into(),
        }
    }
}

impl WorkspaceSettings {
    pub fn parse_context(&self) -> ParseContext {
        ParseContext {
            default_country_code: self.default_country_code.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workspace {
    pub id: Uuid,
    pub name: String,
    pub settings: WorkspaceSettings,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub id: Uuid,
    pub user_id: Uuid,
    pub email: String,
    pub name: String,
    pub role: String,
}

fn workspace_from_row(row: &Row) -> Result<Workspace, StoreError> {
    let settings = serde_json::from_value(row.json("settings")?).unwrap_or_default();
    Ok(Workspace {
        id: row.id("id")?,
        name: row.text("name")?,
        settings,
    })
}

pub(crate) fn member_from_row(row: &Row) -> Result<Member, StoreError> {
    Ok(Member {
        id: row.id("id")?,
        user_id: row.id("user_id")?,
        email: row.text("email")?,
        name: row.text("name")?,
        role: row.text("role")?,
    })
}

pub(crate) const MEMBER_COLUMNS: &str = "SELECT m.id, m.user_id, u.email, u.name, m.role FROM members m JOIN users u ON u.id = m.user_id";

impl Store {
    /// Creates a workspace with its owner and a default sales pipeline. A new owner gets
    /// `password_hash`; an existing user keeps their password.
    pub async fn create_workspace(
        &self,
        name: &str,
        owner_email: &str,
        owner_name: &str,
        password_hash: Option<&str>,
    ) -> Result<(Workspace, Member), StoreError> {
        let now = timestamp::now();
        let workspace = Workspace {
            id: new_id(),
            name: name.to_owned(),
            settings: WorkspaceSettings::default(),
        };
        let mut tx = self.pools.begin().await?;
        let mut sql =
            tx.sql("INSERT INTO workspaces (id, name, settings, created_at, updated_at) VALUES (");
        sql.bind(workspace.id).push(", ").bind(name).push(", ");
        sql.bind(Bind::Json(
            serde_json::to_value(&workspace.settings).unwrap_or_default(),
        ));
        sql.push(", ").bind(now).push(", ").bind(now).push(")");
        tx.execute(sql).await?;

        let email = owner_email.to_lowercase();
        let user_id = find_or_create_user(&mut tx, &email, owner_name, password_hash, now).await?;
        let member = Member {
            id: new_id(),
            user_id,
            email: owner_email.to_lowercase(),
            name: owner_name.to_owned(),
            role: "owner".into(),
        };
        let mut sql =
            tx.sql("INSERT INTO members (id, workspace_id, user_id, role, created_at) VALUES (");
        sql.bind(member.id)
            .push(", ")
            .bind(workspace.id)
            .push(", ")
            .bind(user_id)
            .push(", 'owner', ");
        sql.bind(now).push(")");
        tx.execute(sql).await?;

        let stages = relata_domain::pipeline::default_stages();
        insert_pipeline(&mut tx, workspace.id, new_id(), "Sales", 0, &stages, now).await?;
        tx.commit().await?;
        Ok((workspace, member))
    }

    /// The oldest workspace: the one a single-team installation uses.
    pub async fn first_workspace(&self) -> Result<Option<Workspace>, StoreError> {
        let sql = self
            .pools
            .sql("SELECT id, name, settings FROM workspaces ORDER BY created_at, id LIMIT 1");
        self.pools
            .fetch_optional(sql)
            .await?
            .as_ref()
            .map(workspace_from_row)
            .transpose()
    }

    /// Renames a workspace and replaces its settings.
    pub async fn update_workspace(
        &self,
        id: Uuid,
        name: &str,
        settings: &WorkspaceSettings,
    ) -> Result<Workspace, StoreError> {
        let mut sql = self.pools.sql("UPDATE workspaces SET name = ");
        sql.bind(name).push(", settings = ");
        sql.bind(Bind::Json(
            serde_json::to_value(settings).unwrap_or_default(),
        ));
        sql.push(", version = version + 1, updated_at = ")
            .bind(timestamp::now());
        sql.push(" WHERE id = ").bind(id);
        if self.pools.execute(sql).await? == 0 {
            return Err(StoreError::not_found("workspace", id));
        }
        self.workspace(id).await
    }

    /// Every workspace of the installation, oldest first.
    pub async fn all_workspaces(&self) -> Result<Vec<Workspace>, StoreError> {
        let sql = self
            .pools
            .sql("SELECT id, name, settings FROM workspaces ORDER BY created_at, id");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(workspace_from_row)
            .collect()
    }

    pub async fn workspace(&self, id: Uuid) -> Result<Workspace, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT id, name, settings FROM workspaces WHERE id = ");
        sql.bind(id);
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found("workspace", id))?;
        workspace_from_row(&row)
    }

    pub async fn members(&self, workspace_id: Uuid) -> Result<Vec<Member>, StoreError> {
        let mut sql = self.pools.sql(MEMBER_COLUMNS);
        sql.push(" WHERE m.workspace_id = ").bind(workspace_id);
        sql.push(" AND m.deleted_at IS NULL ORDER BY m.created_at, m.id");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(member_from_row)
            .collect()
    }

    /// The workspace's owner (the first, if ownership was shared).
    pub async fn owner(&self, workspace_id: Uuid) -> Result<Member, StoreError> {
        let mut sql = self.pools.sql(MEMBER_COLUMNS);
        sql.push(" WHERE m.workspace_id = ").bind(workspace_id);
        sql.push(" AND m.role = 'owner' AND m.deleted_at IS NULL ORDER BY m.created_at LIMIT 1");
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found("owner", workspace_id))?;
        member_from_row(&row)
    }
}
