//! What every request handler can reach.

use std::sync::Arc;

use relata_domain::schema::ParseContext;
use relata_store::{Actor, Store};
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

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<ServerConfig>,
    default_actor: Arc<RwLock<Option<(Actor, ParseContext)>>>,
}

impl AppState {
    pub fn new(store: Store, config: ServerConfig) -> Self {
        Self {
            store,
            config: Arc::new(config),
            default_actor: Arc::new(RwLock::new(None)),
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
}
