//! Taking over a page written at build time. The app mounts, hidden, beside the prerendered
//! markup (`#page-ecrite`, see `communs_core::publication::PRERENDERED_ID`), and shows itself
//! in place of it in one frame once the dataset has loaded, so the visitor never sees a
//! loading line, a blank or a jump. Whatever the visitor typed into the prerendered search box
//! meanwhile, and where the focus was, carry over. When the dataset cannot be loaded, a page
//! that needs it keeps the written markup, readable, with the notice and its retry at the top
//! (see `components::load_error`); the app shows once a retry succeeds. A page without
//! prerendered markup (`404.html`, `trunk serve`) mounts as usual.

use communs_core::publication::PRERENDERED_ID;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::browser::document;
use crate::data::DataStore;

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
    let (Some(prerendered), Some(body)) = (document.get_element_by_id(PRERENDERED_ID), document.body()) else {
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
                let kept_for_its_notice = outcome.is_err() && holds_notice(&prerendered);
                if prerendered.is_connected() && !kept_for_its_notice {
                    reveal(&prerendered, &shown);
                }
            });
        });
        app()
    })
    .forget();
}

/// Where the notice of a dataset that could not be loaded goes while the written page is on
/// screen: at the top of its main content. None once the app shows (or without a written page).
pub fn written_page_notice_spot() -> Option<Element> {
    let document = document()?;
    if let Some(spot) = document.get_element_by_id(NOTICE_SPOT_ID) {
        return Some(spot);
    }
    let written = document.get_element_by_id(PRERENDERED_ID)?;
    let main = written.query_selector("main").ok().flatten().unwrap_or_else(|| written.clone());
    let spot = document.create_element("div").ok()?;
    spot.set_id(NOTICE_SPOT_ID);
    main.insert_before(&spot, main.first_child().as_ref()).ok()?;
    Some(spot)
}

/// The id of the written page's notice spot.
const NOTICE_SPOT_ID: &str = "page-ecrite-alerte";

/// True when the written page shows a notice that the data could not be loaded.
fn holds_notice(prerendered: &Element) -> bool {
    prerendered.query_selector(&format!("#{NOTICE_SPOT_ID} [role=alert]")).ok().flatten().is_some()
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

/// What the visitor has typed into the written page's search box (if anything), while that
/// page is still on screen: the view that owns the box starts from it, so that its first render already
/// answers it (see `LiveQuery::carry_written_typing`).
pub fn typed_in_written_page() -> Option<String> {
    let typed = written_search_box(&document()?.get_element_by_id(PRERENDERED_ID)?)?.value();
    (!typed.is_empty()).then_some(typed)
}

fn written_search_box(prerendered: &Element) -> Option<HtmlInputElement> {
    prerendered.query_selector("input[type=search]").ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
}

/// Shows the app in place of the prerendered markup, with the visitor's typing and focus.
fn reveal(prerendered: &Element, app: &HtmlElement) {
    let focused_id =
        document().and_then(|d| d.active_element()).filter(|e| prerendered.contains(Some(e))).map(|e| e.id());
    let typed = written_search_box(prerendered).map(|input| input.value()).filter(|text| !text.is_empty());
    // Shown first, then the old markup removed: the page never gets shorter, so the scroll
    // position stays.
    app.set_hidden(false);
    prerendered.remove();
    crate::timing::mark("revealed");
    let find = |id: &str| document().and_then(|d| d.get_element_by_id(id));
    if let Some(text) = typed {
        let input =
            app.query_selector("input[type=search]").ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input.filter(|input| input.value() != text) {
            input.set_value(&text);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = input.dispatch_event(&event);
            }
        }
    }
    if let Some(element) = focused_id.filter(|id| !id.is_empty()).and_then(|id| find(&id)) {
        if let Ok(element) = element.dyn_into::<HtmlElement>() {
            let _ = element.focus();
        }
    }
}
