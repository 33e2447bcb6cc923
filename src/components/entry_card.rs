//! One result: kind badge, date, title (highlighted), summary and people.

use communs_core::display::{entry_summary, entry_title, kind_name, span_label};
use communs_core::search::highlight;
use communs_core::Entry;
use leptos::prelude::*;

use crate::i18n::{lang, t};

/// Highlighted text as nodes: matched words in `<mark>`, never HTML. Follows the query as it
/// is typed, without rebuilding the card around it.
#[component]
pub fn Highlighted(text: String, #[prop(into)] query: Signal<String>) -> impl IntoView {
    move || {
        highlight(&text, &query.read())
            .into_iter()
            .map(|(piece, matched)| if matched { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
            .collect_view()
    }
}

/// A result card linking to the entry page. In English, French-only text says so. The query
/// (highlights) and `back` (the link's query string) may change while the card stays.
#[component]
pub fn EntryCard(
    entry: Entry,
    #[prop(into)] query: Signal<String>,
    #[prop(optional, into)] back: Signal<String>,
) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let id = entry.id.clone();
    let href = move || format!("entry/{id}{}", back.read());
    let people = entry.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", ");
    let (title, title_fallback) = entry_title(&entry, lang);
    let (summary, summary_fallback) = entry_summary(&entry, lang);
    let (title, summary) = (title.to_string(), summary.to_string());
    view! {
        <article class=format!("card kind-{}", entry.kind.slug())>
            <p class="card-meta">
                <span class=format!("badge kind-{}", entry.kind.slug())>{kind_name(entry.kind, lang)}</span>
                {entry.date.as_ref().map(|d| view! { <span class="date">{span_label(d, lang)}</span> })}
            </p>
            <h3 class="card-title">
                <a href=href lang=title_fallback.then_some("fr")><Highlighted text=title query=query/></a>
                {title_fallback.then(|| view! { <span class="fallback-note">{t.in_french}</span> })}
            </h3>
            <p class="summary" lang=summary_fallback.then_some("fr")><Highlighted text=summary query=query/></p>
            {(!people.is_empty()).then(|| view! {
                <p class="people"><Highlighted text=people.clone() query=query/></p>
            })}
        </article>
    }
}
