//! Typed field values: what a field holds once its input has been parsed.

use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::money::amount_to_json;
use crate::schema::FieldKind;
use crate::timestamp;

/// A parsed field value. Money is `Int` (minor units); lists hold emails, phones, domains,
/// tags or multi-select options.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(Date),
    DateTime(OffsetDateTime),
    Id(Uuid),
    List(Vec<String>),
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// Empty text and empty lists count as empty, as a person would expect.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Null => true,
            Self::Text(s) => s.is_empty(),
            Self::List(items) => items.is_empty(),
            _ => false,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Self::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_id(&self) -> Option<Uuid> {
        match self {
            Self::Id(id) => Some(*id),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Self::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// The value as the API shows it, given what kind of field holds it.
    pub fn to_json(&self, kind: &FieldKind) -> serde_json::Value {
        match (self, kind) {
            (Self::Int(minor), FieldKind::Money) => amount_to_json(*minor),
            // An unset list reads as an empty one, so clients never need two checks.
            (Self::Null, kind) if kind.storage() == Storage::List => {
                serde_json::Value::Array(Vec::new())
            }
            _ => self.to_storage_json(),
        }
    }

    /// The value as kept inside a JSON column (custom fields) and in cursors: money stays in
    /// minor units so that comparisons there are exact.
    pub fn to_storage_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            Self::Null => J::Null,
            Self::Text(s) => J::String(s.clone()),
            Self::Int(n) => J::from(*n),
            Self::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Self::Bool(b) => J::Bool(*b),
            Self::Date(d) => J::String(timestamp::format_date(*d)),
            Self::DateTime(t) => J::String(timestamp::format(*t)),
            Self::Id(id) => J::String(id.to_string()),
            Self::List(items) => J::Array(items.iter().cloned().map(J::String).collect()),
        }
    }

    /// Reads back what [`Value::to_storage_json`] wrote.
    pub fn from_storage_json(json: &serde_json::Value, kind: &FieldKind) -> Value {
        use serde_json::Value as J;
        match (json, kind.storage()) {
            (J::Null, _) => Self::Null,
            (J::String(s), Storage::Date) => {
                timestamp::parse_date(s).map_or(Self::Null, Self::Date)
            }
            (J::String(s), Storage::DateTime) => {
                timestamp::parse(s).map_or(Self::Null, Self::DateTime)
            }
            (J::String(s), Storage::Id) => Uuid::parse_str(s).map_or(Self::Null, Self::Id),
            (J::String(s), _) => Self::Text(s.clone()),
            (J::Number(n), Storage::Float) => n.as_f64().map_or(Self::Null, Self::Float),
            (J::Number(n), _) => n.as_i64().map_or(Self::Null, Self::Int),
            (J::Bool(b), _) => Self::Bool(*b),
            (J::Array(items), _) => Self::List(
                items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_owned))
                    .collect(),
            ),
            (J::Object(_), _) => Self::Null,
        }
    }
}

/// How a value is kept in a database column; each engine maps these to its own types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Text,
    Int,
    Float,
    Bool,
    Date,
    DateTime,
    Id,
    /// A list of strings, kept as a JSON array.
    List,
}
