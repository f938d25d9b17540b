//! Opaque page cursors: the sort values and id of the last record on a page, so the next
//! page starts right after it however many records are inserted meanwhile.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

use crate::query::{Direction, SortKey};
use crate::value::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    /// One value per sort key, then the id breaks ties.
    pub values: Vec<Value>,
    pub id: Uuid,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Encoded {
    /// The sort the cursor was made for; a cursor is refused under another sort.
    s: String,
    v: Vec<serde_json::Value>,
    i: Uuid,
}

fn signature(sort: &[SortKey]) -> String {
    let keys: Vec<String> = sort
        .iter()
        .map(|k| {
            format!(
                "{}{}",
                if k.direction == Direction::Desc {
                    "-"
                } else {
                    ""
                },
                k.field.path()
            )
        })
        .collect();
    keys.join(",")
}

impl Cursor {
    pub fn encode(&self, sort: &[SortKey]) -> String {
        let encoded = Encoded {
            s: signature(sort),
            v: self.values.iter().map(Value::to_storage_json).collect(),
            i: self.id,
        };
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(&encoded).unwrap_or_default())
    }

    pub fn decode(text: &str, sort: &[SortKey]) -> Result<Cursor, String> {
        let invalid = || "is not a cursor from this list; start again without it".to_owned();
        let bytes = URL_SAFE_NO_PAD.decode(text.trim()).map_err(|_| invalid())?;
        let encoded: Encoded = serde_json::from_slice(&bytes).map_err(|_| invalid())?;
        if encoded.s != signature(sort) || encoded.v.len() != sort.len() {
            return Err("was made for another sort order; start again without it".into());
        }
        let values = encoded
            .v
            .iter()
            .zip(sort)
            .map(|(v, key)| Value::from_storage_json(v, &key.field.kind))
            .collect();
        Ok(Cursor {
            values,
            id: encoded.i,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::custom_field::CustomFieldDef;
    use crate::filter::FieldRef;
    use crate::object::ObjectKind;

    fn sort(spec: &[(&str, Direction)]) -> Vec<SortKey> {
        let customs: [CustomFieldDef; 0] = [];
        spec.iter()
            .map(|(name, direction)| SortKey {
                field: FieldRef::resolve(ObjectKind::Deal, name, &customs).unwrap(),
                direction: *direction,
            })
            .collect()
    }

    #[test]
    fn cursors_round_trip() {
        let keys = sort(&[
            ("amount", Direction::Desc),
            ("expected_close_date", Direction::Asc),
        ]);
        let cursor = Cursor {
            values: vec![Value::Int(100_000), Value::Null],
            id: crate::new_id(),
        };
        assert_eq!(
            Cursor::decode(&cursor.encode(&keys), &keys).unwrap(),
            cursor
        );
    }

    #[test]
    fn a_cursor_fits_only_its_sort() {
        let by_amount = sort(&[("amount", Direction::Desc)]);
        let by_name = sort(&[("name", Direction::Desc)]);
        let cursor = Cursor {
            values: vec![Value::Int(5)],
            id: crate::new_id(),
        };
        assert!(Cursor::decode(&cursor.encode(&by_amount), &by_name).is_err());
        assert!(Cursor::decode("garbage!", &by_amount).is_err());
    }
}
