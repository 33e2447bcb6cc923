//! What the check found: a summary, then each problem, located; a problem selects its line.

use communs_core::{Diagnostic, Loaded};
use leptos::either::Either;
use leptos::html::Textarea;
use leptos::prelude::*;

use super::editor::select_line;
use super::Checked;
use crate::i18n::{lang, t};

/// Problems listed under the editor; past them, the page says how many more there are (a file
/// with thousands of bad entries would otherwise put them all in the page at each keystroke).
const LISTED: usize = 200;

/// One problem: level, place and message; a button that selects its line when the text is in
/// the editor.
fn problem_item(d: Diagnostic, selectable: bool, editor: NodeRef<Textarea>) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let line = d.line;
    let level = if d.is_error() { t.error } else { t.warning };
    let class = if d.is_error() { "diagnostic erreur" } else { "diagnostic avertissement" };
    let path = if d.path.is_empty() { String::new() } else { format!("{} : ", d.path) };
    let hint = d.hint(lang).map(|h| format!(" ({h})")).unwrap_or_default();
    let text = format!("{}{path}{}{hint}", (t.line_column)(d.line, d.column), d.message(lang));
    let content = view! { <strong>{level}</strong>" : "<span>{text}</span> };
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
#[component]
pub fn CheckResults(loaded: Memo<Option<Loaded>>, state: Checked, editor: NodeRef<Textarea>) -> impl IntoView {
    let t = t();
    let summary = move || {
        loaded.with(|c| {
            c.as_ref().map(|loaded| {
                let valid = loaded.dataset.as_ref().map(|d| d.entries.len()).unwrap_or(0);
                (t.check_summary)(valid, loaded.total_entries, loaded.error_count(), loaded.warning_count())
            })
        })
    };
    let problems = move || {
        let selectable = state.in_editor();
        let listed =
            loaded.with(|c| c.as_ref().map(|l| l.diagnostics.iter().take(LISTED).cloned().collect::<Vec<_>>()));
        listed.unwrap_or_default().into_iter().map(|d| problem_item(d, selectable, editor)).collect_view()
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
