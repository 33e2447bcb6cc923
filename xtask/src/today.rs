//! Today's date, read from the system clock, in UTC: the day `check-links` writes in its report
//! and the day `check-data` judges how long ago each entry was verified.

use chrono::Datelike;
use communs_core::model::PartialDate;

/// Today in UTC, as a day-precise date.
pub fn utc_today() -> PartialDate {
    let today = chrono::Utc::now().date_naive();
    let (month, day) = (u8::try_from(today.month()).unwrap_or(1), u8::try_from(today.day()).unwrap_or(1));
    PartialDate::day(today.year(), month, day).unwrap_or(PartialDate { year: today.year(), month: None, day: None })
}
