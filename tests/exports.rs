//! Exports of a filtered view parse back with the tools people use (issue 7).

#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers may stop at the first surprise

use std::path::Path;

use communs_core::export::{calendar, dataset_json, entries_csv};
use communs_core::search::{Catalog, FacetKey, Query};
use communs_core::{load, Entry};

fn filtered(kind: &str) -> Vec<Entry> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/commons.json")).unwrap();
    let catalog = Catalog::new(load(&text).dataset.unwrap().entries);
    let mut query = Query { page: 1, ..Query::default() };
    query.toggle(FacetKey::Kind, kind);
    catalog.search(&query).hits.iter().map(|&i| catalog.entry(i).unwrap().clone()).collect()
}

#[test]
fn the_csv_parses_back_with_one_row_per_entry_and_a_bom() {
    let entries = filtered("interview");
    let refs: Vec<&Entry> = entries.iter().collect();
    let text = entries_csv(&refs);
    assert!(text.starts_with('\u{feff}'), "BOM for spreadsheets");
    assert!(text.contains("\r\n"), "RFC 4180 line ends");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.get(2), Some("titre"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), entries.len());
    for (row, entry) in rows.iter().zip(&entries) {
        assert_eq!(row.get(0), Some(entry.id.as_str()));
        assert_eq!(row.get(2), Some(entry.title.as_str()), "quotes and commas survive");
    }
}

#[test]
fn the_json_export_is_a_valid_dataset_again() {
    let entries = filtered("event");
    let refs: Vec<&Entry> = entries.iter().collect();
    let updated = communs_core::model::PartialDate::parse("2024-04-10").unwrap();
    let back = load(&dataset_json(&refs, None, "1.0.0", &updated));
    assert_eq!(back.error_count(), 0, "{:?}", back.diagnostics);
    let back = back.dataset.unwrap().entries;
    assert_eq!(back.iter().map(|e| &e.id).collect::<Vec<_>>(), entries.iter().map(|e| &e.id).collect::<Vec<_>>());
    assert_eq!(back.iter().map(|e| &e.title).collect::<Vec<_>>(), entries.iter().map(|e| &e.title).collect::<Vec<_>>());
}

#[test]
fn the_ics_export_holds_every_event_of_the_filter() {
    let entries = filtered("event");
    let updated = communs_core::model::PartialDate::parse("2024-04-10").unwrap();
    let refs: Vec<&Entry> = entries.iter().collect();
    let text = calendar(&refs, "Communs", &updated, &|id| format!("https://x.org/entry/{id}/"));
    let parsed: icalendar::Calendar = text.parse().unwrap();
    let uids: Vec<String> = parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter_map(|e| icalendar::Component::get_uid(e).map(str::to_string))
        .collect();
    let expected: Vec<String> =
        entries.iter().filter(|e| e.date.is_some()).map(|e| format!("{}@communs.cnnumerique", e.id)).collect();
    assert_eq!(uids, expected);
}

#[test]
fn the_geojson_export_is_a_feature_collection_umap_reads() {
    let mut entries = filtered("event");
    let with_place = entries.first_mut().unwrap();
    with_place.place = Some(Box::new(communs_core::model::Place {
        venue: None,
        city: Some("Lille".into()),
        coordinates: Some(communs_core::model::Coordinates {
            lat: 50.63,
            lon: 3.06,
            precision: Some(communs_core::model::PositionPrecision::City),
        }),
    }));
    let refs: Vec<&Entry> = entries.iter().collect();
    let text = communs_core::export::entries_geojson(&refs, &|id| format!("https://x.org/entry/{id}/"));
    let parsed: geojson::GeoJson = text.parse().unwrap();
    let geojson::GeoJson::FeatureCollection(collection) = parsed else { panic!("not a FeatureCollection") };
    let placed = refs.iter().filter(|e| e.place.as_ref().is_some_and(|p| p.coordinates.is_some())).count();
    assert!(placed < refs.len(), "some events have no coordinates");
    assert_eq!(collection.features.len(), placed, "only entries with coordinates");
    let feature = &collection.features[0];
    assert_eq!(feature.property("precision").and_then(|v| v.as_str()), Some("city"));
    assert_eq!(feature.property("name").and_then(|v| v.as_str()), Some(entries[0].title.as_str()));
    assert!(feature
        .property("description")
        .and_then(|v| v.as_str())
        .is_some_and(|d| d.contains("https://x.org/entry/")));
    let Some(geojson::Value::Point(point)) = feature.geometry.as_ref().map(|g| &g.value) else { panic!("not a point") };
    assert_eq!(point, &vec![3.06, 50.63], "GeoJSON is longitude first");
}

/// Issue 22: a title such as `=HYPERLINK(…)` would run as a formula in a spreadsheet (CSV
/// injection). Read back as a spreadsheet reads its cells, no cell of the export starts like a
/// formula, unless it is a number.
#[test]
fn no_cell_of_the_csv_runs_as_a_spreadsheet_formula() {
    let mut entries = filtered("event");
    let hostile = entries.first_mut().unwrap();
    hostile.title = "=HYPERLINK(\"https://evil.example/\",\"clic\")".into();
    hostile.summary = "+cmd|' /C calc'!A0".into();
    hostile.tags = vec!["@SUM(1+1)".into()];
    hostile.organisations = vec!["-2+3".into()];
    let refs: Vec<&Entry> = entries.iter().collect();
    let text = entries_csv(&refs);
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let formula = |cell: &str| cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err();
    for row in &rows {
        for cell in row {
            assert!(!formula(cell), "a spreadsheet would run {cell:?}");
        }
    }
    let first = rows.first().unwrap();
    assert_eq!(first.get(2), Some("'=HYPERLINK(\"https://evil.example/\",\"clic\")"), "shown as the text it is");
    assert_eq!(first.get(3), Some("'+cmd|' /C calc'!A0"));
}

fn dataset() -> communs_core::Dataset {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/commons.json")).unwrap();
    load(&text).dataset.unwrap()
}

fn event_uids(text: &str) -> Vec<String> {
    let parsed: icalendar::Calendar = text.parse().unwrap();
    parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter_map(|e| icalendar::Component::get_uid(e).map(str::to_string))
        .collect()
}

/// Issue 22: each pillar's calendar holds that pillar's dated events and none of another's, and
/// its feed every entry of the pillar, titled after it, with absolute links.
#[test]
fn a_pillar_s_calendar_and_feed_hold_that_pillar_s_entries() {
    use communs_core::export::{subscription_calendar, subscription_feed};
    use communs_core::subscription::FeedScope;
    let data = dataset();
    let page = |id: &str| format!("https://x.org/entry/{id}/");
    for pillar in communs_core::Pillar::ALL {
        let scope = FeedScope::Pillar(pillar);
        let ics = subscription_calendar(scope, &data.entries, &data.updated, &page);
        let expected: Vec<String> = data
            .entries
            .iter()
            .filter(|e| e.pillar == pillar && e.is_dated_event())
            .map(|e| format!("{}@communs.cnnumerique", e.id))
            .collect();
        assert_eq!(event_uids(&ics), expected, "{pillar:?}");
        assert!(ics.contains(&format!("X-WR-CALNAME:{}", scope.calendar_name())), "{ics}");
        let self_url = format!("https://x.org/{}", scope.atom_path());
        let xml = subscription_feed(scope, &data.entries, &data.updated, &self_url, &page);
        let feed = atom_syndication::Feed::read_from(xml.as_bytes()).unwrap();
        assert!(feed
            .title()
            .as_str()
            .contains(communs_core::display::pillar_name(pillar, communs_core::display::Lang::Fr)));
        assert_eq!(feed.entries().len(), data.entries.iter().filter(|e| e.pillar == pillar).count());
        assert!(feed.links().iter().any(|l| l.rel() == "self" && l.href() == self_url));
        assert!(feed.entries().iter().all(|e| e.links().iter().all(|l| l.href().starts_with("https://x.org/entry/"))));
    }
    let contribuer =
        subscription_calendar(FeedScope::Pillar(communs_core::Pillar::Contribuer), &data.entries, &data.updated, &page);
    assert!(!event_uids(&contribuer).is_empty(), "the shipped data has Contribuer events");
}

/// Issue 22: a scope with nothing to hold still gives a valid calendar and a valid feed, so that
/// a subscription never breaks when the data changes.
#[test]
fn an_empty_calendar_and_an_empty_feed_are_still_valid() {
    use communs_core::export::{subscription_calendar, subscription_feed};
    use communs_core::subscription::FeedScope;
    let data = dataset();
    let page = |id: &str| format!("/entry/{id}/");
    for scope in FeedScope::every() {
        let ics = subscription_calendar(scope, &[], &data.updated, &page);
        assert!(ics.starts_with("BEGIN:VCALENDAR") && ics.trim_end().ends_with("END:VCALENDAR"), "{ics}");
        assert!(event_uids(&ics).is_empty());
        let xml = subscription_feed(scope, &[], &data.updated, &format!("/{}", scope.atom_path()), &page);
        let feed = atom_syndication::Feed::read_from(xml.as_bytes()).unwrap();
        assert!(feed.entries().is_empty() && !feed.title().as_str().is_empty());
    }
    // Interviews are never dated events: their kind's calendar is valid and empty.
    let interviews =
        subscription_calendar(FeedScope::Kind(communs_core::Kind::Interview), &data.entries, &data.updated, &page);
    assert!(event_uids(&interviews).is_empty());
    assert!(!interviews.contains("URL:"), "no relative URL without --site-url");
}

/// Issue 22: the calls' calendar holds their deadlines (one all-day event each), what someone
/// subscribing from the calls view expects.
#[test]
fn the_calls_calendar_holds_their_deadlines() {
    use communs_core::export::subscription_calendar;
    use communs_core::subscription::FeedScope;
    let mut data = dataset();
    let closes = communs_core::model::PartialDate::parse("2099-06-30").unwrap();
    let call = data.entries.iter_mut().find(|e| e.kind == communs_core::Kind::Call).unwrap();
    call.call.as_mut().unwrap().closes = Some(closes);
    let id = call.id.clone();
    let ics = subscription_calendar(FeedScope::Kind(communs_core::Kind::Call), &data.entries, &data.updated, &|id| {
        format!("https://x.org/entry/{id}/")
    });
    assert_eq!(event_uids(&ics), vec![format!("{id}-date-limite@communs.cnnumerique")]);
    assert!(ics.contains("DTSTART;VALUE=DATE:20990630"), "{ics}");
}
