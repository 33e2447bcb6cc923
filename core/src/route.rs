//! The site's pages and their paths: the one place that spells a route. The app's router,
//! its links, the page writer, the feeds and the exports all build paths from [`Route`].
//!
//! Paths are relative to the site's root (which may be a sub-path such as `/sous/chemin/`),
//! so that a link resolves against the page's `<base href>`, and the same path serves the app
//! and the files `cargo xtask dist` writes.

use crate::search::slugify;

/// The first segment of each route's path, for the app's router.
pub mod segment {
    /// The timeline.
    pub const TIMELINE: &str = "timeline";
    /// The contribution calls.
    pub const CALLS: &str = "calls";
    /// The contributor page (check a data file).
    pub const CONTRIBUTE: &str = "contribuer";
    /// One entry's page, followed by its id.
    pub const ENTRY: &str = "entry";
    /// One person's page, followed by a slug of their name.
    pub const PERSON: &str = "personne";
    /// One organisation's page, followed by a slug of its name.
    pub const ORGANISATION: &str = "organisation";
    /// The accessibility statement.
    pub const ACCESSIBILITY: &str = "accessibilite";
    /// The site map.
    pub const SITE_MAP: &str = "plan-du-site";
    /// The legal notice.
    pub const LEGAL_NOTICE: &str = "mentions-legales";
    /// The views made to be framed in another site's page, followed by the view (none for the
    /// list, [`CALLS`] or [`TIMELINE`]).
    pub const EMBED: &str = "embed";

    /// Every first segment of a page no other site may frame: all but [`EMBED`]. The header
    /// files deny framing below each.
    pub const UNFRAMED: [&str; 9] =
        [TIMELINE, CALLS, CONTRIBUTE, ENTRY, PERSON, ORGANISATION, ACCESSIBILITY, SITE_MAP, LEGAL_NOTICE];
}

/// The router's name for the parameter that follows [`segment::ENTRY`].
pub const ID_PARAM: &str = "id";

/// The router's name for the parameter that follows [`segment::PERSON`] and
/// [`segment::ORGANISATION`].
pub const SLUG_PARAM: &str = "slug";

/// A view another site can frame: its page under [`segment::EMBED`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmbedView {
    /// The entries a filter finds, like Explore's.
    List,
    /// The contribution calls.
    Calls,
    /// The timeline.
    Timeline,
}

impl EmbedView {
    /// Every view, in the order of the site's menu.
    pub const ALL: [EmbedView; 3] = [EmbedView::List, EmbedView::Calls, EmbedView::Timeline];

    /// The segment after [`segment::EMBED`], if any.
    fn segment(self) -> Option<&'static str> {
        match self {
            EmbedView::List => None,
            EmbedView::Calls => Some(segment::CALLS),
            EmbedView::Timeline => Some(segment::TIMELINE),
        }
    }

    /// The full site's page this view shows.
    pub fn full_page(self) -> Route {
        match self {
            EmbedView::List => Route::Explore,
            EmbedView::Calls => Route::Calls,
            EmbedView::Timeline => Route::Timeline,
        }
    }
}

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// Search, filters and results: the home page.
    Explore,
    /// Entries month by month.
    Timeline,
    /// What the Council invites visitors to do.
    Calls,
    /// Check and preview a data file.
    Contribute,
    /// One entry, by id.
    Entry(String),
    /// One person, by the slug of their name.
    Person(String),
    /// One organisation, by the slug of its name.
    Organisation(String),
    /// The accessibility statement (déclaration d'accessibilité).
    Accessibility,
    /// Every page, listed.
    SiteMap,
    /// Publisher, host, licence and personal data.
    LegalNotice,
    /// A view in a minimal layout, for another site's `<iframe>`.
    Embed(EmbedView),
}

impl Route {
    /// The page of the person named `name`.
    pub fn person(name: &str) -> Route {
        Route::Person(slugify(name))
    }

    /// The page of the organisation named `name`.
    pub fn organisation(name: &str) -> Route {
        Route::Organisation(slugify(name))
    }

    /// The embeddable version of this page, if it has one: Explore, the calls and the timeline.
    pub fn embed(&self) -> Option<Route> {
        let view = EmbedView::ALL.into_iter().find(|view| view.full_page() == *self)?;
        Some(Route::Embed(view))
    }

    /// True for a page made to be framed by another site.
    pub fn is_embed(&self) -> bool {
        matches!(self, Route::Embed(_))
    }

    /// The path from the site's root, without a trailing slash: `""`, `"timeline"`,
    /// `"entry/atelier-wikipedia"`. The app's links use it.
    pub fn path(&self) -> String {
        let (first, rest) = self.segments();
        match rest {
            Some(rest) => format!("{first}/{rest}"),
            None => first.to_string(),
        }
    }

    /// The folder `cargo xtask dist` writes the page into, with its trailing slash (`""` for the
    /// home, `"entry/atelier-wikipedia/"`): the address a static host serves without a redirect,
    /// which feeds, calendars and sitemaps give.
    pub fn folder(&self) -> String {
        match self {
            Route::Explore => String::new(),
            other => format!("{}/", other.path()),
        }
    }

    /// A link to the page from any page of the site, with a query string (`""` or `"?q=…"`):
    /// `"./?q=wiki"`, `"timeline?type=event"`. Relative, so that it works under a sub-path.
    pub fn href(&self, query: &str) -> String {
        match self {
            Route::Explore => format!("./{query}"),
            other => format!("{}{query}", other.path()),
        }
    }

    /// The page a path (relative to the site's root, with or without slashes around it) shows,
    /// if any.
    pub fn from_path(path: &str) -> Option<Route> {
        let path = path.trim_matches('/');
        if path.is_empty() {
            return Some(Route::Explore);
        }
        let (first, rest) = match path.split_once('/') {
            Some((first, rest)) => (first, Some(rest)),
            None => (path, None),
        };
        let named = |make: fn(String) -> Route| match rest {
            Some(rest) if !rest.is_empty() && !rest.contains('/') => Some(make(rest.to_string())),
            _ => None,
        };
        let alone = |route: Route| rest.is_none().then_some(route);
        match first {
            segment::TIMELINE => alone(Route::Timeline),
            segment::CALLS => alone(Route::Calls),
            segment::CONTRIBUTE => alone(Route::Contribute),
            segment::ACCESSIBILITY => alone(Route::Accessibility),
            segment::SITE_MAP => alone(Route::SiteMap),
            segment::LEGAL_NOTICE => alone(Route::LegalNotice),
            segment::ENTRY => named(Route::Entry),
            segment::PERSON => named(Route::Person),
            segment::ORGANISATION => named(Route::Organisation),
            segment::EMBED => EmbedView::ALL.into_iter().find(|view| view.segment() == rest).map(Route::Embed),
            _ => None,
        }
    }

    /// The first segment and, for a page about one thing, what names it.
    fn segments(&self) -> (&'static str, Option<&str>) {
        match self {
            Route::Explore => ("", None),
            Route::Timeline => (segment::TIMELINE, None),
            Route::Calls => (segment::CALLS, None),
            Route::Contribute => (segment::CONTRIBUTE, None),
            Route::Entry(id) => (segment::ENTRY, Some(id)),
            Route::Person(slug) => (segment::PERSON, Some(slug)),
            Route::Organisation(slug) => (segment::ORGANISATION, Some(slug)),
            Route::Accessibility => (segment::ACCESSIBILITY, None),
            Route::SiteMap => (segment::SITE_MAP, None),
            Route::LegalNotice => (segment::LEGAL_NOTICE, None),
            Route::Embed(view) => (segment::EMBED, view.segment()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<Route> {
        vec![
            Route::Explore,
            Route::Timeline,
            Route::Calls,
            Route::Contribute,
            Route::Entry("atelier-wikipedia".into()),
            Route::person("Gilles Babinet"),
            Route::organisation("Wikimédia France"),
            Route::Accessibility,
            Route::SiteMap,
            Route::LegalNotice,
            Route::Embed(EmbedView::List),
            Route::Embed(EmbedView::Calls),
            Route::Embed(EmbedView::Timeline),
        ]
    }

    #[test]
    fn every_route_reads_back_from_its_path_and_its_folder() {
        for route in every_kind() {
            assert_eq!(Route::from_path(&route.path()), Some(route.clone()), "{route:?}");
            assert_eq!(Route::from_path(&route.folder()), Some(route.clone()), "{route:?}");
        }
    }

    #[test]
    fn paths_are_relative_and_folders_end_with_a_slash() {
        assert_eq!(Route::Explore.path(), "");
        assert_eq!(Route::Explore.folder(), "");
        assert_eq!(Route::Timeline.folder(), "timeline/");
        assert_eq!(Route::Entry("x".into()).path(), "entry/x");
        assert_eq!(Route::person("Gilles Babinet").path(), "personne/gilles-babinet");
        assert_eq!(Route::organisation("Wikimédia France").folder(), "organisation/wikimedia-france/");
        for route in every_kind() {
            assert!(!route.path().starts_with('/'), "{route:?}");
        }
    }

    #[test]
    fn links_carry_their_query() {
        assert_eq!(Route::Explore.href(""), "./");
        assert_eq!(Route::Explore.href("?pilier=contribuer"), "./?pilier=contribuer");
        assert_eq!(Route::Timeline.href("?type=event"), "timeline?type=event");
        assert_eq!(Route::Entry("a".into()).href("?q=wiki"), "entry/a?q=wiki");
    }

    #[test]
    fn explore_the_calls_and_the_timeline_have_an_embed_under_embed() {
        assert_eq!(Route::Explore.embed().map(|r| r.folder()), Some("embed/".into()));
        assert_eq!(Route::Calls.embed().map(|r| r.folder()), Some("embed/calls/".into()));
        assert_eq!(Route::Timeline.embed().map(|r| r.folder()), Some("embed/timeline/".into()));
        assert_eq!(Route::Explore.embed().map(|r| r.href("?q=atelier")), Some("embed?q=atelier".into()));
        assert_eq!(Route::Contribute.embed(), None);
        assert_eq!(Route::Entry("a".into()).embed(), None);
        for view in EmbedView::ALL {
            assert_eq!(view.full_page().embed(), Some(Route::Embed(view)));
            assert!(Route::Embed(view).is_embed() && !view.full_page().is_embed());
        }
    }

    #[test]
    fn every_page_but_the_embeds_is_listed_as_unframed() {
        for route in every_kind() {
            let first = route.path().split('/').next().unwrap_or_default().to_string();
            let listed = segment::UNFRAMED.contains(&first.as_str());
            assert_eq!(listed, !route.is_embed() && route != Route::Explore, "{route:?}");
        }
    }

    #[test]
    fn unknown_paths_are_no_route() {
        for path in ["nope", "entry", "entry/", "entry/a/b", "timeline/x", "personne", "embed/x", "embed/calls/x"] {
            assert_eq!(Route::from_path(path), None, "{path}");
        }
    }
}
