//! How this instance hears that a workspace's change feed moved on, wherever the change was
//! made: its own commits come from the store at once; other instances' come over Redis
//! pub/sub when Redis is configured. A notice only says "look again": readers then read the
//! feed from the database, so a lost or repeated notice costs a moment, never a change.

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use relata_store::{Commit, Store};
use tokio::sync::broadcast::{self, error::RecvError};
use uuid::Uuid;

use crate::redis_link::RedisLink;

const CHANNEL: &str = "relata:changes";

/// Notices waiting for slow listeners; one that falls behind just reads the feed again.
const BACKLOG: usize = 1_024;

pub struct Bus {
    notices: broadcast::Sender<Commit>,
    redis: Option<RedisLink>,
}

impl Bus {
    /// Starts listening to this process's commits and, with Redis, to other instances'.
    pub fn start(store: &Store, redis: Option<RedisLink>) -> Arc<Bus> {
        let notices = broadcast::channel(BACKLOG).0;
        let instance = Uuid::now_v7();
        tokio::spawn(forward_own_commits(
            store.commits(),
            notices.downgrade(),
            redis.clone(),
            instance,
        ));
        if let Some(link) = &redis {
            tokio::spawn(listen_to_others(
                link.clone(),
                notices.downgrade(),
                instance,
            ));
        }
        Arc::new(Bus { notices, redis })
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Commit> {
        self.notices.subscribe()
    }

    /// Whether other instances' changes reach this one as they happen. When not, readers
    /// look at the database every so often instead, in case other instances exist.
    pub fn hears_other_instances(&self) -> bool {
        self.redis.as_ref().is_some_and(RedisLink::is_up)
    }
}

fn encode(instance: Uuid, commit: Commit) -> String {
    format!("{instance} {} {}", commit.workspace_id, commit.seq)
}

fn decode(message: &str) -> Option<(Uuid, Commit)> {
    let mut parts = message.split(' ');
    let instance = parts.next()?.parse().ok()?;
    let workspace_id = parts.next()?.parse().ok()?;
    let seq = parts.next()?.parse().ok()?;
    Some((instance, Commit { workspace_id, seq }))
}

async fn forward_own_commits(
    mut commits: broadcast::Receiver<Commit>,
    notices: broadcast::WeakSender<Commit>,
    redis: Option<RedisLink>,
    instance: Uuid,
) {
    loop {
        let commit = match commits.recv().await {
            Ok(commit) => commit,
            // Listeners re-read the feed on any notice, so a skipped one is covered by the next.
            Err(RecvError::Lagged(_)) => continue,
            Err(RecvError::Closed) => return,
        };
        let Some(notices) = notices.upgrade() else {
            return;
        };
        let _ = notices.send(commit);
        // While Redis is away, later commits' local notices must not wait behind timeouts;
        // other instances poll the feed meanwhile.
        if let Some(link) = redis.as_ref().filter(|link| link.is_up()) {
            let publish = redis::cmd("PUBLISH")
                .arg(CHANNEL)
                .arg(encode(instance, commit))
                .clone();
            let _: Option<i64> = link.run(&publish).await;
        }
    }
}

/// Keeps a subscription to other instances' notices, reconnecting with back-off.
async fn listen_to_others(link: RedisLink, notices: broadcast::WeakSender<Commit>, instance: Uuid) {
    let mut delay = Duration::from_millis(250);
    while notices.upgrade().is_some() {
        if let Ok(mut subscriber) = link.subscriber().await
            && subscriber.subscribe(CHANNEL).await.is_ok()
        {
            link.mark(true);
            delay = Duration::from_millis(250);
            let mut messages = subscriber.on_message();
            while let Some(message) = messages.next().await {
                let Some(notices) = notices.upgrade() else {
                    return;
                };
                let text: String = message.get_payload().unwrap_or_default();
                if let Some((from, commit)) = decode(&text)
                    && from != instance
                {
                    let _ = notices.send(commit);
                }
            }
        }
        link.mark(false);
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(5));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_round_trip_and_garbage_is_ignored() {
        let instance = Uuid::now_v7();
        let commit = Commit {
            workspace_id: Uuid::now_v7(),
            seq: 42,
        };
        assert_eq!(decode(&encode(instance, commit)), Some((instance, commit)));
        assert_eq!(decode("hello"), None);
        assert_eq!(decode(""), None);
    }
}
