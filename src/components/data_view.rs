//! Shows a view once the dataset is there; a loading state before, a retry on failure.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::skipped_notice::SkippedNotice;
use crate::components::worded::{ask_worded_shown, with_hint, Worded};
use crate::data::{AppData, DataStore, LoadError};
use crate::i18n::t;

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

/// Renders `render` with the loaded data, or the loading / error state.
///
/// `render` is a plain function, so this component is compiled once for every view that uses it.
#[component]
pub fn DataView(render: fn(Arc<AppData>) -> AnyView) -> impl IntoView {
    let store = DataStore::expect();
    let t = t();
    move || match store.state() {
        None => view! { <p class="loading" role="status" aria-live="polite">{t.loading}</p> }.into_any(),
        Some(Err(error)) => view! {
            <section class="load-error" role="alert">
                <h2>{t.load_failed}</h2>
                <p>{error.message(t)}{matches!(error, LoadError::Invalid { .. }).then(first_problem)}</p>
                <button type="button" class="button" on:click=move |_| store.retry()>{t.retry}</button>
            </section>
        }
        .into_any(),
        Some(Ok(data)) => view! {
            <SkippedNotice data=data.clone()/>
            {render(data)}
        }
        .into_any(),
    }
}
