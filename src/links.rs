//! The link report (`data/links.json`, written by `cargo xtask check-links`), read lazily: the
//! first view that shows a link asks for it after the page is painted, and nothing waits for
//! it. A site built without a report never requests it (its pages carry no
//! `<meta name="communs:links-report">`); a report that fails to load or to parse shows no mark.

use std::sync::Arc;
use std::time::Duration;

use communs_core::links_report::{LinkCheck, LinksReport};
use communs_core::publication::{LINKS_REPORT_META_NAME, LINKS_REPORT_PATH};
use gloo_net::http::Request;
use leptos::prelude::*;

use crate::site::meta_content;

/// The report once loaded, shared by every view.
#[derive(Clone, Copy)]
pub struct LinksStore {
    report: RwSignal<Option<Arc<LinksReport>>>,
    asked: StoredValue<bool>,
}

async fn fetch_report() -> Option<LinksReport> {
    let response = Request::get(LINKS_REPORT_PATH).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    LinksReport::from_json(&response.text().await.ok()?).ok()
}

impl LinksStore {
    /// Shares an empty store; nothing is fetched yet.
    pub fn provide() {
        provide_context(LinksStore { report: RwSignal::new(None), asked: StoredValue::new(false) });
    }

    /// What the report says of `url`, tracked: `None` until the report has arrived, and for a
    /// link it never checked. The first call asks for the report, after the next paint.
    pub fn check(url: &str) -> Option<LinkCheck> {
        let store = use_context::<LinksStore>()?;
        if !store.asked.get_value() {
            store.asked.set_value(true);
            if meta_content(LINKS_REPORT_META_NAME).is_some() {
                // After the next frame is painted: the page never waits for the report.
                crate::browser::next_frame(move || {
                    crate::browser::after(Duration::ZERO, move || {
                        leptos::task::spawn_local(async move {
                            if let Some(report) = fetch_report().await {
                                store.report.set(Some(Arc::new(report)));
                            }
                        })
                    })
                });
            }
        }
        store.report.with(|r| r.as_ref().and_then(|r| r.get(url).cloned()))
    }
}
