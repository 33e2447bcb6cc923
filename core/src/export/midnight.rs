//! The one timestamp the feed and the calendars need: the first day of a date, at 00:00 UTC.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::model::PartialDate;

/// Midnight UTC on the first day `date` may denote (`2022-03` → 2022-03-01T00:00Z).
pub fn midnight_utc(date: &PartialDate) -> DateTime<Utc> {
    let day = date.first_day();
    NaiveDate::from_ymd_opt(day.year, u32::from(day.month.unwrap_or(1)), u32::from(day.day.unwrap_or(1)))
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| Utc.from_utc_datetime(&d))
        .unwrap_or_default()
}
