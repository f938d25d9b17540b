//! Slows password guessing: after a few failed sign-ins for one account (or many from one
//! address) within a window, further attempts wait, and each new failure doubles the wait.
//! Kept in process memory; instances behind a load balancer each keep their own count.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures allowed before attempts are locked out, and the window they are counted in.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub failures: u32,
    pub window: Duration,
}

pub const PER_ACCOUNT: Limit = Limit {
    failures: 5,
    window: Duration::from_secs(15 * 60),
};
pub const PER_ADDRESS: Limit = Limit {
    failures: 30,
    window: Duration::from_secs(15 * 60),
};

const FIRST_LOCK: Duration = Duration::from_secs(30);
const LONGEST_LOCK: Duration = Duration::from_secs(60 * 60);
/// Past this many keys, expired ones are dropped so memory stays bounded.
const PRUNE_ABOVE: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Entry {
    failures: u32,
    first_failure: Instant,
    locked_until: Option<Instant>,
}

#[derive(Debug, Default)]
pub struct Throttle {
    entries: Mutex<HashMap<String, Entry>>,
}

impl Throttle {
    /// How long `key` must still wait before trying again, if at all.
    pub fn wait(&self, key: &str, now: Instant) -> Option<Duration> {
        let entries = self
            .entries
            .lock()
            .expect("the throttle lock is never poisoned");
        entries
            .get(key)
            .and_then(|e| e.locked_until)
            .filter(|until| *until > now)
            .map(|until| until - now)
    }

    /// Counts a failure; past the limit, locks the key for a doubling time.
    pub fn fail(&self, key: &str, limit: Limit, now: Instant) {
        let mut entries = self
            .entries
            .lock()
            .expect("the throttle lock is never poisoned");
        if entries.len() > PRUNE_ABOVE {
            entries.retain(|_, e| {
                now.duration_since(e.first_failure) < limit.window
                    || e.locked_until.is_some_and(|u| u > now)
            });
        }
        let entry = entries.entry(key.to_owned()).or_insert(Entry {
            failures: 0,
            first_failure: now,
            locked_until: None,
        });
        let locked = entry.locked_until.is_some();
        if !locked && now.duration_since(entry.first_failure) >= limit.window {
            *entry = Entry {
                failures: 0,
                first_failure: now,
                locked_until: None,
            };
        }
        entry.failures += 1;
        if entry.failures >= limit.failures {
            let doublings = (entry.failures - limit.failures).min(16);
            let lock = FIRST_LOCK.saturating_mul(1 << doublings).min(LONGEST_LOCK);
            entry.locked_until = Some(now + lock);
        }
    }

    /// A successful sign-in clears the account's count.
    pub fn clear(&self, key: &str) {
        self.entries
            .lock()
            .expect("the throttle lock is never poisoned")
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: Limit = Limit {
        failures: 3,
        window: Duration::from_secs(600),
    };

    #[test]
    fn locks_after_the_limit_and_doubles_the_wait() {
        let throttle = Throttle::default();
        let start = Instant::now();
        for _ in 0..2 {
            throttle.fail("a", LIMIT, start);
        }
        assert_eq!(throttle.wait("a", start), None);
        throttle.fail("a", LIMIT, start);
        assert_eq!(throttle.wait("a", start), Some(FIRST_LOCK));
        let later = start + FIRST_LOCK;
        assert_eq!(throttle.wait("a", later), None, "the lock ends");
        throttle.fail("a", LIMIT, later);
        assert_eq!(
            throttle.wait("a", later),
            Some(FIRST_LOCK * 2),
            "and the next failure doubles it"
        );
        assert_eq!(throttle.wait("b", later), None, "other keys are untouched");
    }

    #[test]
    fn old_failures_expire_and_success_clears() {
        let throttle = Throttle::default();
        let start = Instant::now();
        throttle.fail("a", LIMIT, start);
        throttle.fail("a", LIMIT, start);
        throttle.fail("a", LIMIT, start + LIMIT.window);
        assert_eq!(
            throttle.wait("a", start + LIMIT.window),
            None,
            "the window restarted"
        );
        throttle.fail("a", LIMIT, start + LIMIT.window);
        throttle.clear("a");
        throttle.fail("a", LIMIT, start + LIMIT.window);
        assert_eq!(throttle.wait("a", start + LIMIT.window), None);
    }
}
