//! Contribution calls, grouped by status computed from today's date.

use std::sync::Arc;

use communs_core::display::{call_status_label, french_date};
use communs_core::export::deadline_calendar;
use communs_core::model::PartialDate;
use communs_core::model::{is_safe_url, CallStatus};
use communs_core::{Entry, Kind};
use leptos::prelude::*;

use crate::components::data_view::DataView;
use crate::data::AppData;
use crate::download::download;
use crate::today::today;

/// The Calls view.
#[component]
pub fn Calls() -> impl IntoView {
    view! {
        <h1>"Appels à contribution"</h1>
        <p class="lead">"Ce que le Conseil vous invite à faire, et comment répondre."</p>
        <DataView render=|data| view! { <CallsLoaded data=data/> }/>
    }
}

/// "Ajouter la date limite à mon agenda": an .ics built in the browser, for calls with a deadline.
fn deadline_button(entry: &Entry, stamp: &PartialDate) -> Option<impl IntoView> {
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .map(|base| format!("{base}entry/{}/", entry.id))
        .unwrap_or_default();
    let ics = deadline_calendar(entry, stamp, &page)?;
    let name = format!("communs-date-limite-{}.ics", entry.id);
    Some(view! {
        <button type="button" class="button-quiet" on:click=move |_| download(&name, "text/calendar;charset=utf-8", &ics)>
            "Ajouter la date limite à mon agenda"
        </button>
    })
}

#[component]
fn CallsLoaded(data: Arc<AppData>) -> impl IntoView {
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
                <h3><a href=format!("entry/{}", entry.id)>{entry.title.clone()}</a></h3>
                <p>{call.asks.clone()}</p>
                <p class="muted">"Pour qui : "{call.audience.clone()}</p>
                <p class="status">
                    {call_status_label(status)}
                    {call.closes.as_ref().map(|d| format!(" (date limite : {})", french_date(d)))}
                </p>
                {initiative.map(|i| view! { <p>"Dans le cadre de : "<a href=format!("entry/{}", i.id)>{i.title.clone()}</a></p> })}
                <p class="call-actions">
                    {is_safe_url(&call.action).then(|| view! {
                        <a class="button" href=call.action.clone() rel="external noopener noreferrer">{call.action_label.clone()}</a>
                    })}
                    {deadline_button(entry, &data.updated)}
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
        {(!soon.is_empty()).then(|| view! { <section><h2>"Clôture dans moins de 14 jours"</h2>{soon}</section> })}
        <section><h2>"Ouverts"</h2>{open}</section>
        {(closed_count > 0).then(|| view! {
            <details class="closed-calls"><summary>{format!("Clos ({closed_count})")}</summary>{closed}</details>
        })}
        <section class="contribute-data">
            <h2>"Contribuer à ces données"</h2>
            <p>"Ces données sont un fichier JSON ouvert. Pour proposer une entrée ou une correction, suivez le guide CONTRIBUTING.md du dépôt, ou écrivez-nous."</p>
            <p><a href="mailto:info@cnnumerique.fr?subject=Communs%20%3A%20proposition%20d%27entr%C3%A9e&body=Titre%20%3A%0ADate%20%3A%0AR%C3%A9sum%C3%A9%20%3A%0ALien%20%3A">"Proposer une entrée par courriel"</a></p>
            <p><a href="contribuer">"Vérifier et prévisualiser un fichier de données"</a></p>
        </section>
    }
}
