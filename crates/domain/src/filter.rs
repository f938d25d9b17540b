//! The filter language of list endpoints and saved views:
//!
//! ```text
//! lifecycle_stage eq "customer" and (amount gte 10000 or tags eq vip) and not city is_empty
//! ```
//!
//! Conditions are `field op value`; `and` binds tighter than `or`; parentheses group; `not`
//! negates. Operators: eq, neq, lt, lte, gt, gte, contains, starts_with, in (with a list
//! `[a, b]`), is_empty, is_not_empty, and the symbols = != < <= > >=. Values are "quoted
//! strings", numbers, true, false, null, or bare words. Custom fields are `custom.key`.
//! Parsing checks every field, operator and value against the object's fields, so the
//! store receives only typed, valid conditions.

use std::fmt;

use crate::custom_field::CustomFieldDef;
use crate::object::ObjectKind;
use crate::schema::{FieldKind, ParseContext, find_field};
use crate::value::{Storage, Value};

const MAX_CONDITIONS: usize = 50;
const MAX_DEPTH: usize = 8;
const MAX_FILTER_LEN: usize = 8_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Neq,
    Lt,
    Lte,
    Gt,
    Gte,
    Contains,
    StartsWith,
    In,
    IsEmpty,
    IsNotEmpty,
}

impl Op {
    const NAMES: [(&'static str, Op); 17] = [
        ("eq", Op::Eq),
        ("=", Op::Eq),
        ("neq", Op::Neq),
        ("!=", Op::Neq),
        ("lt", Op::Lt),
        ("<", Op::Lt),
        ("lte", Op::Lte),
        ("<=", Op::Lte),
        ("gt", Op::Gt),
        (">", Op::Gt),
        ("gte", Op::Gte),
        (">=", Op::Gte),
        ("contains", Op::Contains),
        ("starts_with", Op::StartsWith),
        ("in", Op::In),
        ("is_empty", Op::IsEmpty),
        ("is_not_empty", Op::IsNotEmpty),
    ];

    fn parse(word: &str) -> Option<Op> {
        Self::NAMES
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, op)| *op)
    }

    fn takes_value(self) -> bool {
        !matches!(self, Op::IsEmpty | Op::IsNotEmpty)
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = Self::NAMES
            .iter()
            .find(|(_, op)| op == self)
            .map_or("?", |(name, _)| name);
        f.write_str(name)
    }
}

/// A field a filter or sort refers to, with the kind that gives its values meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldRef {
    /// The column name, or the key inside the custom-values JSON.
    pub name: String,
    pub kind: FieldKind,
    pub custom: bool,
}

impl FieldRef {
    /// Resolves `first_name`, `created_at` or `custom.region` for an object.
    pub fn resolve(
        kind: ObjectKind,
        name: &str,
        customs: &[CustomFieldDef],
    ) -> Result<FieldRef, String> {
        if let Some(key) = name.strip_prefix("custom.") {
            let def = customs
                .iter()
                .find(|d| d.key == key)
                .ok_or_else(|| format!("\"{key}\" is not a custom field of {}", kind.plural()))?;
            return Ok(FieldRef {
                name: key.to_owned(),
                kind: def.field_kind(),
                custom: true,
            });
        }
        let spec = find_field(kind, name)
            .ok_or_else(|| format!("\"{name}\" is not a field of {}", kind.plural()))?;
        Ok(FieldRef {
            name: spec.name.to_owned(),
            kind: spec.kind,
            custom: false,
        })
    }

    pub fn path(&self) -> String {
        if self.custom {
            format!("custom.{}", self.name)
        } else {
            self.name.clone()
        }
    }
}

/// A checked filter, ready for a store to translate.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    And(Vec<Filter>),
    Or(Vec<Filter>),
    Not(Box<Filter>),
    /// For list fields, `eq`/`neq`/`in` test membership. `values` holds one value, or the
    /// list for `in`, or nothing for `is_empty`/`is_not_empty`.
    Condition {
        field: FieldRef,
        op: Op,
        values: Vec<Value>,
    },
}

/// A filter that could not be understood: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    pub position: usize,
    pub message: String,
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at character {})", self.message, self.position + 1)
    }
}

impl Filter {
    pub fn parse(
        input: &str,
        kind: ObjectKind,
        customs: &[CustomFieldDef],
        ctx: &ParseContext,
    ) -> Result<Filter, FilterError> {
        if input.len() > MAX_FILTER_LEN {
            return Err(FilterError {
                position: 0,
                message: format!("is longer than {MAX_FILTER_LEN} characters"),
            });
        }
        let tokens = tokenize(input)?;
        let mut parser = Parser {
            tokens,
            pos: 0,
            kind,
            customs,
            ctx,
            conditions: 0,
            end: input.len(),
        };
        let filter = parser.expression(0)?;
        if let Some(token) = parser.tokens.get(parser.pos) {
            return Err(FilterError {
                position: token.at,
                message: format!("unexpected {}", token.kind),
            });
        }
        Ok(filter)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum TokenKind {
    Word(String),
    Str(String),
    Number(String),
    Symbol(&'static str),
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Word(w) | Self::Number(w) => write!(f, "\"{w}\""),
            Self::Str(s) => write!(f, "string \"{s}\""),
            Self::Symbol(s) => write!(f, "\"{s}\""),
        }
    }
}

#[derive(Debug, Clone)]
struct Token {
    kind: TokenKind,
    at: usize,
}

fn tokenize(input: &str) -> Result<Vec<Token>, FilterError> {
    let mut tokens = Vec::new();
    let mut chars = input.char_indices().peekable();
    while let Some(&(at, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut text = String::new();
            loop {
                match chars.next() {
                    Some((_, '"')) => break,
                    Some((_, '\\')) => match chars.next() {
                        Some((_, escaped)) => text.push(escaped),
                        None => {
                            return Err(FilterError {
                                position: at,
                                message: "unfinished escape".into(),
                            });
                        }
                    },
                    Some((_, ch)) => text.push(ch),
                    None => {
                        return Err(FilterError {
                            position: at,
                            message: "a quoted string is not closed".into(),
                        });
                    }
                }
            }
            tokens.push(Token {
                kind: TokenKind::Str(text),
                at,
            });
        } else if let Some(symbol) = ["<=", ">=", "!=", "(", ")", "[", "]", ",", "=", "<", ">"]
            .into_iter()
            .find(|s| input[at..].starts_with(s))
        {
            for _ in 0..symbol.len() {
                chars.next();
            }
            tokens.push(Token {
                kind: TokenKind::Symbol(symbol),
                at,
            });
        } else if c.is_alphanumeric() || c == '_' || c == '-' || c == '.' || c == '+' || c == '@' {
            let mut word = String::new();
            while let Some(&(_, ch)) = chars.peek() {
                if ch.is_alphanumeric() || "_-.+@:".contains(ch) {
                    word.push(ch);
                    chars.next();
                } else {
                    break;
                }
            }
            let numeric = word.parse::<f64>().is_ok() && !word.ends_with('.');
            tokens.push(Token {
                kind: if numeric {
                    TokenKind::Number(word)
                } else {
                    TokenKind::Word(word)
                },
                at,
            });
        } else {
            return Err(FilterError {
                position: at,
                message: format!("unexpected character '{c}'"),
            });
        }
    }
    Ok(tokens)
}

struct Parser<'a> {
    tokens: Vec<Token>,
    pos: usize,
    kind: ObjectKind,
    customs: &'a [CustomFieldDef],
    ctx: &'a ParseContext,
    conditions: usize,
    end: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&TokenKind> {
        self.tokens.get(self.pos).map(|t| &t.kind)
    }

    fn at(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |t| t.at)
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, FilterError> {
        Err(FilterError {
            position: self.at(),
            message: message.into(),
        })
    }

    fn next(&mut self) -> Option<TokenKind> {
        let token = self.tokens.get(self.pos).map(|t| t.kind.clone());
        self.pos += 1;
        token
    }

    fn is_keyword(&self, keyword: &str) -> bool {
        matches!(self.peek(), Some(TokenKind::Word(w)) if w.eq_ignore_ascii_case(keyword))
    }

    fn expression(&mut self, depth: usize) -> Result<Filter, FilterError> {
        if depth > MAX_DEPTH {
            return self.error(format!("is nested deeper than {MAX_DEPTH} levels"));
        }
        let mut parts = vec![self.conjunction(depth)?];
        while self.is_keyword("or") {
            self.pos += 1;
            parts.push(self.conjunction(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Filter::Or(parts)
        })
    }

    fn conjunction(&mut self, depth: usize) -> Result<Filter, FilterError> {
        let mut parts = vec![self.unary(depth)?];
        while self.is_keyword("and") {
            self.pos += 1;
            parts.push(self.unary(depth)?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Filter::And(parts)
        })
    }

    fn unary(&mut self, depth: usize) -> Result<Filter, FilterError> {
        if self.is_keyword("not") {
            self.pos += 1;
            return Ok(Filter::Not(Box::new(self.unary(depth + 1)?)));
        }
        if self.peek() == Some(&TokenKind::Symbol("(")) {
            self.pos += 1;
            let inner = self.expression(depth + 1)?;
            if self.next() != Some(TokenKind::Symbol(")")) {
                self.pos -= 1;
                return self.error("expected a closing parenthesis");
            }
            return Ok(inner);
        }
        self.condition()
    }

    fn condition(&mut self) -> Result<Filter, FilterError> {
        self.conditions += 1;
        if self.conditions > MAX_CONDITIONS {
            return self.error(format!("has more than {MAX_CONDITIONS} conditions"));
        }
        let field_at = self.at();
        let Some(TokenKind::Word(name)) = self.next() else {
            self.pos = self.pos.saturating_sub(1);
            return self.error("expected a field name");
        };
        let field =
            FieldRef::resolve(self.kind, &name, self.customs).map_err(|message| FilterError {
                position: field_at,
                message,
            })?;
        let op_at = self.at();
        let op = match self.next() {
            Some(TokenKind::Word(w)) => Op::parse(&w.to_lowercase()),
            Some(TokenKind::Symbol(s)) => Op::parse(s),
            _ => None,
        };
        let Some(op) = op else {
            self.pos = self.pos.saturating_sub(1);
            return self.error(format!(
                "expected an operator after \"{name}\", such as eq, contains or gt"
            ));
        };
        let literals = if !op.takes_value() {
            Vec::new()
        } else if op == Op::In {
            self.list()?
        } else {
            vec![self.literal()?]
        };
        let values =
            check_condition(&field, op, &literals, self.ctx).map_err(|message| FilterError {
                position: op_at,
                message: format!("{}: {message}", field.path()),
            })?;
        if op == Op::Eq && values.first().is_some_and(Value::is_null) {
            return Ok(Filter::Condition {
                field,
                op: Op::IsEmpty,
                values: Vec::new(),
            });
        }
        if op == Op::Neq && values.first().is_some_and(Value::is_null) {
            return Ok(Filter::Condition {
                field,
                op: Op::IsNotEmpty,
                values: Vec::new(),
            });
        }
        Ok(Filter::Condition { field, op, values })
    }

    fn literal(&mut self) -> Result<serde_json::Value, FilterError> {
        match self.next() {
            Some(TokenKind::Str(s)) => Ok(serde_json::Value::String(s)),
            Some(TokenKind::Number(n)) => {
                Ok(serde_json::from_str(&n).unwrap_or(serde_json::Value::String(n)))
            }
            Some(TokenKind::Word(w)) => Ok(match w.as_str() {
                "true" => serde_json::Value::Bool(true),
                "false" => serde_json::Value::Bool(false),
                "null" => serde_json::Value::Null,
                _ => serde_json::Value::String(w),
            }),
            _ => {
                self.pos = self.pos.saturating_sub(1);
                self.error("expected a value")
            }
        }
    }

    fn list(&mut self) -> Result<Vec<serde_json::Value>, FilterError> {
        if self.next() != Some(TokenKind::Symbol("[")) {
            self.pos = self.pos.saturating_sub(1);
            return self.error("expected a list such as [\"a\", \"b\"] after in");
        }
        let mut items = Vec::new();
        loop {
            if self.peek() == Some(&TokenKind::Symbol("]")) && items.is_empty() {
                self.pos += 1;
                return self.error("the list is empty");
            }
            items.push(self.literal()?);
            match self.next() {
                Some(TokenKind::Symbol(",")) => {}
                Some(TokenKind::Symbol("]")) => return Ok(items),
                _ => {
                    self.pos = self.pos.saturating_sub(1);
                    return self.error("expected , or ] in the list");
                }
            }
        }
    }
}

/// The kind that one element of a list field has.
fn element_kind(kind: &FieldKind) -> FieldKind {
    match kind {
        FieldKind::EmailList => FieldKind::Email,
        FieldKind::PhoneList => FieldKind::Phone,
        FieldKind::DomainList => FieldKind::Domain,
        FieldKind::MultiChoice(options) => FieldKind::Choice(options.clone()),
        FieldKind::Tags => FieldKind::Text { max: 64 },
        other => other.clone(),
    }
}

fn check_condition(
    field: &FieldRef,
    op: Op,
    literals: &[serde_json::Value],
    ctx: &ParseContext,
) -> Result<Vec<Value>, String> {
    let storage = field.kind.storage();
    let allowed = match op {
        Op::Eq | Op::Neq | Op::In | Op::IsEmpty | Op::IsNotEmpty => true,
        Op::Lt | Op::Lte | Op::Gt | Op::Gte => field.kind.is_ordered(),
        Op::Contains | Op::StartsWith => storage == Storage::Text,
    };
    if !allowed {
        return Err(format!(
            "{op} does not apply to a {} field",
            field.kind.type_name()
        ));
    }
    if matches!(op, Op::Contains | Op::StartsWith) {
        // Partial input ("ivan@", "+7 916") is not a valid email or phone yet: match it as text.
        let text = literals.first().and_then(|l| {
            l.as_str()
                .map(str::to_owned)
                .or_else(|| Some(l.to_string()))
        });
        let text = text.unwrap_or_default().trim().to_lowercase();
        if text.is_empty() {
            return Err(format!("{op} needs some text"));
        }
        return Ok(vec![Value::Text(text)]);
    }
    let kind = element_kind(&field.kind);
    literals
        .iter()
        .map(|literal| {
            let value = kind.parse(literal, ctx)?;
            if value.is_null() && (op != Op::Eq && op != Op::Neq) {
                return Err(format!("{op} needs a value, not null"));
            }
            Ok(value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(input: &str) -> Result<Filter, FilterError> {
        Filter::parse(input, ObjectKind::Person, &[], &ParseContext::default())
    }

    fn condition(name: &str, op: Op, values: Vec<Value>) -> Filter {
        let field = FieldRef::resolve(ObjectKind::Person, name, &[]).unwrap();
        Filter::Condition { field, op, values }
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let filter =
            parse("city eq Moscow or lifecycle_stage = customer and country neq \"Russia\"")
                .unwrap();
        let Filter::Or(parts) = filter else {
            panic!("expected or")
        };
        assert_eq!(
            parts[0],
            condition("city", Op::Eq, vec![Value::Text("Moscow".into())])
        );
        assert!(matches!(parts[1], Filter::And(ref inner) if inner.len() == 2));
    }

    #[test]
    fn values_are_parsed_by_the_field_kind() {
        assert_eq!(
            parse("phone eq \"8 (916) 123-45-67\"").unwrap(),
            condition("phone", Op::Eq, vec![Value::Text("+79161234567".into())])
        );
        assert_eq!(
            parse("created_at gte 2026-01-01").unwrap(),
            condition(
                "created_at",
                Op::Gte,
                vec![Value::DateTime(
                    crate::timestamp::parse("2026-01-01").unwrap()
                )]
            )
        );
        assert_eq!(
            parse("email eq null").unwrap(),
            condition("email", Op::IsEmpty, vec![])
        );
    }

    #[test]
    fn in_takes_a_list_and_not_negates() {
        let filter = parse("not (lifecycle_stage in [lead, \"customer\"])").unwrap();
        let expected = condition(
            "lifecycle_stage",
            Op::In,
            vec![Value::Text("lead".into()), Value::Text("customer".into())],
        );
        assert_eq!(filter, Filter::Not(Box::new(expected)));
    }

    #[test]
    fn mistakes_are_explained_with_a_position() {
        let cases = [
            ("nme eq x", "not a field", 0),
            ("city equals x", "expected an operator", 5),
            ("city eq", "expected a value", 7),
            ("lifecycle_stage eq vip", "not one of", 16),
            ("tags gt 3", "does not apply", 5),
            ("(city eq x", "closing parenthesis", 10),
            ("city eq \"x", "not closed", 8),
            ("city eq x y", "unexpected", 10),
            ("created_at gt soon", "not a date-time", 11),
        ];
        for (input, message, position) in cases {
            let error = parse(input).unwrap_err();
            assert!(error.message.contains(message), "{input}: {error}");
            assert_eq!(error.position, position, "{input}: {error}");
        }
    }

    #[test]
    fn limits_keep_filters_small() {
        let many = vec!["city eq x"; MAX_CONDITIONS + 1].join(" or ");
        assert!(parse(&many).unwrap_err().message.contains("more than"));
        let deep = format!(
            "{}city eq x{}",
            "(".repeat(MAX_DEPTH + 2),
            ")".repeat(MAX_DEPTH + 2)
        );
        assert!(parse(&deep).unwrap_err().message.contains("deeper"));
    }
}
