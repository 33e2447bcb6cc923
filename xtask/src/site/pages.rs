//! One real `index.html` per route and per entry, person and organisation, so that a reload or a
//! shared link works on a host that does no rewriting; and a `404.html` that boots the app.

use std::path::Path;

use communs_core::display::{kind_name, Lang};
use communs_core::publication::{
    CALENDAR_PATH, DATASET_PATH, FEED_PATH, HOST_META_NAME, LINKS_REPORT_META_NAME, LINKS_REPORT_PATH,
};
use communs_core::route::Route;
use communs_core::Dataset;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::SiteUrls;

/// A generated page: its path below the root (`""`, `timeline/`, `entry/x/`).
pub struct Page {
    /// Path below the site root, ending with `/` (empty for the root).
    pub path: String,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Open Graph type, for entry pages.
    pub og: bool,
}

fn render(shell: &str, page: &Page, urls: &SiteUrls, ships_report: bool) -> String {
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
    if urls.absolute.is_some() {
        extra.push_str(&format!("    <link rel=\"canonical\" href=\"{}\" />\n", attr(&url)));
    }
    if page.og {
        extra.push_str(&format!(
            "    <meta property=\"og:type\" content=\"article\" />\n    <meta property=\"og:title\" content=\"{}\" />\n    \
             <meta property=\"og:description\" content=\"{}\" />\n    <meta property=\"og:url\" content=\"{}\" />\n    \
             <meta property=\"og:site_name\" content=\"Communs\" />\n    <meta property=\"og:locale\" content=\"fr_FR\" />\n",
            attr(&page.title),
            attr(&page.description),
            attr(&url)
        ));
    }
    if let (Some(start), Some(end)) = (html.find("<noscript>"), html.find("</noscript>")) {
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
    std::fs::write(folder.join("index.html"), html).map_err(|e| format!("{}: {e}", folder.display()))
}

/// Writes every page and `404.html`, announcing the link report when the site ships one;
/// returns the pages, for the sitemap.
pub fn write_pages(
    dir: &Path,
    shell: &str,
    dataset: &Dataset,
    urls: &SiteUrls,
    ships_report: bool,
) -> Result<Vec<Page>, String> {
    let site = "Communs — les communs numériques au CNNum";
    let mut pages = vec![
        Page { path: Route::Explore.folder(), title: site.into(), description: "Explorez les initiatives, événements, entretiens et appels à contribution du Conseil national du numérique sur les communs numériques.".into(), og: false },
        Page { path: Route::Timeline.folder(), title: format!("Frise chronologique — {site}"), description: "Les événements, entretiens et initiatives du CNNum sur les communs numériques, mois par mois.".into(), og: false },
        Page { path: Route::Calls.folder(), title: format!("Appels à contribution — {site}"), description: "Ce que le Conseil national du numérique vous invite à faire pour les communs numériques, et comment répondre.".into(), og: false },
        Page { path: Route::Contribute.folder(), title: format!("Vérifier un fichier de données — {site}"), description: "Vérifiez et prévisualisez dans votre navigateur un fichier de données Communs avant de le proposer.".into(), og: false },
        Page { path: Route::Accessibility.folder(), title: format!("Déclaration d'accessibilité — {site}"), description: "Communs est partiellement conforme au RGAA 4.1 : méthode, critères non vérifiés, contact et voies de recours.".into(), og: false },
        Page { path: Route::SiteMap.folder(), title: format!("Plan du site — {site}"), description: "Toutes les pages de Communs : les vues, les quatre piliers, la vérification des données, les flux, les données et leur schéma.".into(), og: false },
        Page { path: Route::LegalNotice.folder(), title: format!("Mentions légales — {site}"), description: "Éditeur, hébergeur, licence des données et données personnelles de Communs.".into(), og: false },
    ];
    let mut people: Vec<String> = Vec::new();
    let mut organisations: Vec<String> = Vec::new();
    for entry in &dataset.entries {
        pages.push(Page {
            path: Route::Entry(entry.id.clone()).folder(),
            title: format!("{} — {}", entry.title, kind_name(entry.kind, Lang::Fr)),
            description: entry.summary.clone(),
            og: true,
        });
        people.extend(entry.people.iter().map(|p| p.name.clone()));
        organisations.extend(entry.organisations.iter().cloned());
    }
    let person: fn(&str) -> Route = Route::person;
    let organisation: fn(&str) -> Route = Route::organisation;
    for (route, names, what) in [(person, &mut people, "personne"), (organisation, &mut organisations, "organisation")]
    {
        names.sort();
        names.dedup();
        for name in names.iter() {
            let route = route(name);
            if matches!(&route, Route::Person(slug) | Route::Organisation(slug) if slug.is_empty()) {
                continue;
            }
            pages.push(Page {
                path: route.folder(),
                title: format!("{name} — {site}"),
                description: format!(
                    "Les initiatives, événements et entretiens du CNNum liés à cette {what} : {name}."
                ),
                og: false,
            });
        }
    }
    for page in &pages {
        write(dir, page, &render(shell, page, urls, ships_report))?;
    }
    let not_found = Page { path: String::new(), title: site.into(), description: "Communs".into(), og: false };
    std::fs::write(dir.join("404.html"), render(shell, &not_found, urls, ships_report)).map_err(|e| e.to_string())?;
    Ok(pages)
}
