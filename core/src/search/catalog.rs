//! The search index over a dataset: built once, queried on every keystroke.
//!
//! A query is one pass over the entries in the requested order: the text ranks come from the
//! inverted index, the facet filters compare interned value ids, and the same pass counts every
//! facet (an entry that fails exactly one facet's filter still counts for that facet, so each
//! count is what selecting the value would give). Nothing is sorted but the relevance ranks.

use std::sync::{Mutex, OnceLock};

use rustc_hash::FxHashMap;

use super::facet_index::FacetIndex;
use super::named::{entries_named, Named, NamedIndex};
use super::related::SharingIndex;
use super::text_index::{TextIndex, TextIndexBuilder, NO_MATCH};
use super::{fold, slugify, FacetKey, Query, Sort, YearMonth};
use crate::model::{Entry, PartialDate};

/// Counts of one facet's values under the current query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    /// Which facet.
    pub key: FacetKey,
    /// Results each value would give, by value id.
    counts: Vec<u32>,
    /// Ids of the values worth showing: those with results, and the selected ones.
    shown: Vec<u32>,
    /// Selected values that no entry has (from an old link): shown with 0 so they can be removed.
    missing: Vec<String>,
}

impl FacetCounts {
    /// How many values the facet shows.
    pub fn len(&self) -> usize {
        self.shown.len() + self.missing.len()
    }

    /// True when the facet has nothing to show.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a query gives: entry indexes in display order and the facet counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Indexes into [`Catalog::entries`], in display order.
    pub hits: Vec<usize>,
    /// Counts for every facet, with the other facets' filters applied (order of [`FacetKey::ALL`]).
    pub facets: Vec<FacetCounts>,
}

/// The entries of `hits` (rank, entry), best rank first, in their given order within a rank
/// (stable): the relevance order, shared with the written home's answers.
pub(crate) fn best_first(mut hits: Vec<(u16, usize)>) -> Vec<usize> {
    hits.sort_by_key(|(rank, _)| *rank);
    hits.into_iter().map(|(_, index)| index).collect()
}

/// Entries plus everything precomputed to search, facet and sort them quickly.
pub struct Catalog {
    entries: Vec<Entry>,
    /// Built on the first text query or by [`Catalog::prepare_search`], whichever comes first:
    /// the unfiltered list, the first thing shown, does not need it.
    text: OnceLock<TextIndex>,
    /// The word index while [`Catalog::prepare_search_step`] builds it a slice at a time.
    building: Mutex<TextIndexBuilder>,
    /// One per facet, in the order of [`FacetKey::ALL`].
    facets: Vec<FacetIndex>,
    /// Entry indexes newest first (undated last), then in file order.
    newest: Vec<u32>,
    /// Entry indexes oldest first (undated last); built when first asked for, like `by_title`.
    oldest: OnceLock<Vec<u32>>,
    /// Entry indexes in French title order.
    by_title: OnceLock<Vec<u32>>,
    /// Entry indexes by id; built when an id is first looked up.
    by_id: OnceLock<FxHashMap<String, u32>>,
    /// The entries that name each person, organisation and tag; built by
    /// [`Catalog::prepare_related`] only, for a caller that asks for every entry's suggestions.
    sharing: OnceLock<SharingIndex>,
    /// The entries that name each person and organisation, by slug; built with `sharing`.
    named: OnceLock<NamedIndex>,
}

/// Entry indexes by start date, newest or oldest first; undated entries last. Entries of the
/// same date stay in file order. The dates are packed into integers, so both orders share one
/// compiled sort of plain numbers.
fn date_order(entries: &[Entry], newest_first: bool) -> Vec<u32> {
    let mut keyed: Vec<(u64, u32)> = entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let day = entry.start().map_or(u64::MAX, |date| {
                let day = packed_day(date);
                if newest_first {
                    u64::MAX - 1 - day
                } else {
                    day
                }
            });
            (day, u32::try_from(i).unwrap_or(u32::MAX))
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// A date's [`PartialDate::sort_key`] as one number in the same order (under 2^48).
fn packed_day(date: &PartialDate) -> u64 {
    let (year, month, day) = date.sort_key();
    // Flipping the sign bit maps i32 onto u32 in order.
    (u64::from(year.cast_unsigned() ^ (1 << 31)) << 16) | (u64::from(month) << 8) | u64::from(day)
}

/// A facet filter as value ids: an entry passes when it has one of them.
struct Filter {
    slot: usize,
    ids: Vec<u32>,
}

impl Catalog {
    /// Indexes `entries` (once per dataset).
    pub fn new(entries: Vec<Entry>) -> Catalog {
        let facets = FacetKey::ALL.into_iter().map(|key| FacetIndex::build(&entries, key)).collect();
        let newest = date_order(&entries, true);
        Catalog {
            entries,
            text: OnceLock::new(),
            building: Mutex::default(),
            facets,
            newest,
            oldest: OnceLock::new(),
            by_title: OnceLock::new(),
            by_id: OnceLock::new(),
            sharing: OnceLock::new(),
            named: OnceLock::new(),
        }
    }

    /// Builds the word index and the other orders now if no query has (call it once the first
    /// results are shown).
    pub fn prepare_search(&self) {
        self.words();
        self.oldest();
        self.by_title();
    }

    /// Does a part of [`Catalog::prepare_search`]: the word index `entries` entries at a time
    /// (each is read twice), then the other orders. True once everything is ready. Called
    /// between frames, it keeps the page answering while a large dataset is indexed; a text
    /// query that comes first finishes the index at once.
    pub fn prepare_search_step(&self, entries: usize) -> bool {
        if self.text.get().is_none() {
            let built = match self.building.lock() {
                Ok(mut builder) => builder.step(&self.entries, entries),
                Err(_) => Some(TextIndex::build(&self.entries)),
            };
            if let Some(index) = built {
                let _ = self.text.set(index);
            }
            return false;
        }
        if self.oldest.get().is_none() {
            self.oldest();
            return false;
        }
        self.by_title();
        true
    }

    /// True once the word index is built: a text query then runs without building it.
    pub fn words_ready(&self) -> bool {
        self.text.get().is_some()
    }

    fn oldest(&self) -> &[u32] {
        self.oldest.get_or_init(|| date_order(&self.entries, false))
    }

    fn by_title(&self) -> &[u32] {
        self.by_title.get_or_init(|| {
            let mut keyed: Vec<(String, u32)> = self
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let title = fold(&e.title);
                    (
                        title.trim_start_matches(|c: char| !c.is_alphanumeric()).to_string(),
                        u32::try_from(i).unwrap_or(u32::MAX),
                    )
                })
                .collect();
            crate::sort::sort(&mut keyed);
            keyed.into_iter().map(|(_, i)| i).collect()
        })
    }

    /// The word index, built now if it is not yet.
    pub(crate) fn words(&self) -> &TextIndex {
        self.text.get_or_init(|| {
            // Finishes what the steps began, if any.
            let builder = self.building.lock().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default();
            builder.finish(&self.entries)
        })
    }

    /// Entry indexes newest first (undated last), then in file order: the unfiltered home's order.
    pub(crate) fn newest(&self) -> &[u32] {
        &self.newest
    }

    /// The indexed entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry at `index`.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }

    /// Prepares every entry, person and organisation page at once (the page writer asks for
    /// all of them): a suggestion then weighs only the entries that share something with its
    /// entry, and a person's or organisation's entries are looked up, not searched for.
    pub fn prepare_pages(&self) {
        self.sharing.get_or_init(|| SharingIndex::new(&self.entries));
        self.named.get_or_init(|| NamedIndex::new(&self.entries));
    }

    /// The name whose slug is `slug`, as the data first writes it, and every entry that names
    /// it (see [`entries_named`]).
    pub fn named(&self, named: Named, slug: &str) -> Option<(String, Vec<&Entry>)> {
        let Some(index) = self.named.get() else {
            return entries_named(&self.entries, slug, |e| named.names(e));
        };
        let found: Vec<&Entry> = index.get(named, slug).iter().filter_map(|&i| self.entries.get(i as usize)).collect();
        let name = found.first().and_then(|e| named.names(e).into_iter().find(|n| slugify(n) == slug))?;
        Some((name.to_string(), found))
    }

    /// The index [`Catalog::prepare_related`] built, if it was asked for.
    pub(crate) fn sharing(&self) -> Option<&SharingIndex> {
        self.sharing.get()
    }

    /// The index of the entry with this id (ids are unique in a valid dataset).
    pub fn index_of(&self, id: &str) -> Option<usize> {
        let by_id = self.by_id.get_or_init(|| {
            let mut by_id = FxHashMap::default();
            for (i, entry) in self.entries.iter().enumerate() {
                by_id.entry(entry.id.clone()).or_insert(u32::try_from(i).unwrap_or(u32::MAX));
            }
            by_id
        });
        by_id.get(id).and_then(|&i| usize::try_from(i).ok())
    }

    /// The entry with this id.
    pub fn entry_by_id(&self, id: &str) -> Option<&Entry> {
        self.index_of(id).and_then(|i| self.entry(i))
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

    fn filters(&self, query: &Query) -> Vec<Filter> {
        query
            .filters
            .iter()
            .map(|(key, selected)| {
                let slot = key.index();
                let facet = self.facets.get(slot);
                let ids = selected.iter().filter_map(|v| facet.and_then(|f| f.id(v))).collect();
                Filter { slot, ids }
            })
            .collect()
    }

    /// Runs a query: ranked hits and facet counts. Never clones an entry.
    pub fn search(&self, query: &Query) -> Results {
        self.run(query, true)
    }

    /// The ranked hits alone, for views that show no facet (the timeline): the same order as
    /// [`Catalog::search`] without counting the seven facets.
    pub fn hits(&self, query: &Query) -> Vec<usize> {
        self.run(query, false).hits
    }

    fn run(&self, query: &Query, count: bool) -> Results {
        let ranks =
            if query.text.trim().is_empty() { None } else { self.words().ranks(&query.text, self.entries.len()) };
        let filters = self.filters(query);
        let mut counts: Vec<Vec<u32>> =
            if count { self.facets.iter().map(|f| vec![0; f.len()]).collect() } else { Vec::new() };
        let order = match query.sort {
            Sort::Relevance | Sort::Newest => &self.newest,
            Sort::Oldest => self.oldest(),
            Sort::Title => self.by_title(),
        };
        let mut hits: Vec<(u16, usize)> = Vec::new();
        for &index in order {
            let index = index as usize;
            let rank = match &ranks {
                Some(ranks) => match ranks.get(index) {
                    Some(&rank) if rank != NO_MATCH => rank,
                    _ => continue,
                },
                None => 0,
            };
            if query.period.is_some_and(|period| !self.in_period(index, period)) {
                continue;
            }
            let (mut fails, mut failed) = (0, 0);
            for filter in &filters {
                let has = self.facets.get(filter.slot).map(|f| f.of(index)).unwrap_or_default();
                if !has.iter().any(|id| filter.ids.contains(id)) {
                    fails += 1;
                    failed = filter.slot;
                    if fails > 1 {
                        break;
                    }
                }
            }
            if count && fails <= 1 {
                for (slot, (facet, counts)) in self.facets.iter().zip(counts.iter_mut()).enumerate() {
                    if fails == 0 || slot == failed {
                        for &id in facet.of(index) {
                            if let Some(c) = counts.get_mut(id as usize) {
                                *c += 1;
                            }
                        }
                    }
                }
            }
            if fails == 0 {
                hits.push((rank, index));
            }
        }
        let hits = if query.sort == Sort::Relevance && ranks.is_some() {
            best_first(hits)
        } else {
            hits.into_iter().map(|(_, index)| index).collect()
        };
        let facets = counts
            .into_iter()
            .zip(FacetKey::ALL)
            .zip(&self.facets)
            .map(|((counts, key), facet)| {
                let mut shown: Vec<u32> = (0..facet.len())
                    .filter(|&id| counts.get(id).is_some_and(|c| *c > 0))
                    .map(|id| u32::try_from(id).unwrap_or(u32::MAX))
                    .collect();
                let mut missing = Vec::new();
                for value in query.selected(key) {
                    match facet.id(value) {
                        Some(id) if !shown.contains(&id) => shown.push(id),
                        Some(_) => {}
                        None => missing.push(value.clone()),
                    }
                }
                FacetCounts { key, counts, shown, missing }
            })
            .collect();
        Results { hits, facets }
    }

    /// The first `limit` values of a facet with their counts, in display order: most results
    /// first (years newest first), or by name.
    pub fn facet_rows(&self, facet: &FacetCounts, by_name: bool, limit: usize) -> Vec<(String, usize)> {
        let Some(index) = self.facets.get(facet.key.index()) else {
            return Vec::new();
        };
        let mut ids = facet.shown.clone();
        index.arrange(&mut ids, &facet.counts, by_name, limit);
        let known = ids.into_iter().map(|id| {
            let count = facet.counts.get(id as usize).copied().unwrap_or_default();
            (index.value(id).to_string(), count as usize)
        });
        let missing = facet.missing.iter().map(|v| (v.clone(), 0));
        known.chain(missing).take(limit).collect()
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
    fn date_orders_put_undated_entries_last_and_keep_file_order_for_equal_dates() {
        let entries = vec![
            Entry::sample("sans-date", "A", None),
            entry("mars", "B", "2024-03"),
            entry("annee", "C", "2024"),
            entry("mars-bis", "D", "2024-03"),
            entry("jour", "E", "2024-03-05"),
            entry("ancien", "F", "1999-12-31"),
            Entry::sample("sans-date-2", "G", None),
        ];
        let catalog = Catalog::new(entries);
        let newest = Query { page: 1, sort: Sort::Newest, ..Query::default() };
        assert_eq!(ids(&catalog, &newest), ["jour", "mars", "mars-bis", "annee", "ancien", "sans-date", "sans-date-2"]);
        let oldest = Query { page: 1, sort: Sort::Oldest, ..Query::default() };
        assert_eq!(ids(&catalog, &oldest), ["ancien", "annee", "mars", "mars-bis", "jour", "sans-date", "sans-date-2"]);
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
    fn facet_rows_show_most_results_first_then_french_name_order_and_years_newest_first() {
        let tagged = |id: &str, date: &str, tags: &[&str]| {
            let mut e = entry(id, id, date);
            e.tags = tags.iter().map(|t| t.to_string()).collect();
            e
        };
        let catalog = Catalog::new(vec![
            tagged("a", "2021", &["zèbre", "été", "abeille"]),
            tagged("b", "2023", &["zèbre", "Évasion"]),
            tagged("c", "2022", &["zèbre", "abeille", "été"]),
            tagged("d", "2023", &["mer"]),
        ]);
        let results = catalog.search(&Query { page: 1, ..Query::default() });
        let rows = |key: FacetKey, by_name: bool, limit: usize| -> Vec<String> {
            let facet = results.facets.iter().find(|f| f.key == key).expect("every facet is counted");
            catalog
                .facet_rows(facet, by_name, limit)
                .into_iter()
                .map(|(value, count)| format!("{value} {count}"))
                .collect()
        };
        assert_eq!(rows(FacetKey::Tag, false, usize::MAX), ["zèbre 3", "abeille 2", "été 2", "Évasion 1", "mer 1"]);
        assert_eq!(rows(FacetKey::Tag, false, 2), ["zèbre 3", "abeille 2"]);
        assert_eq!(rows(FacetKey::Tag, true, usize::MAX), ["abeille 2", "été 2", "Évasion 1", "mer 1", "zèbre 3"]);
        assert_eq!(rows(FacetKey::Year, false, usize::MAX), ["2023 2", "2022 1", "2021 1"]);
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
            for (value, count) in &catalog.facet_rows(facet, false, usize::MAX) {
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
    fn title_sort_follows_french_order_and_compares_titles_that_begin_alike_in_full() {
        let catalog = Catalog::new(vec![
            entry("f", "Forum", "2024"),
            entry("e2", "Été numérique", "2024"),
            entry("e1", "Espace", "2024"),
            entry("z", "zèbre", "2024"),
            entry("lyon", "Atelier de contribution à Wikipédia, Lyon", "2024"),
            entry("court", "Atelier de contribution", "2024"),
            entry("brest", "« Atelier de contribution à Wikipédia, Brest »", "2024"),
            entry("lyon-bis", "Atelier de contribution à Wikipédia, Lyon", "2023"),
        ]);
        let query = Query { sort: Sort::Title, page: 1, ..Query::default() };
        assert_eq!(ids(&catalog, &query), ["court", "brest", "lyon", "lyon-bis", "e1", "e2", "f", "z"]);
    }

    #[test]
    fn search_prepared_step_by_step_or_interrupted_finds_what_a_whole_build_finds() {
        let mut entries: Vec<Entry> = (0..9)
            .map(|i| entry(&format!("e{i}"), &format!("Atelier {i} logiciel libre"), &format!("202{i}")))
            .collect();
        if let Some(e) = entries.get_mut(4) {
            e.summary = "Un atelier sur Wikipédia, à Lyon.".into();
            e.tags = vec!["Logiciel".into()];
        }
        let queries = ["atelier", "logi", "wikipedia lyon", "l", "zz"];
        let whole = Catalog::new(entries.clone());
        let expected: Vec<Results> = queries.iter().map(|q| whole.search(&text_query(q))).collect();
        let stepped = Catalog::new(entries.clone());
        let mut steps = 0;
        while !stepped.prepare_search_step(2) {
            steps += 1;
        }
        assert!(steps >= 9, "nine entries read twice, two at a time: {steps} steps");
        let interrupted = Catalog::new(entries);
        assert!(!interrupted.prepare_search_step(3));
        assert!(!interrupted.prepare_search_step(3));
        for (query, expected) in queries.iter().zip(&expected) {
            assert_eq!(&stepped.search(&text_query(query)), expected, "{query}");
            assert_eq!(&interrupted.search(&text_query(query)), expected, "{query}");
        }
        assert!(interrupted.prepare_search_step(3) || interrupted.prepare_search_step(3));
    }

    fn text_query(text: &str) -> Query {
        Query { text: text.into(), page: 1, ..Query::default() }
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
