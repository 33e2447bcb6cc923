//! « S'abonner »: one subscription's calendar, as a `webcal:` link a calendar app opens and as
//! its file's own address, and its Atom feed. Plain links, so that a page written at build time
//! offers them without JavaScript.
//!
//! ```ignore
//! view! { <Subscribe scope=FeedScope::Kind(Kind::Call)/> }
//! ```

use communs_core::subscription::{webcal_url, FeedScope};
use communs_core::text::subscriptions;
use leptos::prelude::*;

use crate::i18n::lang;
use crate::site::{absolute_site_root, site_root};

/// Where the calendar is fetched from: the site as the visitor reached it (a mirror, a preview),
/// else, in a page written at build time, the address the build gave.
fn reachable_root() -> Option<String> {
    Some(site_root()).filter(|root| !root.is_empty()).or_else(absolute_site_root)
}

/// The links of `scope`'s subscription, under « S'abonner » and what it holds; `compact` (in the
/// export menu) leaves out the sentence that says what subscribing does.
#[component]
pub fn Subscribe(#[prop(into)] scope: Signal<FeedScope>, #[prop(optional)] compact: bool) -> impl IntoView {
    let lang = lang();
    let words = subscriptions::of(lang);
    let webcal = move || reachable_root().and_then(|root| webcal_url(&format!("{root}{}", scope.get().ics_path())));
    // Files, not views: `rel="external"` keeps the router from taking the click.
    view! {
        <div class="subscribe">
            <p><strong>{words.subscribe}</strong>" — "{move || scope.get().label(lang)}</p>
            <ul class=if compact { "export-list" } else { "subscribe-links" }>
                {move || webcal().map(|href| view! { <li><a href=href rel="external">{words.calendar}</a></li> })}
                <li><a href=move || scope.get().ics_path() rel="external" type="text/calendar">{words.calendar_file}</a></li>
                <li><a href=move || scope.get().atom_path() rel="external" type="application/atom+xml">{words.feed}</a></li>
            </ul>
            {(!compact).then(|| view! { <p class="muted">{words.help}</p> })}
        </div>
    }
}
