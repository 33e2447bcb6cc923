//! One result: kind badge, date, title (highlighted), summary and people.

use communs_core::display::{entry_summary, entry_title, kind_name, span_label, Lang};
use communs_core::route::Route;
use communs_core::search::highlight;
use communs_core::Entry;
use leptos::prelude::*;

use crate::i18n::{lang, t};

/// Highlighted text as nodes: matched words in `<mark>`, never HTML.
fn marked(text: &str, query: &str) -> impl IntoView {
    highlight(text, query)
        .into_iter()
        .map(|(piece, matched)| if matched { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
        .collect_view()
}

/// What a card shows of an entry, in the interface's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardText {
    id: String,
    kind: &'static str,
    kind_name: &'static str,
    date: Option<String>,
    title: String,
    /// True when the title is shown in French for want of a translation.
    title_fallback: bool,
    summary: String,
    summary_fallback: bool,
    people: String,
}

impl CardText {
    /// The card of `entry` in `lang`.
    pub fn of(entry: &Entry, lang: Lang) -> CardText {
        let (title, title_fallback) = entry_title(entry, lang);
        let (summary, summary_fallback) = entry_summary(entry, lang);
        CardText {
            id: entry.id.clone(),
            kind: entry.kind.slug(),
            kind_name: kind_name(entry.kind, lang),
            date: entry.date.as_ref().map(|d| span_label(d, lang)),
            title: title.to_string(),
            title_fallback,
            summary: summary.to_string(),
            summary_fallback,
            people: entry.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", "),
        }
    }
}

/// A result card linking to the entry page. In English, French-only text says so. Everything
/// follows its signals: a card whose place in the list gets another entry updates its text
/// instead of being rebuilt, and the query (highlights) and `back` (the link's query string)
/// may change while it stays.
#[component]
pub fn EntryCard(
    #[prop(into)] card: Signal<CardText>,
    #[prop(into)] query: Signal<String>,
    #[prop(optional, into)] back: Signal<String>,
) -> impl IntoView {
    let t = t();
    // Each text follows the card and the query on its own: a keystroke rewrites highlights only.
    let highlighted = move |field: fn(&CardText) -> &String| move || card.with(|c| marked(field(c), &query.read()));
    let fallback = move |field: fn(&CardText) -> bool| move || card.with(field).then_some("fr");
    let kind_class = move |base: &'static str| move || card.with(|c| format!("{base} kind-{}", c.kind));
    view! {
        <article class=kind_class("card")>
            <p class="card-meta">
                <span class=kind_class("badge")>{move || card.with(|c| c.kind_name)}</span>
                {move || card.with(|c| c.date.clone()).map(|d| view! { <span class="date">{d}</span> })}
            </p>
            <h3 class="card-title">
                <a href=move || card.with(|c| Route::Entry(c.id.clone()).href(&back.read())) lang=fallback(|c| c.title_fallback)>
                    {highlighted(|c| &c.title)}
                </a>
                {move || card.with(|c| c.title_fallback).then(|| view! { <span class="fallback-note">{t.in_french}</span> })}
            </h3>
            <p class="summary" lang=fallback(|c| c.summary_fallback)>{highlighted(|c| &c.summary)}</p>
            {move || (!card.with(|c| c.people.is_empty())).then(|| view! { <p class="people">{highlighted(|c| &c.people)}</p> })}
        </article>
    }
}

/// A card for an entry that stays as it is.
pub fn static_card(entry: &Entry) -> Signal<CardText> {
    Signal::stored(CardText::of(entry, lang()))
}
