//! Every route in one table: its method, path, handler and documentation. The router and
//! the OpenAPI document are both built from it, so neither can miss a route.

pub mod audit;
pub mod deal_people;
pub mod events;
pub mod health;
pub mod inbound;
pub mod insights;
pub mod jobs;
pub mod members;
pub mod personal_data;
pub mod pipelines;
pub mod records;
pub mod reports;
pub mod search;
pub mod session;
pub mod transfer;
pub mod two_factor;
pub mod views;
pub mod webhooks;
pub mod workspace;

use axum::http::Method;
use axum::routing::{MethodFilter, MethodRouter, on};
use relata_domain::ObjectKind;

use relata_domain::role::Role;

use crate::extract::RouteAccess;
use crate::state::AppState;

/// How a route is described in the OpenAPI document.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub summary: String,
    pub tag: String,
    /// Query parameters: name and description.
    pub query: Vec<(&'static str, &'static str)>,
    /// The request body's schema, by name in `components/schemas`.
    pub body: Option<String>,
    /// The success response's schema, if it has a body.
    pub response: Option<String>,
    pub status: u16,
    /// Whether writes take the record version (`If-Match`).
    pub if_match: bool,
    /// Whether the request body (import) or the response (export) is CSV rather than JSON.
    pub csv_body: bool,
    pub csv_response: bool,
    /// Whether the response is a stream of Server-Sent Events.
    pub event_stream: bool,
    /// Whether the route answers without signing in.
    pub public: bool,
    /// The least role that may call it; by default viewers read and members write.
    pub role: Option<Role>,
}

pub struct Route {
    pub method: Method,
    pub path: String,
    pub doc: Doc,
    pub handler: MethodRouter<AppState>,
}

impl Route {
    /// Who may call this route.
    pub fn access(&self) -> RouteAccess {
        if self.doc.public {
            return RouteAccess::Public;
        }
        let default = if self.method == Method::GET {
            Role::Viewer
        } else {
            Role::Member
        };
        RouteAccess::Role(self.doc.role.unwrap_or(default))
    }
}

fn route(
    method: Method,
    path: impl Into<String>,
    doc: Doc,
    handler: MethodRouter<AppState>,
) -> Route {
    Route {
        method,
        path: path.into(),
        doc,
        handler,
    }
}

fn doc(tag: &str, summary: impl Into<String>, status: u16) -> Doc {
    Doc {
        summary: summary.into(),
        tag: tag.to_owned(),
        status,
        ..Doc::default()
    }
}

/// For what every member may do, viewers included (signing out).
fn any_member(doc: Doc) -> Doc {
    Doc {
        role: Some(Role::Viewer),
        ..doc
    }
}

/// For settings that only owners and admins change.
fn admin(doc: Doc) -> Doc {
    Doc {
        role: Some(Role::Admin),
        ..doc
    }
}

fn public(doc: Doc) -> Doc {
    Doc {
        public: true,
        ..doc
    }
}

const LIST_PARAMS: [(&str, &str); 6] = [
    (
        "filter",
        "Filter expression, e.g. `lifecycle_stage eq customer and (city eq Moscow or tags eq vip)`",
    ),
    (
        "sort",
        "Comma-separated fields; a leading `-` sorts descending. Default `-created_at`",
    ),
    ("limit", "Records per page, 1 to 500 (default 50)"),
    ("cursor", "The `next_cursor` of the previous page"),
    (
        "fields",
        "Comma-separated fields to return (`id` is always returned)",
    ),
    ("trash", "`only` lists the trash instead of live records"),
];

/// Schema names of an object: `Person`, `PersonInput`, `PersonPage`.
pub fn schema_name(kind: ObjectKind) -> &'static str {
    match kind {
        ObjectKind::Company => "Company",
        ObjectKind::Person => "Person",
        ObjectKind::Deal => "Deal",
        ObjectKind::Activity => "Activity",
    }
}

fn record_routes(kind: ObjectKind) -> Vec<Route> {
    use records as r;
    let base = format!("/api/v1/{}", kind.plural());
    let item = format!("{base}/{{id}}");
    let (name, plural, tag) = (kind.name(), kind.plural(), schema_name(kind));
    let one = Some(tag.to_owned());
    let input = Some(format!("{tag}Input"));
    let mut routes = vec![
        route(
            Method::GET,
            &base,
            Doc {
                query: LIST_PARAMS.to_vec(),
                response: Some(format!("{tag}Page")),
                ..doc(tag, format!("List {plural}"), 200)
            },
            on(MethodFilter::GET, move |s, p, q| r::list(kind, s, p, q)),
        ),
        route(
            Method::POST,
            &base,
            Doc {
                body: Some(format!("{tag}New")),
                response: one.clone(),
                ..doc(tag, format!("Create a {name}"), 201)
            },
            on(MethodFilter::POST, move |s, p, b| r::create(kind, s, p, b)),
        ),
        route(
            Method::POST,
            format!("{base}/batch"),
            Doc {
                body: Some(format!("{tag}Batch")),
                response: Some(format!("{tag}List")),
                ..doc(
                    tag,
                    format!("Create, update or upsert up to 1,000 {plural} in one transaction"),
                    200,
                )
            },
            on(MethodFilter::POST, move |s, p, b| r::batch(kind, s, p, b)),
        ),
        route(
            Method::GET,
            format!("{base}/fields"),
            Doc {
                response: Some("FieldList".into()),
                ..doc(
                    tag,
                    format!("The fields of {plural}, standard and custom"),
                    200,
                )
            },
            on(MethodFilter::GET, move |s, p| r::fields_list(kind, s, p)),
        ),
        route(
            Method::POST,
            format!("{base}/fields"),
            admin(Doc {
                body: Some("CustomFieldInput".into()),
                response: Some("CustomField".into()),
                ..doc(tag, format!("Define a custom field on {plural}"), 201)
            }),
            on(MethodFilter::POST, move |s, p, b| {
                r::fields_create(kind, s, p, b)
            }),
        ),
        route(
            Method::DELETE,
            format!("{base}/fields/{{key}}"),
            admin(doc(
                tag,
                format!("Remove a custom field from {plural}"),
                204,
            )),
            on(MethodFilter::DELETE, move |s, p, k| {
                r::fields_delete(kind, s, p, k)
            }),
        ),
        route(
            Method::GET,
            &item,
            Doc {
                query: vec![LIST_PARAMS[4]],
                response: one.clone(),
                ..doc(tag, format!("Get a {name}"), 200)
            },
            on(MethodFilter::GET, move |s, p, i, q| {
                r::get(kind, s, p, i, q)
            }),
        ),
        route(
            Method::PATCH,
            &item,
            Doc {
                body: input,
                response: one.clone(),
                if_match: true,
                ..doc(tag, format!("Change some fields of a {name}"), 200)
            },
            on(MethodFilter::PATCH, move |s, p, i, h, b| {
                r::patch(kind, s, p, i, h, b)
            }),
        ),
        route(
            Method::DELETE,
            &item,
            Doc {
                response: one.clone(),
                ..doc(tag, format!("Move a {name} to the trash"), 200)
            },
            on(MethodFilter::DELETE, move |s, p, i, h| {
                r::delete(kind, s, p, i, h)
            }),
        ),
        route(
            Method::POST,
            format!("{item}/restore"),
            Doc {
                response: one,
                ..doc(tag, format!("Restore a {name} from the trash"), 200)
            },
            on(MethodFilter::POST, move |s, p, i| r::restore(kind, s, p, i)),
        ),
    ];
    if matches!(
        kind,
        ObjectKind::Person | ObjectKind::Company | ObjectKind::Deal
    ) {
        routes.extend(transfer_routes(kind));
    }
    if kind.has_timeline() {
        routes.push(route(
            Method::GET,
            format!("{item}/timeline"),
            Doc {
                query: vec![
                    ("limit", "Items per page, 1 to 200 (default 50)"),
                    ("cursor", "The `next_cursor` of the previous page"),
                ],
                response: Some("Timeline".into()),
                ..doc(
                    tag,
                    format!("Activities and changes of a {name}, newest first"),
                    200,
                )
            },
            on(MethodFilter::GET, move |s, p, i, q| {
                r::timeline(kind, s, p, i, q)
            }),
        ));
        routes.push(route(
            Method::GET,
            format!("{item}/sentiment"),
            Doc {
                response: Some("SentimentTrend".into()),
                ..doc(
                    tag,
                    format!(
                        "How the {name}'s conversations felt over time, and an alert when they turned negative"
                    ),
                    200,
                )
            },
            on(MethodFilter::GET, move |s, p, i| insights::sentiment(kind, s, p, i)),
        ));
    }
    routes
}

const IMPORT_PARAMS: [(&str, &str); 3] = [
    (
        "dry_run",
        "`true` checks every row as the import would and writes nothing",
    ),
    (
        "map",
        "`Header=field` chooses a column's field (repeatable); `Header=` ignores the column",
    ),
    (
        "create_companies",
        "`false` leaves rows unlinked instead of creating companies they name",
    ),
];

fn transfer_routes(kind: ObjectKind) -> Vec<Route> {
    use transfer as t;
    let base = format!("/api/v1/{}", kind.plural());
    let (plural, tag) = (kind.plural(), schema_name(kind));
    vec![
        route(
            Method::POST,
            format!("{base}/import"),
            Doc {
                query: IMPORT_PARAMS.to_vec(),
                csv_body: true,
                response: Some("ImportReport".into()),
                ..doc(
                    tag,
                    format!(
                        "Import {plural} from CSV (people upsert on email, companies on domain)"
                    ),
                    200,
                )
            },
            on(MethodFilter::POST, move |s, p, q, b| {
                t::import(kind, s, p, q, b)
            }),
        ),
        route(
            Method::POST,
            format!("{base}/import/preview"),
            Doc {
                query: vec![IMPORT_PARAMS[1]],
                csv_body: true,
                response: Some("ImportPreview".into()),
                ..doc(
                    tag,
                    format!(
                        "How a CSV of {plural} would be read: column mapping, first rows, problems"
                    ),
                    200,
                )
            },
            on(MethodFilter::POST, move |s, p, q, b| {
                t::preview(kind, s, p, q, b)
            }),
        ),
        route(
            Method::GET,
            format!("{base}/export"),
            Doc {
                query: vec![
                    LIST_PARAMS[0],
                    LIST_PARAMS[1],
                    LIST_PARAMS[4],
                    LIST_PARAMS[5],
                ],
                csv_response: true,
                ..doc(tag, format!("Export {plural} as CSV, streamed"), 200)
            },
            on(MethodFilter::GET, move |s, p, q| t::export(kind, s, p, q)),
        ),
        route(
            Method::POST,
            format!("{base}/import/jobs"),
            Doc {
                query: IMPORT_PARAMS.to_vec(),
                csv_body: true,
                response: Some("Job".into()),
                ..doc(
                    tag,
                    format!(
                        "Import {plural} from CSV in the background; the job's result is the report"
                    ),
                    202,
                )
            },
            on(MethodFilter::POST, move |s, p, q, b| {
                t::import_in_background(kind, s, p, q, b)
            }),
        ),
        route(
            Method::POST,
            format!("{base}/export/jobs"),
            Doc {
                query: vec![
                    LIST_PARAMS[0],
                    LIST_PARAMS[1],
                    LIST_PARAMS[4],
                    LIST_PARAMS[5],
                ],
                response: Some("Job".into()),
                ..doc(
                    tag,
                    format!("Export {plural} in the background; download from the job's file"),
                    202,
                )
            },
            on(MethodFilter::POST, move |s, p, q| {
                t::export_in_background(kind, s, p, q)
            }),
        ),
    ]
}

/// The whole API.
pub fn routes() -> Vec<Route> {
    let mut routes = vec![
        route(
            Method::GET,
            "/healthz",
            public(doc("System", "The process is up", 200)),
            on(MethodFilter::GET, health::healthz),
        ),
        route(
            Method::GET,
            "/readyz",
            public(doc("System", "The database is reachable and migrated", 200)),
            on(MethodFilter::GET, health::readyz),
        ),
        route(
            Method::GET,
            "/api/v1/setup",
            public(Doc {
                response: Some("SetupStatus".into()),
                ..doc(
                    "Session",
                    "Whether the first-run set-up is still needed",
                    200,
                )
            }),
            on(MethodFilter::GET, session::setup_status),
        ),
        route(
            Method::POST,
            "/api/v1/setup",
            public(Doc {
                body: Some("SetupInput".into()),
                response: Some("SetupResult".into()),
                ..doc(
                    "Session",
                    "Create the first workspace and its owner, and sign the owner in",
                    201,
                )
            }),
            on(MethodFilter::POST, workspace::setup),
        ),
        route(
            Method::POST,
            "/api/v1/session",
            public(Doc {
                body: Some("SignInInput".into()),
                response: Some("Session".into()),
                ..doc("Session", "Sign in; sets the session cookie", 200)
            }),
            on(MethodFilter::POST, session::sign_in),
        ),
        route(
            Method::GET,
            "/api/v1/session",
            public(Doc {
                response: Some("Session".into()),
                ..doc(
                    "Session",
                    "The current session, or `signed_in: false` (with `setup_required`)",
                    200,
                )
            }),
            on(MethodFilter::GET, session::show),
        ),
        route(
            Method::DELETE,
            "/api/v1/session",
            any_member(doc("Session", "Sign out", 204)),
            on(MethodFilter::DELETE, session::sign_out),
        ),
        route(
            Method::DELETE,
            "/api/v1/sessions",
            any_member(doc(
                "Session",
                "Sign out everywhere: end every session of this user",
                204,
            )),
            on(MethodFilter::DELETE, session::sign_out_everywhere),
        ),
        route(
            Method::PATCH,
            "/api/v1/workspace",
            admin(Doc {
                body: Some("WorkspaceChange".into()),
                response: Some("Workspace".into()),
                ..doc(
                    "Workspace",
                    "Rename the workspace or change its default currency and calling code",
                    200,
                )
            }),
            on(MethodFilter::PATCH, workspace::update),
        ),
        route(
            Method::GET,
            "/api/v1/workspace",
            Doc {
                response: Some("Workspace".into()),
                ..doc("Workspace", "The current workspace", 200)
            },
            on(MethodFilter::GET, workspace::show),
        ),
        route(
            Method::GET,
            "/api/v1/members",
            Doc {
                response: Some("MemberList".into()),
                ..doc("Workspace", "Members of the workspace", 200)
            },
            on(MethodFilter::GET, workspace::members),
        ),
        route(
            Method::POST,
            "/api/v1/session/password",
            any_member(Doc {
                body: Some("PasswordChange".into()),
                response: Some("Session".into()),
                ..doc(
                    "Session",
                    "Change your password: every session of yours ends, and this one starts afresh",
                    200,
                )
            }),
            on(MethodFilter::POST, session::change_password),
        ),
        route(
            Method::POST,
            "/api/v1/session/totp",
            any_member(Doc {
                response: Some("TotpSetup".into()),
                ..doc(
                    "Session",
                    "Start setting up two-factor sign-in: a new secret for an authenticator app",
                    200,
                )
            }),
            on(MethodFilter::POST, two_factor::start),
        ),
        route(
            Method::POST,
            "/api/v1/session/totp/enable",
            any_member(Doc {
                body: Some("TotpCode".into()),
                response: Some("RecoveryCodes".into()),
                ..doc(
                    "Session",
                    "Turn two-factor sign-in on with the app's current code; answers recovery codes, shown once",
                    200,
                )
            }),
            on(MethodFilter::POST, two_factor::enable),
        ),
        route(
            Method::POST,
            "/api/v1/session/totp/disable",
            any_member(Doc {
                body: Some("PasswordInput".into()),
                ..doc("Session", "Turn two-factor sign-in off", 204)
            }),
            on(MethodFilter::POST, two_factor::disable),
        ),
        route(
            Method::POST,
            "/api/v1/session/totp/verify",
            public(Doc {
                body: Some("TotpVerify".into()),
                response: Some("Session".into()),
                ..doc(
                    "Session",
                    "The second step of signing in: the app's code or a recovery code",
                    200,
                )
            }),
            on(MethodFilter::POST, two_factor::verify),
        ),
        route(
            Method::POST,
            "/api/v1/password-reset",
            public(Doc {
                body: Some("PasswordReset".into()),
                ..doc(
                    "Session",
                    "Set a new password with a one-time reset token",
                    204,
                )
            }),
            on(MethodFilter::POST, session::reset_password),
        ),
        route(
            Method::PATCH,
            "/api/v1/members/{id}",
            admin(Doc {
                body: Some("RoleInput".into()),
                response: Some("Member".into()),
                ..doc("Members", "Change a member's role", 200)
            }),
            on(MethodFilter::PATCH, members::update),
        ),
        route(
            Method::DELETE,
            "/api/v1/members/{id}",
            admin(doc(
                "Members",
                "Remove a member and end their sessions",
                204,
            )),
            on(MethodFilter::DELETE, members::remove),
        ),
        route(
            Method::GET,
            "/api/v1/invitations",
            admin(Doc {
                response: Some("InvitationList".into()),
                ..doc("Members", "Invitations not yet accepted", 200)
            }),
            on(MethodFilter::GET, members::invitations),
        ),
        route(
            Method::POST,
            "/api/v1/invitations",
            admin(Doc {
                body: Some("InvitationInput".into()),
                response: Some("InvitationCreated".into()),
                ..doc(
                    "Members",
                    "Invite a person by a one-time link (its token is shown only in this answer)",
                    201,
                )
            }),
            on(MethodFilter::POST, members::invite),
        ),
        route(
            Method::DELETE,
            "/api/v1/invitations/{id}",
            admin(doc("Members", "Withdraw an invitation", 204)),
            on(MethodFilter::DELETE, members::revoke),
        ),
        route(
            Method::GET,
            "/api/v1/invitation",
            public(Doc {
                query: vec![("token", "The token of the invitation link")],
                response: Some("InvitationLookup".into()),
                ..doc("Members", "What an invitation link offers", 200)
            }),
            on(MethodFilter::GET, members::lookup),
        ),
        route(
            Method::POST,
            "/api/v1/invitation/accept",
            public(Doc {
                body: Some("AcceptInput".into()),
                response: Some("Session".into()),
                ..doc("Members", "Accept an invitation and sign in", 201)
            }),
            on(MethodFilter::POST, members::accept),
        ),
        route(
            Method::GET,
            "/api/v1/people/{id}/personal-data",
            admin(Doc {
                response: Some("PersonalData".into()),
                ..doc(
                    "Personal data",
                    "Everything held about a person (record, activities, deal roles, history), as JSON",
                    200,
                )
            }),
            on(MethodFilter::GET, personal_data::export),
        ),
        route(
            Method::POST,
            "/api/v1/people/{id}/erase",
            admin(Doc {
                body: Some("EraseInput".into()),
                response: Some("Erasure".into()),
                ..doc(
                    "Personal data",
                    "Erase a person with their activities and history; the audit log keeps a tombstone",
                    200,
                )
            }),
            on(MethodFilter::POST, personal_data::erase),
        ),
        route(
            Method::GET,
            "/api/v1/audit",
            admin(Doc {
                query: vec![
                    (
                        "before",
                        "Entries before this number (the `next_before` of the previous page)",
                    ),
                    ("record_id", "Only entries about this record"),
                    ("action", "Only this action, e.g. `updated` or `signed_in`"),
                    ("limit", "Entries per page, 1 to 500 (default 100)"),
                ],
                response: Some("AuditPage".into()),
                ..doc("Audit", "The audit log, newest first", 200)
            }),
            on(MethodFilter::GET, audit::list),
        ),
        route(
            Method::GET,
            "/api/v1/audit/export",
            admin(Doc {
                csv_response: true,
                ..doc("Audit", "The whole audit log as CSV, newest first", 200)
            }),
            on(MethodFilter::GET, audit::export),
        ),
        route(
            Method::GET,
            "/api/v1/api-keys",
            admin(Doc {
                response: Some("ApiKeyList".into()),
                ..doc(
                    "API keys",
                    "The workspace's API keys, revoked ones included",
                    200,
                )
            }),
            on(MethodFilter::GET, crate::api_keys::list),
        ),
        route(
            Method::POST,
            "/api/v1/api-keys",
            admin(Doc {
                body: Some("ApiKeyInput".into()),
                response: Some("ApiKeyCreated".into()),
                ..doc(
                    "API keys",
                    "Make an API key (the key itself is shown only in this answer)",
                    201,
                )
            }),
            on(MethodFilter::POST, crate::api_keys::create),
        ),
        route(
            Method::DELETE,
            "/api/v1/api-keys/{id}",
            admin(Doc {
                response: Some("ApiKey".into()),
                ..doc("API keys", "Revoke an API key", 200)
            }),
            on(MethodFilter::DELETE, crate::api_keys::revoke),
        ),
        route(
            Method::GET,
            "/api/v1/insights/forecast",
            Doc {
                query: vec![(
                    "months",
                    "Months to forecast, this one first: 1 to 12 (default 3)",
                )],
                response: Some("Forecast".into()),
                ..doc(
                    "Insights",
                    "Expected won revenue by month, with a confidence band, learned from the deals' history",
                    200,
                )
            },
            on(MethodFilter::GET, insights::forecast),
        ),
        route(
            Method::POST,
            "/api/v1/insights/lead-model/train",
            admin(Doc {
                response: Some("Job".into()),
                ..doc(
                    "Insights",
                    "Train the lead-scoring model on the closed deals and rescore the open ones (a job)",
                    202,
                )
            }),
            on(MethodFilter::POST, insights::train_lead_model),
        ),
        route(
            Method::GET,
            "/api/v1/insights/lead-model",
            Doc {
                response: Some("LeadModel".into()),
                ..doc(
                    "Insights",
                    "The lead-scoring model: method, examples, cross-validated AUC, calibration, warnings",
                    200,
                )
            },
            on(MethodFilter::GET, insights::lead_model),
        ),
        route(
            Method::GET,
            "/api/v1/insights/deals-at-risk",
            Doc {
                response: Some("DealsAtRisk".into()),
                ..doc(
                    "Insights",
                    "Open deals that sat in their stage or went quiet for longer than won deals did",
                    200,
                )
            },
            on(MethodFilter::GET, insights::deals_at_risk),
        ),
        route(
            Method::GET,
            "/api/v1/activities/{id}/analysis",
            Doc {
                response: Some("Analysis".into()),
                ..doc(
                    "Insights",
                    "Sentiment, a short summary and the action items of an activity's text",
                    200,
                )
            },
            on(MethodFilter::GET, insights::analysis),
        ),
        route(
            Method::GET,
            "/api/v1/integrations",
            admin(Doc {
                response: Some("IntegrationList".into()),
                ..doc("Integrations", "Web forms and telephony endpoints", 200)
            }),
            on(MethodFilter::GET, inbound::list),
        ),
        route(
            Method::POST,
            "/api/v1/integrations",
            admin(Doc {
                body: Some("IntegrationInput".into()),
                response: Some("IntegrationCreated".into()),
                ..doc(
                    "Integrations",
                    "Set up a web form or telephony endpoint (its token is shown only in this answer)",
                    201,
                )
            }),
            on(MethodFilter::POST, inbound::create),
        ),
        route(
            Method::DELETE,
            "/api/v1/integrations/{id}",
            admin(doc(
                "Integrations",
                "Remove an endpoint; its token stops working",
                204,
            )),
            on(MethodFilter::DELETE, inbound::delete),
        ),
        route(
            Method::POST,
            "/api/v1/inbound/forms/{token}",
            public(Doc {
                body: Some("FormPost".into()),
                response: Some("Received".into()),
                ..doc(
                    "Integrations",
                    "A web form's lead (JSON, or urlencoded from an HTML form); rate limited",
                    202,
                )
            }),
            on(MethodFilter::POST, inbound::form),
        ),
        route(
            Method::POST,
            "/api/v1/inbound/calls/{token}",
            public(Doc {
                body: Some("CallEvent".into()),
                response: Some("CallTaken".into()),
                ..doc(
                    "Integrations",
                    "A phone system's call event: started, answered or ended",
                    202,
                )
            }),
            on(MethodFilter::POST, inbound::call),
        ),
        route(
            Method::GET,
            "/api/v1/webhooks",
            admin(Doc {
                response: Some("WebhookList".into()),
                ..doc("Webhooks", "The workspace's webhook subscriptions", 200)
            }),
            on(MethodFilter::GET, webhooks::list),
        ),
        route(
            Method::POST,
            "/api/v1/webhooks",
            admin(Doc {
                body: Some("WebhookInput".into()),
                response: Some("WebhookCreated".into()),
                ..doc(
                    "Webhooks",
                    "Subscribe an address to events (the signing secret is shown only in this answer)",
                    201,
                )
            }),
            on(MethodFilter::POST, webhooks::create),
        ),
        route(
            Method::GET,
            "/api/v1/webhooks/{id}",
            admin(Doc {
                response: Some("Webhook".into()),
                ..doc("Webhooks", "Get a webhook subscription", 200)
            }),
            on(MethodFilter::GET, webhooks::get),
        ),
        route(
            Method::PATCH,
            "/api/v1/webhooks/{id}",
            admin(Doc {
                body: Some("WebhookChange".into()),
                response: Some("Webhook".into()),
                if_match: true,
                ..doc(
                    "Webhooks",
                    "Change a subscription, or turn it off or on again",
                    200,
                )
            }),
            on(MethodFilter::PATCH, webhooks::update),
        ),
        route(
            Method::DELETE,
            "/api/v1/webhooks/{id}",
            admin(doc(
                "Webhooks",
                "Delete a subscription with its delivery log",
                204,
            )),
            on(MethodFilter::DELETE, webhooks::delete),
        ),
        route(
            Method::POST,
            "/api/v1/webhooks/{id}/test",
            admin(Doc {
                response: Some("Delivery".into()),
                ..doc("Webhooks", "Send a webhook.test message now", 202)
            }),
            on(MethodFilter::POST, webhooks::test),
        ),
        route(
            Method::GET,
            "/api/v1/webhooks/{id}/deliveries",
            admin(Doc {
                query: vec![
                    ("status", "`pending`, `succeeded` or `failed`"),
                    (
                        "before",
                        "Deliveries before this one (the `next_before` of the previous page)",
                    ),
                    ("limit", "Deliveries per page, 1 to 500 (default 50)"),
                ],
                response: Some("DeliveryPage".into()),
                ..doc(
                    "Webhooks",
                    "The delivery log of a subscription, newest first",
                    200,
                )
            }),
            on(MethodFilter::GET, webhooks::deliveries),
        ),
        route(
            Method::GET,
            "/api/v1/webhooks/{id}/deliveries/{delivery_id}",
            admin(Doc {
                response: Some("DeliveryDetail".into()),
                ..doc("Webhooks", "A delivery with every try made at it", 200)
            }),
            on(MethodFilter::GET, webhooks::delivery),
        ),
        route(
            Method::POST,
            "/api/v1/webhooks/{id}/deliveries/{delivery_id}/replay",
            admin(Doc {
                response: Some("Delivery".into()),
                ..doc(
                    "Webhooks",
                    "Send a delivery again, with a fresh day of retries",
                    202,
                )
            }),
            on(MethodFilter::POST, webhooks::replay),
        ),
        route(
            Method::POST,
            "/api/v1/backups",
            Doc {
                role: Some(Role::Owner),
                response: Some("Job".into()),
                ..doc(
                    "Jobs",
                    "Back up everything now, to the destination configured on the server (a job)",
                    202,
                )
            },
            on(MethodFilter::POST, jobs::backup_now),
        ),
        route(
            Method::GET,
            "/api/v1/jobs",
            any_member(Doc {
                query: vec![
                    (
                        "status",
                        "`queued`, `running`, `succeeded`, `dead` or `cancelled`",
                    ),
                    ("kind", "Only jobs of this kind, e.g. `webhook.deliver`"),
                    (
                        "before",
                        "Jobs before this one (the `next_before` of the previous page)",
                    ),
                    ("limit", "Jobs per page, 1 to 500 (default 50)"),
                ],
                response: Some("JobPage".into()),
                ..doc(
                    "Jobs",
                    "Background jobs, newest first: all of the workspace's for admins, one's own for others",
                    200,
                )
            }),
            on(MethodFilter::GET, jobs::list),
        ),
        route(
            Method::GET,
            "/api/v1/jobs/{id}",
            any_member(Doc {
                response: Some("Job".into()),
                ..doc("Jobs", "A background job with its status and progress", 200)
            }),
            on(MethodFilter::GET, jobs::get),
        ),
        route(
            Method::GET,
            "/api/v1/jobs/{id}/file",
            any_member(Doc {
                csv_response: true,
                ..doc("Jobs", "The file a job made (an export's CSV)", 200)
            }),
            on(MethodFilter::GET, jobs::file),
        ),
        route(
            Method::POST,
            "/api/v1/jobs/{id}/retry",
            admin(Doc {
                response: Some("Job".into()),
                ..doc("Jobs", "Queue a dead or cancelled job again", 200)
            }),
            on(MethodFilter::POST, jobs::retry),
        ),
        route(
            Method::POST,
            "/api/v1/jobs/{id}/cancel",
            admin(Doc {
                response: Some("Job".into()),
                ..doc("Jobs", "Call off a queued job", 200)
            }),
            on(MethodFilter::POST, jobs::cancel),
        ),
        route(
            Method::GET,
            "/api/v1/pipelines",
            Doc {
                response: Some("PipelineList".into()),
                ..doc("Pipelines", "List pipelines with their stages", 200)
            },
            on(MethodFilter::GET, pipelines::list),
        ),
        route(
            Method::POST,
            "/api/v1/pipelines",
            admin(Doc {
                body: Some("PipelineNew".into()),
                response: Some("Pipeline".into()),
                ..doc("Pipelines", "Create a pipeline", 201)
            }),
            on(MethodFilter::POST, pipelines::create),
        ),
        route(
            Method::GET,
            "/api/v1/pipelines/{id}",
            Doc {
                response: Some("Pipeline".into()),
                ..doc("Pipelines", "Get a pipeline", 200)
            },
            on(MethodFilter::GET, pipelines::get),
        ),
        route(
            Method::PUT,
            "/api/v1/pipelines/{id}",
            admin(Doc {
                body: Some("PipelineInput".into()),
                response: Some("Pipeline".into()),
                if_match: true,
                ..doc("Pipelines", "Rename a pipeline and replace its stages", 200)
            }),
            on(MethodFilter::PUT, pipelines::replace),
        ),
        route(
            Method::DELETE,
            "/api/v1/pipelines/{id}",
            admin(doc("Pipelines", "Delete an empty pipeline", 204)),
            on(MethodFilter::DELETE, pipelines::delete),
        ),
        route(
            Method::GET,
            "/api/v1/pipelines/{id}/board",
            Doc {
                query: vec![
                    (
                        "filter",
                        "Narrow the deals, as on the deals list, e.g. `owner_id eq …`",
                    ),
                    (
                        "per_stage",
                        "Deals shown per stage, 0 to 500 (default 50); the rest through the deals list",
                    ),
                ],
                response: Some("Board".into()),
                ..doc(
                    "Pipelines",
                    "The deals board: per stage, the count, amount totals and the latest deals",
                    200,
                )
            },
            on(MethodFilter::GET, search::board),
        ),
        route(
            Method::GET,
            "/api/v1/reports/dashboard",
            Doc {
                query: vec![
                    (
                        "pipeline_id",
                        "The pipeline to report on (default: the first)",
                    ),
                    ("months", "How many months back, 1 to 36 (default 12)"),
                ],
                response: Some("Dashboard".into()),
                ..doc(
                    "Reports",
                    "Open value per stage, deals won and lost per month, activity per member (30 days), conversion between stages",
                    200,
                )
            },
            on(MethodFilter::GET, reports::dashboard),
        ),
        route(
            Method::GET,
            "/api/v1/search",
            Doc {
                query: vec![
                    (
                        "q",
                        "What to look for: names, emails, phones, domains; typos are forgiven",
                    ),
                    ("limit", "1 to 50 (default 10)"),
                ],
                response: Some("SearchResults".into()),
                ..doc(
                    "Search",
                    "Find people, companies and deals, best matches first",
                    200,
                )
            },
            on(MethodFilter::GET, search::search),
        ),
        route(
            Method::GET,
            "/api/v1/events",
            Doc {
                query: vec![(
                    "after",
                    "Send changes after this number (an event id); the `Last-Event-ID` header \
                     takes precedence. Without either, only changes from now on",
                )],
                event_stream: true,
                ..doc(
                    "Events",
                    "Changes to records as they happen (Server-Sent Events; each event's id \
                     is the change's number, and its data a ChangeEvent)",
                    200,
                )
            },
            on(MethodFilter::GET, events::stream),
        ),
        route(
            Method::GET,
            "/api/v1/deals/{id}/people",
            Doc {
                response: Some("DealPeople".into()),
                ..doc(
                    "Deal",
                    "The people involved in a deal, with their roles",
                    200,
                )
            },
            on(MethodFilter::GET, deal_people::list),
        ),
        route(
            Method::PUT,
            "/api/v1/deals/{id}/people/{person_id}",
            Doc {
                body: Some("DealPersonInput".into()),
                ..doc(
                    "Deal",
                    "Involve a person in a deal, or change their role",
                    204,
                )
            },
            on(MethodFilter::PUT, deal_people::link),
        ),
        route(
            Method::DELETE,
            "/api/v1/deals/{id}/people/{person_id}",
            doc("Deal", "Remove a person from a deal", 204),
            on(MethodFilter::DELETE, deal_people::unlink),
        ),
        route(
            Method::GET,
            "/api/v1/people/{id}/deals",
            Doc {
                response: Some("PersonDeals".into()),
                ..doc("Person", "The deals a person is involved in", 200)
            },
            on(MethodFilter::GET, deal_people::person_deals),
        ),
        route(
            Method::GET,
            "/api/v1/views",
            Doc {
                query: vec![("object", "people, companies, deals or activities")],
                response: Some("ViewList".into()),
                ..doc(
                    "Views",
                    "Saved views of a list: shared ones and your own",
                    200,
                )
            },
            on(MethodFilter::GET, views::list),
        ),
        route(
            Method::POST,
            "/api/v1/views",
            Doc {
                body: Some("ViewNew".into()),
                response: Some("View".into()),
                ..doc("Views", "Save a view", 201)
            },
            on(MethodFilter::POST, views::create),
        ),
        route(
            Method::GET,
            "/api/v1/views/{id}",
            Doc {
                response: Some("View".into()),
                ..doc("Views", "Get a saved view", 200)
            },
            on(MethodFilter::GET, views::get),
        ),
        route(
            Method::PUT,
            "/api/v1/views/{id}",
            Doc {
                body: Some("ViewInput".into()),
                response: Some("View".into()),
                if_match: true,
                ..doc("Views", "Replace a saved view", 200)
            },
            on(MethodFilter::PUT, views::replace),
        ),
        route(
            Method::DELETE,
            "/api/v1/views/{id}",
            doc("Views", "Delete a saved view", 204),
            on(MethodFilter::DELETE, views::delete),
        ),
    ];
    for kind in ObjectKind::ALL {
        routes.extend(record_routes(kind));
    }
    routes
}
