//! Scheduled backups as jobs: with a destination configured, every instance asks each hour
//! for the day's backup after the configured hour; the job's key (the date) makes it one a
//! day however many instances ask, and the job queue runs it on whichever is free.

use std::path::PathBuf;
use std::time::Duration;

use relata_backup::retention::Retention;
use relata_backup::{Destination, Lock};
use relata_store::{Job, NewJob};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::jobs::JobError;
use crate::state::AppState;

pub const BACKUP_JOB: &str = "backup";

/// What the operator configured (`backup_to` and friends in relata.toml).
#[derive(Debug, Clone)]
pub struct BackupPlan {
    /// A folder, a file or `s3://bucket/prefix`.
    pub destination: String,
    pub passphrase_file: Option<PathBuf>,
    pub recipients_file: Option<PathBuf>,
    pub keep: Retention,
    /// The hour (UTC) after which the day's backup is made.
    pub hour: u8,
}

impl BackupPlan {
    fn lock(&self) -> Result<Lock, String> {
        let read = |path: &PathBuf| {
            std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
        };
        let lock = match (&self.recipients_file, &self.passphrase_file) {
            (Some(path), _) => Lock::recipients(read(path)?.lines()),
            (None, Some(path)) => Lock::passphrase(&read(path)?),
            (None, None) => return Err("no backup passphrase or recipients are configured".into()),
        };
        lock.map_err(|e| e.to_string())
    }
}

/// A backup job; `key` names the day of a scheduled one.
pub fn backup_job(
    workspace_id: Option<Uuid>,
    created_by: Option<Uuid>,
    key: Option<String>,
) -> NewJob {
    let mut job = NewJob::now(BACKUP_JOB, workspace_id, json!({}));
    job.key = key;
    job.created_by = created_by;
    job.max_attempts = 3;
    job
}

pub async fn run(state: &AppState, job: &Job) -> Result<Value, JobError> {
    let plan =
        state.config.backup.as_ref().ok_or_else(|| {
            JobError::permanent("no backup destination is configured (backup_to)")
        })?;
    let lock = plan.lock().map_err(JobError::permanent)?;
    let destination =
        Destination::parse(&plan.destination).map_err(|e| JobError::permanent(e.to_string()))?;
    if let Some(lease) = job.lease() {
        state
            .store
            .report_progress(&lease, 0.1, "writing the backup")
            .await
            .ok();
    }
    // Compressing and encrypting a big database is CPU work: keep it off the threads that
    // answer requests.
    let (store, keep, handle) = (
        state.store.clone(),
        plan.keep,
        tokio::runtime::Handle::current(),
    );
    let (manifest, written) = tokio::task::spawn_blocking(move || {
        handle.block_on(destination.write(&store, &lock, Some(keep)))
    })
    .await
    .map_err(|e| JobError::permanent(e.to_string()))?
    .map_err(|e| JobError::retry(e.to_string()))?;
    Ok(json!({ "written_to": written, "rows": manifest.rows(), "tables": manifest.tables.len() }))
}

/// Asks for the day's backup every hour, once the configured hour has passed.
pub fn schedule(state: &AppState) {
    let Some(plan) = state.config.backup.clone() else {
        return;
    };
    let state = state.clone();
    tokio::spawn(async move {
        // A minute after start, then hourly: a restarted instance still makes the day's
        // backup, but not while it is starting.
        let first = tokio::time::Instant::now() + Duration::from_secs(60);
        let mut every = tokio::time::interval_at(first, Duration::from_secs(3600));
        let mut closing = state.closing();
        loop {
            tokio::select! {
                _ = every.tick() => {}
                _ = closing.changed() => return,
            }
            let now = relata_domain::timestamp::now();
            if now.hour() < plan.hour {
                continue;
            }
            let key = format!(
                "daily:{}",
                relata_domain::timestamp::format_date(now.date())
            );
            let job = backup_job(None, None, Some(key.clone()));
            // A day's backup that already ran must not run again: look for it first.
            let recent = relata_store::JobFilter {
                kind: Some(BACKUP_JOB.into()),
                limit: 50,
                ..Default::default()
            };
            match state.store.jobs(&recent).await {
                Ok(jobs) if jobs.iter().any(|j| j.key.as_deref() == Some(&key)) => {}
                Ok(_) => {
                    if let Err(error) = state.store.enqueue_job(&job).await {
                        tracing::warn!(%error, "could not queue the daily backup");
                    }
                    state.workers.wake();
                }
                Err(error) => tracing::warn!(%error, "could not look for today's backup"),
            }
        }
    });
}
