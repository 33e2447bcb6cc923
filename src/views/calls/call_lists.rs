//! The open and closed calls: drawn at once when they are few, on demand when they are many,
//! so that a large dataset's page opens at once.

use std::sync::Arc;

use leptos::prelude::*;

use super::call_card::call_card;
use crate::components::focus::focus_by_id;
use crate::data::AppData;
use crate::i18n::t;
use crate::today::today;

/// Open calls drawn with the page; the others come with a "show more" button.
const OPEN_DRAWN_AHEAD: usize = 100;
/// Closed calls drawn with the page. Past this many, they are drawn when their list is first
/// opened.
const CLOSED_DRAWN_AHEAD: usize = 200;
/// `id` of the open calls that follow the first [`OPEN_DRAWN_AHEAD`].
const LATER_CALLS_ID: &str = "autres-appels";

/// The cards of the calls at `indexes`.
fn cards(data: &AppData, indexes: &[usize]) -> impl IntoView {
    let today = today();
    indexes.iter().filter_map(|&i| call_card(data, i, today.as_ref())).collect_view()
}

/// The open calls: the first hundred, then the others on demand.
pub fn open_calls(data: Arc<AppData>, mut calls: Vec<usize>) -> impl IntoView {
    let t = t();
    let count = calls.len();
    let later = calls.split_off(count.min(OPEN_DRAWN_AHEAD));
    let first = cards(&data, &calls);
    let show_later = RwSignal::new(false);
    let later_cards = move || show_later.get().then(|| cards(&data, &later));
    let reveal_later = move |_| {
        show_later.set(true);
        // The button goes: the focus moves to the calls it brought.
        crate::browser::next_frame(|| focus_by_id(LATER_CALLS_ID));
    };
    let more_button = (count > OPEN_DRAWN_AHEAD).then(|| {
        view! {
            <Show when=move || !show_later.get()>
                <button type="button" class="button-quiet" on:click=reveal_later>{(t.show_more)(count)}</button>
            </Show>
        }
    });
    view! {
        <section>
            <h2>{t.open_calls}</h2>
            {first}
            <div id=LATER_CALLS_ID tabindex="-1">{later_cards}</div>
            {more_button}
        </section>
    }
}

/// The closed calls, folded: drawn with the page, or on the first opening when there are many.
pub fn closed_calls(data: Arc<AppData>, calls: Vec<usize>) -> impl IntoView {
    let count = calls.len();
    let opened = RwSignal::new(count <= CLOSED_DRAWN_AHEAD);
    let closed_cards = move || opened.get().then(|| cards(&data, &calls));
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() && !opened.get_untracked() {
            opened.set(true);
        }
    };
    (count > 0).then(|| {
        view! {
            <details class="closed-calls" on:toggle=on_toggle><summary>{(t().closed_calls)(count)}</summary>{closed_cards}</details>
        }
    })
}
