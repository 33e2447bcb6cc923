//! Explore (the home page): search, facets, sort and paged results, all in the URL.

mod chips;
mod facet;
mod pager;
mod pillar_subscription;
mod pillars;
mod result_list;
mod results_bar;
mod search_box;
mod written_cards;

use std::sync::Arc;

use communs_core::display::facet_value_label;
use communs_core::publication::{PILLARS_CLASS, RESULTS_COUNT_ID};
use communs_core::route::Route;
use communs_core::search::{FacetKey, Query};
use leptos::prelude::*;

use self::chips::Chips;
use self::facet::Facet;
use self::pager::Pager;
use self::pillar_subscription::pillar_subscription;
use self::pillars::Pillars;
use self::result_list::result_list;
use self::results_bar::results_bar;
use self::search_box::search_box;
use self::written_cards::written_cards;
use crate::components::data_view::DataView;
use crate::components::facet_chart::FacetCharts;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::use_live_query;
use crate::word_index::search_when_ready;

/// The Explore view.
#[component]
pub fn Explore() -> impl IntoView {
    view! {
        <h1 class="visually-hidden">{t().explore_title}</h1>
        <DataView render=|data| view! { <ExploreLoaded data=data/> }.into_any()/>
    }
}

/// How a facet value reads ("event" → "Événement").
fn value_label(key: FacetKey, value: &str) -> String {
    facet_value_label(key, value, lang())
}

#[component]
fn ExploreLoaded(data: Arc<AppData>) -> impl IntoView {
    let t = t();
    let live = use_live_query(Route::Explore);
    live.carry_written_typing();
    let query = live.query;
    let (results, waiting) = search_when_ready(data.clone(), query);
    let total = Signal::derive(move || results.with(|r| r.hits.len()));
    let (drawer, set_drawer) = signal(false);
    // The facet values and period chosen, alone: typing changes the query but not these, so
    // the boxes and the chips are left alone while the visitor types.
    let filters =
        Memo::new(move |_| query.with(|q| Query { filters: q.filters.clone(), period: q.period, ..Query::default() }));
    let clear = move |_| {
        let mut q = query.get_untracked();
        q.clear();
        live.change_query(q);
    };
    // Built once and hidden while filtering: typing or ticking a box never rebuilds it.
    let cards = written_cards(&data);
    let pillars = view! { <div class=PILLARS_CLASS hidden=move || !query.with(Query::is_unfiltered)><Pillars data=data.clone()/></div> };
    let facets = FacetKey::ALL
        .into_iter()
        .map(|key| view! { <Facet key=key results=results filters=filters live=live data=data.clone()/> })
        .collect_view();
    view! {
        {pillars}
        <div class="explore">
            {search_box(live)}
            <button type="button" class="button-quiet facets-toggle" aria-controls="filtres" aria-expanded=move || drawer.get().to_string() on:click=move |_| set_drawer.update(|o| *o = !*o)>
                {t.filters_label}
            </button>
            <aside id="filtres" class=move || if drawer.get() { "facets open" } else { "facets" } aria-label=t.filters_label>
                <FacetCharts results=results filters=filters live=live data=data.clone()/>
                {facets}
            </aside>
            <section class="results" aria-labelledby=RESULTS_COUNT_ID>
                {results_bar(live, results, waiting, data.clone())}
                <Chips filters=filters live=live/>
                {pillar_subscription(query)}
                <Show when=move || { total.get() == 0 }>
                    <div class="empty">
                        <p>{t.no_match}</p>
                        <button type="button" class="button" on:click=clear>{t.clear_filters}</button>
                    </div>
                </Show>
                {result_list(data, query, results, waiting)}
                <Pager query=query total=total/>
                {crate::components::embed_snippet::embed_snippet(Route::Explore, Some(query.into()))}
            </section>
        </div>
        {cards}
    }
}
