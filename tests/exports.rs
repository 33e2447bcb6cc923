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
