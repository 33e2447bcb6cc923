//! Who publishes the site, under which licence, and where it is hosted: the facts the legal
//! notice and the accessibility statement state, shared by the app and the page writer.

/// The publisher (éditeur) and its address.
pub const PUBLISHER: &str = "Conseil national du numérique (CNNum)";

/// The publisher's postal address.
pub const PUBLISHER_ADDRESS: &str = "139 rue de Bercy, 75572 Paris Cedex 12, France";

/// Where visitors write: questions, corrections, accessibility problems.
pub const CONTACT_EMAIL: &str = "info@cnnumerique.fr";

/// The data's licence, the French administration's open licence.
pub const DATA_LICENCE: &str = "Licence Ouverte / Open Licence 2.0 (Etalab)";

/// The licence's text.
pub const DATA_LICENCE_URL: &str = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

/// The host named when `cargo xtask dist` is given no `--host-name`: GitHub Pages, the first
/// deployment the README describes (an address that reads the same in French and English).
pub const DEFAULT_HOST_NAME: &str =
    "GitHub Pages, GitHub Inc., 88 Colin P. Kelly Jr. Street, San Francisco, CA 94107, USA";

/// The `<meta name>` that carries the site's absolute root URL (`--site-url`) in the pages
/// `cargo xtask dist` writes: for the addresses the app gives away (an embed's code, a `webcal:`
/// link), and for the page writer, which has no address of its own.
pub const SITE_URL_META_NAME: &str = "communs:site-url";

/// The `<meta name>` through which a built page tells the app its host.
pub const HOST_META_NAME: &str = "communs:host";

/// The RGAA version the accessibility statement refers to.
pub const RGAA_VERSION: &str = "4.1";

/// The day the accessibility statement was established (the team's last self-assessment).
pub const STATEMENT_DATE: &str = "2026-11-30";

/// The dataset's path below the site's root, spelled once for the two constants below.
macro_rules! dataset_path {
    () => {
        "data/commons.json"
    };
}

/// Where the site ships the dataset, relative to its root.
pub const DATASET_PATH: &str = dataset_path!();

/// Where the shipped dataset sits in the repository, which `cargo xtask dist` copies.
pub const SOURCE_DATASET_PATH: &str = concat!("public/", dataset_path!());

/// Where the site ships the dataset's valid entries as a spreadsheet (CSV), written by
/// `cargo xtask dist`.
pub const DATASET_CSV_PATH: &str = "data/commons.csv";

/// Where the site ships the dataset's JSON Schema.
pub const SCHEMA_PATH: &str = "data/commons.schema.json";

/// Where the site ships its Atom feed of events and interviews.
pub const FEED_PATH: &str = "feed.xml";

/// Where the site ships its iCalendar file of events.
pub const CALENDAR_PATH: &str = "calendar.ics";

/// Where the site ships the link report that `cargo xtask check-links --report` writes.
pub const LINKS_REPORT_PATH: &str = "data/links.json";

/// The `<meta name>` a built page carries when the site ships a link report: the app asks for
/// the report only then, so a site without one never requests a file that is not there.
pub const LINKS_REPORT_META_NAME: &str = "communs:links-report";

/// Where the Internet Archive's Wayback Machine keeps its copies of `url`.
pub fn archived_copy(url: &str) -> String {
    format!("https://web.archive.org/web/{url}")
}

/// `id` of the element that holds a page's markup written at build time; the app mounts beside
/// it and removes it when its own view is ready.
pub const PRERENDERED_ID: &str = "page-ecrite";

/// `id` of the explore view's search field (also `#recherche` in style/main.css).
pub const SEARCH_FIELD_ID: &str = "recherche";

/// `id` of the line that counts the explore view's results.
pub const RESULTS_COUNT_ID: &str = "results-count";

/// `class` of a list of entry cards: the explore view's results (which the written home's
/// answering module fills, `src/bin/answers.rs`), the embeds', a person's or organisation's.
pub const RESULT_LIST_CLASS: &str = "result-list";

/// `class` of the explore view's four pillars, which a searched word hides (the app and the
/// answering module alike).
pub const PILLARS_CLASS: &str = "pillars-block";

/// `class` of the explore view's pager, which the answering module hides while it shows a word's
/// first page.
pub const PAGER_CLASS: &str = "pager";

/// `class` of the written home's line saying the search is coming, which the answering module
/// removes once it answers.
pub const SEARCH_STARTING_CLASS: &str = "search-starting";

/// `id` of the `<template>` that holds every entry's card in the written home of a small
/// catalog, with the word index in its [`WRITTEN_WORDS_ATTRIBUTE`] (see
/// `communs_core::search::WrittenAnswers`).
pub const WRITTEN_CARDS_ID: &str = "cartes-ecrites";

/// Whether a page's markup carries the written cards (and so wants the answering module).
pub fn carries_written_cards(html: &str) -> bool {
    html.contains(&format!("<template id=\"{WRITTEN_CARDS_ID}\""))
}

/// The attribute of [`WRITTEN_CARDS_ID`] that holds the word index's text form.
pub const WRITTEN_WORDS_ATTRIBUTE: &str = "data-mots";

/// How every file of the written home's answering module starts, in a build: Trunk names them
/// after the `answers` binary (`answers.js`, `answers_bg.wasm`).
pub const ANSWERS_FILE_PREFIX: &str = "answers";

/// Local-storage key of the theme the visitor chose (`light` or `dark`): the app writes it,
/// and each page's first script reads it before the first paint.
pub const THEME_STORAGE_KEY: &str = "communs-theme";

/// How every file of the export worker's module starts, in a build: Trunk names them after the
/// `exporter` binary (`exporter.js`, `exporter_bg.wasm`, `exporter_loader.js`).
pub const WORKER_FILE_PREFIX: &str = "exporter";

/// The file a folder of the built site serves as its page (`timeline/index.html`).
pub const PAGE_FILE: &str = "index.html";

/// The page of the built site that boots the app at any address: hosts answer it for an
/// address they have no file for, and the service worker for a page it never fetched.
pub const SHELL_PAGE: &str = "404.html";
