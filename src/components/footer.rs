//! The footer: dataset version, date, the raw data, and the accessibility compliance level
//! with the statement, the site map and the legal notice.

use communs_core::display::date_label;
use communs_core::route::Route;
use leptos::prelude::*;

use communs_core::publication::{CONTACT_EMAIL, DATASET_PATH, FEED_PATH, SCHEMA_PATH};

use crate::data::DataStore;
use crate::i18n::{lang, t};
use communs_core::text::statements::statements;

/// Footer with the dataset's version and links to the JSON, its schema and the feed.
#[component]
pub fn Footer() -> impl IntoView {
    let store = DataStore::expect();
    let t = t();
    let lang = lang();
    let s = statements(lang);
    let meta = move || {
        store
            .state()
            .and_then(Result::ok)
            .map(|data| (t.footer_version)(&data.version, &date_label(&data.updated, lang)))
    };
    view! {
        <footer class="site-footer">
            <p>{meta}</p>
            <p>
                <a href=DATASET_PATH rel="external">{t.footer_json}</a>
                " · "
                <a href=SCHEMA_PATH rel="external">{t.footer_schema}</a>
                " · "
                <a href=FEED_PATH rel="external">{t.footer_feed}</a>
                " · "
                <a href=format!("mailto:{CONTACT_EMAIL}")>{CONTACT_EMAIL}</a>
            </p>
            <p class="muted">{t.footer_source}</p>
            <p>
                <a href=Route::Accessibility.href("")>{s.footer_compliance}</a>
                " · "
                <a href=Route::SiteMap.href("")>{s.site_map_link}</a>
                " · "
                <a href=Route::LegalNotice.href("")>{s.legal_link}</a>
            </p>
        </footer>
    }
}
