//! What outside systems send in: a lead from a web form, and a call event from a phone
//! system. Both are read leniently (providers add their own fields) but checked strictly
//! where it matters (a lead needs a way to reach them; a call needs an id and a number).

use time::OffsetDateTime;

use crate::error::{FieldError, ValidationErrors};

/// Fields a person never sees but a form-filling bot does: filled in, the post is a bot's.
pub const HONEYPOT_FIELDS: [&str; 3] = ["website", "_gotcha", "hp"];

/// A web form post, as the lead it describes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormLead {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company: Option<String>,
    pub message: Option<String>,
    /// Other fields the form had, in order, for the note.
    pub other: Vec<(String, String)>,
    /// A honeypot field was filled in.
    pub looks_automated: bool,
}

const MAX_FIELDS: usize = 30;
const MAX_VALUE: usize = 2_000;
const MAX_MESSAGE: usize = 10_000;

/// Reads a form's fields (`name` may stand for first and last name).
pub fn read_form(fields: Vec<(String, String)>) -> Result<FormLead, ValidationErrors> {
    let mut lead = FormLead::default();
    let mut errors = ValidationErrors::default();
    if fields.len() > MAX_FIELDS {
        errors.push(FieldError::new(
            "",
            format!("a form may send at most {MAX_FIELDS} fields"),
        ));
    }
    let mut full_name = None;
    for (key, value) in fields {
        let value = value.trim().to_owned();
        let limit = if key == "message" {
            MAX_MESSAGE
        } else {
            MAX_VALUE
        };
        if value.chars().count() > limit {
            errors.push(FieldError::new(
                &key,
                format!("is longer than {limit} characters"),
            ));
            continue;
        }
        if HONEYPOT_FIELDS.contains(&key.as_str()) {
            lead.looks_automated |= !value.is_empty();
            continue;
        }
        if value.is_empty() {
            continue;
        }
        let slot = match key.as_str() {
            "first_name" => &mut lead.first_name,
            "last_name" => &mut lead.last_name,
            "name" => &mut full_name,
            "email" => &mut lead.email,
            "phone" => &mut lead.phone,
            "company" => &mut lead.company,
            "message" => &mut lead.message,
            _ => {
                lead.other.push((key, value));
                continue;
            }
        };
        *slot = Some(value);
    }
    if let (None, Some(full)) = (&lead.first_name, full_name) {
        let mut parts = full.splitn(2, ' ');
        lead.first_name = parts.next().map(str::to_owned);
        lead.last_name = lead
            .last_name
            .take()
            .or_else(|| parts.next().map(str::to_owned));
    }
    if lead.email.is_none() && lead.phone.is_none() {
        errors.push(FieldError::new(
            "email",
            "give an email address or a phone number",
        ));
    }
    errors.into_result(lead)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallStage {
    Started,
    Answered,
    Ended,
}

/// One event of a call, as a phone system reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct CallEvent {
    pub stage: CallStage,
    /// The phone system's id of the call: its events share it.
    pub call_id: String,
    pub inbound: bool,
    pub from: String,
    pub to: String,
    pub at: Option<OffsetDateTime>,
    pub duration_seconds: Option<i64>,
    pub recording_url: Option<String>,
}

impl CallEvent {
    /// The customer's number: the caller of an inbound call, the callee of an outbound one.
    pub fn customer_number(&self) -> &str {
        if self.inbound { &self.from } else { &self.to }
    }
}

/// Reads a call event; unknown fields are ignored.
pub fn read_call_event(input: &serde_json::Value) -> Result<CallEvent, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let text = |name: &str| {
        input
            .get(name)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let stage = match text("event") {
        Some("started" | "ringing") => Some(CallStage::Started),
        Some("answered") => Some(CallStage::Answered),
        Some("ended" | "hangup") => Some(CallStage::Ended),
        _ => {
            errors.push(FieldError::new(
                "event",
                "must be started, answered or ended",
            ));
            None
        }
    };
    let call_id = text("call_id").map(str::to_owned);
    if call_id.as_ref().is_none_or(|id| id.len() > 200) {
        errors.push(FieldError::new(
            "call_id",
            "give the call's id (up to 200 characters)",
        ));
    }
    let inbound = match text("direction") {
        Some("inbound") => true,
        Some("outbound") => false,
        _ => {
            errors.push(FieldError::new("direction", "must be inbound or outbound"));
            true
        }
    };
    let (from, to) = (
        text("from").unwrap_or_default(),
        text("to").unwrap_or_default(),
    );
    let customer = if inbound { ("from", from) } else { ("to", to) };
    if customer.1.is_empty() {
        errors.push(FieldError::new(
            customer.0,
            "give the customer's phone number",
        ));
    }
    let at = match text("at") {
        Some(at) => crate::timestamp::parse(at)
            .map_err(|m| errors.push(FieldError::new("at", m)))
            .ok(),
        None => None,
    };
    let duration_seconds = match input.get("duration_seconds") {
        None | Some(serde_json::Value::Null) => None,
        Some(value) => match value.as_i64().filter(|d| (0..=86_400).contains(d)) {
            Some(d) => Some(d),
            None => {
                errors.push(FieldError::new(
                    "duration_seconds",
                    "must be whole seconds, 0 to 86400",
                ));
                None
            }
        },
    };
    let recording_url = text("recording_url").map(str::to_owned);
    if let Some(url) = &recording_url
        && crate::contact::parse_url(url).is_err()
    {
        errors.push(FieldError::new(
            "recording_url",
            "must be an http(s) address",
        ));
    }
    let event = CallEvent {
        stage: stage.unwrap_or(CallStage::Started),
        call_id: call_id.unwrap_or_default(),
        inbound,
        from: from.to_owned(),
        to: to.to_owned(),
        at,
        duration_seconds,
        recording_url,
    };
    errors.into_result(event)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_form_becomes_a_lead_and_a_bot_is_spotted() {
        let lead = read_form(pairs(&[
            ("name", "Anna Petrova"),
            ("email", " anna@example.com "),
            ("budget", "10k"),
            ("website", ""),
        ]))
        .unwrap();
        assert_eq!(lead.first_name.as_deref(), Some("Anna"));
        assert_eq!(lead.last_name.as_deref(), Some("Petrova"));
        assert_eq!(lead.email.as_deref(), Some("anna@example.com"));
        assert_eq!(lead.other, pairs(&[("budget", "10k")]));
        assert!(!lead.looks_automated);
        let bot = read_form(pairs(&[
            ("email", "x@example.com"),
            ("website", "http://spam"),
        ]))
        .unwrap();
        assert!(bot.looks_automated);
        let errors = read_form(pairs(&[("name", "Nobody")])).unwrap_err();
        assert_eq!(errors.0[0].field, "email");
    }

    #[test]
    fn call_events_need_an_id_and_the_customers_number() {
        let event = read_call_event(&json!({
            "event": "ended", "call_id": "abc", "direction": "outbound",
            "from": "101", "to": "+7 495 123-45-67", "duration_seconds": 95,
            "provider_field": true
        }))
        .unwrap();
        assert_eq!(event.stage, CallStage::Ended);
        assert_eq!(event.customer_number(), "+7 495 123-45-67");
        assert_eq!(event.duration_seconds, Some(95));
        let errors = read_call_event(
            &json!({"event": "ringing", "direction": "inbound", "duration_seconds": -1}),
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["call_id", "from", "duration_seconds"]);
    }
}
