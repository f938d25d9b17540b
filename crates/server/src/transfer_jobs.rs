//! Imports and exports as background jobs: for files too big to wait for in one request.
//! The upload is kept with the job (any instance may run it); the export is kept with the
//! job as its output, to download from `GET /api/v1/jobs/{id}/file`.

use relata_domain::ObjectKind;
use relata_domain::query::ListParams;
use relata_store::{Actor, AuditEntry, Job, JobFile, NewJob};
use relata_transfer::{Exporter, ImportOptions};
use serde_json::{Value, json};

use crate::jobs::JobError;
use crate::state::AppState;

pub const IMPORT_JOB: &str = "transfer.import";
pub const EXPORT_JOB: &str = "transfer.export";
/// The largest export kept as a job's file.
const MAX_EXPORT_BYTES: usize = 512 * 1024 * 1024;

/// The job of importing a CSV file into `kind`.
pub fn import_job(actor: Actor, kind: ObjectKind, options: &ImportOptions) -> NewJob {
    let payload = json!({
        "object": kind.name(),
        "dry_run": options.dry_run,
        "create_companies": options.create_companies,
        "overrides": options.overrides,
    });
    let mut job = NewJob::now(IMPORT_JOB, Some(actor.workspace_id), payload);
    job.created_by = actor.member_id;
    job.max_attempts = 1;
    job
}

/// The job of exporting `kind` with the list's `filter`, `sort`, `fields` and `trash`.
pub fn export_job(
    actor: Actor,
    kind: ObjectKind,
    params: &std::collections::HashMap<String, String>,
) -> NewJob {
    let mut job = NewJob::now(
        EXPORT_JOB,
        Some(actor.workspace_id),
        json!({ "object": kind.name(), "params": params }),
    );
    job.created_by = actor.member_id;
    job
}

fn object(job: &Job) -> Result<ObjectKind, JobError> {
    job.payload["object"]
        .as_str()
        .and_then(|name| name.parse().ok())
        .ok_or_else(|| JobError::permanent("the job names no object"))
}

fn actor(job: &Job) -> Result<Actor, JobError> {
    Ok(Actor {
        workspace_id: job
            .workspace_id
            .ok_or_else(|| JobError::permanent("the job has no workspace"))?,
        member_id: job.created_by,
    })
}

/// Runs an import job. Imports are not retried: a second run would find the first run's
/// rows (matched on email or domain, so nothing doubles, but the report would mislead).
pub async fn import(state: &AppState, job: &Job) -> Result<Value, JobError> {
    let (kind, actor) = (object(job)?, actor(job)?);
    let input = state
        .store
        .job_file(job.id, "input")
        .await?
        .ok_or_else(|| JobError::permanent("the upload of this import is gone"))?;
    let workspace = state.store.workspace(actor.workspace_id).await?;
    let overrides: Vec<(String, String)> =
        serde_json::from_value(job.payload["overrides"].clone()).unwrap_or_default();
    let options = ImportOptions {
        ctx: workspace.settings.parse_context(),
        dry_run: job.payload["dry_run"].as_bool().unwrap_or(false),
        create_companies: job.payload["create_companies"].as_bool().unwrap_or(true),
        overrides,
    };
    let report = relata_transfer::import(
        &state.store,
        actor,
        kind,
        input.content.as_slice(),
        &options,
    )
    .await
    .map_err(|e| JobError::permanent(e.to_string()))?;
    if !report.dry_run {
        let detail = json!({
            "object": kind.plural(), "rows": report.rows, "created": report.created,
            "updated": report.updated, "skipped": report.skipped, "job_id": job.id,
        });
        let entry = AuditEntry::new("imported", detail);
        state
            .store
            .audit(actor.workspace_id, actor.member_id, entry)
            .await?;
    }
    serde_json::to_value(&report).map_err(|e| JobError::permanent(e.to_string()))
}

/// Runs an export job, keeping the CSV as the job's output.
pub async fn export(state: &AppState, job: &Job) -> Result<Value, JobError> {
    let (kind, actor) = (object(job)?, actor(job)?);
    let params: std::collections::HashMap<String, String> =
        serde_json::from_value(job.payload["params"].clone()).unwrap_or_default();
    let workspace = state.store.workspace(actor.workspace_id).await?;
    let get = |name: &str| params.get(name).map(String::as_str);
    let list = ListParams {
        filter: get("filter"),
        sort: get("sort"),
        fields: get("fields"),
        trash: get("trash"),
        ..ListParams::default()
    };
    let mut exporter = Exporter::new(
        &state.store,
        actor.workspace_id,
        kind,
        list,
        &workspace.settings.parse_context(),
    )
    .await
    .map_err(|e| JobError::permanent(e.to_string()))?;
    let mut csv = Vec::new();
    while let Some(chunk) = exporter
        .next_chunk()
        .await
        .map_err(|e| JobError::retry(e.to_string()))?
    {
        csv.extend_from_slice(&chunk);
        if csv.len() > MAX_EXPORT_BYTES {
            return Err(JobError::permanent(
                "the export is larger than 512 MB; narrow it with a filter, or use `relata export`",
            ));
        }
        if let Some(lease) = job.lease() {
            let note = format!("{} records written", exporter.written);
            state.store.report_progress(&lease, 0.5, &note).await.ok();
        }
    }
    let output = JobFile {
        content_type: "text/csv; charset=utf-8".into(),
        content: csv,
    };
    state.store.put_job_output(job.id, &output).await?;
    Ok(json!({ "records": exporter.written, "bytes": output.content.len() }))
}
