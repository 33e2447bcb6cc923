//! Shows a view once the dataset is there; a loading state before, a retry on failure.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::skipped_notice::SkippedNotice;
use crate::data::{AppData, DataStore};
use crate::i18n::t;

/// Renders `render` with the loaded data, or the loading / error state.
#[component]
pub fn DataView<F, V>(render: F) -> impl IntoView
where
    F: Fn(Arc<AppData>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let store = DataStore::expect();
    let t = t();
    move || match store.state() {
        None => view! { <p class="loading" role="status" aria-live="polite">{t.loading}</p> }.into_any(),
        Some(Err(error)) => view! {
            <section class="load-error" role="alert">
                <h2>{t.load_failed}</h2>
                <p>{error.message(t)}</p>
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
