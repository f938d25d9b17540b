//! The OpenAPI 3.1 document, generated from the route table and the object schemas, so it
//! describes every route and field the server has.

use relata_domain::ObjectKind;
use relata_domain::job::JobStatus;
use relata_domain::schema::{Access, FieldKind, fields};
use serde_json::{Map, Value, json};

use crate::extract::RouteAccess;
use crate::routes::{Route, schema_name};

pub fn document(routes: &[Route]) -> Value {
    let mut paths = Map::new();
    for route in routes {
        let entry = paths.entry(route.path.clone()).or_insert_with(|| json!({}));
        entry[route.method.as_str().to_lowercase()] = operation(route);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Relata API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The REST API of Relata, a self-hosted CRM. Every error is an RFC 9457 problem \
                (`application/problem+json`) whose `errors[]` name the offending fields. Writes to an existing \
                record name the version they edit (`If-Match`), and a stale version gets 412 with the current record.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas(),
            "securitySchemes": {
                "apiKey": {
                    "type": "http", "scheme": "bearer",
                    "description": "An API key made by an admin (`relata_…`), read or write scope.",
                },
                "session": {
                    "type": "apiKey", "in": "cookie", "name": "relata_session",
                    "description": "The session cookie set by sign-in. Writes also need the session's \
                        `csrf_token` (from `GET /api/v1/session`) in the `X-CSRF-Token` header.",
                },
            },
        },
        "security": [{"session": []}, {"apiKey": []}],
    })
}

fn operation(route: &Route) -> Value {
    let doc = &route.doc;
    let mut parameters: Vec<Value> = route
        .path
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|name| {
            let schema = if name == "id" {
                json!({"type": "string", "format": "uuid"})
            } else {
                json!({"type": "string"})
            };
            json!({ "name": name, "in": "path", "required": true, "schema": schema })
        })
        .collect();
    for (name, description) in &doc.query {
        parameters.push(json!({ "name": name, "in": "query", "required": false, "description": description, "schema": {"type": "string"} }));
    }
    if doc.if_match {
        parameters.push(json!({
            "name": "If-Match", "in": "header", "required": false,
            "description": "The version being edited (or send `version` in the body). One of the two is required.",
            "schema": {"type": "string"},
        }));
    }
    let mut responses = Map::new();
    let success = match &doc.response {
        None if doc.csv_response => json!({
            "description": "Success",
            "content": { "text/csv": { "schema": { "type": "string" } } },
        }),
        None if doc.event_stream => json!({
            "description": "A stream of `ready`, `reset` and unnamed change events; the data of a change event is a ChangeEvent",
            "content": { "text/event-stream": {
                "schema": { "type": "object", "properties": {
                    "event": { "type": "string", "enum": ["ready", "reset"] },
                    "id": { "type": "string", "description": "The change's number" },
                    "data": { "type": "string", "description": "JSON: a ChangeEvent; `{\"seq\": N}` for `ready`" },
                    "retry": { "type": "integer" },
                } },
                "x-event-schema": { "$ref": "#/components/schemas/ChangeEvent" },
            } },
        }),
        Some(schema) => json!({
            "description": "Success",
            "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } },
        }),
        None => json!({ "description": "Success" }),
    };
    responses.insert(doc.status.to_string(), success);
    responses.insert(
        "default".into(),
        json!({
            "description": "A problem: what went wrong and which fields caused it",
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } },
        }),
    );
    let id = format!(
        "{}{}",
        route.method.as_str().to_lowercase(),
        route.path.replace(['/', '{', '}', '-'], "_")
    );
    let mut op = json!({
        "operationId": id,
        "summary": doc.summary,
        "tags": [doc.tag],
        "parameters": parameters,
        "responses": responses,
    });
    match route.access() {
        RouteAccess::Public => op["security"] = json!([]),
        RouteAccess::Role(role) => {
            op["description"] = json!(format!("Needs the {role} role or higher."));
        }
    }
    if doc.csv_body {
        op["requestBody"] = json!({
            "required": true,
            "content": { "text/csv": { "schema": { "type": "string", "description": "UTF-8 CSV with a header line; , ; or tab" } } },
        });
    }
    if let Some(body) = &doc.body {
        op["requestBody"] = json!({
            "required": true,
            "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{body}") } } },
        });
    }
    op
}

fn nullable(mut schema: Value) -> Value {
    if let Some(kind) = schema.get("type").cloned() {
        schema["type"] = json!([kind, "null"]);
    }
    schema
}

/// The JSON schema of one field's values.
pub fn field_schema(kind: &FieldKind) -> Value {
    let string = |format: &str| json!({"type": "string", "format": format});
    match kind {
        FieldKind::Text { max } => json!({"type": "string", "maxLength": max}),
        FieldKind::LongText => {
            json!({"type": "string", "maxLength": relata_domain::schema::MAX_LONG_TEXT})
        }
        FieldKind::Email => string("email"),
        FieldKind::Phone => {
            json!({"type": "string", "description": "Any common format; stored and returned in E.164 (+79161234567)"})
        }
        FieldKind::Url => string("uri"),
        FieldKind::Domain => string("hostname"),
        FieldKind::EmailList => json!({"type": "array", "items": string("email")}),
        FieldKind::PhoneList => json!({"type": "array", "items": {"type": "string"}}),
        FieldKind::DomainList => json!({"type": "array", "items": string("hostname")}),
        FieldKind::Integer { min, max } => {
            json!({"type": "integer", "minimum": min, "maximum": max})
        }
        FieldKind::Number => json!({"type": "number"}),
        FieldKind::Money => {
            json!({"type": "number", "description": "An amount with at most two decimal places"})
        }
        FieldKind::Currency => json!({"type": "string", "pattern": "^[A-Za-z]{3}$"}),
        FieldKind::Date => string("date"),
        FieldKind::DateTime => string("date-time"),
        FieldKind::Boolean => json!({"type": "boolean"}),
        FieldKind::Choice(options) => json!({"type": "string", "enum": options}),
        FieldKind::MultiChoice(options) => {
            json!({"type": "array", "items": {"type": "string", "enum": options}})
        }
        FieldKind::Tags => json!({"type": "array", "items": {"type": "string", "maxLength": 64}}),
        FieldKind::Ref(_) => string("uuid"),
    }
}

fn record_schemas(kind: ObjectKind, schemas: &mut Map<String, Value>) {
    let name = schema_name(kind);
    let custom = json!({"type": "object", "description": "Custom field values by key", "additionalProperties": true});
    let mut output = Map::new();
    output.insert("id".into(), json!({"type": "string", "format": "uuid"}));
    output.insert("version".into(), json!({"type": "integer", "minimum": 1}));
    output.insert(
        "created_at".into(),
        json!({"type": "string", "format": "date-time"}),
    );
    output.insert(
        "updated_at".into(),
        json!({"type": "string", "format": "date-time"}),
    );
    output.insert(
        "created_by".into(),
        nullable(json!({"type": "string", "format": "uuid"})),
    );
    output.insert(
        "deleted_at".into(),
        nullable(json!({"type": "string", "format": "date-time"})),
    );
    let mut input = Map::new();
    let mut required = Vec::new();
    for spec in fields(kind) {
        let schema = field_schema(&spec.kind);
        output.insert(spec.name.into(), nullable(schema.clone()));
        if spec.access != Access::ReadOnly {
            input.insert(
                spec.name.into(),
                if spec.required {
                    schema
                } else {
                    nullable(schema)
                },
            );
        }
        if spec.required {
            required.push(spec.name);
        }
    }
    output.insert("custom".into(), custom.clone());
    input.insert("custom".into(), custom);
    let input_with_version = {
        let mut patch = input.clone();
        patch.insert("version".into(), json!({"type": "integer", "description": "The version being edited, if no If-Match header is sent"}));
        patch
    };
    schemas.insert(name.into(), json!({"type": "object", "properties": output}));
    schemas.insert(
        format!("{name}Input"),
        json!({"type": "object", "properties": input_with_version, "additionalProperties": false}),
    );
    schemas.insert(
        format!("{name}New"),
        json!({"type": "object", "properties": input, "required": required, "additionalProperties": false}),
    );
    let list = json!({"type": "array", "items": {"$ref": format!("#/components/schemas/{name}")}});
    schemas.insert(
        format!("{name}Page"),
        json!({"type": "object", "properties": {"data": list, "next_cursor": {"type": ["string", "null"]}}}),
    );
    schemas.insert(
        format!("{name}List"),
        json!({"type": "object", "properties": {"data": list}}),
    );
    schemas.insert(
        format!("{name}Batch"),
        json!({
            "type": "object",
            "required": ["records"],
            "additionalProperties": false,
            "properties": {
                "mode": {"type": "string", "enum": ["create", "update", "upsert"], "default": "create"},
                "records": {
                    "type": "array", "minItems": 1, "maxItems": crate::routes::records::MAX_BATCH,
                    "items": {"type": "object", "description": format!("{name} fields, with id and version for updates")},
                },
            },
        }),
    );
}

fn schemas() -> Map<String, Value> {
    let mut schemas = Map::new();
    for kind in ObjectKind::ALL {
        record_schemas(kind, &mut schemas);
    }
    let uuid = json!({"type": "string", "format": "uuid"});
    let fixed = json!({
        "Problem": {
            "type": "object",
            "required": ["type", "title", "status", "detail"],
            "properties": {
                "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                "detail": {"type": "string"},
                "errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}},
                "current": {"type": "object", "description": "On a version conflict: the record as it is now"},
            },
        },
        "FieldError": {
            "type": "object",
            "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
        },
        "FieldList": {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {
            "key": {"type": "string"}, "label": {"type": "string"}, "type": {"type": "string"},
            "references": {"type": ["string", "null"], "description": "For an id field: people, companies, deals, activities, pipelines, stages or members"},
            "sortable": {"type": "boolean"},
            "required": {"type": "boolean"}, "writable": {"type": "boolean"}, "custom": {"type": "boolean"},
            "options": {"type": ["array", "null"], "items": {"type": "string"}},
        }}}}},
        "CustomFieldInput": {
            "type": "object", "required": ["key", "kind"], "additionalProperties": false,
            "properties": {
                "key": {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,62}$"},
                "label": {"type": "string", "maxLength": 100},
                "kind": {"type": "string", "enum": relata_domain::custom_field::CustomKind::ALL.iter().map(|k| k.name()).collect::<Vec<_>>()},
                "options": {"type": "array", "items": {"type": "string"}},
                "required": {"type": "boolean"},
            },
        },
        "CustomField": {"type": "object", "properties": {
            "id": uuid, "object": {"type": "string"}, "key": {"type": "string"}, "label": {"type": "string"},
            "kind": {"type": "string"}, "options": {"type": "array", "items": {"type": "string"}},
            "required": {"type": "boolean"}, "position": {"type": "integer"},
        }},
        "Stage": {"type": "object", "properties": {
            "id": uuid, "name": {"type": "string"}, "position": {"type": "integer"},
            "probability": {"type": "integer", "minimum": 0, "maximum": 100},
            "kind": {"type": "string", "enum": ["open", "won", "lost"]},
        }},
        "Pipeline": {"type": "object", "properties": {
            "id": uuid, "name": {"type": "string"}, "position": {"type": "integer"}, "version": {"type": "integer"},
            "stages": {"type": "array", "items": {"$ref": "#/components/schemas/Stage"}},
        }},
        "PipelineList": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Pipeline"}}}},
        "PipelineInput": {
            "type": "object", "required": ["name", "stages"], "additionalProperties": false,
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 100},
                "version": {"type": "integer"},
                "stages": {"type": "array", "minItems": 1, "maxItems": 50, "items": {
                    "type": "object", "required": ["name"], "additionalProperties": false,
                    "properties": {
                        "id": uuid, "name": {"type": "string", "minLength": 1, "maxLength": 100},
                        "probability": {"type": "integer", "minimum": 0, "maximum": 100},
                        "kind": {"type": "string", "enum": ["open", "won", "lost"]},
                    },
                }},
            },
        },
        "SetupInput": {
            "type": "object", "required": ["workspace_name", "owner_email", "owner_name", "owner_password"], "additionalProperties": false,
            "properties": {
                "workspace_name": {"type": "string"}, "owner_email": {"type": "string", "format": "email"},
                "owner_name": {"type": "string"},
                "owner_password": {"type": "string", "minLength": 10, "maxLength": 1024, "writeOnly": true},
            },
        },
        "SetupResult": {"type": "object", "properties": {
            "workspace": {"$ref": "#/components/schemas/Workspace"},
            "session": {"$ref": "#/components/schemas/Session"},
        }},
        "SetupStatus": {"type": "object", "properties": {"required": {"type": "boolean", "description": "Whether Relata still needs its first-run set-up"}}},
        "Dashboard": {"type": "object", "properties": {
            "pipeline_id": uuid,
            "currency": {"type": "string", "description": "The currency with the most open value"},
            "open_by_stage": {"type": "array", "items": {"type": "object", "properties": {
                "stage_id": uuid, "count": {"type": "integer"},
                "amounts": {"$ref": "#/components/schemas/Sums"}, "weighted": {"$ref": "#/components/schemas/Sums"},
            }}},
            "closed_by_month": {"type": "array", "items": {"type": "object", "properties": {
                "month": {"type": "string", "description": "YYYY-MM (UTC)"}, "won": {"type": "integer"}, "lost": {"type": "integer"},
                "won_amounts": {"$ref": "#/components/schemas/Sums"}, "lost_amounts": {"$ref": "#/components/schemas/Sums"},
            }}},
            "activity_by_member": {"type": "array", "items": {"type": "object", "properties": {
                "member_id": {"type": ["string", "null"], "format": "uuid"},
                "note": {"type": "integer"}, "task": {"type": "integer"}, "call": {"type": "integer"},
                "email": {"type": "integer"}, "meeting": {"type": "integer"},
            }}},
            "stage_conversion": {"type": "array", "items": {"type": "object", "properties": {
                "stage_id": uuid, "entered": {"type": "integer"}, "moved_on": {"type": "integer"},
            }}},
        }},
        "Sums": {"type": "array", "items": {"type": "object", "properties": {
            "currency": {"type": ["string", "null"]}, "sum": {"type": "number"},
        }}},
        "Member": {"type": "object", "properties": {
            "id": uuid, "user_id": uuid, "email": {"type": "string"}, "name": {"type": "string"},
            "role": {"type": "string", "enum": ["owner", "admin", "member", "viewer"]},
        }},
        "RoleInput": {"type": "object", "required": ["role"], "additionalProperties": false, "properties": {
            "role": {"type": "string", "enum": ["owner", "admin", "member", "viewer"]},
        }},
        "InvitationInput": {"type": "object", "required": ["email", "role"], "additionalProperties": false, "properties": {
            "email": {"type": "string", "format": "email"},
            "role": {"type": "string", "enum": ["owner", "admin", "member", "viewer"]},
        }},
        "Invitation": {"type": "object", "properties": {
            "id": uuid, "workspace_id": uuid, "email": {"type": "string"}, "role": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"}, "expires_at": {"type": "string", "format": "date-time"},
            "accepted_at": {"type": ["string", "null"], "format": "date-time"},
        }},
        "InvitationList": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Invitation"}}}},
        "InvitationCreated": {"allOf": [{"$ref": "#/components/schemas/Invitation"}, {"type": "object", "properties": {
            "token": {"type": "string", "description": "The one-time token; shown only here"},
            "path": {"type": "string", "description": "The web app's page for the link, e.g. /invite/<token>"},
        }}]},
        "InvitationLookup": {"type": "object", "properties": {
            "workspace": {"type": "object", "properties": {"id": uuid, "name": {"type": "string"}}},
            "email": {"type": "string"}, "role": {"type": "string"},
            "expires_at": {"type": "string", "format": "date-time"},
            "existing_account": {"type": "boolean", "description": "Whether the email has an account (then its password is asked)"},
        }},
        "AcceptInput": {"type": "object", "required": ["token", "password"], "additionalProperties": false, "properties": {
            "token": {"type": "string"}, "name": {"type": "string", "description": "For a new account"},
            "password": {"type": "string", "writeOnly": true},
        }},
        "ApiKey": {"type": "object", "properties": {
            "id": uuid, "name": {"type": "string"},
            "prefix": {"type": "string", "description": "The key's first characters, to tell keys apart"},
            "scope": {"type": "string", "enum": ["read", "write"]},
            "created_by": {"type": ["string", "null"], "format": "uuid"},
            "created_at": {"type": "string", "format": "date-time"},
            "expires_at": {"type": ["string", "null"], "format": "date-time"},
            "last_used_at": {"type": ["string", "null"], "format": "date-time"},
            "revoked_at": {"type": ["string", "null"], "format": "date-time"},
        }},
        "ApiKeyList": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/ApiKey"}}}},
        "ApiKeyInput": {"type": "object", "required": ["name", "scope"], "additionalProperties": false, "properties": {
            "name": {"type": "string", "maxLength": 100},
            "scope": {"type": "string", "enum": ["read", "write"], "description": "read acts as a viewer; write as a member"},
            "expires_at": {"type": ["string", "null"], "format": "date-time"},
        }},
        "ApiKeyCreated": {"allOf": [{"$ref": "#/components/schemas/ApiKey"}, {"type": "object", "properties": {
            "key": {"type": "string", "description": "Send as `Authorization: Bearer <key>`; shown only here"},
        }}]},
        "PasswordChange": {"type": "object", "required": ["current_password", "new_password"], "additionalProperties": false, "properties": {
            "current_password": {"type": "string", "writeOnly": true},
            "new_password": {"type": "string", "minLength": 10, "maxLength": 1024, "writeOnly": true},
        }},
        "PasswordReset": {"type": "object", "required": ["token", "password"], "additionalProperties": false, "properties": {
            "token": {"type": "string"},
            "password": {"type": "string", "minLength": 10, "maxLength": 1024, "writeOnly": true},
        }},
        "AuditPage": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"type": "object", "properties": {
                "seq": {"type": "integer", "description": "The entry's number in the workspace's chain"},
                "at": {"type": "string", "format": "date-time"},
                "actor_id": {"type": ["string", "null"], "format": "uuid", "description": "The member who acted"},
                "via": {"type": "string", "enum": ["session", "api_key", "anonymous", "system"]},
                "action": {"type": "string"},
                "object": {"type": ["string", "null"]},
                "record_id": {"type": ["string", "null"], "format": "uuid"},
                "detail": {"description": "What changed: field changes with old and new values, or the action's facts"},
                "ip": {"type": ["string", "null"]},
                "user_agent": {"type": ["string", "null"]},
                "hash": {"type": "string"},
            }}},
            "next_before": {"type": ["integer", "null"]},
        }},
        "PersonalData": {"type": "object", "properties": {
            "exported_at": {"type": "string", "format": "date-time"},
            "person": {"$ref": "#/components/schemas/Person"},
            "activities": {"type": "array", "items": {"$ref": "#/components/schemas/Activity"}},
            "deal_roles": {"type": "array", "items": {"type": "object", "properties": {"deal_id": uuid, "role": {"type": ["string", "null"]}}}},
            "history": {"type": "array", "items": {}, "description": "Audit entries about the person"},
        }},
        "EraseInput": {"type": "object", "required": ["confirm"], "additionalProperties": false, "properties": {
            "confirm": {"type": "boolean", "description": "Must be true: erasure cannot be undone"},
        }},
        "Erasure": {"type": "object", "properties": {
            "activities": {"type": "integer"}, "events": {"type": "integer"}, "audit_entries_redacted": {"type": "integer"},
        }},
        "TotpSetup": {"type": "object", "properties": {
            "secret": {"type": "string", "description": "Base32, to type into an authenticator app"},
            "otpauth_url": {"type": "string", "description": "The same as a link apps read (as a QR code)"},
        }},
        "TotpCode": {"type": "object", "required": ["code"], "additionalProperties": false, "properties": {"code": {"type": "string", "pattern": "^[0-9 ]{6,7}$"}}},
        "RecoveryCodes": {"type": "object", "properties": {"recovery_codes": {"type": "array", "items": {"type": "string"}}}},
        "PasswordInput": {"type": "object", "required": ["password"], "additionalProperties": false, "properties": {"password": {"type": "string", "writeOnly": true}}},
        "TotpVerify": {"type": "object", "required": ["challenge"], "additionalProperties": false, "properties": {
            "challenge": {"type": "string", "description": "From the sign-in answer when `totp_required` is true"},
            "code": {"type": "string"}, "recovery_code": {"type": "string"},
        }},
        "WorkspaceChange": {"type": "object", "additionalProperties": false, "properties": {
            "name": {"type": "string", "maxLength": 100},
            "default_currency": {"type": "string", "pattern": "^[A-Za-z]{3}$"},
            "default_country_code": {"type": "string", "pattern": "^\\+?[0-9]{1,3}$"},
        }},
        "SignInInput": {
            "type": "object", "required": ["email", "password"], "additionalProperties": false,
            "properties": {"email": {"type": "string"}, "password": {"type": "string", "writeOnly": true}},
        },
        "Session": {"type": "object", "required": ["signed_in"], "properties": {
            "signed_in": {"type": "boolean"},
            "totp_required": {"type": "boolean", "description": "Sign-in only: the password was right and a second factor is needed (send it with `challenge` to /api/v1/session/totp/verify)"},
            "challenge": {"type": "string"},
            "totp_enabled": {"type": "boolean"},
            "setup_required": {"type": "boolean", "description": "Only when not signed in: whether Relata still needs its first-run set-up"},
            "user": {"type": "object", "properties": {"id": uuid, "email": {"type": "string"}, "name": {"type": "string"}}},
            "member_id": uuid,
            "workspace": {"type": "object", "properties": {"id": uuid, "name": {"type": "string"}}},
            "role": {"type": "string", "enum": ["owner", "admin", "member", "viewer"]},
            "csrf_token": {"type": "string", "description": "Send it as X-CSRF-Token with every write"},
            "expires_at": {"type": "string", "format": "date-time"},
        }},
        "Workspace": {"type": "object", "properties": {
            "id": uuid, "name": {"type": "string"},
            "settings": {"type": "object", "properties": {
                "default_country_code": {"type": "string"}, "default_currency": {"type": "string"},
            }},
        }},
        "MemberList": {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {
            "id": uuid, "user_id": uuid, "email": {"type": "string"}, "name": {"type": "string"},
            "role": {"type": "string", "enum": ["owner", "admin", "member", "viewer"]},
        }}}}},
        "Board": {"type": "object", "properties": {
            "pipeline": {"$ref": "#/components/schemas/Pipeline"},
            "columns": {"type": "array", "items": {"type": "object", "properties": {
                "stage": {"$ref": "#/components/schemas/Stage"},
                "count": {"type": "integer"},
                "amounts": {"type": "array", "items": {"type": "object", "properties": {
                    "currency": {"type": ["string", "null"]}, "sum": {"type": "number"},
                }}},
                "deals": {"type": "array", "items": {"$ref": "#/components/schemas/Deal"}},
            }}},
        }},
        "ChangeEvent": {"type": "object", "required": ["seq", "event", "object", "id", "change", "version", "at"], "properties": {
            "seq": {"type": "integer", "description": "The change's number in the workspace (also the event id)"},
            "event": {"type": "string", "description": "`object.change`, e.g. `deal.stage_changed`"},
            "object": {"type": "string", "enum": ["person", "company", "deal", "activity"]},
            "id": uuid,
            "change": {"type": "string", "enum": ["created", "updated", "stage_changed", "deleted", "restored", "person_linked", "person_unlinked", "erased"]},
            "version": {"type": "integer", "description": "The record's version after the change"},
            "at": {"type": "string", "format": "date-time"},
            "actor_id": {"type": ["string", "null"], "format": "uuid"},
            "data": {"type": "object", "description": "What changed: `changes` (field, old, new) for updates; `from` and `to` stages for stage changes"},
        }},
        "SearchResults": {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {
            "kind": {"type": "string", "enum": ["person", "company", "deal"]},
            "id": uuid, "title": {"type": "string"}, "subtitle": {}, "score": {"type": "integer"},
        }}}}},
        "DealPersonInput": {"type": "object", "additionalProperties": false, "properties": {"role": {"type": ["string", "null"], "maxLength": 100}}},
        "DealPeople": {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {
            "role": {"type": ["string", "null"]}, "person": {"$ref": "#/components/schemas/Person"},
        }}}}},
        "PersonDeals": {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object", "properties": {
            "role": {"type": ["string", "null"]}, "deal": {"$ref": "#/components/schemas/Deal"},
        }}}}},
        "ViewInput": {
            "type": "object", "required": ["object", "name"], "additionalProperties": false,
            "properties": {
                "object": {"type": "string", "enum": ["companies", "people", "deals", "activities"]},
                "name": {"type": "string", "minLength": 1, "maxLength": 100},
                "filter": {"type": ["string", "null"]}, "sort": {"type": ["string", "null"]},
                "columns": {"type": "array", "items": {"type": "string"}},
                "shared": {"type": "boolean", "default": true},
                "version": {"type": "integer"},
            },
        },
        "View": {"type": "object", "properties": {
            "id": uuid, "object": {"type": "string"}, "name": {"type": "string"},
            "filter": {"type": ["string", "null"]}, "sort": {"type": ["string", "null"]},
            "columns": {"type": "array", "items": {"type": "string"}}, "shared": {"type": "boolean"},
            "owner_id": {"type": ["string", "null"], "format": "uuid"}, "version": {"type": "integer"},
        }},
        "ViewList": {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/View"}}}},
        "ImportReport": {"type": "object", "properties": {
            "dry_run": {"type": "boolean"}, "rows": {"type": "integer"}, "created": {"type": "integer"},
            "updated": {"type": "integer"}, "unchanged": {"type": "integer"}, "skipped": {"type": "integer"},
            "duplicates": {"type": "integer"}, "companies_created": {"type": "integer"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/RowError"}},
            "error_count": {"type": "integer"},
            "warnings": {"type": "array", "items": {"$ref": "#/components/schemas/RowError"}},
            "warning_count": {"type": "integer"},
        }},
        "RowError": {"type": "object", "properties": {
            "line": {"type": "integer"}, "field": {"type": "string"}, "message": {"type": "string"},
        }},
        "ImportPreview": {"type": "object", "properties": {
            "headers": {"type": "array", "items": {"type": "string"}},
            "delimiter": {"type": "string"},
            "mapping": {"type": "array", "items": {"type": "object", "properties": {
                "header": {"type": "string"}, "field": {"type": ["string", "null"]}, "note": {"type": ["string", "null"]},
            }}},
            "sample_rows": {"type": "array", "items": {"type": "object"}},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/RowError"}},
        }},
        "Timeline": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"type": "object", "properties": {
                "type": {"type": "string", "enum": ["activity", "event"]},
                "at": {"type": "string", "format": "date-time"},
                "activity": {"$ref": "#/components/schemas/Activity"},
                "sentiment": {"oneOf": [{"$ref": "#/components/schemas/Sentiment"}, {"type": "null"}], "description": "Of the activity's text, when it has any"},
                "event": {"type": "string", "enum": ["created", "updated", "stage_changed", "deleted", "restored", "person_linked", "person_unlinked"]},
                "data": {"type": "object"},
            }}},
            "next_cursor": {"type": ["string", "null"]},
        }},
    });
    if let Value::Object(fixed) = fixed {
        schemas.extend(fixed);
    }
    for more in [
        webhook_and_job_schemas(),
        insight_schemas(),
        inbound_schemas(),
    ] {
        if let Value::Object(more) = more {
            schemas.extend(more);
        }
    }
    // What creates a pipeline or a view: the input without the version it would replace.
    for (input, new) in [("PipelineInput", "PipelineNew"), ("ViewInput", "ViewNew")] {
        let mut schema = schemas[input].clone();
        if let Some(properties) = schema["properties"].as_object_mut() {
            properties.remove("version");
        }
        schemas.insert(new.into(), schema);
    }
    schemas
}

fn webhook_and_job_schemas() -> Value {
    let events = relata_domain::webhook::EVENT_TYPES;
    let statuses: Vec<&str> = JobStatus::ALL.iter().map(|s| s.name()).collect();
    let time = json!({"type": "string", "format": "date-time"});
    let optional_time = json!({"type": ["string", "null"], "format": "date-time"});
    json!({
        "WebhookInput": {"type": "object", "required": ["url", "event_types"], "additionalProperties": false, "properties": {
            "url": {"type": "string", "minLength": 8, "maxLength": 2000, "description": "Where to post: https:// (or http://)"},
            "description": {"type": "string", "maxLength": 500},
            "event_types": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": events}},
        }},
        "WebhookChange": {"type": "object", "additionalProperties": false, "properties": {
            "url": {"type": "string", "minLength": 8, "maxLength": 2000},
            "description": {"type": "string", "maxLength": 500},
            "event_types": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": events}},
            "enabled": {"type": "boolean", "description": "Turning it on again clears `disabled_reason`"},
            "version": {"type": "integer", "description": "Or send If-Match"},
        }},
        "Webhook": {"type": "object", "properties": {
            "id": {"type": "string", "format": "uuid"},
            "url": {"type": "string"},
            "description": {"type": "string"},
            "event_types": {"type": "array", "items": {"type": "string", "enum": events}},
            "enabled": {"type": "boolean"},
            "disabled_reason": {"type": ["string", "null"], "description": "Why Relata turned it off"},
            "created_at": time, "updated_at": time,
            "version": {"type": "integer"},
        }},
        "WebhookCreated": {"allOf": [{"$ref": "#/components/schemas/Webhook"}, {"type": "object", "properties": {
            "secret": {"type": "string", "description": "The Standard Webhooks signing secret (`whsec_…`); shown only here"},
        }}]},
        "WebhookList": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Webhook"}},
        }},
        "Delivery": {"type": "object", "properties": {
            "id": {"type": "string", "format": "uuid", "description": "Sent as `webhook-id` (msg_ and the id without dashes)"},
            "subscription_id": {"type": "string", "format": "uuid"},
            "event_type": {"type": "string"},
            "seq": {"type": ["integer", "null"], "description": "The change's number in the workspace's change feed"},
            "payload": {"type": "object", "description": "The body sent: type, timestamp and data"},
            "status": {"type": "string", "enum": ["pending", "succeeded", "failed"]},
            "attempts": {"type": "integer"},
            "last_status": {"type": ["integer", "null"]},
            "last_error": {"type": ["string", "null"]},
            "last_attempt_at": optional_time,
            "created_at": time,
        }},
        "DeliveryDetail": {"allOf": [{"$ref": "#/components/schemas/Delivery"}, {"type": "object", "properties": {
            "tries": {"type": "array", "items": {"type": "object", "properties": {
                "attempt": {"type": "integer"},
                "at": time,
                "status_code": {"type": ["integer", "null"]},
                "error": {"type": ["string", "null"]},
                "duration_ms": {"type": "integer"},
            }}},
        }}]},
        "DeliveryPage": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Delivery"}},
            "next_before": {"type": ["string", "null"], "format": "uuid"},
        }},
        "Job": {"type": "object", "properties": {
            "id": {"type": "string", "format": "uuid"},
            "workspace_id": {"type": ["string", "null"], "format": "uuid"},
            "kind": {"type": "string"},
            "key": {"type": ["string", "null"]},
            "payload": {},
            "status": {"type": "string", "enum": statuses},
            "attempts": {"type": "integer"},
            "max_attempts": {"type": "integer"},
            "run_at": time,
            "locked_by": {"type": ["string", "null"], "description": "The worker running it"},
            "locked_until": optional_time,
            "progress": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
            "progress_note": {"type": ["string", "null"]},
            "last_error": {"type": ["string", "null"]},
            "result": {},
            "created_by": {"type": ["string", "null"], "format": "uuid"},
            "created_at": time, "updated_at": time,
            "finished_at": optional_time,
        }},
        "JobPage": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Job"}},
            "next_before": {"type": ["string", "null"], "format": "uuid"},
        }},
    })
}

fn insight_schemas() -> Value {
    let money = json!({"type": "number", "description": "In major units of the deals' currency"});
    json!({
        "Sentiment": {"type": "object", "properties": {
            "score": {"type": "number", "minimum": -1, "maximum": 1},
            "label": {"type": "string", "enum": ["negative", "neutral", "positive"]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "language": {"type": "string", "enum": ["en", "ru"]},
        }},
        "SentimentTrend": {"type": "object", "properties": {
            "points": {"type": "array", "description": "Each conversation's sentiment, oldest first", "items": {"type": "object", "properties": {
                "activity_id": {"type": "string", "format": "uuid"},
                "at": {"type": "string", "format": "date-time"},
                "score": {"type": "number", "minimum": -1, "maximum": 1},
                "label": {"type": "string", "enum": ["negative", "neutral", "positive"]},
            }}},
            "rolling": {"type": "array", "description": "The 30-day rolling average at each point", "items": {"type": "object", "properties": {
                "at": {"type": "string", "format": "date-time"},
                "average": {"type": "number"},
            }}},
            "alert": {"type": ["object", "null"], "description": "Set when the recent conversations turned negative", "properties": {
                "recent_average": {"type": "number"},
                "baseline_average": {"type": ["number", "null"]},
                "reason": {"type": "string"},
            }},
        }},
        "Analysis": {"type": "object", "properties": {
            "sentiment": {"$ref": "#/components/schemas/Sentiment"},
            "summary": {"type": "array", "items": {"type": "string"}, "description": "Up to three of the text's own sentences, in order"},
            "action_items": {"type": "array", "items": {"type": "object", "properties": {
                "title": {"type": "string"},
                "assignee": {"description": "speaker, team, other, unknown, or {named: NAME}"},
                "due": {"type": ["object", "null"], "description": "When the text says, e.g. {kind: tomorrow} or {kind: weekday, day: friday}"},
                "sentence": {"type": "string"},
            }}},
        }},
        "Forecast": {"type": "object", "properties": {
            "as_of": {"type": "string", "format": "date"},
            "currency": {"type": "string", "description": "The workspace's default currency; deals in others are left out"},
            "other_currency_deals": {"type": "integer"},
            "open_deals": {"type": "integer"},
            "closed_deals": {"type": "integer", "description": "Won and lost deals the model learned from"},
            "band": {"type": "array", "items": {"type": "number"}, "description": "The band's lower and upper quantiles"},
            "months": {"type": "array", "items": {"type": "object", "properties": {
                "month": {"type": "string", "description": "YYYY-MM"},
                "expected": money, "low": money, "high": money,
                "from_open_deals": money, "from_new_deals": money,
            }}},
        }},
        "LeadModel": {"type": "object", "properties": {
            "method": {"type": "string", "enum": ["rules", "logistic", "boostedtrees"], "description": "rules while there are fewer than 50 closed deals"},
            "thin_history": {"type": "boolean"},
            "examples": {"type": "integer", "description": "Closed deals learned from"},
            "won": {"type": "integer"},
            "cv_auc": {"type": ["number", "null"], "description": "5-fold cross-validated ROC AUC"},
            "brier": {"type": ["number", "null"]},
            "calibration": {"type": "array", "items": {"type": "object", "properties": {
                "lower": {"type": "number"}, "upper": {"type": "number"}, "count": {"type": "integer"},
                "mean_predicted": {"type": "number"}, "observed_rate": {"type": "number"},
            }}},
            "warnings": {"type": "array", "items": {"type": "string"}, "description": "Features that look known only after the outcome"},
            "scored_open_deals": {"type": "integer"},
            "trained_at": {"type": "string", "format": "date-time"},
        }},
        "DealsAtRisk": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"type": "object", "properties": {
                "deal_id": {"type": "string", "format": "uuid"},
                "name": {"type": "string"},
                "stage": {"type": "string"},
                "reasons": {"type": "array", "items": {"type": "string"}},
            }}},
        }},
    })
}

fn inbound_schemas() -> Value {
    let text = json!({"type": "string", "maxLength": 2000});
    json!({
        "IntegrationInput": {"type": "object", "required": ["kind", "name"], "additionalProperties": false, "properties": {
            "kind": {"type": "string", "enum": ["web_form", "telephony"]},
            "name": {"type": "string", "minLength": 1, "maxLength": 100},
            "source": {"type": ["string", "null"], "maxLength": 100, "description": "Web forms: the source recorded on their leads (default: the name)"},
            "create_deal": {"type": "boolean", "description": "Web forms: also open a deal for each new lead"},
            "redirect_url": {"type": ["string", "null"], "description": "Web forms posted from HTML: where the browser goes afterwards"},
        }},
        "Integration": {"type": "object", "properties": {
            "id": {"type": "string", "format": "uuid"},
            "kind": {"type": "string", "enum": ["web_form", "telephony"]},
            "name": {"type": "string"},
            "settings": {"type": "object"},
            "enabled": {"type": "boolean"},
            "created_by": {"type": ["string", "null"], "format": "uuid"},
            "created_at": {"type": "string", "format": "date-time"},
        }},
        "IntegrationCreated": {"allOf": [{"$ref": "#/components/schemas/Integration"}, {"type": "object", "properties": {
            "token": {"type": "string", "description": "The endpoint's secret; shown only here"},
            "post_to": {"type": "string", "description": "The path to post to, token included"},
        }}]},
        "IntegrationList": {"type": "object", "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Integration"}},
        }},
        "FormPost": {"type": "object", "description": "Any text fields; these are understood, the rest go into the lead's note. An email or a phone is needed. `website` is a honeypot: leave it out of what people see.", "properties": {
            "first_name": text, "last_name": text, "name": text, "email": text, "phone": text,
            "company": text, "message": {"type": "string", "maxLength": 10000}, "website": text,
        }},
        "Received": {"type": "object", "properties": {"status": {"type": "string", "enum": ["received"]}}},
        "CallEvent": {"type": "object", "required": ["event", "call_id", "direction"], "properties": {
            "event": {"type": "string", "enum": ["started", "ringing", "answered", "ended", "hangup"]},
            "call_id": {"type": "string", "minLength": 1, "maxLength": 200},
            "direction": {"type": "string", "enum": ["inbound", "outbound"]},
            "from": {"type": "string", "description": "The caller's number (the customer's, inbound)"},
            "to": {"type": "string", "description": "The called number (the customer's, outbound)"},
            "at": {"type": "string", "format": "date-time"},
            "duration_seconds": {"type": "integer", "minimum": 0, "maximum": 86400},
            "recording_url": {"type": "string"},
        }},
        "CallTaken": {"type": "object", "properties": {"activity_id": {"type": "string", "format": "uuid"}}},
    })
}
