//! "Ajouter à mon agenda" on an event's page.

use communs_core::export::{ExportJob, FileType};
use communs_core::Entry;
use leptos::prelude::*;

use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::t;
use crate::site::site_root;

/// A button that saves a dated event as a one-event `.ics`, built by the exporter on click.
pub fn add_to_calendar(entry: &Entry) -> Option<impl IntoView> {
    if !entry.is_dated_event() {
        return None;
    }
    let (id, name) = (entry.id.clone(), entry.title.clone());
    let busy = RwSignal::new(false);
    let save = move |_| {
        let job = ExportJob::Calendar { ids: vec![id.clone()], name: name.clone(), root: site_root() };
        let file_name = format!("communs-{id}.{}", FileType::Calendar.extension());
        export_and_download(job, ExportSource::Shown, file_name, busy);
    };
    Some(
        view! { <p><button type="button" class="button" aria-busy=aria_busy(busy) on:click=save>{t().add_to_calendar}</button></p> },
    )
}
