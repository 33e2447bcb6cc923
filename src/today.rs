//! Today's date, read from the visitor's clock.

use communs_core::model::PartialDate;

/// Today in the visitor's time zone, as a day-precise date; `None` when prerendering, where no
/// day is true for every visit: views then write dates, never "open" or "upcoming".
pub fn today() -> Option<PartialDate> {
    if crate::browser::PRERENDERING {
        return None;
    }
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).unwrap_or(1970);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Some(PartialDate::day(year, month, day).unwrap_or(PartialDate { year, month: None, day: None }))
}
