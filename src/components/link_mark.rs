//! Beside a link, what the link report knows of it: « vérifié le 12 mars 2026 », or
//! « inaccessible depuis le … » with a link to the Internet Archive's copy. A link the report
//! never checked or could not judge (the server refused its robot), or a site without a
//! report, shows nothing.

use communs_core::display::date_label;
use communs_core::links_report::LinkStatus;
use communs_core::publication::archived_copy;
use leptos::prelude::*;

use crate::i18n::{lang, t};
use crate::links::LinksStore;

/// The mark for `url`, updated when the report arrives.
#[component]
pub fn LinkMark(url: String) -> impl IntoView {
    let (lang, t) = (lang(), t());
    move || {
        let check = LinksStore::check(&url)?;
        let view = if check.is_dead() {
            let since = check.dead_since.as_ref().unwrap_or(&check.checked);
            view! {
                <span class="link-mark dead">
                    " — "{(t.link_dead_since)(&date_label(since, lang))}" · "
                    <a href=archived_copy(&url) rel="external noopener noreferrer">{t.link_archive}</a>
                </span>
            }
            .into_any()
        } else if matches!(check.status, LinkStatus::Live | LinkStatus::Redirected) {
            view! { <span class="link-mark">" — "{(t.link_verified)(&date_label(&check.checked, lang))}</span> }
                .into_any()
        } else {
            // A server that refused the checker's robot says nothing of what a visitor gets.
            return None;
        };
        Some(view)
    }
}
