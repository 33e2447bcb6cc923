//! The page written at build time (`#page-ecrite`, see
//! `communs_core::publication::PRERENDERED_ID`) while it is on screen, before the app takes its
//! place (`takeover.rs`): what the visitor typed into its search box, and where it says that the
//! dataset could not be loaded.

use std::cell::Cell;

use communs_core::publication::{PRERENDERED_ID, RESULT_LIST_CLASS};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::browser::document;
use crate::components::focus::focus_by_id;

/// The id of the spot that holds the notice; `style/main.css` hides the written page's dead
/// controls while it holds one.
const NOTICE_SPOT_ID: &str = "page-ecrite-alerte";

thread_local! {
    /// True while a notice is in the written page (set as the notice renders, before any
    /// effect of the same change runs).
    static NOTICE_SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// The written page, while it is on screen.
pub fn element() -> Option<Element> {
    document()?.get_element_by_id(PRERENDERED_ID)
}

/// The search box of `root` (the written page, or the app).
pub fn search_box(root: &Element) -> Option<HtmlInputElement> {
    root.query_selector("input[type=search]").ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
}

/// A selector for the links of the result list of `root` (the written page, or the app), in order.
fn result_links() -> String {
    format!(".{RESULT_LIST_CLASS} .card-title a")
}

/// Where the focus is in `root`, to carry it over: the focused element's id, or, for a
/// result's link (cards have no id), its place among the list's links.
pub fn focus_spot(root: &Element) -> Option<FocusSpot> {
    let focused = document()?.active_element().filter(|e| root.contains(Some(e)))?;
    if !focused.id().is_empty() {
        return Some(FocusSpot::Id(focused.id()));
    }
    let links = root.query_selector_all(&result_links()).ok()?;
    (0..links.length())
        .find(|&i| links.item(i).is_some_and(|link| focused.is_same_node(Some(&link))))
        .map(FocusSpot::Result)
}

/// A place the focus can be carried to from the written page to the app.
pub enum FocusSpot {
    /// The element with this id.
    Id(String),
    /// The result link at this place in the list.
    Result(u32),
}

impl FocusSpot {
    /// Focuses the same spot in `root`, once the written page is gone (ids are then unique).
    pub fn focus_in(&self, root: &Element) {
        match self {
            FocusSpot::Id(id) => focus_by_id(id),
            FocusSpot::Result(place) => {
                let link = root.query_selector_all(&result_links()).ok().and_then(|links| links.item(*place));
                if let Some(link) = link.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = link.focus();
                }
            }
        }
    }
}

/// What the visitor has typed into the written page's search box, if anything: the view that
/// owns the box starts from it, so that its first render already answers it (see
/// `LiveQuery::carry_written_typing`).
pub fn typed() -> Option<String> {
    let typed = search_box(&element()?)?.value();
    (!typed.is_empty()).then_some(typed)
}

/// Where the notice of a dataset that could not be loaded goes while the written page is on
/// screen: just after its main heading (headings keep their order), else at the top of its main
/// content. None without a written page. The notice counts as shown until [`notice_gone`].
pub fn notice_spot() -> Option<Element> {
    let document = document()?;
    let spot = match document.get_element_by_id(NOTICE_SPOT_ID) {
        Some(spot) => spot,
        None => {
            let written = element()?;
            let main = written.query_selector("main").ok().flatten().unwrap_or_else(|| written.clone());
            let spot = document.create_element("div").ok()?;
            spot.set_id(NOTICE_SPOT_ID);
            match main.query_selector("h1").ok().flatten() {
                Some(heading) => heading.parent_node()?.insert_before(&spot, heading.next_sibling().as_ref()).ok()?,
                None => main.insert_before(&spot, main.first_child().as_ref()).ok()?,
            };
            spot
        }
    };
    NOTICE_SHOWN.set(true);
    Some(spot)
}

/// The notice has left the written page (a retry is under way, or the app shows).
pub fn notice_gone() {
    NOTICE_SHOWN.set(false);
}

/// True while the written page holds a notice: it stays on screen, readable, instead of the
/// app's error.
pub fn holds_notice() -> bool {
    NOTICE_SHOWN.get()
}

/// True when `written` has held a notice (its spot stays once the notice is gone): its button,
/// which had the focus, is gone too.
pub fn has_held_notice(written: &Element) -> bool {
    written.query_selector(&format!("#{NOTICE_SPOT_ID}")).ok().flatten().is_some()
}
