//! Dates as precise as the source: a year, a month or a day, never more.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year: `2024`.
    Year,
    /// Year and month: `2022-03`.
    Month,
    /// A full calendar day: `2024-03-29`.
    Day,
}

/// An ISO 8601 calendar date with its real precision (`2024`, `2022-03`, `2024-03-29`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// The year (1000–9999).
    pub year: i32,
    /// The month (1–12), when known.
    pub month: Option<u8>,
    /// The day of the month, when known (implies `month`).
    pub day: Option<u8>,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not shaped like `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Format,
    /// Month outside 1–12.
    Month(u8),
    /// A day the calendar does not have (2024-02-30).
    Day { year: i32, month: u8, day: u8 },
}

/// In English, as serde's own messages: the validator reads it back ([`DateError::read_back`])
/// and says it in the reader's language.
impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str(FORMAT_MESSAGE),
            DateError::Month(m) => write!(f, "month {m} does not exist"),
            DateError::Day { year, month, day } => write!(f, "day {year}-{month}-{day} does not exist"),
        }
    }
}

/// What [`DateError::Format`] displays.
const FORMAT_MESSAGE: &str = "date not in the form YYYY, YYYY-MM or YYYY-MM-DD";

impl DateError {
    /// The error whose display is `message`, if it is one.
    pub fn read_back(message: &str) -> Option<DateError> {
        if message == FORMAT_MESSAGE {
            return Some(DateError::Format);
        }
        let rest = message.strip_suffix(" does not exist")?;
        if let Some(month) = rest.strip_prefix("month ") {
            return month.parse().ok().map(DateError::Month);
        }
        let mut parts = rest.strip_prefix("day ")?.splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        Some(DateError::Day { year: year.parse().ok()?, month: month.parse().ok()?, day: day.parse().ok()? })
    }
}

impl std::error::Error for DateError {}

/// Whether `year` is a leap year in the proleptic Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl PartialDate {
    /// A day-precise date, checked against the calendar.
    pub fn day(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        Self::build(year, Some(month), Some(day))
    }

    fn build(year: i32, month: Option<u8>, day: Option<u8>) -> Result<Self, DateError> {
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(m));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError::Day { year, month: m, day: d });
                }
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let mut parts = text.split('-');
        let year_text = parts.next().unwrap_or_default();
        let month_text = parts.next();
        let day_text = parts.next();
        if parts.next().is_some() || year_text.len() != 4 {
            return Err(DateError::Format);
        }
        let year = digits(year_text).ok_or(DateError::Format)? as i32;
        let two = |t: &str| {
            if t.len() == 2 {
                digits(t).map(|v| v as u8)
            } else {
                None
            }
        };
        let month = match month_text {
            Some(t) => Some(two(t).ok_or(DateError::Format)?),
            None => None,
        };
        let day = match day_text {
            Some(t) => Some(two(t).ok_or(DateError::Format)?),
            None => None,
        };
        Self::build(year, month, day)
    }

    /// The precision this date carries.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day this date may denote (`2022-03` → 2022-03-01).
    pub fn first_day(&self) -> PartialDate {
        PartialDate { year: self.year, month: Some(self.month.unwrap_or(1)), day: Some(self.day.unwrap_or(1)) }
    }

    /// The last day this date may denote (`2022-03` → 2022-03-31).
    pub fn last_day(&self) -> PartialDate {
        let month = self.month.unwrap_or(12);
        PartialDate {
            year: self.year,
            month: Some(month),
            day: Some(self.day.unwrap_or(days_in_month(self.year, month))),
        }
    }

    /// Days since 1970-01-01 of [`Self::first_day`] (Howard Hinnant's `days_from_civil`).
    pub fn day_number(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month.unwrap_or(1) <= 2);
        let m = i64::from(self.month.unwrap_or(1));
        let d = i64::from(self.day.unwrap_or(1));
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// A sort key that orders by the earliest day, then coarser dates first.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
            "description": "ISO 8601 date at its real precision: `2024`, `2022-03` or `2024-03-29`.",
            "examples": ["2024", "2022-03", "2024-03-29"]
        })
    }
}

/// When an entry happened: a start, an optional end, and whether the year was inferred.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateSpan {
    /// The first (or only) day, month or year.
    pub start: PartialDate,
    /// The last day, month or year, for entries that span several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// True when the source leaves part of the date out (usually the year) and it was deduced.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
    /// Why the date is uncertain or how it was deduced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2024").map(|d| d.precision()), Ok(Precision::Year));
        assert_eq!(PartialDate::parse("2022-03").map(|d| d.precision()), Ok(Precision::Month));
        assert_eq!(PartialDate::parse("2024-03-29").map(|d| d.precision()), Ok(Precision::Day));
    }

    #[test]
    fn refuses_impossible_days() {
        assert_eq!(PartialDate::parse("2024-02-30"), Err(DateError::Day { year: 2024, month: 2, day: 30 }));
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(PartialDate::parse("2023-02-29").is_err());
        assert!(PartialDate::parse("1900-02-29").is_err());
        assert!(PartialDate::parse("2000-02-29").is_ok());
        assert_eq!(PartialDate::parse("2024-13"), Err(DateError::Month(13)));
    }

    #[test]
    fn refuses_odd_shapes() {
        for text in ["", "24", "2024-3", "2024-03-1", "2024/03/01", "2024-03-01-01", "+024", "２０２４"] {
            assert_eq!(PartialDate::parse(text), Err(DateError::Format), "{text}");
        }
    }

    #[test]
    fn errors_are_read_back_from_their_display() {
        let errors = [DateError::Format, DateError::Month(13), DateError::Day { year: 2024, month: 2, day: 30 }];
        for error in errors {
            assert_eq!(DateError::read_back(&error.to_string()), Some(error.clone()), "{error}");
        }
        assert_eq!(DateError::read_back("day 2024-02 does not exist"), None);
        assert_eq!(DateError::read_back("invalid type: integer `3`, expected a string"), None);
    }

    #[test]
    fn round_trips_through_display() {
        for text in ["2024", "2022-03", "2024-03-29"] {
            assert_eq!(PartialDate::parse(text).map(|d| d.to_string()), Ok(text.to_string()));
        }
    }

    #[test]
    fn counts_days_like_the_calendar() {
        let day = |t| PartialDate::parse(t).map(|d| d.day_number()).unwrap_or_default();
        assert_eq!(day("1970-01-01"), 0);
        assert_eq!(day("2024-03-01") - day("2024-02-28"), 2);
        assert_eq!(day("2025-01-01") - day("2024-01-01"), 366);
    }

    #[test]
    fn bounds_follow_precision() {
        let month = PartialDate::parse("2024-02").unwrap_or(PartialDate { year: 0, month: None, day: None });
        assert_eq!(month.last_day().to_string(), "2024-02-29");
        assert_eq!(month.first_day().to_string(), "2024-02-01");
    }
}
