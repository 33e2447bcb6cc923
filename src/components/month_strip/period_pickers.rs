//! Two month pickers that set the timeline's period, for keyboard and screen-reader users.

use communs_core::search::YearMonth;
use leptos::prelude::*;

use super::label;
use crate::i18n::t;

/// Which end of the period a picker sets.
#[derive(Clone, Copy)]
enum PeriodEnd {
    From,
    To,
}

/// "Du" and "au" pickers over the months with entries; without a period, they show the first
/// and the last month.
pub fn period_pickers<F>(
    counts: Memo<Vec<(YearMonth, usize)>>,
    period: Signal<Option<(YearMonth, YearMonth)>>,
    on_period: F,
) -> impl IntoView
where
    F: Fn(Option<YearMonth>, Option<YearMonth>) + Clone + Send + Sync + 'static,
{
    let t = t();
    let options = move |selected: Option<YearMonth>| {
        counts
            .get()
            .into_iter()
            .map(|(month, count)| {
                let text = format!("{} ({})", label(month), (t.number)(count));
                view! { <option value=month.to_string() selected=selected == Some(month)>{text}</option> }
            })
            .collect_view()
    };
    let ends = move || {
        let months = counts.get_untracked();
        let whole = (months.first().map(|(m, _)| *m), months.last().map(|(m, _)| *m));
        period.get_untracked().map(|(a, b)| (Some(a), Some(b))).unwrap_or(whole)
    };
    let pick = move |end: PeriodEnd| {
        let on_period = on_period.clone();
        move |ev: leptos::ev::Event| {
            let picked = YearMonth::parse(&event_target_value(&ev));
            let (from, to) = ends();
            match end {
                PeriodEnd::From => on_period(picked, to),
                PeriodEnd::To => on_period(from, picked),
            }
        }
    };
    let shown = move |end: PeriodEnd| match (end, period.get()) {
        (PeriodEnd::From, Some((a, _))) | (PeriodEnd::To, Some((_, a))) => Some(a),
        (PeriodEnd::From, None) => counts.with(|c| c.first().map(|(m, _)| *m)),
        (PeriodEnd::To, None) => counts.with(|c| c.last().map(|(m, _)| *m)),
    };
    view! {
        <label>{t.from}<select on:change=pick(PeriodEnd::From)>{move || options(shown(PeriodEnd::From))}</select></label>
        <label>{t.to}<select on:change=pick(PeriodEnd::To)>{move || options(shown(PeriodEnd::To))}</select></label>
    }
}
