//! The kinds of record a workspace holds, and the names they go by.

use std::fmt;
use std::str::FromStr;

/// A kind of record with its own table, fields, timeline and API collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjectKind {
    Company,
    Person,
    Deal,
    Activity,
}

impl ObjectKind {
    pub const ALL: [ObjectKind; 4] = [Self::Company, Self::Person, Self::Deal, Self::Activity];

    /// The singular name used in events, custom field definitions and error messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Person => "person",
            Self::Deal => "deal",
            Self::Activity => "activity",
        }
    }

    /// The plural name: the API collection and the table.
    pub fn plural(self) -> &'static str {
        match self {
            Self::Company => "companies",
            Self::Person => "people",
            Self::Deal => "deals",
            Self::Activity => "activities",
        }
    }

    /// Whether activities can be linked to records of this kind (they have a timeline).
    pub fn has_timeline(self) -> bool {
        !matches!(self, Self::Activity)
    }
}

impl fmt::Display for ObjectKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ObjectKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.name() == s || k.plural() == s)
            .ok_or_else(|| {
                format!("unknown object \"{s}\"; expected one of company, person, deal, activity")
            })
    }
}

impl serde::Serialize for ObjectKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}
