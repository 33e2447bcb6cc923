//! The Explore state lives in the URL: read it from the query string, write it back.

use communs_core::display::Lang;
use communs_core::search::Query;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::i18n::lang;

/// The current query, derived from the URL (tracked).
pub fn use_query() -> Memo<Query> {
    let params = use_query_map();
    Memo::new(move |_| {
        params.with(|map| {
            let keys = Query::params();
            let pairs: Vec<(&str, String)> = keys
                .into_iter()
                .flat_map(|key| map.get_all(key).unwrap_or_default().into_iter().map(move |v| (key, v)))
                .collect();
            Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
        })
    })
}

/// `?q=…&type=…` for a query (empty for the default state).
pub fn query_string(query: &Query) -> String {
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return String::new();
    };
    for (key, value) in query.to_pairs() {
        params.append(key, &value);
    }
    // English shows in every link the app builds, so a shared link opens in English.
    if lang() == Lang::En {
        params.append("lang", Lang::En.tag());
    }
    let text: String = params.to_string().into();
    if text.is_empty() {
        text
    } else {
        format!("?{text}")
    }
}

/// A function that navigates to `route` (relative to the base, e.g. `"/"` or `"/timeline"`)
/// with a new query. Typing replaces the history entry; other changes push one.
pub fn use_set_query() -> impl Fn(&str, Query, bool) + Clone {
    let navigate = use_navigate();
    move |route: &str, query: Query, replace: bool| {
        let url = format!("{route}{}", query_string(&query));
        navigate(&url, NavigateOptions { replace, scroll: false, ..NavigateOptions::default() });
    }
}
