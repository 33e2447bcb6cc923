//! One facet's values, interned: each distinct value gets a number, each entry a short list of
//! numbers, so counting is adding into an array, never comparing strings.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::{fold, FacetKey};
use crate::model::Entry;

/// One value of an entry for a facet: text it holds, or a year (made text once per year).
enum Value<'a> {
    Text(&'a str),
    Year(i32),
}

/// Calls `each` with every value one entry has for a facet (deduplicated later), without
/// building a list per entry.
fn for_each_value<'a>(entry: &'a Entry, key: FacetKey, mut each: impl FnMut(Value<'a>)) {
    match key {
        FacetKey::Kind => each(Value::Text(entry.kind.slug())),
        FacetKey::Pillar => each(Value::Text(entry.pillar.slug())),
        FacetKey::Year => entry.start().into_iter().for_each(|date| each(Value::Year(date.year))),
        FacetKey::Tag => entry.tags.iter().for_each(|tag| each(Value::Text(tag))),
        FacetKey::Person => entry.people.iter().for_each(|person| each(Value::Text(&person.name))),
        FacetKey::Organisation => entry.organisations.iter().for_each(|org| each(Value::Text(org))),
        FacetKey::City => {
            entry.place.iter().filter_map(|place| place.city.as_deref()).for_each(|city| each(Value::Text(city)))
        }
    }
}

/// A facet's distinct values and which of them each entry has.
pub struct FacetIndex {
    /// Which facet.
    key: FacetKey,
    /// Distinct values in byte order; a value's id is its position.
    values: Vec<Box<str>>,
    /// Per value id, its position in French name order (accents and case folded).
    name_rank: Vec<u32>,
    /// `starts[e]..starts[e + 1]` is entry `e`'s run in `ids`.
    starts: Vec<u32>,
    /// Value ids of each entry, deduplicated.
    ids: Vec<u32>,
}

impl FacetIndex {
    /// Interns the values of `key` over every entry: one pass numbers values as they come,
    /// then the numbers are remapped so that ids follow byte order.
    pub fn build(entries: &[Entry], key: FacetKey) -> FacetIndex {
        let mut seen: FxHashMap<Cow<'_, str>, u32> = FxHashMap::default();
        let mut starts = Vec::with_capacity(entries.len() + 1);
        let mut ids: Vec<u32> = Vec::with_capacity(entries.len());
        let mut years: FxHashMap<i32, u32> = FxHashMap::default();
        for entry in entries {
            let start = ids.len();
            starts.push(u32::try_from(start).unwrap_or(u32::MAX));
            for_each_value(entry, key, |value| {
                let next = u32::try_from(seen.len()).unwrap_or(u32::MAX);
                let id = match value {
                    Value::Text(text) => *seen.entry(Cow::Borrowed(text)).or_insert(next),
                    Value::Year(year) => {
                        *years.entry(year).or_insert_with(|| *seen.entry(Cow::Owned(year.to_string())).or_insert(next))
                    }
                };
                if !ids.get(start..).unwrap_or_default().contains(&id) {
                    ids.push(id);
                }
            });
        }
        starts.push(u32::try_from(ids.len()).unwrap_or(u32::MAX));
        let mut distinct: Vec<(Cow<'_, str>, u32)> = seen.into_iter().collect();
        crate::sort::sort(&mut distinct);
        let mut remap = vec![0; distinct.len()];
        for (sorted, (_, first_seen)) in distinct.iter().enumerate() {
            if let Some(slot) = remap.get_mut(*first_seen as usize) {
                *slot = u32::try_from(sorted).unwrap_or(u32::MAX);
            }
        }
        for id in &mut ids {
            *id = remap.get(*id as usize).copied().unwrap_or_default();
        }
        for run in starts.windows(2) {
            if let (Some(&from), Some(&to)) = (run.first(), run.get(1)) {
                if let Some(own) = ids.get_mut(from as usize..to as usize) {
                    own.sort_unstable();
                }
            }
        }
        let values: Vec<Box<str>> = distinct.into_iter().map(|(v, _)| Box::from(v.as_ref())).collect();
        let mut by_name: Vec<(String, u32)> =
            values.iter().enumerate().map(|(id, v)| (fold(v), u32::try_from(id).unwrap_or(u32::MAX))).collect();
        crate::sort::sort(&mut by_name);
        let mut name_rank = vec![0; values.len()];
        for (rank, (_, id)) in by_name.into_iter().enumerate() {
            if let Some(slot) = name_rank.get_mut(id as usize) {
                *slot = u32::try_from(rank).unwrap_or(u32::MAX);
            }
        }
        FacetIndex { key, values, name_rank, starts, ids }
    }

    /// Number of distinct values.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// The value ids of entry `entry`.
    pub fn of(&self, entry: usize) -> &[u32] {
        let from = self.starts.get(entry).copied().unwrap_or_default() as usize;
        let to = self.starts.get(entry + 1).copied().unwrap_or_default() as usize;
        self.ids.get(from..to).unwrap_or_default()
    }

    /// The id of `value`, if some entry has it.
    pub fn id(&self, value: &str) -> Option<u32> {
        self.values.binary_search_by(|v| (**v).cmp(value)).ok().and_then(|id| u32::try_from(id).ok())
    }

    /// The value of `id`.
    pub fn value(&self, id: u32) -> &str {
        self.values.get(id as usize).map(|v| &**v).unwrap_or_default()
    }

    /// Orders value ids for display: most results first (years: newest first), then by name;
    /// or by name alone. Sorts only the first `limit`.
    pub fn arrange(&self, ids: &mut Vec<u32>, counts: &[u32], by_name: bool, limit: usize) {
        let name = |id: u32| u64::from(self.name_rank.get(id as usize).copied().unwrap_or(u32::MAX));
        let fewer = |n: u32| u64::from(u32::MAX - n) << 32;
        // Runs on every keystroke, over every value with results: each key is packed into one
        // number (high half: fewer results or an older year first; low half: the name's rank),
        // so this shares the compiled sort of the date orders.
        let mut keyed: Vec<(u64, u32)> = ids
            .iter()
            .map(|&id| {
                let key = if by_name {
                    name(id)
                } else if self.key == FacetKey::Year {
                    fewer(id)
                } else {
                    fewer(counts.get(id as usize).copied().unwrap_or_default()) | name(id)
                };
                (key, id)
            })
            .collect();
        if limit < keyed.len() {
            keyed.select_nth_unstable(limit);
            keyed.truncate(limit);
        }
        keyed.sort_unstable();
        ids.clear();
        ids.extend(keyed.into_iter().map(|(_, id)| id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_each_value_once_and_keeps_each_entry_s_values() {
        let mut a = Entry::sample("a", "A", Some("2024"));
        a.tags = vec!["zèbre".into(), "état".into(), "zèbre".into()];
        let mut b = Entry::sample("b", "B", Some("2023"));
        b.tags = vec!["état".into()];
        let c = Entry::sample("c", "C", None);
        let tags = FacetIndex::build(&[a, b, c], FacetKey::Tag);
        assert_eq!(tags.len(), 2);
        let names = |e: usize| tags.of(e).iter().map(|&id| tags.value(id)).collect::<Vec<_>>();
        assert_eq!(names(0), ["zèbre", "état"]);
        assert_eq!(names(1), ["état"]);
        assert!(names(2).is_empty());
        let mut ids = vec![0, 1];
        tags.arrange(&mut ids, &[1, 1], true, 10);
        assert_eq!(ids.iter().map(|&id| tags.value(id)).collect::<Vec<_>>(), ["état", "zèbre"]);
    }
}
