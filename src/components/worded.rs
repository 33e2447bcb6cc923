//! The validator's sentences, asked of the worker: the page knows where each problem is, the
//! worker (already needed for exports) says what it is, in the interface's language.

use communs_core::export::WordedProblem;
use leptos::prelude::*;

use crate::exporter::{word_problems, ExportSource};
use crate::i18n::lang;

/// Shown where a problem's sentence will be, until the worker answers.
pub const PENDING: &str = "…";

/// What the worker said of some problems: nothing yet, their sentences, or nothing it could say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Worded {
    /// Not asked yet, or no answer yet.
    Pending,
    /// The sentences, in the order asked.
    Said(Vec<WordedProblem>),
    /// The worker could not answer (offline before it was ever fetched, blocked): the places
    /// stay, without their sentences.
    Unsaid,
}

impl Worded {
    /// The sentence of the `i`-th problem asked: "…" while pending, empty when unsaid.
    pub fn message(&self, i: usize) -> &str {
        match self {
            Worded::Pending => PENDING,
            Worded::Said(list) => list.get(i).map_or("", |w| w.message.as_str()),
            Worded::Unsaid => "",
        }
    }
}

/// Asks the worker, in the interface's language, for the sentences of the problems at
/// `positions` in the data the app shows, and puts the answer in `into`. The app reads that
/// data with `load`, as of its `updated`: so does the worker.
pub fn ask_worded_shown(positions: Vec<usize>, into: RwSignal<Worded>) {
    let lang = lang();
    leptos::task::spawn_local(async move {
        let worded = match word_problems(ExportSource::Shown, positions, None, lang).await {
            Ok(problems) => Worded::Said(problems),
            Err(_) => Worded::Unsaid,
        };
        // The view may be gone by then: its signal with it.
        let _ = into.try_set(worded);
    });
}

/// A problem's message, then its hint in brackets.
pub fn with_hint(problem: &WordedProblem) -> String {
    match &problem.hint {
        Some(hint) => format!("{} ({hint})", problem.message),
        None => problem.message.clone(),
    }
}
