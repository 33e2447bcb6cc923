//! Turns Trunk's output into a site any static host can serve as is: one real page per route
//! and entry, a 404 page that boots the app, a strict CSP with SRI, header files for hosts that
//! allow them, the feed, the calendar, the sitemap, and precompressed copies.

mod compress;
mod feeds;
mod fingerprint;
mod headers;
pub mod links_report;
mod pages;
mod prerender;
mod security;
mod service_worker;

use std::path::Path;

use communs_core::load;

/// Where the site lives: its path on the host, its absolute URL when known, and who hosts it.
pub struct SiteUrls {
    /// The public path, with slashes at both ends (`/` or `/communs/`).
    pub public_path: String,
    /// The absolute URL of the site root (`https://example.org/communs/`), if given.
    pub absolute: Option<String>,
    /// The host, as the legal notice names it (`--host-name`, else the default host).
    pub host_name: String,
}

impl SiteUrls {
    /// URL of a page below the root (`entry/x/`): absolute when known, else from the host root.
    pub fn page(&self, relative: &str) -> String {
        match &self.absolute {
            Some(root) => format!("{root}{relative}"),
            None => format!("{}{relative}", self.public_path),
        }
    }
}

/// Post-processes the Trunk build in `dir`.
pub fn finish(
    dir: &Path,
    urls: &SiteUrls,
    report: &links_report::ReportSource,
    max_details: usize,
) -> Result<(), String> {
    let ships_report = links_report::ship(dir, report)?;
    let data_path = dir.join(communs_core::publication::DATASET_PATH);
    let text = std::fs::read_to_string(&data_path).map_err(|e| format!("{}: {e}", data_path.display()))?;
    let loaded = load(&text);
    let dataset = loaded.dataset.ok_or("the shipped dataset is unusable: run `cargo xtask check-data`")?;
    let index_path = dir.join(communs_core::publication::PAGE_FILE);
    let index = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let inline_style = dataset.entries.len().min(max_details) <= security::INLINE_STYLESHEET_UP_TO;
    let hardened = security::harden(&index, dir, &urls.public_path, inline_style)?;
    let hardened = security::Hardened { shell: service_worker::announce(&hardened.shell), ..hardened };
    let writer = prerender::build()?;
    let started = std::time::Instant::now();
    let pages = pages::write_pages(&writer, dir, &hardened, &dataset, urls, ships_report, max_details)?;
    let written = started.elapsed().as_secs_f64();
    feeds::write_feeds(dir, &dataset, urls, &pages)?;
    headers::write_header_files(dir, &hardened.csp, &urls.public_path)?;
    let cached = service_worker::write(dir)?;
    let compressed = compress::precompress(dir)?;
    let report = if ships_report { ", the link report" } else { "" };
    println!(
        "xtask: {} prerendered pages ({written:.1} s), feed.xml, calendar.ics, a calendar and a feed per pillar and kind (feeds/), the CSV{report}, header files, \
         a service worker caching {cached} files, {compressed} precompressed copies ({:.1} s in all)",
        pages.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
