//! Downloads of exactly what is on screen (the current search and filters): CSV, JSON, iCalendar.

use std::sync::Arc;

use communs_core::export::{export_file_name, ExportJob};
use communs_core::search::{Query, Results};
use communs_core::Kind;
use leptos::prelude::*;

use crate::data::AppData;
use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::t;
use crate::site::site_root;

/// Buttons that export the entries of the current query.
#[component]
pub fn ExportMenu(data: Arc<AppData>, query: Memo<Query>, results: Memo<Results>) -> impl IntoView {
    let t = t();
    // Each button asks the exporter for the entries on screen, in their order, by id.
    let ids = {
        let data = data.clone();
        move || -> Vec<String> {
            results.with_untracked(|r| {
                r.hits.iter().filter_map(|&i| data.catalog.entry(i).map(|e| e.id.clone())).collect()
            })
        }
    };
    // One export at a time; the buttons say so while the file is being built.
    let busy = RwSignal::new(false);
    let export = move |job: ExportJob, extension: &str, mime: &'static str| {
        let file_name = export_file_name(&query.get_untracked(), extension);
        export_and_download(job, ExportSource::Shown, file_name, mime, busy);
    };
    let csv = {
        let ids = ids.clone();
        move |_| export(ExportJob::Csv { ids: ids() }, "csv", "text/csv;charset=utf-8")
    };
    let json = {
        let ids = ids.clone();
        move |_| export(ExportJob::Json { ids: ids() }, "json", "application/json;charset=utf-8")
    };
    let ics = {
        let ids = ids.clone();
        move |_| {
            let job =
                ExportJob::Calendar { ids: ids(), name: "Communs — événements du CNNum".into(), root: site_root() };
            export(job, "ics", "text/calendar;charset=utf-8")
        }
    };
    let geo = {
        let ids = ids.clone();
        move |_| {
            export(
                ExportJob::GeoJson { ids: ids(), root: site_root() },
                "geojson",
                "application/geo+json;charset=utf-8",
            )
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
                <li><button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=csv>{t.export_csv}</button></li>
                <li><button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=json>{t.export_json}</button></li>
                <li>
                    <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=ics disabled=move || events.get() == 0>
                        {move || (t.export_ics)(events.get())}
                    </button>
                </li>
                <li>
                    <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=geo disabled=move || places.get() == 0>
                        {move || (t.export_geojson)(places.get())}
                    </button>
                </li>
            </ul>
        </details>
    }
}
