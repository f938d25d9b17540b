//! What the forecast, the deals-at-risk check and lead scoring learn from: every live deal
//! with its stage history and activity, read in a few queries however many deals there are.

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
    pub source: Option<String>,
    pub currency: Option<String>,
    pub owner_id: Option<Uuid>,
    pub company_id: Option<Uuid>,
    pub tags: Vec<String>,
}

/// A deal's activity before it closed (or until now, while open): how many of each kind,
/// and when the last one was. Activity after a close is left out: it would tell the outcome.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActivityTally {
    pub by_kind: HashMap<String, i64>,
    pub last_at: Option<OffsetDateTime>,
}

/// What lead scoring knows of a deal's company.
#[derive(Debug, Clone, PartialEq)]
pub struct CompanyBrief {
    pub industry: Option<String>,
    pub employees: Option<i64>,
    pub country: Option<String>,
}

impl Store {
    pub async fn deal_histories(&self, workspace_id: Uuid) -> Result<Vec<DealHistory>, StoreError> {
        let mut deals = self.pools.sql(
            "SELECT id, name, amount, created_at, stage_id, closed_at, expected_close_date, \
             source, currency, owner_id, company_id, tags FROM deals WHERE deleted_at IS NULL AND workspace_id = ",
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
                source: row.opt_text("source")?,
                currency: row.opt_text("currency")?,
                owner_id: row.opt_id("owner_id")?,
                company_id: row.opt_id("company_id")?,
                tags: match row.value("tags", relata_domain::value::Storage::List)? {
                    relata_domain::Value::List(tags) => tags,
                    _ => Vec::new(),
                },
            });
        }
        Ok(histories)
    }

    /// Each deal's activity before it closed, by kind.
    pub async fn deal_activity(
        &self,
        workspace_id: Uuid,
    ) -> Result<HashMap<Uuid, ActivityTally>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT a.deal_id, a.kind, count(*) AS n, max(a.occurred_at) AS last_at \
             FROM activities a JOIN deals d ON d.id = a.deal_id \
             WHERE a.deleted_at IS NULL AND (d.closed_at IS NULL OR a.occurred_at < d.closed_at) \
             AND a.workspace_id = ",
        );
        sql.bind(workspace_id).push(" GROUP BY a.deal_id, a.kind");
        let mut tallies: HashMap<Uuid, ActivityTally> = HashMap::new();
        for row in self.pools.fetch_all(sql).await? {
            let tally = tallies.entry(row.id("deal_id")?).or_default();
            tally.by_kind.insert(row.text("kind")?, row.int("n")?);
            let last = row.opt_time("last_at")?;
            tally.last_at = tally.last_at.max(last);
        }
        Ok(tallies)
    }

    /// The industry, size and country of every company with deals.
    pub async fn deal_companies(
        &self,
        workspace_id: Uuid,
    ) -> Result<HashMap<Uuid, CompanyBrief>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT id, industry, employees, country FROM companies WHERE deleted_at IS NULL \
             AND id IN (SELECT company_id FROM deals WHERE workspace_id = ",
        );
        sql.bind(workspace_id)
            .push(") AND workspace_id = ")
            .bind(workspace_id);
        let mut companies = HashMap::new();
        for row in self.pools.fetch_all(sql).await? {
            companies.insert(
                row.id("id")?,
                CompanyBrief {
                    industry: row.opt_text("industry")?,
                    employees: row.opt_int("employees")?,
                    country: row.opt_text("country")?,
                },
            );
        }
        Ok(companies)
    }

    /// Writes deals' scores and reasons (a model's output, not a person's edit: versions,
    /// the change feed and the audit log are left alone). `None` clears a score.
    pub async fn set_lead_scores(
        &self,
        workspace_id: Uuid,
        scores: &[(Uuid, Option<i64>, Vec<String>)],
    ) -> Result<(), StoreError> {
        for chunk in scores.chunks(500) {
            let mut tx = self.pools.begin().await?;
            for (deal, score, reasons) in chunk {
                let mut sql = tx.sql("UPDATE deals SET lead_score = ");
                sql.bind(*score).push(", lead_score_reasons = ");
                match score {
                    Some(_) => sql.bind(crate::sql::Bind::Json(serde_json::json!(reasons))),
                    None => sql.bind(crate::sql::Bind::Null(relata_domain::value::Storage::List)),
                };
                sql.push(" WHERE workspace_id = ")
                    .bind(workspace_id)
                    .push(" AND id = ")
                    .bind(*deal);
                tx.execute(sql).await?;
            }
            tx.commit().await?;
        }
        Ok(())
    }

    /// Keeps a workspace's trained model of `kind` and its report, replacing the last one.
    pub async fn save_insight_model(
        &self,
        workspace_id: Uuid,
        kind: &str,
        model: serde_json::Value,
        report: serde_json::Value,
    ) -> Result<(), StoreError> {
        let mut sql = self.pools.sql(
            "INSERT INTO insight_models (workspace_id, kind, model, report, trained_at) VALUES (",
        );
        sql.bind(workspace_id).push(", ").bind(kind).push(", ");
        sql.bind(crate::sql::Bind::Json(model))
            .push(", ")
            .bind(crate::sql::Bind::Json(report))
            .push(", ")
            .bind(relata_domain::timestamp::now());
        sql.push(
            ") ON CONFLICT (workspace_id, kind) DO UPDATE SET model = excluded.model, \
             report = excluded.report, trained_at = excluded.trained_at",
        );
        self.pools.execute(sql).await?;
        Ok(())
    }

    /// A workspace's model of `kind`, its report and when it was trained.
    pub async fn insight_model(
        &self,
        workspace_id: Uuid,
        kind: &str,
    ) -> Result<Option<(serde_json::Value, serde_json::Value, OffsetDateTime)>, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT model, report, trained_at FROM insight_models WHERE workspace_id = ");
        sql.bind(workspace_id).push(" AND kind = ").bind(kind);
        match self.pools.fetch_optional(sql).await? {
            Some(row) => Ok(Some((
                row.json("model")?,
                row.json("report")?,
                row.time("trained_at")?,
            ))),
            None => Ok(None),
        }
    }

    /// Every workspace's id, for work done for each in turn (scheduled retraining).
    pub async fn workspace_ids(&self) -> Result<Vec<Uuid>, StoreError> {
        let sql = self.pools.sql("SELECT id FROM workspaces ORDER BY id");
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(|r| r.id("id"))
            .collect()
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
