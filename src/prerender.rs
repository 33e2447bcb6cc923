//! A page's markup at build time: the app's own components, rendered natively (`ssr`) with the
//! shipped dataset, for `src/bin/prerender.rs`, which `cargo xtask dist` runs. What depends on
//! the visitor (their language, theme, search, today's date) is left as true for anyone: French,
//! unfiltered, and dates instead of "open" or "upcoming". The app then mounts over it
//! (`takeover.rs`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_router::location::RequestUrl;

use crate::app::App;
use crate::data::{published, AppData, DataStore};
pub use crate::site::GivenPage;

/// Renders any page of one site: the dataset is read and indexed once.
pub struct Prerenderer {
    data: Arc<AppData>,
    page: GivenPage,
}

impl Prerenderer {
    /// Reads the dataset's text for a site whose router base and `<meta>` values are `page`'s.
    pub fn new(dataset: String, page: GivenPage) -> Result<Prerenderer, String> {
        let data = published(dataset).map_err(|e| format!("the dataset cannot be shown: {e:?}"))?;
        // Every entry, person and organisation page at once: looked up, not searched for.
        data.catalog.prepare_pages();
        Ok(Prerenderer { data, page })
    }

    /// The app's markup at `path`, relative to the site's root (`""`, `timeline/`, `entry/x/`).
    pub fn render(&self, path: &str) -> String {
        let owner = Owner::new();
        owner.with(|| {
            provide_context(RequestUrl::new(&format!("{}/{}", self.page.base, path.trim_start_matches('/'))));
            provide_context(self.page.clone());
            DataStore::provide_loaded(self.data.clone());
            without_markers(view! { <App/> }.to_html())
        })
    }
}

/// The markup without the empty comments Leptos leaves for hydration (`<!>`, `<!--<() />-->`):
/// the app mounts fresh over the page, and they only weigh. Dataset text cannot contain them,
/// as its `<` is always escaped.
fn without_markers(html: String) -> String {
    html.replace("<!>", "").replace("<!--<() />-->", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Prerenderer {
        let text = include_str!("../public/data/commons.json").to_string();
        Prerenderer::new(text, GivenPage { base: "/sous/chemin".into(), metas: Vec::new() })
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_home_lists_entries_with_links_under_the_base() {
        let html = site().render("");
        assert!(html.contains("<main id=\"contenu\""), "{html}");
        assert!(html.contains("class=\"results\""));
        assert!(html.contains("href=\"entry/"), "entry links are relative to <base href>");
        assert!(html.contains("name=\"q\""), "the search box is a GET form");
        assert!(!html.contains("<!>"));
    }

    #[test]
    fn a_call_is_written_with_its_dates_not_with_todays_status() {
        let html = site().render("calls/");
        assert!(html.contains("Les appels et leurs dates"), "{html}");
        for today_dependent in ["clôture dans", "clos<", "Ouverts<", "ouvre dans", "Aujourd'hui"] {
            assert!(!html.contains(today_dependent), "{today_dependent}");
        }
    }

    #[test]
    fn the_timeline_names_the_datasets_date_not_today() {
        let html = site().render("timeline/");
        assert!(html.contains("Données au "), "{html}");
        assert!(!html.contains("upcoming-badge"));
    }

    #[test]
    fn dataset_text_is_escaped_never_markup() {
        let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\" onmouseover=\"alert(3)";
        let mut data: serde_json::Value =
            serde_json::from_str(include_str!("../public/data/commons.json")).unwrap_or_default();
        let first = &mut data["entries"][0];
        first["title"] = hostile.into();
        first["summary"] = hostile.into();
        let id = first["id"].as_str().unwrap_or_default().to_string();
        let site = Prerenderer::new(data.to_string(), GivenPage::default()).unwrap_or_else(|e| panic!("{e}"));
        for path in [format!("entry/{id}/"), "timeline/".into(), "".into()] {
            let html = site.render(&path);
            // The home's word index holds the folded words, `onmouseover` among them, in an
            // attribute: never a quote or a bracket (each word is letters, digits, apostrophes).
            let words = written_words(&html).unwrap_or_default();
            assert!(!words.contains(['"', '<', '>', '&']), "{words}");
            let html = html.replace(&words, "");
            let shown = html.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            // The home shows the newest entries first: the first entry may be on a later page.
            assert!(shown || path.is_empty(), "{path}: {html}");
            assert!(!html.contains("<script") && !html.contains("<img"), "{path}");
            // No handler inside a tag: every `onmouseover` is in text, after a tag has closed.
            for (at, _) in html.match_indices("onmouseover") {
                let before = html.get(..at).unwrap_or_default();
                assert!(before.rfind('>') > before.rfind('<'), "{path}: an attribute was injected");
            }
        }
    }

    /// The word index the home carries, as the browser reads its attribute.
    fn written_words(html: &str) -> Option<String> {
        use communs_core::publication::{WRITTEN_CARDS_ID, WRITTEN_WORDS_ATTRIBUTE};
        let template = html.split(&format!("<template id=\"{WRITTEN_CARDS_ID}\"")).nth(1)?;
        let value = template.split(&format!("{WRITTEN_WORDS_ATTRIBUTE}=\"")).nth(1)?.split('"').next()?;
        Some(
            value
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"),
        )
    }

    #[test]
    fn the_home_of_a_small_catalog_carries_every_card_and_a_word_index_that_answers_as_the_app() {
        use communs_core::search::{Query, WrittenAnswers};
        let site = site();
        let html = site.render("");
        let template = html.split("<template").nth(1).unwrap_or_default();
        let entries = site.data.catalog.entries();
        assert_eq!(template.matches("<li><article class=\"card").count(), entries.len());
        // In file order, the answers' order.
        let first = template.find(&format!("entry/{}\"", entries[0].id)).unwrap_or(usize::MAX);
        let second = template.find(&format!("entry/{}\"", entries[1].id)).unwrap_or(0);
        assert!(first < second);
        let answers = WrittenAnswers::from_text(&written_words(&html).unwrap_or_default()).unwrap();
        for word in ["wikipedia", "atelier", "communs numériques", "aujourd'hui", "zzz"] {
            let query = Query { text: word.into(), ..Query::default() };
            assert_eq!(answers.hits(word), site.data.catalog.search(&query).hits, "{word}");
        }
        // No other page carries them.
        assert!(!site.render("timeline/").contains("<template"));
    }

    #[test]
    fn a_large_catalog_leaves_the_answers_to_the_app() {
        let mut data: serde_json::Value =
            serde_json::from_str(include_str!("../public/data/commons.json")).unwrap_or_default();
        let first = data["entries"][0].clone();
        let entries = data["entries"].as_array_mut().unwrap();
        for n in entries.len()..=communs_core::search::WRITTEN_ANSWERS_MAX_ENTRIES {
            let mut copy = first.clone();
            copy["id"] = format!("copie-{n}").into();
            entries.push(copy);
        }
        let site = Prerenderer::new(data.to_string(), GivenPage::default()).unwrap_or_else(|e| panic!("{e}"));
        let html = site.render("");
        assert!(html.contains("class=\"results\""));
        assert!(!html.contains("<template"));
    }

    #[test]
    fn every_page_of_the_site_renders() {
        let site = site();
        for path in ["", "timeline/", "calls/", "contribuer/", "accessibilite/", "plan-du-site/", "mentions-legales/"] {
            let html = site.render(path);
            assert!(html.contains("<main id=\"contenu\""), "{path}: {html}");
            assert!(html.contains("<footer"), "{path}");
        }
    }

    #[test]
    fn an_unknown_entry_renders_the_apps_not_found() {
        let html = site().render("entry/nulle-part/");
        assert!(html.contains("<main"), "{html}");
    }
}
