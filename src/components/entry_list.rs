//! Entries grouped by kind, newest first: for person and organisation pages.

use communs_core::display::kind_name;
use communs_core::publication::RESULT_LIST_CLASS;
use communs_core::search::by_kind_newest_first;
use communs_core::Entry;
use leptos::prelude::*;

use crate::components::entry_card::{static_card, EntryCard};
use crate::i18n::{lang, t};

/// Lists `entries` under one heading per kind.
#[component]
pub fn EntryList(entries: Vec<Entry>) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let total = entries.len();
    let groups = by_kind_newest_first(&entries)
        .into_iter()
        .map(|(kind, of_kind)| {
            let items = of_kind
                .into_iter()
                .map(|entry| view! { <li><EntryCard card=static_card(entry) query=String::new()/></li> })
                .collect_view();
            view! {
                <section>
                    <h2>{kind_name(kind, lang)}</h2>
                    <ul class=RESULT_LIST_CLASS>{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p>{(t.entries_count)(total)}</p>
        {groups}
    }
}
