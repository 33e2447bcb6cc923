//! feed.xml, calendar.ics, sitemap.xml and robots.txt, built from the dataset.

use std::path::Path;

use communs_core::export::{atom_feed, calendar};
use communs_core::publication::{CALENDAR_PATH, FEED_PATH};
use communs_core::route::Route;
use communs_core::Dataset;
use html_escape::encode_text;

use super::pages::Page;
use super::SiteUrls;

fn write(dir: &Path, name: &str, content: &str) -> Result<(), String> {
    std::fs::write(dir.join(name), content).map_err(|e| format!("{name}: {e}"))
}

/// Writes the feed, the calendar, robots.txt and (when the absolute URL is known) the sitemap.
pub fn write_feeds(dir: &Path, dataset: &Dataset, urls: &SiteUrls, pages: &[Page]) -> Result<(), String> {
    let entry_url = |id: &str| urls.page(&Route::Entry(id.to_string()).folder());
    let feed = atom_feed(&dataset.entries, &dataset.updated, &urls.page(FEED_PATH), &entry_url);
    write(dir, FEED_PATH, &feed)?;
    let ics = calendar(
        &dataset.entries.iter().collect::<Vec<_>>(),
        "Communs — événements du CNNum",
        &dataset.updated,
        &entry_url,
    );
    write(dir, CALENDAR_PATH, &ics)?;
    let mut robots = "User-agent: *\nAllow: /\n".to_string();
    match &urls.absolute {
        Some(_) => {
            let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for page in pages {
                sitemap.push_str(&format!(
                    "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
                    encode_text(&urls.page(&page.path)),
                    dataset.updated.first_day()
                ));
            }
            sitemap.push_str("</urlset>\n");
            write(dir, "sitemap.xml", &sitemap)?;
            robots.push_str(&format!("Sitemap: {}\n", urls.page("sitemap.xml")));
        }
        None => println!(
            "xtask: no sitemap.xml (a sitemap needs absolute URLs): pass --site-url https://… to `cargo xtask dist`"
        ),
    }
    write(dir, "robots.txt", &robots)
}
