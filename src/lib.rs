//! Communs: the app, as the browser runs it (`csr`, see `main.rs`) and as the page writer
//! renders it at build time (`ssr`, see [`prerender`]).

// The views' types are deep: rendering them to HTML natively needs more than the default 128.
#![recursion_limit = "256"]

mod app;
mod browser;
mod components;
mod data;
mod download;
mod exporter;
mod i18n;
mod links;
mod offline;
mod query;
mod site;
mod takeover;
mod timing;
mod today;
mod views;
mod word_index;
mod written_page;

#[cfg(feature = "ssr")]
pub mod prerender;

/// Starts the app in the browser: over the page's prerendered markup when it has some (see
/// `takeover.rs`), else in the empty page.
pub fn start() {
    console_error_panic_hook::set_once();
    takeover::mount(app::App);
}
