//! Offline: registers the service worker that `cargo xtask dist` writes (named by a `<meta>` of
//! every built page; `trunk serve` has none), and learns when a new version of the site has
//! installed beside the running one, so that the app can offer to show it.

use std::cell::{Cell, RefCell};

use communs_core::service_worker::{SERVICE_WORKER_META_NAME, TAKE_OVER_MESSAGE};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use crate::browser::{document, window};
use crate::site::{meta_content, site_root};

thread_local! {
    /// Whether the worker was registered in this page already (the views re-render).
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
    /// The registration, once known.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Whether the visitor asked for the new version (then a change of worker reloads the page).
    static ASKED: Cell<bool> = const { Cell::new(false) };
    /// Whether a new version waits; outlives the views, which a language switch re-creates.
    static UPDATE_READY: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Whether a new version of the site has installed and waits (tracked).
pub fn update_ready() -> bool {
    UPDATE_READY.with(|ready| ready.get())
}

fn announce_update() {
    UPDATE_READY.with(|ready| ready.set(true));
}

/// The page's service worker container, where the browser has one (not on plain `http://`).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the site's service worker once per page, if the build wrote one. Called once the
/// app shows its data, so that caching for later never competes with the first paint.
pub fn register() {
    if REGISTERED.with(|done| done.replace(true)) {
        return;
    }
    let (Some(path), Some(container)) = (meta_content(SERVICE_WORKER_META_NAME), container()) else { return };
    let scope = site_root();
    let options = RegistrationOptions::new();
    options.set_scope(&scope);
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options(&format!("{scope}{path}"), &options);
    let had_worker = container.controller().is_some();
    on(&container, "controllerchange", move || {
        // Another tab took the new version, or this one asked for it.
        if ASKED.with(Cell::get) {
            reload();
        } else if had_worker {
            announce_update();
        }
    });
    leptos::task::spawn_local(async move {
        // A browser that refuses workers (a setting, an automated browser) may answer with
        // nothing at all: then there is nothing to watch.
        let registered = wasm_bindgen_futures::JsFuture::from(promise).await;
        let Some(registration) = registered.ok().and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok()) else {
            return;
        };
        watch(&registration, &container);
        REGISTRATION.with(|kept| *kept.borrow_mut() = Some(registration));
    });
}

/// Announces a worker that waits now or installs later while an older one runs the page, and
/// checks for a new version whenever the page comes back into view.
fn watch(registration: &ServiceWorkerRegistration, container: &ServiceWorkerContainer) {
    let controlled = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && controlled() {
        announce_update();
    }
    // A worker may be installing already (the browser checks for one as the page loads).
    if let Some(installing) = registration.installing() {
        announce_when_installed(&installing, controlled.clone());
    }
    let watched = registration.clone();
    on(registration, "updatefound", move || {
        if let Some(installing) = watched.installing() {
            announce_when_installed(&installing, controlled.clone());
        }
    });
    let checked = registration.clone();
    if let Some(document) = document() {
        on(&document.clone(), "visibilitychange", move || {
            if document.visibility_state() == web_sys::VisibilityState::Visible {
                let _ = checked.update();
            }
        });
    }
}

/// Announces `worker` once it has installed, if an older worker runs the page.
fn announce_when_installed(worker: &ServiceWorker, controlled: impl Fn() -> bool + 'static) {
    let installing = worker.clone();
    on(worker, "statechange", move || {
        if installing.state() == ServiceWorkerState::Installed && controlled() {
            announce_update();
        }
    });
}

/// Shows the new version: the waiting worker takes over, and its arrival reloads the page.
pub fn show_new_version() {
    ASKED.with(|asked| asked.set(true));
    let waiting = REGISTRATION.with(|kept| kept.borrow().as_ref().and_then(ServiceWorkerRegistration::waiting));
    match waiting {
        Some(worker) => {
            let _ = worker.post_message(&JsValue::from_str(TAKE_OVER_MESSAGE));
        }
        None => reload(),
    }
}

fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}

/// Calls `f` on each `event` of `target`, for the page's life.
fn on(target: &web_sys::EventTarget, event: &str, f: impl Fn() + 'static) {
    let listener = Closure::<dyn Fn()>::new(f);
    let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    listener.forget();
}
