//! The views another site frames (`embed/`, `embed/calls/`, `embed/timeline/`): no site header
//! nor footer, a small « Communs — CNNum » link back, and every link opens in the top window.
//! The list takes Explore's parameters (`embed/?pilier=contribuer&q=atelier`); any other
//! parameter is ignored.

mod list;

use communs_core::route::Route;
use communs_core::text::sharing::{SharingTexts, BRAND};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use self::list::EmbedList;
use crate::components::embed_snippet::Embedded;
use crate::i18n::lang;
use crate::query::link;
use crate::site::{relative_path, router_base};
use crate::views::calls::Calls;
use crate::views::timeline::Timeline;

/// True when the router's page is an embed, which the app draws without header and footer.
/// Read once: every link of an embed leaves the frame.
pub fn is_embed_page() -> bool {
    let path = use_location().pathname.get_untracked();
    Route::from_path(&relative_path(&path, &router_base())).is_some_and(|route| route.is_embed())
}

/// What a page of the full site shows when another site frames it (a host that sends no
/// `frame-ancestors`, such as GitHub Pages, or an address outside `embed/`): one link that opens
/// it outside the frame, so that the full site never runs inside someone else's page.
#[component]
pub fn LeaveFrame() -> impl IntoView {
    let here = crate::browser::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let s = SharingTexts::of(lang());
    view! {
        <main class="embed" id="contenu">
            <p class="embed-brand"><a href=here target="_top">{s.open_outside_frame}</a>" · "{BRAND}</p>
        </main>
    }
}

/// A link clicked inside the frame opens in the top window: its target is set to `_top` (unless
/// it has one), and the click is kept from the app's router, which would move inside the frame.
/// The page written at build time says the same with `<base target="_top">`.
fn open_links_on_top(event: leptos::ev::MouseEvent) {
    let anchor = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("a[href]").ok().flatten())
        .and_then(|anchor| anchor.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        if anchor.target().is_empty() {
            anchor.set_target("_top");
        }
        event.stop_propagation();
    }
}

/// The frame around an embedded view: the link back to the site, and `back`, the full site's
/// same view.
#[component]
fn EmbedFrame(#[prop(into)] back: Signal<String>, children: Children) -> impl IntoView {
    provide_context(Embedded);
    let s = SharingTexts::of(lang());
    view! {
        <div class="embed" on:click=open_links_on_top>
            <p class="embed-brand">
                <a href=Route::Explore.href("") target="_top">{BRAND}</a>
                " · "
                <a href=move || back.get() target="_top">{s.see_on_site}</a>
            </p>
            {children()}
        </div>
    }
}

/// `embed/`: the entries a filter finds.
#[component]
pub fn EmbedListPage() -> impl IntoView {
    let query = crate::query::use_query();
    let back = Signal::derive(move || query.with(|q| link(&Route::Explore, q)));
    view! { <EmbedFrame back=back><EmbedList query=query/></EmbedFrame> }
}

/// `embed/calls/`: the contribution calls.
#[component]
pub fn EmbedCallsPage() -> impl IntoView {
    view! { <EmbedFrame back=Route::Calls.href("")><Calls/></EmbedFrame> }
}

/// `embed/timeline/`: the timeline, with Explore's filters.
#[component]
pub fn EmbedTimelinePage() -> impl IntoView {
    let query = crate::query::use_query();
    let back = Signal::derive(move || query.with(|q| link(&Route::Timeline, q)));
    view! { <EmbedFrame back=back><Timeline/></EmbedFrame> }
}
