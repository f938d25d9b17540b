//! Custom fields: extra fields a workspace defines on its people, companies, deals and
//! activities. Values live beside the standard ones and obey the same parsing rules.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{FieldError, ValidationErrors};
use crate::object::ObjectKind;
use crate::schema::{FieldKind, SYSTEM_FIELDS, find_field};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomKind {
    Text,
    Number,
    Money,
    Date,
    Boolean,
    Select,
    MultiSelect,
    Url,
    Email,
    Phone,
}

impl CustomKind {
    pub const ALL: [CustomKind; 10] = [
        Self::Text,
        Self::Number,
        Self::Money,
        Self::Date,
        Self::Boolean,
        Self::Select,
        Self::MultiSelect,
        Self::Url,
        Self::Email,
        Self::Phone,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Number => "number",
            Self::Money => "money",
            Self::Date => "date",
            Self::Boolean => "boolean",
            Self::Select => "select",
            Self::MultiSelect => "multi_select",
            Self::Url => "url",
            Self::Email => "email",
            Self::Phone => "phone",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    fn has_options(self) -> bool {
        matches!(self, Self::Select | Self::MultiSelect)
    }
}

/// A custom field as defined by the workspace.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CustomFieldDef {
    pub id: Uuid,
    pub object: ObjectKind,
    /// The name in the API, filters and CSV headers: `region`, `contract_end`.
    pub key: String,
    /// The name people see.
    pub label: String,
    pub kind: CustomKind,
    pub options: Vec<String>,
    pub required: bool,
    pub position: i32,
}

impl CustomFieldDef {
    pub fn field_kind(&self) -> FieldKind {
        match self.kind {
            CustomKind::Text => FieldKind::Text { max: 2000 },
            CustomKind::Number => FieldKind::Number,
            CustomKind::Money => FieldKind::Money,
            CustomKind::Date => FieldKind::Date,
            CustomKind::Boolean => FieldKind::Boolean,
            CustomKind::Select => FieldKind::Choice(self.options.clone()),
            CustomKind::MultiSelect => FieldKind::MultiChoice(self.options.clone()),
            CustomKind::Url => FieldKind::Url,
            CustomKind::Email => FieldKind::Email,
            CustomKind::Phone => FieldKind::Phone,
        }
    }
}

/// What the API accepts to define a custom field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomFieldInput {
    pub key: String,
    pub label: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub required: bool,
}

impl CustomFieldInput {
    /// Checks the definition against the object's standard fields and the existing ones.
    pub fn parse(
        self,
        object: ObjectKind,
        existing: &[CustomFieldDef],
        position: i32,
    ) -> Result<CustomFieldDef, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let key = self.key.trim().to_owned();
        if let Err(message) = check_key(&key) {
            errors.push(FieldError::new("key", message));
        } else if find_field(object, &key).is_some()
            || SYSTEM_FIELDS.contains(&key.as_str())
            || key == "custom"
        {
            errors.push(FieldError::new(
                "key",
                format!("\"{key}\" is a standard field of {}", object.plural()),
            ));
        } else if existing.iter().any(|d| d.key == key) {
            errors.push(FieldError::new(
                "key",
                format!("a custom field \"{key}\" already exists"),
            ));
        }
        let kind = CustomKind::parse(&self.kind);
        if kind.is_none() {
            let names: Vec<&str> = CustomKind::ALL.iter().map(|k| k.name()).collect();
            errors.push(FieldError::new(
                "kind",
                format!("\"{}\" is not one of: {}", self.kind, names.join(", ")),
            ));
        }
        let options = clean_options(self.options);
        if kind.is_some_and(CustomKind::has_options) && options.is_empty() {
            errors.push(FieldError::new(
                "options",
                "a select field needs at least one option",
            ));
        }
        if kind.is_some_and(|k| !k.has_options()) && !options.is_empty() {
            errors.push(FieldError::new(
                "options",
                "only select fields have options",
            ));
        }
        let label = self
            .label
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| key.clone());
        if label.chars().count() > 100 {
            errors.push(FieldError::new("label", "is longer than 100 characters"));
        }
        errors.into_result(())?;
        Ok(CustomFieldDef {
            id: crate::new_id(),
            object,
            key,
            label,
            kind: kind.unwrap_or(CustomKind::Text),
            options,
            required: self.required,
            position,
        })
    }
}

fn check_key(key: &str) -> Result<(), String> {
    let mut chars = key.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    if !starts_well
        || key.len() > 63
        || !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(format!(
            "\"{key}\" is not a valid key: use lower-case latin letters, digits and _, starting with a letter"
        ));
    }
    Ok(())
}

fn clean_options(options: Vec<String>) -> Vec<String> {
    let mut cleaned: Vec<String> = Vec::new();
    for option in options {
        let option = option.trim().to_owned();
        if !option.is_empty()
            && !cleaned
                .iter()
                .any(|o| o.to_lowercase() == option.to_lowercase())
        {
            cleaned.push(option);
        }
    }
    cleaned
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(key: &str, kind: &str, options: &[&str]) -> CustomFieldInput {
        CustomFieldInput {
            key: key.into(),
            label: None,
            kind: kind.into(),
            options: options.iter().map(|o| (*o).into()).collect(),
            required: false,
        }
    }

    #[test]
    fn definitions_are_checked() {
        assert!(
            input("region", "select", &["EU", "US"])
                .parse(ObjectKind::Person, &[], 0)
                .is_ok()
        );
        let errors = input("email", "text", &[])
            .parse(ObjectKind::Person, &[], 0)
            .unwrap_err();
        assert!(errors.0[0].message.contains("standard field"));
        assert!(
            input("Region", "text", &[])
                .parse(ObjectKind::Person, &[], 0)
                .is_err()
        );
        assert!(
            input("region", "select", &[])
                .parse(ObjectKind::Person, &[], 0)
                .is_err()
        );
        assert!(
            input("region", "colour", &[])
                .parse(ObjectKind::Person, &[], 0)
                .is_err()
        );
    }

    #[test]
    fn keys_are_unique_per_object() {
        let existing = input("region", "text", &[])
            .parse(ObjectKind::Deal, &[], 0)
            .unwrap();
        let errors = input("region", "text", &[])
            .parse(ObjectKind::Deal, &[existing], 1)
            .unwrap_err();
        assert!(errors.0[0].message.contains("already exists"));
    }
}
