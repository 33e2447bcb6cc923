//! An organisation's page: every entry that names it, across kinds.

use std::sync::Arc;

use communs_core::route::{Route, SLUG_PARAM};
use communs_core::search::Named;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::data_view::DataView;
use crate::components::entry_list::EntryList;
use crate::data::AppData;
use crate::i18n::t;
use crate::views::not_found::NotFound;

/// The organisation page (`/organisation/:slug`).
#[component]
pub fn OrganisationPage() -> impl IntoView {
    view! { <DataView render=|data| view! { <OrganisationLoaded data=data/> }.into_any()/> }
}

#[component]
fn OrganisationLoaded(data: Arc<AppData>) -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get(SLUG_PARAM).unwrap_or_default());
        let Some((name, found)) = data.catalog.named(Named::Organisations, &slug) else {
            return view! { <NotFound/> }.into_any();
        };
        let entries: Vec<_> = found.into_iter().cloned().collect();
        view! {
            <article class="party">
                <p class="back"><a href=Route::Explore.href("")>{t().back_to_explore}</a></p>
                <h1>{name}</h1>
                <EntryList entries=entries/>
            </article>
        }
        .into_any()
    }
}
