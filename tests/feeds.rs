//! The feed and the calendar built from the shipped dataset parse back and hold every event
//! (issue 6).

#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers may stop at the first surprise

use std::path::Path;

use communs_core::export::{atom_feed, calendar};
use communs_core::{load, Dataset, Kind};

fn dataset() -> Dataset {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/commons.json"))
        .expect("dataset");
    load(&text).dataset.expect("usable dataset")
}

fn url(id: &str) -> String {
    format!("https://communs.example.org/entry/{id}/")
}

#[test]
fn the_atom_feed_parses_and_holds_every_event_and_interview() {
    let data = dataset();
    let xml = atom_feed(&data.entries, &data.updated, "https://communs.example.org/feed.xml", &url);
    let feed = atom_syndication::Feed::read_from(xml.as_bytes()).expect("valid Atom");
    let expected: Vec<&str> = data
        .entries
        .iter()
        .filter(|e| matches!(e.kind, Kind::Event | Kind::Interview))
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(feed.entries().len(), expected.len());
    for title in expected {
        assert!(feed.entries().iter().any(|e| e.title().as_str() == title), "missing {title}");
    }
    assert!(feed
        .entries()
        .iter()
        .all(|e| e.links().first().is_some_and(|l| l.href().starts_with("https://communs.example.org/entry/"))));
    let ids: std::collections::HashSet<&str> = feed.entries().iter().map(|e| e.id()).collect();
    assert_eq!(ids.len(), feed.entries().len(), "Atom ids are unique");
}

#[test]
fn the_calendar_parses_and_holds_every_dated_event_as_all_day() {
    let data = dataset();
    let text = calendar(&data.entries.iter().collect::<Vec<_>>(), "Communs", &data.updated, &url);
    let parsed: icalendar::Calendar = text.parse().expect("valid iCalendar");
    let events: Vec<_> = parsed.components.iter().filter_map(|c| c.as_event()).collect();
    let expected = data.entries.iter().filter(|e| e.kind == Kind::Event && e.date.is_some()).count();
    assert_eq!(events.len(), expected);
    use icalendar::Component;
    for event in events {
        assert!(event.get_uid().is_some_and(|u| u.ends_with("@communs.cnnumerique")));
        assert!(event.get_timestamp().is_some(), "DTSTAMP");
        assert!(matches!(event.get_start(), Some(icalendar::DatePerhapsTime::Date(_))), "all-day");
        assert!(event.get_url().is_some_and(|u| u.starts_with("https://communs.example.org/entry/")));
    }
    assert!(text.contains("LOCATION:Assemblée nationale\\, Paris"), "escaped location");
}

/// Issue 22: a calendar built without the site's address has no relative `URL:` line, which
/// RFC 5545 forbids; with it, every URL is absolute.
#[test]
fn a_calendar_without_the_site_s_address_leaves_url_out() {
    let data = dataset();
    let events: Vec<_> = data.entries.iter().collect();
    let relative = calendar(&events, "Communs", &data.updated, &|id| format!("/entry/{id}/"));
    assert!(relative.contains("BEGIN:VEVENT"));
    assert!(!relative.lines().any(|l| l.starts_with("URL")), "no URL line without an absolute address");
    let absolute = calendar(&events, "Communs", &data.updated, &url);
    let urls: Vec<&str> = absolute.lines().filter(|l| l.starts_with("URL")).collect();
    assert!(!urls.is_empty());
    assert!(urls.iter().all(|l| l.starts_with("URL:https://communs.example.org/entry/")), "{urls:?}");
}

/// Issue 22: an entry's `updated` is the day the data last changed, never its event's date, so
/// a future event is not "updated" in the future; it is published once its day has come.
#[test]
fn atom_entries_are_updated_when_the_data_changed_never_in_the_future() {
    let mut data = dataset();
    let future = communs_core::model::PartialDate::parse("2099-06-01").unwrap();
    let event = data.entries.iter_mut().find(|e| e.kind == Kind::Event).unwrap();
    event.date.as_mut().unwrap().start = future;
    let future_title = event.title.clone();
    let xml = atom_feed(&data.entries, &data.updated, "https://communs.example.org/feed.xml", &url);
    let feed = atom_syndication::Feed::read_from(xml.as_bytes()).unwrap();
    let updated = format!("{}T00:00:00", data.updated.first_day());
    for entry in feed.entries() {
        assert!(entry.updated().to_rfc3339().starts_with(&updated), "{}: {}", entry.title().as_str(), entry.updated());
        if let Some(published) = entry.published() {
            assert!(published <= entry.updated(), "{} published after the data changed", entry.title().as_str());
        }
    }
    let coming = feed.entries().iter().find(|e| e.title().as_str() == future_title).unwrap();
    assert_eq!(coming.published(), None);
}
