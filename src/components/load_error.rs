//! What a page that needs the dataset shows when it could not be loaded: the reason, and a
//! button that asks again. Over a page written at build time, the notice goes into that page,
//! which stays readable (see `written_page.rs` and `takeover.rs`).

use leptos::portal::Portal;
use leptos::prelude::*;

use crate::components::worded::{ask_worded_shown, with_hint, Worded};
use crate::data::{DataStore, LoadError};
use crate::i18n::t;
use crate::written_page;

/// The notice, where the data would have been, or near the top of the written page while one
/// is on screen.
#[component]
pub fn LoadErrorNotice(error: LoadError) -> impl IntoView {
    match written_page::notice_spot() {
        Some(spot) => {
            on_cleanup(written_page::notice_gone);
            view! { <Portal mount=spot><Notice error=error.clone()/></Portal> }.into_any()
        }
        None => view! { <Notice error/> }.into_any(),
    }
}

#[component]
fn Notice(error: LoadError) -> impl IntoView {
    let store = DataStore::expect();
    let t = t();
    view! {
        <section class="load-error" role="alert">
            <h2>{t.load_failed}</h2>
            <p>{error.message(t)}{matches!(error, LoadError::Invalid { .. }).then(first_problem)}</p>
            <button type="button" class="button" on:click=move |_| store.retry()>{t.retry}</button>
        </section>
    }
}

/// The sentence of the first problem of data that is not a dataset, from the worker.
fn first_problem() -> impl IntoView {
    let worded = RwSignal::new(Worded::Pending);
    ask_worded_shown(vec![0], worded);
    move || {
        worded.with(|w| match w {
            Worded::Said(list) => list.first().map(with_hint).unwrap_or_default(),
            other => other.message(0).to_string(),
        })
    }
}
