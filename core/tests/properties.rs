//! Properties that must hold for any input (issue 9): filtering never adds entries, facet counts
//! keep their promise, folding is idempotent, the URL state round-trips, and the validator
//! never panics.

#![allow(clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)] // generators index their own tables

use communs_core::search::{fold, Catalog, FacetKey, Query, Sort, YearMonth};
use communs_core::{load, Kind};
use proptest::prelude::*;

fn dataset_text(entries: &[(u8, u8, u8, String)]) -> String {
    let items: Vec<String> = entries
        .iter()
        .enumerate()
        .map(|(i, (kind, year, tag, word))| {
            let kind = Kind::ALL[usize::from(*kind) % 4].slug();
            let call = if kind == "call" {
                r#", "call": {"asks": "a", "audience": "b", "action": "mailto:x@y.fr?subject=s", "action_label": "c"}"#
            } else {
                ""
            };
            serde_json::json!({
                "id": format!("e{i}"),
                "kind": kind,
                "title": format!("Titre {word}"),
                "summary": "Résumé.",
                "pillar": "contribuer",
                "date": {"start": format!("{}-0{}", 2020 + u32::from(*year % 4), 1 + tag % 9)},
                "tags": [format!("t{}", tag % 3)],
            })
            .to_string()
            .trim_end_matches('}')
            .to_string()
                + call
                + "}"
        })
        .collect();
    format!(r#"{{"version": "1", "updated": "2024-01-01", "entries": [{}]}}"#, items.join(","))
}

fn entries_strategy() -> impl Strategy<Value = Vec<(u8, u8, u8, String)>> {
    prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), "(atelier|état|wiki|œuvre|ess)"), 0..25)
}

fn query_strategy() -> impl Strategy<Value = Query> {
    (
        "(|a|at|wik|etat|oeuvre|zz| e)",
        prop::collection::vec((0usize..7, "(event|call|2021|2022|t0|t1|contribuer)"), 0..4),
        0usize..4,
        1usize..5,
        prop::option::of((0u8..24, 0u8..24)),
    )
        .prop_map(|(text, filters, sort, page, period)| {
            let mut query = Query { text, page: 1, ..Query::default() };
            for (facet, value) in filters {
                query.toggle(FacetKey::ALL[facet], &value);
            }
            query.sort = [Sort::Relevance, Sort::Newest, Sort::Oldest, Sort::Title][sort];
            let month = |n: u8| YearMonth { year: 2020 + i32::from(n / 12), month: 1 + n % 12 };
            query.set_period(period.map(|(a, _)| month(a)), period.map(|(_, b)| month(b)));
            query.page = page;
            query
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn filtering_never_adds_entries(entries in entries_strategy(), query in query_strategy(), extra in (0usize..7, "(event|t1|2022)")) {
        let dataset = load(&dataset_text(&entries)).dataset.expect("generated data is valid");
        let catalog = Catalog::new(dataset.entries);
        let base = catalog.search(&query).hits;
        prop_assert!(base.len() <= catalog.entries().len());
        let mut narrower = query.clone();
        narrower.text.push_str(" titre");
        let (facet, value) = extra;
        if !narrower.is_selected(FacetKey::ALL[facet], &value) && narrower.selected(FacetKey::ALL[facet]).is_empty() {
            narrower.toggle(FacetKey::ALL[facet], &value);
        }
        let narrowed = catalog.search(&narrower).hits;
        prop_assert!(narrowed.iter().all(|i| base.contains(i)), "a narrower query found something new");
    }

    #[test]
    fn facet_counts_equal_the_sizes_they_promise(entries in entries_strategy(), query in query_strategy()) {
        let dataset = load(&dataset_text(&entries)).dataset.expect("generated data is valid");
        let catalog = Catalog::new(dataset.entries);
        prop_assert_eq!(catalog.hits(&query), catalog.search(&query).hits, "hits without facets keep the order");
        for facet in catalog.search(&query).facets {
            for (value, count) in catalog.facet_rows(&facet, false, usize::MAX) {
                let mut alone = query.clone();
                alone.filters.retain(|(k, _)| *k != facet.key);
                alone.toggle(facet.key, &value);
                prop_assert_eq!(catalog.search(&alone).hits.len(), count, "{:?}={}", facet.key, value);
            }
        }
    }

    #[test]
    fn folding_is_idempotent(text in "\\PC{0,40}") {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn url_state_round_trips(query in query_strategy()) {
        // A state as the URL can hold it (values a URL cannot carry are dropped on the way in).
        let first = query.to_pairs();
        let query = Query::from_pairs(first.iter().map(|(k, v)| (*k, v.as_str())));
        let pairs = query.to_pairs();
        let back = Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        let mut expected = query.clone();
        if expected.text.trim().is_empty() {
            expected.text.clear();
        }
        prop_assert_eq!(back.to_pairs(), pairs);
        prop_assert_eq!(back, expected);
    }

    #[test]
    fn the_validator_accepts_or_locates_never_panics(text in "\\PC{0,200}") {
        let loaded = load(&text);
        prop_assert!(loaded.dataset.is_some() || loaded.error_count() > 0);
        prop_assert!(loaded.diagnostics.iter().all(|d| d.line >= 1 && d.column >= 1));
    }

    #[test]
    fn the_validator_survives_mangled_datasets(entries in entries_strategy(), cut in 0usize..2000, junk in "[\\[\\]{},:\"a-z0-9 ]{0,8}") {
        let text = dataset_text(&entries);
        let cut = (0..=cut.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let mangled = format!("{}{junk}{}", &text[..cut], &text[cut..]);
        let loaded = load(&mangled);
        prop_assert!(loaded.dataset.is_some() || loaded.error_count() > 0);
        if let Some(dataset) = &loaded.dataset {
            prop_assert!(dataset.entries.len() <= loaded.total_entries);
        }
    }
}
