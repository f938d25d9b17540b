//! What every request handler can reach.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use relata_domain::ObjectKind;
use relata_domain::custom_field::CustomFieldDef;
use relata_domain::schema::ParseContext;
use relata_store::{Actor, Store, StoreError};
use tokio::sync::RwLock;

use crate::problem::ApiError;

#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest request body accepted (a batch of 1,000 records fits comfortably).
    pub max_body_bytes: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            max_body_bytes: 8 * 1024 * 1024,
        }
    }
}

/// How long another instance's change to custom field definitions can go unseen here.
const CUSTOM_FIELDS_TTL: Duration = Duration::from_secs(5);

type CustomFieldsCache = HashMap<(uuid::Uuid, ObjectKind), (Instant, Arc<Vec<CustomFieldDef>>)>;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<ServerConfig>,
    default_actor: Arc<RwLock<Option<(Actor, ParseContext)>>>,
    /// Custom field definitions, read by nearly every request and changed rarely.
    custom_fields: Arc<RwLock<CustomFieldsCache>>,
}

impl AppState {
    pub fn new(store: Store, config: ServerConfig) -> Self {
        Self {
            store,
            config: Arc::new(config),
            default_actor: Arc::new(RwLock::new(None)),
            custom_fields: Arc::new(RwLock::new(HashMap::new())),
        }
    }

    /// The owner of the installation's first workspace, looked up once.
    pub async fn default_actor(&self) -> Result<(Actor, ParseContext), ApiError> {
        if let Some(found) = self.default_actor.read().await.clone() {
            return Ok(found);
        }
        let workspace = self.store.first_workspace().await?.ok_or_else(|| {
            ApiError::Conflict(
                "Relata is not set up yet: create the workspace with POST /api/v1/setup, or run `relata demo`".into(),
            )
        })?;
        let owner = self.store.owner(workspace.id).await?;
        let actor = Actor {
            workspace_id: workspace.id,
            member_id: Some(owner.id),
        };
        let found = (actor, workspace.settings.parse_context());
        *self.default_actor.write().await = Some(found.clone());
        Ok(found)
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
        if let Some((_, fields)) =
            cached.filter(|(read_at, _)| read_at.elapsed() < CUSTOM_FIELDS_TTL)
        {
            return Ok(fields);
        }
        let fields = Arc::new(self.store.custom_fields(workspace_id, kind).await?);
        self.custom_fields
            .write()
            .await
            .insert((workspace_id, kind), (Instant::now(), fields.clone()));
        Ok(fields)
    }

    pub async fn forget_custom_fields(&self, workspace_id: uuid::Uuid, kind: ObjectKind) {
        self.custom_fields
            .write()
            .await
            .remove(&(workspace_id, kind));
    }
}
