//! The parts of an entry's page that list things: how to take part, people, organisations,
//! links, themes and related entries. A part with nothing to list is left out.

use communs_core::display::{entry_title, kind_name, role_name};
use communs_core::model::CallDetails;
use communs_core::route::Route;
use communs_core::search::Query;
use communs_core::Entry;
use leptos::prelude::*;

use crate::components::link_mark::LinkMark;
use crate::components::safe_link::SafeLink;
use crate::data::AppData;
use crate::i18n::{lang, t};
use crate::query::link;

/// A titled section, or nothing when `items` is empty.
fn section<T: IntoView + 'static>(
    title: &'static str,
    items: Vec<T>,
    list_class: Option<&'static str>,
) -> Option<AnyView> {
    (!items.is_empty())
        .then(|| view! { <section><h2>{title}</h2><ul class=list_class>{items}</ul></section> }.into_any())
}

/// What a call asks, of whom, and the way to answer.
pub fn call_section(call: &CallDetails) -> impl IntoView {
    let t = t();
    view! {
        <section>
            <h2>{t.how_to_take_part}</h2>
            <p>{call.asks.clone()}</p>
            <p>{t.who}{call.audience.clone()}</p>
            <p><SafeLink url=call.action.clone() label=call.action_label.clone()/><LinkMark url=call.action.clone()/></p>
        </section>
    }
}

/// The people named, each linking to their page, with their role.
pub fn people(entry: &Entry) -> Option<impl IntoView> {
    let lang = lang();
    let items = entry
        .people
        .iter()
        .map(|p| {
            let detail = match &p.affiliation {
                Some(a) => format!(" ({}, {})", role_name(p.role, lang), a),
                None => format!(" ({})", role_name(p.role, lang)),
            };
            view! { <li><a href=Route::person(&p.name).href("")>{p.name.clone()}</a>{detail}</li> }
        })
        .collect();
    section(t().people, items, None)
}

/// The organisations named, each linking to its page.
pub fn organisations(entry: &Entry) -> Option<impl IntoView> {
    let items = entry
        .organisations
        .iter()
        .map(|o| view! { <li><a href=Route::organisation(o).href("")>{o.clone()}</a></li> })
        .collect();
    section(t().organisations, items, None)
}

/// The entry's links, with what the last link check found.
pub fn links(entry: &Entry) -> Option<impl IntoView> {
    let items = entry
        .links
        .iter()
        .map(|l| view! { <li><SafeLink url=l.url.clone() label=l.label.clone()/><LinkMark url=l.url.clone()/></li> })
        .collect();
    section(t().links, items, None)
}

/// The entry's themes, each a link to the entries that share it.
pub fn tags(entry: &Entry) -> Option<impl IntoView> {
    let items = entry
        .tags
        .iter()
        .map(|tag| view! { <li><a class="chip" href=link(&Route::Explore, &Query::of_tag(tag))>{tag.clone()}</a></li> })
        .collect();
    section(t().themes, items, Some("chips"))
}

/// "Voir aussi": the related entries core finds, with their kind.
pub fn related(data: &AppData, index: usize) -> impl IntoView {
    let lang = lang();
    let items = communs_core::search::related(&data.catalog, index)
        .into_iter()
        .filter_map(|i| data.catalog.entry(i))
        .map(|e| {
            let title = entry_title(e, lang).0.to_string();
            view! { <li><a href=Route::Entry(e.id.clone()).href("")>{title}</a>" · "{kind_name(e.kind, lang)}</li> }
        })
        .collect_view();
    view! { <section><h2>{t().see_also}</h2><ul>{items}</ul></section> }
}
