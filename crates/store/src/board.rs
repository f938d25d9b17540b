//! The deals board: one column per stage with its count, amount totals per currency, and
//! the most recently moved deals.

use std::collections::HashMap;

use relata_domain::filter::Filter;
use relata_domain::pipeline::{Pipeline, Stage};
use relata_domain::{ObjectKind, Record};
use uuid::Uuid;

use crate::records::{record_from_row, select_list};
use crate::{Store, StoreError, listing};

#[derive(Debug, Clone)]
pub struct BoardColumn {
    pub stage: Stage,
    pub count: i64,
    /// Sum of amounts in minor units, per currency (deals without a currency under "").
    pub amounts: Vec<(String, i64)>,
    pub deals: Vec<Record>,
}

#[derive(Debug, Clone)]
pub struct Board {
    pub pipeline: Pipeline,
    pub columns: Vec<BoardColumn>,
}

impl Store {
    /// The board of a pipeline, with `per_stage` deals in each column; `filter` narrows the
    /// deals (and the totals) as on the deals list.
    pub async fn board(
        &self,
        workspace_id: Uuid,
        pipeline_id: Uuid,
        filter: Option<&Filter>,
        per_stage: usize,
    ) -> Result<Board, StoreError> {
        let pipeline = self.pipeline(workspace_id, pipeline_id).await?;
        let mut totals = self.pools.sql(
            "SELECT stage_id, currency, count(*) AS n, CAST(coalesce(sum(amount), 0) AS BIGINT) AS total \
             FROM deals WHERE workspace_id = ",
        );
        totals
            .bind(workspace_id)
            .push(" AND pipeline_id = ")
            .bind(pipeline_id);
        totals.push(" AND deleted_at IS NULL");
        if let Some(filter) = filter {
            totals.push(" AND ");
            listing::push_filter(&mut totals, filter);
        }
        // Grouped in the order of the deals_board index, which holds every column read here.
        totals.push(" GROUP BY stage_id, currency");
        let mut by_stage: HashMap<Uuid, (i64, Vec<(String, i64)>)> = HashMap::new();
        for row in self.pools.fetch_all(totals).await? {
            let entry = by_stage.entry(row.id("stage_id")?).or_default();
            entry.0 += row.int("n")?;
            let currency = row.opt_text("currency")?.unwrap_or_default();
            entry.1.push((currency, row.int("total")?));
        }
        let mut columns = Vec::with_capacity(pipeline.stages.len());
        for stage in &pipeline.stages {
            let (count, mut amounts) = by_stage.remove(&stage.id).unwrap_or_default();
            amounts.sort();
            let deals = if count == 0 {
                Vec::new()
            } else {
                self.stage_deals(workspace_id, stage.id, filter, per_stage)
                    .await?
            };
            columns.push(BoardColumn {
                stage: stage.clone(),
                count,
                amounts,
                deals,
            });
        }
        Ok(Board { pipeline, columns })
    }

    async fn stage_deals(
        &self,
        workspace_id: Uuid,
        stage_id: Uuid,
        filter: Option<&Filter>,
        limit: usize,
    ) -> Result<Vec<Record>, StoreError> {
        let mut sql = self.pools.sql("SELECT ");
        sql.push(&select_list(ObjectKind::Deal))
            .push(" FROM deals WHERE stage_id = ")
            .bind(stage_id);
        sql.push(" AND workspace_id = ")
            .bind(workspace_id)
            .push(" AND deleted_at IS NULL");
        if let Some(filter) = filter {
            sql.push(" AND ");
            listing::push_filter(&mut sql, filter);
        }
        sql.push(" ORDER BY stage_entered_at DESC, id DESC LIMIT ")
            .bind(limit as i64);
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(|row| record_from_row(ObjectKind::Deal, row))
            .collect()
    }
}
