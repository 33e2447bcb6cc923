//! The site header: product name, the three views, the language and the theme.

use communs_core::display::Lang;
use communs_core::route::Route;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::components::theme_toggle::ThemeToggle;
use crate::i18n::{lang, t, write_lang_param, I18n};
use crate::query::search_part;
use crate::site::{relative_path, router_base};

/// Header with navigation; the current view is marked with `aria-current="page"`.
#[component]
pub fn Header() -> impl IntoView {
    let t = t();
    let location = use_location();
    let base = router_base();
    let current = {
        let base = base.clone();
        move || relative_path(&location.pathname.get(), &base)
    };
    // The query string as the router has it (`?q=…`, or empty).
    let search = move || search_part(&location.search.get());
    let link = move |route: Route, label: &'static str| {
        let current = current.clone();
        // Explore and Timeline share their filters: moving between them keeps the query.
        let keeps_query = matches!(route, Route::Explore | Route::Timeline);
        let href = {
            let route = route.clone();
            move || route.href(&if keeps_query { search() } else { String::new() })
        };
        let is_current = move || Route::from_path(&current()).as_ref() == Some(&route);
        view! {
            <li>
                <a href=href aria-current=move || is_current().then_some("page")>{label}</a>
            </li>
        }
    };
    let navigate = use_navigate();
    let switch = move |_| {
        let next = if lang() == Lang::Fr { Lang::En } else { Lang::Fr };
        let path = relative_path(&location.pathname.get_untracked(), &base);
        let params = web_sys::UrlSearchParams::new_with_str(&location.search.get_untracked()).ok();
        if let Some(params) = &params {
            write_lang_param(params, next);
        }
        let search: String = params.map(|p| p.to_string().into()).unwrap_or_default();
        let url = if search.is_empty() { format!("/{path}") } else { format!("/{path}?{search}") };
        navigate(&url, NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() });
        if let Some(i18n) = use_context::<I18n>() {
            i18n.set(next);
        }
    };
    let other = if lang() == Lang::Fr { Lang::En } else { Lang::Fr };
    view! {
        <header class="site-header">
            <a class="brand" href=Route::Explore.href("")>
                <span class="brand-name">"Communs"</span>
                <span class="brand-tagline">{t.brand_tagline}</span>
            </a>
            <nav aria-label=t.nav_label>
                <ul>
                    {link(Route::Explore, t.nav_explore)}
                    {link(Route::Timeline, t.nav_timeline)}
                    {link(Route::Calls, t.nav_calls)}
                </ul>
            </nav>
            <div class="header-tools">
                <button type="button" class="button-quiet" lang=other.tag() aria-label=t.switch_label on:click=switch>
                    {t.switch_to}
                </button>
                <ThemeToggle/>
            </div>
        </header>
    }
}
