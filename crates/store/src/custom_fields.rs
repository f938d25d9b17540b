//! Custom field definitions per object.

use relata_domain::ObjectKind;
use relata_domain::custom_field::{CustomFieldDef, CustomFieldInput, CustomKind};
use relata_domain::timestamp;
use uuid::Uuid;

use crate::engine::Row;
use crate::sql::Bind;
use crate::{Store, StoreError};

fn definition_from_row(row: &Row) -> Result<CustomFieldDef, StoreError> {
    let object = row.text("object")?;
    let kind = row.text("kind")?;
    Ok(CustomFieldDef {
        id: row.id("id")?,
        object: object.parse().map_err(StoreError::Corrupt)?,
        key: row.text("key")?,
        label: row.text("label")?,
        kind: CustomKind::parse(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("custom field kind {kind}")))?,
        options: serde_json::from_value(row.json("options")?).unwrap_or_default(),
        required: row.boolean("required")?,
        position: row.int("position")? as i32,
    })
}

impl Store {
    pub async fn custom_fields(
        &self,
        workspace_id: Uuid,
        object: ObjectKind,
    ) -> Result<Vec<CustomFieldDef>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT id, object, key, label, kind, options, required, position FROM custom_fields WHERE workspace_id = ",
        );
        sql.bind(workspace_id)
            .push(" AND object = ")
            .bind(object.name())
            .push(" ORDER BY position, key");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(definition_from_row)
            .collect()
    }

    pub async fn create_custom_field(
        &self,
        workspace_id: Uuid,
        object: ObjectKind,
        input: CustomFieldInput,
    ) -> Result<CustomFieldDef, StoreError> {
        let existing = self.custom_fields(workspace_id, object).await?;
        let def = input.parse(object, &existing, existing.len() as i32)?;
        let mut sql = self.pools.sql(
            "INSERT INTO custom_fields (id, workspace_id, object, key, label, kind, options, required, position, created_at) VALUES (",
        );
        sql.bind(def.id)
            .push(", ")
            .bind(workspace_id)
            .push(", ")
            .bind(object.name())
            .push(", ")
            .bind(def.key.as_str());
        sql.push(", ")
            .bind(def.label.as_str())
            .push(", ")
            .bind(def.kind.name())
            .push(", ");
        sql.bind(Bind::Json(serde_json::json!(def.options)))
            .push(", ")
            .bind(def.required);
        sql.push(", ")
            .bind(i64::from(def.position))
            .push(", ")
            .bind(timestamp::now())
            .push(")");
        let mut tx = self.pools.begin().await?;
        match tx.execute(sql).await {
            Err(e) if e.is_unique_violation() => {
                return Err(StoreError::Conflict(format!(
                    "a custom field \"{}\" already exists",
                    def.key
                )));
            }
            other => other?,
        };
        tx.commit().await?;
        Ok(def)
    }

    /// Removes a definition. Values stay in the records' JSON, unseen, so re-creating the
    /// field with the same key and type brings them back.
    pub async fn delete_custom_field(
        &self,
        workspace_id: Uuid,
        object: ObjectKind,
        key: &str,
    ) -> Result<(), StoreError> {
        let mut sql = self
            .pools
            .sql("DELETE FROM custom_fields WHERE workspace_id = ");
        sql.bind(workspace_id)
            .push(" AND object = ")
            .bind(object.name())
            .push(" AND key = ")
            .bind(key);
        let mut tx = self.pools.begin().await?;
        if tx.execute(sql).await? == 0 {
            return Err(StoreError::not_found("custom field", key));
        }
        tx.commit().await
    }
}
