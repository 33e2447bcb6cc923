//! Above the results: how many, the order, a link to this view, and the exports.

use std::sync::Arc;

use communs_core::publication::RESULTS_COUNT_ID;
use communs_core::search::{Results, Sort};
use leptos::prelude::*;

use crate::components::export_menu::ExportMenu;
use crate::components::share_link::ShareLink;
use crate::data::AppData;
use crate::i18n::t;
use crate::query::LiveQuery;

/// The count (or "preparing" while a word waits for the index), the sort menu, « Partager »
/// and « Copier le lien », and the export menu.
pub fn results_bar(live: LiveQuery, results: Memo<Results>, waiting: Memo<bool>, data: Arc<AppData>) -> impl IntoView {
    let t = t();
    let query = live.query;
    let count_text = move || match waiting.get() {
        true => t.search_preparing.to_string(),
        false => (t.results_count)(results.with(|r| r.hits.len())),
    };
    let on_sort = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.sort = Sort::from_slug(&event_target_value(&ev)).unwrap_or_default();
        q.page = 1;
        live.change_query(q);
    };
    let option = |sort: Sort, label: &'static str| view! { <option value=sort.menu_value()>{label}</option> };
    view! {
        <div class="results-bar">
            <p id=RESULTS_COUNT_ID class="count" aria-live="polite" aria-atomic="true">{count_text}</p>
            <label>
                {t.sort_by}
                <select on:change=on_sort prop:value=move || query.with(|q| q.sort.menu_value())>
                    {option(Sort::Relevance, t.sort_relevance)}
                    {option(Sort::Newest, t.sort_newest)}
                    {option(Sort::Oldest, t.sort_oldest)}
                    {option(Sort::Title, t.sort_title)}
                </select>
            </label>
            <ShareLink before=Callback::new(move |_| live.write_url())/>
            <ExportMenu data=data query=query results=results/>
        </div>
    }
}
