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

/// A cell a spreadsheet shows as the text it is: one that starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return would be read as a formula (CSV injection), so it gets a leading `'`, as
/// OWASP advises. A number such as `-12` or `+33` stays a number.
fn as_text(cell: String) -> String {
    let starts_like_a_formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if starts_like_a_formula && cell.trim().parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell
    }
}

/// One row per entry; list fields joined with " ; "; every cell safe to open in a spreadsheet.
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
        let _ = writer.write_record(row.map(as_text));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
mod tests {
    use super::as_text;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_written_as_text() {
        for formula in
            ["=HYPERLINK(\"https://evil.example/\",\"clic\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
        {
            assert_eq!(as_text(formula.to_string()), format!("'{formula}"));
        }
    }

    #[test]
    fn numbers_and_plain_text_stay_as_they_are() {
        for cell in ["-12", "+33", "-0.5", "2024-03-29", "Atelier Wikipédia", "", "a=b"] {
            assert_eq!(as_text(cell.to_string()), cell);
        }
    }
}
