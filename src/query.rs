//! The state of Explore and the timeline lives in the URL: read it from the query string,
//! write it back.

use communs_core::display::Lang;
use communs_core::route::Route;
use communs_core::search::Query;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map, use_url};
use leptos_router::location::Url;
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::browser::form_encode;
use crate::i18n::{lang, lang_param};

/// The current query, derived from the URL (tracked).
pub fn use_query() -> Memo<Query> {
    let params = use_query_map();
    Memo::new(move |_| params.with(query_of))
}

/// The query a URL's parameters describe.
fn query_of(map: &ParamsMap) -> Query {
    let keys = Query::params();
    let pairs: Vec<(&str, String)> = keys
        .into_iter()
        .flat_map(|key| map.get_all(key).unwrap_or_default().into_iter().map(move |v| (key, v)))
        .collect();
    Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
}

/// The router's own URL, which moves as soon as the app navigates; a route's copy of it
/// follows a little later.
#[derive(Clone, Copy)]
pub struct RouterUrl(ReadSignal<Url>);

impl RouterUrl {
    /// Shares the router's URL with the routes below; called inside the router, outside its routes.
    pub fn provide() {
        provide_context(RouterUrl(use_url()));
    }
}

/// The query of the router's own URL. It keeps its value once the address leaves this page,
/// so that a page on its way out is not searched again.
fn use_page_query() -> Memo<Query> {
    let Some(RouterUrl(url)) = use_context::<RouterUrl>() else {
        return use_query();
    };
    // The same page with or without its trailing slash (`timeline/`, as hosts and the written
    // pages give it, and `timeline`, as the app writes it).
    let page = |path: &str| path.trim_end_matches('/').to_string();
    let path = url.with_untracked(|u| page(u.path()));
    Memo::new(move |previous: Option<&Query>| {
        url.with(|u| match previous {
            Some(previous) if page(u.path()) != path => previous.clone(),
            _ => query_of(u.search_params()),
        })
    })
}

/// `?q=…&type=…` for a query (empty for the default state), in the interface's language.
pub fn query_string(query: &Query) -> String {
    query_string_in(query, lang())
}

/// `?q=…&type=…&lang=en` for a query, for a link in `lang`.
fn query_string_in(query: &Query, lang: Lang) -> String {
    let pairs = query.to_pairs();
    let text = form_encode(pairs.iter().map(|(k, v)| (*k, v.as_str())).chain(lang_param(lang)));
    if text.is_empty() {
        text
    } else {
        format!("?{text}")
    }
}

/// The router's query string as a link carries it: `?q=…`, or empty.
pub fn search_part(search: &str) -> String {
    let search = search.trim_start_matches('?');
    if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    }
}

/// A link to `route` with `query`, from any page of the site.
pub fn link(route: &Route, query: &Query) -> String {
    route.href(&query_string(query))
}

/// A function that navigates to `route` with a new query, replacing the history entry or
/// pushing one.
fn use_set_query() -> impl Fn(&Route, Query, bool) + Clone {
    let navigate = use_navigate();
    // Read here, where the view's context is: the URL is written later, from a timer.
    let lang = lang();
    move |route: &Route, query: Query, replace: bool| {
        // The router reads a path that starts with `/` as relative to its base.
        let url = format!("/{}{}", route.path(), query_string_in(&query, lang));
        navigate(&url, NavigateOptions { replace, scroll: false, ..NavigateOptions::default() });
    }
}

/// How long typing must pause before the URL follows the search field.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

/// The query of Explore or the timeline, shown at once and written to the URL just after.
/// Results follow each keystroke and click in the same frame; the browser's history, which
/// costs more than the search itself, is written after the paint (a click pushes an entry) or
/// once typing pauses or leaves the field (typing replaces the entry). Any other move of the URL (back, a link)
/// wins over a change not written yet.
#[derive(Clone, Copy)]
pub struct LiveQuery {
    /// The query to show: the latest change while the URL is still where it began.
    pub query: Memo<Query>,
    pending: RwSignal<Option<Pending>>,
    from_url: Memo<Query>,
    timer: StoredValue<Option<TimeoutHandle>>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// The page whose URL is written.
    route: StoredValue<Route>,
}

/// Navigates to a route with a query (see [`use_set_query`]).
type Navigate = Box<dyn Fn(&Route, Query, bool)>;

/// A change shown but not yet in the URL.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    /// The URL's query when the change began.
    base: Query,
    /// What the visitor asked for since.
    shown: Query,
    /// True when the change adds a history entry (a click), false when it replaces it (typing).
    push: bool,
}

/// A [`LiveQuery`] over the current URL, for the page at `route`.
pub fn use_live_query(route: Route) -> LiveQuery {
    let from_url = use_page_query();
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let query = Memo::new(move |_| {
        let url = from_url.get();
        pending.with(|p| match p {
            Some(p) if p.base == url => p.shown.clone(),
            _ => url,
        })
    });
    // Once the URL has moved away from where a change began (back, a link), that change is
    // dropped, so that coming back there later does not bring it back.
    Effect::new(move |_| {
        let url = from_url.get();
        if pending.with_untracked(|p| p.as_ref().is_some_and(|p| p.base != url)) {
            pending.set(None);
        }
    });
    let timer = StoredValue::new(None);
    let navigate = StoredValue::new_local(Box::new(use_set_query()) as Navigate);
    let live = LiveQuery { query, pending, from_url, timer, navigate, route: StoredValue::new(route) };
    on_cleanup(move || live.cancel_timer());
    live
}

impl LiveQuery {
    /// Shows a typed query now; the URL follows once typing pauses, replacing its entry.
    pub fn type_query(&self, query: Query) {
        self.show(query, false);
        let live = *self;
        self.timer.set_value(set_timeout_with_handle(move || live.write_url(), TYPING_PAUSE).ok());
    }

    /// Starts from what the visitor typed into the page written at build time while the app
    /// was loading, as if typed here (the URL follows once typing pauses).
    pub fn carry_written_typing(&self) {
        let Some(text) = crate::written_page::typed() else { return };
        let mut query = self.query.get_untracked();
        if query.text != text {
            query.text = text;
            query.page = 1;
            self.type_query(query);
        }
    }

    /// Shows a clicked change now; the URL follows just after the paint, with a history entry.
    pub fn change_query(&self, query: Query) {
        // Typing not yet written keeps its own step in the history, before this one.
        if self.pending.with_untracked(|p| p.as_ref().is_some_and(|p| !p.push)) {
            self.write_url();
        }
        self.show(query, true);
        let live = *self;
        request_animation_frame(move || {
            live.cancel_timer();
            let handle = set_timeout_with_handle(move || live.write_url(), std::time::Duration::ZERO).ok();
            let _ = live.timer.try_set_value(handle);
        });
    }

    /// Writes the change shown to the URL now (the field was left, or its time came).
    pub fn write_url(&self) {
        self.cancel_timer();
        let Some(Some(pending)) = self.pending.try_get_untracked() else {
            return;
        };
        if self.from_url.try_get_untracked().as_ref() == Some(&pending.base) {
            // The router moves its URL at once: the query shown does not change.
            let _ = self.route.try_with_value(|route| {
                self.navigate.try_with_value(|navigate| navigate(route, pending.shown, !pending.push))
            });
        }
        let _ = self.pending.try_set(None);
    }

    fn show(&self, query: Query, push: bool) {
        self.cancel_timer();
        let pending = self.pending.get_untracked();
        let base = pending.as_ref().map_or_else(|| self.from_url.get_untracked(), |p| p.base.clone());
        // A click not yet written stays a new history entry when typing follows it.
        let push = push || pending.is_some_and(|p| p.push);
        self.pending.set(Some(Pending { base, shown: query, push }));
    }

    fn cancel_timer(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
            let _ = self.timer.try_set_value(None);
        }
    }
}
