//! The validator's sentences, asked of the worker: the page knows where each problem is, the
//! worker (already needed for exports) says what it is, in the interface's language.

use communs_core::export::WordedProblem;
use leptos::prelude::*;

use crate::exporter::{word_problems, ExportSource};

/// Shown where a problem's sentence will be, until the worker answers.
pub const PENDING: &str = "…";

/// The sentences of the problems at `positions` in the data the app shows, asked once; `None`
/// until the worker answers, or when it cannot.
pub fn use_worded_shown(positions: Vec<usize>) -> ReadSignal<Option<Vec<WordedProblem>>> {
    let (worded, set_worded) = signal(None);
    leptos::task::spawn_local(async move {
        if let Ok(problems) = word_problems(ExportSource::Shown, positions).await {
            // The view may be gone by then: its signal with it.
            let _ = set_worded.try_set(Some(problems));
        }
    });
    worded
}

/// A problem's message, then its hint in brackets.
pub fn with_hint(problem: &WordedProblem) -> String {
    match &problem.hint {
        Some(hint) => format!("{} ({hint})", problem.message),
        None => problem.message.clone(),
    }
}
