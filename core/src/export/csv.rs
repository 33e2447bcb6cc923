//! CSV (RFC 4180) through the `csv` crate: UTF-8 with a BOM so that spreadsheets read accents.

use crate::model::Entry;

/// Column headers, in French like the data.
const HEADERS: [&str; 15] = [
    "id",
    "type",
    "titre",
    "résumé",
    "pilier",
    "début",
    "fin",
    "date déduite",
    "lieu",
    "ville",
    "personnes",
    "organisations",
    "thèmes",
    "liens",
    "description",
];

/// One row per entry; list fields joined with " ; ".
pub fn entries_csv(entries: &[&Entry]) -> String {
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    let _ = writer.write_record(HEADERS);
    for entry in entries {
        let date = entry.date.as_ref();
        let place = entry.place.as_ref();
        let row = [
            entry.id.clone(),
            entry.kind.slug().to_string(),
            entry.title.clone(),
            entry.summary.clone(),
            entry.pillar.slug().to_string(),
            date.map(|d| d.start.to_string()).unwrap_or_default(),
            date.and_then(|d| d.end).map(|d| d.to_string()).unwrap_or_default(),
            date.map(|d| if d.inferred { "oui" } else { "non" }).unwrap_or_default().to_string(),
            place.and_then(|p| p.venue.clone()).unwrap_or_default(),
            place.and_then(|p| p.city.clone()).unwrap_or_default(),
            entry.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(" ; "),
            entry.organisations.join(" ; "),
            entry.tags.join(" ; "),
            entry.links.iter().map(|l| l.url.as_str()).collect::<Vec<_>>().join(" ; "),
            entry.description.clone().unwrap_or_default(),
        ];
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}
