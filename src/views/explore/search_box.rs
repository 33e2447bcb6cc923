//! The search field: results follow each keystroke; the URL follows once typing pauses.

use leptos::prelude::*;

use crate::i18n::t;
use crate::query::LiveQuery;

/// The labelled search field.
pub fn search_box(live: LiveQuery) -> impl IntoView {
    let t = t();
    let query = live.query;
    let on_input = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.text = event_target_value(&ev);
        q.page = 1;
        live.type_query(q);
    };
    view! {
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
    }
}
