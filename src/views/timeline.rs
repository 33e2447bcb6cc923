//! Timeline: every dated entry by year and month, with the Explore filters and a month strip.

use std::sync::Arc;

use communs_core::display::{date_label, entry_title, kind_name, month_name_in, span_label};
use communs_core::search::{Query, Sort, YearMonth};
use communs_core::timeline::{group, month_counts};
use leptos::prelude::*;

use crate::components::data_view::DataView;
use crate::components::month_strip::MonthStrip;
use crate::components::near_viewport::NearViewportBuilder;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::{query_string, use_query, use_set_query};
use crate::today::today;

/// Entries rendered at once; the rest follow, [`MORE_ITEMS`] per frame.
const FIRST_ITEMS: usize = 150;
/// Entries added per animation frame after the first ones.
const MORE_ITEMS: usize = 500;
/// Entries drawn without waiting for the visitor to come near them: a timeline up to this size is
/// drawn whole within a few frames (find in page and printing see all of it). Past it, a month is
/// drawn when it comes within a screen of the viewport or takes the focus, so that a timeline of
/// 100,000 entries does not put a million and a half elements in the page.
const DRAWN_AHEAD: usize = 2_000;

/// Grows `budget` by [`MORE_ITEMS`] each frame until it covers `total`, then marks the
/// timeline drawn (`communs:timeline-drawn`, for the bench). Stops by itself when the list it
/// belongs to is gone (the signal is disposed with it).
fn reveal(budget: RwSignal<usize>, total: usize) {
    request_animation_frame(move || {
        let grown = budget.try_update(|b| {
            *b = b.saturating_add(MORE_ITEMS);
            *b
        });
        match grown {
            Some(b) if b < total => reveal(budget, total),
            Some(_) => crate::timing::mark("timeline-drawn"),
            None => {}
        }
    });
}

/// One line of the timeline: kind, date, "upcoming", title link and people.
fn item(data: &AppData, index: usize, back: &str, today: i64) -> Option<impl IntoView> {
    let (lang, t) = (lang(), t());
    let entry = data.catalog.entry(index)?;
    let upcoming = entry.start().is_some_and(|d| d.last_day().day_number() >= today);
    let people = entry.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ");
    let kind = entry.kind.slug();
    Some(view! {
        <li class=format!("timeline-item kind-{kind}{}", if upcoming { " upcoming" } else { "" })>
            <span class=format!("badge kind-{kind}")>{kind_name(entry.kind, lang)}</span>
            {entry.date.as_ref().map(|d| view! { <span class="date">{span_label(d, lang)}</span> })}
            {upcoming.then(|| view! { <strong class="upcoming-badge">{t.upcoming}</strong> })}
            <a href=format!("entry/{}{back}", entry.id)>{entry_title(entry, lang).0.to_string()}</a>
            {(!people.is_empty()).then(|| view! { <span class="people">{people}</span> })}
        </li>
    })
}

/// The Timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <h1>{t().timeline_title}</h1>
        <DataView render=|data| view! { <TimelineLoaded data=data/> }.into_any()/>
    }
}

/// `id` of a month's section, for the strip's jumps.
pub fn month_anchor(month: YearMonth) -> String {
    format!("mois-{month}")
}

#[component]
fn TimelineLoaded(data: Arc<AppData>) -> impl IntoView {
    let query = use_query();
    let set_query = use_set_query();
    let (lang, t) = (lang(), t());
    let (oldest_first, set_oldest_first) = signal(false);
    let today = today();
    // The hits come in the catalog's date order, which the timeline only cuts into months.
    // The strip spans every dated result without the period, so that it can be widened again;
    // newest first and without a period, the list shows those same hits: the search runs once.
    let in_date_order =
        |q: &Query, oldest: bool| Query { sort: if oldest { Sort::Oldest } else { Sort::Newest }, ..q.clone() };
    let unbounded = {
        let data = data.clone();
        Memo::new(move |_| query.with(|q| data.catalog.hits(&Query { period: None, ..in_date_order(q, false) })))
    };
    let results = {
        let data = data.clone();
        Memo::new(move |_| {
            let oldest = oldest_first.get();
            query.with(|q| {
                if q.period.is_none() && !oldest {
                    unbounded.get()
                } else {
                    data.catalog.hits(&in_date_order(q, oldest))
                }
            })
        })
    };
    let strip_counts = {
        let data = data.clone();
        Memo::new(move |_| unbounded.with(|hits| month_counts(data.catalog.entries(), hits)))
    };
    let set_period = {
        let set_query = set_query.clone();
        move |from: Option<YearMonth>, to: Option<YearMonth>| {
            let mut q: Query = query.get_untracked();
            q.set_period(from, to);
            set_query("/timeline", q, false);
        }
    };
    let body = move || {
        let back = query.with(query_string);
        let hits = results.get();
        let timeline = group(data.catalog.entries(), &hits);
        let now = today.day_number();
        // Months fill in a few hundred entries per frame: the first ones paint at once, and
        // every heading (the strip's jump targets) is there from the start.
        let budget = RwSignal::new(FIRST_ITEMS);
        let mut near = NearViewportBuilder::default();
        let mut offset = 0;
        // A part's list of entries (empty until reached, its height kept by `--items`) and the
        // slot its section carries.
        let mut section = |entries: &[usize]| {
            let (data, back, entries, from) = (data.clone(), back.clone(), entries.to_vec(), offset);
            offset += entries.len();
            let size = entries.len().to_string();
            let slot = near.slot();
            // A memo, so that each month renders once, when the budget or the visitor first
            // reaches it.
            let reached = Memo::new(move |_| from < budget.get() || slot.near.get());
            let items = move || {
                reached.get().then(|| entries.iter().filter_map(|&i| item(&data, i, &back, now)).collect_view())
            };
            (view! { <ol style:--items=size class:pending=move || !reached.get()>{items}</ol> }, slot)
        };
        let count = hits.len();
        let years = timeline
            .years
            .iter()
            .map(|year| {
                let months = year
                    .months
                    .iter()
                    .map(|m| {
                        let (title, anchor) = match m.month {
                            Some(n) => (
                                format!("{} {}", month_name_in(n, lang), year.year),
                                month_anchor(YearMonth { year: year.year, month: n }),
                            ),
                            None => ((t.month_unknown)(year.year), format!("annee-{}-sans-mois", year.year)),
                        };
                        let (list, slot) = section(&m.entries);
                        view! {
                            <section class="month" id=anchor tabindex="-1" data-slot=slot.index on:focusin=move |_| slot.near.set(true)>
                                <h3>{title}</h3>
                                {list}
                            </section>
                        }
                    })
                    .collect_view();
                view! { <section class="year" id=format!("annee-{}", year.year)><h2>{year.year}</h2>{months}</section> }
            })
            .collect_view();
        let undated = (!timeline.undated.is_empty()).then(|| {
            let (list, slot) = section(&timeline.undated);
            view! {
                <section class="year" data-slot=slot.index on:focusin=move |_| slot.near.set(true)>
                    <h2>{t.undated}</h2>
                    {list}
                </section>
            }
        });
        if count > FIRST_ITEMS {
            reveal(budget, count.min(DRAWN_AHEAD));
        } else {
            crate::timing::mark("timeline-drawn");
        }
        if count > DRAWN_AHEAD {
            // Stops watching when this rendering is replaced (the stored value is dropped).
            StoredValue::new_local(near.watch(".timeline"));
        }
        view! {
            <p class="count" aria-live="polite">{(t.timeline_count)(count)}</p>
            {years}
            {undated}
        }
    };
    let period_text = move || {
        query.with(|q| q.period).map(|(from, to)| {
            let name = |m: YearMonth| format!("{} {}", month_name_in(m.month, lang), m.year);
            (t.period)(&name(from), &name(to))
        })
    };
    let clear_period = {
        let set_period = set_period.clone();
        move |_| set_period(None, None)
    };
    view! {
        <div class="timeline-bar">
            <p>{t.today}<time>{date_label(&today, lang)}</time></p>
            <button type="button" class="button-quiet" aria-pressed=move || oldest_first.get().to_string() on:click=move |_| set_oldest_first.update(|o| *o = !*o)>
                {move || if oldest_first.get() { t.newest_first } else { t.oldest_first }}
            </button>
        </div>
        <MonthStrip counts=strip_counts period=Signal::derive(move || query.with(|q| q.period)) today=today on_period=set_period/>
        {move || period_text().map(|text| view! {
            <p class="period">{text}" "<button type="button" class="chip" on:click=clear_period.clone()>{t.whole_period}</button></p>
        })}
        <div class="timeline">{body}</div>
    }
}
