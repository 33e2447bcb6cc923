//! Shows a view once the dataset is there; a loading state before, a retry on failure (see
//! `load_error.rs`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::load_error::LoadErrorNotice;
use crate::components::skipped_notice::SkippedNotice;
use crate::data::{AppData, DataStore};
use crate::i18n::t;

/// Renders `render` with the loaded data, or the loading / error state.
///
/// `render` is a plain function, so this component is compiled once for every view that uses it.
#[component]
pub fn DataView(render: fn(Arc<AppData>) -> AnyView) -> impl IntoView {
    let store = DataStore::expect();
    let t = t();
    move || match store.state() {
        None => view! { <p class="loading" role="status" aria-live="polite">{t.loading}</p> }.into_any(),
        Some(Err(error)) => view! { <LoadErrorNotice error/> }.into_any(),
        Some(Ok(data)) => view! {
            <SkippedNotice data=data.clone()/>
            {render(data)}
        }
        .into_any(),
    }
}
