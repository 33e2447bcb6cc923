//! Light or dark: follows `prefers-color-scheme` until the visitor chooses, then remembers.

use leptos::prelude::*;

use crate::i18n::t;

const STORAGE_KEY: &str = "communs-theme";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The theme in force: the remembered choice, else the system's.
fn current_theme() -> &'static str {
    match storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).as_deref() {
        Some("dark") => "dark",
        Some("light") => "light",
        _ => {
            let dark = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches());
            if dark {
                "dark"
            } else {
                "light"
            }
        }
    }
}

/// Writes `data-theme` on `<html>`; the stylesheet reads it.
pub fn apply_theme(theme: &str) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-theme", theme);
    }
}

/// A button that switches between the light and dark themes.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let t = t();
    let (theme, set_theme) = signal(current_theme());
    apply_theme(theme.get_untracked());
    let toggle = move |_| {
        let next = if theme.get_untracked() == "dark" { "light" } else { "dark" };
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, next);
        }
        apply_theme(next);
        set_theme.set(next);
    };
    view! {
        <button type="button" class="button-quiet" aria-pressed=move || (theme.get() == "dark").to_string() on:click=toggle>
            {t.theme_dark}
        </button>
    }
}
