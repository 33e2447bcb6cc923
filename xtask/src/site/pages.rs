//! One real `index.html` per route and per entry, person and organisation, so that a reload or a
//! shared link works on a host that does no rewriting; and a `404.html` that boots the app.

use std::collections::BTreeMap;
use std::path::Path;

use communs_core::display::{kind_name, Lang};
use communs_core::export::FileType;
use communs_core::publication::{
    CALENDAR_PATH, DATASET_CSV_PATH, DATASET_PATH, FEED_PATH, HOST_META_NAME, LINKS_REPORT_META_NAME,
    LINKS_REPORT_PATH, PAGE_FILE, PRERENDERED_ID, SHELL_PAGE, SITE_URL_META_NAME,
};
use communs_core::route::{EmbedView, Route};
use communs_core::search::slugify;
use communs_core::structured_data::{self, Distribution};
use communs_core::text::sharing::SharingTexts;
use communs_core::{Dataset, Entry};
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

/// The site's name, in every page's title.
const SITE: &str = "Communs — les communs numériques au CNNum";

/// The one image every page shows when shared (Open Graph), shipped from `public/` as is.
const OG_IMAGE_PATH: &str = "og-image.png";
/// Where the image lives in the sources.
const OG_IMAGE_SOURCE: &str = "public/og-image.png";
/// The image's size in pixels, the size social networks draw a large card at.
const OG_IMAGE_SIZE: (u32, u32) = (1200, 630);
/// What the image shows, for those who do not see it.
const OG_IMAGE_ALT: &str = "Communs, les communs numériques au CNNum : initiatives, événements, entretiens et appels à contribution du Conseil national du numérique";

use super::prerender::Pages;
use super::security::{with_answers, Hardened};
use super::SiteUrls;

/// A generated page: its path below the root (`""`, `timeline/`, `entry/x/`).
pub struct Page {
    /// Path below the site root, ending with `/` (empty for the root).
    pub path: String,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Open Graph type: `article` for an entry, `website` for the others.
    pub og_type: &'static str,
    /// Its schema.org description, as the text of a `<script type="application/ld+json">`.
    pub structured: String,
}

/// The page: `shell` with the page's head, and its markup (`body`) in place of the shell's
/// `<noscript>` line; without markup (`404.html`), the line stays, for visitors without
/// JavaScript.
fn render(shell: &str, page: &Page, urls: &SiteUrls, ships_report: bool, body: Option<&str>) -> String {
    let mut html = shell.to_string();
    if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(start..end + "</title>".len(), &format!("<title>{}</title>", text(&page.title)));
    }
    let marker = "<meta name=\"description\" content=\"";
    if let Some(start) = html.find(marker) {
        if let Some(end) = html.get(start + marker.len()..).and_then(|r| r.find('"')).map(|e| start + marker.len() + e)
        {
            html.replace_range(start + marker.len()..end, &attr(&page.description));
        }
    }
    let url = urls.page(&page.path);
    let mut extra = format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Événements et entretiens\" href=\"{}{FEED_PATH}\" />\n",
        attr(&urls.public_path)
    );
    extra.push_str(&format!("    <meta name=\"{HOST_META_NAME}\" content=\"{}\" />\n", attr(&urls.host_name)));
    if ships_report {
        extra.push_str(&format!("    <meta name=\"{LINKS_REPORT_META_NAME}\" content=\"{LINKS_REPORT_PATH}\" />\n"));
    }
    if let Some(root) = &urls.absolute {
        extra.push_str(&format!("    <link rel=\"canonical\" href=\"{}\" />\n", attr(&url)));
        extra.push_str(&format!("    <meta name=\"{SITE_URL_META_NAME}\" content=\"{}\" />\n", attr(root)));
    }
    extra.push_str(&format!(
        "    <meta property=\"og:type\" content=\"{}\" />\n    <meta property=\"og:title\" content=\"{}\" />\n    \
         <meta property=\"og:description\" content=\"{}\" />\n    \
         <meta property=\"og:site_name\" content=\"Communs\" />\n    <meta property=\"og:locale\" content=\"fr_FR\" />\n",
        page.og_type,
        attr(&page.title),
        attr(&page.description),
    ));
    // Open Graph wants an absolute address: written only when the site's URL is known.
    if urls.absolute.is_some() {
        extra.push_str(&format!("    <meta property=\"og:url\" content=\"{}\" />\n", attr(&url)));
        let (width, height) = OG_IMAGE_SIZE;
        extra.push_str(&format!(
            "    <meta property=\"og:image\" content=\"{}\" />\n    <meta property=\"og:image:width\" content=\"{width}\" />\n    \
             <meta property=\"og:image:height\" content=\"{height}\" />\n    <meta property=\"og:image:alt\" content=\"{}\" />\n",
            attr(&urls.page(OG_IMAGE_PATH)),
            attr(OG_IMAGE_ALT),
        ));
    }
    if !page.structured.is_empty() {
        extra.push_str(&format!("    <script type=\"application/ld+json\">{}</script>\n", page.structured));
    }
    if let (Some(start), Some(end), Some(body)) = (html.find("<noscript>"), html.find("</noscript>"), body) {
        let written = format!("<div id=\"{PRERENDERED_ID}\">{body}</div>");
        html.replace_range(start..end + "</noscript>".len(), &written);
    } else if let (Some(start), Some(end)) = (html.find("<noscript>"), html.find("</noscript>")) {
        let fallback = format!(
            "<noscript>\n      <h1>{}</h1>\n      <p>{}</p>\n      <p>Communs a besoin de JavaScript. Sans lui, les données restent lisibles : \
             <a href=\"{path}{DATASET_PATH}\">données JSON</a>, <a href=\"{path}{FEED_PATH}\">flux Atom</a>, \
             <a href=\"{path}{CALENDAR_PATH}\">agenda iCalendar</a>.</p>\n    ",
            text(&page.title),
            text(&page.description),
            path = attr(&urls.public_path)
        );
        html.replace_range(start..end, &fallback);
    }
    if let Some(head_end) = html.find("</head>") {
        html.insert_str(head_end, &format!("    {extra}  "));
    }
    html
}

fn write(dir: &Path, page: &Page, html: &str) -> Result<(), String> {
    let folder = dir.join(&page.path);
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    std::fs::write(folder.join(PAGE_FILE), html).map_err(|e| format!("{}: {e}", folder.display()))
}

/// The views' pages, with their titles and descriptions.
fn view_pages(dataset: &Dataset, urls: &SiteUrls, files: &[Distribution<'_>]) -> Vec<Page> {
    let views = [
        (Route::Explore, SITE.to_string(), "Explorez les initiatives, événements, entretiens et appels à contribution du Conseil national du numérique sur les communs numériques."),
        (Route::Timeline, format!("Frise chronologique — {SITE}"), "Les événements, entretiens et initiatives du CNNum sur les communs numériques, mois par mois."),
        (Route::Calls, format!("Appels à contribution — {SITE}"), "Ce que le Conseil national du numérique vous invite à faire pour les communs numériques, et comment répondre."),
        (Route::Contribute, format!("Vérifier un fichier de données — {SITE}"), "Vérifiez et prévisualisez dans votre navigateur un fichier de données Communs avant de le proposer."),
        (Route::Accessibility, format!("Déclaration d'accessibilité — {SITE}"), "Communs est partiellement conforme au RGAA 4.1 : méthode, critères non vérifiés, contact et voies de recours."),
        (Route::SiteMap, format!("Plan du site — {SITE}"), "Toutes les pages de Communs : les vues, les quatre piliers, la vérification des données, les flux, les données et leur schéma."),
        (Route::LegalNotice, format!("Mentions légales — {SITE}"), "Éditeur, hébergeur, licence des données et données personnelles de Communs."),
    ];
    views
        .into_iter()
        .map(|(route, title, description)| {
            let url = urls.page(&route.folder());
            let structured = match route {
                Route::Explore => structured_data::dataset(dataset, &title, description, &url, files),
                _ => structured_data::web_page(&title, description, &url),
            };
            let structured = structured_data::script_text(&structured);
            Page { path: route.folder(), title, description: description.into(), og_type: "website", structured }
        })
        .collect()
}

/// The views another site frames: not in the sitemap, and not for search engines.
fn embed_pages(urls: &SiteUrls) -> Vec<Page> {
    let words = SharingTexts::of(Lang::Fr);
    EmbedView::ALL
        .into_iter()
        .map(|view| {
            let route = Route::Embed(view);
            let title = (words.frame_title)(view).to_string();
            let description = format!("Vue à intégrer dans une autre page : {title}.");
            let structured = structured_data::script_text(&structured_data::web_page(
                &title,
                &description,
                &urls.page(&route.folder()),
            ));
            Page { path: route.folder(), title, description, og_type: "website", structured }
        })
        .collect()
}

/// An embed's page, framed by another site: its links open in the top window (`<base
/// target>`, which the app's own links follow too), and search engines leave it out.
fn for_framing(mut html: String) -> String {
    if let Some(end) = html.find("<base ").and_then(|start| html.get(start..)?.find('>').map(|e| start + e)) {
        let end = if html.get(..end).is_some_and(|head| head.ends_with('/')) { end - 1 } else { end };
        html.insert_str(end, "target=\"_top\" ");
    }
    if let Some(head_end) = html.find("</head>") {
        html.insert_str(head_end, "  <meta name=\"robots\" content=\"noindex\" />\n  ");
    }
    html
}

/// The pages of the entries, then of the people and organisations they name, `max` at most.
fn detail_pages(dataset: &Dataset, urls: &SiteUrls, max: usize) -> Vec<Page> {
    let entry_url = |id: &str| urls.page(&Route::Entry(id.to_string()).folder());
    let mut pages: Vec<Page> = dataset
        .entries
        .iter()
        .take(max)
        .map(|entry| Page {
            path: Route::Entry(entry.id.clone()).folder(),
            title: format!("{} — {}", entry.title, kind_name(entry.kind, Lang::Fr)),
            description: entry.summary.clone(),
            og_type: "article",
            structured: structured_data::script_text(&structured_data::entry(entry, &entry_url(&entry.id))),
        })
        .collect();
    // Each person or organisation once, by address, with the entries that name them.
    let mut people: BTreeMap<String, (String, Vec<&Entry>)> = BTreeMap::new();
    let mut organisations: BTreeMap<String, (String, Vec<&Entry>)> = BTreeMap::new();
    for entry in &dataset.entries {
        for name in entry.people.iter().map(|p| &p.name) {
            people.entry(Route::person(name).folder()).or_insert_with(|| (name.clone(), Vec::new())).1.push(entry);
        }
        for name in &entry.organisations {
            let named = organisations.entry(Route::organisation(name).folder());
            named.or_insert_with(|| (name.clone(), Vec::new())).1.push(entry);
        }
    }
    let describe = |what: &str, name: &str| {
        format!("Les initiatives, événements et entretiens du CNNum liés à cette {what} : {name}.")
    };
    let named = people.into_iter().map(|(path, (name, found))| {
        let value = structured_data::person(&name, &urls.page(&path), &found, &entry_url);
        (path, describe("personne", &name), name, value)
    });
    let named = named.chain(organisations.into_iter().map(|(path, (name, found))| {
        let value = structured_data::organisation(&name, &urls.page(&path), &found, &entry_url);
        (path, describe("organisation", &name), name, value)
    }));
    for (path, description, name, value) in named {
        if pages.len() >= max {
            break;
        }
        // A name with no letter or digit has no address of its own.
        if slugify(&name).is_empty() {
            continue;
        }
        let structured = structured_data::script_text(&value);
        pages.push(Page { path, title: format!("{name} — {SITE}"), description, og_type: "profile", structured });
    }
    pages
}

/// The files of the dataset the home's `Dataset` names.
fn distributions(urls: &SiteUrls) -> Vec<Distribution<'static>> {
    [(DATASET_PATH, FileType::Json), (DATASET_CSV_PATH, FileType::Csv), (CALENDAR_PATH, FileType::Calendar)]
        .into_iter()
        .map(|(path, file_type)| Distribution { url: urls.page(path), mime: file_type.mime() })
        .collect()
}

/// Writes every page with its markup from `writer` (the page writer) and `404.html`, announcing
/// the link report when the site ships one; at most `max_details` entry, person and organisation
/// pages (the others are answered by `404.html`, which boots the app); and the embeds, with the
/// Open Graph image. Returns the pages but the embeds, for the sitemap.
pub fn write_pages(
    writer: &Path,
    dir: &Path,
    hardened: &Hardened,
    dataset: &Dataset,
    urls: &SiteUrls,
    ships_report: bool,
    max_details: usize,
) -> Result<Vec<Page>, String> {
    let mut pages = view_pages(dataset, urls, &distributions(urls));
    pages.extend(detail_pages(dataset, urls, max_details));
    let embeds = embed_pages(urls);
    let mut metas = vec![(HOST_META_NAME, urls.host_name.clone())];
    if ships_report {
        metas.push((LINKS_REPORT_META_NAME, LINKS_REPORT_PATH.to_string()));
    }
    if let Some(root) = &urls.absolute {
        metas.push((SITE_URL_META_NAME, root.clone()));
    }
    let base = urls.public_path.trim_end_matches('/');
    let paths = pages.iter().chain(&embeds).map(|p| p.path.clone()).collect();
    let mut markup = Pages::start(writer, &dir.join(DATASET_PATH), base, &metas, paths)?;
    for page in &pages {
        let body = markup.next()?;
        let html = render(&hardened.shell, page, urls, ships_report, Some(&body));
        write(dir, page, &with_answers(html, &body, hardened))?;
    }
    for page in &embeds {
        let body = markup.next()?;
        write(dir, page, &for_framing(render(&hardened.shell, page, urls, ships_report, Some(&body))))?;
    }
    markup.finish()?;
    let image = crate::tools::root().join(OG_IMAGE_SOURCE);
    std::fs::copy(&image, dir.join(OG_IMAGE_PATH)).map_err(|e| format!("{}: {e}", image.display()))?;
    // Every address the build does not know, an entry added since included: a neutral shell
    // that boots the app, which shows the entry or its own "not found".
    let shell_page = Page {
        path: String::new(),
        title: SITE.into(),
        description: "Communs".into(),
        og_type: "website",
        structured: String::new(),
    };
    let shell_page = render(&hardened.shell, &shell_page, urls, ships_report, None);
    std::fs::write(dir.join(SHELL_PAGE), shell_page).map_err(|e| e.to_string())?;
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Dataset {
        let text = std::fs::read_to_string(crate::tools::root().join(communs_core::publication::SOURCE_DATASET_PATH))
            .unwrap_or_default();
        communs_core::load(&text).dataset.unwrap_or_else(|| panic!("the shipped dataset loads"))
    }

    fn site() -> SiteUrls {
        SiteUrls { public_path: "/".into(), absolute: None, host_name: String::new() }
    }

    const SHELL: &str =
        "<html><head><base href=\"/sous/chemin/\" /><title>x</title></head><body><noscript>x</noscript></body></html>";

    fn page(path: &str) -> Page {
        Page {
            path: path.into(),
            title: "T".into(),
            description: "D".into(),
            og_type: "website",
            structured: String::new(),
        }
    }

    #[test]
    fn with_the_sites_url_every_page_has_an_absolute_open_graph_image_with_its_size_and_text() {
        let urls = SiteUrls {
            public_path: "/sous/chemin/".into(),
            absolute: Some("https://communs.example.org/sous/chemin/".into()),
            host_name: String::new(),
        };
        let html = render(SHELL, &page("timeline/"), &urls, false, Some("<p>x</p>"));
        let image = "<meta property=\"og:image\" content=\"https://communs.example.org/sous/chemin/og-image.png\" />";
        assert!(html.contains(image), "{html}");
        assert!(html.contains("<meta property=\"og:image:width\" content=\"1200\" />"));
        assert!(html.contains("<meta property=\"og:image:height\" content=\"630\" />"));
        assert!(html.contains("<meta property=\"og:image:alt\" content=\"Communs, les communs"));
        let root =
            format!("<meta name=\"{SITE_URL_META_NAME}\" content=\"https://communs.example.org/sous/chemin/\" />");
        assert!(html.contains(&root));
        let relative = render(SHELL, &page("timeline/"), &site(), false, Some("<p>x</p>"));
        assert!(!relative.contains("og:image") && !relative.contains(SITE_URL_META_NAME), "no relative image");
    }

    #[test]
    fn the_shipped_open_graph_image_is_a_png_of_its_announced_size() {
        let bytes = std::fs::read(crate::tools::root().join(OG_IMAGE_SOURCE)).unwrap_or_default();
        assert_eq!(bytes.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]));
        let size = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
        assert_eq!((size(16), size(20)), (Some(OG_IMAGE_SIZE.0), Some(OG_IMAGE_SIZE.1)));
    }

    #[test]
    fn embeds_open_links_on_top_and_stay_out_of_search_engines_and_the_sitemap() {
        let embeds = embed_pages(&site());
        let paths: Vec<&str> = embeds.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["embed/", "embed/calls/", "embed/timeline/"]);
        let html = for_framing(render(SHELL, &embeds[1], &site(), false, Some("<p>x</p>")));
        assert!(html.contains("<base href=\"/sous/chemin/\" target=\"_top\" />"), "{html}");
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\" />"));
        assert!(!view_pages(&shipped(), &site(), &[]).iter().any(|p| p.path.starts_with("embed")));
    }

    #[test]
    fn every_entry_person_and_organisation_has_a_page_unless_capped() {
        let dataset = shipped();
        let all = detail_pages(&dataset, &site(), usize::MAX);
        let entries = all.iter().filter(|p| p.path.starts_with("entry/")).count();
        assert_eq!(entries, dataset.entries.len());
        assert!(all.iter().any(|p| p.path.starts_with("personne/")));
        assert!(all.iter().any(|p| p.path.starts_with("organisation/")));
        let mut paths: Vec<&str> = all.iter().map(|p| p.path.as_str()).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), all.len(), "one page per address");
        let capped = detail_pages(&dataset, &site(), 5);
        assert_eq!(capped.len(), 5);
        assert!(capped.iter().all(|p| p.path.starts_with("entry/")), "entries come first");
        assert!(detail_pages(&dataset, &site(), 0).is_empty());
    }
}
