//! Taking over a page written at build time. The app mounts, hidden, beside the prerendered
//! markup (`#page-ecrite`, see `communs_core::publication::PRERENDERED_ID`), and shows itself
//! in place of it in one frame once the dataset has loaded, so the visitor never sees a
//! loading line, a blank or a jump. Whatever the visitor typed into the prerendered search box
//! meanwhile, and where the focus was, carry over. When the dataset cannot be loaded, a page
//! that needs it keeps the written markup, readable, with the notice and its retry near the top
//! (see `components::load_error` and `written_page.rs`); the app shows once a retry succeeds. A page without
//! prerendered markup (`404.html`, `trunk serve`) mounts as usual.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use crate::browser::document;
use crate::components::focus::focus_main;
use crate::data::DataStore;
use crate::written_page;

/// Mounts `app` over the page's prerendered markup, or into the empty page, once the page has
/// been read (the loader is `async`: with the wasm in cache it may run before the body is parsed).
pub fn mount<N: IntoView + 'static>(app: fn() -> N) {
    let Some(document) = document() else { return };
    if document.ready_state() == "loading" {
        let later = Closure::once_into_js(move || mount_now(app));
        let _ = document.add_event_listener_with_callback("DOMContentLoaded", later.unchecked_ref());
    } else {
        mount_now(app);
    }
}

fn mount_now<N: IntoView + 'static>(app: fn() -> N) {
    let Some(document) = document() else { return };
    let (Some(prerendered), Some(body)) = (written_page::element(), document.body()) else {
        leptos::mount::mount_to_body(app);
        return;
    };
    let Ok(host) = document.create_element("div").map(JsCast::unchecked_into::<HtmlElement>) else { return };
    host.set_hidden(true);
    if body.append_child(&host).is_err() {
        return;
    }
    keep_links_to_the_browser(&prerendered);
    let shown = host.clone();
    leptos::mount::mount_to(host, move || {
        let store = DataStore::provide();
        Effect::new(move |_| {
            let Some(outcome) = store.state() else { return };
            let (prerendered, shown) = (prerendered.clone(), shown.clone());
            leptos::task::spawn_local(async move {
                // Behind the views that draw the data, which the same change woke: still
                // within this task of the page, before the browser paints again.
                for _ in 0..2 {
                    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
                }
                let kept_for_its_notice = outcome.is_err() && written_page::holds_notice();
                if prerendered.is_connected() && !kept_for_its_notice {
                    reveal(&prerendered, &shown);
                }
            });
        });
        app()
    })
    .forget();
}

/// A link clicked in the written page before the app shows is the browser's to follow (to
/// that address's written page): the hidden app's router, which listens to every click in the
/// page, never sees it, so it does not move behind the visitor's back.
fn keep_links_to_the_browser(prerendered: &Element) {
    let stop = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| event.stop_propagation());
    let _ = prerendered.add_event_listener_with_callback("click", stop.as_ref().unchecked_ref());
    // Lives as long as the written page, which the app removes once.
    stop.forget();
}

/// Shows the app in place of the prerendered markup, with the visitor's typing and focus.
fn reveal(prerendered: &Element, app: &HtmlElement) {
    let focused = written_page::focus_spot(prerendered);
    let typed = written_page::search_box(prerendered).map(|input| input.value()).filter(|text| !text.is_empty());
    let after_a_notice = written_page::has_held_notice(prerendered);
    // Shown first, then the old markup removed: the page never gets shorter, so the scroll
    // position stays.
    app.set_hidden(false);
    prerendered.remove();
    crate::timing::mark("revealed");
    if let Some(text) = typed {
        if let Some(input) = written_page::search_box(app).filter(|input| input.value() != text) {
            input.set_value(&text);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = input.dispatch_event(&event);
            }
        }
    }
    match focused {
        Some(spot) => spot.focus_in(app),
        // After a retry that worked, the notice and its button are gone: the focus goes to the
        // main content the data now fills.
        None if after_a_notice => focus_main(),
        None => {}
    }
}
