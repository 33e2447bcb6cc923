//! One entry's page: every field, every link, related entries.

use std::sync::Arc;

use communs_core::display::{date_label, entry_summary, entry_title, kind_name, pillar_name, role_name, span_label};
use communs_core::export::ExportJob;
use communs_core::search::slugify;
use communs_core::Entry;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::data_view::DataView;
use crate::components::link_mark::LinkMark;
use crate::components::safe_link::SafeLink;
use crate::data::AppData;
use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::{lang, t};
use crate::site::site_root;
use crate::views::not_found::NotFound;

/// The item page (`/entry/:id`).
#[component]
pub fn ItemPage() -> impl IntoView {
    view! { <DataView render=|data| view! { <ItemLoaded data=data/> }.into_any()/> }
}

/// Entries related to `entry`: its explicit `related` ids first, then entries sharing
/// people, organisations or tags (most shared first).
fn related(entries: &[Entry], entry: &Entry) -> Vec<Entry> {
    let mut out: Vec<Entry> =
        entry.related.iter().filter_map(|id| entries.iter().find(|e| &e.id == id)).cloned().collect();
    let mut scored: Vec<(usize, &Entry)> = entries
        .iter()
        .filter(|e| e.id != entry.id && !out.iter().any(|o| o.id == e.id))
        .map(|e| {
            let people = e.people.iter().filter(|p| entry.people.iter().any(|q| q.name == p.name)).count();
            let orgs = e.organisations.iter().filter(|o| entry.organisations.contains(o)).count();
            let tags = e.tags.iter().filter(|t| entry.tags.contains(t)).count();
            (people * 3 + orgs * 2 + tags, e)
        })
        .filter(|(score, _)| *score > 1)
        .collect();
    communs_core::sort::sort_by_key(&mut scored, |s| std::cmp::Reverse(s.0));
    out.extend(scored.into_iter().take(8).map(|(_, e)| e.clone()));
    out
}

/// "Ajouter à mon agenda" for a dated event: a one-event .ics built in the browser.
fn add_to_calendar(entry: &Entry) -> Option<impl IntoView> {
    if entry.kind != communs_core::Kind::Event || entry.date.is_none() {
        return None;
    }
    let (id, name) = (entry.id.clone(), entry.title.clone());
    let busy = RwSignal::new(false);
    // Built on click, by the exporter, not on every render of the page.
    let save = move |_| {
        let job = ExportJob::Calendar { ids: vec![id.clone()], name: name.clone(), root: site_root() };
        let file_name = format!("communs-{id}.ics");
        export_and_download(job, ExportSource::Shown, file_name, "text/calendar;charset=utf-8", busy);
    };
    Some(
        view! { <p><button type="button" class="button" aria-busy=aria_busy(busy) on:click=save>{t().add_to_calendar}</button></p> },
    )
}

#[component]
fn ItemLoaded(data: Arc<AppData>) -> impl IntoView {
    let params = use_params_map();
    let location = use_location();
    let (lang, t) = (lang(), t());
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        let Some(entry) = data.catalog.entries().iter().find(|e| e.id == id).cloned() else {
            return view! { <NotFound/> }.into_any();
        };
        let search = location.search.get();
        let back = format!(
            "./{}",
            if search.is_empty() { String::new() } else { format!("?{}", search.trim_start_matches('?')) }
        );
        let (title, title_fallback) = entry_title(&entry, lang);
        let (summary, summary_fallback) = entry_summary(&entry, lang);
        let (title, summary) = (title.to_string(), summary.to_string());
        let correction = format!("mailto:info@cnnumerique.fr?subject=Correction%20Communs%20%3A%20{}", entry.id);
        let people = entry
            .people
            .iter()
            .map(|p| {
                let detail = match &p.affiliation {
                    Some(a) => format!(" ({}, {})", role_name(p.role, lang), a),
                    None => format!(" ({})", role_name(p.role, lang)),
                };
                view! { <li><a href=format!("personne/{}", slugify(&p.name))>{p.name.clone()}</a>{detail}</li> }
            })
            .collect_view();
        let organisations = entry
            .organisations
            .iter()
            .map(|o| {
                view! {
                    <li><a href=format!("organisation/{}", slugify(o))>{o.clone()}</a></li>
                }
            })
            .collect_view();
        let links = entry
            .links
            .iter()
            .map(
                |l| view! { <li><SafeLink url=l.url.clone() label=l.label.clone()/><LinkMark url=l.url.clone()/></li> },
            )
            .collect_view();
        let tags = entry.tags.iter().map(|tag| view! { <li><a class="chip" href=format!("./?theme={}", js_sys::encode_uri_component(tag))>{tag.clone()}</a></li> }).collect_view();
        let related_items = related(data.catalog.entries(), &entry)
            .into_iter()
            .map(
                |e| view! { <li><a href=format!("entry/{}", e.id)>{entry_title(&e, lang).0.to_string()}</a>" · "{kind_name(e.kind, lang)}</li> },
            )
            .collect_view();
        let place = entry
            .place
            .as_ref()
            .map(|p| [p.venue.clone(), p.city.clone()].into_iter().flatten().collect::<Vec<_>>().join(", "));
        view! {
            <article class=format!("item kind-{}", entry.kind.slug())>
                <p><a href=back>{t.back_to_results}</a></p>
                <p class="card-meta">
                    <span class=format!("badge kind-{}", entry.kind.slug())>{kind_name(entry.kind, lang)}</span>
                    <span>{pillar_name(entry.pillar, lang)}</span>
                </p>
                <h1 lang=title_fallback.then_some("fr")>{title}</h1>
                {title_fallback.then(|| view! { <p class="fallback-note">{t.in_french}</p> })}
                {entry.date.as_ref().map(|d| view! {
                    <p class="date">{span_label(d, lang)}</p>
                    {d.note.clone().map(|n| view! { <p class="muted">{t.date_note}<span lang="fr">{n}</span></p> })}
                })}
                <p class="summary" lang=summary_fallback.then_some("fr")>{summary}</p>
                {entry.description.clone().map(|d| view! { <p class="description" lang="fr">{d}</p> })}
                {place.map(|p| view! { <p>{t.place}{p}</p> })}
                {entry.call.clone().map(|c| view! {
                    <section><h2>{t.how_to_take_part}</h2><p>{c.asks}</p><p>{t.who}{c.audience}</p>
                    <p><SafeLink url=c.action.clone() label=c.action_label/><LinkMark url=c.action/></p></section>
                })}
                {(!entry.people.is_empty()).then(|| view! { <section><h2>{t.people}</h2><ul>{people}</ul></section> })}
                {(!entry.organisations.is_empty()).then(|| view! { <section><h2>{t.organisations}</h2><ul>{organisations}</ul></section> })}
                {(!entry.links.is_empty()).then(|| view! { <section><h2>{t.links}</h2><ul>{links}</ul></section> })}
                {(!entry.tags.is_empty()).then(|| view! { <section><h2>{t.themes}</h2><ul class="chips">{tags}</ul></section> })}
                <section><h2>{t.see_also}</h2><ul>{related_items}</ul></section>
                {add_to_calendar(&entry)}
                {entry.verified.as_ref().map(|d| view! { <p class="muted verified">{(t.entry_verified)(&date_label(d, lang))}</p> })}
                <p><a href=correction>{t.propose_correction}</a></p>
            </article>
        }
        .into_any()
    }
}
