//! Relata's domain: the words a sales team uses, as types, and the rules between them.
//!
//! Nothing here does IO. Values arrive as JSON from the edge, are parsed once into typed
//! [`Value`]s by the object's [`schema`], and are trusted from then on.

pub mod activity;
pub mod contact;
pub mod cursor;
pub mod custom_field;
pub mod error;
pub mod filter;
pub mod fuzzy;
pub mod inbound;
pub mod job;
pub mod money;
pub mod months;
pub mod object;
pub mod pipeline;
pub mod query;
pub mod record;
pub mod role;
pub mod schema;
pub mod search;
pub mod timestamp;
pub mod value;
pub mod webhook;

pub use error::{FieldError, ValidationErrors};
pub use object::ObjectKind;
pub use record::{Changes, Record};
pub use value::Value;

/// A new time-ordered identifier (UUIDv7): index-friendly and sortable by creation time.
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}
