//! Saved views: a named filter, sort and set of columns over one kind of record.

use relata_domain::{ObjectKind, new_id, timestamp};
use serde::Serialize;
use uuid::Uuid;

use crate::engine::Row;
use crate::sql::Bind;
use crate::{Actor, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SavedView {
    pub id: Uuid,
    /// Named as in the URLs (`people`), as the views are asked for.
    #[serde(serialize_with = "plural")]
    pub object: ObjectKind,
    pub name: String,
    pub filter: Option<String>,
    pub sort: Option<String>,
    pub columns: Vec<String>,
    /// Shared views are seen by the whole team; others only by their owner.
    pub shared: bool,
    pub owner_id: Option<Uuid>,
    pub version: i64,
}

fn plural<S: serde::Serializer>(object: &ObjectKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(object.plural())
}

/// A view's content, checked by the caller (filter and sort must parse for the object).
#[derive(Debug, Clone)]
pub struct ViewContent {
    pub name: String,
    pub filter: Option<String>,
    pub sort: Option<String>,
    pub columns: Vec<String>,
    pub shared: bool,
}

const COLUMNS: &str = "SELECT id, object, name, filter, sort, columns, shared, owner_id, version FROM saved_views WHERE workspace_id = ";

fn view_from_row(row: &Row) -> Result<SavedView, StoreError> {
    Ok(SavedView {
        id: row.id("id")?,
        object: row.text("object")?.parse().map_err(StoreError::Corrupt)?,
        name: row.text("name")?,
        filter: row.opt_text("filter")?,
        sort: row.opt_text("sort")?,
        columns: serde_json::from_value(row.json("columns")?).unwrap_or_default(),
        shared: row.boolean("shared")?,
        owner_id: row.opt_id("owner_id")?,
        version: row.int("version")?,
    })
}

fn optional_text(text: &Option<String>) -> Bind {
    text.as_deref()
        .map_or(Bind::Null(relata_domain::value::Storage::Text), Bind::from)
}

impl Store {
    /// The views of one object that `actor` may see: shared ones and their own.
    pub async fn views(
        &self,
        actor: Actor,
        object: ObjectKind,
    ) -> Result<Vec<SavedView>, StoreError> {
        let mut sql = self.pools.sql(COLUMNS);
        sql.bind(actor.workspace_id)
            .push(" AND object = ")
            .bind(object.name());
        sql.push(" AND (shared = ")
            .bind(true)
            .push(" OR owner_id = ")
            .bind(actor.member_id)
            .push(")");
        sql.push(" ORDER BY name, id");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(view_from_row)
            .collect()
    }

    pub async fn view(&self, actor: Actor, id: Uuid) -> Result<SavedView, StoreError> {
        let mut sql = self.pools.sql(COLUMNS);
        sql.bind(actor.workspace_id).push(" AND id = ").bind(id);
        sql.push(" AND (shared = ")
            .bind(true)
            .push(" OR owner_id = ")
            .bind(actor.member_id)
            .push(")");
        let row = self
            .pools
            .fetch_optional(sql)
            .await?
            .ok_or_else(|| StoreError::not_found("saved view", id))?;
        view_from_row(&row)
    }

    pub async fn create_view(
        &self,
        actor: Actor,
        object: ObjectKind,
        content: ViewContent,
    ) -> Result<SavedView, StoreError> {
        let now = timestamp::now();
        let id = new_id();
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql(
            "INSERT INTO saved_views (id, workspace_id, object, name, filter, sort, columns, shared, owner_id, version, created_at, updated_at) VALUES (",
        );
        sql.bind(id)
            .push(", ")
            .bind(actor.workspace_id)
            .push(", ")
            .bind(object.name())
            .push(", ")
            .bind(content.name.as_str());
        sql.push(", ")
            .bind(optional_text(&content.filter))
            .push(", ")
            .bind(optional_text(&content.sort));
        sql.push(", ")
            .bind(Bind::Json(serde_json::json!(content.columns)))
            .push(", ")
            .bind(content.shared);
        sql.push(", ")
            .bind(actor.member_id)
            .push(", 1, ")
            .bind(now)
            .push(", ")
            .bind(now)
            .push(")");
        tx.execute(sql).await?;
        tx.commit().await?;
        self.view(actor, id).await
    }

    /// Replaces a view's content if it is still at `expected_version`.
    pub async fn update_view(
        &self,
        actor: Actor,
        id: Uuid,
        expected_version: i64,
        content: ViewContent,
    ) -> Result<SavedView, StoreError> {
        let current = self.view(actor, id).await?;
        if current.version != expected_version {
            return Err(StoreError::Stale(format!(
                "the view was changed by someone else (version {} is current, you sent {expected_version}); reload it and try again",
                current.version
            )));
        }
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("UPDATE saved_views SET name = ");
        sql.bind(content.name.as_str())
            .push(", filter = ")
            .bind(optional_text(&content.filter));
        sql.push(", sort = ")
            .bind(optional_text(&content.sort))
            .push(", columns = ")
            .bind(Bind::Json(serde_json::json!(content.columns)));
        sql.push(", shared = ")
            .bind(content.shared)
            .push(", version = version + 1, updated_at = ")
            .bind(timestamp::now());
        sql.push(" WHERE workspace_id = ")
            .bind(actor.workspace_id)
            .push(" AND id = ")
            .bind(id);
        sql.push(" AND version = ").bind(expected_version);
        if tx.execute(sql).await? != 1 {
            return Err(StoreError::Stale(
                "the view was changed while saving; reload it and try again".into(),
            ));
        }
        tx.commit().await?;
        self.view(actor, id).await
    }

    pub async fn delete_view(&self, actor: Actor, id: Uuid) -> Result<(), StoreError> {
        self.view(actor, id).await?;
        let mut tx = self.pools.begin().await?;
        let mut sql = tx.sql("DELETE FROM saved_views WHERE workspace_id = ");
        sql.bind(actor.workspace_id).push(" AND id = ").bind(id);
        tx.execute(sql).await?;
        tx.commit().await
    }
}
