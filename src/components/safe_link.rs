//! A link that is only a link when its address is safe.

use communs_core::model::is_safe_url;
use leptos::prelude::*;

/// `<a>` for http, https and mailto addresses; plain text for anything else.
#[component]
pub fn SafeLink(url: String, label: String) -> impl IntoView {
    if is_safe_url(&url) {
        view! { <a href=url rel="external noopener noreferrer">{label}</a> }.into_any()
    } else {
        view! { <span class="unsafe-link">{label}" ("{url}")"</span> }.into_any()
    }
}
