//! One cell's text, both ways: what the export writes for a value, and how the import
//! reads what spreadsheets write (decimal commas, `01.03.2026`, formula guards).

use relata_domain::Value;
use relata_domain::money::MINOR_PER_MAJOR;
use relata_domain::schema::FieldKind;
use relata_domain::timestamp;

/// The text of a value in an exported cell. Lists are joined with `; ` (the import splits
/// on `,` and `;`), money is a plain decimal from the exact minor units, instants and dates
/// are what the API shows.
pub(crate) fn format(value: &Value, kind: &FieldKind) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::Text(s) => s.clone(),
        Value::Int(minor) if *kind == FieldKind::Money => format_money(*minor),
        Value::Int(n) => n.to_string(),
        // Display never uses an exponent and gives the shortest text that reads back exactly.
        Value::Float(f) => f.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Date(d) => timestamp::format_date(*d),
        Value::DateTime(t) => timestamp::format(*t),
        Value::Id(id) => id.to_string(),
        Value::List(items) => items.join("; "),
    };
    guard(text)
}

fn format_money(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let per = MINOR_PER_MAJOR.unsigned_abs();
    format!("{sign}{}.{:02}", abs / per, abs % per)
}

/// Whether a spreadsheet would run the cell as a formula (`=HYPERLINK(…)`, `@SUM`,
/// `+cmd|…`). Numbers and phone numbers (`+7 916…`, `-12.50`) are left alone.
fn is_formula_like(text: &str) -> bool {
    match text.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c)),
        _ => false,
    }
}

/// Whether the text needs a leading `'` so that spreadsheets show it as text. Text that
/// already starts with quotes before a formula gets one more, so [`unguard`] can always
/// remove exactly the one the export added.
fn needs_guard(text: &str) -> bool {
    is_formula_like(text.trim_start_matches('\''))
}

/// Prefixes formula-like text with `'` against CSV injection.
pub(crate) fn guard(text: String) -> String {
    if needs_guard(&text) {
        format!("'{text}")
    } else {
        text
    }
}

/// Removes the quote [`guard`] added; any other text is returned as it is.
pub(crate) fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => text,
    }
}

/// Rewrites what spreadsheets commonly write into what the field parsers accept; anything
/// else passes through, so the parser's message names the value as the person typed it.
pub(crate) fn normalize(kind: &FieldKind, text: &str) -> String {
    match kind {
        FieldKind::Date => iso_date(text).unwrap_or_else(|| text.to_owned()),
        FieldKind::Money | FieldKind::Number => decimal(text).unwrap_or_else(|| text.to_owned()),
        FieldKind::Integer { .. } => whole_number(text).unwrap_or_else(|| text.to_owned()),
        _ => text.to_owned(),
    }
}

/// `01.03.2026` (day first, as in Russia and most of Europe) or `2026-03-01 00:00:00`
/// (a spreadsheet's date cell) as `2026-03-01`. Slashed dates are left alone: `03/01/2026`
/// is March or January depending on who typed it.
fn iso_date(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split('.').collect();
    if let [day, month, year] = parts[..] {
        let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
            len.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
        };
        if digits(day, 1..=2) && digits(month, 1..=2) && digits(year, 4..=4) {
            return Some(format!("{year}-{month:0>2}-{day:0>2}"));
        }
    }
    let (date, rest) = (text.get(..10)?, text.get(10..)?);
    let time_follows = rest.starts_with(' ') || rest.starts_with('T');
    (time_follows && timestamp::parse_date(date).is_ok()).then(|| date.to_owned())
}

const CURRENCY_SIGNS: &[char] = &['$', '€', '₽', '£', '¥'];
const SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}'];

/// `12 500,50 ₽`, `$12,500.50`, `1.250,5` as `12500.50`, `12500.50`, `1250.5`: the decimal
/// separator is the last of `.` and `,`, and a lone comma followed by exactly three digits
/// groups thousands.
fn decimal(text: &str) -> Option<String> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || CURRENCY_SIGNS.contains(&c));
    let compact: String = trimmed.chars().filter(|c| !SPACES.contains(c)).collect();
    let (dot, comma) = (compact.rfind('.'), compact.rfind(','));
    let plain = match (dot, comma) {
        (Some(d), Some(c)) if d > c => compact.replace(',', ""),
        (Some(_), Some(_)) => compact.replace('.', "").replace(',', "."),
        (None, Some(c)) => {
            let after = compact.get(c + 1..).unwrap_or_default();
            if compact.matches(',').count() == 1 && after.len() != 3 {
                compact.replace(',', ".")
            } else {
                compact.replace(',', "")
            }
        }
        _ => compact,
    };
    (plain != text).then_some(plain)
}

/// `1 200` or `1,200` as `1200`.
fn whole_number(text: &str) -> Option<String> {
    let compact: String = text
        .chars()
        .filter(|c| !SPACES.contains(c) && *c != ',')
        .collect();
    let digits = compact.strip_prefix('-').unwrap_or(&compact);
    let grouped_by_thousands = text.split(',').skip(1).all(|group| group.trim().len() == 3);
    (compact != text
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && grouped_by_thousands)
        .then_some(compact)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded_and_the_guard_comes_off() {
        for text in [
            "=HYPERLINK(\"x\")",
            "@SUM(A1)",
            "+cmd|' /C calc'!A0",
            "'=x",
            "''@y",
            "- note",
        ] {
            let written = guard(text.to_owned());
            assert!(written.starts_with('\''), "{text}");
            assert_eq!(unguard(&written), text);
        }
        for text in ["+79161234567", "-12.50", "plain", "'quoted'", "", "'"] {
            assert_eq!(guard(text.to_owned()), text);
            assert_eq!(unguard(text), text);
        }
    }

    #[test]
    fn money_is_written_exactly() {
        assert_eq!(format_money(1_250_050), "12500.50");
        assert_eq!(format_money(-50), "-0.50");
        assert_eq!(format_money(0), "0.00");
        assert_eq!(format_money(i64::MIN), "-92233720368547758.08");
    }

    #[test]
    fn spreadsheet_numbers_and_dates_are_understood() {
        let money = FieldKind::Money;
        assert_eq!(normalize(&money, "12 500,50 ₽"), "12500.50");
        assert_eq!(normalize(&money, "$12,500.50"), "12500.50");
        assert_eq!(normalize(&money, "1.250,5"), "1250.5");
        assert_eq!(normalize(&money, "1,250"), "1250");
        assert_eq!(normalize(&money, "-3,5"), "-3.5");
        assert_eq!(normalize(&money, "12500.50"), "12500.50");
        let employees = FieldKind::Integer { min: 0, max: 10 };
        assert_eq!(normalize(&employees, "1 200"), "1200");
        assert_eq!(normalize(&employees, "1,200"), "1200");
        assert_eq!(normalize(&employees, "1,5"), "1,5");
        assert_eq!(normalize(&FieldKind::Date, "1.3.2026"), "2026-03-01");
        assert_eq!(
            normalize(&FieldKind::Date, "2026-03-01 00:00:00"),
            "2026-03-01"
        );
        assert_eq!(normalize(&FieldKind::Date, "03/01/2026"), "03/01/2026");
    }
}
