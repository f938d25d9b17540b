//! Properties over generated input: the CSV reader and the filter parser face whatever
//! people and other programs send, so neither may panic, and the reader's line numbers must
//! point into the file.

use proptest::prelude::*;
use proptest::test_runner::Config;
use relata_domain::ObjectKind;
use relata_domain::custom_field::{CustomFieldDef, CustomFieldInput};
use relata_domain::filter::Filter;
use relata_domain::schema::ParseContext;
use relata_transfer::{RowReader, preview};

fn custom(kind: ObjectKind, key: &str, type_: &str, options: &[&str]) -> CustomFieldDef {
    CustomFieldInput {
        key: key.into(),
        label: None,
        kind: type_.into(),
        options: options.iter().map(|o| (*o).to_owned()).collect(),
        required: false,
    }
    .parse(kind, &[], 0)
    .unwrap()
}

/// Line breaks as a text editor counts them: `\n`, `\r\n` and a lone `\r` are one each.
fn line_breaks(bytes: &[u8]) -> u64 {
    let mut breaks = 0;
    let mut after_cr = false;
    for &byte in bytes {
        match byte {
            b'\r' => {
                breaks += 1;
                after_cr = true;
            }
            b'\n' => {
                if !after_cr {
                    breaks += 1;
                }
                after_cr = false;
            }
            _ => after_cr = false,
        }
    }
    breaks
}

/// Reads every row; checks that lines rise and stay within the file.
fn check_reader(bytes: &[u8], kind: ObjectKind) -> Result<(), TestCaseError> {
    let customs = [
        custom(kind, "score", "number", &[]),
        custom(kind, "since", "date", &[]),
        custom(kind, "tier", "select", &["A", "B"]),
    ];
    let ctx = ParseContext::default();
    let last_line = line_breaks(bytes) + 1;
    let overrides: [(&str, &str); 0] = [];
    let shown = preview(bytes, kind, &customs, &ctx, &overrides);
    for row in &shown.sample_rows {
        prop_assert!(row.line <= last_line);
    }
    let Ok(reader) = RowReader::open(bytes, kind, &customs, &ctx) else {
        return Ok(());
    };
    let mut previous = reader.header_line();
    prop_assert!(previous >= 1 && previous <= last_line);
    for row in reader {
        let Ok(row) = row else { break };
        prop_assert!(row.line > previous, "line {} after {previous}", row.line);
        prop_assert!(row.line <= last_line, "line {} of {last_line}", row.line);
        previous = row.line;
    }
    Ok(())
}

/// Bytes that matter to a CSV reader, in any order.
fn csv_like_body() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"a".to_vec()),
        Just(b"ann@example.com".to_vec()),
        Just(b"8 916 123-45-67".to_vec()),
        Just(b"12 500,50".to_vec()),
        Just(b"01.03.2026".to_vec()),
        Just(b",".to_vec()),
        Just(b";".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just("Жанна".as_bytes().to_vec()),
        Just(b"'=x".to_vec()),
        Just(b" ".to_vec()),
        any::<u8>().prop_map(|b| vec![b]),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(Config::with_cases(300))]

    #[test]
    fn the_reader_survives_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check_reader(&bytes, ObjectKind::Person)?;
    }

    #[test]
    fn the_reader_survives_csv_like_bytes(
        header in prop_oneof![
            Just("first_name,email,phone,tags,custom.score,custom.since\n"),
            Just("\u{feff}Имя;Почта;Телефон;Компания;Tier\r\n"),
            Just("ФИО\tE-mail\tMobile\n"),
        ],
        body in csv_like_body(),
    ) {
        let mut bytes = header.as_bytes().to_vec();
        bytes.extend(body);
        check_reader(&bytes, ObjectKind::Person)?;
    }

    #[test]
    fn the_reader_survives_deal_files(body in csv_like_body()) {
        let mut bytes = b"Name;Amount;Close date;Stage;custom.score;custom.tier\n".to_vec();
        bytes.extend(body);
        check_reader(&bytes, ObjectKind::Deal)?;
    }
}

// --- The filter language ---------------------------------------------------------------

fn parse_filter(input: &str) -> Result<Filter, relata_domain::filter::FilterError> {
    Filter::parse(input, ObjectKind::Person, &[], &ParseContext::default())
}

/// A quoted string with the escapes the filter language needs.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Free text that is never empty (an ordering against nothing is refused, rightly).
fn some_text() -> impl Strategy<Value = String> {
    "[a-zA-Zа-яА-ЯёЁ0-9][a-zA-Zа-яА-Я0-9 _.,@'\"\\\\-]{0,20}".prop_map(|s| quoted(&s))
}

fn bare_word() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_]{0,8}".prop_filter("a literal keyword", |w| {
        !["true", "false", "null"].contains(&w.as_str())
    })
}

fn email() -> impl Strategy<Value = String> {
    (
        "[a-z][a-z0-9._]{0,8}",
        "[a-z]{1,8}",
        prop_oneof![Just("com"), Just("ru"), Just("рф")],
    )
        .prop_map(|(local, host, tld)| format!("{local}@{host}.{tld}"))
}

fn text_value() -> impl Strategy<Value = String> {
    prop_oneof![some_text(), bare_word()]
}

/// `op value` for a field of one kind: each kind gets the operators and values it accepts.
fn text_condition() -> BoxedStrategy<String> {
    let field = prop::sample::select(vec![
        "first_name",
        "last_name",
        "job_title",
        "city",
        "country",
        "source",
    ]);
    let op = prop::sample::select(vec![
        "eq",
        "neq",
        "=",
        "!=",
        "lt",
        "lte",
        "gt",
        "gte",
        "<",
        "<=",
        ">",
        ">=",
        "contains",
        "starts_with",
        "EQ",
    ]);
    prop_oneof![
        (field.clone(), op, text_value()).prop_map(|(f, o, v)| format!("{f} {o} {v}")),
        (field.clone(), prop::collection::vec(text_value(), 1..4))
            .prop_map(|(f, vs)| format!("{f} in [{}]", vs.join(", "))),
        (
            field,
            prop::sample::select(vec!["is_empty", "is_not_empty"])
        )
            .prop_map(|(f, o)| format!("{f} {o}")),
        (
            prop::sample::select(vec!["first_name", "city"]),
            prop::sample::select(vec!["eq", "neq"])
        )
            .prop_map(|(f, o)| format!("{f} {o} null")),
    ]
    .boxed()
}

fn contact_condition() -> BoxedStrategy<String> {
    let phone = prop::sample::select(vec![
        "\"+7 916 123 45 67\"",
        "\"8 (916) 123-45-67\"",
        "\"+44 20 7946 0958\"",
        "+79161234567",
    ]);
    prop_oneof![
        (
            prop::sample::select(vec!["eq", "neq", "lt", "gte"]),
            email()
        )
            .prop_map(|(o, e)| format!("email {o} {e}")),
        (
            prop::sample::select(vec!["contains", "starts_with"]),
            some_text()
        )
            .prop_map(|(o, v)| format!("email {o} {v}")),
        (prop::sample::select(vec!["eq", "neq"]), phone.clone())
            .prop_map(|(o, p)| format!("phone {o} {p}")),
        prop::collection::vec(email(), 1..3)
            .prop_map(|es| format!("other_emails in [{}]", es.join(", "))),
        phone.prop_map(|p| format!("other_phones eq {p}")),
    ]
    .boxed()
}

fn typed_condition() -> BoxedStrategy<String> {
    let stage = prop::sample::select(vec![
        "lead",
        "qualified",
        "Customer",
        "CHURNED",
        "\"other\"",
    ]);
    let tag = "[a-zа-я][a-zа-я0-9 ]{0,10}".prop_map(|t| quoted(&t));
    let date =
        (2000u32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"));
    prop_oneof![
        (
            prop::sample::select(vec!["eq", "neq", "lt", "gte", "="]),
            stage.clone()
        )
            .prop_map(|(o, s)| format!("lifecycle_stage {o} {s}")),
        prop::collection::vec(stage, 1..4)
            .prop_map(|ss| format!("lifecycle_stage in [{}]", ss.join(","))),
        (prop::sample::select(vec!["eq", "neq"]), tag.clone())
            .prop_map(|(o, t)| format!("tags {o} {t}")),
        prop::collection::vec(tag, 1..3).prop_map(|ts| format!("tags in [{}]", ts.join(", "))),
        prop::sample::select(vec![
            "tags is_empty",
            "tags is_not_empty",
            "company_id is_empty"
        ])
        .prop_map(str::to_owned),
        (
            prop::sample::select(vec!["created_at", "updated_at"]),
            prop::sample::select(vec!["lt", "gte", ">", "eq"]),
            date.clone()
        )
            .prop_map(|(f, o, d)| format!("{f} {o} {d}")),
        date.prop_map(|d| format!("created_at < \"{d}T09:30:00+03:00\"")),
        (prop::sample::select(vec!["eq", "gt", "lte"]), 1i64..10_000)
            .prop_map(|(o, n)| format!("version {o} {n}")),
        any::<u128>().prop_map(|n| format!("company_id eq \"{}\"", uuid::Uuid::from_u128(n))),
    ]
    .boxed()
}

#[derive(Debug, Clone)]
enum Tree {
    Leaf(String),
    And(Vec<Tree>),
    Or(Vec<Tree>),
    Not(Box<Tree>),
}

impl Tree {
    fn render(&self, and: &str, or: &str, not: &str) -> String {
        let child = |t: &Tree| match t {
            Tree::And(_) | Tree::Or(_) => format!("({})", t.render(and, or, not)),
            _ => t.render(and, or, not),
        };
        match self {
            Tree::Leaf(condition) => condition.clone(),
            Tree::And(parts) => parts
                .iter()
                .map(child)
                .collect::<Vec<_>>()
                .join(&format!(" {and} ")),
            Tree::Or(parts) => parts
                .iter()
                .map(child)
                .collect::<Vec<_>>()
                .join(&format!(" {or} ")),
            Tree::Not(inner) => format!("{not} {}", child(inner)),
        }
    }
}

/// Filters of up to 27 conditions, nested at most three levels (each level adds at most
/// two to the parser's depth: `not` and a parenthesis), so every one is within the limits.
fn filter_tree() -> impl Strategy<Value = Tree> {
    let leaf =
        prop_oneof![text_condition(), contact_condition(), typed_condition()].prop_map(Tree::Leaf);
    leaf.prop_recursive(3, 27, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 2..4).prop_map(Tree::And),
            prop::collection::vec(inner.clone(), 2..4).prop_map(Tree::Or),
            inner.prop_map(|t| Tree::Not(Box::new(t))),
        ]
    })
}

/// Pieces of the filter language and of its mistakes.
fn filter_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just(" and ".to_owned()),
        Just(" or ".to_owned()),
        Just("not ".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(" in ".to_owned()),
        Just(" eq ".to_owned()),
        Just("<=".to_owned()),
        Just("!".to_owned()),
        Just("custom.".to_owned()),
        Just("é".to_owned()),
        "[a-z_]{1,12}",
        "[0-9.eE+-]{1,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(Config::with_cases(400))]

    #[test]
    fn the_filter_parser_survives_any_text(input in any::<String>()) {
        let _ = parse_filter(&input);
    }

    #[test]
    fn the_filter_parser_survives_filter_like_text(input in filter_like()) {
        let _ = parse_filter(&input);
    }

    #[test]
    fn every_grammatical_filter_is_accepted(
        tree in filter_tree(),
        and in prop::sample::select(vec!["and", "AND", "And"]),
        or in prop::sample::select(vec!["or", "OR"]),
        not in prop::sample::select(vec!["not", "NOT"]),
    ) {
        let text = tree.render(and, or, not);
        let parsed = parse_filter(&text);
        prop_assert!(parsed.is_ok(), "{text}\n{:?}", parsed.err());
    }
}
