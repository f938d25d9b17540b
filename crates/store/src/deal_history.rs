//! What the forecast and the deals-at-risk check learn from: every live deal with its stage
//! history and its last activity, read in three queries however many deals there are.

use std::collections::HashMap;

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct DealHistory {
    pub id: Uuid,
    pub name: String,
    /// In the currency's minor units, as stored.
    pub amount: Option<i64>,
    pub created_at: OffsetDateTime,
    pub stage_id: Option<Uuid>,
    pub closed_at: Option<OffsetDateTime>,
    pub expected_close_date: Option<Date>,
    /// The stages it entered, oldest first.
    pub stages: Vec<(Uuid, OffsetDateTime)>,
    pub last_activity_at: Option<OffsetDateTime>,
}

impl Store {
    pub async fn deal_histories(&self, workspace_id: Uuid) -> Result<Vec<DealHistory>, StoreError> {
        let mut deals = self.pools.sql(
            "SELECT id, name, amount, created_at, stage_id, closed_at, expected_close_date \
             FROM deals WHERE deleted_at IS NULL AND workspace_id = ",
        );
        deals.bind(workspace_id).push(" ORDER BY id");
        let mut stages = self.pools.sql(
            "SELECT deal_id, stage_id, entered_at FROM deal_stage_history WHERE workspace_id = ",
        );
        stages
            .bind(workspace_id)
            .push(" ORDER BY deal_id, entered_at");
        let mut activity = self.pools.sql(
            "SELECT deal_id, max(occurred_at) AS last_at FROM activities \
             WHERE deleted_at IS NULL AND deal_id IS NOT NULL AND workspace_id = ",
        );
        activity.bind(workspace_id).push(" GROUP BY deal_id");

        let mut entered: HashMap<Uuid, Vec<(Uuid, OffsetDateTime)>> = HashMap::new();
        for row in self.pools.fetch_all(stages).await? {
            entered
                .entry(row.id("deal_id")?)
                .or_default()
                .push((row.id("stage_id")?, row.time("entered_at")?));
        }
        let mut last_activity = HashMap::new();
        for row in self.pools.fetch_all(activity).await? {
            if let Some(at) = row.opt_time("last_at")? {
                last_activity.insert(row.id("deal_id")?, at);
            }
        }
        let mut histories = Vec::new();
        for row in self.pools.fetch_all(deals).await? {
            let id = row.id("id")?;
            let expected =
                match row.value("expected_close_date", relata_domain::value::Storage::Date)? {
                    relata_domain::Value::Date(d) => Some(d),
                    _ => None,
                };
            histories.push(DealHistory {
                id,
                name: row.text("name")?,
                amount: row.opt_int("amount")?,
                created_at: row.time("created_at")?,
                stage_id: row.opt_id("stage_id")?,
                closed_at: row.opt_time("closed_at")?,
                expected_close_date: expected,
                stages: entered.remove(&id).unwrap_or_default(),
                last_activity_at: last_activity.get(&id).copied(),
            });
        }
        Ok(histories)
    }
}

/// A deal's past, for data brought in from elsewhere (another CRM, demo data): when it was
/// created, the stages it went through and when, and when it closed.
#[derive(Debug, Clone)]
pub struct PastDeal {
    pub deal_id: Uuid,
    pub pipeline_id: Uuid,
    pub created_at: OffsetDateTime,
    /// Stages entered, oldest first; the last is the deal's current stage.
    pub stages: Vec<(Uuid, OffsetDateTime)>,
    pub closed_at: Option<OffsetDateTime>,
}

impl Store {
    /// Replaces the recorded history of deals with the given past, in one transaction.
    pub async fn set_deal_history(
        &self,
        workspace_id: Uuid,
        pasts: &[PastDeal],
    ) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        for past in pasts {
            let mut clear = tx.sql("DELETE FROM deal_stage_history WHERE workspace_id = ");
            clear
                .bind(workspace_id)
                .push(" AND deal_id = ")
                .bind(past.deal_id);
            tx.execute(clear).await?;
            for (i, (stage, entered)) in past.stages.iter().enumerate() {
                let left = past.stages.get(i + 1).map(|(_, at)| *at);
                let mut insert = tx.sql(
                    "INSERT INTO deal_stage_history \
                     (id, workspace_id, deal_id, pipeline_id, stage_id, entered_at, left_at) VALUES (",
                );
                insert
                    .bind(relata_domain::new_id())
                    .push(", ")
                    .bind(workspace_id);
                insert
                    .push(", ")
                    .bind(past.deal_id)
                    .push(", ")
                    .bind(past.pipeline_id);
                insert.push(", ").bind(*stage).push(", ").bind(*entered);
                insert.push(", ").bind(left).push(")");
                tx.execute(insert).await?;
            }
            let entered = past.stages.last().map(|(_, at)| *at);
            let mut deal = tx.sql("UPDATE deals SET created_at = ");
            deal.bind(past.created_at)
                .push(", stage_entered_at = ")
                .bind(entered.unwrap_or(past.created_at))
                .push(", closed_at = ")
                .bind(past.closed_at);
            deal.push(" WHERE workspace_id = ")
                .bind(workspace_id)
                .push(" AND id = ")
                .bind(past.deal_id);
            tx.execute(deal).await?;
        }
        tx.commit().await
    }
}
