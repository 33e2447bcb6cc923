//! One line of the timeline.

use communs_core::display::{entry_title, kind_name, span_label};
use communs_core::route::Route;
use leptos::prelude::*;

use crate::data::AppData;
use crate::i18n::{lang, t};

/// Kind, date, "upcoming" (on or after `today`, a day number, when known), title link and people of the
/// entry at `index`; its link carries `back`, the query, for the way back.
pub fn timeline_item(data: &AppData, index: usize, back: &str, today: Option<i64>) -> Option<impl IntoView> {
    let (lang, t) = (lang(), t());
    let entry = data.catalog.entry(index)?;
    let upcoming = today.is_some_and(|today| entry.start().is_some_and(|d| d.last_day().day_number() >= today));
    let people = entry.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ");
    let kind = entry.kind.slug();
    Some(view! {
        <li class=format!("timeline-item kind-{kind}{}", if upcoming { " upcoming" } else { "" })>
            <span class=format!("badge kind-{kind}")>{kind_name(entry.kind, lang)}</span>
            {entry.date.as_ref().map(|d| view! { <span class="date">{span_label(d, lang)}</span> })}
            {upcoming.then(|| view! { <strong class="upcoming-badge">{t.upcoming}</strong> })}
            <a href=Route::Entry(entry.id.clone()).href(back)>{entry_title(entry, lang).0.to_string()}</a>
            {(!people.is_empty()).then(|| view! { <span class="people">{people}</span> })}
        </li>
    })
}
