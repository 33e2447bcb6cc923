//! A person's page: every entry that names them, across kinds.

use std::sync::Arc;

use communs_core::route::{Route, SLUG_PARAM};
use communs_core::search::{roles_of, Named};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::data_view::DataView;
use crate::components::entry_list::EntryList;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::views::not_found::NotFound;

/// The person page (`/personne/:slug`).
#[component]
pub fn PersonPage() -> impl IntoView {
    view! { <DataView render=|data| view! { <PersonLoaded data=data/> }.into_any()/> }
}

#[component]
fn PersonLoaded(data: Arc<AppData>) -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get(SLUG_PARAM).unwrap_or_default());
        let Some((name, found)) = data.catalog.named(Named::People, &slug) else {
            return view! { <NotFound/> }.into_any();
        };
        let roles = roles_of(&found, &name, lang());
        let entries: Vec<_> = found.into_iter().cloned().collect();
        view! {
            <article class="party">
                <p class="back"><a href=Route::Explore.href("")>{t().back_to_explore}</a></p>
                <h1>{name.clone()}</h1>
                <p class="muted">{roles.join(" · ")}</p>
                <EntryList entries=entries/>
            </article>
        }
        .into_any()
    }
}
