//! feed.xml, calendar.ics, each pillar's and kind's calendar and feed (`feeds/…`),
//! data/commons.csv, sitemap.xml and robots.txt, built from the dataset.

use std::path::Path;

use communs_core::export::{entries_csv, subscription_calendar, subscription_feed};
use communs_core::publication::DATASET_CSV_PATH;
use communs_core::route::Route;
use communs_core::subscription::FeedScope;
use communs_core::Dataset;
use html_escape::encode_text;

use super::pages::Page;
use super::SiteUrls;

/// The sitemap, or the sitemap index past [`SITEMAP_LIMIT`] pages.
const SITEMAP: &str = "sitemap.xml";

/// The most URLs one sitemap may list (sitemaps.org protocol).
pub const SITEMAP_LIMIT: usize = 50_000;

/// `sitemap.xml` listing `locations`; past [`SITEMAP_LIMIT`], `sitemap-1.xml`, `sitemap-2.xml`…
/// and `sitemap.xml` as their index.
fn write_sitemaps(dir: &Path, urls: &SiteUrls, locations: &[String], lastmod: &str) -> Result<(), String> {
    let urlset = |chunk: &[String]| {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for location in chunk {
            xml.push_str(&format!("  <url><loc>{}</loc><lastmod>{lastmod}</lastmod></url>\n", encode_text(location)));
        }
        xml.push_str("</urlset>\n");
        xml
    };
    if locations.len() <= SITEMAP_LIMIT {
        return write(dir, SITEMAP, &urlset(locations));
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (number, chunk) in locations.chunks(SITEMAP_LIMIT).enumerate() {
        let name = format!("sitemap-{}.xml", number + 1);
        write(dir, &name, &urlset(chunk))?;
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc><lastmod>{lastmod}</lastmod></sitemap>\n",
            encode_text(&urls.page(&name))
        ));
    }
    index.push_str("</sitemapindex>\n");
    write(dir, SITEMAP, &index)
}

fn write(dir: &Path, name: &str, content: &str) -> Result<(), String> {
    let path = dir.join(name);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, content).map_err(|e| format!("{name}: {e}"))
}

/// Writes the calendar and the Atom feed of every subscription: the whole ones, and one of each
/// per pillar and per kind, empty ones included, so that a subscription's address never fails.
fn write_subscriptions(dir: &Path, dataset: &Dataset, urls: &SiteUrls) -> Result<(), String> {
    let entry_url = |id: &str| urls.page(&Route::Entry(id.to_string()).folder());
    for scope in FeedScope::every() {
        let ics = subscription_calendar(scope, &dataset.entries, &dataset.updated, &entry_url);
        write(dir, &scope.ics_path(), &ics)?;
        let atom_path = scope.atom_path();
        let feed = subscription_feed(scope, &dataset.entries, &dataset.updated, &urls.page(&atom_path), &entry_url);
        write(dir, &atom_path, &feed)?;
    }
    Ok(())
}

/// Writes the feeds and calendars, the entries as CSV, robots.txt and (when the absolute URL is
/// known) the sitemap.
pub fn write_feeds(dir: &Path, dataset: &Dataset, urls: &SiteUrls, pages: &[Page]) -> Result<(), String> {
    write_subscriptions(dir, dataset, urls)?;
    write(dir, DATASET_CSV_PATH, &entries_csv(&dataset.entries.iter().collect::<Vec<_>>()))?;
    let mut robots = "User-agent: *\nAllow: /\n".to_string();
    match &urls.absolute {
        Some(_) => {
            let lastmod = dataset.updated.first_day().to_string();
            let locations: Vec<String> = pages.iter().map(|page| urls.page(&page.path)).collect();
            write_sitemaps(dir, urls, &locations, &lastmod)?;
            robots.push_str(&format!("Sitemap: {}\n", urls.page(SITEMAP)));
        }
        None => println!(
            "xtask: no sitemap.xml (a sitemap needs absolute URLs): pass --site-url https://… to `cargo xtask dist`"
        ),
    }
    write(dir, "robots.txt", &robots)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteUrls {
        SiteUrls { public_path: "/".into(), absolute: Some("https://x.org/".into()), host_name: String::new() }
    }

    #[test]
    fn past_fifty_thousand_urls_the_sitemap_is_an_index_of_sitemaps() {
        let dir = std::env::temp_dir().join(format!("communs-sitemaps-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let locations: Vec<String> = (0..SITEMAP_LIMIT + 1).map(|i| format!("https://x.org/entry/{i}/")).collect();
        write_sitemaps(&dir, &site(), &locations, "2026-11-30").unwrap_or_else(|e| panic!("{e}"));
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        let index = read(SITEMAP);
        assert!(index.contains("<sitemapindex"), "{index}");
        assert!(index.contains("<loc>https://x.org/sitemap-1.xml</loc>") && index.contains("sitemap-2.xml"));
        assert_eq!(read("sitemap-1.xml").matches("<url>").count(), SITEMAP_LIMIT);
        assert_eq!(read("sitemap-2.xml").matches("<url>").count(), 1);
        write_sitemaps(&dir, &site(), &locations[..3], "2026-11-30").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read(SITEMAP).matches("<url>").count(), 3, "a small site has one sitemap");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Issue 22: every pillar and every kind has its calendar and feed, beside the whole ones,
    /// with absolute links when the site's address is known.
    #[test]
    fn every_pillar_and_kind_gets_a_calendar_and_a_feed() {
        let dir = std::env::temp_dir().join(format!("communs-subscriptions-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let text = include_str!("../../../public/data/commons.json");
        let dataset = communs_core::load(text).dataset.unwrap_or_else(|| panic!("the shipped dataset loads"));
        write_subscriptions(&dir, &dataset, &site()).unwrap_or_else(|e| panic!("{e}"));
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        for scope in FeedScope::every() {
            assert!(read(&scope.ics_path()).starts_with("BEGIN:VCALENDAR"), "{scope:?}");
            let feed = read(&scope.atom_path());
            assert!(feed.contains(&format!("href=\"https://x.org/{}\"", scope.atom_path())), "{feed}");
        }
        for name in [
            "calendar.ics",
            "feed.xml",
            "feeds/pilier/contribuer.ics",
            "feeds/pilier/prendre-sa-part.xml",
            "feeds/type/event.ics",
            "feeds/type/call.xml",
        ] {
            assert!(dir.join(name).is_file(), "{name}");
        }
        assert!(read("feeds/pilier/contribuer.ics").contains("URL:https://x.org/entry/"));
        assert!(!dir.join("feeds/pilier/nulle-part.ics").exists(), "no file for a name that is no pillar");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
