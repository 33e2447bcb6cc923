//! The current page of results, as cards.

use std::sync::Arc;

use communs_core::publication::RESULT_LIST_CLASS;
use communs_core::search::{page_of, Query, Results};
use leptos::prelude::*;

use crate::components::entry_card::{CardText, EntryCard};
use crate::data::AppData;
use crate::i18n::lang;
use crate::query::query_string;

/// The page's entries. Cards are keyed by their place on the page: when another entry takes a
/// place, its card updates text and attributes instead of being built again. Marked busy while
/// a typed word waits for the word index.
pub fn result_list(
    data: Arc<AppData>,
    query: Memo<Query>,
    results: Memo<Results>,
    waiting: Memo<bool>,
) -> impl IntoView {
    let page_hits = Memo::new(move |_| {
        let page = query.with(|q| q.page);
        results.with(|r| page_of(&r.hits, page))
    });
    let text = Memo::new(move |_| query.with(|q| q.text.clone()));
    // The query, for each card's way back.
    let back = Memo::new(move |_| query.with(query_string));
    let card = move |place: usize| {
        let data = data.clone();
        let lang = lang();
        // The card's text is worked out again only when another entry takes the place.
        let index = Memo::new(move |_| page_hits.with(|hits| hits.get(place).copied()));
        let card = Memo::new(move |_| {
            index.get().and_then(|i| data.catalog.entry(i)).map(|e| CardText::of(e, lang)).unwrap_or_default()
        });
        view! { <li><EntryCard card=card query=text back=back/></li> }
    };
    view! {
        <ol class=RESULT_LIST_CLASS aria-busy=move || waiting.get().then_some("true")>
            <For each=move || 0..page_hits.with(Vec::len) key=|place| *place children=card/>
        </ol>
    }
}
