//! One result: kind badge, date, title (highlighted), summary and people.

use communs_core::display::{french_span, kind_label};
use communs_core::search::highlight;
use communs_core::Entry;
use leptos::prelude::*;

/// Highlighted text as nodes: matched words in `<mark>`, never HTML.
#[component]
pub fn Highlighted(text: String, query: String) -> impl IntoView {
    highlight(&text, &query)
        .into_iter()
        .map(|(piece, matched)| if matched { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
        .collect_view()
}

/// A result card linking to the entry page.
#[component]
pub fn EntryCard(entry: Entry, query: String, #[prop(optional)] back: String) -> impl IntoView {
    let href = format!("entry/{}{back}", entry.id);
    let people = entry.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", ");
    view! {
        <article class=format!("card kind-{}", entry.kind.slug())>
            <p class="card-meta">
                <span class=format!("badge kind-{}", entry.kind.slug())>{kind_label(entry.kind)}</span>
                {entry.date.as_ref().map(|d| view! { <span class="date">{french_span(d)}</span> })}
            </p>
            <h3 class="card-title">
                <a href=href><Highlighted text=entry.title.clone() query=query.clone()/></a>
            </h3>
            <p class="summary"><Highlighted text=entry.summary.clone() query=query.clone()/></p>
            {(!people.is_empty()).then(|| view! {
                <p class="people"><Highlighted text=people.clone() query=query.clone()/></p>
            })}
        </article>
    }
}
