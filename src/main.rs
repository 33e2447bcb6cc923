//! Communs: the browser app. This file only mounts; `app.rs` holds the router.

mod app;
mod components;
mod data;
mod download;
mod exporter;
mod i18n;
mod links;
mod query;
mod site;
mod timing;
mod today;
mod views;
mod word_index;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
