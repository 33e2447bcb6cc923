//! The timeline's overview: an SVG bar per month, a today marker, and month pickers for a period.

mod bars;
mod period_pickers;

use communs_core::display::month_name_in;
use communs_core::model::PartialDate;
use communs_core::search::YearMonth;
use leptos::prelude::*;

use self::bars::strip_bars;
use self::period_pickers::period_pickers;
use crate::i18n::{lang, t};

/// "mars 2024".
fn label(month: YearMonth) -> String {
    format!("{} {}", month_name_in(month.month, lang()), month.year)
}

/// Month bars (click: jump to the month; Shift+click: choose a period from the last clicked
/// month) and two month pickers that set the period for keyboard and screen-reader users.
#[component]
pub fn MonthStrip<F>(
    counts: Memo<Vec<(YearMonth, usize)>>,
    period: Signal<Option<(YearMonth, YearMonth)>>,
    today: Option<PartialDate>,
    on_period: F,
) -> impl IntoView
where
    F: Fn(Option<YearMonth>, Option<YearMonth>) + Clone + Send + Sync + 'static,
{
    view! {
        <figure class="strip">
            {strip_bars(counts, period, today, on_period.clone())}
            <figcaption class="strip-controls">
                {period_pickers(counts, period, on_period)}
                <span class="muted">{t().strip_help}</span>
            </figcaption>
        </figure>
    }
}
