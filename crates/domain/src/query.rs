//! What a list request asks for: filter, sort, page size, cursor and fields.

use crate::cursor::Cursor;
use crate::custom_field::CustomFieldDef;
use crate::error::{FieldError, ValidationErrors};
use crate::filter::{FieldRef, Filter};
use crate::object::ObjectKind;
use crate::schema::{FieldKind, ParseContext, SYSTEM_FIELDS, fields};
use crate::value::Storage;

pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 500;
const MAX_SORT_KEYS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Asc,
    Desc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SortKey {
    pub field: FieldRef,
    pub direction: Direction,
}

/// Which records a list shows with respect to the trash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Trash {
    #[default]
    Exclude,
    Only,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListQuery {
    pub filter: Option<Filter>,
    /// Never empty: the default is newest first.
    pub sort: Vec<SortKey>,
    pub limit: usize,
    pub cursor: Option<Cursor>,
    /// `None` means every field.
    pub fields: Option<Vec<String>>,
    pub trash: Trash,
}

/// The raw query string parameters of a list request.
#[derive(Debug, Clone, Default)]
pub struct ListParams<'a> {
    pub filter: Option<&'a str>,
    pub sort: Option<&'a str>,
    pub limit: Option<&'a str>,
    pub cursor: Option<&'a str>,
    pub fields: Option<&'a str>,
    pub trash: Option<&'a str>,
}

impl ListQuery {
    pub fn parse(
        kind: ObjectKind,
        params: &ListParams<'_>,
        customs: &[CustomFieldDef],
        ctx: &ParseContext,
    ) -> Result<ListQuery, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let filter = match params.filter.map(str::trim).filter(|f| !f.is_empty()) {
            Some(text) => Filter::parse(text, kind, customs, ctx)
                .map_err(|e| errors.push(FieldError::new("filter", e.to_string())))
                .ok(),
            None => None,
        };
        let sort = parse_sort(kind, params.sort.unwrap_or("-created_at"), customs)
            .map_err(|m| errors.push(FieldError::new("sort", m)))
            .unwrap_or_default();
        let limit = match params.limit {
            None => DEFAULT_LIMIT,
            Some(text) => match text.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    errors.push(FieldError::new(
                        "limit",
                        format!("must be a whole number from 1 to {MAX_LIMIT}"),
                    ));
                    DEFAULT_LIMIT
                }
            },
        };
        let cursor = match params.cursor.filter(|c| !c.is_empty()) {
            Some(text) => Cursor::decode(text, &sort)
                .map_err(|m| errors.push(FieldError::new("cursor", m)))
                .ok(),
            None => None,
        };
        let fields = params.fields.filter(|f| !f.trim().is_empty()).map(|text| {
            let names: Vec<String> = text.split(',').map(|f| f.trim().to_owned()).collect();
            for name in &names {
                if !is_field_name(kind, name, customs) {
                    errors.push(FieldError::new(
                        "fields",
                        format!("\"{name}\" is not a field of {}", kind.plural()),
                    ));
                }
            }
            names
        });
        let trash = match params.trash {
            None | Some("exclude") => Trash::Exclude,
            Some("only") => Trash::Only,
            Some(other) => {
                errors.push(FieldError::new(
                    "trash",
                    format!("\"{other}\" is not one of: exclude, only"),
                ));
                Trash::Exclude
            }
        };
        errors.into_result(ListQuery {
            filter,
            sort,
            limit,
            cursor,
            fields,
            trash,
        })
    }
}

/// A field `fields=` may name: a standard one, `custom` (all custom values), or one custom
/// field as `custom.<key>`.
fn is_field_name(kind: ObjectKind, name: &str, customs: &[CustomFieldDef]) -> bool {
    if let Some(key) = name.strip_prefix("custom.") {
        return customs.iter().any(|c| c.key == key);
    }
    name == "custom" || SYSTEM_FIELDS.contains(&name) || fields(kind).iter().any(|f| f.name == name)
}

/// `-updated_at,name`: a minus sorts descending. The record id breaks ties, so the order is
/// total and cursors are stable.
fn parse_sort(
    kind: ObjectKind,
    text: &str,
    customs: &[CustomFieldDef],
) -> Result<Vec<SortKey>, String> {
    let mut keys = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (direction, name) = match part.strip_prefix('-') {
            Some(name) => (Direction::Desc, name),
            None => (Direction::Asc, part.strip_prefix('+').unwrap_or(part)),
        };
        let field = FieldRef::resolve(kind, name, customs)?;
        if field.kind.storage() == Storage::List || field.kind == FieldKind::LongText {
            return Err(format!(
                "cannot sort by {name}: it is a {}",
                field.kind.type_name()
            ));
        }
        if keys.iter().any(|k: &SortKey| k.field == field) {
            return Err(format!("{name} appears twice"));
        }
        keys.push(SortKey { field, direction });
    }
    if keys.len() > MAX_SORT_KEYS {
        return Err(format!("sort by at most {MAX_SORT_KEYS} fields"));
    }
    if keys.is_empty() {
        return Err("name a field to sort by, such as -updated_at".into());
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(params: ListParams<'_>) -> Result<ListQuery, ValidationErrors> {
        ListQuery::parse(ObjectKind::Deal, &params, &[], &ParseContext::default())
    }

    #[test]
    fn defaults_are_newest_first_fifty() {
        let query = parse(ListParams::default()).unwrap();
        assert_eq!(query.limit, DEFAULT_LIMIT);
        assert_eq!(query.sort[0].field.name, "created_at");
        assert_eq!(query.sort[0].direction, Direction::Desc);
    }

    #[test]
    fn every_bad_parameter_is_named() {
        let errors = parse(ListParams {
            filter: Some("amount gt lots"),
            sort: Some("-tags"),
            limit: Some("0"),
            fields: Some("name,nope"),
            trash: Some("all"),
            ..Default::default()
        })
        .unwrap_err();
        let names: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(names, ["filter", "sort", "limit", "fields", "trash"]);
    }
}
