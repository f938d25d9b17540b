//! Durable background jobs: a queue in the database that survives restarts and crashes.
//!
//! A worker claims a job by taking a lease on it and renews the lease while it works. On
//! PostgreSQL, workers of every instance claim with `FOR UPDATE SKIP LOCKED`, so two never
//! take the same job; SQLite has one writer, so its claims are serial anyway. A job whose
//! lease ran out belonged to an instance that stopped: the next claim takes it over (that
//! counts as an attempt). Each claim adds one to `attempts`, and only the holder of the
//! latest attempt may renew, report or finish, so a worker that lost its lease cannot
//! overwrite what its successor did.

use std::time::Duration;

use relata_domain::job::JobStatus;
use relata_domain::timestamp;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::engine::{Row, Tx};
use crate::sql::Bind;
use crate::{Store, StoreError};

/// A job to queue.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub workspace_id: Option<Uuid>,
    pub kind: String,
    pub payload: serde_json::Value,
    /// While a job with this kind and key is queued or running, queuing another returns it.
    pub key: Option<String>,
    pub run_at: OffsetDateTime,
    pub max_attempts: u32,
    pub created_by: Option<Uuid>,
}

impl NewJob {
    pub fn now(kind: &str, workspace_id: Option<Uuid>, payload: serde_json::Value) -> NewJob {
        NewJob {
            workspace_id,
            kind: kind.to_owned(),
            payload,
            key: None,
            run_at: timestamp::now(),
            max_attempts: 5,
            created_by: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Job {
    pub id: Uuid,
    pub workspace_id: Option<Uuid>,
    pub kind: String,
    pub key: Option<String>,
    pub payload: serde_json::Value,
    pub status: JobStatus,
    pub attempts: u32,
    pub max_attempts: u32,
    #[serde(with = "time::serde::rfc3339")]
    pub run_at: OffsetDateTime,
    pub locked_by: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub locked_until: Option<OffsetDateTime>,
    /// From 0 to 1, when the job says.
    pub progress: Option<f64>,
    pub progress_note: Option<String>,
    pub last_error: Option<String>,
    pub result: Option<serde_json::Value>,
    pub created_by: Option<Uuid>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub finished_at: Option<OffsetDateTime>,
}

/// The claim a worker holds: the job and the attempt that is theirs.
#[derive(Debug, Clone, PartialEq)]
pub struct Lease {
    pub job_id: Uuid,
    pub worker: String,
    pub attempt: u32,
}

impl Job {
    pub fn lease(&self) -> Option<Lease> {
        Some(Lease {
            job_id: self.id,
            worker: self.locked_by.clone()?,
            attempt: self.attempts,
        })
    }
}

/// How an attempt ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    Succeeded(serde_json::Value),
    /// Failed; tried again at `retry_at`, or dead when there is none.
    Failed {
        error: String,
        retry_at: Option<OffsetDateTime>,
    },
}

/// Which jobs to list.
#[derive(Debug, Clone, Default)]
pub struct JobFilter {
    pub workspace_id: Option<Uuid>,
    pub status: Option<JobStatus>,
    pub kind: Option<String>,
    /// Only jobs this member queued.
    pub created_by: Option<Uuid>,
    /// Only jobs created before this one (the page before), newest first.
    pub before: Option<Uuid>,
    pub limit: u32,
}

const COLUMNS: &str = "id, workspace_id, kind, key, payload, status, attempts, max_attempts, \
    run_at, locked_by, locked_until, progress, progress_note, last_error, result, created_by, \
    created_at, updated_at, finished_at";

fn job_from_row(row: &Row) -> Result<Job, StoreError> {
    let status = row.text("status")?;
    Ok(Job {
        id: row.id("id")?,
        workspace_id: row.opt_id("workspace_id")?,
        kind: row.text("kind")?,
        key: row.opt_text("key")?,
        payload: row.json("payload")?,
        status: JobStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("job status {status}")))?,
        attempts: row.int("attempts")? as u32,
        max_attempts: row.int("max_attempts")? as u32,
        run_at: row.time("run_at")?,
        locked_by: row.opt_text("locked_by")?,
        locked_until: row.opt_time("locked_until")?,
        progress: row.opt_float("progress")?,
        progress_note: row.opt_text("progress_note")?,
        last_error: row.opt_text("last_error")?,
        result: Some(row.json("result")?).filter(|r| !r.is_null()),
        created_by: row.opt_id("created_by")?,
        created_at: row.time("created_at")?,
        updated_at: row.time("updated_at")?,
        finished_at: row.opt_time("finished_at")?,
    })
}

fn after(now: OffsetDateTime, wait: Duration) -> OffsetDateTime {
    now + time::Duration::try_from(wait).unwrap_or(time::Duration::DAY)
}

/// Queues a job in the caller's transaction, so it exists exactly when the caller's
/// change does. Returns the job, or the pending one with the same key.
pub(crate) async fn enqueue_in(tx: &mut Tx, job: &NewJob) -> Result<Job, StoreError> {
    if let Some(key) = &job.key {
        let mut pending = tx.sql(&format!("SELECT {COLUMNS} FROM jobs WHERE kind = "));
        pending
            .bind(job.kind.as_str())
            .push(" AND key = ")
            .bind(key.as_str())
            .push(" AND status IN ('queued', 'running')");
        if let Some(row) = tx.fetch_optional(pending).await? {
            return job_from_row(&row);
        }
    }
    let now = timestamp::now();
    let mut sql = tx.sql(
        "INSERT INTO jobs (id, workspace_id, kind, key, payload, status, attempts, max_attempts, \
         run_at, created_by, created_at, updated_at) VALUES (",
    );
    sql.bind(relata_domain::new_id())
        .push(", ")
        .bind(job.workspace_id)
        .push(", ");
    sql.bind(job.kind.as_str())
        .push(", ")
        .bind(job.key.clone())
        .push(", ");
    sql.bind(Bind::Json(job.payload.clone()))
        .push(", 'queued', 0, ")
        .bind(i64::from(job.max_attempts.max(1)))
        .push(", ");
    sql.bind(job.run_at)
        .push(", ")
        .bind(job.created_by)
        .push(", ")
        .bind(now)
        .push(", ")
        .bind(now);
    sql.push(&format!(") RETURNING {COLUMNS}"));
    let row = tx
        .fetch_optional(sql)
        .await?
        .ok_or_else(|| StoreError::Corrupt("an insert returned nothing".into()))?;
    job_from_row(&row)
}

/// A job's file: the input it reads or the output it wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct JobFile {
    pub content_type: String,
    pub content: Vec<u8>,
}

async fn put_file(tx: &mut Tx, job_id: Uuid, role: &str, file: &JobFile) -> Result<(), StoreError> {
    let mut sql =
        tx.sql("INSERT INTO job_files (job_id, role, content_type, content, created_at) VALUES (");
    sql.bind(job_id).push(", ").bind(role).push(", ");
    sql.bind(file.content_type.as_str())
        .push(", ")
        .bind(Bind::Bytes(file.content.clone()))
        .push(", ")
        .bind(timestamp::now())
        .push(")");
    tx.execute(sql).await?;
    Ok(())
}

impl Store {
    /// Queues a job together with the file it will read, in one transaction.
    pub async fn enqueue_job_with_input(
        &self,
        job: &NewJob,
        input: &JobFile,
    ) -> Result<Job, StoreError> {
        let mut tx = self.pools.begin().await?;
        let queued = enqueue_in(&mut tx, job).await?;
        put_file(&mut tx, queued.id, "input", input).await?;
        tx.commit().await?;
        Ok(queued)
    }

    /// Keeps a job's output file (replacing one from an earlier attempt).
    pub async fn put_job_output(&self, job_id: Uuid, output: &JobFile) -> Result<(), StoreError> {
        let mut tx = self.pools.begin().await?;
        let mut clear = tx.sql("DELETE FROM job_files WHERE role = 'output' AND job_id = ");
        clear.bind(job_id);
        tx.execute(clear).await?;
        put_file(&mut tx, job_id, "output", output).await?;
        tx.commit().await
    }

    /// A job's `input` or `output` file.
    pub async fn job_file(&self, job_id: Uuid, role: &str) -> Result<Option<JobFile>, StoreError> {
        let mut sql = self
            .pools
            .sql("SELECT content_type, content FROM job_files WHERE job_id = ");
        sql.bind(job_id).push(" AND role = ").bind(role);
        match self.pools.fetch_optional(sql).await? {
            Some(row) => Ok(Some(JobFile {
                content_type: row.text("content_type")?,
                content: row.bytes("content")?,
            })),
            None => Ok(None),
        }
    }

    /// Queues a job (or returns the pending one with the same key).
    pub async fn enqueue_job(&self, job: &NewJob) -> Result<Job, StoreError> {
        let mut tx = self.pools.begin().await?;
        let queued = enqueue_in(&mut tx, job).await?;
        tx.commit().await?;
        Ok(queued)
    }

    /// Takes the next job of one of `kinds` that is due, for `lease`; `None` when there is
    /// none. Jobs whose holder stopped (lease run out) are taken over, or declared dead when
    /// that holder had their last attempt.
    pub async fn claim_job(
        &self,
        worker: &str,
        kinds: &[&str],
        lease: Duration,
    ) -> Result<Option<Job>, StoreError> {
        let now = timestamp::now();
        let mut tx = self.pools.begin().await?;
        bury_abandoned(&mut tx, now).await?;
        let mut pick = tx.sql("SELECT id FROM jobs WHERE ((status = 'queued' AND run_at <= ");
        pick.bind(now)
            .push(") OR (status = 'running' AND locked_until < ")
            .bind(now)
            .push("))");
        pick.push_in(
            " AND kind",
            crate::sql::InList::Texts(kinds.iter().map(|k| (*k).to_owned()).collect()),
        );
        pick.push(" ORDER BY run_at, id LIMIT 1");
        pick.push_postgres(" FOR UPDATE SKIP LOCKED");
        let Some(row) = tx.fetch_optional(pick).await? else {
            tx.commit().await?;
            return Ok(None);
        };
        let id = row.id("id")?;
        let mut claim =
            tx.sql("UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ");
        claim
            .bind(worker)
            .push(", locked_until = ")
            .bind(after(now, lease))
            .push(", updated_at = ")
            .bind(now);
        claim
            .push(" WHERE id = ")
            .bind(id)
            .push(&format!(" RETURNING {COLUMNS}"));
        let job = tx.fetch_optional(claim).await?.map(|r| job_from_row(&r));
        tx.commit().await?;
        job.transpose()
    }

    /// Extends the lease; `false` when it is no longer this worker's (taken over, cancelled).
    pub async fn renew_lease(&self, lease: &Lease, until: Duration) -> Result<bool, StoreError> {
        let now = timestamp::now();
        let mut sql = self.pools.sql("UPDATE jobs SET locked_until = ");
        sql.bind(after(now, until))
            .push(", updated_at = ")
            .bind(now);
        push_held(&mut sql, lease);
        Ok(self.pools.execute(sql).await? == 1)
    }

    /// Records how far the job got (0 to 1) and what it is doing.
    pub async fn report_progress(
        &self,
        lease: &Lease,
        progress: f64,
        note: &str,
    ) -> Result<bool, StoreError> {
        let mut sql = self.pools.sql("UPDATE jobs SET progress = ");
        sql.bind(relata_domain::Value::Float(progress.clamp(0.0, 1.0)))
            .push(", progress_note = ")
            .bind(note)
            .push(", updated_at = ")
            .bind(timestamp::now());
        push_held(&mut sql, lease);
        Ok(self.pools.execute(sql).await? == 1)
    }

    /// Ends the attempt; `false` (and nothing changed) when the lease was lost meanwhile.
    pub async fn finish_job(&self, lease: &Lease, outcome: Outcome) -> Result<bool, StoreError> {
        let now = timestamp::now();
        let mut sql = self.pools.sql("UPDATE jobs SET ");
        match outcome {
            Outcome::Succeeded(result) => {
                sql.push("status = 'succeeded', progress = 1, result = ")
                    .bind(Bind::Json(result))
                    .push(", finished_at = ")
                    .bind(now);
            }
            Outcome::Failed {
                error,
                retry_at: Some(at),
            } => {
                sql.push("status = 'queued', run_at = ")
                    .bind(at)
                    .push(", last_error = ")
                    .bind(error);
            }
            Outcome::Failed {
                error,
                retry_at: None,
            } => {
                sql.push("status = 'dead', last_error = ")
                    .bind(error)
                    .push(", finished_at = ")
                    .bind(now);
            }
        }
        sql.push(", locked_by = NULL, locked_until = NULL, updated_at = ")
            .bind(now);
        push_held(&mut sql, lease);
        Ok(self.pools.execute(sql).await? == 1)
    }

    pub async fn job(&self, workspace_id: Option<Uuid>, id: Uuid) -> Result<Job, StoreError> {
        let mut sql = self
            .pools
            .sql(&format!("SELECT {COLUMNS} FROM jobs WHERE id = "));
        sql.bind(id);
        if let Some(workspace_id) = workspace_id {
            sql.push(" AND workspace_id = ").bind(workspace_id);
        }
        let row = self.pools.fetch_optional(sql).await?;
        job_from_row(&row.ok_or_else(|| StoreError::not_found("job", id))?)
    }

    /// Jobs, newest first.
    pub async fn jobs(&self, filter: &JobFilter) -> Result<Vec<Job>, StoreError> {
        let mut sql = self
            .pools
            .sql(&format!("SELECT {COLUMNS} FROM jobs WHERE 1 = 1"));
        if let Some(workspace_id) = filter.workspace_id {
            sql.push(" AND workspace_id = ").bind(workspace_id);
        }
        if let Some(status) = filter.status {
            sql.push(" AND status = ").bind(status.name());
        }
        if let Some(kind) = &filter.kind {
            sql.push(" AND kind = ").bind(kind.as_str());
        }
        if let Some(member) = filter.created_by {
            sql.push(" AND created_by = ").bind(member);
        }
        if let Some(before) = filter.before {
            sql.push(" AND id < ").bind(before);
        }
        sql.push(" ORDER BY id DESC LIMIT ")
            .bind(i64::from(filter.limit.clamp(1, 500)));
        self.pools
            .fetch_all(sql)
            .await?
            .iter()
            .map(job_from_row)
            .collect()
    }

    /// Queues a dead or cancelled job again, with a fresh set of attempts.
    pub async fn retry_job(&self, workspace_id: Option<Uuid>, id: Uuid) -> Result<Job, StoreError> {
        self.change_finished_job(workspace_id, id, "dead', 'cancelled", |sql, now| {
            sql.push(
                "status = 'queued', attempts = 0, last_error = NULL, finished_at = NULL, run_at = ",
            )
            .bind(now);
        })
        .await
    }

    /// Calls off a queued job (a running one finishes its attempt: work half done is not
    /// cut off, but it is not tried again).
    pub async fn cancel_job(
        &self,
        workspace_id: Option<Uuid>,
        id: Uuid,
    ) -> Result<Job, StoreError> {
        self.change_finished_job(workspace_id, id, "queued", |sql, now| {
            sql.push("status = 'cancelled', finished_at = ").bind(now);
        })
        .await
    }

    async fn change_finished_job(
        &self,
        workspace_id: Option<Uuid>,
        id: Uuid,
        from_statuses: &str,
        set: impl FnOnce(&mut crate::sql::Sql, OffsetDateTime),
    ) -> Result<Job, StoreError> {
        let current = self.job(workspace_id, id).await?;
        let now = timestamp::now();
        let mut sql = self.pools.sql("UPDATE jobs SET ");
        set(&mut sql, now);
        sql.push(", updated_at = ")
            .bind(now)
            .push(" WHERE id = ")
            .bind(id);
        sql.push(&format!(" AND status IN ('{from_statuses}')"));
        if self.pools.execute(sql).await? == 0 {
            return Err(StoreError::Conflict(format!(
                "the job is {}; only {} jobs can be changed so",
                current.status.name(),
                from_statuses.replace("', '", " or ")
            )));
        }
        self.job(workspace_id, id).await
    }

    /// How many jobs of each kind are in each unfinished state, and how many died.
    pub async fn job_counts(&self) -> Result<Vec<(String, JobStatus, i64)>, StoreError> {
        let sql = self.pools.sql(
            "SELECT kind, status, count(*) AS n FROM jobs \
             WHERE status IN ('queued', 'running', 'dead') GROUP BY kind, status",
        );
        let mut counts = Vec::new();
        for row in self.pools.fetch_all(sql).await? {
            let status = row.text("status")?;
            if let Some(status) = JobStatus::parse(&status) {
                counts.push((row.text("kind")?, status, row.int("n")?));
            }
        }
        Ok(counts)
    }

    /// Removes finished jobs older than `before`; returns how many.
    pub async fn prune_jobs(&self, before: OffsetDateTime) -> Result<u64, StoreError> {
        let mut sql = self
            .pools
            .sql("DELETE FROM jobs WHERE status IN ('succeeded', 'cancelled') AND finished_at < ");
        sql.bind(before);
        self.pools.execute(sql).await
    }
}

/// Narrows an update to the job while `lease` still holds it.
fn push_held(sql: &mut crate::sql::Sql, lease: &Lease) {
    sql.push(" WHERE id = ")
        .bind(lease.job_id)
        .push(" AND status = 'running' AND locked_by = ")
        .bind(lease.worker.as_str())
        .push(" AND attempts = ")
        .bind(i64::from(lease.attempt));
}

/// Jobs whose holder stopped during their last allowed attempt will not be tried again.
async fn bury_abandoned(tx: &mut Tx, now: OffsetDateTime) -> Result<(), StoreError> {
    let mut sql = tx.sql(
        "UPDATE jobs SET status = 'dead', locked_by = NULL, locked_until = NULL, \
         last_error = 'the instance running it stopped during its last attempt', finished_at = ",
    );
    sql.bind(now)
        .push(", updated_at = ")
        .bind(now)
        .push(" WHERE status = 'running' AND locked_until < ")
        .bind(now)
        .push(" AND attempts >= max_attempts");
    tx.execute(sql).await?;
    Ok(())
}
