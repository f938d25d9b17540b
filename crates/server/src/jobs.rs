//! The job workers: claim due jobs from the database, run them, renew their lease while
//! they run, and record how each attempt ended (see `relata_store::jobs` for the queue).
//!
//! Each instance runs a few workers (one on SQLite, which has a single writer). A worker
//! that loses its lease (the job was taken over after this instance stalled) stops the job
//! at once, so a job never runs in two places at a time.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::Duration;

use relata_domain::job::{ORDINARY_RETRIES, RetrySchedule, WEBHOOK_RETRIES};
use relata_domain::timestamp;
use relata_store::{DELIVERY_JOB, Job, Lease, Outcome};
use tokio::sync::Notify;

use crate::state::AppState;

/// How long a claim lasts without renewal; renewed every third of it.
const LEASE: Duration = Duration::from_secs(60);

/// The kinds of job this build knows how to run.
pub const KINDS: &[&str] = &[
    DELIVERY_JOB,
    crate::lead_scoring::TRAIN_JOB,
    crate::transfer_jobs::IMPORT_JOB,
    crate::transfer_jobs::EXPORT_JOB,
    crate::backups::BACKUP_JOB,
];

/// How the workers of one instance behave.
#[derive(Debug, Clone)]
pub struct JobsConfig {
    /// Workers per instance (0: this instance runs no jobs).
    pub workers: usize,
    /// How often an idle worker looks for due jobs queued by other instances.
    pub poll: Duration,
    /// Multiplies every retry wait (tests shrink a day of retries to seconds).
    pub retry_scale: f64,
    /// Whether webhooks may be sent to loopback and private network addresses.
    pub allow_private_networks: bool,
}

impl Default for JobsConfig {
    fn default() -> Self {
        Self {
            workers: 2,
            poll: Duration::from_secs(2),
            retry_scale: 1.0,
            allow_private_networks: false,
        }
    }
}

/// Why an attempt failed, and whether trying again could help.
#[derive(Debug)]
pub struct JobError {
    pub message: String,
    pub retry: bool,
}

impl JobError {
    pub fn retry(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            retry: true,
        }
    }

    pub fn permanent(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            retry: false,
        }
    }
}

impl From<relata_store::StoreError> for JobError {
    fn from(error: relata_store::StoreError) -> Self {
        JobError::retry(format!("database: {error}"))
    }
}

/// The retry waits of a kind of job.
pub fn schedule(kind: &str) -> &'static RetrySchedule {
    match kind {
        DELIVERY_JOB => &WEBHOOK_RETRIES,
        _ => &ORDINARY_RETRIES,
    }
}

/// This instance's workers as a whole: how to wake them, and whether they are alive.
#[derive(Default)]
pub struct Workers {
    pub(crate) notify: Notify,
    running: AtomicUsize,
    /// When a worker last showed it was alive (Unix seconds): looking for work, or renewing
    /// the lease of the job it runs.
    last_beat: AtomicI64,
}

/// How long workers may be silent before `/readyz` calls them stalled.
const STALLED_AFTER: i64 = 3 * 60;

impl Workers {
    /// Wakes idle workers (a job was just queued here).
    pub fn wake(&self) {
        self.notify.notify_waiters();
    }

    fn beat(&self) {
        self.last_beat
            .store(timestamp::now().unix_timestamp(), Ordering::Relaxed);
    }

    /// `None` without workers, else whether they are alive and how many run.
    pub fn health(&self) -> Option<(bool, usize)> {
        let running = self.running.load(Ordering::Relaxed);
        if running == 0 {
            return None;
        }
        let silent = timestamp::now().unix_timestamp() - self.last_beat.load(Ordering::Relaxed);
        Some((silent < STALLED_AFTER, running))
    }
}

/// Starts this instance's workers; they stop when the server begins to shut down.
pub fn start(state: &AppState) {
    let workers = if state.store.engine_name() == "sqlite" {
        state.config.jobs.workers.min(1)
    } else {
        state.config.jobs.workers
    };
    let instance = relata_domain::new_id().simple().to_string();
    state.workers.beat();
    for n in 0..workers {
        state.workers.running.fetch_add(1, Ordering::Relaxed);
        let name = format!("{}-{n}", &instance[20..]);
        tokio::spawn(work(state.clone(), name));
    }
}

async fn work(state: AppState, worker: String) {
    let mut closing = state.closing();
    while !*closing.borrow() {
        state.workers.beat();
        let claimed = state.store.claim_job(&worker, KINDS, LEASE).await;
        match claimed {
            Ok(Some(job)) => {
                run_one(&state, job).await;
                continue;
            }
            Ok(None) => {}
            Err(error) => tracing::warn!(%error, "could not look for due jobs"),
        }
        tokio::select! {
            _ = state.workers.notify.notified() => {}
            _ = tokio::time::sleep(state.config.jobs.poll) => {}
            _ = closing.changed() => {}
        }
    }
    state.workers.running.fetch_sub(1, Ordering::Relaxed);
}

/// Runs one claimed job while renewing its lease, then records the outcome.
async fn run_one(state: &AppState, job: Job) {
    let Some(lease) = job.lease() else { return };
    let kind = job.kind.clone();
    let lost = Arc::new(Notify::new());
    let renewer = tokio::spawn(renew(state.clone(), lease.clone(), lost.clone()));
    let result = tokio::select! {
        result = run(state, &job) => Some(result),
        _ = lost.notified() => None,
    };
    renewer.abort();
    let Some(result) = result else {
        tracing::warn!(job = %job.id, kind, "the job's lease was lost; another worker has it");
        state.metrics.job_run(&kind, "lost");
        return;
    };
    let (outcome, label) = outcome_of(state, &job, result);
    if let Outcome::Failed { error, .. } = &outcome {
        tracing::warn!(job = %job.id, kind, attempt = job.attempts, %error, "job attempt failed");
    }
    match state.store.finish_job(&lease, outcome).await {
        Ok(true) => state.metrics.job_run(&kind, label),
        Ok(false) => state.metrics.job_run(&kind, "lost"),
        // The lease runs out and another worker tries again: nothing is lost.
        Err(error) => tracing::warn!(job = %job.id, %error, "could not record the job's outcome"),
    }
}

fn outcome_of(
    state: &AppState,
    job: &Job,
    result: Result<serde_json::Value, JobError>,
) -> (Outcome, &'static str) {
    let error = match result {
        Ok(value) => return (Outcome::Succeeded(value), "succeeded"),
        Err(error) => error,
    };
    let wait = error
        .retry
        .then(|| schedule(&job.kind).delay_after(job.attempts))
        .flatten()
        .filter(|_| job.attempts < job.max_attempts);
    let retry_at = wait.map(|wait| {
        let scaled = wait.mul_f64(state.config.jobs.retry_scale);
        timestamp::now() + time::Duration::try_from(scaled).unwrap_or(time::Duration::HOUR)
    });
    let label = if retry_at.is_some() { "retry" } else { "dead" };
    let outcome = Outcome::Failed {
        error: error.message,
        retry_at,
    };
    (outcome, label)
}

/// Renews the lease until aborted; says so on `lost` when it is no longer ours.
async fn renew(state: AppState, lease: Lease, lost: Arc<Notify>) {
    let mut every = tokio::time::interval(LEASE / 3);
    every.tick().await;
    loop {
        every.tick().await;
        match state.store.renew_lease(&lease, LEASE).await {
            Ok(true) => state.workers.beat(),
            Ok(false) => {
                lost.notify_one();
                return;
            }
            // The database is away: keep working; the next renewal may succeed in time.
            Err(error) => tracing::warn!(%error, "could not renew a job's lease"),
        }
    }
}

/// Runs a job of a known kind.
async fn run(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    match job.kind.as_str() {
        DELIVERY_JOB => crate::webhooks::deliver(state, job).await,
        crate::lead_scoring::TRAIN_JOB => crate::lead_scoring::train_and_score(state, job).await,
        crate::transfer_jobs::IMPORT_JOB => crate::transfer_jobs::import(state, job).await,
        crate::transfer_jobs::EXPORT_JOB => crate::transfer_jobs::export(state, job).await,
        crate::backups::BACKUP_JOB => crate::backups::run(state, job).await,
        other => Err(JobError::permanent(format!(
            "this version of Relata cannot run jobs of kind \"{other}\""
        ))),
    }
}
