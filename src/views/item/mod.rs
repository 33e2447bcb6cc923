//! An entry's page (`entry/:id`): everything the dataset says about it, and where to go next.

mod add_to_calendar;
mod sections;

use std::sync::Arc;

use communs_core::display::{date_label, entry_summary, entry_title, kind_name, pillar_name, span_label};
use communs_core::publication::CONTACT_EMAIL;
use communs_core::route::{Route, ID_PARAM};
use communs_core::Entry;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use self::add_to_calendar::add_to_calendar;
use self::sections::{call_section, links, organisations, people, related, tags};
use crate::components::data_view::DataView;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::search_part;
use crate::views::not_found::NotFound;

/// The item page.
#[component]
pub fn ItemPage() -> impl IntoView {
    view! { <DataView render=|data| view! { <ItemLoaded data=data/> }.into_any()/> }
}

#[component]
fn ItemLoaded(data: Arc<AppData>) -> impl IntoView {
    let params = use_params_map();
    let location = use_location();
    move || {
        let id = params.with(|p| p.get(ID_PARAM).unwrap_or_default());
        let Some(index) = data.catalog.index_of(&id) else {
            return view! { <NotFound/> }.into_any();
        };
        let Some(entry) = data.catalog.entry(index).cloned() else {
            return view! { <NotFound/> }.into_any();
        };
        // Back to the results the visitor came from: the entry's link carries their query.
        let back = Route::Explore.href(&search_part(&location.search.get()));
        entry_article(entry, back, &data, index).into_any()
    }
}

/// The page's article: heading, dates, texts, then the sections that have something to show.
fn entry_article(entry: Entry, back: String, data: &AppData, index: usize) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let (title, title_fallback) = entry_title(&entry, lang);
    let (summary, summary_fallback) = entry_summary(&entry, lang);
    let (title, summary) = (title.to_string(), summary.to_string());
    let correction = format!("mailto:{CONTACT_EMAIL}?subject=Correction%20Communs%20%3A%20{}", entry.id);
    let place = entry
        .place
        .as_ref()
        .map(|p| [p.venue.clone(), p.city.clone()].into_iter().flatten().collect::<Vec<_>>().join(", "));
    let kind = entry.kind.slug();
    view! {
        <article class=format!("item kind-{kind}")>
            <p class="back"><a href=back>{t.back_to_results}</a></p>
            <p class="card-meta">
                <span class=format!("badge kind-{kind}")>{kind_name(entry.kind, lang)}</span>
                <span>{pillar_name(entry.pillar, lang)}</span>
            </p>
            <h1 lang=title_fallback.then_some("fr")>{title}</h1>
            {title_fallback.then(|| view! { <p class="fallback-note">{t.in_french}</p> })}
            {entry.date.as_ref().map(|d| view! {
                <p class="date">{span_label(d, lang)}</p>
                {d.note.clone().map(|n| view! { <p class="muted">{t.date_note}<span lang="fr">{n}</span></p> })}
            })}
            <p class="summary" lang=summary_fallback.then_some("fr")>{summary}</p>
            {entry.description.clone().map(|d| view! { <p class="description" lang="fr">{d}</p> })}
            {place.map(|p| view! { <p>{t.place}{p}</p> })}
            {entry.call.as_deref().map(call_section)}
            {people(&entry)}
            {organisations(&entry)}
            {links(&entry)}
            {tags(&entry)}
            {related(data, index)}
            {add_to_calendar(&entry)}
            {entry.verified.as_ref().map(|d| view! { <p class="muted verified">{(t.entry_verified)(&date_label(d, lang))}</p> })}
            <p><a href=correction>{t.propose_correction}</a></p>
        </article>
    }
}
