//! Downloads of exactly what is on screen (the current search and filters): CSV, JSON, iCalendar.

use std::sync::Arc;

use communs_core::export::{calendar, dataset_json, entries_csv, entries_geojson, export_file_name};
use communs_core::search::{Query, Results};
use communs_core::{Entry, Kind};
use leptos::prelude::*;

use crate::data::AppData;
use crate::download::download;
use crate::i18n::t;

/// The site's root URL as the browser sees it, for links back from exported files.
pub fn site_root() -> String {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default()
}

/// Buttons that export the entries of the current query.
#[component]
pub fn ExportMenu(data: Arc<AppData>, query: Memo<Query>, results: Memo<Results>) -> impl IntoView {
    let t = t();
    let selected = {
        let data = data.clone();
        move || -> Vec<Entry> {
            results.with_untracked(|r| r.hits.iter().filter_map(|&i| data.catalog.entry(i).cloned()).collect())
        }
    };
    let csv = {
        let selected = selected.clone();
        move |_| {
            let entries = selected();
            let refs: Vec<&Entry> = entries.iter().collect();
            download(&export_file_name(&query.get_untracked(), "csv"), "text/csv;charset=utf-8", &entries_csv(&refs));
        }
    };
    let json = {
        let selected = selected.clone();
        let data = data.clone();
        move |_| {
            let entries = selected();
            let refs: Vec<&Entry> = entries.iter().collect();
            let text = dataset_json(&refs, None, &data.version, &data.updated);
            download(&export_file_name(&query.get_untracked(), "json"), "application/json;charset=utf-8", &text);
        }
    };
    let ics = {
        let selected = selected.clone();
        let data = data.clone();
        move |_| {
            let root = site_root();
            let page = |id: &str| format!("{root}entry/{id}/");
            let text = calendar(&selected(), "Communs — événements du CNNum", &data.updated, &page);
            download(&export_file_name(&query.get_untracked(), "ics"), "text/calendar;charset=utf-8", &text);
        }
    };
    let geo = {
        let selected = selected.clone();
        move |_| {
            let entries = selected();
            let refs: Vec<&Entry> = entries.iter().collect();
            let root = site_root();
            let text = entries_geojson(&refs, &|id| format!("{root}entry/{id}/"));
            download(&export_file_name(&query.get_untracked(), "geojson"), "application/geo+json;charset=utf-8", &text);
        }
    };
    // The counts on the buttons are worked out only while the menu is open: typing with the
    // menu closed never scans the results for them.
    let (open, set_open) = signal(false);
    let places = {
        let data = data.clone();
        Memo::new(move |_| {
            if !open.get() {
                return 0;
            }
            results.with(|r| {
                r.hits
                    .iter()
                    .filter(|&&i| {
                        data.catalog.entry(i).is_some_and(|e| e.place.as_ref().is_some_and(|p| p.coordinates.is_some()))
                    })
                    .count()
            })
        })
    };
    let events = {
        let data = data.clone();
        Memo::new(move |_| {
            if !open.get() {
                return 0;
            }
            results.with(|r| {
                r.hits
                    .iter()
                    .filter(|&&i| data.catalog.entry(i).is_some_and(|e| e.kind == Kind::Event && e.date.is_some()))
                    .count()
            })
        })
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let details = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok());
        set_open.set(details.is_some_and(|d| d.open()));
    };
    view! {
        <details class="export" on:toggle=on_toggle>
            <summary>{t.export}</summary>
            <p class="muted">{t.export_note}</p>
            <ul class="export-list">
                <li><button type="button" class="button-quiet" on:click=csv>{t.export_csv}</button></li>
                <li><button type="button" class="button-quiet" on:click=json>{t.export_json}</button></li>
                <li>
                    <button type="button" class="button-quiet" on:click=ics disabled=move || events.get() == 0>
                        {move || (t.export_ics)(events.get())}
                    </button>
                </li>
                <li>
                    <button type="button" class="button-quiet" on:click=geo disabled=move || places.get() == 0>
                        {move || (t.export_geojson)(places.get())}
                    </button>
                </li>
            </ul>
        </details>
    }
}
