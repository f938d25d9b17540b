//! The numbers behind the managers' dashboard: open value per stage, deals closed per
//! month, activity per member, and how deals move between stages. Each is one grouped
//! query; the dashboard's window (`since`) bounds what they read.

use std::collections::BTreeMap;

use time::OffsetDateTime;
use uuid::Uuid;

use crate::sql::Dialect;
use crate::{Store, StoreError};

/// Amounts in minor units per currency (`""` for deals without one).
pub type Amounts = Vec<(String, i64)>;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StageValue {
    pub stage_id: Uuid,
    pub count: i64,
    pub amounts: Amounts,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MonthOutcome {
    /// `YYYY-MM` in UTC.
    pub month: String,
    pub won: i64,
    pub lost: i64,
    pub won_amounts: Amounts,
    pub lost_amounts: Amounts,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberActivity {
    pub member_id: Option<Uuid>,
    /// Activities per kind (`note`, `task`, `call`, `email`, `meeting`).
    pub kinds: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StageConversion {
    pub stage_id: Uuid,
    /// Deals that entered the stage in the window.
    pub entered: i64,
    /// Of those, deals that later entered a further stage that is not a lost one.
    pub moved_on: i64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dashboard {
    pub open_by_stage: Vec<StageValue>,
    pub closed_by_month: Vec<MonthOutcome>,
    pub activity_by_member: Vec<MemberActivity>,
    pub stage_conversion: Vec<StageConversion>,
}

/// The month of a timestamp column as `YYYY-MM` (UTC).
fn month_of(dialect: Dialect, column: &str) -> String {
    match dialect {
        Dialect::Sqlite => format!("substr({column}, 1, 7)"),
        Dialect::Postgres => format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM')"),
    }
}

impl Store {
    pub async fn dashboard(
        &self,
        workspace_id: Uuid,
        pipeline_id: Uuid,
        since: OffsetDateTime,
        activity_since: OffsetDateTime,
    ) -> Result<Dashboard, StoreError> {
        Ok(Dashboard {
            open_by_stage: self.open_by_stage(workspace_id, pipeline_id).await?,
            closed_by_month: self
                .closed_by_month(workspace_id, pipeline_id, since)
                .await?,
            activity_by_member: self
                .activity_by_member(workspace_id, activity_since)
                .await?,
            stage_conversion: self
                .stage_conversion(workspace_id, pipeline_id, since)
                .await?,
        })
    }

    async fn open_by_stage(
        &self,
        workspace_id: Uuid,
        pipeline_id: Uuid,
    ) -> Result<Vec<StageValue>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT d.stage_id, d.currency, count(*) AS n, CAST(coalesce(sum(d.amount), 0) AS BIGINT) AS total \
             FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' WHERE d.workspace_id = ",
        );
        sql.bind(workspace_id)
            .push(" AND d.pipeline_id = ")
            .bind(pipeline_id);
        sql.push(" AND d.deleted_at IS NULL GROUP BY d.stage_id, d.currency");
        let mut by_stage: BTreeMap<Uuid, StageValue> = BTreeMap::new();
        for row in self.pools.fetch_all(sql).await? {
            let stage_id = row.id("stage_id")?;
            let value = by_stage.entry(stage_id).or_insert_with(|| StageValue {
                stage_id,
                ..StageValue::default()
            });
            value.count += row.int("n")?;
            value.amounts.push((
                row.opt_text("currency")?.unwrap_or_default(),
                row.int("total")?,
            ));
        }
        Ok(by_stage.into_values().collect())
    }

    async fn closed_by_month(
        &self,
        workspace_id: Uuid,
        pipeline_id: Uuid,
        since: OffsetDateTime,
    ) -> Result<Vec<MonthOutcome>, StoreError> {
        let month = month_of(self.pools.dialect(), "d.closed_at");
        let mut sql = self.pools.sql(&format!(
            "SELECT {month} AS month, s.kind, d.currency, count(*) AS n, \
             CAST(coalesce(sum(d.amount), 0) AS BIGINT) AS total \
             FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind <> 'open' WHERE d.workspace_id = "
        ));
        sql.bind(workspace_id)
            .push(" AND d.pipeline_id = ")
            .bind(pipeline_id);
        sql.push(" AND d.deleted_at IS NULL AND d.closed_at >= ")
            .bind(since);
        sql.push(" GROUP BY 1, s.kind, d.currency");
        let mut months: BTreeMap<String, MonthOutcome> = BTreeMap::new();
        for row in self.pools.fetch_all(sql).await? {
            let month = row.text("month")?;
            let outcome = months.entry(month.clone()).or_insert_with(|| MonthOutcome {
                month,
                ..MonthOutcome::default()
            });
            let amount = (
                row.opt_text("currency")?.unwrap_or_default(),
                row.int("total")?,
            );
            if row.text("kind")? == "won" {
                outcome.won += row.int("n")?;
                outcome.won_amounts.push(amount);
            } else {
                outcome.lost += row.int("n")?;
                outcome.lost_amounts.push(amount);
            }
        }
        Ok(months.into_values().collect())
    }

    async fn activity_by_member(
        &self,
        workspace_id: Uuid,
        since: OffsetDateTime,
    ) -> Result<Vec<MemberActivity>, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT owner_id, kind, count(*) AS n FROM activities WHERE workspace_id = ");
        sql.bind(workspace_id)
            .push(" AND deleted_at IS NULL AND occurred_at >= ")
            .bind(since);
        sql.push(" AND occurred_at <= ")
            .bind(relata_domain::timestamp::now());
        sql.push(" GROUP BY owner_id, kind");
        let mut members: BTreeMap<Option<Uuid>, MemberActivity> = BTreeMap::new();
        for row in self.pools.fetch_all(sql).await? {
            let member_id = row.opt_id("owner_id")?;
            let entry = members.entry(member_id).or_insert_with(|| MemberActivity {
                member_id,
                ..MemberActivity::default()
            });
            entry.kinds.insert(row.text("kind")?, row.int("n")?);
        }
        Ok(members.into_values().collect())
    }

    async fn stage_conversion(
        &self,
        workspace_id: Uuid,
        pipeline_id: Uuid,
        since: OffsetDateTime,
    ) -> Result<Vec<StageConversion>, StoreError> {
        let mut sql = self.pools.sql(
            "SELECT h.stage_id, count(DISTINCT h.deal_id) AS entered, \
             count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM deal_stage_history later \
               JOIN stages ls ON ls.id = later.stage_id \
               WHERE later.deal_id = h.deal_id AND later.entered_at >= h.entered_at \
               AND ls.position > s.position AND ls.kind <> 'lost') THEN h.deal_id END) AS moved_on \
             FROM deal_stage_history h JOIN stages s ON s.id = h.stage_id WHERE h.workspace_id = ",
        );
        sql.bind(workspace_id)
            .push(" AND h.pipeline_id = ")
            .bind(pipeline_id);
        sql.push(" AND h.entered_at >= ").bind(since);
        sql.push(" GROUP BY h.stage_id");
        let mut conversions = Vec::new();
        for row in self.pools.fetch_all(sql).await? {
            conversions.push(StageConversion {
                stage_id: row.id("stage_id")?,
                entered: row.int("entered")?,
                moved_on: row.int("moved_on")?,
            });
        }
        Ok(conversions)
    }
}
