//! The search index over a dataset: built once, queried on every keystroke.

use std::cmp::Reverse;

use super::{fold, tokens, FacetKey, Query, Sort, YearMonth};
use crate::model::{Entry, PartialDate};

/// Where a word was found, best first: title, then people and organisations, then the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Field {
    /// Title.
    Title = 0,
    /// People or organisations.
    Name = 1,
    /// Summary, description, places, tags.
    Other = 2,
}

/// Counts of one facet's values under the current query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    /// Which facet.
    pub key: FacetKey,
    /// `(value, how many results it would give)`, most frequent first.
    pub values: Vec<(String, usize)>,
}

/// What a query gives: entry indexes in display order and the facet counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Indexes into [`Catalog::entries`], in display order.
    pub hits: Vec<usize>,
    /// Counts for every facet, with the other facets' filters applied.
    pub facets: Vec<FacetCounts>,
}

/// Entries plus everything precomputed to search, facet and sort them quickly.
pub struct Catalog {
    entries: Vec<Entry>,
    /// Sorted `(term, postings)`; a posting is `(entry, best field)`.
    terms: Vec<(String, Vec<(u32, Field)>)>,
    /// Facet values of each entry, per facet (same order as [`FacetKey::ALL`]).
    facet_values: Vec<[Vec<String>; 7]>,
    /// Folded titles, for French title order.
    title_keys: Vec<String>,
}

fn facet_slot(key: FacetKey) -> usize {
    FacetKey::ALL.iter().position(|k| *k == key).unwrap_or(0)
}

/// The values an entry has for each facet.
pub fn facet_values(entry: &Entry) -> [Vec<String>; 7] {
    [
        vec![entry.kind.slug().to_string()],
        vec![entry.pillar.slug().to_string()],
        entry.start().map(|d| vec![d.year.to_string()]).unwrap_or_default(),
        dedup(entry.tags.clone()),
        dedup(entry.people.iter().map(|p| p.name.clone()).collect()),
        dedup(entry.organisations.clone()),
        entry.place.as_ref().and_then(|p| p.city.clone()).into_iter().collect(),
    ]
}

fn dedup(mut values: Vec<String>) -> Vec<String> {
    values.sort();
    values.dedup();
    values
}

impl Catalog {
    /// Indexes `entries` (once per dataset).
    pub fn new(entries: Vec<Entry>) -> Catalog {
        let mut postings: std::collections::HashMap<String, Vec<(u32, Field)>> = Default::default();
        for (i, entry) in entries.iter().enumerate() {
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            let mut add = |text: &str, field: Field| {
                for token in tokens(text) {
                    let list = postings.entry(token).or_default();
                    match list.last_mut() {
                        Some((last, best)) if *last == index => *best = (*best).min(field),
                        _ => list.push((index, field)),
                    }
                }
            };
            add(&entry.title, Field::Title);
            if let Some(t) = &entry.title_en {
                add(t, Field::Title);
            }
            for p in &entry.people {
                add(&p.name, Field::Name);
            }
            for o in &entry.organisations {
                add(o, Field::Name);
            }
            add(&entry.summary, Field::Other);
            for text in [&entry.summary_en, &entry.description].into_iter().flatten() {
                add(text, Field::Other);
            }
            for p in &entry.people {
                if let Some(a) = &p.affiliation {
                    add(a, Field::Other);
                }
            }
            for tag in &entry.tags {
                add(tag, Field::Other);
            }
            if let Some(place) = &entry.place {
                for text in [&place.venue, &place.city].into_iter().flatten() {
                    add(text, Field::Other);
                }
            }
        }
        let mut terms: Vec<_> = postings.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        let facet_values = entries.iter().map(facet_values).collect();
        let title_keys = entries
            .iter()
            .map(|e| fold(&e.title).trim_start_matches(|c: char| !c.is_alphanumeric()).to_string())
            .collect();
        Catalog { entries, terms, facet_values, title_keys }
    }

    /// The indexed entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry at `index`.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }

    /// Best field per entry where some word starts with `prefix`, or `None` for no match.
    fn prefix_matches(&self, prefix: &str) -> Vec<Option<Field>> {
        let mut best = vec![None; self.entries.len()];
        let start = self.terms.partition_point(|(term, _)| term.as_str() < prefix);
        for (_, postings) in self.terms.iter().skip(start).take_while(|(term, _)| term.starts_with(prefix)) {
            for &(entry, field) in postings {
                if let Some(slot) = best.get_mut(entry as usize) {
                    *slot = Some(slot.map_or(field, |f: Field| f.min(field)));
                }
            }
        }
        best
    }

    /// Rank of each entry for the text (lower is better), `None` when some word is missing.
    fn text_ranks(&self, text: &str) -> Vec<Option<u32>> {
        let words = tokens(text);
        let mut ranks: Vec<Option<u32>> = vec![Some(0); self.entries.len()];
        for word in words {
            let matches = self.prefix_matches(&word);
            for (rank, found) in ranks.iter_mut().zip(matches) {
                *rank = match (*rank, found) {
                    (Some(r), Some(field)) => Some(r + field as u32),
                    _ => None,
                };
            }
        }
        ranks
    }

    fn passes(&self, index: usize, query: &Query, except: Option<FacetKey>) -> bool {
        let Some(values) = self.facet_values.get(index) else {
            return false;
        };
        if let Some(period) = query.period {
            if !self.in_period(index, period) {
                return false;
            }
        }
        query.filters.iter().filter(|(key, _)| Some(*key) != except).all(|(key, selected)| {
            values.get(facet_slot(*key)).is_some_and(|have| have.iter().any(|v| selected.contains(v)))
        })
    }

    /// True when the entry's dates overlap the months `from..=to`.
    fn in_period(&self, index: usize, (from, to): (YearMonth, YearMonth)) -> bool {
        let Some(span) = self.entries.get(index).and_then(|e| e.date.as_ref()) else {
            return false;
        };
        let first = span.start.first_day();
        let last = span.end.unwrap_or(span.start).last_day();
        let from = PartialDate { year: from.year, month: Some(from.month), day: Some(1) };
        let to = PartialDate { year: to.year, month: Some(to.month), day: None }.last_day();
        last >= from && first <= to
    }

    /// Runs a query: ranked hits and facet counts. Never clones an entry.
    pub fn search(&self, query: &Query) -> Results {
        let ranks = self.text_ranks(&query.text);
        let hits = self.ordered_hits(query, &ranks);
        let facets = FacetKey::ALL.into_iter().map(|key| self.count_facet(key, query, &ranks)).collect();
        Results { hits, facets }
    }

    /// The ranked hits alone, for views that show no facet (the timeline): the same order as
    /// [`Catalog::search`] without counting the seven facets.
    pub fn hits(&self, query: &Query) -> Vec<usize> {
        self.ordered_hits(query, &self.text_ranks(&query.text))
    }

    fn ordered_hits(&self, query: &Query, ranks: &[Option<u32>]) -> Vec<usize> {
        let mut hits: Vec<usize> = (0..self.entries.len())
            .filter(|&i| ranks.get(i).copied().flatten().is_some() && self.passes(i, query, None))
            .collect();
        self.order(&mut hits, ranks, query);
        hits
    }

    fn count_facet(&self, key: FacetKey, query: &Query, ranks: &[Option<u32>]) -> FacetCounts {
        let slot = facet_slot(key);
        let mut counts: std::collections::HashMap<&str, usize> = Default::default();
        for (i, values) in self.facet_values.iter().enumerate() {
            if ranks.get(i).copied().flatten().is_none() || !self.passes(i, query, Some(key)) {
                continue;
            }
            for value in values.get(slot).into_iter().flatten() {
                *counts.entry(value.as_str()).or_default() += 1;
            }
        }
        for selected in query.selected(key) {
            counts.entry(selected.as_str()).or_default();
        }
        let mut values: Vec<(String, usize)> = counts.into_iter().map(|(v, c)| (v.to_string(), c)).collect();
        if key == FacetKey::Year {
            values.sort_by(|a, b| b.0.cmp(&a.0));
        } else {
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| fold(&a.0).cmp(&fold(&b.0))));
        }
        FacetCounts { key, values }
    }

    fn order(&self, hits: &mut [usize], ranks: &[Option<u32>], query: &Query) {
        let date = |i: usize| self.entries.get(i).and_then(|e| e.start()).map(|d| d.sort_key());
        let title = |i: usize| self.title_keys.get(i).map(String::as_str).unwrap_or_default();
        let rank = |i: usize| ranks.get(i).copied().flatten().unwrap_or(u32::MAX);
        match query.sort {
            Sort::Relevance => hits.sort_by_key(|&i| (rank(i), Reverse(date(i)), i)),
            Sort::Newest => hits.sort_by_key(|&i| (Reverse(date(i)), i)),
            Sort::Oldest => hits.sort_by_key(|&i| (date(i).is_none(), date(i), i)),
            Sort::Title => hits.sort_by(|&a, &b| title(a).cmp(title(b)).then(a.cmp(&b))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Person, Role};

    fn entry(id: &str, title: &str, date: &str) -> Entry {
        Entry::sample(id, title, Some(date))
    }

    fn ids(catalog: &Catalog, query: &Query) -> Vec<String> {
        catalog.search(query).hits.iter().filter_map(|&i| catalog.entry(i)).map(|e| e.id.clone()).collect()
    }

    fn text(q: &str) -> Query {
        Query { text: q.into(), page: 1, ..Query::default() }
    }

    #[test]
    fn title_hits_rank_before_people_before_the_rest_then_newest_first() {
        let mut in_summary = entry("summary", "Autre chose", "2024-01-01");
        in_summary.summary = "Un atelier Wikipédia.".into();
        let mut in_people = entry("people", "Rencontre", "2020");
        in_people.people.push(Person { name: "Wiki Personne".into(), role: Role::Guest, affiliation: None });
        let catalog = Catalog::new(vec![
            in_summary,
            entry("old-title", "Atelier Wikipédia", "2022-03"),
            in_people,
            entry("new-title", "L'atelier wiki", "2024-03-23"),
            entry("none", "Sans rapport", "2025"),
        ]);
        assert_eq!(ids(&catalog, &text("wiki")), ["new-title", "old-title", "people", "summary"]);
    }

    #[test]
    fn every_word_must_match_by_prefix_whatever_the_accents() {
        let catalog = Catalog::new(vec![
            entry("a", "Le logiciel libre dans la stratégie de l’État", "2024-01-09"),
            entry("b", "Le logiciel libre, l'open source", "2023-06-06"),
        ]);
        assert_eq!(ids(&catalog, &text("logi etat")), ["a"]);
        assert_eq!(ids(&catalog, &text("LOGICIEL")), ["a", "b"]);
        assert_eq!(ids(&catalog, &text("strategie d'etat")), ["a"]);
        assert!(ids(&catalog, &text("zzz")).is_empty());
    }

    #[test]
    fn facet_counts_equal_the_results_they_promise() {
        let mut entries: Vec<Entry> = (0..30)
            .map(|i| {
                let mut e = entry(&format!("e{i}"), &format!("Titre {i}"), &format!("{}", 2020 + i % 4));
                e.kind = Kind::ALL[i % 4];
                e.tags = vec![format!("tag{}", i % 3), "commun".into()];
                e
            })
            .collect();
        entries[0].tags.push("tag0".into());
        let catalog = Catalog::new(entries);
        let mut query = text("titre");
        query.toggle(FacetKey::Year, "2021");
        let results = catalog.search(&query);
        for facet in &results.facets {
            for (value, count) in &facet.values {
                // The count promises the results of selecting this value alone in its facet,
                // with every other facet's filters kept.
                let mut alone = query.clone();
                alone.filters.retain(|(k, _)| *k != facet.key);
                alone.toggle(facet.key, value);
                assert_eq!(catalog.search(&alone).hits.len(), *count, "{:?}={value}", facet.key);
            }
        }
    }

    #[test]
    fn title_sort_follows_french_order() {
        let catalog = Catalog::new(vec![
            entry("f", "Forum", "2024"),
            entry("e2", "Été numérique", "2024"),
            entry("e1", "Espace", "2024"),
            entry("z", "zèbre", "2024"),
        ]);
        let query = Query { sort: Sort::Title, page: 1, ..Query::default() };
        assert_eq!(ids(&catalog, &query), ["e1", "e2", "f", "z"]);
    }
}

#[cfg(test)]
mod period_tests {
    use super::*;

    #[test]
    fn a_period_keeps_entries_whose_dates_overlap_it() {
        let dated = |id: &str, start: &str| Entry::sample(id, id, Some(start));
        let catalog = Catalog::new(vec![
            dated("before", "2023-02-28"),
            dated("in", "2023-03-01"),
            dated("year", "2023"),
            dated("after", "2023-05-01"),
            dated("none", "x"),
        ]);
        let mut query = Query { page: 1, ..Query::default() };
        query.set_period(YearMonth::parse("2023-04"), YearMonth::parse("2023-03"));
        let ids: Vec<&str> =
            catalog.search(&query).hits.iter().filter_map(|&i| catalog.entry(i)).map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["in", "year"]);
    }
}
