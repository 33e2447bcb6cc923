//! "Une nouvelle version est disponible": shown when the service worker has installed a new
//! build of the site (new data or a new app) beside the one on screen.

use communs_core::text::offline::UpdateTexts;
use leptos::prelude::*;

use crate::data::DataStore;
use crate::i18n::lang;
use crate::offline::{register, show_new_version, update_ready};

/// Registers the service worker once the data shows, then offers the new version when one
/// waits: a status line with a button that reloads into it.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let store = DataStore::expect();
    Effect::new(move |_| {
        if store.state().is_some() {
            register();
        }
    });
    let t = UpdateTexts::of(lang());
    view! {
        <div class="update-notice-region" role="status">
            <Show when=update_ready>
                <div class="notice update-notice">
                    <p>{t.available}</p>
                    <button type="button" class="button" on:click=move |_| show_new_version()>{t.reload}</button>
                </div>
            </Show>
        </div>
    }
}
