//! "Voir aussi": the entries an entry's page suggests.

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
    let mut scored: Vec<(usize, usize)> = catalog
        .entries()
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index && !out.contains(i))
        .map(|(i, other)| (shared(other, entry), i))
        .filter(|(score, _)| *score > 1)
        .collect();
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
    fn at_most_eight_are_suggested() {
        let mut entries = vec![entry("a", &["Ada"], &[], &[])];
        entries.extend((0..20).map(|i| entry(&format!("x{i}"), &["Ada"], &[], &[])));
        let catalog = Catalog::new(entries);
        assert_eq!(related(&catalog, 0), (1..=8).collect::<Vec<_>>());
    }
}
