//! Results in pages: how many pages, and which results a page shows.

/// Results per page.
pub const PAGE_SIZE: usize = 20;

/// How many pages `total` results fill (at least one, so that an empty list is page 1 of 1).
pub fn page_count(total: usize) -> usize {
    total.div_ceil(PAGE_SIZE).max(1)
}

/// The results page `page` (1-based) shows; a page past the last shows the last.
pub fn page_of<T: Copy>(hits: &[T], page: usize) -> Vec<T> {
    let page = page.clamp(1, page_count(hits.len()));
    hits.iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cut_the_results_and_a_page_too_far_shows_the_last() {
        let hits: Vec<usize> = (0..45).collect();
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(45), 3);
        assert_eq!(page_of(&hits, 1), (0..20).collect::<Vec<_>>());
        assert_eq!(page_of(&hits, 3), (40..45).collect::<Vec<_>>());
        assert_eq!(page_of(&hits, 9), (40..45).collect::<Vec<_>>());
        assert_eq!(page_of(&hits, 0), (0..20).collect::<Vec<_>>());
        assert!(page_of::<usize>(&[], 1).is_empty());
    }
}
