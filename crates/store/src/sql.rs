//! SQL text with its bound values, written once for both engines.
//!
//! Placeholders are written by [`Sql::bind`] in each engine's own syntax.
//! Where the engines differ (JSON, locking), [`Sql`] asks its [`Dialect`].

use relata_domain::value::{Storage, Value};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A value to bind. `Null` carries its storage type because PostgreSQL wants typed nulls.
#[derive(Debug, Clone)]
pub enum Bind {
    Value(Value),
    Null(Storage),
    Json(serde_json::Value),
    /// An array parameter (PostgreSQL only; see [`Sql::push_in`]).
    Ids(Vec<Uuid>),
    Texts(Vec<String>),
    /// Binary content (bytea on PostgreSQL, a blob on SQLite).
    Bytes(Vec<u8>),
}

impl From<Value> for Bind {
    fn from(value: Value) -> Self {
        Bind::Value(value)
    }
}

impl From<Uuid> for Bind {
    fn from(id: Uuid) -> Self {
        Bind::Value(Value::Id(id))
    }
}

impl From<&str> for Bind {
    fn from(s: &str) -> Self {
        Bind::Value(Value::Text(s.to_owned()))
    }
}

impl From<String> for Bind {
    fn from(s: String) -> Self {
        Bind::Value(Value::Text(s))
    }
}

impl From<i64> for Bind {
    fn from(n: i64) -> Self {
        Bind::Value(Value::Int(n))
    }
}

impl From<bool> for Bind {
    fn from(b: bool) -> Self {
        Bind::Value(Value::Bool(b))
    }
}

impl From<time::OffsetDateTime> for Bind {
    fn from(t: time::OffsetDateTime) -> Self {
        Bind::Value(Value::DateTime(t))
    }
}

impl From<Option<Uuid>> for Bind {
    fn from(id: Option<Uuid>) -> Self {
        id.map_or(Bind::Null(Storage::Id), Bind::from)
    }
}

impl From<Option<i64>> for Bind {
    fn from(n: Option<i64>) -> Self {
        n.map_or(Bind::Null(Storage::Int), Bind::from)
    }
}

impl From<Option<String>> for Bind {
    fn from(text: Option<String>) -> Self {
        text.map_or(Bind::Null(Storage::Text), Bind::from)
    }
}

impl From<Option<time::OffsetDateTime>> for Bind {
    fn from(t: Option<time::OffsetDateTime>) -> Self {
        t.map_or(Bind::Null(Storage::DateTime), Bind::from)
    }
}

impl Bind {
    /// A field value, with a typed null when it is empty.
    pub fn typed(value: Value, storage: Storage) -> Bind {
        if value.is_null() {
            Bind::Null(storage)
        } else {
            Bind::Value(value)
        }
    }
}

#[derive(Debug, Clone)]
pub struct Sql {
    pub dialect: Dialect,
    pub text: String,
    pub binds: Vec<Bind>,
}

impl Sql {
    pub fn new(dialect: Dialect, text: &str) -> Self {
        Self {
            dialect,
            text: text.to_owned(),
            binds: Vec::new(),
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder for `value`: `$n` on PostgreSQL, `?` on SQLite. Values are
    /// always bound in the order their placeholders appear, and SQLite looks each numbered
    /// parameter's name up linearly, which made a bulk insert of 30,000 values quadratic.
    pub fn bind(&mut self, value: impl Into<Bind>) -> &mut Self {
        self.binds.push(value.into());
        match self.dialect {
            Dialect::Sqlite => self.text.push('?'),
            Dialect::Postgres => {
                self.text.push('$');
                self.text.push_str(&self.binds.len().to_string());
            }
        }
        self
    }

    /// Appends "`expr` is one of `items`". PostgreSQL gets `= ANY($n)` with one array, so the
    /// statement, and the plan it prepared, is the same for any number of items (a generic
    /// plan for a long `IN` list of parameters can fall back to scanning the table); SQLite
    /// gets `IN (?, …)`.
    pub fn push_in(&mut self, expr: &str, items: InList) -> &mut Self {
        self.push(expr);
        match (self.dialect, items) {
            (Dialect::Postgres, InList::Ids(ids)) => {
                self.push(" = ANY(").bind(Bind::Ids(ids)).push(")")
            }
            (Dialect::Postgres, InList::Texts(texts)) => {
                self.push(" = ANY(").bind(Bind::Texts(texts)).push(")")
            }
            (Dialect::Sqlite, items) => {
                self.push(" IN (");
                let binds: Vec<Bind> = match items {
                    InList::Ids(ids) => ids.into_iter().map(Bind::from).collect(),
                    InList::Texts(texts) => texts.into_iter().map(Bind::from).collect(),
                };
                for (i, bind) in binds.into_iter().enumerate() {
                    self.push(if i == 0 { "" } else { ", " }).bind(bind);
                }
                self.push(")")
            }
        }
    }

    /// Appends `text` on PostgreSQL only (row locks; SQLite has a single writer instead).
    pub fn push_postgres(&mut self, text: &str) -> &mut Self {
        if self.dialect == Dialect::Postgres {
            self.text.push_str(text);
        }
        self
    }

    /// An expression for one custom field value, typed so comparisons work on both engines.
    pub fn custom_value(&self, key: &str, storage: Storage) -> String {
        debug_assert!(key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
        match (self.dialect, storage) {
            (Dialect::Sqlite, _) => format!("json_extract(custom, '$.\"{key}\"')"),
            (Dialect::Postgres, Storage::Int) => format!("(custom->>'{key}')::bigint"),
            (Dialect::Postgres, Storage::Float) => format!("(custom->>'{key}')::float8"),
            (Dialect::Postgres, Storage::Bool) => format!("(custom->>'{key}')::boolean"),
            (Dialect::Postgres, Storage::List) => format!("(custom->'{key}')"),
            (Dialect::Postgres, _) => format!("(custom->>'{key}')"),
        }
    }

    /// Appends "the JSON array `list_expr` holds `item`".
    pub fn push_list_contains(&mut self, list_expr: &str, item: Value) -> &mut Self {
        match self.dialect {
            Dialect::Sqlite => {
                self.push("EXISTS (SELECT 1 FROM json_each(")
                    .push(list_expr)
                    .push(") WHERE value = ");
                self.bind(item).push(")")
            }
            Dialect::Postgres => {
                self.push("coalesce(")
                    .push(list_expr)
                    .push(" @> jsonb_build_array(");
                self.bind(item).push("::text), false)")
            }
        }
    }

    /// Appends "the JSON array `list_expr` is empty or missing".
    pub fn push_list_is_empty(&mut self, list_expr: &str) -> &mut Self {
        match self.dialect {
            Dialect::Sqlite => self
                .push("coalesce(json_array_length(")
                .push(list_expr)
                .push("), 0) = 0"),
            Dialect::Postgres => self
                .push("coalesce(jsonb_array_length(")
                .push(list_expr)
                .push("), 0) = 0"),
        }
    }

    /// Appends a case-insensitive match of the text column `expr` against `text`.
    ///
    /// SQLite's `lower()` and `LIKE` fold only ASCII letters, so there equality and prefixes
    /// compare under the `unicase` collation (which the name and city indexes use), and
    /// "contains" is a `GLOB` whose every letter is a class of its two cases
    /// (`*[Рр][Оо][Мм]*`). PostgreSQL compares `lower(expr)`, as its expression indexes do.
    /// Appends "`expr` equals one of `texts`, whatever the letter case" (see
    /// [`Sql::push_text_match`]).
    pub fn push_text_in(&mut self, expr: &str, texts: Vec<String>) -> &mut Self {
        match self.dialect {
            Dialect::Sqlite => {
                let column = format!("{expr} COLLATE unicase");
                self.push_in(&column, InList::Texts(texts))
            }
            Dialect::Postgres => {
                let lowered = texts.iter().map(|t| t.to_lowercase()).collect();
                let column = format!("lower({expr})");
                self.push_in(&column, InList::Texts(lowered))
            }
        }
    }

    pub fn push_text_match(&mut self, expr: &str, text: &str, how: TextMatch) -> &mut Self {
        match (self.dialect, how) {
            (Dialect::Sqlite, TextMatch::Exact) => self
                .push(expr)
                .push(" = ")
                .bind(text.to_owned())
                .push(" COLLATE unicase"),
            (Dialect::Sqlite, TextMatch::Prefix) => {
                self.push("(")
                    .push(expr)
                    .push(" >= ")
                    .bind(text.to_owned())
                    .push(" COLLATE unicase AND ");
                self.push(expr)
                    .push(" < ")
                    .bind(format!("{text}\u{10FFFF}"))
                    .push(" COLLATE unicase)")
            }
            (Dialect::Sqlite, TextMatch::Contains) => self
                .push(expr)
                .push(" GLOB ")
                .bind(format!("*{}*", glob_any_case(text))),
            (Dialect::Postgres, TextMatch::Exact) => self
                .push("lower(")
                .push(expr)
                .push(") = ")
                .bind(text.to_lowercase()),
            (Dialect::Postgres, _) => {
                let lower = text.to_lowercase();
                let escaped = lower
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                let pattern = if how == TextMatch::Contains {
                    format!("%{escaped}%")
                } else {
                    format!("{escaped}%")
                };
                self.push("lower(")
                    .push(expr)
                    .push(") LIKE ")
                    .bind(pattern)
                    .push(" ESCAPE '\\'")
            }
        }
    }
}

#[derive(Debug, Clone)]
pub enum InList {
    Ids(Vec<Uuid>),
    Texts(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextMatch {
    Exact,
    Prefix,
    Contains,
}

/// A GLOB pattern matching `text` literally in any letter case.
fn glob_any_case(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() * 4);
    for c in text.chars() {
        let (lower, upper): (String, String) =
            (c.to_lowercase().collect(), c.to_uppercase().collect());
        match c {
            '*' | '?' | '[' => {
                pattern.push('[');
                pattern.push(c);
                pattern.push(']');
            }
            _ if lower != upper && lower.chars().count() == 1 && upper.chars().count() == 1 => {
                pattern.push('[');
                pattern.push_str(&upper);
                pattern.push_str(&lower);
                pattern.push(']');
            }
            _ => pattern.push(c),
        }
    }
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_patterns_match_any_case_and_escape_wildcards() {
        assert_eq!(glob_any_case("Ром"), "[Рр][Оо][Мм]");
        assert_eq!(glob_any_case("a*b?[c]"), "[Aa][*][Bb][?][[][Cc]]");
        assert_eq!(glob_any_case("42 ß"), "42 ß");
    }
}
