//! Any bytes through the whole path a dataset takes: UTF-8 check, validation, indexing and a
//! search with the text as query. It must never panic, hang, or grow memory without bound.
#![no_main]

use communs_core::display::Lang;
use communs_core::search::{Catalog, Query};
use communs_core::{load, Diagnostic};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let loaded = load(text);
    assert!(loaded.dataset.is_some() || loaded.error_count() > 0);
    assert!(loaded.diagnostics.iter().all(|d: &Diagnostic| d.line >= 1 && d.column >= 1));
    // Every problem can be said in both languages.
    for d in loaded.diagnostics.iter().take(50) {
        assert!([Lang::Fr, Lang::En].iter().all(|&lang| !d.message(lang).is_empty() && !d.located(lang).is_empty()));
    }
    if let Some(dataset) = loaded.dataset {
        assert!(dataset.entries.len() <= loaded.total_entries);
        let catalog = Catalog::new(dataset.entries);
        let query_text: String = text.chars().take(12).collect();
        let query = Query::from_pairs([("q", query_text.as_str()), ("type", "event")]);
        let results = catalog.search(&query);
        assert!(results.hits.len() <= catalog.entries().len());
    }
});
