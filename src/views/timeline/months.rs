//! The timeline's years and months. They fill in a few hundred entries per frame, so the first
//! ones paint at once and every heading (the strip's jump targets) is there from the start; a
//! very large timeline draws a month only when the visitor comes near it.

use std::sync::Arc;

use communs_core::display::month_name_in;
use communs_core::search::{Query, YearMonth};
use communs_core::timeline::{group, month_anchor, year_anchor, yearly_anchor, MonthGroup, YearGroup};
use leptos::prelude::*;

use super::timeline_item::timeline_item;
use crate::browser::PRERENDERING;
use crate::components::near_viewport::{NearViewportBuilder, Slot};
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::query_string;
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
    crate::browser::next_frame(move || {
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

/// Draws the parts of one rendering of the timeline, in page order.
struct Drawer {
    data: Arc<AppData>,
    back: String,
    today: Option<i64>,
    budget: RwSignal<usize>,
    near: NearViewportBuilder,
    /// Entries in the parts drawn so far.
    offset: usize,
}

impl Drawer {
    /// A part's list of entries (empty until reached, its height kept by `--items`) and the
    /// slot its section carries. A memo, so that each part renders once, when the budget or
    /// the visitor first reaches it.
    fn list(&mut self, entries: &[usize]) -> (impl IntoView, Slot) {
        let (data, back, entries, from, today) =
            (self.data.clone(), self.back.clone(), entries.to_vec(), self.offset, self.today);
        self.offset += entries.len();
        let size = entries.len().to_string();
        let slot = self.near.slot();
        let budget = self.budget;
        let reached = Memo::new(move |_| from < budget.get() || slot.near.get());
        let items = move || {
            reached.get().then(|| entries.iter().filter_map(|&i| timeline_item(&data, i, &back, today)).collect_view())
        };
        (
            view! { <ol style:--items=(!PRERENDERING).then_some(size) class:pending=move || !reached.get()>{items}</ol> },
            slot,
        )
    }

    fn month(&mut self, year: i32, month: &MonthGroup) -> impl IntoView {
        let (title, anchor) = match month.month {
            Some(n) => (format!("{} {year}", month_name_in(n, lang())), month_anchor(YearMonth { year, month: n })),
            None => ((t().month_unknown)(year), yearly_anchor(year)),
        };
        let (list, slot) = self.list(&month.entries);
        view! {
            <section class="month" id=anchor tabindex="-1" data-slot=slot.index on:focusin=move |_| slot.near.set(true)>
                <h3>{title}</h3>
                {list}
            </section>
        }
    }

    fn year(&mut self, year: &YearGroup) -> impl IntoView {
        let months = year.months.iter().map(|m| self.month(year.year, m)).collect_view();
        view! { <section class="year" id=year_anchor(year.year)><h2>{year.year}</h2>{months}</section> }
    }

    fn undated(&mut self, entries: &[usize]) -> impl IntoView {
        let (list, slot) = self.list(entries);
        view! {
            <section class="year" data-slot=slot.index on:focusin=move |_| slot.near.set(true)>
                <h2>{t().undated}</h2>
                {list}
            </section>
        }
    }
}

/// The count, then the years with their months, then the undated entries.
pub fn months(data: Arc<AppData>, query: Memo<Query>, results: Memo<Vec<usize>>) -> impl IntoView {
    let now = today().map(|d| d.day_number());
    move || {
        let hits = results.get();
        let timeline = group(data.catalog.entries(), &hits);
        let back = query.with(query_string);
        let budget = RwSignal::new(FIRST_ITEMS);
        let mut drawer =
            Drawer { data: data.clone(), back, today: now, budget, near: NearViewportBuilder::default(), offset: 0 };
        let years = timeline.years.iter().map(|year| drawer.year(year)).collect_view();
        let undated = (!timeline.undated.is_empty()).then(|| drawer.undated(&timeline.undated));
        let count = hits.len();
        if count > FIRST_ITEMS {
            reveal(budget, count.min(DRAWN_AHEAD));
        } else {
            crate::timing::mark("timeline-drawn");
        }
        if count > DRAWN_AHEAD {
            // Stops watching when this rendering is replaced (the stored value is dropped).
            StoredValue::new_local(drawer.near.watch(".timeline"));
        }
        view! {
            <p class="count" aria-live="polite">{(t().timeline_count)(count)}</p>
            {years}
            {undated}
        }
    }
}
