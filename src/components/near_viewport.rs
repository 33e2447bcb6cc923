//! Tells the parts of a long list when they come near the screen, so that each is drawn only
//! when a visitor may see it (an `IntersectionObserver`, one for the whole list).

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Attribute that carries a part's slot number, as handed out by [`NearViewportBuilder::slot`].
pub const SLOT_ATTRIBUTE: &str = "data-slot";

/// How far around the screen a part counts as near: one screen above and below, so that
/// scrolling or tabbing finds the next part already drawn.
const MARGIN: &str = "100% 0px";

/// Watches the parts of one rendering of a list. Drop it with that rendering: the observer stops.
pub struct NearViewport {
    observer: Option<IntersectionObserver>,
    alive: Rc<Cell<bool>>,
    // Called by the observer: kept as long as the observer may call it (none when prerendering).
    _callback: Option<Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>>,
}

/// The part a slot refers to, handed out by [`NearViewportBuilder::slot`].
#[derive(Clone, Copy)]
pub struct Slot {
    /// Its number, for [`SLOT_ATTRIBUTE`].
    pub index: usize,
    /// True once the part has come near the screen.
    pub near: RwSignal<bool>,
}

/// Collects the parts of a list before it is drawn.
#[derive(Default)]
pub struct NearViewportBuilder {
    flags: Vec<RwSignal<bool>>,
}

impl NearViewportBuilder {
    /// A new part: put its index in [`SLOT_ATTRIBUTE`] on the part's element.
    pub fn slot(&mut self) -> Slot {
        let near = RwSignal::new(false);
        self.flags.push(near);
        Slot { index: self.flags.len() - 1, near }
    }

    /// Starts watching, once they are in the page, the elements inside `container` (a CSS
    /// selector) that carry a [`SLOT_ATTRIBUTE`]. Without `IntersectionObserver`, every part is
    /// near. When prerendering, none is: the page holds what is drawn ahead.
    pub fn watch(self, container: &str) -> NearViewport {
        let selector = format!("{container} [{SLOT_ATTRIBUTE}]");
        let flags = self.flags;
        let alive = Rc::new(Cell::new(true));
        if crate::browser::PRERENDERING {
            return NearViewport { observer: None, alive, _callback: None };
        }
        let on_change = {
            let flags = flags.clone();
            Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
                move |entries: js_sys::Array, observer: IntersectionObserver| {
                    for entry in entries.iter() {
                        let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else { continue };
                        if !entry.is_intersecting() {
                            continue;
                        }
                        // Once drawn, a part stays: it needs watching no more.
                        let target = entry.target();
                        observer.unobserve(&target);
                        let slot = target.get_attribute(SLOT_ATTRIBUTE).and_then(|s| s.parse::<usize>().ok());
                        if let Some(flag) = slot.and_then(|s| flags.get(s)) {
                            flag.try_set(true);
                        }
                    }
                },
            )
        };
        let options = IntersectionObserverInit::new();
        options.set_root_margin(MARGIN);
        let observer = IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options).ok();
        match &observer {
            Some(observer) => {
                let (observer, alive) = (observer.clone(), alive.clone());
                crate::browser::next_frame(move || {
                    if alive.get() {
                        observe_all(&observer, &selector);
                    }
                });
            }
            None => flags.iter().for_each(|flag| flag.set(true)),
        }
        NearViewport { observer, alive, _callback: Some(on_change) }
    }
}

fn observe_all(observer: &IntersectionObserver, selector: &str) {
    let Some(found) = crate::browser::document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(element) = found.item(i).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) {
            observer.observe(&element);
        }
    }
}

impl Drop for NearViewport {
    fn drop(&mut self) {
        self.alive.set(false);
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
