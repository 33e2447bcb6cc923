//! Explore (`/`): search, facets, sort and paged results, all in the URL.

use std::sync::Arc;

use communs_core::display::{facet_value_label, pillar_name, pillar_sentence};
use communs_core::search::{FacetKey, Query, Results, Sort};
use communs_core::Pillar;
use leptos::prelude::*;

use crate::components::data_view::DataView;
use crate::components::entry_card::{CardText, EntryCard};
use crate::components::export_menu::ExportMenu;
use crate::components::facet_chart::FacetCharts;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::{query_string, use_live_query, LiveQuery};

/// Results per page.
const PAGE_SIZE: usize = 20;
/// Facet values shown before "voir plus".
const FACET_PREVIEW: usize = 8;
/// Values listed when a facet is expanded: a facet with tens of thousands of values
/// (organisations in a large dataset) would otherwise put them all in the page, and rebuild
/// them on every keystroke. The search narrows the others down.
const FACET_EXPANDED: usize = 100;

/// The Explore view.
#[component]
pub fn Explore() -> impl IntoView {
    view! {
        <h1 class="visually-hidden">{t().explore_title}</h1>
        <DataView render=|data| view! { <ExploreLoaded data=data/> }.into_any()/>
    }
}

fn facet_label(key: FacetKey) -> &'static str {
    t().facet_names.get(key.index()).copied().unwrap_or_default()
}

/// How a facet value reads ("event" → "Événement").
fn value_label(key: FacetKey, value: &str) -> String {
    facet_value_label(key, value, lang())
}

#[component]
fn ExploreLoaded(data: Arc<AppData>) -> impl IntoView {
    let live = use_live_query("/");
    let query = live.query;
    // A word typed before the word index is ready (the first second of a 100k dataset) leaves
    // the list as it was, marked busy, and runs once the index is built: building the rest at
    // once would hold the page, the typing included, until then.
    let preparing = {
        let data = data.clone();
        Memo::new(move |_| query.with(|q| !q.text.trim().is_empty()) && !data.words_ready())
    };
    let results = {
        let data = data.clone();
        Memo::new(move |previous: Option<&Results>| match previous {
            Some(shown) if preparing.get() => shown.clone(),
            _ => query.with(|q| data.catalog.search(q)),
        })
    };
    let total = move || results.with(|r| r.hits.len());
    let t = t();
    let count_text = move || if preparing.get() { t.search_preparing.to_string() } else { (t.results_count)(total()) };
    let (copied, set_copied) = signal(false);
    let (drawer, set_drawer) = signal(false);
    let on_input = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.text = event_target_value(&ev);
        q.page = 1;
        live.type_query(q);
    };
    let on_sort = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.sort = match event_target_value(&ev).as_str() {
            "recent" => Sort::Newest,
            "ancien" => Sort::Oldest,
            "titre" => Sort::Title,
            _ => Sort::Relevance,
        };
        q.page = 1;
        live.change_query(q);
    };
    let clear = move |_| {
        let mut q = query.get_untracked();
        q.clear();
        live.change_query(q);
    };
    let copy_link = move |_| {
        live.write_url();
        if let Some(window) = web_sys::window() {
            let href = window.location().href().unwrap_or_default();
            let _ = window.navigator().clipboard().write_text(&href);
            set_copied.set(true);
        }
    };
    // Built once and hidden while filtering: typing or ticking a box never rebuilds it.
    let pillars = {
        let data = data.clone();
        view! { <div hidden=move || !query.with(Query::is_unfiltered)><Pillars data=data/></div> }
    };
    // The page's entries. Cards are keyed by their place on the page: when another entry takes
    // a place, its card updates text and attributes instead of being built again.
    let page_hits = Memo::new(move |_| {
        let page = query.with(|q| q.page);
        results.with(|r| {
            let pages = r.hits.len().div_ceil(PAGE_SIZE).max(1);
            let page = page.min(pages);
            r.hits.iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).copied().collect::<Vec<usize>>()
        })
    });
    let text = Memo::new(move |_| query.with(|q| q.text.clone()));
    // The facet values and period chosen, alone: typing changes the query but not these, so
    // the boxes and the chips are left alone while the visitor types.
    let filters =
        Memo::new(move |_| query.with(|q| Query { filters: q.filters.clone(), period: q.period, ..Query::default() }));
    let back = Memo::new(move |_| query.with(query_string));
    let card = {
        let data = data.clone();
        move |place: usize| {
            let data = data.clone();
            let lang = lang();
            // The card's text is worked out again only when another entry takes the place.
            let index = Memo::new(move |_| page_hits.with(|hits| hits.get(place).copied()));
            let card = Memo::new(move |_| {
                index.get().and_then(|i| data.catalog.entry(i)).map(|e| CardText::of(e, lang)).unwrap_or_default()
            });
            view! { <li><EntryCard card=card query=text back=back/></li> }
        }
    };
    view! {
        {pillars}
        <div class="explore">
            <search class="search-bar">
                <label for="recherche">{t.search_label}</label>
                <input
                    id="recherche"
                    type="search"
                    placeholder=t.search_placeholder
                    autocomplete="off"
                    prop:value=move || query.with(|q| q.text.clone())
                    on:input=on_input
                    on:change=move |_| live.write_url()
                />
            </search>
            <button type="button" class="button-quiet facets-toggle" aria-controls="filtres" aria-expanded=move || drawer.get().to_string() on:click=move |_| set_drawer.update(|o| *o = !*o)>
                {t.filters_label}
            </button>
            <aside id="filtres" class=move || if drawer.get() { "facets open" } else { "facets" } aria-label=t.filters_label>
                <FacetCharts results=results filters=filters live=live data=data.clone()/>
                {FacetKey::ALL.into_iter().map(|key| view! { <Facet key=key results=results filters=filters live=live data=data.clone()/> }).collect_view()}
            </aside>
            <section class="results" aria-labelledby="results-count">
                <div class="results-bar">
                    <p id="results-count" class="count" aria-live="polite" aria-atomic="true">{count_text}</p>
                    <label>
                        {t.sort_by}
                        <select on:change=on_sort prop:value=move || query.with(|q| q.sort.slug().unwrap_or("pertinence").to_string())>
                            <option value="pertinence">{t.sort_relevance}</option>
                            <option value="recent">{t.sort_newest}</option>
                            <option value="ancien">{t.sort_oldest}</option>
                            <option value="titre">{t.sort_title}</option>
                        </select>
                    </label>
                    <button type="button" class="button-quiet" on:click=copy_link>{t.copy_link}</button>
                    <span class="muted" role="status">{move || copied.get().then_some(t.link_copied)}</span>
                    <ExportMenu data=data.clone() query=query results=results/>
                </div>
                <Chips filters=filters live=live/>
                <Show when=move || { total() == 0 }>
                    <div class="empty">
                        <p>{t.no_match}</p>
                        <button type="button" class="button" on:click=clear>{t.clear_filters}</button>
                    </div>
                </Show>
                <ol class="result-list" aria-busy=move || preparing.get().then_some("true")><For each=move || 0..page_hits.with(Vec::len) key=|place| *place children=card/></ol>
                <Pager query=query total=Signal::derive(total)/>
            </section>
        </div>
    }
}

#[component]
fn Pillars(data: Arc<AppData>) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let items = Pillar::ALL
        .into_iter()
        .map(|pillar| {
            let count = data.catalog.entries().iter().filter(|e| e.pillar == pillar).count();
            let href = format!("./?pilier={}", pillar.slug());
            view! {
                <li class="pillar">
                    <h2><a href=href>{pillar_name(pillar, lang)}</a></h2>
                    <p>{pillar_sentence(pillar, lang)}</p>
                    <p class="muted">{(t.entries_count)(count)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="intro" aria-labelledby="intro-title">
            <h2 id="intro-title">{t.intro_title}</h2>
            <p>{t.intro_text}</p>
            <ul class="pillars">{items}</ul>
        </section>
    }
}

/// One facet as a fieldset of checkboxes. Rows are keyed by position and follow the values
/// shown: a row's nodes stay while its value and count change, so typing or ticking updates
/// text instead of rebuilding lists. A facet's own order does not depend on its own ticks (its
/// counts leave its filter out), so the box just ticked stays where it is, focus included.
#[component]
fn Facet(
    key: FacetKey,
    results: Memo<Results>,
    filters: Memo<Query>,
    live: LiveQuery,
    data: Arc<AppData>,
) -> impl IntoView {
    let t = t();
    let query = live.query;
    let (expanded, set_expanded) = signal(false);
    let (by_name, set_by_name) = signal(false);
    let slot = key.index();
    let total_values = move || results.with(|r| r.facets.get(slot).map_or(0, |f| f.len()));
    let rows = Memo::new(move |_| {
        let limit = if expanded.get() { FACET_EXPANDED } else { FACET_PREVIEW };
        let by_name = by_name.get();
        // Kinds and pillars read as translated labels: sort those few by label.
        let by_label = by_name && matches!(key, FacetKey::Kind | FacetKey::Pillar);
        let mut rows = results.with(|r| {
            r.facets.get(slot).map(|f| data.catalog.facet_rows(f, by_name && !by_label, limit)).unwrap_or_default()
        });
        if by_label {
            communs_core::sort::sort_by_key(&mut rows, |(v, _)| communs_core::search::fold(&value_label(key, v)));
        }
        rows
    });
    let row = move |position: usize| {
        let value = Memo::new(move |_| rows.with(|r| r.get(position).map(|(v, _)| v.clone()).unwrap_or_default()));
        let label = move || value.with(|v| value_label(key, v));
        let count = move || rows.with(|r| r.get(position).map_or(0, |(_, c)| *c));
        let checked = move || value.with(|v| filters.with(|f| f.is_selected(key, v)));
        let toggle = move |_| {
            let mut q = query.get_untracked();
            q.toggle(key, &value.get_untracked());
            live.change_query(q);
        };
        view! {
            <li>
                <label>
                    <input type="checkbox" prop:checked=checked on:change=toggle/>
                    <span class="facet-value">{label}</span>
                    <span class="facet-count">{move || (t.number)(count())}</span>
                </label>
            </li>
        }
    };
    view! {
        <Show when=move || { total_values() > 0 }>
            <fieldset class="facet">
                <legend>{facet_label(key)}</legend>
                <Show when=move || { total_values() > 3 }>
                    <button type="button" class="button-quiet facet-sort" on:click=move |_| set_by_name.update(|b| *b = !*b)>
                        {move || if by_name.get() { t.facet_sort_count } else { t.facet_sort_name }}
                    </button>
                </Show>
                <ul>
                    <For each=move || 0..rows.with(Vec::len) key=|position| *position children=row/>
                </ul>
                <Show when=move || { expanded.get() && total_values() > FACET_EXPANDED }>
                    <p class="muted facet-capped">{move || (t.facet_capped)(FACET_EXPANDED, total_values())}</p>
                </Show>
                <Show when=move || { total_values() > FACET_PREVIEW }>
                    <button type="button" class="button-quiet" aria-expanded=move || expanded.get().to_string() on:click=move |_| set_expanded.update(|e| *e = !*e)>
                        {move || if expanded.get() { t.show_less.to_string() } else { (t.show_more)(total_values()) }}
                    </button>
                </Show>
            </fieldset>
        </Show>
    }
}

#[component]
fn Chips(filters: Memo<Query>, live: LiveQuery) -> impl IntoView {
    let t = t();
    let query = live.query;
    move || {
        let q = filters.get();
        if q.filters.is_empty() && q.period.is_none() {
            return ().into_any();
        }
        let period_chip = q.period.map(|(from, to)| {
            let text = (t.period_chip)(&from.to_string(), &to.to_string());
            let remove = move |_| {
                let mut q = query.get_untracked();
                q.set_period(None, None);
                live.change_query(q);
            };
            view! {
                <li><button type="button" class="chip" on:click=remove aria-label=(t.remove_filter)(&text)>{text.clone()}" ×"</button></li>
            }
        });
        let chips = q
            .filters
            .iter()
            .flat_map(|(key, values)| values.iter().map(move |v| (*key, v.clone())))
            .map(|(key, value)| {
                let text = format!("{} : {}", facet_label(key), value_label(key, &value));
                let remove = move |_| {
                    let mut q = query.get_untracked();
                    q.toggle(key, &value);
                    live.change_query(q);
                };
                view! {
                    <li><button type="button" class="chip" on:click=remove aria-label=(t.remove_filter)(&text)>{text.clone()}" ×"</button></li>
                }
            })
            .collect_view();
        let clear_all = move |_| {
            let mut q = query.get_untracked();
            q.filters.clear();
            q.set_period(None, None);
            live.change_query(q);
        };
        view! {
            <ul class="chips" aria-label=t.active_filters>
                {chips}
                {period_chip}
                <li><button type="button" class="button-quiet" on:click=clear_all>{t.clear_all}</button></li>
            </ul>
        }
        .into_any()
    }
}

#[component]
fn Pager(query: Memo<Query>, total: Signal<usize>) -> impl IntoView {
    let t = t();
    let pages = move || total.get().div_ceil(PAGE_SIZE).max(1);
    let page = move || query.with(|q| q.page).min(pages());
    let link = move |target: usize| {
        let mut q = query.get();
        q.page = target;
        format!("./{}", query_string(&q))
    };
    move || {
        (pages() > 1).then(|| {
            view! {
                <nav class="pager" aria-label=t.pages_label>
                    {(page() > 1).then(|| view! { <a href=link(page() - 1) rel="prev">{t.previous}</a> })}
                    <span>{(t.page_of)(page(), pages())}</span>
                    {(page() < pages()).then(|| view! { <a href=link(page() + 1) rel="next">{t.next}</a> })}
                </nav>
            }
        })
    }
}
