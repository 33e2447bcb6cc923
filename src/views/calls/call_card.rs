//! One contribution call: what is asked, of whom, its status, its initiative, how to answer.

use communs_core::display::{call_dates_text, call_status_text, date_label, entry_title};
use communs_core::export::{ExportJob, FileType};
use communs_core::model::{is_safe_url, PartialDate};
use communs_core::route::Route;
use communs_core::Entry;
use leptos::prelude::*;

use crate::data::AppData;
use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::{lang, t};
use crate::site::site_root;

/// "Ajouter la date limite à mon agenda": an .ics built by the exporter on click, for calls
/// with a deadline; a list of calls costs nothing until someone asks for a file.
fn deadline_button(entry: &Entry) -> Option<impl IntoView> {
    entry.call.as_ref()?.closes?;
    let id = entry.id.clone();
    let busy = RwSignal::new(false);
    let save = move |_| {
        let job = ExportJob::Deadline { id: id.clone(), root: site_root() };
        let file_name = format!("communs-date-limite-{id}.{}", FileType::Calendar.extension());
        export_and_download(job, ExportSource::Shown, file_name, busy);
    };
    Some(
        view! { <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=save>{t().add_deadline}</button> },
    )
}

/// The card of the call at `index` in the catalog, as it stands on `today`; with its dates
/// alone when the day is unknown (a page written at build time).
pub fn call_card(data: &AppData, index: usize, today: Option<&PartialDate>) -> Option<impl IntoView> {
    let (lang, t) = (lang(), t());
    let entry = data.catalog.entry(index)?;
    let call = entry.call.as_deref()?;
    let initiative = call.initiative.as_deref().and_then(|id| data.catalog.entry_by_id(id));
    Some(view! {
        <article class="card call">
            <h3><a href=Route::Entry(entry.id.clone()).href("")>{entry_title(entry, lang).0.to_string()}</a></h3>
            <p>{call.asks.clone()}</p>
            <p class="muted">{t.who}{call.audience.clone()}</p>
            <p class="status">{match today {
                Some(today) => {
                    let deadline = call.closes.as_ref().map(|d| (t.deadline)(&date_label(d, lang)));
                    format!("{}{}", call_status_text(call.status(today), lang), deadline.unwrap_or_default())
                }
                None => call_dates_text(call, lang),
            }}</p>
            {initiative.map(|i| view! {
                <p>{t.part_of}<a href=Route::Entry(i.id.clone()).href("")>{entry_title(i, lang).0.to_string()}</a></p>
            })}
            <p class="call-actions">
                {is_safe_url(&call.action).then(|| view! {
                    <a class="button" href=call.action.clone() rel="external noopener noreferrer">{call.action_label.clone()}</a>
                })}
                {deadline_button(entry)}
            </p>
        </article>
    })
}
