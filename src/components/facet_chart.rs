//! Explore's charts: the counts per pillar, kind and year as bars, each bar a toggle that sets
//! the same filter as the facet's box. A chart reads its facet's own counts, so the two always
//! agree; and like the facet, a chart's counts leave its own filter out, so ticking a bar
//! leaves its bars where they are, focus included.

use std::sync::Arc;

use communs_core::display::facet_value_label;
use communs_core::search::{chart_rows, FacetKey, Query, Results, CHARTED};
use leptos::prelude::*;

use crate::browser::PRERENDERING;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::LiveQuery;

/// The three charts, under one heading.
#[component]
pub fn FacetCharts(results: Memo<Results>, filters: Memo<Query>, live: LiveQuery, data: Arc<AppData>) -> impl IntoView {
    let t = t();
    let charts = CHARTED
        .into_iter()
        .map(|key| view! { <FacetChart key=key results=results filters=filters live=live data=data.clone()/> })
        .collect_view();
    view! {
        <section class="charts" aria-labelledby="charts-title">
            <h2 id="charts-title" class="charts-title">{t.charts_label}</h2>
            {charts}
        </section>
    }
}

/// One chart: a list of bar buttons, pressed when their value is a filter.
#[component]
fn FacetChart(
    key: FacetKey,
    results: Memo<Results>,
    filters: Memo<Query>,
    live: LiveQuery,
    data: Arc<AppData>,
) -> impl IntoView {
    let t = t();
    let rows = Memo::new(move |_| {
        results.with(|r| r.facets.get(key.index()).map(|f| chart_rows(&data.catalog, f)).unwrap_or_default())
    });
    let title_id = format!("graphique-{}", key.index());
    // The bars are drawn again when the chart's counts change. Its own filter leaves them
    // unchanged (its counts leave it out), so the bar just pressed keeps the focus.
    let bars = move || {
        let rows = rows.get();
        let widest = rows.iter().map(|(_, count)| *count).max().unwrap_or(0).max(1);
        rows.into_iter()
            .map(|(value, count)| {
                // In tenths of a percent, with integers (no float formatting in the wasm), set as
                // a CSS variable through the style object: a `style` attribute would be refused
                // by the CSP (`style-src 'self'`), so a prerendered bar has none and shows its
                // count alone until the app runs.
                let tenths = count.saturating_mul(1000) / widest;
                let share = format!("{}.{}%", tenths / 10, tenths % 10);
                let label = facet_value_label(key, &value, lang());
                let pressed = {
                    let value = value.clone();
                    move || filters.with(|f| f.is_selected(key, &value)).to_string()
                };
                let toggle = move |_| {
                    let mut q = live.query.get_untracked();
                    q.toggle(key, &value);
                    live.change_query(q);
                };
                view! {
                    <li>
                        <button type="button" class="chart-bar" aria-pressed=pressed on:click=toggle>
                            <span class="chart-label">{label}</span>
                            <span class="chart-count">{(t.number)(count)}</span>
                            <span class="chart-track" aria-hidden="true"><span class="chart-fill" style:--share=(!PRERENDERING).then_some(share)></span></span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let shown = Memo::new(move |_| rows.with(|r| !r.is_empty()));
    move || {
        shown.get().then(|| {
            view! {
                <h3 class="chart-title" id=title_id.clone()>{(t.chart_title)(key)}</h3>
                <ul class="chart" aria-labelledby=title_id.clone()>{bars}</ul>
            }
        })
    }
}
