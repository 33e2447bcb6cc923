//! Where the app is hosted: the public URL Trunk wrote into `<base href>`.

use communs_core::publication::SITE_URL_META_NAME;
use leptos::prelude::*;

/// What the prerenderer knows of the page it writes, which has no document to read: the
/// router base and the `<meta>` values the build puts in every page.
#[derive(Clone, Debug, Default)]
pub struct GivenPage {
    /// The router base, as [`router_base`] gives it.
    pub base: String,
    /// `(name, content)` of the page's `<meta>` elements the app reads.
    pub metas: Vec<(String, String)>,
}

/// The router base: the path of `<base href>` without its trailing slash
/// (`""` at a host's root, `"/communs"` under a sub-path).
pub fn router_base() -> String {
    if let Some(given) = use_context::<GivenPage>() {
        return given.base;
    }
    let path = web_sys::Url::new(&site_root()).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// The site's root URL as the browser sees it (`<base href>`, absolute), for links back from
/// exported files.
pub fn site_root() -> String {
    crate::browser::document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default()
}

/// The site's absolute root URL, for the addresses the app gives away (an embed's code, a
/// `webcal:` link): `--site-url` when the build had it (the address the site is known by), else
/// `<base href>` as the browser sees it; `None` in a page written without `--site-url`.
pub fn absolute_site_root() -> Option<String> {
    meta_content(SITE_URL_META_NAME).or_else(|| Some(site_root())).filter(|root| !root.is_empty())
}

/// The path of the current page relative to the base, without a leading slash
/// (`"timeline"`, `"entry/x"`, `""` for Explore).
pub fn relative_path(pathname: &str, base: &str) -> String {
    pathname.strip_prefix(base).unwrap_or(pathname).trim_start_matches('/').to_string()
}

/// The `content` of the page's `<meta name="…">`, which the build writes for the app (the
/// host's name, whether a link report ships).
pub fn meta_content(name: &str) -> Option<String> {
    if let Some(given) = use_context::<GivenPage>() {
        return given.metas.iter().find(|(n, _)| n == name).map(|(_, content)| content.clone());
    }
    crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("meta[name=\"{name}\"]")).ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
}
