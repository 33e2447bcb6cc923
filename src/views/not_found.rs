//! Unknown routes.

use leptos::prelude::*;

/// The 404 view.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found">
            <h1>"Page introuvable"</h1>
            <p>"Cette adresse ne correspond à aucune page de Communs."</p>
            <p><a href="./">"Revenir à l'exploration"</a></p>
        </section>
    }
}
