//! `relata jobs`: the background job queue from the command line, for operators.

use anyhow::bail;
use relata_domain::job::JobStatus;
use relata_store::{Job, JobFilter, Store};
use uuid::Uuid;

pub async fn list(
    store: &Store,
    status: Option<&str>,
    kind: Option<String>,
    limit: u32,
) -> anyhow::Result<()> {
    let status = match status {
        None => None,
        Some(name) => match JobStatus::parse(name) {
            Some(status) => Some(status),
            None => bail!(
                "\"{name}\" is not a job status; use queued, running, succeeded, dead or cancelled"
            ),
        },
    };
    let filter = JobFilter {
        status,
        kind,
        limit,
        ..JobFilter::default()
    };
    let jobs = store.jobs(&filter).await?;
    if jobs.is_empty() {
        println!("no jobs");
    }
    for job in jobs {
        println!("{}", summary(&job));
    }
    Ok(())
}

/// One line: id, status, kind, attempts, progress and the last error.
fn summary(job: &Job) -> String {
    let mut line = format!(
        "{}  {:<9}  {:<16}  attempt {}/{}  created {}",
        job.id,
        job.status.name(),
        job.kind,
        job.attempts,
        job.max_attempts,
        relata_domain::timestamp::format(job.created_at)
    );
    if let Some(progress) = job.progress.filter(|_| job.status == JobStatus::Running) {
        line.push_str(&format!("  {:.0}%", progress * 100.0));
    }
    if let Some(error) = &job.last_error {
        line.push_str(&format!("  last error: {error}"));
    }
    line
}

pub async fn show(store: &Store, id: Uuid) -> anyhow::Result<()> {
    let job = store.job(None, id).await?;
    println!("{}", serde_json::to_string_pretty(&job)?);
    Ok(())
}

pub async fn retry(store: &Store, id: Uuid) -> anyhow::Result<()> {
    let job = store.retry_job(None, id).await?;
    println!("queued again: {}", summary(&job));
    Ok(())
}

pub async fn cancel(store: &Store, id: Uuid) -> anyhow::Result<()> {
    let job = store.cancel_job(None, id).await?;
    println!("cancelled: {}", summary(&job));
    Ok(())
}
