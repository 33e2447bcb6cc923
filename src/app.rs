//! The app: language, shared dataset, header, router.

use communs_core::route::{segment, ID_PARAM, SLUG_PARAM};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, ParamSegment, StaticSegment};

use crate::browser::is_framed;
use crate::components::focus::{FocusOnNavigate, SkipLink};
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::preview_banner::PreviewBanner;
use crate::components::update_notice::UpdateNotice;
use crate::data::DataStore;
use crate::i18n::I18n;
use crate::links::LinksStore;
use crate::query::RouterUrl;
use crate::site::router_base;
use crate::views::accessibility::AccessibilityStatement;
use crate::views::calls::Calls;
use crate::views::contribute::Contribute;
use crate::views::embed::{is_embed_page, EmbedCallsPage, EmbedListPage, EmbedTimelinePage, LeaveFrame};
use crate::views::explore::Explore;
use crate::views::item::ItemPage;
use crate::views::legal_notice::LegalNotice;
use crate::views::not_found::NotFound;
use crate::views::organisation::OrganisationPage;
use crate::views::person::PersonPage;
use crate::views::site_map::SiteMap;
use crate::views::timeline::Timeline;

/// The whole app. A language switch re-renders everything below the router; all state that
/// matters lives in the URL, so nothing is lost.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::provide();
    DataStore::provide();
    LinksStore::provide();
    view! {
        <Router base=router_base()>
            <FocusOnNavigate/>
            {move || {
                i18n.lang.track();
                RouterUrl::provide();
                // An embed, framed by another site, has neither the site's header nor its footer;
                // any other page, framed, only offers to leave the frame.
                let embed = is_embed_page();
                if !embed && is_framed() {
                    return view! { <LeaveFrame/> }.into_any();
                }
                let full_site = !embed;
                view! {
                    <SkipLink/>
                    {full_site.then(|| view! { <Header/> })}
                    <PreviewBanner/>
                    <main id="contenu" tabindex="-1">
                        <Routes fallback=NotFound>
                            <Route path=path!("") view=Explore/>
                            <Route path=(StaticSegment(segment::TIMELINE),) view=Timeline/>
                            <Route path=(StaticSegment(segment::CALLS),) view=Calls/>
                            <Route path=(StaticSegment(segment::CONTRIBUTE),) view=Contribute/>
                            <Route path=(StaticSegment(segment::ENTRY), ParamSegment(ID_PARAM)) view=ItemPage/>
                            <Route path=(StaticSegment(segment::PERSON), ParamSegment(SLUG_PARAM)) view=PersonPage/>
                            <Route path=(StaticSegment(segment::ORGANISATION), ParamSegment(SLUG_PARAM)) view=OrganisationPage/>
                            <Route path=(StaticSegment(segment::ACCESSIBILITY),) view=AccessibilityStatement/>
                            <Route path=(StaticSegment(segment::SITE_MAP),) view=SiteMap/>
                            <Route path=(StaticSegment(segment::LEGAL_NOTICE),) view=LegalNotice/>
                            <Route path=(StaticSegment(segment::EMBED),) view=EmbedListPage/>
                            <Route path=(StaticSegment(segment::EMBED), StaticSegment(segment::CALLS)) view=EmbedCallsPage/>
                            <Route path=(StaticSegment(segment::EMBED), StaticSegment(segment::TIMELINE)) view=EmbedTimelinePage/>
                        </Routes>
                    </main>
                    {full_site.then(|| view! { <Footer/> })}
                    <UpdateNotice/>
                }
                .into_any()
            }}
        </Router>
    }
}
