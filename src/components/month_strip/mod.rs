//! The timeline's overview: an SVG bar per month, a today marker, and month pickers for a period.

mod bars;
mod period_pickers;

use communs_core::display::month_name_in;
use communs_core::model::PartialDate;
use communs_core::search::YearMonth;
use leptos::prelude::*;

use self::bars::StripBars;
use self::period_pickers::PeriodPickers;
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
    today: PartialDate,
    on_period: F,
) -> impl IntoView
where
    F: Fn(Option<YearMonth>, Option<YearMonth>) + Clone + Send + Sync + 'static,
{
    view! {
        <figure class="strip">
            <StripBars counts=counts period=period today=today on_period=on_period.clone()/>
            <figcaption class="strip-controls">
                <PeriodPickers counts=counts period=period on_period=on_period/>
                <span class="muted">{t().strip_help}</span>
            </figcaption>
        </figure>
    }
}
