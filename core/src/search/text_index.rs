//! The inverted index: every folded word, sorted, with the entries it appears in.
//!
//! Postings are stored in one array in term order, so all the words that start with a prefix
//! give one contiguous run of postings: a prefix query is two binary searches and one scan.

use rustc_hash::FxHashMap;

use super::for_each_token;
use crate::model::Entry;

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

/// Rank of an entry that does not match (see [`TextIndex::ranks`]).
pub const NO_MATCH: u16 = u16::MAX;

/// Folded words and, for each, the entries that contain it.
pub struct TextIndex {
    /// Distinct words, sorted.
    terms: Vec<Box<str>>,
    /// `starts[t]..starts[t + 1]` is term `t`'s run in `postings`.
    starts: Vec<u32>,
    /// `entry << 2 | field`, ascending by entry within a term.
    postings: Vec<u32>,
}

fn pack(entry: u32, field: Field) -> u32 {
    entry << 2 | field as u32
}

impl TextIndex {
    /// Indexes the words of every entry's texts.
    pub fn build(entries: &[Entry]) -> TextIndex {
        let mut ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut lists: Vec<Vec<u32>> = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let index = u32::try_from(index).unwrap_or(u32::MAX >> 2);
            let mut add = |text: &str, field: Field| {
                for_each_token(text, |word| {
                    let id = match ids.get(word) {
                        Some(&id) => id,
                        None => {
                            let id = u32::try_from(lists.len()).unwrap_or(u32::MAX);
                            ids.insert(word.into(), id);
                            lists.push(Vec::new());
                            id
                        }
                    };
                    let Some(list) = lists.get_mut(id as usize) else { return };
                    let packed = pack(index, field);
                    match list.last_mut() {
                        Some(last) if *last >> 2 == index => *last = (*last).min(packed),
                        _ => list.push(packed),
                    }
                });
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
            for a in entry.people.iter().filter_map(|p| p.affiliation.as_ref()) {
                add(a, Field::Other);
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
        let mut sorted: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let total = lists.iter().map(Vec::len).sum();
        let mut postings = Vec::with_capacity(total);
        let mut starts = Vec::with_capacity(sorted.len() + 1);
        let mut terms = Vec::with_capacity(sorted.len());
        for (term, id) in sorted {
            starts.push(u32::try_from(postings.len()).unwrap_or(u32::MAX));
            // Each list is freed as soon as it is copied, so the peak stays near one copy.
            postings.extend(lists.get_mut(id as usize).map(std::mem::take).unwrap_or_default());
            terms.push(term);
        }
        starts.push(u32::try_from(postings.len()).unwrap_or(u32::MAX));
        TextIndex { terms, starts, postings }
    }

    /// The postings of every word that starts with `prefix`.
    fn prefix_postings(&self, prefix: &str) -> &[u32] {
        let first = self.terms.partition_point(|term| &**term < prefix);
        let count = self.terms.get(first..).unwrap_or_default().partition_point(|term| term.starts_with(prefix));
        let from = self.starts.get(first).copied().unwrap_or_default() as usize;
        let to = self.starts.get(first + count).copied().unwrap_or_default() as usize;
        self.postings.get(from..to).unwrap_or_default()
    }

    /// For each of `len` entries, the sum of the best field of every word of `text` (lower is
    /// better), or [`NO_MATCH`] when some word starts no word of the entry. `None` when `text`
    /// has no word: everything matches.
    pub fn ranks(&self, text: &str, len: usize) -> Option<Vec<u16>> {
        let mut ranks: Option<Vec<u16>> = None;
        let mut best = vec![NO_MATCH; len];
        for_each_token(text, |word| {
            best.fill(NO_MATCH);
            for &posting in self.prefix_postings(word) {
                if let Some(slot) = best.get_mut((posting >> 2) as usize) {
                    *slot = (*slot).min((posting & 3) as u16);
                }
            }
            match &mut ranks {
                None => ranks = Some(best.clone()),
                Some(ranks) => {
                    for (rank, found) in ranks.iter_mut().zip(&best) {
                        *rank = if *rank == NO_MATCH || *found == NO_MATCH {
                            NO_MATCH
                        } else {
                            rank.saturating_add(*found).min(NO_MATCH - 1)
                        };
                    }
                }
            }
        });
        ranks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_finds_every_word_it_starts_and_the_best_field() {
        let mut a = Entry::sample("a", "Logiciel libre", Some("2024"));
        a.summary = "Des logiques.".into();
        let mut b = Entry::sample("b", "Autre", Some("2024"));
        b.summary = "Un logiciel.".into();
        let index = TextIndex::build(&[a, b, Entry::sample("c", "Rien", Some("2024"))]);
        assert_eq!(index.ranks("logi", 3), Some(vec![0, 2, NO_MATCH]));
        assert_eq!(index.ranks("logi libre", 3), Some(vec![0, NO_MATCH, NO_MATCH]));
        assert_eq!(index.ranks("« »", 3), None);
        assert_eq!(index.ranks("zz", 3), Some(vec![NO_MATCH; 3]));
    }
}
