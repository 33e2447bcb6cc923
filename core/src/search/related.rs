//! "Voir aussi": the entries an entry's page suggests.

use rustc_hash::FxHashMap;

use super::Catalog;
use crate::model::Entry;

/// Entries suggested beside one, at most, after its explicit `related` ones.
const MAX_SUGGESTED: usize = 8;

/// How much two entries share: a person counts 3, an organisation 2, a tag 1.
fn shared(a: &Entry, b: &Entry) -> usize {
    let people = a.people.iter().filter(|p| b.people.iter().any(|q| q.name == p.name)).count();
    let organisations = a.organisations.iter().filter(|o| b.organisations.contains(o)).count();
    let tags = a.tags.iter().filter(|t| b.tags.contains(t)).count();
    people * 3 + organisations * 2 + tags
}

/// The entries that name each person, organisation and tag: an entry that shares at least a
/// point with another is among the entries of one of its names.
pub(crate) struct SharingIndex {
    people: Postings,
    organisations: Postings,
    tags: Postings,
}

/// The entries that write each name, once per time they write it.
type Postings = FxHashMap<String, Vec<u32>>;

impl SharingIndex {
    pub(crate) fn new(entries: &[Entry]) -> SharingIndex {
        let mut index = SharingIndex {
            people: FxHashMap::default(),
            organisations: FxHashMap::default(),
            tags: FxHashMap::default(),
        };
        for (i, entry) in entries.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            for person in &entry.people {
                index.people.entry(person.name.clone()).or_default().push(i);
            }
            for organisation in &entry.organisations {
                index.organisations.entry(organisation.clone()).or_default().push(i);
            }
            for tag in &entry.tags {
                index.tags.entry(tag.clone()).or_default().push(i);
            }
        }
        index
    }

    /// `(shared(other, entry), other)` for every entry that shares something with `entry`, in
    /// file order: each of `entry`'s names, once, adds its weight for each time another entry
    /// writes it, which is what [`shared`] counts.
    fn scores_with(&self, entry: &Entry) -> Vec<(usize, usize)> {
        let mut scores: FxHashMap<u32, usize> = FxHashMap::default();
        let people = entry.people.iter().map(|p| p.name.as_str());
        let organisations = entry.organisations.iter().map(String::as_str);
        let tags = entry.tags.iter().map(String::as_str);
        let kinds: [(Vec<&str>, &Postings, usize); 3] = [
            (people.collect(), &self.people, 3),
            (organisations.collect(), &self.organisations, 2),
            (tags.collect(), &self.tags, 1),
        ];
        for (mut names, lists, weight) in kinds {
            names.sort_unstable();
            names.dedup();
            for list in names.into_iter().filter_map(|name| lists.get(name)) {
                for &i in list {
                    *scores.entry(i).or_default() += weight;
                }
            }
        }
        let mut scored: Vec<(usize, usize)> = scores.into_iter().map(|(i, score)| (score, i as usize)).collect();
        scored.sort_unstable_by_key(|&(_, i)| i);
        scored
    }
}

/// Indexes of the entries related to the entry at `index`: its `related` ids first, in their
/// order (unknown ids left out), then up to eight entries that share at least two points with
/// it (see [`shared`]), most shared first, ties in file order.
pub fn related(catalog: &Catalog, index: usize) -> Vec<usize> {
    let Some(entry) = catalog.entry(index) else {
        return Vec::new();
    };
    let mut out: Vec<usize> = Vec::new();
    for id in &entry.related {
        if let Some(found) = catalog.index_of(id).filter(|&i| i != index && !out.contains(&i)) {
            out.push(found);
        }
    }
    let scores: Vec<(usize, usize)> = match catalog.sharing() {
        Some(sharing) => sharing.scores_with(entry),
        None => catalog.entries().iter().enumerate().map(|(i, other)| (shared(other, entry), i)).collect(),
    };
    let mut scored: Vec<(usize, usize)> =
        scores.into_iter().filter(|(score, i)| *score > 1 && *i != index && !out.contains(i)).collect();
    crate::sort::sort_by_key(&mut scored, |(score, _)| std::cmp::Reverse(*score));
    out.extend(scored.into_iter().take(MAX_SUGGESTED).map(|(_, i)| i));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, people: &[&str], tags: &[&str], related: &[&str]) -> Entry {
        let json =
            format!(r#"{{"id":"{id}","kind":"initiative","title":"T {id}","summary":"S","pillar":"contribuer"}}"#);
        let mut entry: Entry = serde_json::from_str(&json).unwrap();
        entry.people = people
            .iter()
            .map(|n| serde_json::from_str(&format!(r#"{{"name":"{n}","role":"speaker"}}"#)).unwrap())
            .collect();
        entry.tags = tags.iter().map(|t| t.to_string()).collect();
        entry.related = related.iter().map(|r| r.to_string()).collect();
        entry
    }

    #[test]
    fn explicit_ones_come_first_then_the_most_shared() {
        let catalog = Catalog::new(vec![
            entry("a", &["Ada"], &["wiki", "libre"], &["d", "nope", "a"]),
            entry("b", &[], &["wiki"], &[]),
            entry("c", &["Ada"], &[], &[]),
            entry("d", &[], &[], &[]),
            entry("e", &[], &["wiki", "libre"], &[]),
        ]);
        // d is named; c shares a person (3), e two tags (2); b one tag only (1), not enough;
        // an unknown id and the entry itself are left out.
        assert_eq!(related(&catalog, 0), vec![3, 2, 4]);
        assert_eq!(related(&catalog, 99), Vec::<usize>::new());
    }

    #[test]
    fn prepared_suggestions_are_the_same_as_scanned_ones() {
        let names = ["Ada", "Bea", "Cy"];
        let tags = ["wiki", "libre", "carte", "données"];
        let entries: Vec<Entry> = (0..60)
            .map(|i| {
                let people = [names[i % 3], names[(i / 3) % 3]];
                let tagged = [tags[i % 4], tags[(i / 4) % 4]];
                entry(&format!("e{i}"), &people[..i % 3], &tagged[..i % 3], &[])
            })
            .collect();
        let scanned = Catalog::new(entries.clone());
        let prepared = Catalog::new(entries);
        prepared.prepare_pages();
        for i in 0..60 {
            assert_eq!(related(&prepared, i), related(&scanned, i), "entry {i}");
        }
        assert!((0..60).any(|i| related(&scanned, i).len() == MAX_SUGGESTED));
    }

    #[test]
    fn at_most_eight_are_suggested() {
        let mut entries = vec![entry("a", &["Ada"], &[], &[])];
        entries.extend((0..20).map(|i| entry(&format!("x{i}"), &["Ada"], &[], &[])));
        let catalog = Catalog::new(entries);
        assert_eq!(related(&catalog, 0), (1..=8).collect::<Vec<_>>());
    }
}
