//! Timeline: every dated entry by year and month, with the Explore filters.

use std::sync::Arc;

use communs_core::display::{french_span, kind_label, month_name};
use communs_core::timeline::group;
use leptos::prelude::*;

use crate::components::data_view::DataView;
use crate::data::AppData;
use crate::query::{query_string, use_query};
use crate::today::today;

/// The Timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <h1>"Frise chronologique"</h1>
        <DataView render=|data| view! { <TimelineLoaded data=data/> }/>
    }
}

#[component]
fn TimelineLoaded(data: Arc<AppData>) -> impl IntoView {
    let query = use_query();
    let (oldest_first, set_oldest_first) = signal(false);
    let today = today();
    let body = move || {
        let q = query.get();
        let back = query_string(&q);
        let results = data.catalog.search(&q);
        let timeline = group(data.catalog.entries(), &results.hits, oldest_first.get());
        let item = |i: usize| {
            let entry = data.catalog.entry(i)?.clone();
            let upcoming = entry
                .start()
                .is_some_and(|d| d.last_day().day_number() >= today.day_number());
            let people = entry
                .people
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
                .join(", ");
            Some(view! {
                <li class=format!("timeline-item kind-{}{}", entry.kind.slug(), if upcoming { " upcoming" } else { "" })>
                    <span class=format!("badge kind-{}", entry.kind.slug())>{kind_label(entry.kind)}</span>
                    {entry.date.as_ref().map(|d| view! { <span class="date">{french_span(d)}</span> })}
                    {upcoming.then(|| view! { <span class="badge upcoming-badge">"à venir"</span> })}
                    <a href=format!("entry/{}{}", entry.id, back)>{entry.title.clone()}</a>
                    {(!people.is_empty()).then(|| view! { <span class="people">{people}</span> })}
                </li>
            })
        };
        let years = timeline
            .years
            .iter()
            .map(|year| {
                let months = year
                    .months
                    .iter()
                    .map(|m| {
                        let title = m.month.map(|n| format!("{} {}", month_name(n), year.year)).unwrap_or_else(|| format!("{} (mois non précisé)", year.year));
                        let items = m.entries.iter().filter_map(|&i| item(i)).collect_view();
                        view! { <section class="month"><h3>{title}</h3><ol>{items}</ol></section> }
                    })
                    .collect_view();
                view! { <section class="year" id=format!("annee-{}", year.year)><h2>{year.year}</h2>{months}</section> }
            })
            .collect_view();
        let undated = (!timeline.undated.is_empty()).then(|| {
            let items = timeline
                .undated
                .iter()
                .filter_map(|&i| item(i))
                .collect_view();
            view! { <section class="year"><h2>"Sans date"</h2><ol>{items}</ol></section> }
        });
        view! { {years}{undated} }
    };
    view! {
        <div class="timeline-bar">
            <p>{format!("Aujourd'hui : {}", communs_core::display::french_date(&today))}</p>
            <button type="button" class="button-quiet" aria-pressed=move || oldest_first.get().to_string() on:click=move |_| set_oldest_first.update(|o| *o = !*o)>
                {move || if oldest_first.get() { "Plus récents d'abord" } else { "Plus anciens d'abord" }}
            </button>
        </div>
        <div class="timeline">{body}</div>
    }
}
