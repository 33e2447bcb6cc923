//! One compiled copy of the sort for the paths that sort rarely or little: views, validation
//! reports, the query's filters, the facets' value names and the title order (built once,
//! after the first paint).
//!
//! Every `sort_by` on a new element type or comparator compiles the standard library's whole
//! sort again, kilobytes of wasm each time. These callers share one: it orders positions through a
//! comparator object, then moves the items into that order. The sorts of the load and of every
//! keystroke (relevance ranks, word list, date orders, facet rows) keep specialised ones.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => compare(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, keeping equal items in their order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` sorted by `compare`: the one compiled sort that callers share.
#[inline(never)]
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_equal_keys_in_their_order() {
        let mut items = vec![(2, "b"), (1, "a"), (2, "a"), (0, "z"), (1, "b")];
        sort_by_key(&mut items, |&(n, _)| n);
        assert_eq!(items, vec![(0, "z"), (1, "a"), (1, "b"), (2, "b"), (2, "a")]);
    }

    #[test]
    fn sorts_with_a_comparator_and_in_natural_order() {
        let mut words = vec!["poire".to_string(), "abricot".into(), "figue".into()];
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["poire", "figue", "abricot"]);
        sort(&mut words);
        assert_eq!(words, ["abricot", "figue", "poire"]);
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, 0u16..1000), 0..200)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut standard = items;
            standard.sort_by_key(|&(k, _)| k);
            proptest::prop_assert_eq!(ours, standard);
        }
    }
}
