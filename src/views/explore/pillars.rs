//! The four pillars, shown above the results while nothing narrows them.

use std::sync::Arc;

use communs_core::display::{pillar_name, pillar_sentence};
use communs_core::route::Route;
use communs_core::search::Query;
use communs_core::Pillar;
use leptos::prelude::*;

use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::link;

/// The introduction and one card per pillar, with its entry count and a link to its entries.
#[component]
pub fn Pillars(data: Arc<AppData>) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let items = Pillar::ALL
        .into_iter()
        .map(|pillar| {
            let count = data.catalog.entries().iter().filter(|e| e.pillar == pillar).count();
            view! {
                <li class="pillar">
                    <h2><a href=link(&Route::Explore, &Query::of_pillar(pillar))>{pillar_name(pillar, lang)}</a></h2>
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
