//! The search field: results follow each keystroke; the URL follows once typing pauses.
//! Without JavaScript it is a plain GET form (`?q=`), which the app applies when it runs; text
//! typed before the app has arrived is answered by the written home's module
//! (`src/bin/answers.rs`), or, until that has run, told the search is coming.

use communs_core::publication::{SEARCH_FIELD_ID, SEARCH_STARTING_CLASS};
use communs_core::route::Route;
use communs_core::search::TEXT_PARAM;
use leptos::prelude::*;

use crate::i18n::t;
use crate::query::LiveQuery;

/// The labelled search field, in a form that works without JavaScript.
pub fn search_box(live: LiveQuery) -> impl IntoView {
    let t = t();
    let query = live.query;
    let on_input = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.text = event_target_value(&ev);
        q.page = 1;
        live.type_query(q);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        live.write_url();
    };
    view! {
        <search class="search-bar">
            <form method="get" action=Route::Explore.href("") on:submit=on_submit>
                <label for=SEARCH_FIELD_ID>{t.search_label}</label>
                <input
                    id=SEARCH_FIELD_ID
                    type="search"
                    name=TEXT_PARAM
                    placeholder=t.search_placeholder
                    autocomplete="off"
                    prop:value=move || query.with(|q| q.text.clone())
                    on:input=on_input
                    on:change=move |_| live.write_url()
                />
                <noscript><p class="muted">{t.search_needs_script}</p></noscript>
                // Shown by the stylesheet alone, in the page written at build time only, while
                // the field holds text the app has not yet taken (style/main.css); `hidden`
                // otherwise, and for a reader without the stylesheet. In a live region from the
                // start, so that a screen reader may read it out when it shows.
                <p role="status" class="search-starting-region">
                    <span class=format!("{SEARCH_STARTING_CLASS} muted") hidden>{t.search_starting}</span>
                </p>
            </form>
        </search>
    }
}
