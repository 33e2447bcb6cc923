//! How many of the entries on screen a file would hold, for the export buttons' labels.

use std::sync::Arc;

use communs_core::search::Results;
use communs_core::Entry;
use leptos::prelude::*;

use crate::data::AppData;

/// Entries that only some files can hold.
#[derive(Clone, Copy)]
pub enum Exportable {
    /// Events with a date: what a calendar lists.
    DatedEvents,
    /// Entries with coordinates: what a map shows.
    Places,
}

impl Exportable {
    fn holds(self, entry: &Entry) -> bool {
        match self {
            Exportable::DatedEvents => entry.is_dated_event(),
            Exportable::Places => entry.has_coordinates(),
        }
    }
}

/// The count of `what` among the results, worked out only while `open` is true (0 otherwise).
pub fn exportable_count(
    data: Arc<AppData>,
    results: Memo<Results>,
    open: ReadSignal<bool>,
    what: Exportable,
) -> Memo<usize> {
    Memo::new(move |_| {
        if !open.get() {
            return 0;
        }
        results.with(|r| r.hits.iter().filter(|&&i| data.catalog.entry(i).is_some_and(|e| what.holds(e))).count())
    })
}
