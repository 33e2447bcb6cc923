//! Says, on every view, that the app shows a contributor's file and not the published data.

use leptos::prelude::*;

use crate::data::DataStore;
use crate::i18n::t;

/// A banner with a button back to the published data, shown only during a preview.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let store = DataStore::expect();
    let t = t();
    let previewing = move || store.state().and_then(Result::ok).is_some_and(|d| d.preview);
    view! {
        <Show when=previewing>
            <div class="preview-banner" role="region" aria-label=t.preview_label>
                <p><strong>{t.preview_label}</strong>{t.preview_text}</p>
                <button type="button" class="button" on:click=move |_| store.end_preview()>{t.back_to_published}</button>
            </div>
        </Show>
    }
}
