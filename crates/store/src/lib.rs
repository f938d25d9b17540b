//! Relata's storage: one [`Store`] over SQLite or PostgreSQL.
//!
//! SQL is written once ([`sql::Sql`]) and run on either engine ([`engine`]). Every method
//! takes the workspace it acts in, and every query is scoped by it. Writes run in one
//! transaction each, so a failure leaves nothing half-written.

mod accounts;
mod api_keys;
mod audit;
mod board;
mod custom_fields;
mod deal_history;
mod deal_people;
pub mod engine;
mod error;
mod events;
mod feed;
mod idempotency;
mod inbound;
mod jobs;
mod listing;
mod members;
pub mod migrate;
mod personal_data;
mod pipelines;
mod records;
mod refs;
mod reports;
mod search;
mod snapshot;
pub mod sql;
mod two_factor;
mod views;
mod webhooks;
mod workspaces;
mod write;

pub use accounts::{Credentials, NewSession, SessionRecord};
pub use api_keys::{ApiKey, KeyHolder, NewApiKey};
pub use audit::{AuditEntry, AuditOrigin, AuditRecord, AuditVerdict, ORIGIN};
pub use board::{Board, BoardColumn};
pub use deal_history::{ActivityTally, CompanyBrief, DealHistory, PastDeal};
pub use error::StoreError;
pub use events::TimelineItem;
pub use feed::{Change, Commit};
pub use idempotency::IdempotencyStart;
pub use inbound::{InboundEndpoint, InboundHolder};
pub use jobs::{Job, JobFile, JobFilter, Lease, NewJob, Outcome};
pub use members::{Invitation, Joined};
pub use personal_data::{Erasure, PersonalData};
pub use records::{BatchItem, BatchMode, Page, natural_key};
pub use reports::{Amounts, Dashboard, MemberActivity, MonthOutcome, StageConversion, StageValue};
pub use search::SearchHit;
pub use snapshot::{Kind, Restore, SnapshotSink, Table, snapshot_tables};
pub use two_factor::{Challenge, TotpState};
pub use views::{SavedView, ViewContent};
pub use webhooks::{
    DELIVERY_JOB, Delivery, DeliveryAttempt, NewDelivery, TryResult, WebhookSettings,
    WebhookSubscription,
};
pub use workspaces::{Member, Workspace, WorkspaceSettings};

use engine::Pools;

/// Who acts, and in which workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub workspace_id: uuid::Uuid,
    pub member_id: Option<uuid::Uuid>,
}

/// The database behind Relata.
#[derive(Clone)]
pub struct Store {
    pools: Pools,
    /// Heads of change feeds, announced after each commit (see [`feed`]).
    announcements: tokio::sync::broadcast::Sender<Commit>,
}

impl Store {
    /// Connects to `sqlite://path` or `postgres://…`. Migrations are a separate step
    /// ([`Store::migrate`]) so that `relata migrate` can run them alone.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Store, StoreError> {
        Ok(Store {
            pools: Pools::connect(url, max_connections).await?,
            announcements: feed::announcements(),
        })
    }

    pub async fn migrate(&self) -> Result<usize, StoreError> {
        migrate::migrate(&self.pools).await
    }

    /// Refreshes the statistics the query planner chooses indexes by. Without them SQLite
    /// takes `workspace_id` (in every index) for a selective column and may scan a million
    /// rows to find ten. On SQLite a sampled `ANALYZE` takes a fraction of a second at any
    /// size, so it runs at every start; on PostgreSQL autovacuum keeps statistics fresh, and
    /// this is for after a bulk load.
    pub async fn refresh_statistics(&self) -> Result<(), StoreError> {
        match self.pools.dialect() {
            sql::Dialect::Sqlite => {
                self.pools
                    .execute_raw("PRAGMA analysis_limit = 400; ANALYZE;")
                    .await
            }
            sql::Dialect::Postgres => self.pools.execute_raw("ANALYZE").await,
        }
    }

    /// Whether the database answers and has every migration this build knows.
    pub async fn is_ready(&self) -> Result<bool, StoreError> {
        migrate::is_current(&self.pools).await
    }

    /// Open and idle connections of each pool, for metrics: `(pool, open, idle)`.
    pub fn connection_counts(&self) -> Vec<(&'static str, u32, usize)> {
        match &self.pools {
            Pools::Sqlite { writer, readers } => vec![
                ("writer", writer.size(), writer.num_idle()),
                ("readers", readers.size(), readers.num_idle()),
            ],
            Pools::Postgres(pool) => vec![("postgres", pool.size(), pool.num_idle())],
        }
    }

    pub fn engine_name(&self) -> &'static str {
        match self.pools.dialect() {
            sql::Dialect::Sqlite => "sqlite",
            sql::Dialect::Postgres => "postgres",
        }
    }

    pub async fn close(&self) {
        self.pools.close().await;
    }
}
