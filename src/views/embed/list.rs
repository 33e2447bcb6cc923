//! The list an embed of Explore shows: how many entries the filter finds, and the first page
//! of them as cards.

use communs_core::publication::RESULT_LIST_CLASS;
use communs_core::search::{page_of, Query};
use leptos::prelude::*;

use crate::components::data_view::DataView;
use crate::components::entry_card::{static_card, EntryCard};
use crate::data::AppData;
use crate::i18n::t;
use crate::word_index::search_when_ready;

/// The embed's query, handed to the loaded view through the context (`DataView` takes a plain
/// function); its own type, so that no other `Memo<Query>` in the context is taken for it.
#[derive(Clone, Copy)]
struct EmbedQuery(Memo<Query>);

/// The entries `query` finds, a page of them.
#[component]
pub fn EmbedList(query: Memo<Query>) -> impl IntoView {
    provide_context(EmbedQuery(query));
    view! { <DataView render=|data| view! { <EmbedListLoaded data=data/> }.into_any()/> }
}

#[component]
fn EmbedListLoaded(data: std::sync::Arc<AppData>) -> impl IntoView {
    let t = t();
    let query = use_context::<EmbedQuery>().map_or_else(|| Memo::new(|_| Query::default()), |given| given.0);
    let (results, waiting) = search_when_ready(data.clone(), query);
    let count = move || (t.results_count)(results.with(|r| r.hits.len()));
    let cards = move || {
        let (page, text) = query.with(|q| (q.page, q.text.clone()));
        let hits = results.with(|r| page_of(&r.hits, page));
        hits.into_iter()
            .filter_map(|i| data.catalog.entry(i))
            .map(|entry| view! { <li><EntryCard card=static_card(entry) query=text.clone()/></li> })
            .collect_view()
    };
    view! {
        <p class="count" aria-live="polite">{count}</p>
        <ol class=RESULT_LIST_CLASS aria-busy=move || waiting.get().then_some("true")>{cards}</ol>
    }
}
