//! Says, on every view, that the app shows a contributor's file and not the published data.

use leptos::prelude::*;

use crate::data::DataStore;

/// A banner with a button back to the published data, shown only during a preview.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let store = DataStore::expect();
    let previewing = move || store.state().and_then(Result::ok).is_some_and(|d| d.preview);
    view! {
        <Show when=previewing>
            <div class="preview-banner" role="region" aria-label="Aperçu">
                <p><strong>"Aperçu"</strong>" : vous voyez votre fichier, pas les données publiées. Rien n'a été envoyé."</p>
                <button type="button" class="button" on:click=move |_| store.end_preview()>"Revenir aux données publiées"</button>
            </div>
        </Show>
    }
}
