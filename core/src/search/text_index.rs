//! The inverted index: every folded word, sorted, with the entries it appears in.
//!
//! Postings are stored in one array in term order, so all the words that start with a prefix
//! give one contiguous run of postings: a prefix query is two binary searches and one scan.

use rustc_hash::FxHashMap;

use super::for_each_token;
use super::written_answers::{push_numbers, read_numbers};
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
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// Builds a [`TextIndex`] a slice of entries at a time, so that a large dataset is indexed
/// between frames instead of freezing the page. Two passes over the words: the first counts
/// each word's entries, the second writes each posting in its place, so that nothing grows
/// but the final arrays, and the peak memory is the index's own.
#[derive(Default)]
pub struct TextIndexBuilder {
    /// Entries read so far in the current pass; the second pass once `runs` is set.
    next: usize,
    /// Word ids: in the order words are met during the first pass, then each word's place in
    /// sorted order (the words move into the index at the end, never copied).
    ids: FxHashMap<Box<str>, u32>,
    /// Per word id: entries that contain it, and the last of them plus one.
    counts: Vec<(u32, u32)>,
    /// Per word, in sorted order, in the second pass: where its run begins in `postings`, and
    /// where its next posting goes.
    runs: Option<Vec<(u32, u32)>>,
    starts: Vec<u32>,
    postings: Vec<u32>,
}

impl TextIndexBuilder {
    /// Reads up to `count` more entries; gives the index once every entry has been read twice.
    pub fn step(&mut self, entries: &[Entry], count: usize) -> Option<TextIndex> {
        let from = self.next.min(entries.len());
        let to = from.saturating_add(count).min(entries.len());
        let slice = entries.get(from..to).unwrap_or_default();
        match &mut self.runs {
            None => {
                let (ids, counts) = (&mut self.ids, &mut self.counts);
                for_each_word(slice, from, |index, word, _| {
                    let id = match ids.get(word) {
                        Some(&id) => id,
                        None => {
                            let id = u32::try_from(counts.len()).unwrap_or(u32::MAX);
                            ids.insert(word.into(), id);
                            counts.push((0, 0));
                            id
                        }
                    };
                    if let Some((count, last)) = counts.get_mut(id as usize) {
                        if *last != index + 1 {
                            *count += 1;
                            *last = index + 1;
                        }
                    }
                });
                self.next = to;
                if to == entries.len() {
                    self.lay_out();
                }
                None
            }
            Some(runs) => {
                let (ids, postings) = (&self.ids, &mut self.postings);
                for_each_word(slice, from, |index, word, field| {
                    let Some(run) = ids.get(word).and_then(|&id| runs.get_mut(id as usize)) else { return };
                    let packed = pack(index, field);
                    let (begin, next) = *run;
                    let last =
                        next.checked_sub(1).filter(|&last| last >= begin).and_then(|l| postings.get_mut(l as usize));
                    match last {
                        Some(last) if *last >> 2 == index => *last = (*last).min(packed),
                        _ => {
                            if let Some(slot) = postings.get_mut(next as usize) {
                                *slot = packed;
                                run.1 = next + 1;
                            }
                        }
                    }
                });
                self.next = to;
                (to == entries.len()).then(|| {
                    let mut terms: Vec<Box<str>> = vec![Box::default(); self.ids.len()];
                    for (term, rank) in self.ids.drain() {
                        if let Some(slot) = terms.get_mut(rank as usize) {
                            *slot = term;
                        }
                    }
                    TextIndex {
                        terms,
                        starts: std::mem::take(&mut self.starts),
                        postings: std::mem::take(&mut self.postings),
                    }
                })
            }
        }
    }

    /// Reads whatever is left and gives the index.
    pub fn finish(mut self, entries: &[Entry]) -> TextIndex {
        loop {
            if let Some(index) = self.step(entries, usize::MAX) {
                return index;
            }
        }
    }

    /// After the first pass: sorts the words, gives each its run for the second pass, and
    /// renumbers the words by their sorted place.
    fn lay_out(&mut self) {
        let mut sorted: Vec<(&str, u32)> = self.ids.iter().map(|(term, &id)| (&**term, id)).collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut runs = Vec::with_capacity(sorted.len());
        let mut starts = Vec::with_capacity(sorted.len() + 1);
        let mut rank_of = vec![0u32; self.counts.len()];
        let mut total = 0u32;
        for (rank, &(_, id)) in sorted.iter().enumerate() {
            starts.push(total);
            runs.push((total, total));
            if let Some(slot) = rank_of.get_mut(id as usize) {
                *slot = u32::try_from(rank).unwrap_or(u32::MAX);
            }
            total = total.saturating_add(self.counts.get(id as usize).map_or(0, |c| c.0));
        }
        starts.push(total);
        for id in self.ids.values_mut() {
            *id = rank_of.get(*id as usize).copied().unwrap_or(u32::MAX);
        }
        self.starts = starts;
        self.counts = Vec::new();
        self.postings = vec![0; total as usize];
        self.runs = Some(runs);
        self.next = 0;
    }
}

/// Calls `visit(entry, word, field)` for every folded word of the texts of `entries` (whose
/// first is entry number `first`), best field first within an entry.
fn for_each_word(entries: &[Entry], first: usize, mut visit: impl FnMut(u32, &str, Field)) {
    for (index, entry) in entries.iter().enumerate() {
        let index = u32::try_from(first + index).unwrap_or(u32::MAX >> 2);
        let mut add = |text: &str, field: Field| for_each_token(text, |word| visit(index, word, field));
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
}

impl TextIndex {
    /// Indexes the words of every entry's texts at once (see [`TextIndexBuilder`]).
    pub fn build(entries: &[Entry]) -> TextIndex {
        TextIndexBuilder::default().finish(entries)
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

    /// Appends three lines: the words, separated by spaces (a folded word has none), each
    /// word's number of postings, and the postings (see [`push_numbers`]).
    pub(crate) fn write_text(&self, out: &mut String) {
        out.push_str(&self.terms.join(" "));
        out.push('\n');
        let lengths: Vec<u32> =
            self.starts.windows(2).map(|w| w.get(1).zip(w.first()).map_or(0, |(b, a)| b - a)).collect();
        push_numbers(out, &lengths);
        push_numbers(out, &self.postings);
    }

    /// Reads [`TextIndex::write_text`]'s three lines; `None` unless the words are sorted and
    /// distinct, the runs cover the postings exactly and every posting names a field.
    pub(crate) fn read_text<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Option<TextIndex> {
        let terms: Vec<Box<str>> = lines.next()?.split(' ').filter(|t| !t.is_empty()).map(Box::from).collect();
        let lengths = read_numbers(lines.next()?)?;
        let postings = read_numbers(lines.next()?)?;
        if lengths.len() != terms.len() || !terms.windows(2).all(|w| w.first() < w.get(1)) {
            return None;
        }
        let mut starts = Vec::with_capacity(lengths.len() + 1);
        let mut total = 0u32;
        for length in lengths {
            starts.push(total);
            total = total.checked_add(length)?;
        }
        starts.push(total);
        let whole = usize::try_from(total).ok()? == postings.len();
        (whole && postings.iter().all(|p| p & 3 <= Field::Other as u32)).then_some(TextIndex {
            terms,
            starts,
            postings,
        })
    }

    /// Whether every posting names an entry below `len`.
    pub(crate) fn entries_below(&self, len: u32) -> bool {
        self.postings.iter().all(|p| p >> 2 < len)
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
