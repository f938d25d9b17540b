//! The optional link to Redis, shared by the change bus, the rate limiter and the cache.
//!
//! Redis speeds things up and joins instances together; it is never the source of truth.
//! When it goes away, each user of the link falls back to what this process can do alone,
//! `/readyz` reports the link as degraded, and the link reconnects by itself.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig, PubSub};

/// How long a command may take before the caller falls back to working without Redis.
const COMMAND_TIMEOUT: Duration = Duration::from_millis(500);

#[derive(Clone)]
pub struct RedisLink {
    client: redis::Client,
    commands: ConnectionManager,
    up: Arc<AtomicBool>,
}

impl std::fmt::Debug for RedisLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisLink")
            .field("up", &self.is_up())
            .finish()
    }
}

impl RedisLink {
    /// Prepares the link without connecting, so Relata starts even while Redis is down.
    pub fn open(url: &str) -> Result<RedisLink, String> {
        let client =
            redis::Client::open(url).map_err(|e| format!("{url} is not a Redis address: {e}"))?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(1)))
            .set_response_timeout(Some(COMMAND_TIMEOUT))
            .set_number_of_retries(1)
            .set_max_delay(Duration::from_secs(1));
        let commands = ConnectionManager::new_lazy_with_config(client.clone(), config)
            .map_err(|e| format!("cannot prepare the Redis connection: {e}"))?;
        Ok(RedisLink {
            client,
            commands,
            up: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Whether Redis answered the last time it was asked.
    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::Relaxed)
    }

    /// Records whether Redis answered, and logs when that changes.
    pub fn mark(&self, up: bool) {
        if self.up.swap(up, Ordering::Relaxed) != up {
            if up {
                tracing::info!("Redis is reachable");
            } else {
                tracing::warn!("Redis is unreachable; serving from the database alone");
            }
        }
    }

    /// A handle for commands; it reconnects by itself after a failure.
    pub fn commands(&self) -> ConnectionManager {
        self.commands.clone()
    }

    /// A new connection for subscribing to channels.
    pub async fn subscriber(&self) -> redis::RedisResult<PubSub> {
        tokio::time::timeout(Duration::from_secs(2), self.client.get_async_pubsub())
            .await
            .map_err(|_| redis::RedisError::from((redis::ErrorKind::Io, "timed out connecting")))?
    }

    /// Runs one command with the link's timeout, recording whether Redis answered.
    pub async fn run<T: redis::FromRedisValue>(&self, command: &redis::Cmd) -> Option<T> {
        let mut connection = self.commands();
        let outcome = tokio::time::timeout(COMMAND_TIMEOUT, command.query_async(&mut connection));
        match outcome.await {
            Ok(Ok(value)) => {
                self.mark(true);
                Some(value)
            }
            Ok(Err(error)) if !is_connection_error(&error) => {
                tracing::warn!(%error, "a Redis command failed");
                None
            }
            _ => {
                self.mark(false);
                None
            }
        }
    }
}

fn is_connection_error(error: &redis::RedisError) -> bool {
    error.is_io_error()
        || error.is_connection_dropped()
        || error.is_connection_refusal()
        || error.is_timeout()
}
