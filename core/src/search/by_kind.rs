//! Entries grouped by kind, newest first: how person and organisation pages list them.

use crate::model::{Entry, Kind};

/// `entries` by kind, in [`Kind::ALL`] order, kinds without entries left out; within a kind,
/// newest first, undated last, ties in the given order.
pub fn by_kind_newest_first(entries: &[Entry]) -> Vec<(Kind, Vec<&Entry>)> {
    Kind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut of_kind: Vec<&Entry> = entries.iter().filter(|e| e.kind == kind).collect();
            crate::sort::sort_by_key(&mut of_kind, |e| std::cmp::Reverse(e.start().map(|d| d.sort_key())));
            (!of_kind.is_empty()).then_some((kind, of_kind))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_in_order_entries_newest_first_undated_last() {
        let mut interview = Entry::sample("i", "I", Some("2023-01-01"));
        interview.kind = Kind::Interview;
        let entries = vec![
            Entry::sample("old", "O", Some("2022-05-01")),
            interview,
            Entry::sample("undated", "U", None),
            Entry::sample("new", "N", Some("2024-02")),
        ];
        let groups = by_kind_newest_first(&entries);
        let ids: Vec<(Kind, Vec<&str>)> =
            groups.iter().map(|(k, list)| (*k, list.iter().map(|e| e.id.as_str()).collect())).collect();
        assert_eq!(ids, vec![(Kind::Event, vec!["new", "old", "undated"]), (Kind::Interview, vec!["i"])]);
    }
}
