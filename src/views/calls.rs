//! Contribution calls, grouped by status computed from today's date.

use rustc_hash::FxHashMap;
use std::sync::Arc;

use communs_core::display::{call_status_text, date_label, entry_title};
use communs_core::export::ExportJob;
use communs_core::model::{is_safe_url, CallDetails, CallStatus, PartialDate};
use communs_core::{Entry, Kind};
use leptos::prelude::*;

use crate::components::data_view::DataView;
use crate::components::focus::focus_by_id;
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
fn deadline_button(entry: &Entry) -> Option<impl IntoView> {
    entry.call.as_ref()?.closes?;
    let id = entry.id.clone();
    let busy = RwSignal::new(false);
    // Built on click, by the exporter: a list of calls costs nothing until someone asks for a file.
    let save = move |_| {
        let job = ExportJob::Deadline { id: id.clone(), root: site_root() };
        let file_name = format!("communs-date-limite-{id}.ics");
        export_and_download(job, ExportSource::Shown, file_name, "text/calendar;charset=utf-8", busy);
    };
    Some(
        view! { <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=save>{t().add_deadline}</button> },
    )
}

/// Open calls drawn with the page; the others come with a "show more" button.
const OPEN_DRAWN_AHEAD: usize = 100;
/// `id` of the open calls that follow the first [`OPEN_DRAWN_AHEAD`].
const LATER_CALLS_ID: &str = "autres-appels";

/// Closed calls drawn with the page. Past this many, they are drawn when their list is first
/// opened, so that a large dataset's page shows its open calls at once.
const CLOSED_DRAWN_AHEAD: usize = 200;

/// One call's card: what is asked, of whom, its status, the initiative it belongs to and how to
/// answer.
fn call_card(entry: &Entry, call: &CallDetails, initiative: Option<&Entry>, today: &PartialDate) -> impl IntoView {
    let (lang, t) = (lang(), t());
    view! {
        <article class="card call">
            <h3><a href=format!("entry/{}", entry.id)>{entry_title(entry, lang).0.to_string()}</a></h3>
            <p>{call.asks.clone()}</p>
            <p class="muted">{t.who}{call.audience.clone()}</p>
            <p class="status">
                {call_status_text(call.status(today), lang)}
                {call.closes.as_ref().map(|d| (t.deadline)(&date_label(d, lang)))}
            </p>
            {initiative.map(|i| view! { <p>{t.part_of}<a href=format!("entry/{}", i.id)>{entry_title(i, lang).0.to_string()}</a></p> })}
            <p class="call-actions">
                {is_safe_url(&call.action).then(|| view! {
                    <a class="button" href=call.action.clone() rel="external noopener noreferrer">{call.action_label.clone()}</a>
                })}
                {deadline_button(entry)}
            </p>
        </article>
    }
}

#[component]
fn CallsLoaded(data: Arc<AppData>) -> impl IntoView {
    let t = t();
    let today = today();
    let entries = data.catalog.entries();
    let calls: Vec<(usize, &CallDetails)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == Kind::Call)
        .filter_map(|(i, e)| e.call.as_deref().map(|call| (i, call)))
        .collect();
    // Each call's initiative, found through one map of ids (a large dataset's calls would
    // otherwise scan every entry for every call); shared, not copied, by the card closures.
    let initiatives: Arc<FxHashMap<usize, usize>> =
        Arc::new(if calls.iter().any(|(_, call)| call.initiative.is_some()) {
            let by_id: FxHashMap<&str, usize> = entries.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
            calls
                .iter()
                .filter_map(|(i, call)| {
                    call.initiative.as_deref().and_then(|id| by_id.get(id)).map(|&found| (*i, found))
                })
                .collect()
        } else {
            FxHashMap::default()
        });
    let card = {
        let data = data.clone();
        move |index: usize| {
            let entry = data.catalog.entry(index)?;
            let call = entry.call.as_deref()?;
            let initiative = initiatives.get(&index).and_then(|&i| data.catalog.entry(i));
            Some(call_card(entry, call, initiative, &today))
        }
    };
    let (mut open, mut soon, mut closed) = (Vec::new(), Vec::new(), Vec::new());
    for (index, call) in calls {
        match call.status(&today) {
            CallStatus::Closed => closed.push(index),
            CallStatus::ClosingSoon { .. } => soon.push(index),
            _ => open.push(index),
        }
    }
    let soon = soon.into_iter().filter_map(&card).collect_view();
    // The first open calls, then the others on demand: a large dataset's page opens at once.
    let open_count = open.len();
    let later = open.split_off(open_count.min(OPEN_DRAWN_AHEAD));
    let first_open = open.into_iter().filter_map(&card).collect_view();
    let show_later = RwSignal::new(false);
    let later_cards = {
        let card = card.clone();
        move || show_later.get().then(|| later.iter().copied().filter_map(&card).collect_view())
    };
    let reveal_later = move |_| {
        show_later.set(true);
        // The button goes: the focus moves to the calls it brought.
        request_animation_frame(|| focus_by_id(LATER_CALLS_ID));
    };
    let more_button = (open_count > OPEN_DRAWN_AHEAD).then(|| {
        view! {
            <Show when=move || !show_later.get()>
                <button type="button" class="button-quiet" on:click=reveal_later>{(t.show_more)(open_count)}</button>
            </Show>
        }
    });
    let closed_count = closed.len();
    // Drawn with the page, or on the first opening of their list when there are many.
    let opened = RwSignal::new(closed_count <= CLOSED_DRAWN_AHEAD);
    let closed_cards = move || opened.get().then(|| closed.iter().copied().filter_map(&card).collect_view());
    let on_toggle = move |ev: leptos::ev::Event| {
        let is_open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if is_open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        {(!soon.is_empty()).then(|| view! { <section><h2>{t.closing_soon}</h2>{soon}</section> })}
        <section>
            <h2>{t.open_calls}</h2>
            {first_open}
            <div id=LATER_CALLS_ID tabindex="-1">{later_cards}</div>
            {more_button}
        </section>
        {(closed_count > 0).then(|| view! {
            <details class="closed-calls" on:toggle=on_toggle><summary>{(t.closed_calls)(closed_count)}</summary>{closed_cards}</details>
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
