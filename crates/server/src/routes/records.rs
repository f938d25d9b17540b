//! The record collections (companies, people, deals, activities): one set of handlers,
//! parametrized by the kind of record.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use relata_domain::custom_field::{CustomFieldDef, CustomFieldInput};
use relata_domain::query::{ListParams, ListQuery};
use relata_domain::record::Mode;
use relata_domain::schema::fields;
use relata_domain::{Changes, FieldError, ObjectKind, Record, ValidationErrors, timestamp};
use relata_store::{AuditEntry, BatchItem, BatchMode, StoreError, TimelineItem};

use crate::extract::ApiPath;
use crate::routes::audit;
use serde_json::{Value as Json_, json};
use uuid::Uuid;

use crate::extract::{JsonBody, Principal, expected_version, if_match, only_params};
use crate::problem::{ApiError, ApiResult};
use crate::state::AppState;

pub const MAX_BATCH: usize = 1_000;

pub fn parse_id(text: &str) -> ApiResult<Uuid> {
    Uuid::parse_str(text)
        .map_err(|_| ApiError::bad_request("id", format!("\"{text}\" is not a valid id")))
}

/// The list parameters among a request's query parameters.
pub fn list_params(params: &HashMap<String, String>) -> ListParams<'_> {
    let get = |name: &str| params.get(name).map(String::as_str);
    ListParams {
        filter: get("filter"),
        sort: get("sort"),
        limit: get("limit"),
        cursor: get("cursor"),
        fields: get("fields"),
        trash: get("trash"),
    }
}

/// A record in its API form (`select` limits the fields), with its version as the ETag.
fn record_response(
    status: StatusCode,
    record: &Record,
    customs: &[CustomFieldDef],
    select: Option<&[String]>,
) -> Response {
    let mut response = (status, Json(record.to_json(customs, select))).into_response();
    if let Ok(etag) = HeaderValue::from_str(&format!("\"{}\"", record.version)) {
        response.headers_mut().insert(header::ETAG, etag);
    }
    response
}

/// Store errors, with the current record shown on a version conflict so the client can
/// show both values instead of losing one.
fn record_error(error: StoreError, customs: &[CustomFieldDef]) -> ApiError {
    match error {
        StoreError::VersionConflict { expected, current } => ApiError::VersionConflict {
            detail: format!(
                "you edited version {expected}, but the {} is at version {} now; review the current values and try again",
                current.kind, current.version
            ),
            current: Some(current.to_json(customs, None)),
        },
        other => other.into(),
    }
}

pub async fn list(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Json_>> {
    only_params(
        &params,
        &["filter", "sort", "limit", "cursor", "fields", "trash"],
    )?;
    let ws = principal.actor.workspace_id;
    let customs = state.custom_fields(ws, kind).await?;
    let query = ListQuery::parse(kind, &list_params(&params), &customs, &principal.ctx)?;
    let page = state.store.list_records(ws, kind, &query).await?;
    let data: Vec<Json_> = page
        .records
        .iter()
        .map(|r| r.to_json(&customs, query.fields.as_deref()))
        .collect();
    let next_cursor = page.next_cursor.map(|c| c.encode(&query.sort));
    Ok(Json(json!({ "data": data, "next_cursor": next_cursor })))
}

pub async fn create(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<Response> {
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let changes = Changes::parse(kind, &body.0, Mode::Create, &customs, &principal.ctx)?;
    let record = state
        .store
        .create_record(principal.actor, kind, &changes, &customs)
        .await?;
    let mut response = record_response(StatusCode::CREATED, &record, &customs, None);
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/{}/{}", kind.plural(), record.id))
    {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

pub async fn get(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    only_params(&params, &["fields"])?;
    let ws = principal.actor.workspace_id;
    let record = state.store.get_record(ws, kind, parse_id(&id)?).await?;
    let customs = state.custom_fields(ws, kind).await?;
    let select: Option<Vec<String>> = params
        .get("fields")
        .map(|f| f.split(',').map(|s| s.trim().to_owned()).collect());
    Ok(record_response(
        StatusCode::OK,
        &record,
        &customs,
        select.as_deref(),
    ))
}

pub async fn patch(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
    JsonBody(mut body): JsonBody,
) -> ApiResult<Response> {
    let id = parse_id(&id)?;
    let version = expected_version(&headers, &mut body)?.ok_or(ApiError::VersionRequired)?;
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let changes = Changes::parse(kind, &body, Mode::Patch, &customs, &principal.ctx)?;
    let record = state
        .store
        .update_record(principal.actor, kind, id, version, &changes, &customs)
        .await
        .map_err(|e| record_error(e, &customs))?;
    Ok(record_response(StatusCode::OK, &record, &customs, None))
}

pub async fn delete(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let id = parse_id(&id)?;
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let record = state
        .store
        .trash_record(principal.actor, kind, id, if_match(&headers)?)
        .await
        .map_err(|e| record_error(e, &customs))?;
    Ok(record_response(StatusCode::OK, &record, &customs, None))
}

pub async fn restore(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Response> {
    let id = parse_id(&id)?;
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let record = state
        .store
        .restore_record(principal.actor, kind, id)
        .await?;
    Ok(record_response(StatusCode::OK, &record, &customs, None))
}

/// `{"mode": "create" | "update" | "upsert", "records": [...]}`.
pub async fn batch(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    JsonBody(body): JsonBody,
) -> ApiResult<Json<Json_>> {
    let Some(object) = body.as_object() else {
        return Err(ApiError::invalid(
            "",
            "the body must be an object with \"mode\" and \"records\"",
        ));
    };
    if let Some(unknown) = object
        .keys()
        .find(|k| !["mode", "records"].contains(&k.as_str()))
    {
        return Err(ApiError::invalid(
            unknown,
            "is not a batch option; send \"mode\" and \"records\"",
        ));
    }
    let mode = match object.get("mode").unwrap_or(&Json_::Null) {
        Json_::Null => BatchMode::Create,
        Json_::String(mode) if mode == "create" => BatchMode::Create,
        Json_::String(mode) if mode == "update" => BatchMode::Update,
        Json_::String(mode) if mode == "upsert" => BatchMode::Upsert,
        other => {
            return Err(ApiError::invalid(
                "mode",
                format!("{other} is not one of: \"create\", \"update\", \"upsert\""),
            ));
        }
    };
    let records = object
        .get("records")
        .and_then(Json_::as_array)
        .ok_or_else(|| ApiError::invalid("records", "must be a list of records"))?;
    if records.is_empty() || records.len() > MAX_BATCH {
        return Err(ApiError::invalid(
            "records",
            format!("send 1 to {MAX_BATCH} records per batch"),
        ));
    }
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let items = parse_batch_items(kind, records, &customs, &principal)?;
    let saved = state
        .store
        .batch(principal.actor, kind, mode, items, &customs)
        .await
        .map_err(|e| record_error(e, &customs))?;
    let data: Vec<Json_> = saved.iter().map(|r| r.to_json(&customs, None)).collect();
    Ok(Json(json!({ "data": data })))
}

fn parse_batch_items(
    kind: ObjectKind,
    records: &[Json_],
    customs: &[CustomFieldDef],
    principal: &Principal,
) -> ApiResult<Vec<BatchItem>> {
    let mut errors = ValidationErrors::default();
    let mut items = Vec::with_capacity(records.len());
    for (i, record) in records.iter().enumerate() {
        let prefix = format!("records[{i}]");
        let mut fields = record.clone();
        let object = fields.as_object_mut();
        let id = object
            .as_ref()
            .and_then(|o| o.get("id"))
            .and_then(Json_::as_str)
            .map(Uuid::parse_str);
        let version = object
            .as_ref()
            .and_then(|o| o.get("version"))
            .and_then(Json_::as_i64);
        if let Some(o) = fields.as_object_mut() {
            o.remove("id");
            o.remove("version");
        }
        let id = match id.transpose() {
            Ok(id) => id,
            Err(_) => {
                errors.push(FieldError::new(format!("{prefix}.id"), "is not a valid id"));
                None
            }
        };
        // Batches may set only some fields of each record, whatever the mode: required
        // fields of new records are checked when they are created.
        match Changes::parse(kind, &fields, Mode::Patch, customs, &principal.ctx) {
            Ok(changes) => items.push(BatchItem {
                id,
                version,
                changes,
            }),
            Err(e) => errors.0.extend(e.within(&prefix).0),
        }
    }
    errors.into_result(items).map_err(ApiError::Invalid)
}

/// Newest first; `cursor` continues after the last item of the previous page.
pub async fn timeline(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
    Query(params): Query<HashMap<String, String>>,
) -> ApiResult<Json<Json_>> {
    only_params(&params, &["limit", "cursor"])?;
    let id = parse_id(&id)?;
    let limit = match params.get("limit") {
        None => 50,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=200).contains(n))
            .ok_or_else(|| ApiError::invalid("limit", "must be a whole number from 1 to 200"))?,
    };
    let before = params
        .get("cursor")
        .map(|c| parse_timeline_cursor(c))
        .transpose()?;
    let ws = principal.actor.workspace_id;
    let items = state
        .store
        .timeline(ws, kind, id, limit + 1, before)
        .await?;
    let activity_customs = state.custom_fields(ws, ObjectKind::Activity).await?;
    let more = items.len() > limit;
    let shown = &items[..items.len().min(limit)];
    let next_cursor = if more {
        shown
            .last()
            .map(|item| format!("{}_{}", timestamp::format(item.at()), item.id()))
    } else {
        None
    };
    let data: Vec<Json_> = shown
        .iter()
        .map(|item| timeline_json(item, &activity_customs))
        .collect();
    Ok(Json(json!({ "data": data, "next_cursor": next_cursor })))
}

fn parse_timeline_cursor(text: &str) -> ApiResult<(time::OffsetDateTime, Uuid)> {
    let invalid =
        || ApiError::invalid("cursor", "is not a timeline cursor; start again without it");
    let (at, id) = text.split_once('_').ok_or_else(invalid)?;
    Ok((
        timestamp::parse(at).map_err(|_| invalid())?,
        Uuid::parse_str(id).map_err(|_| invalid())?,
    ))
}

fn timeline_json(item: &TimelineItem, customs: &[CustomFieldDef]) -> Json_ {
    match item {
        TimelineItem::Activity(activity) => json!({
            "type": "activity",
            "at": timestamp::format(item.at()),
            "activity": activity.to_json(customs, None),
            "sentiment": crate::insights::conversation_text(activity).map(|t| language::analyze(&t)),
        }),
        TimelineItem::Event {
            id,
            event,
            actor_id,
            at,
            data,
        } => json!({
            "type": "event",
            "id": id,
            "event": event,
            "actor_id": actor_id,
            "at": timestamp::format(*at),
            "data": data,
        }),
    }
}

/// The object's fields, standard and custom, for forms, tables and CSV mapping.
pub async fn fields_list(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
) -> ApiResult<Json<Json_>> {
    let customs = state
        .custom_fields(principal.actor.workspace_id, kind)
        .await?;
    let mut data: Vec<Json_> = fields(kind)
        .iter()
        .map(|spec| {
            let options = match &spec.kind {
                relata_domain::schema::FieldKind::Choice(o)
                | relata_domain::schema::FieldKind::MultiChoice(o) => {
                    json!(o)
                }
                _ => Json_::Null,
            };
            json!({
                "key": spec.name,
                "type": spec.kind.type_name(),
                "references": references(&spec.kind),
                "sortable": spec.kind.is_ordered(),
                "required": spec.required,
                "writable": spec.access != relata_domain::schema::Access::ReadOnly,
                "custom": false,
                "options": options,
            })
        })
        .collect();
    for def in customs.iter() {
        data.push(json!({
            "key": format!("custom.{}", def.key),
            "label": def.label,
            "type": def.kind.name(),
            "required": def.required,
            "references": Json_::Null,
            "sortable": def.field_kind().is_ordered(),
            "writable": true,
            "custom": true,
            "options": def.options,
        }));
    }
    Ok(Json(json!({ "data": data })))
}

/// What an `id` field points at, so clients can show a name instead of an id.
fn references(kind: &relata_domain::schema::FieldKind) -> Option<&'static str> {
    use relata_domain::schema::{FieldKind, RefTarget};
    match kind {
        FieldKind::Ref(RefTarget::Record(object)) => Some(object.plural()),
        FieldKind::Ref(RefTarget::Pipeline) => Some("pipelines"),
        FieldKind::Ref(RefTarget::Stage) => Some("stages"),
        FieldKind::Ref(RefTarget::Member) => Some("members"),
        _ => None,
    }
}

pub async fn fields_create(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    body: JsonBody,
) -> ApiResult<(StatusCode, Json<CustomFieldDef>)> {
    let input: CustomFieldInput = body.parse()?;
    let def = state
        .store
        .create_custom_field(principal.actor.workspace_id, kind, input)
        .await?;
    let detail = json!({ "object": kind.plural(), "field": def });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("custom_field_created", detail),
    )
    .await?;
    state
        .forget_custom_fields(principal.actor.workspace_id, kind)
        .await;
    Ok((StatusCode::CREATED, Json(def)))
}

pub async fn fields_delete(
    kind: ObjectKind,
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(key): ApiPath<String>,
) -> ApiResult<StatusCode> {
    let key = key.strip_prefix("custom.").unwrap_or(&key);
    state
        .store
        .delete_custom_field(principal.actor.workspace_id, kind, key)
        .await?;
    let detail = json!({ "object": kind.plural(), "key": key });
    audit::note(
        &state,
        &principal,
        AuditEntry::new("custom_field_deleted", detail),
    )
    .await?;
    state
        .forget_custom_fields(principal.actor.workspace_id, kind)
        .await;
    Ok(StatusCode::NO_CONTENT)
}
