//! Calendar months for reports: the window of the last N months, each named `YYYY-MM`.

use time::{Date, Month, OffsetDateTime, Time};

/// The start (UTC midnight on the 1st) of the month `back` months before `now`'s month.
fn month_start(now: OffsetDateTime, back: u32) -> Date {
    let total = now.year() * 12 + i32::from(u8::from(now.month())) - 1 - back as i32;
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12));
    let month = Month::try_from(month0 as u8 + 1).expect("0..12 plus one is a month");
    Date::from_calendar_date(year, month, 1).expect("the 1st exists in every month")
}

/// The last `count` months up to and including `now`'s: when the window starts, and the
/// months' names oldest first.
pub fn last_months(now: OffsetDateTime, count: u32) -> (OffsetDateTime, Vec<String>) {
    let count = count.max(1);
    let start = month_start(now, count - 1)
        .with_time(Time::MIDNIGHT)
        .assume_utc();
    let names = (0..count)
        .rev()
        .map(|back| {
            let date = month_start(now, back);
            format!("{:04}-{:02}", date.year(), u8::from(date.month()))
        })
        .collect();
    (start, names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_window_crosses_the_year_boundary() {
        let (start, names) = last_months(datetime!(2026-02-15 10:00 UTC), 4);
        assert_eq!(start, datetime!(2025-11-01 00:00 UTC));
        assert_eq!(names, ["2025-11", "2025-12", "2026-01", "2026-02"]);
    }

    #[test]
    fn one_month_is_the_current_one() {
        let (start, names) = last_months(datetime!(2026-11-25 23:59 UTC), 1);
        assert_eq!(start, datetime!(2026-11-01 00:00 UTC));
        assert_eq!(names, ["2026-11"]);
    }
}
