//! "2 entrées ignorées": which entries were skipped, and why.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::worded::{ask_worded_shown, Worded};
use crate::data::AppData;
use crate::i18n::t;

/// Skipped entries the notice names; past them, it says how many more there are (a file with
/// thousands of bad entries would otherwise fill every page with them).
const LISTED: usize = 100;

/// A dismissable notice listing the entries that could not be shown.
#[component]
pub fn SkippedNotice(data: Arc<AppData>) -> impl IntoView {
    let t = t();
    let (open, set_open) = signal(true);
    let count = data.skipped.len();
    if count == 0 {
        return ().into_any();
    }
    // The errors listed, in the order listed: the worker words them all in one answer, asked
    // when the list is first opened.
    let worded = RwSignal::new(Worded::Pending);
    let ask = {
        let data = data.clone();
        move |ev: leptos::ev::Event| {
            let opened = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
            if opened && worded.with_untracked(|w| *w == Worded::Pending) {
                let errors = data.skipped.iter().take(LISTED).flat_map(|s| &s.errors);
                ask_worded_shown(errors.map(|e| e.position).collect(), worded);
            }
        }
    };
    let items = {
        let data = data.clone();
        move || {
            worded.with(|worded| {
                let mut asked = 0..;
                data.skipped
                    .iter()
                    .take(LISTED)
                    .map(|s| {
                        let name = s.id.clone().unwrap_or_else(|| (t.entry_number)(s.index + 1));
                        let reasons = s
                            .errors
                            .iter()
                            .map(|e| {
                                let message = worded.message(asked.next().unwrap_or_default());
                                view! { <li>{(t.line_path)(e.line, &e.path, message)}</li> }
                            })
                            .collect_view();
                        view! { <li><strong>{name}</strong><ul>{reasons}</ul></li> }
                    })
                    .collect_view()
            })
        }
    };
    let title = (t.skipped_title)(count);
    let more = (count > LISTED).then(|| (t.skipped_more)(count - LISTED));
    view! {
        <Show when=move || open.get()>
            <aside class="notice" role="status" aria-label=t.skipped_label>
                <details on:toggle=ask.clone()>
                    <summary>{title.clone()}{(t.skipped_why)(count)}</summary>
                    <ul class="skipped">{items.clone()}</ul>
                    {more.clone().map(|more| view! { <p class="muted">{more}</p> })}
                </details>
                <button type="button" class="button-quiet" on:click=move |_| set_open.set(false)>{t.hide}</button>
            </aside>
        </Show>
    }
    .into_any()
}
