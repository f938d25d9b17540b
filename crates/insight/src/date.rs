//! Calendar dates and months without a date-time dependency.
//!
//! Forecasting only needs whole days and calendar months in the proleptic
//! Gregorian calendar, so a day count since 1970-01-01 is enough.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::InsightError;

/// A calendar day, stored as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

/// A calendar month (`month` is 1–12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Date {
    /// The date for a year, month (1–12) and day, or an error if no such day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, InsightError> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        if !valid {
            return Err(InsightError::InvalidDate(format!(
                "{year:04}-{month:02}-{day:02}"
            )));
        }
        Ok(Self(days_from_civil(year, month, day)))
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, InsightError> {
        let bad = || InsightError::InvalidDate(text.to_string());
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let month = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let day = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        Self::from_ymd(year, month, day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i32 {
        self.0
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i32) -> Self {
        Self(self.0 + days)
    }

    /// Whole days from `earlier` to `self`.
    pub fn days_after(self, earlier: Date) -> i32 {
        self.0 - earlier.0
    }

    /// Year, month (1–12) and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// The calendar month this day is in.
    pub fn month(self) -> Month {
        let (year, month, _) = self.ymd();
        Month { year, month }
    }
}

impl Month {
    /// The month for a year and month number, or an error when `month` is not 1–12.
    pub fn new(year: i32, month: u32) -> Result<Self, InsightError> {
        if !(1..=12).contains(&month) {
            return Err(InsightError::InvalidDate(format!("{year:04}-{month:02}")));
        }
        Ok(Self { year, month })
    }

    /// The month `count` months later (earlier when negative).
    pub fn offset(self, count: i32) -> Self {
        let index = self.year * 12 + self.month as i32 - 1 + count;
        Self {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// Months from `earlier` to `self`.
    pub fn months_after(self, earlier: Month) -> i32 {
        (self.year - earlier.year) * 12 + self.month as i32 - earlier.month as i32
    }

    /// The first day of the month.
    pub fn first_day(self) -> Date {
        Date(days_from_civil(self.year, self.month, 1))
    }

    /// The first day of the following month (the exclusive end of this one).
    pub fn end(self) -> Date {
        self.offset(1).first_day()
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day count of a civil date. Counts in 400-year eras (146,097 days each)
/// whose years start in March, so the leap day falls at the end of a year.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month as i32 + 9) % 12; // March = 0
    let day_of_year = (153 * shifted_month + 2) / 5 + day as i32 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(
            Date::from_ymd(2000, 3, 1).unwrap().days_since_epoch(),
            11_017
        );
        assert_eq!(Date::parse("2017-12-31").unwrap().to_string(), "2017-12-31");
    }

    #[test]
    fn round_trips_every_day_across_leap_years() {
        let start = Date::from_ymd(1899, 12, 25).unwrap();
        let mut previous = start.ymd();
        for offset in 1..(366 * 205) {
            let date = start.add_days(offset);
            let (y, m, d) = date.ymd();
            assert_eq!(Date::from_ymd(y, m, d).unwrap(), date);
            assert!((y, m, d) > previous);
            previous = (y, m, d);
        }
    }

    #[test]
    fn rejects_impossible_days() {
        assert!(Date::parse("2017-02-29").is_err());
        assert!(Date::parse("2016-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2017-13-01").is_err());
        assert!(Date::parse("yesterday").is_err());
    }

    #[test]
    fn month_arithmetic_wraps_years() {
        let nov = Month::new(2017, 11).unwrap();
        assert_eq!(nov.offset(2), Month::new(2018, 1).unwrap());
        assert_eq!(nov.offset(-11), Month::new(2016, 12).unwrap());
        assert_eq!(nov.offset(3).months_after(nov), 3);
        assert_eq!(nov.end(), Date::parse("2017-12-01").unwrap());
        assert_eq!(Date::parse("2017-11-30").unwrap().month(), nov);
    }

    #[test]
    fn serialises_as_iso_text() {
        let date = Date::parse("2017-03-09").unwrap();
        let json = serde_json::to_string(&date).unwrap();
        assert_eq!(json, "\"2017-03-09\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), date);
    }
}
