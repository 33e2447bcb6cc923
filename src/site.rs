//! Where the app is hosted: the public URL Trunk wrote into `<base href>`.

/// The router base: the path of `<base href>` without its trailing slash
/// (`""` at a host's root, `"/communs"` under a sub-path).
pub fn router_base() -> String {
    let base_uri =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    let path = web_sys::Url::new(&base_uri).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// The path of the current page relative to the base, without a leading slash
/// (`"timeline"`, `"entry/x"`, `""` for Explore).
pub fn relative_path(pathname: &str, base: &str) -> String {
    pathname.strip_prefix(base).unwrap_or(pathname).trim_start_matches('/').to_string()
}
