//! The fields each kind of record has: their types, rules, and how input becomes a [`Value`].
//!
//! This table drives everything that is the same for every object: input parsing, columns,
//! filters, sorting, CSV headers and the OpenAPI schemas.

use uuid::Uuid;

use crate::activity::ACTIVITY_KINDS;
use crate::contact::{parse_domain, parse_email, parse_phone, parse_url};
use crate::money::{parse_amount, parse_currency};
use crate::object::ObjectKind;
use crate::timestamp;
use crate::value::{Storage, Value};

/// Longest free text we keep in one field (notes, call transcripts, email bodies).
pub const MAX_LONG_TEXT: usize = 200_000;
/// Most items in one list field (emails, phones, tags).
pub const MAX_LIST_ITEMS: usize = 50;

#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// One line of text, at most `max` characters.
    Text {
        max: usize,
    },
    /// Markdown or plain multi-line text.
    LongText,
    Email,
    Phone,
    Url,
    Domain,
    EmailList,
    PhoneList,
    DomainList,
    Integer {
        min: i64,
        max: i64,
    },
    Number,
    /// Minor units, two decimals.
    Money,
    Currency,
    Date,
    DateTime,
    Boolean,
    /// One of a fixed set of options.
    Choice(Vec<String>),
    /// Any of a fixed set of options.
    MultiChoice(Vec<String>),
    /// Free-form labels.
    Tags,
    /// The id of another record, pipeline, stage or workspace member.
    Ref(RefTarget),
}

/// What a reference field points at; the store checks that it exists in the same workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefTarget {
    Record(ObjectKind),
    Pipeline,
    Stage,
    Member,
}

/// How a field may be written through the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Writable,
    /// Set at creation, never changed (an activity's kind).
    CreateOnly,
    /// Kept by the system (ids, timestamps, closed_at).
    ReadOnly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldSpec {
    pub name: &'static str,
    pub kind: FieldKind,
    pub required: bool,
    pub access: Access,
}

/// Parse-time settings of the workspace that shape values (for now: phone numbers).
#[derive(Debug, Clone)]
pub struct ParseContext {
    /// Calling code for numbers typed without one, digits only (`7`, `1`, `44`).
    pub default_country_code: String,
}

impl Default for ParseContext {
    fn default() -> Self {
        Self {
            default_country_code: "7".into(),
        }
    }
}

impl FieldKind {
    pub fn storage(&self) -> Storage {
        match self {
            Self::Text { .. }
            | Self::LongText
            | Self::Email
            | Self::Phone
            | Self::Url
            | Self::Domain
            | Self::Currency
            | Self::Choice(_) => Storage::Text,
            Self::EmailList
            | Self::PhoneList
            | Self::DomainList
            | Self::MultiChoice(_)
            | Self::Tags => Storage::List,
            Self::Integer { .. } | Self::Money => Storage::Int,
            Self::Number => Storage::Float,
            Self::Date => Storage::Date,
            Self::DateTime => Storage::DateTime,
            Self::Boolean => Storage::Bool,
            Self::Ref(_) => Storage::Id,
        }
    }

    /// Whether `lt`/`gt` and sorting make sense.
    pub fn is_ordered(&self) -> bool {
        !matches!(self.storage(), Storage::List | Storage::Bool)
    }

    /// A short name for documentation and errors.
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Text { .. } => "text",
            Self::LongText => "long text",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Url => "url",
            Self::Domain => "domain",
            Self::EmailList => "list of emails",
            Self::PhoneList => "list of phones",
            Self::DomainList => "list of domains",
            Self::Integer { .. } => "integer",
            Self::Number => "number",
            Self::Money => "money",
            Self::Currency => "currency",
            Self::Date => "date",
            Self::DateTime => "date-time",
            Self::Boolean => "boolean",
            Self::Choice(_) => "select",
            Self::MultiChoice(_) => "multi-select",
            Self::Tags => "tags",
            Self::Ref(_) => "id",
        }
    }

    /// Parses one JSON input value. `null` is accepted here; whether it is allowed is the
    /// field's business ([`FieldSpec::parse`]).
    pub fn parse(&self, json: &serde_json::Value, ctx: &ParseContext) -> Result<Value, String> {
        use serde_json::Value as J;
        if json.is_null() {
            return Ok(Value::Null);
        }
        match self {
            Self::Text { max } => parse_text(json, *max).map(empty_as_null),
            Self::LongText => parse_text(json, MAX_LONG_TEXT).map(empty_as_null),
            Self::Email => with_text(json, parse_email),
            Self::Phone => with_text(json, |s| parse_phone(s, &ctx.default_country_code)),
            Self::Url => with_text(json, parse_url),
            Self::Domain => with_text(json, parse_domain),
            Self::Currency => with_text(json, parse_currency),
            Self::EmailList => parse_list(json, parse_email),
            Self::PhoneList => parse_list(json, |s| parse_phone(s, &ctx.default_country_code)),
            Self::DomainList => parse_list(json, parse_domain),
            Self::Tags => parse_list(json, parse_tag),
            Self::Integer { min, max } => {
                let n = match json {
                    J::Number(n) => n
                        .as_i64()
                        .ok_or_else(|| format!("{n} is not a whole number"))?,
                    J::String(s) => s
                        .trim()
                        .parse()
                        .map_err(|_| format!("\"{s}\" is not a whole number"))?,
                    _ => return Err("must be a whole number".into()),
                };
                if n < *min || n > *max {
                    return Err(format!("{n} is out of range; allowed {min} to {max}"));
                }
                Ok(Value::Int(n))
            }
            Self::Number => {
                let n = match json {
                    J::Number(n) => n.as_f64(),
                    J::String(s) => s.trim().parse().ok(),
                    _ => None,
                };
                n.filter(|n: &f64| n.is_finite())
                    .map(Value::Float)
                    .ok_or_else(|| "must be a number".into())
            }
            Self::Money => parse_amount(json).map(Value::Int),
            Self::Date => with_text(json, |s| timestamp::parse_date(s).map(Value::Date)),
            Self::DateTime => with_text(json, |s| timestamp::parse(s).map(Value::DateTime)),
            Self::Boolean => match json {
                J::Bool(b) => Ok(Value::Bool(*b)),
                J::String(s) => match s.trim().to_lowercase().as_str() {
                    "true" | "yes" | "1" | "да" => Ok(Value::Bool(true)),
                    "false" | "no" | "0" | "нет" => Ok(Value::Bool(false)),
                    _ => Err(format!("\"{s}\" is not true or false")),
                },
                _ => Err("must be true or false".into()),
            },
            Self::Choice(options) => with_text(json, |s| parse_option(s, options).map(Value::Text)),
            Self::MultiChoice(options) => parse_list(json, |s| parse_option(s, options)),
            Self::Ref(_) => with_text(json, |s| {
                Uuid::parse_str(s.trim())
                    .map(Value::Id)
                    .map_err(|_| format!("\"{s}\" is not an id"))
            }),
        }
    }
}

fn empty_as_null(value: Value) -> Value {
    if value.is_empty() { Value::Null } else { value }
}

fn parse_text(json: &serde_json::Value, max: usize) -> Result<Value, String> {
    let s = json.as_str().ok_or("must be a string")?;
    let s = s.trim();
    if s.chars().count() > max {
        return Err(format!("is longer than {max} characters"));
    }
    if s.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err("contains control characters".into());
    }
    Ok(Value::Text(s.to_owned()))
}

/// Applies a text parser to a JSON string; an empty string means "no value".
fn with_text<T: Into<ValueOrText>>(
    json: &serde_json::Value,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Value, String> {
    let s = json.as_str().ok_or("must be a string")?;
    if s.trim().is_empty() {
        return Ok(Value::Null);
    }
    Ok(parse(s)?.into().0)
}

/// Lets text parsers return either a canonical string or a finished [`Value`].
struct ValueOrText(Value);

impl From<String> for ValueOrText {
    fn from(s: String) -> Self {
        Self(Value::Text(s))
    }
}

impl From<Value> for ValueOrText {
    fn from(v: Value) -> Self {
        Self(v)
    }
}

/// A list from a JSON array (or a comma-separated string, as CSV cells arrive).
fn parse_list(
    json: &serde_json::Value,
    parse: impl Fn(&str) -> Result<String, String>,
) -> Result<Value, String> {
    let items: Vec<String> = match json {
        serde_json::Value::Array(items) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| "must be a list of strings".to_owned())
            })
            .collect::<Result<_, _>>()?,
        serde_json::Value::String(s) => s.split([',', ';']).map(str::to_owned).collect(),
        _ => return Err("must be a list of strings".into()),
    };
    let mut parsed: Vec<String> = Vec::with_capacity(items.len());
    for item in items.iter().filter(|i| !i.trim().is_empty()) {
        let value = parse(item)?;
        if !parsed.contains(&value) {
            parsed.push(value);
        }
    }
    if parsed.len() > MAX_LIST_ITEMS {
        return Err(format!("has more than {MAX_LIST_ITEMS} items"));
    }
    Ok(Value::List(parsed))
}

fn parse_tag(input: &str) -> Result<String, String> {
    let tag = input.trim();
    if tag.chars().count() > 64 {
        return Err(format!("tag \"{tag}\" is longer than 64 characters"));
    }
    Ok(tag.to_owned())
}

/// Options match case-insensitively and come back spelled as defined.
fn parse_option(input: &str, options: &[String]) -> Result<String, String> {
    let wanted = input.trim();
    options
        .iter()
        .find(|o| o.eq_ignore_ascii_case(wanted) || o.to_lowercase() == wanted.to_lowercase())
        .cloned()
        .ok_or_else(|| format!("\"{wanted}\" is not one of: {}", options.join(", ")))
}

impl FieldSpec {
    /// Parses this field's input, refusing `null` for required fields.
    pub fn parse(&self, json: &serde_json::Value, ctx: &ParseContext) -> Result<Value, String> {
        let value = self.kind.parse(json, ctx)?;
        if self.required && value.is_empty() {
            return Err("is required".into());
        }
        Ok(value)
    }
}

/// The system fields every record has, in the order the API shows them.
pub const SYSTEM_FIELDS: [&str; 6] = [
    "id",
    "version",
    "created_at",
    "updated_at",
    "created_by",
    "deleted_at",
];

/// The spec of a system field, for filtering and sorting on it.
pub fn system_field(name: &str) -> Option<FieldSpec> {
    let kind = match name {
        "id" => FieldKind::Ref(RefTarget::Record(ObjectKind::Person)),
        "version" => FieldKind::Integer {
            min: 1,
            max: i64::MAX,
        },
        "created_at" | "updated_at" | "deleted_at" => FieldKind::DateTime,
        "created_by" => FieldKind::Ref(RefTarget::Member),
        _ => return None,
    };
    let name = SYSTEM_FIELDS.into_iter().find(|n| *n == name)?;
    Some(FieldSpec {
        name,
        kind,
        required: false,
        access: Access::ReadOnly,
    })
}

fn field(name: &'static str, kind: FieldKind) -> FieldSpec {
    FieldSpec {
        name,
        kind,
        required: false,
        access: Access::Writable,
    }
}

fn text(name: &'static str, max: usize) -> FieldSpec {
    field(name, FieldKind::Text { max })
}

fn choice(name: &'static str, options: &[&str]) -> FieldSpec {
    field(
        name,
        FieldKind::Choice(options.iter().map(|o| (*o).to_owned()).collect()),
    )
}

fn record_ref(name: &'static str, kind: ObjectKind) -> FieldSpec {
    field(name, FieldKind::Ref(RefTarget::Record(kind)))
}

fn required(mut spec: FieldSpec) -> FieldSpec {
    spec.required = true;
    spec
}

fn access(mut spec: FieldSpec, access: Access) -> FieldSpec {
    spec.access = access;
    spec
}

pub const LIFECYCLE_STAGES: [&str; 6] = [
    "lead",
    "qualified",
    "opportunity",
    "customer",
    "churned",
    "other",
];
pub const LEAD_STATUSES: [&str; 6] = [
    "new",
    "attempting",
    "connected",
    "qualified",
    "unqualified",
    "bad_timing",
];
pub const TASK_STATUSES: [&str; 3] = ["open", "done", "canceled"];
pub const PRIORITIES: [&str; 3] = ["low", "normal", "high"];
pub const DIRECTIONS: [&str; 2] = ["inbound", "outbound"];
pub const CALL_OUTCOMES: [&str; 6] = [
    "connected",
    "no_answer",
    "busy",
    "voicemail",
    "wrong_number",
    "failed",
];

/// The standard fields of one kind of record, in the order the API and CSV show them.
pub fn fields(kind: ObjectKind) -> &'static [FieldSpec] {
    use std::sync::OnceLock;
    static SPECS: OnceLock<[Vec<FieldSpec>; 4]> = OnceLock::new();
    let specs = SPECS.get_or_init(|| {
        [
            company_fields(),
            person_fields(),
            deal_fields(),
            activity_fields(),
        ]
    });
    &specs[ObjectKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)]
}

/// Finds a standard or system field by name.
pub fn find_field(kind: ObjectKind, name: &str) -> Option<FieldSpec> {
    fields(kind)
        .iter()
        .find(|f| f.name == name)
        .cloned()
        .or_else(|| system_field(name))
}

fn company_fields() -> Vec<FieldSpec> {
    vec![
        required(text("name", 200)),
        field("domain", FieldKind::Domain),
        field("other_domains", FieldKind::DomainList),
        text("industry", 100),
        field(
            "employees",
            FieldKind::Integer {
                min: 0,
                max: 10_000_000,
            },
        ),
        field("annual_revenue", FieldKind::Money),
        field("phone", FieldKind::Phone),
        text("street", 200),
        text("city", 100),
        text("region", 100),
        text("postal_code", 20),
        text("country", 100),
        field("linkedin_url", FieldKind::Url),
        field("description", FieldKind::LongText),
        field("owner_id", FieldKind::Ref(RefTarget::Member)),
        field("tags", FieldKind::Tags),
    ]
}

fn person_fields() -> Vec<FieldSpec> {
    vec![
        text("first_name", 100),
        text("last_name", 100),
        field("email", FieldKind::Email),
        field("other_emails", FieldKind::EmailList),
        field("phone", FieldKind::Phone),
        field("other_phones", FieldKind::PhoneList),
        text("job_title", 200),
        record_ref("company_id", ObjectKind::Company),
        text("city", 100),
        text("country", 100),
        text("source", 100),
        choice("lifecycle_stage", &LIFECYCLE_STAGES),
        choice("lead_status", &LEAD_STATUSES),
        field("linkedin_url", FieldKind::Url),
        field("owner_id", FieldKind::Ref(RefTarget::Member)),
        field("tags", FieldKind::Tags),
    ]
}

fn deal_fields() -> Vec<FieldSpec> {
    vec![
        required(text("name", 200)),
        field("amount", FieldKind::Money),
        field("currency", FieldKind::Currency),
        field("pipeline_id", FieldKind::Ref(RefTarget::Pipeline)),
        field("stage_id", FieldKind::Ref(RefTarget::Stage)),
        field("expected_close_date", FieldKind::Date),
        record_ref("company_id", ObjectKind::Company),
        field("owner_id", FieldKind::Ref(RefTarget::Member)),
        text("source", 100),
        text("lost_reason", 500),
        access(field("closed_at", FieldKind::DateTime), Access::ReadOnly),
        access(
            field("stage_entered_at", FieldKind::DateTime),
            Access::ReadOnly,
        ),
        field("description", FieldKind::LongText),
        field("tags", FieldKind::Tags),
        // Set by the workspace's lead-scoring model (see the insights), never by hand.
        access(
            field("lead_score", FieldKind::Integer { min: 0, max: 100 }),
            Access::ReadOnly,
        ),
        access(
            field("lead_score_reasons", FieldKind::Tags),
            Access::ReadOnly,
        ),
    ]
}

fn activity_fields() -> Vec<FieldSpec> {
    vec![
        access(
            required(choice("kind", &ACTIVITY_KINDS)),
            Access::CreateOnly,
        ),
        text("subject", 300),
        field("body", FieldKind::LongText),
        record_ref("person_id", ObjectKind::Person),
        record_ref("company_id", ObjectKind::Company),
        record_ref("deal_id", ObjectKind::Deal),
        field("occurred_at", FieldKind::DateTime),
        field("ends_at", FieldKind::DateTime),
        field("due_at", FieldKind::DateTime),
        choice("status", &TASK_STATUSES),
        access(field("completed_at", FieldKind::DateTime), Access::ReadOnly),
        choice("priority", &PRIORITIES),
        field("assignee_id", FieldKind::Ref(RefTarget::Member)),
        choice("direction", &DIRECTIONS),
        field(
            "duration_seconds",
            FieldKind::Integer {
                min: 0,
                max: 86_400,
            },
        ),
        choice("outcome", &CALL_OUTCOMES),
        field("transcript", FieldKind::LongText),
        field("recording_url", FieldKind::Url),
        field("email_from", FieldKind::Email),
        field("email_to", FieldKind::EmailList),
        field("email_cc", FieldKind::EmailList),
        text("location", 300),
        field("owner_id", FieldKind::Ref(RefTarget::Member)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_object_has_unique_field_names_distinct_from_system_fields() {
        for kind in ObjectKind::ALL {
            let names: Vec<&str> = fields(kind).iter().map(|f| f.name).collect();
            for (i, name) in names.iter().enumerate() {
                assert!(!names[i + 1..].contains(name), "{kind}.{name} twice");
                assert!(
                    !SYSTEM_FIELDS.contains(name),
                    "{kind}.{name} shadows a system field"
                );
            }
        }
    }

    #[test]
    fn fields_parse_and_normalize_input() {
        let ctx = ParseContext::default();
        let email = find_field(ObjectKind::Person, "email").unwrap();
        assert_eq!(
            email.parse(&json!("A@B.COM"), &ctx).unwrap(),
            Value::Text("a@b.com".into())
        );
        let stage = find_field(ObjectKind::Person, "lifecycle_stage").unwrap();
        assert_eq!(
            stage.parse(&json!("Customer"), &ctx).unwrap(),
            Value::Text("customer".into())
        );
        assert!(
            stage
                .parse(&json!("vip"), &ctx)
                .unwrap_err()
                .contains("not one of")
        );
        let tags = find_field(ObjectKind::Company, "tags").unwrap();
        assert_eq!(
            tags.parse(&json!("a, b,a"), &ctx).unwrap(),
            Value::List(vec!["a".into(), "b".into()])
        );
        let employees = find_field(ObjectKind::Company, "employees").unwrap();
        assert!(employees.parse(&json!(-1), &ctx).is_err());
        assert!(employees.parse(&json!("many"), &ctx).is_err());
    }

    #[test]
    fn required_fields_refuse_empty_values() {
        let name = find_field(ObjectKind::Company, "name").unwrap();
        let ctx = ParseContext::default();
        assert!(name.parse(&json!("  "), &ctx).is_err());
        assert!(name.parse(&json!(null), &ctx).is_err());
        assert!(name.parse(&json!(42), &ctx).is_err());
    }
}
