//! Answering a typed word on the written home while the app is still on its way.
//!
//! `cargo xtask dist` writes, for a small catalog, every entry's card into the home (hidden, in
//! a `<template>`) and this word index beside them as text. A small module (`src/bin/answers.rs`)
//! reads both and shows the cards a typed word gives, in the order [`Catalog::search`] gives for
//! the same word on an unfiltered home, long before the app's own module has arrived.

use super::catalog::{best_first, Catalog};
use super::text_index::{TextIndex, NO_MATCH};

/// Up to this many entries, the home carries every card and the word index (about 700 bytes of
/// markup per entry, far less once compressed); past it, only the app answers.
pub const WRITTEN_ANSWERS_MAX_ENTRIES: usize = 300;

/// What the written home needs to answer a word: the word index and the home's order.
#[derive(Debug, PartialEq, Eq)]
pub struct WrittenAnswers {
    index: TextIndex,
    /// Entry indexes newest first: the unfiltered home's order.
    newest: Vec<u32>,
}

/// The line that begins the text form, so that any other text is refused.
const HEADER: &str = "communs-mots 1";

impl WrittenAnswers {
    /// The answers of `catalog`'s unfiltered home.
    pub fn of(catalog: &Catalog) -> WrittenAnswers {
        WrittenAnswers { index: catalog.words().clone(), newest: catalog.newest().to_vec() }
    }

    /// The entries `text` gives, as [`Catalog::search`] orders them on an unfiltered home with
    /// the default sort: best rank first, newest first within a rank. Every entry, newest first,
    /// when `text` has no word.
    pub fn hits(&self, text: &str) -> Vec<usize> {
        let Some(ranks) = self.index.ranks(text, self.newest.len()) else {
            return self.newest.iter().map(|&i| i as usize).collect();
        };
        best_first(
            self.newest
                .iter()
                .filter_map(|&i| {
                    ranks.get(i as usize).filter(|&&rank| rank != NO_MATCH).map(|&rank| (rank, i as usize))
                })
                .collect(),
        )
    }

    /// A compact text form, for a `data-` attribute: a header line, the home's order, then the
    /// index (see [`TextIndex::write_text`]). Numbers are in base 36.
    pub fn to_text(&self) -> String {
        let mut out = format!("{HEADER}\n");
        push_numbers(&mut out, &self.newest);
        self.index.write_text(&mut out);
        out
    }

    /// Reads [`WrittenAnswers::to_text`]'s form; `None` when it is not that form or does not hold
    /// together (an entry index past the entries, a run past the postings).
    pub fn from_text(text: &str) -> Option<WrittenAnswers> {
        let mut lines = text.lines();
        if lines.next()? != HEADER {
            return None;
        }
        let newest = read_numbers(lines.next()?)?;
        let index = TextIndex::read_text(&mut lines)?;
        let len = u32::try_from(newest.len()).ok()?;
        // The order names every entry once, and nothing follows the index.
        let mut seen = vec![false; newest.len()];
        let each_once = newest.iter().all(|&i| seen.get_mut(i as usize).is_some_and(|s| !std::mem::replace(s, true)));
        (each_once && index.entries_below(len) && lines.next().is_none()).then_some(WrittenAnswers { index, newest })
    }

    /// How many entries the answers are about.
    pub fn entries(&self) -> usize {
        self.newest.len()
    }
}

/// Appends `numbers` in base 36, separated by spaces, and a line end.
pub(crate) fn push_numbers(out: &mut String, numbers: &[u32]) {
    for (place, &n) in numbers.iter().enumerate() {
        if place > 0 {
            out.push(' ');
        }
        push_base36(out, n);
    }
    out.push('\n');
}

fn push_base36(out: &mut String, mut n: u32) {
    let mut digits = [0u8; 7];
    let mut len = 0;
    loop {
        if let (Some(slot), Some(digit)) = (digits.get_mut(len), char::from_digit(n % 36, 36)) {
            *slot = digit as u8;
        }
        len += 1;
        n /= 36;
        if n == 0 {
            break;
        }
    }
    for &digit in digits.iter().take(len).rev() {
        out.push(char::from(digit));
    }
}

/// Reads a line of [`push_numbers`]; `None` at anything else.
pub(crate) fn read_numbers(line: &str) -> Option<Vec<u32>> {
    line.split_ascii_whitespace().map(|n| u32::from_str_radix(n, 36).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Entry;
    use crate::search::Query;

    fn catalog() -> Catalog {
        let mut a = Entry::sample("a", "Atelier Wikipédia", Some("2024-03"));
        a.summary = "Contribuer à l’encyclopédie.".into();
        let mut b = Entry::sample("b", "Entretien", Some("2025-01"));
        b.summary = "Parle de Wikipedia et de logiciel libre.".into();
        let c = Entry::sample("c", "Wikimédia France", None);
        let mut d = Entry::sample("d", "Table ronde", Some("2024-03"));
        d.tags = vec!["wikipédia".into(), "communs".into()];
        Catalog::new(vec![a, b, c, d])
    }

    #[test]
    fn the_text_form_reads_back_and_answers_as_the_catalog_does() {
        let catalog = catalog();
        let text = WrittenAnswers::of(&catalog).to_text();
        let answers = WrittenAnswers::from_text(&text).unwrap();
        assert_eq!(answers, WrittenAnswers::of(&catalog));
        for word in ["wikipedia", "WIKI", "wiki libre", "l'encyclo", "communs", "", "« »", "zzz", "a"] {
            let query = Query { text: word.into(), ..Query::default() };
            assert_eq!(answers.hits(word), catalog.search(&query).hits, "{word:?}");
        }
    }

    #[test]
    fn any_other_text_is_refused() {
        let text = WrittenAnswers::of(&catalog()).to_text();
        assert_eq!(WrittenAnswers::from_text(""), None);
        assert_eq!(WrittenAnswers::from_text("<script>alert(1)</script>"), None);
        assert_eq!(WrittenAnswers::from_text(&text.replacen("communs-mots 1", "communs-mots 2", 1)), None);
        // An entry index past the entries.
        let mut lines: Vec<&str> = text.lines().collect();
        lines[1] = "0 1 2 zz";
        assert_eq!(WrittenAnswers::from_text(&lines.join("\n")), None);
        // An entry twice, another never.
        lines[1] = "0 1 2 2";
        assert_eq!(WrittenAnswers::from_text(&lines.join("\n")), None);
        // Something after the index.
        assert_eq!(WrittenAnswers::from_text(&format!("{text}1 2\n")), None);
        // Cut short.
        assert_eq!(WrittenAnswers::from_text(text.get(..text.len() / 2).unwrap()), None);
    }

    #[test]
    fn numbers_go_through_base_36() {
        let mut out = String::new();
        push_numbers(&mut out, &[0, 35, 36, u32::MAX]);
        assert_eq!(out, "0 z 10 1z141z3\n");
        assert_eq!(read_numbers(out.trim_end()), Some(vec![0, 35, 36, u32::MAX]));
        assert_eq!(read_numbers("1 -2"), None);
    }
}
