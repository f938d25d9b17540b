//! Activities: what happened with a customer (notes, tasks, calls, emails, meetings), and
//! which fields make sense for each kind.

use crate::error::{FieldError, ValidationErrors};
use crate::value::Value;

pub const ACTIVITY_KINDS: [&str; 5] = ["note", "task", "call", "email", "meeting"];

/// Fields every activity may carry, whatever its kind.
const COMMON: [&str; 8] = [
    "kind",
    "subject",
    "body",
    "person_id",
    "company_id",
    "deal_id",
    "occurred_at",
    "owner_id",
];

/// Fields that belong to one kind only; setting them on another kind is a mistake we report.
fn kind_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "task" => &[
            "due_at",
            "status",
            "completed_at",
            "priority",
            "assignee_id",
        ],
        "call" => &[
            "direction",
            "duration_seconds",
            "outcome",
            "transcript",
            "recording_url",
        ],
        "email" => &["direction", "email_from", "email_to", "email_cc"],
        "meeting" => &["ends_at", "location"],
        _ => &[],
    }
}

/// Checks that each set field belongs to the activity's kind, and that it is linked to
/// something (an activity nobody can find on a timeline is lost).
pub fn check_fields<'a>(
    kind: &str,
    set_fields: impl Iterator<Item = (&'a str, &'a Value)>,
) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let own = kind_fields(kind);
    let mut linked = false;
    for (name, value) in set_fields {
        if value.is_null() {
            continue;
        }
        if matches!(name, "person_id" | "company_id" | "deal_id") {
            linked = true;
        }
        if !COMMON.contains(&name) && !own.contains(&name) {
            errors.push(FieldError::new(name, format!("does not apply to a {kind}")));
        }
    }
    if !linked {
        errors.push(FieldError::new(
            "person_id",
            "an activity must be linked to a person, a company or a deal",
        ));
    }
    errors.into_result(())
}

/// What a task's completion time becomes when its status changes.
pub fn completed_at_for(status: &str, now: time::OffsetDateTime) -> Value {
    if status == "done" {
        Value::DateTime(now)
    } else {
        Value::Null
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_another_kind_are_refused() {
        let id = Value::Id(uuid::Uuid::nil());
        let due = Value::Text("x".into());
        let err =
            check_fields("note", [("person_id", &id), ("due_at", &due)].into_iter()).unwrap_err();
        assert_eq!(err.0[0].field, "due_at");
        assert!(check_fields("task", [("person_id", &id), ("due_at", &due)].into_iter()).is_ok());
    }

    #[test]
    fn an_activity_needs_a_link() {
        let body = Value::Text("hello".into());
        let err = check_fields("note", [("body", &body)].into_iter()).unwrap_err();
        assert!(err.0[0].message.contains("linked"));
    }
}
