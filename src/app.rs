//! The app: language, shared dataset, header, router.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::focus::{FocusOnNavigate, SkipLink};
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::preview_banner::PreviewBanner;
use crate::data::DataStore;
use crate::i18n::I18n;
use crate::links::LinksStore;
use crate::query::RouterUrl;
use crate::site::router_base;
use crate::views::accessibility::AccessibilityStatement;
use crate::views::calls::Calls;
use crate::views::contribute::Contribute;
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
                view! {
                    <SkipLink/>
                    <Header/>
                    <PreviewBanner/>
                    <main id="contenu" tabindex="-1">
                        <Routes fallback=NotFound>
                            <Route path=path!("") view=Explore/>
                            <Route path=path!("timeline") view=Timeline/>
                            <Route path=path!("calls") view=Calls/>
                            <Route path=path!("contribuer") view=Contribute/>
                            <Route path=path!("entry/:id") view=ItemPage/>
                            <Route path=path!("personne/:slug") view=PersonPage/>
                            <Route path=path!("organisation/:slug") view=OrganisationPage/>
                            <Route path=path!("accessibilite") view=AccessibilityStatement/>
                            <Route path=path!("plan-du-site") view=SiteMap/>
                            <Route path=path!("mentions-legales") view=LegalNotice/>
                        </Routes>
                    </main>
                    <Footer/>
                }
            }}
        </Router>
    }
}
