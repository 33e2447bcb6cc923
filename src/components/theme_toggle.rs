//! Light or dark: follows `prefers-color-scheme` until the visitor chooses, then remembers.

use leptos::prelude::*;

use crate::i18n::t;

use communs_core::publication::THEME_STORAGE_KEY as STORAGE_KEY;

/// A colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

impl Theme {
    /// The value of `data-theme` on `<html>`, which the stylesheet reads, and in storage.
    fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_name(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    crate::browser::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The theme in force: the remembered choice, else the system's.
fn current_theme() -> Theme {
    let remembered = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    remembered.as_deref().and_then(Theme::from_name).unwrap_or_else(|| {
        let dark = crate::browser::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches());
        if dark {
            Theme::Dark
        } else {
            Theme::Light
        }
    })
}

/// Writes `data-theme` on `<html>`; the stylesheet reads it.
fn apply_theme(theme: Theme) {
    if let Some(html) = crate::browser::document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-theme", theme.name());
    }
}

/// A button that switches between the light and dark themes.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let t = t();
    let (theme, set_theme) = signal(current_theme());
    apply_theme(theme.get_untracked());
    let toggle = move |_| {
        let next = theme.get_untracked().other();
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, next.name());
        }
        apply_theme(next);
        set_theme.set(next);
    };
    view! {
        <button type="button" class="button-quiet" aria-pressed=move || (theme.get() == Theme::Dark).to_string() on:click=toggle>
            {t.theme_dark}
        </button>
    }
}
