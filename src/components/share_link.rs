//! « Partager » and « Copier le lien »: the device's share sheet where the browser has one
//! (Web Share API), and a copy that says "copied" only once the clipboard has confirmed it.

use communs_core::text::sharing::SharingTexts;
use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{lang, t};

/// Where a copy to the clipboard stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Copy {
    /// Nothing asked yet, or a copy under way.
    #[default]
    Idle,
    /// The clipboard confirmed it.
    Done,
    /// The clipboard refused it (no permission, no clipboard).
    Failed,
}

/// The navigator's `name` member, when it is there (feature detection: `navigator.clipboard`
/// is missing outside secure contexts, `navigator.share` on most desktops).
fn navigator_member(name: &str) -> Option<(web_sys::Navigator, JsValue)> {
    let navigator = crate::browser::window()?.navigator();
    let member = Reflect::get(&navigator, &JsValue::from_str(name)).ok()?;
    (!member.is_undefined() && !member.is_null()).then_some((navigator, member))
}

/// Puts `text` in the clipboard; [`Copy::Done`] once the browser has confirmed it.
pub async fn copy_to_clipboard(text: String) -> Copy {
    let Some((_, clipboard)) = navigator_member("clipboard") else { return Copy::Failed };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    match JsFuture::from(clipboard.write_text(&text)).await {
        Ok(_) => Copy::Done,
        Err(_) => Copy::Failed,
    }
}

/// `navigator.share`, when the browser has it.
fn share_function() -> Option<(web_sys::Navigator, Function)> {
    let (navigator, share) = navigator_member("share")?;
    share.dyn_into::<Function>().ok().map(|share| (navigator, share))
}

/// Opens the share sheet with the page's `title` and `url`. A visitor who closes it is no error.
async fn share(title: String, url: String) {
    let Some((navigator, share)) = share_function() else { return };
    let data = Object::new();
    let _ = Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(&title));
    let _ = Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(&url));
    if let Ok(promise) = share.call1(&navigator, &data).and_then(JsCast::dyn_into::<Promise>) {
        let _ = JsFuture::from(promise).await;
    }
}

/// The page's address and title, as the visitor would share them.
fn this_page() -> Option<(String, String)> {
    let window = crate::browser::window()?;
    let url = window.location().href().ok()?;
    Some((window.document().map(|d| d.title()).unwrap_or_default(), url))
}

/// « Partager » (only where the browser can share) and « Copier le lien » for the current page.
/// `before` runs first, to bring the address up to date (Explore writes its query to the URL
/// after a pause).
#[component]
pub fn ShareLink(#[prop(optional, into)] before: Option<Callback<()>>) -> impl IntoView {
    let (t, s) = (t(), SharingTexts::of(lang()));
    let copied = RwSignal::new(Copy::Idle);
    let prepare = move || {
        if let Some(before) = before {
            before.run(());
        }
        this_page()
    };
    let copy_link = move |_| {
        copied.set(Copy::Idle);
        if let Some((_, url)) = prepare() {
            leptos::task::spawn_local(async move { copied.set(copy_to_clipboard(url).await) });
        }
    };
    let share_page = move |_| {
        if let Some((title, url)) = prepare() {
            leptos::task::spawn_local(share(title, url));
        }
    };
    let share_button = share_function().is_some().then(|| {
        view! { <button type="button" class="button-quiet" on:click=share_page>{s.share}</button> }
    });
    let status = move || match copied.get() {
        Copy::Idle => "",
        Copy::Done => t.link_copied,
        Copy::Failed => s.link_copy_failed,
    };
    view! {
        {share_button}
        <button type="button" class="button-quiet" on:click=copy_link>{t.copy_link}</button>
        <span class="muted" role="status">{status}</span>
    }
}
