//! The word index: the one owner of "is it ready?". A small catalog builds it at once, with
//! the catalog; a larger one a step per task just after the first paint (the unfiltered list
//! does not need it), so that it is ready when the visitor types. Views that search text wait
//! for it through [`search_when_ready`].

use std::sync::Arc;

use communs_core::search::{Catalog, Query, Results};
use leptos::prelude::*;

use crate::data::AppData;

/// Entries indexed per step (each is read twice): about a frame's work in the browser, so the
/// page keeps answering while a large dataset is indexed.
const ENTRIES_PER_STEP: usize = 3_000;

/// Up to this many entries, the index is built before the first render, with the catalog: a
/// few milliseconds on a slow phone for the shipped data (38 entries), and a word typed into
/// the written page while the app was downloading is answered in the app's first frame,
/// instead of a frame and a task later.
const BUILT_WITH_THE_CATALOG: usize = 1_000;

/// Whether the catalog's word index is built, as a signal views can follow.
pub struct WordIndex {
    ready: ArcRwSignal<bool>,
}

impl WordIndex {
    /// The readiness of `catalog`'s index, as it stands.
    pub fn of(catalog: &Catalog) -> WordIndex {
        WordIndex { ready: ArcRwSignal::new(catalog.words_ready()) }
    }

    /// True once a text query runs without building the index first (tracked).
    pub fn is_ready(&self) -> bool {
        self.ready.get()
    }

    /// Builds a small catalog's index at once, so that it is ready for the first render (see
    /// [`BUILT_WITH_THE_CATALOG`]); a larger one's waits for [`WordIndex::build_after_paint`].
    pub fn build_if_small(catalog: &Catalog) {
        if catalog.entries().len() <= BUILT_WITH_THE_CATALOG {
            crate::timing::mark("search-start");
            catalog.prepare_search();
            crate::timing::mark("search-ready");
        }
    }

    /// Builds the index (then the other orders) after the next paint, a step per task; at once
    /// done when [`WordIndex::build_if_small`] built it.
    pub fn build_after_paint(data: &Arc<AppData>) {
        if data.catalog.words_ready() && data.words.ready.get_untracked() {
            crate::browser::next_frame(crate::timing::mark_wasm_memory);
            return;
        }
        let data = Arc::clone(data);
        crate::browser::next_frame(move || {
            crate::timing::mark("search-start");
            build_step(data);
        });
    }
}

fn build_step(data: Arc<AppData>) {
    crate::browser::after(std::time::Duration::ZERO, move || {
        let done = data.catalog.prepare_search_step(ENTRIES_PER_STEP);
        if data.catalog.words_ready() && !data.words.ready.get_untracked() {
            data.words.ready.set(true);
        }
        if done {
            crate::timing::mark("search-ready");
            crate::timing::mark_wasm_memory();
        } else {
            build_step(data);
        }
    });
}

/// The results of `query`, and whether they wait for the word index. A word typed before the
/// index is ready (the first second of a 100k dataset) leaves the results as they were, and
/// runs once the index is built: building the rest at once would hold the page, the typing
/// included, until then. Queries without text never wait.
pub fn search_when_ready(data: Arc<AppData>, query: Memo<Query>) -> (Memo<Results>, Memo<bool>) {
    let waiting = {
        let data = data.clone();
        Memo::new(move |_| query.with(|q| !q.text.trim().is_empty()) && !data.words.is_ready())
    };
    let results = Memo::new(move |previous: Option<&Results>| match previous {
        Some(shown) if waiting.get() => shown.clone(),
        // A word that came before the index (typed into the written page, or `?q=`) shows the
        // list without it meanwhile, and busy: never the whole index built at once.
        None if waiting.get() => {
            let mut without_words = query.get();
            without_words.text.clear();
            data.catalog.search(&without_words)
        }
        _ => query.with(|q| data.catalog.search(q)),
    });
    (results, waiting)
}
