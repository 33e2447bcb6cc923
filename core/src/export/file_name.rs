//! File names that say what an export holds: `communs-evenements-2024.ics`.

use super::FileType;
use crate::model::Kind;
use crate::search::{FacetKey, Query};

fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Initiative => "initiatives",
        Kind::Event => "evenements",
        Kind::Interview => "entretiens",
        Kind::Call => "appels",
    }
}

/// `communs[-<kind>][-<year>][-recherche][-selection].<extension>` from the query that made the view.
pub fn export_file_name(query: &Query, file_type: FileType) -> String {
    let mut parts = vec!["communs".to_string()];
    match query.kinds().as_slice() {
        [one] => parts.push(kind_word(*one).to_string()),
        [] if file_type == FileType::Calendar => parts.push("evenements".into()),
        _ => {}
    }
    if let [year] = query.years().as_slice() {
        parts.push(year.to_string());
    }
    if let Some((from, to)) = query.period {
        parts.push(format!("{from}-a-{to}"));
    }
    if !query.text.trim().is_empty() {
        parts.push("recherche".into());
    }
    let other_filters = query.filters.iter().any(|(k, _)| !matches!(k, FacetKey::Kind | FacetKey::Year));
    if other_filters {
        parts.push("selection".into());
    }
    format!("{}.{}", parts.join("-"), file_type.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_what_they_hold() {
        let mut query = Query { page: 1, ..Query::default() };
        assert_eq!(export_file_name(&query, FileType::Csv), "communs.csv");
        assert_eq!(export_file_name(&query, FileType::Calendar), "communs-evenements.ics");
        query.toggle(FacetKey::Kind, "event");
        query.toggle(FacetKey::Year, "2024");
        assert_eq!(export_file_name(&query, FileType::Calendar), "communs-evenements-2024.ics");
        query.text = "wiki".into();
        query.toggle(FacetKey::Tag, "atelier");
        assert_eq!(export_file_name(&query, FileType::Json), "communs-evenements-2024-recherche-selection.json");
    }
}
