//! Turns a checked [`ListQuery`] into SQL: filter conditions, keyset pagination, order.

use relata_domain::cursor::Cursor;
use relata_domain::filter::{FieldRef, Filter, Op};
use relata_domain::query::{Direction, ListQuery, SortKey};
use relata_domain::schema::{FieldKind, find_field};
use relata_domain::value::Storage;
use relata_domain::{ObjectKind, Record, Value};

use crate::sql::{Bind, Sql, TextMatch};

/// Appends `AND filter AND after-cursor ORDER BY … LIMIT limit+1` (one extra row tells
/// whether another page follows).
pub(crate) fn push_query(sql: &mut Sql, kind: ObjectKind, query: &ListQuery) {
    if let Some(filter) = &query.filter {
        sql.push(" AND ");
        push_filter(sql, filter);
    }
    if let Some(cursor) = &query.cursor {
        sql.push(" AND ");
        push_after(sql, kind, &query.sort, cursor);
    }
    sql.push(" ORDER BY ");
    for key in &query.sort {
        let expr = expression(sql, &key.field);
        sql.push(&expr)
            .push(direction(key.direction))
            .push(" NULLS LAST, ");
    }
    let last = query.sort.last().map_or(Direction::Desc, |k| k.direction);
    sql.push("id")
        .push(direction(last))
        .push(" LIMIT ")
        .bind((query.limit + 1) as i64);
}

fn direction(direction: Direction) -> &'static str {
    match direction {
        Direction::Asc => " ASC",
        Direction::Desc => " DESC",
    }
}

/// The SQL expression of a field: its column, or its value inside the custom JSON.
fn expression(sql: &Sql, field: &FieldRef) -> String {
    if field.custom {
        sql.custom_value(&field.name, field.kind.storage())
    } else {
        field.name.clone()
    }
}

/// Custom values are compared as what the JSON holds: text for dates and strings.
fn comparable(field: &FieldRef, value: Value) -> Bind {
    if !field.custom {
        return Bind::typed(value, field.kind.storage());
    }
    match value.to_storage_json() {
        serde_json::Value::String(s) => Bind::Value(Value::Text(s)),
        _ => Bind::Value(value),
    }
}

/// Free text compares case-insensitively; canonical values (emails, options, ids) exactly.
fn is_free_text(kind: &FieldKind) -> bool {
    matches!(kind, FieldKind::Text { .. } | FieldKind::LongText)
}

pub(crate) fn push_filter(sql: &mut Sql, filter: &Filter) {
    match filter {
        Filter::And(parts) | Filter::Or(parts) => {
            let joiner = if matches!(filter, Filter::And(_)) {
                " AND "
            } else {
                " OR "
            };
            sql.push("(");
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    sql.push(joiner);
                }
                push_filter(sql, part);
            }
            sql.push(")");
        }
        Filter::Not(inner) => {
            // A condition on an empty value is unknown (NULL) in SQL; "not" must still match it.
            sql.push("NOT coalesce((");
            push_filter(sql, inner);
            sql.push("), false)");
        }
        Filter::Condition { field, op, values } => push_condition(sql, field, *op, values),
    }
}

fn push_condition(sql: &mut Sql, field: &FieldRef, op: Op, values: &[Value]) {
    let expr = expression(sql, field);
    if field.kind.storage() == Storage::List {
        return push_list_condition(sql, &expr, op, values);
    }
    let free_text = is_free_text(&field.kind);
    let first = values.first().cloned().unwrap_or(Value::Null);
    // Free text is compared whatever its letter case; canonical values (emails, options,
    // ids, numbers) exactly, through their indexes.
    let equals = |sql: &mut Sql, value: &Value| match (free_text, value) {
        (true, Value::Text(text)) => {
            sql.push_text_match(&expr, text, TextMatch::Exact);
        }
        _ => {
            sql.push(&expr)
                .push(" = ")
                .bind(comparable(field, value.clone()));
        }
    };
    match op {
        Op::Eq => equals(sql, &first),
        Op::Neq => {
            // People mean "everything but X", which includes records with no value.
            sql.push("(").push(&expr).push(" IS NULL OR NOT (");
            equals(sql, &first);
            sql.push("))");
        }
        Op::In if free_text => {
            let texts = values
                .iter()
                .filter_map(|v| v.as_text().map(str::to_owned))
                .collect();
            sql.push_text_in(&expr, texts);
        }
        Op::In => {
            sql.push("(");
            for (i, value) in values.iter().enumerate() {
                if i > 0 {
                    sql.push(" OR ");
                }
                equals(sql, value);
            }
            sql.push(")");
        }
        Op::Lt | Op::Lte | Op::Gt | Op::Gte => {
            let symbol = match op {
                Op::Lt => " < ",
                Op::Lte => " <= ",
                Op::Gt => " > ",
                _ => " >= ",
            };
            sql.push(&expr).push(symbol).bind(comparable(field, first));
        }
        Op::Contains | Op::StartsWith => {
            let how = if op == Op::Contains {
                TextMatch::Contains
            } else {
                TextMatch::Prefix
            };
            sql.push_text_match(&expr, first.as_text().unwrap_or_default(), how);
        }
        Op::IsEmpty => {
            sql.push(&expr).push(" IS NULL");
        }
        Op::IsNotEmpty => {
            sql.push(&expr).push(" IS NOT NULL");
        }
    }
}

fn push_list_condition(sql: &mut Sql, expr: &str, op: Op, values: &[Value]) {
    match op {
        Op::Eq | Op::In => {
            sql.push("(");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    sql.push(" OR ");
                }
                sql.push_list_contains(expr, v.clone());
            }
            sql.push(")");
        }
        Op::Neq => {
            sql.push("NOT ");
            sql.push_list_contains(expr, values.first().cloned().unwrap_or(Value::Null));
        }
        Op::IsEmpty => {
            sql.push_list_is_empty(expr);
        }
        _ => {
            sql.push("NOT ");
            sql.push_list_is_empty(expr);
        }
    }
}

/// Rows after the cursor in the sort order, where empty values sort last either way.
fn push_after(sql: &mut Sql, kind: ObjectKind, sort: &[SortKey], cursor: &Cursor) {
    let same_direction = sort.iter().all(|k| k.direction == sort[0].direction);
    let never_null = sort.iter().all(|k| is_never_null(kind, &k.field))
        && cursor.values.iter().all(|v| !v.is_null());
    if same_direction && never_null {
        // A row comparison lets the index on (sort columns, id) serve the page directly.
        let symbol = if sort[0].direction == Direction::Asc {
            " > "
        } else {
            " < "
        };
        sql.push("(");
        for key in sort {
            let expr = expression(sql, &key.field);
            sql.push(&expr).push(", ");
        }
        sql.push("id)").push(symbol).push("(");
        for (key, value) in sort.iter().zip(&cursor.values) {
            sql.bind(comparable(&key.field, value.clone())).push(", ");
        }
        sql.bind(cursor.id).push(")");
        return;
    }
    push_after_key(sql, sort, cursor, 0);
}

fn push_after_key(sql: &mut Sql, sort: &[SortKey], cursor: &Cursor, i: usize) {
    let last_direction = sort.last().map_or(Direction::Desc, |k| k.direction);
    let Some(key) = sort.get(i) else {
        let symbol = if last_direction == Direction::Asc {
            "id > "
        } else {
            "id < "
        };
        sql.push(symbol).bind(cursor.id);
        return;
    };
    let expr = expression(sql, &key.field);
    let value = &cursor.values[i];
    sql.push("(");
    if value.is_null() {
        sql.push(&expr).push(" IS NULL AND ");
        push_after_key(sql, sort, cursor, i + 1);
    } else {
        let symbol = if key.direction == Direction::Asc {
            " > "
        } else {
            " < "
        };
        sql.push(&expr)
            .push(symbol)
            .bind(comparable(&key.field, value.clone()));
        sql.push(" OR ")
            .push(&expr)
            .push(" IS NULL OR (")
            .push(&expr)
            .push(" = ");
        sql.bind(comparable(&key.field, value.clone()))
            .push(" AND ");
        push_after_key(sql, sort, cursor, i + 1);
        sql.push(")");
    }
    sql.push(")");
}

/// Whether the column is NOT NULL: system columns and required fields.
fn is_never_null(kind: ObjectKind, field: &FieldRef) -> bool {
    !field.custom
        && (matches!(
            field.name.as_str(),
            "id" | "version" | "created_at" | "updated_at"
        ) || find_field(kind, &field.name).is_some_and(|f| f.required))
}

/// The cursor that continues after `last` under the query's sort.
pub(crate) fn cursor_after(last: &Record, query: &ListQuery) -> Cursor {
    let values = query
        .sort
        .iter()
        .map(|key| {
            if key.field.custom {
                let kind = &key.field.kind;
                last.custom
                    .get(&key.field.name)
                    .map_or(Value::Null, |j| Value::from_storage_json(j, kind))
            } else {
                system_or_field(last, &key.field.name)
            }
        })
        .collect();
    Cursor {
        values,
        id: last.id,
    }
}

fn system_or_field(record: &Record, name: &str) -> Value {
    match name {
        "id" => Value::Id(record.id),
        "version" => Value::Int(record.version),
        "created_at" => Value::DateTime(record.created_at),
        "updated_at" => Value::DateTime(record.updated_at),
        "created_by" => record.created_by.map_or(Value::Null, Value::Id),
        "deleted_at" => record.deleted_at.map_or(Value::Null, Value::DateTime),
        _ if find_field(record.kind, name).is_some() => record.get(name).clone(),
        _ => Value::Null,
    }
}
