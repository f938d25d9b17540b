//! The job queue's contract on both engines: a job is claimed by one worker at a time,
//! only its current holder may finish it, failures are retried and then kept as dead, and
//! a job whose worker stopped is taken over once its lease runs out.

use std::collections::HashSet;
use std::time::Duration;

use relata_domain::job::JobStatus;
use relata_domain::timestamp;
use relata_store::{JobFilter, NewJob, Outcome};
use relata_testkit::{Engine, TestDb, both_engines};
use serde_json::json;

const LEASE: Duration = Duration::from_secs(30);

fn job(kind: &str, n: i64) -> NewJob {
    NewJob::now(kind, None, json!({ "n": n }))
}

async fn each_job_is_claimed_once_even_by_racing_workers(engine: Engine) {
    let db = TestDb::new(engine).await;
    for n in 0..20 {
        db.store.enqueue_job(&job("export", n)).await.unwrap();
    }
    db.store.enqueue_job(&job("other", 99)).await.unwrap();
    let workers = (0..4).map(|w| {
        let store = db.store.clone();
        tokio::spawn(async move {
            let mut mine = Vec::new();
            while let Some(job) = store
                .claim_job(&format!("worker-{w}"), &["export"], LEASE)
                .await
                .unwrap()
            {
                mine.push(job.payload["n"].as_i64().unwrap());
                let lease = job.lease().unwrap();
                assert!(
                    store
                        .finish_job(&lease, Outcome::Succeeded(json!({})))
                        .await
                        .unwrap()
                );
            }
            mine
        })
    });
    let mut seen = Vec::new();
    for worker in workers.collect::<Vec<_>>() {
        seen.extend(worker.await.unwrap());
    }
    seen.sort_unstable();
    assert_eq!(
        seen,
        (0..20).collect::<Vec<_>>(),
        "every job once, none twice"
    );
    let left = db
        .store
        .jobs(&JobFilter {
            status: Some(JobStatus::Queued),
            limit: 50,
            ..JobFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(left.len(), 1, "a kind nobody asked for stays queued");
    assert_eq!(left[0].kind, "other");
    db.drop().await;
}

async fn failures_are_retried_then_kept_as_dead(engine: Engine) {
    let db = TestDb::new(engine).await;
    let mut new = job("export", 1);
    new.max_attempts = 2;
    let queued = db.store.enqueue_job(&new).await.unwrap();

    let first = db
        .store
        .claim_job("w", &["export"], LEASE)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (first.id, first.attempts, first.status),
        (queued.id, 1, JobStatus::Running)
    );
    let later = timestamp::now() + time::Duration::hours(1);
    let failed = Outcome::Failed {
        error: "the disk is full".into(),
        retry_at: Some(later),
    };
    assert!(
        db.store
            .finish_job(&first.lease().unwrap(), failed)
            .await
            .unwrap()
    );
    assert!(
        db.store
            .claim_job("w", &["export"], LEASE)
            .await
            .unwrap()
            .is_none(),
        "a retry waits for its time"
    );
    let waiting = db.store.job(None, queued.id).await.unwrap();
    assert_eq!(waiting.status, JobStatus::Queued);
    assert_eq!(waiting.last_error.as_deref(), Some("the disk is full"));

    // Time passes: the retry falls due.
    db.tamper("UPDATE jobs SET run_at = created_at")
        .await
        .unwrap();
    let second = db
        .store
        .claim_job("w", &["export"], LEASE)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(second.attempts, 2);
    let dead = Outcome::Failed {
        error: "still full".into(),
        retry_at: None,
    };
    assert!(
        db.store
            .finish_job(&second.lease().unwrap(), dead)
            .await
            .unwrap()
    );
    let buried = db.store.job(None, queued.id).await.unwrap();
    assert_eq!(buried.status, JobStatus::Dead);
    assert!(buried.finished_at.is_some());

    let retried = db.store.retry_job(None, queued.id).await.unwrap();
    assert_eq!((retried.status, retried.attempts), (JobStatus::Queued, 0));
    let error = db.store.retry_job(None, queued.id).await.unwrap_err();
    assert!(error.to_string().contains("queued"), "{error}");
    let cancelled = db.store.cancel_job(None, queued.id).await.unwrap();
    assert_eq!(cancelled.status, JobStatus::Cancelled);
    db.drop().await;
}

async fn a_stopped_workers_job_is_taken_over_and_its_late_report_refused(engine: Engine) {
    let db = TestDb::new(engine).await;
    let mut new = job("backup", 1);
    new.max_attempts = 2;
    let queued = db.store.enqueue_job(&new).await.unwrap();
    let short = Duration::from_millis(300);
    let stalled = db
        .store
        .claim_job("instance-a", &["backup"], short)
        .await
        .unwrap()
        .unwrap();
    assert!(
        db.store
            .claim_job("instance-b", &["backup"], LEASE)
            .await
            .unwrap()
            .is_none(),
        "a held lease is respected"
    );
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    let taken = db
        .store
        .claim_job("instance-b", &["backup"], LEASE)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((taken.id, taken.attempts), (queued.id, 2));

    let stale = stalled.lease().unwrap();
    assert!(!db.store.renew_lease(&stale, LEASE).await.unwrap());
    assert!(!db.store.report_progress(&stale, 0.5, "half").await.unwrap());
    assert!(
        !db.store
            .finish_job(&stale, Outcome::Succeeded(json!({"by": "a"})))
            .await
            .unwrap()
    );

    let lease = taken.lease().unwrap();
    assert!(
        db.store
            .report_progress(&lease, 0.5, "copying people")
            .await
            .unwrap()
    );
    let midway = db.store.job(None, queued.id).await.unwrap();
    assert_eq!(midway.progress, Some(0.5));
    assert_eq!(midway.progress_note.as_deref(), Some("copying people"));
    assert!(
        db.store
            .finish_job(&lease, Outcome::Succeeded(json!({"by": "b"})))
            .await
            .unwrap()
    );
    let done = db.store.job(None, queued.id).await.unwrap();
    assert_eq!(done.status, JobStatus::Succeeded);
    assert_eq!(done.result, Some(json!({"by": "b"})));
    db.drop().await;
}

async fn a_job_abandoned_on_its_last_attempt_is_dead(engine: Engine) {
    let db = TestDb::new(engine).await;
    let mut new = job("backup", 1);
    new.max_attempts = 1;
    let queued = db.store.enqueue_job(&new).await.unwrap();
    db.store
        .claim_job("instance-a", &["backup"], Duration::from_millis(100))
        .await
        .unwrap()
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    assert!(
        db.store
            .claim_job("instance-b", &["backup"], LEASE)
            .await
            .unwrap()
            .is_none()
    );
    let dead = db.store.job(None, queued.id).await.unwrap();
    assert_eq!(dead.status, JobStatus::Dead);
    assert!(dead.last_error.unwrap().contains("stopped"));
    db.drop().await;
}

async fn a_keyed_job_is_queued_once_while_pending(engine: Engine) {
    let db = TestDb::new(engine).await;
    let mut daily = job("backup", 1);
    daily.key = Some("2026-11-25".into());
    let first = db.store.enqueue_job(&daily).await.unwrap();
    let again = db.store.enqueue_job(&daily).await.unwrap();
    assert_eq!(first.id, again.id);
    let claimed = db
        .store
        .claim_job("w", &["backup"], LEASE)
        .await
        .unwrap()
        .unwrap();
    db.store
        .finish_job(&claimed.lease().unwrap(), Outcome::Succeeded(json!(null)))
        .await
        .unwrap();
    let next = db.store.enqueue_job(&daily).await.unwrap();
    assert_ne!(next.id, first.id, "a finished job does not block a new one");
    let ids: HashSet<_> = db
        .store
        .jobs(&JobFilter {
            limit: 10,
            ..JobFilter::default()
        })
        .await
        .unwrap()
        .into_iter()
        .map(|j| j.id)
        .collect();
    assert_eq!(ids.len(), 2);
    db.drop().await;
}

both_engines!(
    each_job_is_claimed_once_even_by_racing_workers,
    failures_are_retried_then_kept_as_dead,
    a_stopped_workers_job_is_taken_over_and_its_late_report_refused,
    a_job_abandoned_on_its_last_attempt_is_dead,
    a_keyed_job_is_queued_once_while_pending,
);
