//! One facet's values as checkboxes, with counts, sorted by count or by name.

use std::sync::Arc;

use communs_core::search::{FacetKey, Query, Results};
use leptos::prelude::*;

use super::value_label;
use crate::data::AppData;
use crate::i18n::t;
use crate::query::LiveQuery;

/// Facet values shown before "voir plus".
const FACET_PREVIEW: usize = 8;
/// Values listed when a facet is expanded: a facet with tens of thousands of values
/// (organisations in a large dataset) would otherwise put them all in the page, and rebuild
/// them on every keystroke. The search narrows the others down.
const FACET_EXPANDED: usize = 100;

/// One facet as a fieldset of checkboxes. Rows are keyed by position and follow the values
/// shown: a row's nodes stay while its value and count change, so typing or ticking updates
/// text instead of rebuilding lists. A facet's own order does not depend on its own ticks (its
/// counts leave its filter out), so the box just ticked stays where it is, focus included.
#[component]
pub fn Facet(
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
                <legend>{(t.facet_name)(key)}</legend>
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
