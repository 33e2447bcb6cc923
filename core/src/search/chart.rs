//! The rows of a chart of counts (per pillar, kind or year): the facet's own rows, so a chart
//! and its facet can never disagree, in the order a chart reads best.

use super::{Catalog, FacetCounts, FacetKey};
use crate::model::{Kind, Pillar};

/// Facets with few values that Explore also draws as charts.
pub const CHARTED: [FacetKey; 3] = [FacetKey::Pillar, FacetKey::Kind, FacetKey::Year];

/// Most bars a chart draws: past this, a chart keeps the values its facet lists first.
pub const MAX_BARS: usize = 40;

/// Every value of `facet` with its count, as its facet lists them, ordered for a chart: pillars
/// and kinds in their vocabulary's order, years oldest first.
pub fn chart_rows(catalog: &Catalog, facet: &FacetCounts) -> Vec<(String, usize)> {
    let mut rows = catalog.facet_rows(facet, false, MAX_BARS);
    let place = |value: &str| -> i64 {
        match facet.key {
            FacetKey::Pillar => Pillar::ALL.iter().position(|p| p.slug() == value).map_or(i64::MAX, |i| i as i64),
            FacetKey::Kind => Kind::ALL.iter().position(|k| k.slug() == value).map_or(i64::MAX, |i| i as i64),
            FacetKey::Year => value.parse::<i64>().unwrap_or(i64::MAX),
            _ => 0,
        }
    };
    rows.sort_by_key(|(value, _)| place(value));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Entry;
    use crate::search::Query;

    fn catalog() -> Catalog {
        let mut entries = vec![
            Entry::sample("a", "A", Some("2024-03-01")),
            Entry::sample("b", "B", Some("2022-05-01")),
            Entry::sample("c", "C", Some("2023")),
            Entry::sample("d", "D", Some("2024")),
        ];
        if let Some(e) = entries.get_mut(0) {
            e.kind = Kind::Interview;
            e.pillar = Pillar::Contribuer;
        }
        Catalog::new(entries)
    }

    fn rows(catalog: &Catalog, query: &Query, key: FacetKey) -> Vec<(String, usize)> {
        let results = catalog.search(query);
        let facet = results.facets.get(key.index()).cloned();
        facet.map(|f| chart_rows(catalog, &f)).unwrap_or_default()
    }

    #[test]
    fn years_read_oldest_first_and_vocabularies_in_their_order() {
        let catalog = catalog();
        let query = Query::default();
        let years = rows(&catalog, &query, FacetKey::Year);
        assert_eq!(years, vec![("2022".into(), 1), ("2023".into(), 1), ("2024".into(), 2)]);
        let kinds: Vec<String> = rows(&catalog, &query, FacetKey::Kind).into_iter().map(|(v, _)| v).collect();
        let expected: Vec<String> =
            Kind::ALL.iter().map(|k| k.slug().to_string()).filter(|k| kinds.contains(k)).collect();
        assert_eq!(kinds, expected);
    }

    #[test]
    fn a_chart_counts_exactly_what_its_facet_counts() {
        let catalog = catalog();
        let mut query = Query::default();
        query.toggle(FacetKey::Kind, "interview");
        let results = catalog.search(&query);
        for key in CHARTED {
            let Some(facet) = results.facets.get(key.index()) else { continue };
            let mut chart = chart_rows(&catalog, facet);
            let mut listed = catalog.facet_rows(facet, true, usize::MAX);
            chart.sort();
            listed.sort();
            assert_eq!(chart, listed, "{key:?}");
        }
        // The year chart follows the kind filter: one interview, in 2024.
        assert_eq!(rows(&catalog, &query, FacetKey::Year), vec![("2024".into(), 1)]);
    }
}
