//! CSV import and export over HTTP.
//!
//! An upload is streamed to a temporary file and imported from there, and an export is
//! streamed to the client a page at a time, so a million rows never sit in memory.

use std::path::PathBuf;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use relata_domain::ObjectKind;
use relata_transfer::{Exporter, ImportOptions, ImportReport, Preview, TransferError};
use tokio::io::AsyncWriteExt;
use tokio::sync::mpsc;

use crate::extract::Principal;
use crate::problem::{ApiError, ApiResult};
use crate::routes::records::list_params;
use crate::state::AppState;

/// Largest CSV upload accepted.
const MAX_IMPORT_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// Rows read for a preview.
const PREVIEW_BYTES: usize = 1024 * 1024;

impl From<TransferError> for ApiError {
    fn from(error: TransferError) -> Self {
        match error {
            TransferError::Store(store) => store.into(),
            TransferError::Query(errors) => ApiError::Invalid(errors),
            TransferError::Io(e) => ApiError::Internal(e.to_string()),
            other => ApiError::invalid("file", other.to_string()),
        }
    }
}

/// `dry_run=true`, `create_companies=false`, and `map=Header=field` (repeatable; the last
/// `=` separates the header from the field, and an empty field ignores the column).
fn import_options(params: &[(String, String)], principal: &Principal) -> ApiResult<ImportOptions> {
    let mut options = ImportOptions {
        ctx: principal.ctx.clone(),
        ..ImportOptions::default()
    };
    for (name, value) in params {
        let flag = || match value.as_str() {
            "true" | "1" | "" => Ok(true),
            "false" | "0" => Ok(false),
            other => Err(ApiError::invalid(
                name,
                format!("\"{other}\" is not true or false"),
            )),
        };
        match name.as_str() {
            "dry_run" => options.dry_run = flag()?,
            "create_companies" => options.create_companies = flag()?,
            "map" => {
                let (header, field) = value.rsplit_once('=').ok_or_else(|| {
                    ApiError::invalid("map", format!("\"{value}\" is not Header=field"))
                })?;
                options
                    .overrides
                    .push((header.to_owned(), field.to_owned()));
            }
            other => {
                return Err(ApiError::bad_request(
                    other,
                    "is not a parameter here; known: dry_run, create_companies, map",
                ));
            }
        }
    }
    Ok(options)
}

/// A temporary file removed when dropped.
struct Upload(PathBuf);

impl Drop for Upload {
    fn drop(&mut self) {
        std::fs::remove_file(&self.0).ok();
    }
}

async fn save_upload(body: Body) -> ApiResult<Upload> {
    let upload =
        Upload(std::env::temp_dir().join(format!("relata-import-{}.csv", uuid::Uuid::now_v7())));
    let mut file = tokio::fs::File::create(&upload.0)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut stream = body.into_data_stream();
    let mut size: u64 = 0;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk
            .map_err(|e| ApiError::bad_request("file", format!("the upload broke off: {e}")))?;
        size += chunk.len() as u64;
        if size > MAX_IMPORT_BYTES {
            return Err(ApiError::PayloadTooLarge(format!(
                "the file is larger than {} MB; split it, or import it with `relata import`",
                MAX_IMPORT_BYTES / 1024 / 1024
            )));
        }
        file.write_all(&chunk)
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))?;
    }
    file.flush()
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(upload)
}

/// Imports a CSV body; rows with problems are listed in the report with their line numbers.
pub async fn import(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<Vec<(String, String)>>,
    body: Body,
) -> ApiResult<Json<ImportReport>> {
    let options = import_options(&params, &principal)?;
    let upload = save_upload(body).await?;
    let file = std::fs::File::open(&upload.0).map_err(|e| ApiError::Internal(e.to_string()))?;
    let store = state.store.clone();
    let actor = principal.actor;
    // The CSV reader reads the file synchronously: keep it off the request threads.
    let handle = tokio::runtime::Handle::current();
    // The audit log's request context does not cross threads by itself.
    let origin = relata_store::ORIGIN
        .try_with(Clone::clone)
        .unwrap_or_default();
    let report = tokio::task::spawn_blocking(move || {
        handle.block_on(relata_store::ORIGIN.scope(
            origin,
            relata_transfer::import(&store, actor, kind, std::io::BufReader::new(file), &options),
        ))
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))??;
    drop(upload);
    if !report.dry_run {
        let detail = serde_json::json!({
            "object": kind.plural(), "rows": report.rows, "created": report.created,
            "updated": report.updated, "skipped": report.skipped,
        });
        let entry = relata_store::AuditEntry::new("imported", detail);
        crate::routes::audit::note(&state, &principal, entry).await?;
    }
    Ok(Json(report))
}

/// How the columns of an upload would be read, with the first rows and their problems.
pub async fn preview(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<Vec<(String, String)>>,
    body: Bytes,
) -> ApiResult<Json<Preview>> {
    let options = import_options(&params, &principal)?;
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let head = &body[..body.len().min(PREVIEW_BYTES)];
    Ok(Json(relata_transfer::preview(
        head,
        kind,
        &customs,
        &principal.ctx,
        &options.overrides,
    )))
}

/// Streams every matching record as CSV (`filter`, `sort` and `fields` as on the list).
pub async fn export(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<std::collections::HashMap<String, String>>,
) -> ApiResult<Response> {
    crate::extract::only_params(&params, &["filter", "sort", "fields", "trash"])?;
    // The query is checked before the response starts: afterwards no error can be reported.
    let ws = principal.actor.workspace_id;
    let mut exporter =
        Exporter::new(&state.store, ws, kind, list_params(&params), &principal.ctx).await?;
    // Pages are produced as the client takes them (the channel holds two), so a slow
    // client never makes the server hold the whole export.
    let (sender, receiver) = mpsc::channel::<Result<Bytes, std::io::Error>>(2);
    tokio::spawn(async move {
        loop {
            let chunk = match exporter.next_chunk().await {
                Ok(Some(chunk)) => Ok(Bytes::from(chunk)),
                Ok(None) => break,
                Err(error) => {
                    tracing::warn!(%error, "export stopped");
                    Err(std::io::Error::other(error.to_string()))
                }
            };
            let failed = chunk.is_err();
            if sender.send(chunk).await.is_err() || failed {
                break;
            }
        }
    });
    let body = Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(receiver));
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(disposition) =
        HeaderValue::from_str(&format!("attachment; filename=\"{}.csv\"", kind.plural()))
    {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    Ok(response)
}

/// Queues an import of a CSV body as a job; the job's result is the import's report.
pub async fn import_in_background(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<Vec<(String, String)>>,
    body: Bytes,
) -> ApiResult<(axum::http::StatusCode, Json<relata_store::Job>)> {
    let options = import_options(&params, &principal)?;
    if body.is_empty() {
        return Err(ApiError::bad_request("file", "the upload is empty"));
    }
    let job = crate::transfer_jobs::import_job(principal.actor, kind, &options);
    let input = relata_store::JobFile {
        content_type: "text/csv".into(),
        content: body.to_vec(),
    };
    let queued = state.store.enqueue_job_with_input(&job, &input).await?;
    state.workers.wake();
    Ok((axum::http::StatusCode::ACCEPTED, Json(queued)))
}

/// Queues an export as a job, after checking its query as the streamed export would.
pub async fn export_in_background(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<std::collections::HashMap<String, String>>,
) -> ApiResult<(axum::http::StatusCode, Json<relata_store::Job>)> {
    crate::extract::only_params(&params, &["filter", "sort", "fields", "trash"])?;
    let ws = principal.actor.workspace_id;
    Exporter::new(&state.store, ws, kind, list_params(&params), &principal.ctx).await?;
    let job = crate::transfer_jobs::export_job(principal.actor, kind, &params);
    let queued = state.store.enqueue_job(&job).await?;
    state.workers.wake();
    Ok((axum::http::StatusCode::ACCEPTED, Json(queued)))
}
