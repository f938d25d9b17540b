//! What inbound posts do: a web form's lead becomes a person (or a note on the person who
//! already has that email), optionally with a deal; a phone system's call events become one
//! call activity on the caller's timeline, and an unknown caller becomes a lead.

use relata_domain::contact::{parse_email, parse_phone};
use relata_domain::inbound::{CallEvent, CallStage, FormLead};
use relata_domain::record::Mode;
use relata_domain::{Changes, ObjectKind, Record, Value};
use relata_store::{Actor, InboundHolder, StoreError};
use serde_json::{Map, json};
use uuid::Uuid;

use crate::problem::ApiError;
use crate::state::AppState;

/// Who the records an endpoint makes are by: the admin who set the endpoint up.
fn actor_of(holder: &InboundHolder) -> Actor {
    Actor {
        workspace_id: holder.workspace_id,
        member_id: holder.endpoint.created_by,
    }
}

async fn create(
    state: &AppState,
    holder: &InboundHolder,
    kind: ObjectKind,
    input: serde_json::Value,
) -> Result<Record, ApiError> {
    let customs = state.custom_fields(holder.workspace_id, kind).await?;
    let ctx = holder.settings.parse_context();
    let changes = Changes::parse(kind, &input, Mode::Create, &customs, &ctx)?;
    Ok(state
        .store
        .create_record(actor_of(holder), kind, &changes, &customs)
        .await?)
}

/// Takes a form's lead. Says nothing about whether the person was known already: the
/// form is public, and must not tell strangers who is in the CRM.
pub async fn take_lead(
    state: &AppState,
    holder: &InboundHolder,
    lead: FormLead,
) -> Result<(), ApiError> {
    let ctx = holder.settings.parse_context();
    let email = lead
        .email
        .as_deref()
        .map(parse_email)
        .transpose()
        .map_err(|m| ApiError::invalid("email", m))?;
    let phone = lead
        .phone
        .as_deref()
        .map(|p| parse_phone(p, &ctx.default_country_code))
        .transpose()
        .map_err(|m| ApiError::invalid("phone", m))?;
    let settings = &holder.endpoint.settings;
    let source = settings["source"]
        .as_str()
        .unwrap_or(&holder.endpoint.name)
        .to_owned();
    let known = match &email {
        Some(email) => {
            state
                .store
                .find_live_by(
                    holder.workspace_id,
                    ObjectKind::Person,
                    "email",
                    Value::Text(email.clone()),
                )
                .await?
        }
        None => None,
    };
    let person_id = match known {
        Some(id) => id,
        None => {
            let mut person = Map::new();
            person.insert("first_name".into(), json!(lead.first_name));
            person.insert("last_name".into(), json!(lead.last_name));
            person.insert("email".into(), json!(email));
            person.insert("phone".into(), json!(phone));
            person.insert("source".into(), json!(source));
            person.insert("lifecycle_stage".into(), json!("lead"));
            person.insert("lead_status".into(), json!("new"));
            create(state, holder, ObjectKind::Person, person.into())
                .await?
                .id
        }
    };
    let body = note_of(&lead);
    let subject = format!("Web form: {}", holder.endpoint.name);
    create(
        state,
        holder,
        ObjectKind::Activity,
        json!({ "kind": "note", "subject": subject, "body": body, "person_id": person_id }),
    )
    .await?;
    // A known person writing again gets a note on their timeline, not another deal.
    if known.is_none() && settings["create_deal"].as_bool() == Some(true) {
        let who = lead
            .company
            .clone()
            .or_else(|| lead.first_name.clone())
            .unwrap_or_else(|| "New lead".into());
        let deal = create(
            state,
            holder,
            ObjectKind::Deal,
            json!({ "name": format!("{who} ({})", holder.endpoint.name), "source": source }),
        )
        .await?;
        state
            .store
            .link_deal_person(actor_of(holder), deal.id, person_id, Some("lead"))
            .await?;
    }
    Ok(())
}

/// The note that keeps everything the form sent.
fn note_of(lead: &FormLead) -> String {
    let mut lines = Vec::new();
    if let Some(message) = &lead.message {
        lines.push(message.clone());
    }
    let known = [
        (
            "Name",
            [lead.first_name.clone(), lead.last_name.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ("Email", lead.email.clone().unwrap_or_default()),
        ("Phone", lead.phone.clone().unwrap_or_default()),
        ("Company", lead.company.clone().unwrap_or_default()),
    ];
    for (label, value) in known.into_iter().filter(|(_, v)| !v.is_empty()) {
        lines.push(format!("{label}: {value}"));
    }
    for (key, value) in &lead.other {
        lines.push(format!("{key}: {value}"));
    }
    lines.join("\n")
}

/// Whom a number belongs to: a person (by phone, then other phones) or a company.
async fn owner_of_number(
    state: &AppState,
    workspace_id: Uuid,
    number: &str,
) -> Result<Option<(&'static str, Uuid)>, StoreError> {
    let value = || Value::Text(number.to_owned());
    if let Some(id) = state
        .store
        .find_live_by(workspace_id, ObjectKind::Person, "phone", value())
        .await?
    {
        return Ok(Some(("person_id", id)));
    }
    if let Some(id) = state
        .store
        .find_live_by(workspace_id, ObjectKind::Company, "phone", value())
        .await?
    {
        return Ok(Some(("company_id", id)));
    }
    Ok(None)
}

/// What the call activity says after an event.
fn call_changes(event: &CallEvent, number: &str) -> serde_json::Value {
    let mut changes = Map::new();
    match event.stage {
        CallStage::Started => {
            let way = if event.inbound {
                "Incoming call from"
            } else {
                "Call to"
            };
            changes.insert("subject".into(), json!(format!("{way} {number}")));
            changes.insert(
                "direction".into(),
                json!(if event.inbound { "inbound" } else { "outbound" }),
            );
        }
        CallStage::Answered => {
            changes.insert("outcome".into(), json!("connected"));
        }
        CallStage::Ended => {
            if let Some(duration) = event.duration_seconds {
                changes.insert("duration_seconds".into(), json!(duration));
                if duration == 0 {
                    changes.insert("outcome".into(), json!("no_answer"));
                }
            }
            if let Some(url) = &event.recording_url {
                changes.insert("recording_url".into(), json!(url));
            }
        }
    }
    if let Some(at) = event.at.filter(|_| event.stage == CallStage::Started) {
        changes.insert(
            "occurred_at".into(),
            json!(relata_domain::timestamp::format(at)),
        );
    }
    changes.into()
}

/// Applies one call event; returns the call activity's id.
pub async fn take_call_event(
    state: &AppState,
    holder: &InboundHolder,
    event: CallEvent,
) -> Result<Uuid, ApiError> {
    let ws = holder.workspace_id;
    let ctx = holder.settings.parse_context();
    let number = parse_phone(event.customer_number(), &ctx.default_country_code)
        .map_err(|m| ApiError::invalid(if event.inbound { "from" } else { "to" }, m))?;
    if let Some(activity) = state.store.call_activity(ws, &event.call_id).await? {
        update_call(state, holder, activity, &event, &number).await?;
        return Ok(activity);
    }
    let link = match owner_of_number(state, ws, &number).await? {
        Some(link) => link,
        None => {
            let lead = json!({ "first_name": "Unknown caller", "phone": number, "source": "phone",
                               "lifecycle_stage": "lead", "lead_status": "new" });
            (
                "person_id",
                create(state, holder, ObjectKind::Person, lead).await?.id,
            )
        }
    };
    let mut first = call_changes(
        &CallEvent {
            stage: CallStage::Started,
            ..event.clone()
        },
        &number,
    );
    first["kind"] = json!("call");
    first[link.0] = json!(link.1);
    let activity = create(state, holder, ObjectKind::Activity, first).await?;
    if !state
        .store
        .remember_call(ws, &event.call_id, activity.id)
        .await?
    {
        // Another event of this call made its activity at the same moment: keep that one.
        state
            .store
            .trash_record(actor_of(holder), ObjectKind::Activity, activity.id, None)
            .await?;
        let winner = state
            .store
            .call_activity(ws, &event.call_id)
            .await?
            .unwrap_or(activity.id);
        update_call(state, holder, winner, &event, &number).await?;
        return Ok(winner);
    }
    if event.stage != CallStage::Started {
        update_call(state, holder, activity.id, &event, &number).await?;
    }
    Ok(activity.id)
}

async fn update_call(
    state: &AppState,
    holder: &InboundHolder,
    activity: Uuid,
    event: &CallEvent,
    number: &str,
) -> Result<(), ApiError> {
    let input = call_changes(event, number);
    if input.as_object().is_none_or(|o| o.is_empty()) {
        return Ok(());
    }
    let customs = state
        .custom_fields(holder.workspace_id, ObjectKind::Activity)
        .await?;
    let ctx = holder.settings.parse_context();
    let changes = Changes::parse(ObjectKind::Activity, &input, Mode::Patch, &customs, &ctx)?;
    // Events of one call arrive in order, but may race: the latest version is the one
    // to change, and a concurrent change is retried once on the new version.
    for _ in 0..2 {
        let current = state
            .store
            .get_record(holder.workspace_id, ObjectKind::Activity, activity)
            .await?;
        match state
            .store
            .update_record(
                actor_of(holder),
                ObjectKind::Activity,
                activity,
                current.version,
                &changes,
                &customs,
            )
            .await
        {
            Err(StoreError::VersionConflict { .. }) => continue,
            other => {
                other?;
                return Ok(());
            }
        }
    }
    Err(ApiError::Conflict(
        "the call was being changed; send the event again".into(),
    ))
}
