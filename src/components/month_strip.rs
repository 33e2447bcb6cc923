//! The timeline's overview: an SVG bar per month, a today marker, and month pickers for a period.

use communs_core::display::month_name_in;
use communs_core::model::PartialDate;
use communs_core::search::YearMonth;
use leptos::prelude::*;

use crate::i18n::{lang, t};
use crate::views::timeline::month_anchor;

const BAR_WIDTH: f64 = 10.0;
const HEIGHT: f64 = 48.0;

fn label(month: YearMonth) -> String {
    format!("{} {}", month_name_in(month.month, lang()), month.year)
}

/// Scrolls to a month's section and moves the focus there.
fn jump_to(month: YearMonth) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&month_anchor(month)));
    if let Some(element) = element {
        element.scroll_into_view();
        if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = html.focus();
        }
    }
}

/// Month bars (click: jump to the month; Shift+click: choose a period from the last clicked
/// month) and two month pickers that set the period for keyboard and screen-reader users.
#[component]
pub fn MonthStrip<F>(
    counts: Memo<Vec<(YearMonth, usize)>>,
    period: Signal<Option<(YearMonth, YearMonth)>>,
    today: PartialDate,
    on_period: F,
) -> impl IntoView
where
    F: Fn(Option<YearMonth>, Option<YearMonth>) + Clone + Send + Sync + 'static,
{
    let t = t();
    let (anchor, set_anchor) = signal(None::<YearMonth>);
    let bars = {
        let on_period = on_period.clone();
        move || {
            let months = counts.get();
            let max = months.iter().map(|(_, c)| *c).max().unwrap_or(1).max(1) as f64;
            let width = months.len() as f64 * BAR_WIDTH;
            let today_month = today.month.map(|m| YearMonth { year: today.year, month: m });
            let today_x = months
                .iter()
                .position(|(m, _)| Some(*m) == today_month)
                .map(|i| i as f64 * BAR_WIDTH + BAR_WIDTH / 2.0);
            let selected = period.get();
            let rects = months
                .into_iter()
                .enumerate()
                .map(|(i, (month, count))| {
                    let h = if count == 0 { 1.0 } else { 6.0 + (HEIGHT - 10.0) * count as f64 / max };
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
                    view! {
                        <rect
                            class=if in_period { "bar in-period" } else if count == 0 { "bar empty" } else { "bar" }
                            x=format!("{}", i as f64 * BAR_WIDTH + 1.0)
                            y=format!("{}", HEIGHT - h)
                            width=format!("{}", BAR_WIDTH - 2.0)
                            height=format!("{h}")
                            on:click=click
                        >
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
    };
    let options = move |selected: Option<YearMonth>| {
        counts
            .get()
            .into_iter()
            .map(|(month, count)| {
                let value = month.to_string();
                view! { <option value=value.clone() selected=selected == Some(month)>{format!("{} ({})", label(month), (t.number)(count))}</option> }
            })
            .collect_view()
    };
    let pick = move |which: usize| {
        let on_period = on_period.clone();
        move |ev: leptos::ev::Event| {
            let picked = YearMonth::parse(&event_target_value(&ev));
            let months = counts.get_untracked();
            let (first, last) = (months.first().map(|(m, _)| *m), months.last().map(|(m, _)| *m));
            let (from, to) = period.get_untracked().map(|(a, b)| (Some(a), Some(b))).unwrap_or((first, last));
            match which {
                0 => on_period(picked, to),
                _ => on_period(from, picked),
            }
        }
    };
    view! {
        <figure class="strip">
            {bars}
            <figcaption class="strip-controls">
                <label>{t.from}<select on:change=pick(0)>{move || options(period.get().map(|(a, _)| a).or_else(|| counts.with(|c| c.first().map(|(m, _)| *m))))}</select></label>
                <label>{t.to}<select on:change=pick(1)>{move || options(period.get().map(|(_, b)| b).or_else(|| counts.with(|c| c.last().map(|(m, _)| *m))))}</select></label>
                <span class="muted">{t.strip_help}</span>
            </figcaption>
        </figure>
    }
}
