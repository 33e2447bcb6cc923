//! Contribution calls, grouped by status computed from today's date.

use std::sync::Arc;

use communs_core::display::{call_status_text, date_label, entry_title};
use communs_core::export::ExportJob;
use communs_core::model::{is_safe_url, CallStatus};
use communs_core::{Entry, Kind};
use leptos::prelude::*;

use crate::components::data_view::DataView;
use crate::data::AppData;
use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::{lang, t};
use crate::site::site_root;
use crate::today::today;

/// The Calls view.
#[component]
pub fn Calls() -> impl IntoView {
    view! {
        <h1>{t().calls_title}</h1>
        <p class="lead">{t().calls_lead}</p>
        <DataView render=|data| view! { <CallsLoaded data=data/> }.into_any()/>
    }
}

/// "Ajouter la date limite à mon agenda": an .ics built in the browser, for calls with a deadline.
fn deadline_button(entry: &Entry, preview: bool) -> Option<impl IntoView> {
    entry.call.as_ref()?.closes?;
    let id = entry.id.clone();
    let busy = RwSignal::new(false);
    // Built on click, by the exporter: a list of calls costs nothing until someone asks for a file.
    let save = move |_| {
        let job = ExportJob::Deadline { id: id.clone(), root: site_root() };
        let file_name = format!("communs-date-limite-{id}.ics");
        export_and_download(job, ExportSource::Shown { preview }, file_name, "text/calendar;charset=utf-8", busy);
    };
    Some(
        view! { <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=save>{t().add_deadline}</button> },
    )
}

#[component]
fn CallsLoaded(data: Arc<AppData>) -> impl IntoView {
    let (lang, t) = (lang(), t());
    let today = today();
    let mut open = Vec::new();
    let mut soon = Vec::new();
    let mut closed = Vec::new();
    for entry in data.catalog.entries().iter().filter(|e| e.kind == Kind::Call) {
        let Some(call) = &entry.call else { continue };
        let status = call.status(&today);
        let initiative = call.initiative.as_ref().and_then(|id| data.catalog.entries().iter().find(|e| &e.id == id));
        let card = view! {
            <article class="card call">
                <h3><a href=format!("entry/{}", entry.id)>{entry_title(entry, lang).0.to_string()}</a></h3>
                <p>{call.asks.clone()}</p>
                <p class="muted">{t.who}{call.audience.clone()}</p>
                <p class="status">
                    {call_status_text(status, lang)}
                    {call.closes.as_ref().map(|d| (t.deadline)(&date_label(d, lang)))}
                </p>
                {initiative.map(|i| view! { <p>{t.part_of}<a href=format!("entry/{}", i.id)>{entry_title(i, lang).0.to_string()}</a></p> })}
                <p class="call-actions">
                    {is_safe_url(&call.action).then(|| view! {
                        <a class="button" href=call.action.clone() rel="external noopener noreferrer">{call.action_label.clone()}</a>
                    })}
                    {deadline_button(entry, data.preview)}
                </p>
            </article>
        };
        match status {
            CallStatus::Closed => closed.push(card),
            CallStatus::ClosingSoon { .. } => soon.push(card),
            _ => open.push(card),
        }
    }
    let closed_count = closed.len();
    view! {
        {(!soon.is_empty()).then(|| view! { <section><h2>{t.closing_soon}</h2>{soon}</section> })}
        <section><h2>{t.open_calls}</h2>{open}</section>
        {(closed_count > 0).then(|| view! {
            <details class="closed-calls"><summary>{(t.closed_calls)(closed_count)}</summary>{closed}</details>
        })}
        <section class="contribute-data">
            <h2>{t.contribute_data}</h2>
            <p>{t.contribute_data_text}</p>
            <p><a href="mailto:info@cnnumerique.fr?subject=Communs%20%3A%20proposition%20d%27entr%C3%A9e&body=Titre%20%3A%0ADate%20%3A%0AR%C3%A9sum%C3%A9%20%3A%0ALien%20%3A">{t.propose_by_mail}</a></p>
            <p><a href="CONTRIBUTING.md">{t.contributing_guide}</a></p>
            <p><a href="contribuer">{t.check_file_link}</a></p>
        </section>
    }
}
