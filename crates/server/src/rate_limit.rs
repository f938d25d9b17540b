//! The API's request budget per caller (a session's member, or an API key): a token bucket
//! that refills at the configured rate per minute and holds a quarter minute's worth for
//! bursts. With Redis the budget is shared by every instance behind the load balancer (the
//! same bucket, kept as a theoretical arrival time by an atomic script on Redis's clock);
//! without it, or while Redis is away, each instance keeps its own in memory.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::redis_link::RedisLink;

/// The shared bucket (GCRA): KEYS[1] holds the time, in microseconds on Redis's clock, at
/// which the bucket will be full again. ARGV: microseconds per request, bucket size. Returns
/// 0 when the request may go, else the microseconds to wait.
const SHARED_BUCKET: &str = r"
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local interval = tonumber(ARGV[1])
local span = interval * tonumber(ARGV[2])
local full_at = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local next_full_at = full_at + interval
if next_full_at - now > span then
  return next_full_at - now - span
end
redis.call('SET', KEYS[1], next_full_at, 'PX', math.ceil(span / 1000) + 1000)
return 0
";

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

#[derive(Debug)]
pub struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<String, Bucket>>,
    shared: Option<RedisLink>,
}

/// Past this many callers, full buckets are dropped (they hold nothing worth keeping).
const PRUNE_ABOVE: usize = 10_000;

impl RateLimiter {
    /// A limiter allowing `per_minute` requests a minute per caller; 0 turns it off.
    pub fn new(per_minute: u32, shared: Option<RedisLink>) -> RateLimiter {
        RateLimiter {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
            shared,
        }
    }

    /// Takes one request from `caller`'s budget, shared through Redis when it answers, or
    /// says how long to wait for one.
    pub async fn take_shared(&self, caller: &str) -> Result<(), Duration> {
        if self.per_minute == 0 {
            return Ok(());
        }
        // While Redis is known to be away, each request must not wait out a timeout first.
        if let Some(link) = self.shared.as_ref().filter(|link| link.is_up()) {
            let interval_us = 60_000_000 / u64::from(self.per_minute);
            let script = redis::cmd("EVAL")
                .arg(SHARED_BUCKET)
                .arg(1)
                .arg(format!("relata:rate:{caller}"))
                .arg(interval_us)
                .arg(self.capacity() as u64)
                .clone();
            if let Some(wait_us) = link.run::<u64>(&script).await {
                return match wait_us {
                    0 => Ok(()),
                    us => Err(Duration::from_micros(us)),
                };
            }
        }
        self.take(caller, Instant::now())
    }

    fn capacity(&self) -> f64 {
        (f64::from(self.per_minute) / 4.0).max(10.0)
    }

    /// Takes one request from `caller`'s budget, or says how long to wait for one.
    pub fn take(&self, caller: &str, now: Instant) -> Result<(), Duration> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let rate = f64::from(self.per_minute) / 60.0;
        let capacity = self.capacity();
        let mut buckets = self
            .buckets
            .lock()
            .expect("the limiter lock is never poisoned");
        if buckets.len() > PRUNE_ABOVE {
            buckets.retain(|_, b| {
                b.tokens + now.duration_since(b.updated).as_secs_f64() * rate < capacity
            });
        }
        let bucket = buckets.entry(caller.to_owned()).or_insert(Bucket {
            tokens: capacity,
            updated: now,
        });
        let refilled = now.duration_since(bucket.updated).as_secs_f64() * rate;
        bucket.tokens = (bucket.tokens + refilled).min(capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / rate))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_allowed_then_the_rate_holds() {
        let limiter = RateLimiter::new(120, None); // 2 a second, bursts of 30
        let start = Instant::now();
        for _ in 0..30 {
            assert!(limiter.take("a", start).is_ok());
        }
        let wait = limiter.take("a", start).unwrap_err();
        assert!(
            wait <= Duration::from_millis(500) && wait > Duration::ZERO,
            "{wait:?}"
        );
        assert!(
            limiter.take("b", start).is_ok(),
            "callers have their own budget"
        );
        assert!(
            limiter
                .take("a", start + Duration::from_millis(500))
                .is_ok()
        );
    }

    #[test]
    fn zero_turns_it_off() {
        let limiter = RateLimiter::new(0, None);
        let now = Instant::now();
        assert!((0..10_000).all(|_| limiter.take("a", now).is_ok()));
    }
}
