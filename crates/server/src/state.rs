//! What every request handler can reach.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use relata_domain::ObjectKind;
use relata_domain::custom_field::CustomFieldDef;
use relata_store::{Store, StoreError};
use tokio::sync::{RwLock, watch};

use crate::bus::Bus;
use crate::redis_link::RedisLink;

#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest request body accepted (a batch of 1,000 records fits comfortably).
    pub max_body_bytes: usize,
    /// A session unused for this long ends.
    pub session_idle: time::Duration,
    /// A session ends this long after sign-in, however busy.
    pub session_lifetime: time::Duration,
    /// Mark the session cookie `Secure` (set when Relata is reached over HTTPS).
    pub secure_cookies: bool,
    /// Requests a minute each session or API key may make (0: no limit).
    pub api_requests_per_minute: u32,
    /// Redis, when configured: shared by instances for change notices, rate limits and cache.
    pub redis: Option<RedisLink>,
    /// Background job workers and webhook delivery.
    pub jobs: crate::jobs::JobsConfig,
    /// Daily backups made by the job workers, when a destination is configured.
    pub backup: Option<crate::backups::BackupPlan>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            max_body_bytes: 8 * 1024 * 1024,
            session_idle: time::Duration::hours(12),
            session_lifetime: time::Duration::days(14),
            secure_cookies: false,
            api_requests_per_minute: 1_200,
            redis: None,
            jobs: crate::jobs::JobsConfig::default(),
            backup: None,
        }
    }
}

/// Posts a minute one address may make to one web form or telephony endpoint: plenty for
/// people and phone systems, little for a script flooding the CRM with fake leads.
const INBOUND_POSTS_PER_MINUTE: u32 = 30;

/// How long another instance's change to custom field definitions can go unseen here.
const CUSTOM_FIELDS_TTL: Duration = Duration::from_secs(5);

type CustomFieldsCache = HashMap<(uuid::Uuid, ObjectKind), (Instant, Arc<Vec<CustomFieldDef>>)>;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<ServerConfig>,
    /// Each caller's request budget.
    pub rate_limiter: Arc<crate::rate_limit::RateLimiter>,
    /// Posts to public inbound endpoints (web forms, telephony) per endpoint and address.
    pub inbound_limiter: Arc<crate::rate_limit::RateLimiter>,
    /// Failed sign-ins per account and per address.
    pub sign_in_throttle: Arc<crate::throttle::Throttle>,
    /// Change notices from this instance and, through Redis, from the others.
    pub bus: Arc<Bus>,
    pub metrics: Arc<crate::metrics::Metrics>,
    /// Expensive answers (the board), shared through Redis when there is one.
    pub cache: Arc<crate::cache::Cache>,
    /// This instance's job workers: woken when it queues a job, watched by `/readyz`.
    pub workers: Arc<crate::jobs::Workers>,
    /// Custom field definitions, read by nearly every request and changed rarely.
    custom_fields: Arc<RwLock<CustomFieldsCache>>,
    /// Set when the server begins to shut down, so long-lived responses end.
    closing: Arc<watch::Sender<bool>>,
}

impl AppState {
    /// The state of a serving instance; also starts its job workers and webhook dispatcher,
    /// which stop when it shuts down.
    pub fn new(store: Store, config: ServerConfig) -> Self {
        let per_minute = config.api_requests_per_minute;
        let bus = Bus::start(&store, config.redis.clone());
        let rate_limiter = crate::rate_limit::RateLimiter::new(per_minute, config.redis.clone());
        let inbound_limiter =
            crate::rate_limit::RateLimiter::new(INBOUND_POSTS_PER_MINUTE, config.redis.clone());
        let state = Self {
            bus,
            metrics: Arc::default(),
            cache: Arc::new(crate::cache::Cache::new(config.redis.clone())),
            workers: Arc::default(),
            closing: Arc::new(watch::channel(false).0),
            store,
            config: Arc::new(config),
            rate_limiter: Arc::new(rate_limiter),
            inbound_limiter: Arc::new(inbound_limiter),
            sign_in_throttle: Arc::default(),
            custom_fields: Arc::new(RwLock::new(HashMap::new())),
        };
        if state.config.jobs.workers > 0 {
            crate::jobs::start(&state);
            crate::webhooks::start_dispatcher(&state);
            crate::lead_scoring::schedule_retraining(&state);
            crate::backups::schedule(&state);
        }
        state
    }

    /// The custom field definitions of one object, from a cache that this instance clears
    /// when it changes them and that expires after a few seconds for other instances' changes.
    pub async fn custom_fields(
        &self,
        workspace_id: uuid::Uuid,
        kind: ObjectKind,
    ) -> Result<Arc<Vec<CustomFieldDef>>, StoreError> {
        let cached = self
            .custom_fields
            .read()
            .await
            .get(&(workspace_id, kind))
            .cloned();
        let fresh = cached.filter(|(read_at, _)| read_at.elapsed() < CUSTOM_FIELDS_TTL);
        self.metrics.cache_lookup("custom_fields", fresh.is_some());
        if let Some((_, fields)) = fresh {
            return Ok(fields);
        }
        let fields = Arc::new(self.store.custom_fields(workspace_id, kind).await?);
        self.custom_fields
            .write()
            .await
            .insert((workspace_id, kind), (Instant::now(), fields.clone()));
        Ok(fields)
    }

    /// Ends long-lived responses (event streams) so that a shutdown need not wait for them.
    pub fn begin_shutdown(&self) {
        self.closing.send_replace(true);
    }

    pub fn closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }

    pub async fn forget_custom_fields(&self, workspace_id: uuid::Uuid, kind: ObjectKind) {
        self.custom_fields
            .write()
            .await
            .remove(&(workspace_id, kind));
    }
}
