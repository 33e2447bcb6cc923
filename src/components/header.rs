//! The site header: product name and the three views.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::site::{relative_path, router_base};

/// Header with navigation; the current view is marked with `aria-current="page"`.
#[component]
pub fn Header() -> impl IntoView {
    let location = use_location();
    let base = router_base();
    let current = move || relative_path(&location.pathname.get(), &base);
    let search = move || location.search.get();
    let link = move |route: &'static str, label: &'static str| {
        let current = current.clone();
        // Keep the filters when moving between Explore and Timeline.
        let href = move || {
            let query = search();
            let suffix = if query.is_empty() { String::new() } else { format!("?{}", query.trim_start_matches('?')) };
            match route {
                "" => format!("./{suffix}"),
                "timeline" => format!("timeline{suffix}"),
                other => other.to_string(),
            }
        };
        view! {
            <li>
                <a href=href aria-current=move || (current() == route).then_some("page")>{label}</a>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <a class="brand" href="./">
                <span class="brand-name">"Communs"</span>
                <span class="brand-tagline">"Les communs numériques au Conseil national du numérique"</span>
            </a>
            <nav aria-label="Navigation principale">
                <ul>
                    {link("", "Explorer")}
                    {link("timeline", "Frise chronologique")}
                    {link("calls", "Appels à contribution")}
                </ul>
            </nav>
        </header>
    }
}
