//! Unknown routes.

use communs_core::route::Route;
use leptos::prelude::*;

use crate::i18n::t;

/// The 404 view.
#[component]
pub fn NotFound() -> impl IntoView {
    let t = t();
    view! {
        <section class="not-found">
            <h1>{t.not_found_title}</h1>
            <p>{t.not_found_text}</p>
            <p><a href=Route::Explore.href("")>{t.back_to_explore}</a></p>
        </section>
    }
}
