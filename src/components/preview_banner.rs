//! Says, on every view, that the app shows a contributor's file and not the published data.

use leptos::prelude::*;

use crate::data::{DataStore, PreviewKept};
use crate::i18n::t;

/// A banner with a button back to the published data, shown only during a preview.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let store = DataStore::expect();
    let t = t();
    let kept = move || store.state().and_then(Result::ok).and_then(|d| d.preview);
    view! {
        <Show when=move || kept().is_some()>
            <div class="preview-banner" role="region" aria-label=t.preview_label>
                <p>
                    <strong>{t.preview_label}</strong>{t.preview_text}
                    {move || (kept() == Some(PreviewKept::Page)).then_some(t.preview_not_kept)}
                </p>
                <button type="button" class="button" on:click=move |_| store.end_preview()>{t.back_to_published}</button>
            </div>
        </Show>
    }
}
