//! The strip's bars: one per month, the period marked, a line on today's month.

use communs_core::model::PartialDate;
use communs_core::search::YearMonth;
use communs_core::timeline::month_anchor;
use leptos::prelude::*;

use super::label;
use crate::i18n::t;

const BAR_WIDTH: f64 = 10.0;
const HEIGHT: f64 = 48.0;

/// Scrolls to a month's section and moves the focus there.
fn jump_to(month: YearMonth) {
    let element = crate::browser::document().and_then(|d| d.get_element_by_id(&month_anchor(month)));
    if let Some(element) = element {
        element.scroll_into_view();
        if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = html.focus();
        }
    }
}

/// A bar's height: a sliver for an empty month, else in proportion to the busiest one.
fn bar_height(count: usize, max: usize) -> f64 {
    if count == 0 {
        1.0
    } else {
        6.0 + (HEIGHT - 10.0) * count as f64 / max.max(1) as f64
    }
}

/// The bars, as an SVG the screen readers skip (the pickers say the same).
pub fn strip_bars<F>(
    counts: Memo<Vec<(YearMonth, usize)>>,
    period: Signal<Option<(YearMonth, YearMonth)>>,
    today: Option<PartialDate>,
    on_period: F,
) -> impl IntoView
where
    F: Fn(Option<YearMonth>, Option<YearMonth>) + Clone + Send + Sync + 'static,
{
    let t = t();
    // The month last clicked: a Shift+click chooses the period from it.
    let (anchor, set_anchor) = signal(None::<YearMonth>);
    let today_month = today.and_then(|today| today.month.map(|m| YearMonth { year: today.year, month: m }));
    move || {
        let months = counts.get();
        let max = months.iter().map(|(_, c)| *c).max().unwrap_or(1);
        let width = months.len() as f64 * BAR_WIDTH;
        let today_x =
            months.iter().position(|(m, _)| Some(*m) == today_month).map(|i| i as f64 * BAR_WIDTH + BAR_WIDTH / 2.0);
        let selected = period.get();
        let rects = months
            .into_iter()
            .enumerate()
            .map(|(i, (month, count))| {
                let h = bar_height(count, max);
                let in_period = selected.is_some_and(|(a, b)| month >= a && month <= b);
                let on_period = on_period.clone();
                let click = move |ev: leptos::ev::MouseEvent| match (ev.shift_key(), anchor.get_untracked()) {
                    (true, Some(start)) => on_period(Some(start), Some(month)),
                    _ => {
                        set_anchor.set(Some(month));
                        if count > 0 {
                            jump_to(month);
                        }
                    }
                };
                let class = if in_period { "bar in-period" } else if count == 0 { "bar empty" } else { "bar" };
                view! {
                    <rect class=class x=format!("{}", i as f64 * BAR_WIDTH + 1.0) y=format!("{}", HEIGHT - h) width=format!("{}", BAR_WIDTH - 2.0) height=format!("{h}") on:click=click>
                        <title>{(t.strip_bar)(&label(month), count)}</title>
                    </rect>
                }
            })
            .collect_view();
        view! {
            <svg class="month-strip" viewBox=format!("0 0 {width} {}", HEIGHT + 2.0) preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {rects}
                {today_x.map(|x| view! { <line class="today" x1=format!("{x}") x2=format!("{x}") y1="0" y2=format!("{}", HEIGHT + 2.0)/> })}
            </svg>
        }
    }
}
