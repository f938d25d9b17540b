//! Merge planning: for two records of one person, a default choice per field that the UI
//! shows and the user may override. Pure: nothing is written here.
//!
//! Defaults, in order: fields the policy names (`id` stays with the survivor, `created_at`
//! takes the earlier, `updated_at` the later); lists are united; a value beats an empty one;
//! equal values stay; a value that contains the other ("Acme" / "Acme Corporation") is more
//! complete; otherwise the more recently updated record wins, and the survivor (A) on a tie.
//! A scalar that loses (a second email) is not dropped but moved into its companion list
//! (`other_emails`), so merging never loses a way to reach someone.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Where a merged value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    /// The surviving record.
    A,
    /// The record merged into it.
    B,
    /// Both lists, united.
    Both,
}

/// The plan for one field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChoice {
    pub field: String,
    pub side: Side,
    pub value: Value,
    pub a: Value,
    pub b: Value,
    /// Why this side, in words for the UI.
    pub reason: String,
}

/// A field-by-field merge plan, fields in name order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergePlan {
    pub fields: Vec<FieldChoice>,
}

impl MergePlan {
    /// The merged record.
    pub fn merged(&self) -> Map<String, Value> {
        self.fields
            .iter()
            .filter(|c| !c.value.is_null())
            .map(|c| (c.field.clone(), c.value.clone()))
            .collect()
    }

    pub fn field(&self, name: &str) -> Option<&FieldChoice> {
        self.fields.iter().find(|c| c.field == name)
    }
}

/// Which fields get special treatment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergePolicy {
    /// The timestamp that says which record is newer (RFC 3339 text or epoch number).
    pub updated_field: String,
    /// Fields that keep the survivor's value (ids).
    pub survivor_fields: Vec<String>,
    /// Fields that keep the earlier value (creation time).
    pub earliest_fields: Vec<String>,
    /// (scalar, list): the losing scalar value is added to the list.
    pub companions: Vec<(String, String)>,
}

impl Default for MergePolicy {
    fn default() -> Self {
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        Self {
            updated_field: "updated_at".to_owned(),
            survivor_fields: vec!["id".to_owned()],
            earliest_fields: vec!["created_at".to_owned()],
            companions: vec![
                pair("email", "other_emails"),
                pair("phone", "other_phones"),
                pair("domain", "other_domains"),
            ],
        }
    }
}

/// The default plan for merging `b` into `a`.
pub fn plan_merge(
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    policy: &MergePolicy,
) -> MergePlan {
    plan_merge_with(a, b, policy, &BTreeMap::new())
}

/// The plan with some fields chosen by the user; the rest (and companion lists) follow the
/// defaults around those choices.
pub fn plan_merge_with(
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    policy: &MergePolicy,
    overrides: &BTreeMap<String, Side>,
) -> MergePlan {
    let newer = newer_side(a.get(&policy.updated_field), b.get(&policy.updated_field));
    let fields: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let mut choices: Vec<FieldChoice> = fields
        .into_iter()
        .map(|field| {
            let (va, vb) = (value_of(a, field), value_of(b, field));
            let (side, value, reason) = match overrides.get(field) {
                Some(side) => chosen(*side, &va, &vb),
                None => default_choice(field, &va, &vb, policy, newer),
            };
            FieldChoice {
                field: field.clone(),
                side,
                value,
                a: va,
                b: vb,
                reason,
            }
        })
        .collect();
    for (scalar, list) in &policy.companions {
        keep_losing_value(&mut choices, scalar, list);
    }
    MergePlan { fields: choices }
}

fn value_of(record: &Map<String, Value>, field: &str) -> Value {
    record.get(field).cloned().unwrap_or(Value::Null)
}

fn chosen(side: Side, a: &Value, b: &Value) -> (Side, Value, String) {
    let value = match side {
        Side::A => a.clone(),
        Side::B => b.clone(),
        Side::Both => union(a, b),
    };
    (side, value, "chosen by the user".to_owned())
}

fn default_choice(
    field: &str,
    a: &Value,
    b: &Value,
    policy: &MergePolicy,
    newer: Option<Side>,
) -> (Side, Value, String) {
    let pick = |side: Side, reason: &str| {
        let value = if side == Side::A {
            a.clone()
        } else {
            b.clone()
        };
        (side, value, reason.to_owned())
    };
    let names = |list: &[String]| list.iter().any(|f| f == field);
    if names(&policy.survivor_fields) {
        return pick(Side::A, "kept from the surviving record");
    }
    match (is_empty(a), is_empty(b)) {
        (true, true) => return pick(Side::A, "empty in both"),
        (false, true) => return pick(Side::A, "only A has a value"),
        (true, false) => return pick(Side::B, "only B has a value"),
        (false, false) => {}
    }
    if names(&policy.earliest_fields) {
        let side = if compare_times(b, a) == Some(Ordering::Less) {
            Side::B
        } else {
            Side::A
        };
        return pick(side, "the earlier");
    }
    if field == policy.updated_field {
        let side = if compare_times(b, a) == Some(Ordering::Greater) {
            Side::B
        } else {
            Side::A
        };
        return pick(side, "the later");
    }
    if a.is_array() || b.is_array() {
        return (Side::Both, union(a, b), "both lists, united".to_owned());
    }
    if a == b {
        return pick(Side::A, "same in both");
    }
    if let (Value::String(x), Value::String(y)) = (a, b) {
        let (x, y) = (x.trim().to_lowercase(), y.trim().to_lowercase());
        if x != y && y.contains(&x) {
            return pick(Side::B, "B is more complete");
        }
        if x != y && x.contains(&y) {
            return pick(Side::A, "A is more complete");
        }
    }
    match newer {
        Some(Side::B) => pick(Side::B, "differ: B was updated more recently"),
        Some(_) => pick(Side::A, "differ: A was updated more recently"),
        None => pick(Side::A, "differ: kept the surviving record's value"),
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(items) => items.iter().all(is_empty),
        Value::Object(fields) => fields.is_empty(),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// Both values as one list: A's items first, then B's new ones (strings compared without
/// case and surrounding spaces).
fn union(a: &Value, b: &Value) -> Value {
    let items = |v: &Value| -> Vec<Value> {
        match v {
            Value::Array(items) => items.clone(),
            other if is_empty(other) => Vec::new(),
            other => vec![other.clone()],
        }
    };
    let mut out: Vec<Value> = Vec::new();
    for item in items(a).into_iter().chain(items(b)) {
        if !is_empty(&item) && !out.iter().any(|seen| same_item(seen, &item)) {
            out.push(item);
        }
    }
    Value::Array(out)
}

fn same_item(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::String(x), Value::String(y)) => x.trim().to_lowercase() == y.trim().to_lowercase(),
        _ => x == y,
    }
}

/// Which record is newer, from their update timestamps.
fn newer_side(a: Option<&Value>, b: Option<&Value>) -> Option<Side> {
    match compare_times(a?, b?)? {
        Ordering::Less => Some(Side::B),
        Ordering::Greater => Some(Side::A),
        Ordering::Equal => None,
    }
}

/// Orders two timestamps: numbers numerically, RFC 3339 texts as text (they sort in time
/// order when written in one offset, as Relata writes them).
fn compare_times(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64()?.partial_cmp(&y.as_f64()?),
        (Value::String(x), Value::String(y)) if !x.is_empty() && !y.is_empty() => Some(x.cmp(y)),
        _ => None,
    }
}

/// Moves a losing scalar (B's email when A's was kept) into its companion list.
fn keep_losing_value(choices: &mut Vec<FieldChoice>, scalar: &str, list: &str) {
    let Some(choice) = choices.iter().find(|c| c.field == scalar) else {
        return;
    };
    let loser = match choice.side {
        Side::A => &choice.b,
        Side::B => &choice.a,
        Side::Both => return,
    };
    if is_empty(loser) || same_item(loser, &choice.value) {
        return;
    }
    let loser = loser.clone();
    let note = format!("also holds the {scalar} not chosen");
    match choices.iter_mut().find(|c| c.field == list) {
        Some(target) => {
            let before = target.value.clone();
            target.value = union(&target.value, &loser);
            if target.value != before {
                target.side = Side::Both;
                target.reason = format!("{}; {note}", target.reason);
            }
        }
        None => {
            let position = choices.partition_point(|c| c.field.as_str() < list);
            choices.insert(
                position,
                FieldChoice {
                    field: list.to_owned(),
                    side: Side::Both,
                    value: union(&Value::Null, &loser),
                    a: Value::Null,
                    b: Value::Null,
                    reason: note,
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    fn plan() -> MergePlan {
        let a = record(json!({
            "id": "a", "first_name": "Sergey", "last_name": "Ivanov", "job_title": "",
            "email": "s.ivanov@acme.com", "other_emails": ["sergey@gmail.com"],
            "tags": ["vip", "moscow"], "company": "Acme",
            "city": "Moscow", "created_at": "2023-01-05T10:00:00Z", "updated_at": "2024-02-01T09:00:00Z"
        }));
        let b = record(json!({
            "id": "b", "first_name": "Sergey", "last_name": "Ivanov", "job_title": "Head of Sales",
            "email": "sergey.ivanov@acme.com", "tags": ["Moscow", "partner"],
            "company": "Acme Corporation", "city": "St Petersburg",
            "created_at": "2021-07-30T08:00:00Z", "updated_at": "2024-03-01T09:00:00Z"
        }));
        plan_merge(&a, &b, &MergePolicy::default())
    }

    #[test]
    fn defaults_prefer_values_completeness_and_recency() {
        let merged = plan().merged();
        assert_eq!(merged["id"], "a");
        assert_eq!(merged["job_title"], "Head of Sales");
        assert_eq!(merged["company"], "Acme Corporation");
        // Conflicting city: B is newer.
        assert_eq!(merged["city"], "St Petersburg");
        assert_eq!(merged["created_at"], "2021-07-30T08:00:00Z");
        assert_eq!(merged["updated_at"], "2024-03-01T09:00:00Z");
    }

    #[test]
    fn lists_are_united_and_losing_emails_kept() {
        let plan = plan();
        let merged = plan.merged();
        assert_eq!(merged["tags"], json!(["vip", "moscow", "partner"]));
        // B is newer, so B's email is primary and A's moves to other_emails.
        assert_eq!(merged["email"], "sergey.ivanov@acme.com");
        assert_eq!(
            merged["other_emails"],
            json!(["sergey@gmail.com", "s.ivanov@acme.com"])
        );
        assert_eq!(plan.field("other_emails").map(|c| c.side), Some(Side::Both));
    }

    #[test]
    fn overrides_win_and_companions_follow() {
        let base = plan();
        let (a, b): (Map<String, Value>, Map<String, Value>) = (
            base.fields
                .iter()
                .filter(|c| !c.a.is_null())
                .map(|c| (c.field.clone(), c.a.clone()))
                .collect(),
            base.fields
                .iter()
                .filter(|c| !c.b.is_null())
                .map(|c| (c.field.clone(), c.b.clone()))
                .collect(),
        );
        let overrides =
            BTreeMap::from([("email".to_owned(), Side::A), ("city".to_owned(), Side::A)]);
        let plan = plan_merge_with(&a, &b, &MergePolicy::default(), &overrides);
        let merged = plan.merged();
        assert_eq!(merged["email"], "s.ivanov@acme.com");
        assert_eq!(merged["city"], "Moscow");
        assert_eq!(
            merged["other_emails"],
            json!(["sergey@gmail.com", "sergey.ivanov@acme.com"])
        );
        assert_eq!(
            plan.field("city").map(|c| c.reason.as_str()),
            Some("chosen by the user")
        );
    }
}
