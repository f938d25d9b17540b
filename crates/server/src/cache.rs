//! A read-through cache for expensive answers (the pipeline board's aggregates), shared by
//! all instances through Redis when there is one, else kept in this process.
//!
//! Entries are never invalidated in place: their keys name the workspace's change-feed head
//! (and whatever else the answer depends on), so any committed change, made on any instance,
//! moves readers to a new key at once and old entries simply expire. A reader can therefore
//! never be served an answer older than the last change it could have seen.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::redis_link::RedisLink;

/// How long an entry lives; the head moves on long before in a busy workspace.
const TTL: Duration = Duration::from_secs(600);
/// Entries kept in this process without Redis.
const LOCAL_ENTRIES: usize = 256;

pub struct Cache {
    redis: Option<RedisLink>,
    local: Mutex<HashMap<String, (Instant, String)>>,
}

impl Cache {
    pub fn new(redis: Option<RedisLink>) -> Cache {
        Cache {
            redis,
            local: Mutex::new(HashMap::new()),
        }
    }

    pub async fn get(&self, key: &str) -> Option<String> {
        match self.redis.as_ref().filter(|r| r.is_up()) {
            Some(redis) => redis
                .run(redis::cmd("GET").arg(redis_key(key)))
                .await
                .flatten(),
            None => {
                let local = self.local.lock().expect("the cache lock is never poisoned");
                local
                    .get(key)
                    .filter(|(at, _)| at.elapsed() < TTL)
                    .map(|(_, value)| value.clone())
            }
        }
    }

    pub async fn put(&self, key: &str, value: String) {
        match self.redis.as_ref().filter(|r| r.is_up()) {
            Some(redis) => {
                let set = redis::cmd("SET")
                    .arg(redis_key(key))
                    .arg(value)
                    .arg("EX")
                    .arg(TTL.as_secs())
                    .clone();
                let _: Option<()> = redis.run(&set).await;
            }
            None => {
                let mut local = self.local.lock().expect("the cache lock is never poisoned");
                if local.len() >= LOCAL_ENTRIES {
                    let oldest = local
                        .iter()
                        .min_by_key(|(_, (at, _))| *at)
                        .map(|(k, _)| k.clone());
                    if let Some(oldest) = oldest {
                        local.remove(&oldest);
                    }
                }
                local.insert(key.to_owned(), (Instant::now(), value));
            }
        }
    }
}

fn redis_key(key: &str) -> String {
    format!("relata:cache:{key}")
}
