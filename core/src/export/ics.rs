//! iCalendar (RFC 5545) for events, through the `icalendar` crate: no hand-made escaping.

use chrono::{Duration, NaiveDate};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::display::{span_label, Lang};
use crate::model::{Entry, Kind, PartialDate};

fn naive(date: &PartialDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year, u32::from(date.month?), u32::from(date.day?))
}

/// First day and the day after the last (DTEND is exclusive for all-day events), as far as
/// the date's precision allows: a month-precise date covers the whole month.
pub fn event_dates(entry: &Entry) -> Option<(NaiveDate, NaiveDate)> {
    let span = entry.date.as_ref()?;
    let start = naive(&span.start.first_day())?;
    let last = naive(&span.end.unwrap_or(span.start).last_day())?;
    Some((start, last + Duration::days(1)))
}

/// `url` when it is absolute: RFC 5545 takes only an absolute URI for `URL`, so a site built
/// without its address (`dist` with no `--site-url`) leaves the line out.
fn absolute(url: &str) -> Option<&str> {
    (url.starts_with("https://") || url.starts_with("http://")).then_some(url)
}

/// An iCalendar file holding every dated event of `entries`, all-day, with a location and a
/// URL back to the entry page (`page_url(id)`, left out when not absolute). `stamp` is the
/// DTSTAMP (the dataset's date).
pub fn calendar(entries: &[&Entry], name: &str, stamp: &PartialDate, page_url: &dyn Fn(&str) -> String) -> String {
    let mut cal = Calendar::new();
    cal.name(name);
    for event in entries.iter().filter_map(|entry| dated_event(entry, stamp, page_url)) {
        cal.push(event);
    }
    cal.done().to_string()
}

/// An iCalendar file holding the dated events of `entries` and the deadlines of their calls
/// (each an all-day event on its last day): what a pillar's or a kind's subscription holds.
/// Without either, it is still a valid calendar, with no event.
pub fn calendar_with_deadlines(
    entries: &[&Entry],
    name: &str,
    stamp: &PartialDate,
    page_url: &dyn Fn(&str) -> String,
) -> String {
    let mut cal = Calendar::new();
    cal.name(name);
    for entry in entries {
        let event = dated_event(entry, stamp, page_url).or_else(|| deadline_event(entry, stamp, &page_url(&entry.id)));
        if let Some(event) = event {
            cal.push(event);
        }
    }
    cal.done().to_string()
}

/// An event's all-day VEVENT, or `None` for another kind or an event without a full date.
fn dated_event(entry: &Entry, stamp: &PartialDate, page_url: &dyn Fn(&str) -> String) -> Option<Event> {
    if entry.kind != Kind::Event {
        return None;
    }
    let (start, end) = event_dates(entry)?;
    let mut event = Event::new();
    event
        .uid(&format!("{}@communs.cnnumerique", entry.id))
        .timestamp(super::midnight::midnight_utc(stamp))
        .summary(&entry.title)
        .starts(start)
        .ends(end);
    if let Some(url) = absolute(&page_url(&entry.id)) {
        event.url(url);
    }
    let mut description = entry.summary.clone();
    if let Some(span) = &entry.date {
        if span.start.precision() != crate::model::Precision::Day || span.inferred {
            description.push_str(&format!("\n\nDate : {}", span_label(span, Lang::Fr)));
        }
    }
    event.description(&description);
    if let Some(place) = &entry.place {
        let location: Vec<&str> = [place.venue.as_deref(), place.city.as_deref()].into_iter().flatten().collect();
        if !location.is_empty() {
            event.location(&location.join(", "));
        }
    }
    Some(event.done())
}

/// A call's deadline as an all-day VEVENT on `closes`, or `None` without one.
fn deadline_event(entry: &Entry, stamp: &PartialDate, page_url: &str) -> Option<Event> {
    let call = entry.call.as_ref()?;
    let day = naive(&call.closes?.last_day())?;
    let mut event = Event::new();
    event
        .uid(&format!("{}-date-limite@communs.cnnumerique", entry.id))
        .timestamp(super::midnight::midnight_utc(stamp))
        .summary(&format!("Date limite : {}", entry.title))
        .description(&format!("{}\n\nRépondre : {}", call.asks, call.action))
        .all_day(day);
    if let Some(url) = absolute(page_url) {
        event.url(url);
    }
    Some(event.done())
}

/// A one-event calendar for a call's deadline (all-day, on `closes`), or `None` without one.
pub fn deadline_calendar(entry: &Entry, stamp: &PartialDate, page_url: &str) -> Option<String> {
    let event = deadline_event(entry, stamp, page_url)?;
    let mut cal = Calendar::new();
    cal.name("Communs — date limite");
    cal.push(event);
    Some(cal.done().to_string())
}
