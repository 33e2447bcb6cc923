//! Keyboard and screen-reader focus: the skip link, and focus moved to the new page's content
//! after a navigation (not after a query change, so typing keeps its place).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::i18n::t;

/// Moves focus to `<main id="contenu">`.
pub fn focus_main() {
    focus_by_id("contenu");
}

/// Moves focus to the element with this `id`, if it is in the page.
pub fn focus_by_id(id: &str) {
    let element = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// "Aller au contenu": focuses the main content without changing the URL (a `#fragment` href
/// would resolve against `<base>` and leave the page).
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#contenu" on:click=move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            focus_main();
        }>{t().skip}</a>
    }
}

/// Focuses the main content whenever the path changes.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}
