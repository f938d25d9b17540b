//! Background jobs: their states, and when a failed one is tried again.

use std::time::Duration;

/// Where a job is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    /// Waiting for its `run_at` and a free worker (also between retries).
    Queued,
    /// Held by a worker whose lease has not run out.
    Running,
    Succeeded,
    /// Failed on every attempt it was allowed; kept for people to look at and retry.
    Dead,
    /// Called off by a person before it ran.
    Cancelled,
}

impl JobStatus {
    pub const ALL: [JobStatus; 5] = [
        JobStatus::Queued,
        JobStatus::Running,
        JobStatus::Succeeded,
        JobStatus::Dead,
        JobStatus::Cancelled,
    ];

    pub fn name(self) -> &'static str {
        match self {
            JobStatus::Queued => "queued",
            JobStatus::Running => "running",
            JobStatus::Succeeded => "succeeded",
            JobStatus::Dead => "dead",
            JobStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(name: &str) -> Option<JobStatus> {
        JobStatus::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Whether the job will not run again unless someone retries it.
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            JobStatus::Succeeded | JobStatus::Dead | JobStatus::Cancelled
        )
    }
}

/// How long to wait before each retry of a failed job.
#[derive(Debug, Clone, PartialEq)]
pub enum RetrySchedule {
    /// `first`, then doubling up to `cap`, for `attempts` attempts in all.
    Exponential {
        first: Duration,
        cap: Duration,
        attempts: u32,
    },
    /// Fixed waits after attempt 1, 2, …; the job dies when they run out.
    Steps(&'static [Duration]),
}

/// Webhook deliveries are retried for a little over a day, the Standard Webhooks way:
/// quickly at first (a receiver restarting), then more and more patiently (an outage).
pub const WEBHOOK_RETRIES: RetrySchedule = RetrySchedule::Steps(&[
    Duration::from_secs(5),
    Duration::from_secs(5 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(2 * 3600),
    Duration::from_secs(5 * 3600),
    Duration::from_secs(10 * 3600),
    Duration::from_secs(10 * 3600),
]);

/// Work that is worth retrying a few times over some minutes (exports, imports, training).
pub const ORDINARY_RETRIES: RetrySchedule = RetrySchedule::Exponential {
    first: Duration::from_secs(30),
    cap: Duration::from_secs(30 * 60),
    attempts: 5,
};

impl RetrySchedule {
    /// How many attempts a job gets in all.
    pub fn max_attempts(&self) -> u32 {
        match self {
            RetrySchedule::Exponential { attempts, .. } => *attempts,
            RetrySchedule::Steps(steps) => steps.len() as u32 + 1,
        }
    }

    /// The wait after failed attempt number `attempt` (1 for the first), or `None` when
    /// that was the last one allowed.
    pub fn delay_after(&self, attempt: u32) -> Option<Duration> {
        if attempt == 0 || attempt >= self.max_attempts() {
            return None;
        }
        Some(match self {
            RetrySchedule::Exponential { first, cap, .. } => {
                let doubled = first.saturating_mul(1u32 << (attempt - 1).min(20));
                doubled.min(*cap)
            }
            RetrySchedule::Steps(steps) => steps[attempt as usize - 1],
        })
    }

    /// The time from the first attempt to the last, when every attempt fails at once.
    pub fn total_span(&self) -> Duration {
        (1..self.max_attempts())
            .filter_map(|attempt| self.delay_after(attempt))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhooks_are_retried_for_a_little_over_a_day() {
        let span = WEBHOOK_RETRIES.total_span();
        assert!(span > Duration::from_secs(24 * 3600), "{span:?}");
        assert!(span < Duration::from_secs(30 * 3600), "{span:?}");
        assert_eq!(WEBHOOK_RETRIES.max_attempts(), 8);
        assert_eq!(WEBHOOK_RETRIES.delay_after(1), Some(Duration::from_secs(5)));
        assert_eq!(WEBHOOK_RETRIES.delay_after(8), None);
    }

    #[test]
    fn exponential_waits_double_up_to_the_cap_and_end() {
        let schedule = RetrySchedule::Exponential {
            first: Duration::from_secs(10),
            cap: Duration::from_secs(35),
            attempts: 4,
        };
        let waits: Vec<_> = (1..=4).map(|a| schedule.delay_after(a)).collect();
        assert_eq!(
            waits,
            vec![
                Some(Duration::from_secs(10)),
                Some(Duration::from_secs(20)),
                Some(Duration::from_secs(35)),
                None
            ]
        );
    }

    #[test]
    fn statuses_round_trip_by_name() {
        for status in JobStatus::ALL {
            assert_eq!(JobStatus::parse(status.name()), Some(status));
        }
        assert!(JobStatus::Dead.is_finished());
        assert!(!JobStatus::Queued.is_finished());
    }
}
