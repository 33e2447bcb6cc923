//! On the contributor page: the checked file's links that the link report knows, each with its
//! mark, so that a contributor sees a dead link before proposing the file. Nothing shows when
//! the site has no report or the report knows none of them.

use communs_core::Loaded;
use leptos::prelude::*;

use crate::components::link_mark::LinkMark;
use crate::i18n::t;
use crate::links::LinksStore;

/// Most links listed: a large file lists its first ones.
const LISTED: usize = 200;

/// The file's web links with the entry that holds them, in the file's order.
fn web_links(loaded: &Loaded) -> Vec<(String, String)> {
    let Some(dataset) = &loaded.dataset else { return Vec::new() };
    dataset
        .entries
        .iter()
        .flat_map(|entry| entry.web_addresses().map(|(_, url)| (entry.id.clone(), url.to_string())))
        .collect()
}

/// The list, updated as the file is edited and when the report arrives.
#[component]
pub fn KnownLinks(checked: Memo<Option<Loaded>>) -> impl IntoView {
    let t = t();
    let links = Memo::new(move |_| checked.with(|c| c.as_ref().map(web_links).unwrap_or_default()));
    let known = move || {
        links.with(|links| {
            links.iter().filter(|(_, url)| LinksStore::check(url).is_some()).take(LISTED).cloned().collect::<Vec<_>>()
        })
    };
    move || {
        let known = known();
        (!known.is_empty()).then(|| {
            let items = known
                .into_iter()
                .map(|(id, url)| view! { <li><code>{id}</code>{t.colon}<span class="known-url">{url.clone()}</span><LinkMark url=url/></li> })
                .collect_view();
            view! {
                <section class="known-links" aria-labelledby="liens-connus">
                    <h2 id="liens-connus">{t.known_links}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}
