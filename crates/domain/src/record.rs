//! A record (company, person, deal or activity) and the changes made to it.

use serde_json::{Map, Value as Json};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::activity;
use crate::custom_field::CustomFieldDef;
use crate::error::{FieldError, ValidationErrors};
use crate::fuzzy::closest;
use crate::object::ObjectKind;
use crate::schema::{Access, FieldSpec, ParseContext, SYSTEM_FIELDS, fields};
use crate::timestamp;
use crate::value::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub kind: ObjectKind,
    pub id: Uuid,
    pub version: i64,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub created_by: Option<Uuid>,
    pub deleted_at: Option<OffsetDateTime>,
    /// Standard field values, in the order of [`fields`]`(kind)`.
    pub values: Vec<Value>,
    /// Custom field values by key, as stored (see [`Value::to_storage_json`]).
    pub custom: Map<String, Json>,
}

impl Record {
    /// A record about to be created: no field set yet.
    pub fn new(kind: ObjectKind, created_by: Option<Uuid>, now: OffsetDateTime) -> Self {
        Self {
            kind,
            id: crate::new_id(),
            version: 1,
            created_at: now,
            updated_at: now,
            created_by,
            deleted_at: None,
            values: vec![Value::Null; fields(kind).len()],
            custom: Map::new(),
        }
    }

    pub fn get(&self, name: &str) -> &Value {
        fields(self.kind)
            .iter()
            .position(|f| f.name == name)
            .and_then(|i| self.values.get(i))
            .unwrap_or(&Value::Null)
    }

    pub fn set(&mut self, name: &str, value: Value) {
        if let Some(i) = fields(self.kind).iter().position(|f| f.name == name) {
            self.values[i] = value;
        }
    }

    pub fn apply(&mut self, changes: &Changes) {
        for (spec, value) in &changes.values {
            self.set(spec.name, value.clone());
        }
        for (key, value) in &changes.custom {
            if value.is_null() {
                self.custom.remove(key);
            } else {
                self.custom.insert(key.clone(), value.clone());
            }
        }
    }

    /// The value of any field by API name: system, standard or `custom.key`.
    pub fn field_json(&self, name: &str, customs: &[CustomFieldDef]) -> Json {
        match name {
            "id" => Json::String(self.id.to_string()),
            "version" => Json::from(self.version),
            "created_at" => Json::String(timestamp::format(self.created_at)),
            "updated_at" => Json::String(timestamp::format(self.updated_at)),
            "created_by" => self
                .created_by
                .map_or(Json::Null, |id| Json::String(id.to_string())),
            "deleted_at" => self
                .deleted_at
                .map_or(Json::Null, |t| Json::String(timestamp::format(t))),
            "custom" => Json::Object(self.custom_json(customs)),
            _ => fields(self.kind)
                .iter()
                .position(|f| f.name == name)
                .map_or(Json::Null, |i| {
                    self.values[i].to_json(&fields(self.kind)[i].kind)
                }),
        }
    }

    fn custom_json(&self, customs: &[CustomFieldDef]) -> Map<String, Json> {
        customs
            .iter()
            .filter_map(|def| {
                let stored = self.custom.get(&def.key)?;
                let kind = def.field_kind();
                Some((
                    def.key.clone(),
                    Value::from_storage_json(stored, &kind).to_json(&kind),
                ))
            })
            .collect()
    }

    /// The record as the API shows it; `select` limits the fields (`id` is always there).
    pub fn to_json(&self, customs: &[CustomFieldDef], select: Option<&[String]>) -> Json {
        let wanted =
            |name: &str| select.is_none_or(|s| name == "id" || s.iter().any(|f| f == name));
        let mut out = Map::new();
        let names = SYSTEM_FIELDS
            .iter()
            .copied()
            .chain(fields(self.kind).iter().map(|f| f.name));
        for name in names.chain(["custom"]) {
            if wanted(name) {
                out.insert(name.to_owned(), self.field_json(name, customs));
            }
        }
        // `custom.<key>` selects single custom values, inside `custom` as usual.
        let custom_keys: Vec<&str> = select
            .unwrap_or_default()
            .iter()
            .filter_map(|f| f.strip_prefix("custom."))
            .collect();
        if !custom_keys.is_empty() && !out.contains_key("custom") {
            let mut all = self.custom_json(customs);
            all.retain(|key, _| custom_keys.contains(&key.as_str()));
            out.insert("custom".to_owned(), Json::Object(all));
        }
        Json::Object(out)
    }

    /// What changed from `before` to `self`, field by field, as the API shows values.
    pub fn diff(&self, before: &Record, customs: &[CustomFieldDef]) -> Vec<FieldChange> {
        let mut changes = Vec::new();
        for (i, spec) in fields(self.kind).iter().enumerate() {
            if self.values[i] != before.values[i] {
                changes.push(FieldChange {
                    field: spec.name.to_owned(),
                    old: before.values[i].to_json(&spec.kind),
                    new: self.values[i].to_json(&spec.kind),
                });
            }
        }
        let (old_custom, new_custom) = (before.custom_json(customs), self.custom_json(customs));
        for def in customs {
            let (old, new) = (old_custom.get(&def.key), new_custom.get(&def.key));
            if old != new {
                changes.push(FieldChange {
                    field: format!("custom.{}", def.key),
                    old: old.cloned().unwrap_or(Json::Null),
                    new: new.cloned().unwrap_or(Json::Null),
                });
            }
        }
        changes
    }

    /// Rules that concern the record as a whole, checked after every create and update.
    pub fn check(&self, customs: &[CustomFieldDef]) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        // Parsing checks required fields a request names; this catches the ones it left out
        // (a batch item parsed as a patch, a rule that cleared a value).
        for (spec, value) in fields(self.kind).iter().zip(&self.values) {
            if spec.required && value.is_empty() {
                errors.push(FieldError::new(spec.name, "is required"));
            }
        }
        for def in customs.iter().filter(|d| d.required) {
            if self.custom.get(&def.key).is_none_or(Json::is_null) {
                errors.push(FieldError::new(
                    format!("custom.{}", def.key),
                    "is required",
                ));
            }
        }
        match self.kind {
            ObjectKind::Person => {
                let named = ["first_name", "last_name", "email"]
                    .iter()
                    .any(|f| !self.get(f).is_empty());
                if !named {
                    errors.push(FieldError::new(
                        "first_name",
                        "a person needs a first name, a last name or an email",
                    ));
                }
            }
            ObjectKind::Activity => {
                let kind = self.get("kind").as_text().unwrap_or("note").to_owned();
                let set = fields(self.kind)
                    .iter()
                    .map(|f| f.name)
                    .zip(self.values.iter());
                if let Err(e) = activity::check_fields(&kind, set) {
                    errors.0.extend(e.0);
                }
            }
            ObjectKind::Company | ObjectKind::Deal => {}
        }
        errors.into_result(())
    }
}

/// One field's change, for the timeline and webhooks.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Json,
    pub new: Json,
}

/// Whether input creates a record (required fields must be there) or patches one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Create,
    Patch,
}

/// Parsed input: the fields to set, each with a valid value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub values: Vec<(&'static FieldSpec, Value)>,
    /// Custom values in storage form; `null` removes the value.
    pub custom: Vec<(String, Json)>,
}

impl Changes {
    /// Parses a JSON object of field values, reporting every bad field at once.
    pub fn parse(
        kind: ObjectKind,
        input: &Json,
        mode: Mode,
        customs: &[CustomFieldDef],
        ctx: &ParseContext,
    ) -> Result<Changes, ValidationErrors> {
        let Some(object) = input.as_object() else {
            return Err(ValidationErrors::one(
                "",
                "the body must be a JSON object of field values",
            ));
        };
        let mut changes = Changes::default();
        let mut errors = ValidationErrors::default();
        for (name, json) in object {
            if name == "custom" {
                parse_custom(json, customs, ctx, &mut changes, &mut errors);
                continue;
            }
            match parse_standard(kind, name, json, mode, ctx) {
                Ok((spec, value)) => changes.values.push((spec, value)),
                Err(error) => errors.push(error),
            }
        }
        if mode == Mode::Create {
            for spec in fields(kind).iter().filter(|f| f.required) {
                if !object.contains_key(spec.name) {
                    errors.push(FieldError::new(spec.name, "is required"));
                }
            }
        }
        errors.into_result(changes)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.custom.is_empty()
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values
            .iter()
            .find(|(spec, _)| spec.name == name)
            .map(|(_, v)| v)
    }

    /// Sets a field that a rule derived (a deal's closed_at, a task's completed_at).
    pub fn set(&mut self, kind: ObjectKind, name: &str, value: Value) {
        self.values.retain(|(spec, _)| spec.name != name);
        if let Some(spec) = fields(kind).iter().find(|f| f.name == name) {
            self.values.push((spec, value));
        }
    }
}

fn parse_standard(
    kind: ObjectKind,
    name: &str,
    json: &Json,
    mode: Mode,
    ctx: &ParseContext,
) -> Result<(&'static FieldSpec, Value), FieldError> {
    if SYSTEM_FIELDS.contains(&name) {
        return Err(FieldError::new(
            name,
            "is set by the server and cannot be written",
        ));
    }
    let Some(spec) = fields(kind).iter().find(|f| f.name == name) else {
        let hint = closest(name, fields(kind).iter().map(|f| f.name))
            .map(|c| format!("; did you mean \"{c}\"?"))
            .unwrap_or_default();
        return Err(FieldError::new(
            name,
            format!("is not a field of {}{hint}", kind.plural()),
        ));
    };
    match (spec.access, mode) {
        (Access::ReadOnly, _) => Err(FieldError::new(
            name,
            "is set by the server and cannot be written",
        )),
        (Access::CreateOnly, Mode::Patch) => {
            Err(FieldError::new(name, "cannot be changed after creation"))
        }
        _ => spec
            .parse(json, ctx)
            .map(|v| (spec, v))
            .map_err(|m| FieldError::new(name, m)),
    }
}

fn parse_custom(
    json: &Json,
    customs: &[CustomFieldDef],
    ctx: &ParseContext,
    changes: &mut Changes,
    errors: &mut ValidationErrors,
) {
    let Some(object) = json.as_object() else {
        errors.push(FieldError::new(
            "custom",
            "must be an object of custom field values",
        ));
        return;
    };
    for (key, json) in object {
        let path = format!("custom.{key}");
        let Some(def) = customs.iter().find(|d| &d.key == key) else {
            let hint = closest(key, customs.iter().map(|d| d.key.as_str()))
                .map(|c| format!("; did you mean \"{c}\"?"))
                .unwrap_or_default();
            errors.push(FieldError::new(
                path,
                format!("is not a defined custom field{hint}"),
            ));
            continue;
        };
        match def.field_kind().parse(json, ctx) {
            Ok(value) => changes.custom.push((key.clone(), value.to_storage_json())),
            Err(message) => errors.push(FieldError::new(path, message)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(kind: ObjectKind, input: Json, mode: Mode) -> Result<Changes, ValidationErrors> {
        Changes::parse(kind, &input, mode, &[], &ParseContext::default())
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let errors = parse(
            ObjectKind::Person,
            json!({"email": "nope", "fist_name": "A", "id": "x"}),
            Mode::Create,
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["email", "fist_name", "id"]);
        assert!(errors.0[1].message.contains("did you mean \"first_name\""));
    }

    #[test]
    fn required_fields_are_required_on_create_only() {
        let errors = parse(ObjectKind::Deal, json!({"amount": 10}), Mode::Create).unwrap_err();
        assert_eq!(errors.0[0].field, "name");
        assert!(parse(ObjectKind::Deal, json!({"amount": 10}), Mode::Patch).is_ok());
    }

    #[test]
    fn create_only_fields_cannot_be_patched() {
        let errors = parse(ObjectKind::Activity, json!({"kind": "task"}), Mode::Patch).unwrap_err();
        assert!(errors.0[0].message.contains("after creation"));
    }

    #[test]
    fn applying_changes_and_diffing_them() {
        let before = Record::new(ObjectKind::Person, None, timestamp::now());
        let mut after = before.clone();
        after.apply(
            &parse(
                ObjectKind::Person,
                json!({"first_name": "Anna", "phone": "8 916 123 45 67"}),
                Mode::Patch,
            )
            .unwrap(),
        );
        assert_eq!(after.get("phone"), &Value::Text("+79161234567".into()));
        let diff = after.diff(&before, &[]);
        assert_eq!(diff.len(), 2);
        assert_eq!(diff[0].field, "first_name");
        assert_eq!(diff[0].new, json!("Anna"));
    }

    #[test]
    fn a_person_needs_a_name_or_email() {
        let person = Record::new(ObjectKind::Person, None, timestamp::now());
        assert!(person.check(&[]).is_err());
    }

    #[test]
    fn field_selection_keeps_the_id() {
        let mut person = Record::new(ObjectKind::Person, None, timestamp::now());
        person.set("first_name", Value::Text("Anna".into()));
        let json = person.to_json(&[], Some(&["first_name".to_owned()]));
        assert_eq!(
            json.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["id", "first_name"]
        );
    }
}
