//! The dataset, fetched once and shared by every view.

use std::cell::RefCell;
use std::sync::Arc;

use communs_core::load;
use communs_core::model::PartialDate;
use communs_core::search::Catalog;
use gloo_net::http::Request;
use leptos::prelude::*;

use crate::i18n::Texts;
use crate::word_index::WordIndex;

/// Where the dataset sits, relative to `<base href>`.
pub const DATA_URL: &str = communs_core::publication::DATASET_PATH;

/// Why the dataset could not be shown at all. Messages are for visitors, in their language.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed before any answer (offline, blocked).
    Network(String),
    /// The server answered with an error status.
    Status(u16),
    /// The answer is not a dataset; its first problem is at this line and column (the worker
    /// words it, see `components::load_error`).
    Invalid {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
}

impl LoadError {
    /// A sentence a visitor understands, in the interface's language.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            LoadError::Network(_) => t.err_network.into(),
            LoadError::Status(404) => t.err_not_found.into(),
            LoadError::Status(code) => (t.err_status)(*code),
            LoadError::Invalid { line, column } => (t.err_invalid)(&(t.line_column)(*line, *column)),
        }
    }
}

/// An entry that could not be shown, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedEntry {
    /// Position in the file's `entries`.
    pub index: usize,
    /// Its id, when readable.
    pub id: Option<String>,
    /// Its errors, located (the worker words them, see `components::skipped_notice`).
    pub errors: Vec<SkippedError>,
}

/// Where a skipped entry's error is.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedError {
    /// Its position among the dataset's diagnostics, for the worker that words it.
    pub position: usize,
    /// 1-based line.
    pub line: usize,
    /// JSON path.
    pub path: String,
}

/// Everything the views need: the searchable entries and what the file says of itself.
pub struct AppData {
    /// Valid entries, indexed.
    pub catalog: Catalog,
    /// The dataset's version.
    pub version: String,
    /// The dataset's last edit.
    pub updated: PartialDate,
    /// Entries skipped because of errors.
    pub skipped: Vec<SkippedEntry>,
    /// Where the contributor's previewed file is kept, when this is one and not the published data.
    pub preview: Option<PreviewKept>,
    /// Whether the catalog's word index is built yet.
    pub words: WordIndex,
}

/// Where a previewed file is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewKept {
    /// In the tab's session storage: the preview survives a reload.
    Session,
    /// In the page's memory only, as the browser refused to store it (too big for its session
    /// storage, about 5 MB in Chromium, or storage disabled): a reload ends the preview.
    Page,
}

thread_local! {
    /// A previewed file that the browser refused to keep in session storage.
    static PAGE_PREVIEW: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Session-storage key of the contributor's previewed file.
const PREVIEW_KEY: &str = "communs-apercu";

fn session() -> Option<web_sys::Storage> {
    crate::browser::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The previewed file, if the contributor started a preview in this tab.
pub fn preview_text() -> Option<String> {
    preview().map(|(text, _)| text)
}

/// The previewed file and where it is kept: the page's memory first, then session storage.
fn preview() -> Option<(String, PreviewKept)> {
    let in_page = PAGE_PREVIEW.with_borrow(Clone::clone).map(|text| (text, PreviewKept::Page));
    in_page.or_else(|| {
        session().and_then(|s| s.get_item(PREVIEW_KEY).ok().flatten()).map(|text| (text, PreviewKept::Session))
    })
}

/// What the store holds: `None` while loading, then the loaded data or why it failed.
type DataState = Option<Result<Arc<AppData>, LoadError>>;

/// The shared dataset: `None` while loading, then the loaded data or why it failed.
#[derive(Clone, Copy)]
pub struct DataStore {
    state: Signal<DataState, LocalStorage>,
    /// The fetch, in the browser; `None` for data handed over when a page is prerendered.
    resource: Option<LocalResource<Result<Arc<AppData>, LoadError>>>,
}

impl DataStore {
    /// Starts the fetch and shares the store with every view below, unless a store is shared
    /// already (the prerenderer hands its data over, see [`DataStore::provide_loaded`]).
    pub fn provide() -> DataStore {
        if let Some(given) = use_context::<DataStore>() {
            return given;
        }
        let resource = LocalResource::new(fetch_dataset);
        let store = DataStore { state: Signal::derive_local(move || resource.get()), resource: Some(resource) };
        provide_context(store);
        store
    }

    /// Shares data already loaded: the prerenderer's, read from the file it writes pages for.
    #[cfg(feature = "ssr")]
    pub fn provide_loaded(data: Arc<AppData>) {
        provide_context(DataStore { state: Signal::derive_local(move || Some(Ok(data.clone()))), resource: None });
    }

    /// The store provided by [`DataStore::provide`].
    pub fn expect() -> DataStore {
        use_context::<DataStore>().unwrap_or_else(DataStore::provide)
    }

    /// The current state (tracked).
    pub fn state(&self) -> DataState {
        self.state.get()
    }

    /// Fetches again, after a failure.
    pub fn retry(&self) {
        self.refetch();
    }

    fn refetch(&self) {
        if let Some(resource) = self.resource {
            resource.refetch();
        }
    }

    /// Shows the whole app on a contributor's file. It stays in this tab's session storage, or
    /// in the page's memory when the browser refuses to store it.
    pub fn start_preview(&self, text: &str) {
        forget_preview();
        if session().is_none_or(|s| s.set_item(PREVIEW_KEY, text).is_err()) {
            PAGE_PREVIEW.set(Some(text.to_owned()));
        }
        self.refetch();
    }

    /// Goes back to the published data.
    pub fn end_preview(&self) {
        forget_preview();
        self.refetch();
    }
}

/// Drops the previewed file from both places it may be kept.
fn forget_preview() {
    PAGE_PREVIEW.set(None);
    if let Some(storage) = session() {
        let _ = storage.remove_item(PREVIEW_KEY);
    }
}

async fn fetch_dataset() -> Result<Arc<AppData>, LoadError> {
    if let Some((text, kept)) = preview() {
        return build(text, Some(kept));
    }
    crate::timing::mark("fetch-start");
    let response = match early_response().await {
        Some(response) => response,
        None => Request::get(DATA_URL).send().await.map_err(|e| LoadError::Network(e.to_string()))?,
    };
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let bytes = body_bytes(response).await?;
    let text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    crate::timing::mark("fetched");
    build(text, None)
}

/// The response's body as bytes, not text: the browser neither decodes the file to UTF-16 nor
/// keeps that copy. Copied once into memory that is not zeroed first (gloo-net's `binary()`
/// zeroes it, a cost that grows with the file).
async fn body_bytes(response: gloo_net::http::Response) -> Result<Vec<u8>, LoadError> {
    let network = |e: wasm_bindgen::JsValue| LoadError::Network(format!("{e:?}"));
    let response = web_sys::Response::from(response);
    let buffer =
        wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(network)?).await.map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The dataset request the page's loader started while the app was still downloading
/// (`globalThis.communsData`, see xtask/src/site/security.rs). Taken once: a retry asks again.
async fn early_response() -> Option<gloo_net::http::Response> {
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("communsData");
    let promise = js_sys::Reflect::get(&global, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(global.unchecked_ref::<js_sys::Object>(), &key);
    let response = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    response.dyn_into::<web_sys::Response>().ok().map(gloo_net::http::Response::from)
}

/// Validates and indexes the published dataset's text, as the prerenderer reads it.
#[cfg(feature = "ssr")]
pub fn published(text: String) -> Result<Arc<AppData>, LoadError> {
    build(text, None)
}

/// Validates and indexes a dataset's text.
fn build(text: String, preview: Option<PreviewKept>) -> Result<Arc<AppData>, LoadError> {
    let loaded = load(&text);
    // The text is no longer needed: the index reuses its memory.
    drop(text);
    crate::timing::mark("validated");
    let located = |at: usize| {
        loaded.diagnostics.get(at).map(|d| SkippedError { position: at, line: d.line, path: d.path.clone() })
    };
    let skipped = loaded
        .skipped()
        .into_iter()
        .map(|(index, id, errors)| SkippedEntry { index, id, errors: errors.into_iter().filter_map(located).collect() })
        .collect();
    let Some(dataset) = loaded.dataset else {
        let (line, column) = loaded.diagnostics.first().map_or((1, 1), |d| (d.line, d.column));
        return Err(LoadError::Invalid { line, column });
    };
    let catalog = Catalog::new(dataset.entries);
    crate::timing::mark("indexed");
    WordIndex::build_if_small(&catalog);
    let words = WordIndex::of(&catalog);
    let data =
        Arc::new(AppData { catalog, version: dataset.version, updated: dataset.updated, skipped, preview, words });
    WordIndex::build_after_paint(&data);
    Ok(data)
}
