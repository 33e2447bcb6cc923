//! The site map (`plan-du-site/`): every view, the pillars, the contributor page, the feeds and
//! calendars (the whole site's, each pillar's and each kind's), the data (JSON and CSV) and its
//! schema, as RGAA criterion 12.1 asks for a second way around the site.

use communs_core::display::pillar_name;
use communs_core::display::Lang;
use communs_core::publication::{CALENDAR_PATH, DATASET_CSV_PATH, DATASET_PATH, FEED_PATH, SCHEMA_PATH};
use communs_core::route::Route;
use communs_core::search::Query;
use communs_core::subscription::FeedScope;
use communs_core::text::statements::Statements;
use communs_core::{Kind, Pillar};
use leptos::prelude::*;

use crate::i18n::{lang, t};
use crate::query::link;
use communs_core::text::statements::statements;

/// Each scope's calendar and Atom feed, the files `cargo xtask dist` writes for it (files, not
/// views: `rel="external"` keeps the router from taking the click).
fn scope_files(scopes: impl IntoIterator<Item = FeedScope>, s: &'static Statements, lang: Lang) -> impl IntoView {
    scopes
        .into_iter()
        .map(|scope| {
            let label = scope.label(lang);
            view! {
                <li><a href=scope.ics_path() rel="external" type="text/calendar">{(s.map_scope_calendar)(&label)}</a></li>
                <li><a href=scope.atom_path() rel="external" type="application/atom+xml">{(s.map_scope_feed)(&label)}</a></li>
            }
        })
        .collect_view()
}

/// The site map.
#[component]
pub fn SiteMap() -> impl IntoView {
    let (lang, t) = (lang(), t());
    let s = statements(lang);
    let pillars = Pillar::ALL
        .into_iter()
        .map(|pillar| view! { <li><a href=link(&Route::Explore, &Query::of_pillar(pillar))>{pillar_name(pillar, lang)}</a></li> })
        .collect_view();
    view! {
        <article class="statement site-map">
            <h1>{s.map_title}</h1>
            <h2>{s.map_views}</h2>
            <ul>
                <li><a href=Route::Explore.href("")>{t.nav_explore}</a></li>
                <li><a href=Route::Timeline.href("")>{t.nav_timeline}</a></li>
                <li><a href=Route::Calls.href("")>{t.nav_calls}</a></li>
            </ul>
            <h2>{s.map_pillars}</h2>
            <ul>{pillars}</ul>
            <h2>{s.map_contribute}</h2>
            <ul>
                <li><a href=Route::Contribute.href("")>{t.check_title}</a></li>
            </ul>
            <h2>{s.map_data}</h2>
            <ul>
                // Files, not views: `rel="external"` keeps the router from taking the click.
                <li><a href=DATASET_PATH rel="external">{t.footer_json}</a></li>
                <li><a href=DATASET_CSV_PATH rel="external">{s.map_csv}</a></li>
                <li><a href=SCHEMA_PATH rel="external">{t.footer_schema}</a></li>
                <li><a href=FEED_PATH rel="external">{s.map_feed}</a></li>
                <li><a href=CALENDAR_PATH rel="external">{s.map_calendar}</a></li>
            </ul>
            <h3>{s.map_by_pillar}</h3>
            <ul>{scope_files(Pillar::ALL.map(FeedScope::Pillar), s, lang)}</ul>
            <h3>{s.map_by_kind}</h3>
            <ul>{scope_files(Kind::ALL.map(FeedScope::Kind), s, lang)}</ul>
            <h2>{s.map_about}</h2>
            <ul>
                <li><a href=Route::Accessibility.href("")>{s.accessibility_link}</a></li>
                <li><a href=Route::LegalNotice.href("")>{s.legal_link}</a></li>
            </ul>
        </article>
    }
}
