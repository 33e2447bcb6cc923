//! Downloads of exactly what is on screen (the current search and filters): CSV, JSON,
//! iCalendar and GeoJSON; and the subscription that holds it, where one does.

mod exportable;

use std::sync::Arc;

use communs_core::export::{export_file_name, ExportJob};
use communs_core::search::{Query, Results};
use communs_core::subscription::FeedScope;
use leptos::prelude::*;

use self::exportable::{exportable_count, Exportable};
use crate::components::subscribe::Subscribe;
use crate::data::AppData;
use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::{t, Texts};
use crate::site::site_root;

/// The calendar's name in the file.
const CALENDAR_NAME: &str = "Communs — événements du CNNum";

/// One button of the menu: which file, and how many entries it would hold (`None`: every
/// entry on screen, so no count and never disabled).
struct ExportButton {
    make_job: fn(Vec<String>) -> ExportJob,
    label: fn(&Texts, usize) -> String,
    counted: Option<Exportable>,
}

/// The buttons, in menu order.
const BUTTONS: [ExportButton; 4] = [
    ExportButton { make_job: |ids| ExportJob::Csv { ids }, label: |t, _| t.export_csv.to_string(), counted: None },
    ExportButton { make_job: |ids| ExportJob::Json { ids }, label: |t, _| t.export_json.to_string(), counted: None },
    ExportButton {
        make_job: |ids| ExportJob::Calendar { ids, name: CALENDAR_NAME.into(), root: site_root() },
        label: |t, n| (t.export_ics)(n),
        counted: Some(Exportable::DatedEvents),
    },
    ExportButton {
        make_job: |ids| ExportJob::GeoJson { ids, root: site_root() },
        label: |t, n| (t.export_geojson)(n),
        counted: Some(Exportable::Places),
    },
];

/// Buttons that export the entries of the current query.
#[component]
pub fn ExportMenu(data: Arc<AppData>, query: Memo<Query>, results: Memo<Results>) -> impl IntoView {
    let t = t();
    // One export at a time; the buttons say so while the file is being built.
    let busy = RwSignal::new(false);
    // The counts on the buttons are worked out only while the menu is open: typing with the
    // menu closed never scans the results for them.
    let (open, set_open) = signal(false);
    let item = move |button: &ExportButton| {
        let (make_job, label) = (button.make_job, button.label);
        let count = button.counted.map(|what| exportable_count(data.clone(), results, open, what));
        let data = data.clone();
        // The entries on screen, in their order, by id.
        let export = move |_| {
            let ids = results.with_untracked(|r| {
                r.hits.iter().filter_map(|&i| data.catalog.entry(i).map(|e| e.id.clone())).collect()
            });
            let job = make_job(ids);
            let file_name = export_file_name(&query.get_untracked(), job.file_type());
            export_and_download(job, ExportSource::Shown, file_name, busy);
        };
        let count_now = move || count.map_or(0, |c| c.get());
        view! {
            <li>
                <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=export disabled=move || count.is_some() && count_now() == 0>
                    {move || label(t, count_now())}
                </button>
            </li>
        }
    };
    // The calendar and feed that follow this very filter, if `dist` writes one for it.
    let scope = Memo::new(move |_| query.with(FeedScope::of_query));
    let on_toggle = move |ev: leptos::ev::Event| set_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    view! {
        <details class="export" on:toggle=on_toggle>
            <summary>{t.export}</summary>
            <p class="muted">{t.export_note}</p>
            <ul class="export-list">{BUTTONS.iter().map(item).collect_view()}</ul>
            {move || scope.get().map(|scope| view! { <Subscribe scope=scope compact=true/> })}
        </details>
    }
}
