//! Sizes beyond which data is absurd rather than big.

/// Upper bounds the validator enforces, so that hostile or broken data cannot exhaust memory
/// or bury the page. The defaults allow a 100,000-entry dataset and long descriptions.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest file, in bytes.
    pub max_file_bytes: usize,
    /// Most entries.
    pub max_entries: usize,
    /// Longest title, in characters.
    pub max_title_chars: usize,
    /// Longest summary, in characters.
    pub max_summary_chars: usize,
    /// Longest description, in characters.
    pub max_description_chars: usize,
    /// Longest name, tag, label or other short text, in characters.
    pub max_short_chars: usize,
    /// Most items in one list (tags, people, links, related…).
    pub max_list_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 200_000_000,
            max_entries: 500_000,
            max_title_chars: 300,
            max_summary_chars: 2_000,
            max_description_chars: 200_000,
            max_short_chars: 300,
            max_list_items: 200,
        }
    }
}
