//! Timeline (`timeline`): every dated entry by year and month, with the Explore filters and a
//! month strip.

mod months;
mod timeline_item;

use std::sync::Arc;

use communs_core::display::{date_label, month_name_in};
use communs_core::model::PartialDate;
use communs_core::route::Route;
use communs_core::search::{Query, Sort, YearMonth};
use communs_core::subscription::FeedScope;
use communs_core::timeline::month_counts;
use leptos::prelude::*;

use self::months::months;
use crate::components::data_view::DataView;
use crate::components::embed_snippet::Embedded;
use crate::components::month_strip::MonthStrip;
use crate::components::subscribe::Subscribe;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::use_live_query;
use crate::today::today;

/// The Timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <h1>{t().timeline_title}</h1>
        <DataView render=|data| view! { <TimelineLoaded data=data/> }.into_any()/>
    }
}

/// "Aujourd'hui : 30 novembre 2026" in the browser; in a page written at build time, which
/// cannot know the day it is read, the dataset's date instead.
fn today_line(today: Option<&PartialDate>, updated: &PartialDate) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let (label, date) = match today {
        Some(today) => (t.today, today),
        None => (t.data_as_of, updated),
    };
    view! { <p>{label}<time>{date_label(date, lang)}</time></p> }
}

/// The query in date order, newest or oldest first.
fn in_date_order(query: &Query, oldest: bool) -> Query {
    Query { sort: if oldest { Sort::Oldest } else { Sort::Newest }, ..query.clone() }
}

/// What the timeline's visitor subscribes to: the filter's own calendar and feed where one holds
/// it (one pillar, one kind), else the whole ones, which its label names.
fn subscription(query: Memo<Query>) -> Memo<FeedScope> {
    Memo::new(move |_| query.with(FeedScope::of_query).unwrap_or(FeedScope::All))
}

#[component]
fn TimelineLoaded(data: Arc<AppData>) -> impl IntoView {
    let live = use_live_query(Embedded::page_of(Route::Timeline));
    let query = live.query;
    let (lang, t) = (lang(), t());
    let (oldest_first, set_oldest_first) = signal(false);
    let today = today();
    // The hits come in the catalog's date order, which the timeline only cuts into months.
    // The strip spans every dated result without the period, so that it can be widened again;
    // newest first and without a period, the list shows those same hits: the search runs once.
    let unbounded = {
        let data = data.clone();
        Memo::new(move |_| query.with(|q| data.catalog.hits(&Query { period: None, ..in_date_order(q, false) })))
    };
    let results = {
        let data = data.clone();
        Memo::new(move |_| {
            let oldest = oldest_first.get();
            query.with(|q| match q.period.is_none() && !oldest {
                true => unbounded.get(),
                false => data.catalog.hits(&in_date_order(q, oldest)),
            })
        })
    };
    let strip_counts = {
        let data = data.clone();
        Memo::new(move |_| unbounded.with(|hits| month_counts(data.catalog.entries(), hits)))
    };
    let set_period = move |from: Option<YearMonth>, to: Option<YearMonth>| {
        let mut q = query.get_untracked();
        q.set_period(from, to);
        live.change_query(q);
    };
    let period_text = move || {
        query.with(|q| q.period).map(|(from, to)| {
            let name = |m: YearMonth| format!("{} {}", month_name_in(m.month, lang), m.year);
            (t.period)(&name(from), &name(to))
        })
    };
    view! {
        <div class="timeline-bar">
            {today_line(today.as_ref(), &data.updated)}
            <button type="button" class="button-quiet" aria-pressed=move || oldest_first.get().to_string() on:click=move |_| set_oldest_first.update(|o| *o = !*o)>
                {move || if oldest_first.get() { t.newest_first } else { t.oldest_first }}
            </button>
            {crate::components::embed_snippet::embed_snippet(Route::Timeline, Some(query.into()))}
        </div>
        <MonthStrip counts=strip_counts period=Signal::derive(move || query.with(|q| q.period)) today=today on_period=set_period/>
        {move || period_text().map(|text| view! {
            <p class="period">{text}" "<button type="button" class="chip" on:click=move |_| set_period(None, None)>{t.whole_period}</button></p>
        })}
        <Subscribe scope=subscription(query)/>
        <div class="timeline">{months(data, query, results)}</div>
    }
}
