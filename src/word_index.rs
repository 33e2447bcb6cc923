//! The word index: the one owner of "is it ready?". The catalog builds it a step per task
//! just after the first paint (the unfiltered list does not need it), so that it is ready when
//! the visitor types; views that search text wait for it through [`search_when_ready`].

use std::sync::Arc;

use communs_core::search::{Catalog, Query, Results};
use leptos::prelude::*;

use crate::data::AppData;

/// Entries indexed per step (each is read twice): about a frame's work in the browser, so the
/// page keeps answering while a large dataset is indexed.
const ENTRIES_PER_STEP: usize = 3_000;

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

    /// Builds the index (then the other orders) after the next paint, a step per task.
    pub fn build_after_paint(data: &Arc<AppData>) {
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
        _ => query.with(|q| data.catalog.search(q)),
    });
    (results, waiting)
}
