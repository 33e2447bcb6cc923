//! The footer: dataset version, date, and the raw data.

use leptos::prelude::*;

use crate::data::{DataStore, DATA_URL};

/// Footer with the dataset's version and links to the JSON and its schema.
#[component]
pub fn Footer() -> impl IntoView {
    let store = DataStore::expect();
    let meta = move || {
        store.state().and_then(Result::ok).map(|data| {
            format!(
                "Données version {}, mises à jour le {}.",
                data.version,
                communs_core::display::french_date(&data.updated)
            )
        })
    };
    view! {
        <footer class="site-footer">
            <p>{meta}</p>
            <p>
                <a href=DATA_URL>"Données brutes (JSON)"</a>
                " · "
                <a href="data/commons.schema.json">"Schéma JSON"</a>
                " · "
                <a href="mailto:info@cnnumerique.fr">"info@cnnumerique.fr"</a>
            </p>
            <p class="muted">"Source : page « Les communs numériques » du Conseil national du numérique."</p>
        </footer>
    }
}
