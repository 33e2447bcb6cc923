//! « Intégrer »: the `<iframe>` code that shows a view, with its filters, on another site's
//! page (`embed/`, `embed/calls/`, `embed/timeline/`), ready to copy.

use communs_core::route::{EmbedView, Route};
use communs_core::search::Query;
use communs_core::text::sharing::SharingTexts;
use leptos::prelude::*;

use crate::components::share_link::{copy_to_clipboard, Copy};
use crate::i18n::lang;
use crate::query::query_string;
use crate::site::absolute_site_root;

/// The marker a framed view provides, so that no « Intégrer » shows inside an embed.
#[derive(Clone, Copy, Debug)]
pub struct Embedded;

impl Embedded {
    /// Where a view at `full_page` keeps its filters: its embed's address inside a frame, so
    /// that a control of the view (a month, a period) never moves the frame to the full site.
    pub fn page_of(full_page: Route) -> Route {
        match use_context::<Embedded>() {
            Some(_) => full_page.embed().unwrap_or(full_page),
            None => full_page,
        }
    }
}

/// The frame's height in pixels: enough for a few cards, the rest scrolls inside.
fn height(view: EmbedView) -> u16 {
    match view {
        EmbedView::List => 640,
        EmbedView::Calls | EmbedView::Timeline => 720,
    }
}

/// `text` for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The `<iframe>` element that frames `view` at `src`, titled for screen readers.
pub fn iframe_code(view: EmbedView, src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border: 0\" loading=\"lazy\"></iframe>",
        attribute(src),
        attribute(title),
        height(view)
    )
}

/// « Intégrer » for `page` (Explore, the calls or the timeline) with `query`'s filters: a
/// disclosure with the code in a read-only field and a button that copies it. Nothing for a
/// page without an embed, inside an embed, or in a page written without the site's address.
pub fn embed_snippet(page: Route, query: Option<Signal<Query>>) -> impl IntoView {
    let Some(Route::Embed(view)) = page.embed() else { return None };
    let root = absolute_site_root().filter(|_| use_context::<Embedded>().is_none())?;
    let s = SharingTexts::of(lang());
    let folder = Route::Embed(view).folder();
    let code = Memo::new(move |_| {
        let filters = query.map(|q| q.with(query_string)).unwrap_or_default();
        iframe_code(view, &format!("{root}{folder}{filters}"), (s.frame_title)(view))
    });
    let copied = RwSignal::new(Copy::Idle);
    let copy = move |_| {
        copied.set(Copy::Idle);
        let text = code.get_untracked();
        leptos::task::spawn_local(async move { copied.set(copy_to_clipboard(text).await) });
    };
    let status = move || match copied.get() {
        Copy::Idle => "",
        Copy::Done => s.code_copied,
        Copy::Failed => s.code_copy_failed,
    };
    Some(view! {
        <details class="embed-snippet">
            <summary>{s.embed}</summary>
            <p>{s.embed_help}</p>
            <label>
                {s.embed_code}
                <textarea readonly rows="4" spellcheck="false" prop:value=move || code.get()>{code.get_untracked()}</textarea>
            </label>
            <p>
                <button type="button" class="button-quiet" on:click=copy>{s.copy_code}</button>
                " "<span class="muted" role="status">{status}</span>
            </p>
        </details>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_one_titled_iframe_with_its_address_escaped() {
        let code = iframe_code(EmbedView::List, "https://x.org/embed/?pilier=contribuer&q=a\"b", "Communs — CNNum");
        assert!(code.starts_with("<iframe src=\"https://x.org/embed/?pilier=contribuer&amp;q=a&quot;b\""), "{code}");
        assert!(code.contains("title=\"Communs — CNNum\""));
        assert!(code.contains("height=\"640\""));
        assert!(code.ends_with("></iframe>"));
    }
}
