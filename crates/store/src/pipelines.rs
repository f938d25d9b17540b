//! Pipelines, their stages, and the deals board.

use relata_domain::pipeline::{Pipeline, PipelineInput, Stage, StageKind};
use relata_domain::{new_id, timestamp};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::engine::{Row, Tx};
use crate::sql::{Dialect, Sql};
use crate::{Store, StoreError};

pub(crate) async fn insert_pipeline(
    tx: &mut Tx,
    workspace_id: Uuid,
    id: Uuid,
    name: &str,
    position: i32,
    stages: &[Stage],
    now: OffsetDateTime,
) -> Result<(), StoreError> {
    let mut sql = tx.sql("INSERT INTO pipelines (id, workspace_id, name, position, version, created_at, updated_at) VALUES (");
    sql.bind(id)
        .push(", ")
        .bind(workspace_id)
        .push(", ")
        .bind(name)
        .push(", ")
        .bind(i64::from(position));
    sql.push(", 1, ").bind(now).push(", ").bind(now).push(")");
    tx.execute(sql).await?;
    for stage in stages {
        upsert_stage(tx, workspace_id, id, stage).await?;
    }
    Ok(())
}

async fn upsert_stage(
    tx: &mut Tx,
    workspace_id: Uuid,
    pipeline_id: Uuid,
    stage: &Stage,
) -> Result<(), StoreError> {
    let mut sql =
        tx.sql("INSERT INTO stages (id, workspace_id, pipeline_id, name, position, probability, kind) VALUES (");
    sql.bind(stage.id)
        .push(", ")
        .bind(workspace_id)
        .push(", ")
        .bind(pipeline_id)
        .push(", ")
        .bind(stage.name.as_str());
    sql.push(", ")
        .bind(i64::from(stage.position))
        .push(", ")
        .bind(i64::from(stage.probability));
    sql.push(", ").bind(stage.kind.name()).push(")");
    sql.push(" ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position,");
    sql.push(" probability = excluded.probability, kind = excluded.kind, deleted_at = NULL");
    tx.execute(sql).await?;
    Ok(())
}

fn stage_from_row(row: &Row) -> Result<Stage, StoreError> {
    let kind = row.text("kind")?;
    Ok(Stage {
        id: row.id("id")?,
        name: row.text("name")?,
        position: row.int("position")? as i32,
        probability: row.int("probability")? as i32,
        kind: StageKind::parse(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("stage kind {kind}")))?,
    })
}

/// Reads pipelines (one, or all of the workspace) with their live stages, in order.
fn load_pipelines(rows: Vec<Row>, stage_rows: Vec<Row>) -> Result<Vec<Pipeline>, StoreError> {
    let mut pipelines: Vec<Pipeline> = rows
        .iter()
        .map(|row| {
            Ok(Pipeline {
                id: row.id("id")?,
                name: row.text("name")?,
                position: row.int("position")? as i32,
                version: row.int("version")?,
                stages: Vec::new(),
            })
        })
        .collect::<Result<_, StoreError>>()?;
    for row in &stage_rows {
        let pipeline_id = row.id("pipeline_id")?;
        if let Some(pipeline) = pipelines.iter_mut().find(|p| p.id == pipeline_id) {
            pipeline.stages.push(stage_from_row(row)?);
        }
    }
    Ok(pipelines)
}

const PIPELINE_COLUMNS: &str = "SELECT id, name, position, version FROM pipelines WHERE deleted_at IS NULL AND workspace_id = ";
const STAGE_COLUMNS: &str = "SELECT id, pipeline_id, name, position, probability, kind FROM stages WHERE deleted_at IS NULL AND workspace_id = ";

/// The queries that read one pipeline and its stages.
fn one_pipeline(dialect: Dialect, workspace_id: Uuid, id: Uuid) -> (Sql, Sql) {
    let mut pipeline = Sql::new(dialect, PIPELINE_COLUMNS);
    pipeline.bind(workspace_id).push(" AND id = ").bind(id);
    let mut stages = Sql::new(dialect, STAGE_COLUMNS);
    stages
        .bind(workspace_id)
        .push(" AND pipeline_id = ")
        .bind(id)
        .push(" ORDER BY position");
    (pipeline, stages)
}

/// One pipeline read inside a transaction (for rules that depend on its stages).
pub(crate) async fn pipeline_in(
    tx: &mut Tx,
    workspace_id: Uuid,
    id: Uuid,
) -> Result<Option<Pipeline>, StoreError> {
    let (pipeline, stages) = one_pipeline(tx.dialect(), workspace_id, id);
    let rows = tx.fetch_all(pipeline).await?;
    let stages = tx.fetch_all(stages).await?;
    Ok(load_pipelines(rows, stages)?.pop())
}

/// The workspace's first pipeline, where deals go when none is named.
pub(crate) async fn default_pipeline_in(
    tx: &mut Tx,
    workspace_id: Uuid,
) -> Result<Option<Pipeline>, StoreError> {
    let mut sql = tx.sql("SELECT id FROM pipelines WHERE deleted_at IS NULL AND workspace_id = ");
    sql.bind(workspace_id)
        .push(" ORDER BY position, id LIMIT 1");
    match tx.fetch_optional(sql).await? {
        Some(row) => pipeline_in(tx, workspace_id, row.id("id")?).await,
        None => Ok(None),
    }
}

impl Store {
    pub async fn pipelines(&self, workspace_id: Uuid) -> Result<Vec<Pipeline>, StoreError> {
        let mut sql = self.pools.sql(PIPELINE_COLUMNS);
        sql.bind(workspace_id).push(" ORDER BY position, id");
        let rows = self.pools.fetch_all(sql).await?;
        let mut sql = self.pools.sql(STAGE_COLUMNS);
        sql.bind(workspace_id).push(" ORDER BY position");
        let stages = self.pools.fetch_all(sql).await?;
        load_pipelines(rows, stages)
    }

    pub async fn pipeline(&self, workspace_id: Uuid, id: Uuid) -> Result<Pipeline, StoreError> {
        let (pipeline, stages) = one_pipeline(self.pools.dialect(), workspace_id, id);
        let rows = self.pools.fetch_all(pipeline).await?;
        let stages = self.pools.fetch_all(stages).await?;
        load_pipelines(rows, stages)?
            .pop()
            .ok_or_else(|| StoreError::not_found("pipeline", id))
    }

    pub async fn create_pipeline(
        &self,
        workspace_id: Uuid,
        input: PipelineInput,
    ) -> Result<Pipeline, StoreError> {
        let (name, stages) = input.parse(None)?;
        let now = timestamp::now();
        let mut tx = self.pools.begin().await?;
        let mut count = tx.sql(
            "SELECT count(*) AS n FROM pipelines WHERE deleted_at IS NULL AND workspace_id = ",
        );
        count.bind(workspace_id);
        let position = tx
            .fetch_optional(count)
            .await?
            .map_or(Ok(0), |r| r.int("n"))? as i32;
        let id = new_id();
        insert_pipeline(&mut tx, workspace_id, id, &name, position, &stages, now).await?;
        tx.commit().await?;
        Ok(Pipeline {
            id,
            name,
            position,
            version: 1,
            stages,
        })
    }

    /// Renames a pipeline and replaces its stages. Kept stages (by id) keep their deals; a
    /// stage can be removed only when no live deal is in it.
    pub async fn update_pipeline(
        &self,
        workspace_id: Uuid,
        id: Uuid,
        expected_version: i64,
        input: PipelineInput,
    ) -> Result<Pipeline, StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut lock =
            tx.sql("SELECT version FROM pipelines WHERE deleted_at IS NULL AND workspace_id = ");
        lock.bind(workspace_id)
            .push(" AND id = ")
            .bind(id)
            .push_postgres(" FOR UPDATE");
        tx.fetch_optional(lock)
            .await?
            .ok_or_else(|| StoreError::not_found("pipeline", id))?;
        let current = pipeline_in(&mut tx, workspace_id, id)
            .await?
            .ok_or_else(|| StoreError::not_found("pipeline", id))?;
        if current.version != expected_version {
            return Err(StoreError::Stale(format!(
                "the pipeline was changed by someone else (version {} is current, you sent {expected_version}); reload it and try again",
                current.version
            )));
        }
        let (name, stages) = input.parse(Some(&current))?;
        for removed in current
            .stages
            .iter()
            .filter(|s| !stages.iter().any(|n| n.id == s.id))
        {
            let mut count =
                tx.sql("SELECT count(*) AS n FROM deals WHERE deleted_at IS NULL AND stage_id = ");
            count.bind(removed.id);
            let deals = tx
                .fetch_optional(count)
                .await?
                .map_or(Ok(0), |r| r.int("n"))?;
            if deals > 0 {
                return Err(StoreError::Conflict(format!(
                    "stage \"{}\" still has {deals} deals; move them to another stage before removing it",
                    removed.name
                )));
            }
            let mut retire = tx.sql("UPDATE stages SET deleted_at = ");
            retire
                .bind(timestamp::now())
                .push(" WHERE id = ")
                .bind(removed.id);
            tx.execute(retire).await?;
        }
        for stage in &stages {
            upsert_stage(&mut tx, workspace_id, id, stage).await?;
        }
        let mut sql = tx.sql("UPDATE pipelines SET name = ");
        sql.bind(name.as_str())
            .push(", version = version + 1, updated_at = ")
            .bind(timestamp::now());
        sql.push(" WHERE id = ").bind(id);
        tx.execute(sql).await?;
        tx.commit().await?;
        Ok(Pipeline {
            id,
            name,
            position: current.position,
            version: current.version + 1,
            stages,
        })
    }

    /// Removes an empty pipeline; one that holds deals is refused.
    pub async fn delete_pipeline(&self, workspace_id: Uuid, id: Uuid) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        pipeline_in(&mut tx, workspace_id, id)
            .await?
            .ok_or_else(|| StoreError::not_found("pipeline", id))?;
        let mut count =
            tx.sql("SELECT count(*) AS n FROM deals WHERE deleted_at IS NULL AND pipeline_id = ");
        count.bind(id);
        let deals = tx
            .fetch_optional(count)
            .await?
            .map_or(Ok(0), |r| r.int("n"))?;
        if deals > 0 {
            return Err(StoreError::Conflict(format!(
                "the pipeline still has {deals} deals; move or delete them first"
            )));
        }
        let mut sql = tx.sql("UPDATE pipelines SET deleted_at = ");
        sql.bind(timestamp::now()).push(" WHERE id = ").bind(id);
        tx.execute(sql).await?;
        tx.commit().await
    }
}
