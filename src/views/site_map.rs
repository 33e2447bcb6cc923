//! The site map (`plan-du-site/`): every view, the pillars, the contributor page, the feeds,
//! the data and its schema, as RGAA criterion 12.1 asks for a second way around the site.

use communs_core::display::pillar_name;
use communs_core::publication::{CALENDAR_PATH, DATASET_PATH, FEED_PATH, SCHEMA_PATH};
use communs_core::route::Route;
use communs_core::search::Query;
use communs_core::Pillar;
use leptos::prelude::*;

use crate::i18n::{lang, t};
use crate::query::link;
use communs_core::text::statements::statements;

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
                <li><a href=SCHEMA_PATH rel="external">{t.footer_schema}</a></li>
                <li><a href=FEED_PATH rel="external">{s.map_feed}</a></li>
                <li><a href=CALENDAR_PATH rel="external">{s.map_calendar}</a></li>
            </ul>
            <h2>{s.map_about}</h2>
            <ul>
                <li><a href=Route::Accessibility.href("")>{s.accessibility_link}</a></li>
                <li><a href=Route::LegalNotice.href("")>{s.legal_link}</a></li>
            </ul>
        </article>
    }
}
