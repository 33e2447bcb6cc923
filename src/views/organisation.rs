//! An organisation's page: every entry that names it, across kinds.

use std::sync::Arc;

use communs_core::search::slugify;
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
    view! { <DataView render=|data| view! { <OrganisationLoaded data=data/> }/> }
}

#[component]
fn OrganisationLoaded(data: Arc<AppData>) -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        let entries: Vec<_> = data
            .catalog
            .entries()
            .iter()
            .filter(|e| e.organisations.iter().any(|o| slugify(o) == slug))
            .cloned()
            .collect();
        let Some(name) = entries.iter().flat_map(|e| &e.organisations).find(|o| slugify(o) == slug).cloned() else {
            return view! { <NotFound/> }.into_any();
        };
        view! {
            <article class="party">
                <p><a href="./">{t().back_to_explore}</a></p>
                <h1>{name}</h1>
                <EntryList entries=entries/>
            </article>
        }
        .into_any()
    }
}
