//! Results come in pages; the page is in the URL.

use communs_core::publication::PAGER_CLASS;
use communs_core::route::Route;
use communs_core::search::{page_count, Query};
use leptos::prelude::*;

use crate::i18n::t;
use crate::query::link;

/// « ← Précédent · Page 2 sur 5 · Suivant → », when there is more than one page.
#[component]
pub fn Pager(query: Memo<Query>, total: Signal<usize>) -> impl IntoView {
    let t = t();
    let pages = move || page_count(total.get());
    let page = move || query.with(|q| q.page).min(pages());
    let href = move |target: usize| {
        let mut q = query.get();
        q.page = target;
        link(&Route::Explore, &q)
    };
    move || {
        (pages() > 1).then(|| {
            view! {
                <nav class=PAGER_CLASS aria-label=t.pages_label>
                    {(page() > 1).then(|| view! { <a href=href(page() - 1) rel="prev">{t.previous}</a> })}
                    <span>{(t.page_of)(page(), pages())}</span>
                    {(page() < pages()).then(|| view! { <a href=href(page() + 1) rel="next">{t.next}</a> })}
                </nav>
            }
        })
    }
}
