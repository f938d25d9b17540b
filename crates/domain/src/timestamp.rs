//! One text form for instants and dates, used in the API, in cursors and in SQLite.

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

/// The current instant, truncated to microseconds (what both databases keep).
pub fn now() -> OffsetDateTime {
    truncate(OffsetDateTime::now_utc())
}

pub fn truncate(t: OffsetDateTime) -> OffsetDateTime {
    let micros = t.microsecond();
    t.replace_nanosecond(micros * 1000).unwrap_or(t)
}

/// `2026-11-25T14:53:36.123456Z`: fixed width in UTC, so text order is time order.
pub fn format(t: OffsetDateTime) -> String {
    let fmt =
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");
    t.to_offset(UtcOffset::UTC).format(&fmt).unwrap_or_default()
}

/// Accepts RFC 3339 with any offset, or a bare date (midnight UTC).
pub fn parse(input: &str) -> Result<OffsetDateTime, String> {
    let input = input.trim();
    if let Ok(t) = OffsetDateTime::parse(input, &Rfc3339) {
        return Ok(truncate(t.to_offset(UtcOffset::UTC)));
    }
    if let Ok(d) = parse_date(input) {
        return Ok(d.midnight().assume_utc());
    }
    Err(format!(
        "\"{input}\" is not a date-time; use RFC 3339 such as 2026-03-01T09:30:00Z"
    ))
}

pub fn format_date(d: Date) -> String {
    let fmt = format_description!("[year]-[month]-[day]");
    d.format(&fmt).unwrap_or_default()
}

pub fn parse_date(input: &str) -> Result<Date, String> {
    let fmt = format_description!("[year]-[month]-[day]");
    Date::parse(input.trim(), &fmt)
        .map_err(|_| format!("\"{input}\" is not a date; use YYYY-MM-DD such as 2026-03-01"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_round_trip_in_utc() {
        let t = parse("2026-03-01T12:30:00.5+03:00").unwrap();
        assert_eq!(format(t), "2026-03-01T09:30:00.500000Z");
        assert_eq!(parse(&format(t)).unwrap(), t);
    }

    #[test]
    fn bare_dates_are_midnight_utc() {
        assert_eq!(
            format(parse("2026-03-01").unwrap()),
            "2026-03-01T00:00:00.000000Z"
        );
        assert!(parse("01.03.2026").is_err());
        assert!(parse_date("2026-02-30").is_err());
    }
}
