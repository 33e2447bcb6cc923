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
