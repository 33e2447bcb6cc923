//! Contribution calls (`calls`), grouped by their status on today's date (with their dates
//! alone in the page written at build time).

mod call_card;
mod call_lists;
mod propose_entry;

use std::sync::Arc;

use communs_core::model::Kind;
use communs_core::search::call_groups;
use communs_core::subscription::FeedScope;
use leptos::prelude::*;

use self::call_card::call_card;
use self::call_lists::{closed_calls, open_calls};
use self::propose_entry::propose_entry;
use crate::components::data_view::DataView;
use crate::components::subscribe::Subscribe;
use crate::data::AppData;
use crate::i18n::t;
use crate::today::today;

/// The Calls view.
#[component]
pub fn Calls() -> impl IntoView {
    view! {
        <h1>{t().calls_title}</h1>
        <p class="lead">{t().calls_lead}</p>
        {crate::components::embed_snippet::embed_snippet(communs_core::route::Route::Calls, None)}
        <DataView render=|data| view! { <CallsLoaded data=data/> }.into_any()/>
        // The calls' own calendar (their deadlines) and feed (each new call).
        <Subscribe scope=FeedScope::Kind(Kind::Call)/>
    }
}

#[component]
fn CallsLoaded(data: Arc<AppData>) -> impl IntoView {
    let t = t();
    let Some(today) = today() else {
        return dated_calls(&data).into_any();
    };
    let groups = call_groups(data.catalog.entries(), &today);
    let soon = groups.closing_soon.iter().filter_map(|&i| call_card(&data, i, Some(&today))).collect_view();
    view! {
        {(!groups.closing_soon.is_empty()).then(|| view! { <section><h2>{t.closing_soon}</h2>{soon}</section> })}
        {open_calls(data.clone(), groups.open)}
        {closed_calls(data, groups.closed)}
        {propose_entry()}
    }
    .into_any()
}

/// Every call with its dates, in the data's order: what a page written at build time shows,
/// true on any day. The app groups them by today's status when it starts.
fn dated_calls(data: &AppData) -> impl IntoView {
    let calls = data.catalog.entries().iter().enumerate().filter(|(_, e)| e.kind == Kind::Call);
    let cards = calls.filter_map(|(i, _)| call_card(data, i, None)).collect_view();
    view! {
        <section><h2>{t().calls_with_dates}</h2>{cards}</section>
        {propose_entry()}
    }
}
