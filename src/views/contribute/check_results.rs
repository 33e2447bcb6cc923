//! What the check found: a summary, then each problem, located at once and worded by the
//! worker a moment later; a problem selects its line.

use communs_core::export::WordedProblem;
use communs_core::{Diagnostic, Loaded};
use leptos::either::Either;
use leptos::html::Textarea;
use leptos::prelude::*;

use super::editor::select_line;
use super::Checked;
use crate::components::worded::{with_hint, PENDING};
use crate::exporter::{word_problems, ExportSource};
use crate::i18n::{lang, t};

/// Problems listed under the editor; past them, the page says how many more there are (a file
/// with thousands of bad entries would otherwise put them all in the page at each keystroke).
const LISTED: usize = 200;

/// How long the text must stay as it is before its problems are worded: typing does not
/// start a worker per keystroke.
const WORDING_PAUSE: std::time::Duration = std::time::Duration::from_millis(200);

/// The sentences of the first [`LISTED`] problems of the checked text, from the worker, with
/// the text's version they belong to: `version` moves on each change, and sentences for an
/// older text are never shown beside the new text's places.
fn use_worded_text(
    loaded: Memo<Option<Loaded>>,
    state: Checked,
) -> (RwSignal<u64>, RwSignal<(u64, Vec<WordedProblem>)>) {
    let version = RwSignal::new(0u64);
    let worded = RwSignal::new((0u64, Vec::new()));
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let lang = lang();
    let cancel = move || {
        if let Some(Some(handle)) = timer.try_get_value() {
            handle.clear();
        }
    };
    on_cleanup(cancel);
    Effect::new(move |_| {
        let (count, as_of) =
            loaded.with(|l| l.as_ref().map_or((0, None), |l| (l.diagnostics.len().min(LISTED), l.as_of)));
        let current = version.get_untracked() + 1;
        version.set(current);
        cancel();
        if count == 0 {
            return;
        }
        // The page may be gone when the timer fires or the worker answers: the signals with it.
        let ask = move || {
            let Some(text) = state.text.try_get_untracked() else { return };
            leptos::task::spawn_local(async move {
                let positions = (0..count).collect();
                if let Ok(problems) = word_problems(ExportSource::Text(text), positions, as_of, lang).await {
                    if version.try_get_untracked() == Some(current) {
                        let _ = worded.try_set((current, problems));
                    }
                }
            });
        };
        timer.set_value(set_timeout_with_handle(ask, WORDING_PAUSE).ok());
    });
    (version, worded)
}

/// One problem: level, place and message (once worded); a button that selects its line when
/// the text is in the editor.
fn problem_item(
    d: &Diagnostic,
    words: Option<&WordedProblem>,
    selectable: bool,
    editor: NodeRef<Textarea>,
) -> impl IntoView {
    let t = t();
    let line = d.line;
    let level = if d.is_error() { t.error } else { t.warning };
    let class = if d.is_error() { "diagnostic erreur" } else { "diagnostic avertissement" };
    let path = if d.path.is_empty() { String::new() } else { format!("{}{}", d.path, t.colon) };
    let words = words.map_or_else(|| PENDING.to_string(), with_hint);
    let text = format!("{}{path}{words}", (t.line_column)(d.line, d.column));
    let content = view! { <strong>{level}</strong>{t.colon}<span>{text}</span> };
    let item = if selectable {
        Either::Left(view! {
            <button type="button" class="link-button" on:click=move |_| select_line(editor, line)>{content}</button>
        })
    } else {
        Either::Right(content)
    };
    view! { <li class=class>{item}</li> }
}

/// The summary line, the first [`LISTED`] problems, and how many more there are.
pub fn check_results(loaded: Memo<Option<Loaded>>, state: Checked, editor: NodeRef<Textarea>) -> impl IntoView {
    let t = t();
    let summary = move || {
        loaded.with(|c| {
            c.as_ref().map(|loaded| {
                let valid = loaded.dataset.as_ref().map(|d| d.entries.len()).unwrap_or(0);
                (t.check_summary)(valid, loaded.total_entries, loaded.error_count(), loaded.warning_count())
            })
        })
    };
    let (version, worded) = use_worded_text(loaded, state);
    let problems = move || {
        let selectable = state.in_editor();
        let current = version.get();
        worded.with(|(of, words)| {
            let words = (*of == current).then_some(words);
            loaded.with(|l| {
                let listed = l.as_ref().map(|l| l.diagnostics.iter().take(LISTED)).into_iter().flatten();
                listed
                    .enumerate()
                    .map(|(i, d)| problem_item(d, words.and_then(|w| w.get(i)), selectable, editor))
                    .collect_view()
            })
        })
    };
    let unlisted = move || {
        let total = loaded.with(|c| c.as_ref().map_or(0, |l| l.diagnostics.len()));
        (total > LISTED).then(|| view! { <p class="muted">{(t.diagnostics_more)(total - LISTED)}</p> })
    };
    view! {
        <section aria-live="polite" class="check-results">
            <p class="count">{summary}</p>
            <ul class="diagnostics">{problems}</ul>
            {unlisted}
        </section>
    }
}
