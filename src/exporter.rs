//! Asks the exporter module (`src/bin/exporter.rs`, fetched on first use, in a worker) for a
//! file, then offers it as a download, or for the sentences of the validator's problems. Each
//! task starts a worker and ends it after the answer, so a large dataset read again for it does
//! not stay in memory.

use communs_core::display::Lang;
use communs_core::export::{ExportJob, WordedProblem, WorkerReply, WorkerRequest, WorkerTask};
use communs_core::model::PartialDate;
use leptos::prelude::{Get, GetUntracked, RwSignal, Set};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::{preview_text, DATA_URL};
use crate::download::download;
use crate::i18n::{lang, t};

/// Where the exporter reads the entries: the data the app shows, or a text the visitor gave
/// (the contributor page's editor).
pub enum ExportSource {
    /// The data the app shows: the previewed file when a preview is on in this tab, else the
    /// published dataset (the same choice as the page's own load).
    Shown,
    /// This text.
    Text(String),
}

/// `aria-busy` for a button that starts an export: "true" while `busy` is.
pub fn aria_busy(busy: RwSignal<bool>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || if busy.get() { "true" } else { "false" }
}

/// Builds `job`'s file in the exporter and offers it as `file_name`, with the job's MIME
/// type; a failure is told in an alert, in the interface's language. `busy` is true meanwhile
/// (the buttons show it with `aria-busy`), and a click while it is true is ignored.
pub fn export_and_download(job: ExportJob, source: ExportSource, file_name: String, busy: RwSignal<bool>) {
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    // Read here: the task below runs outside the view's reactive owner, where the language is.
    let (t, lang) = (t(), lang());
    wasm_bindgen_futures::spawn_local(async move {
        let result = run(&job, source, lang).await;
        busy.set(false);
        match result {
            Ok(file) => download(&file_name, job.file_type().mime(), &file),
            Err(why) => {
                if let Some(window) = crate::browser::window() {
                    let _ = window.alert_with_message(&(t.export_failed)(&why));
                }
            }
        }
    });
}

/// Builds `job`'s file; its UTF-8 bytes.
async fn run(job: &ExportJob, source: ExportSource, lang: Lang) -> Result<js_sys::Uint8Array, String> {
    let (reply, payload) = ask(WorkerTask::Export(job.clone()), source, lang).await?;
    match reply {
        WorkerReply::Built => payload.dyn_into::<js_sys::Uint8Array>().map_err(|_| "exporter: no file".into()),
        WorkerReply::Failed { message } => Err(message),
        WorkerReply::Ready | WorkerReply::Worded => Err("exporter: unexpected answer".into()),
    }
}

/// The sentences, in `lang`, of the problems at `positions` among those the validator finds in
/// `source` as of `as_of` (in that order; see [`communs_core::load_as_of`]: the page's own
/// check must use the same day, or the positions would not match). The page locates problems
/// itself; their words live in the worker only. The caller reads the language where the view's
/// context is, before any task.
pub async fn word_problems(
    source: ExportSource,
    positions: Vec<usize>,
    as_of: Option<PartialDate>,
    lang: Lang,
) -> Result<Vec<WordedProblem>, String> {
    match ask(WorkerTask::Word { positions, as_of }, source, lang).await? {
        (WorkerReply::Worded, list) => Ok(js_sys::Array::from(&list).iter().map(worded).collect()),
        (WorkerReply::Failed { message }, _) => Err(message),
        (WorkerReply::Ready | WorkerReply::Built, _) => Err("exporter: unexpected answer".into()),
    }
}

/// One `[message, hint]` pair of a [`WorkerReply::Worded`] answer.
fn worded(pair: JsValue) -> WordedProblem {
    let pair = js_sys::Array::from(&pair);
    WordedProblem { message: pair.get(0).as_string().unwrap_or_default(), hint: pair.get(1).as_string() }
}

/// Runs `task` over `source` in a new worker: the reply's header and what follows it.
async fn ask(task: WorkerTask, source: ExportSource, lang: Lang) -> Result<(WorkerReply, JsValue), String> {
    let request = WorkerRequest { task, lang }.to_json();
    // The published dataset goes over as bytes, handed to the worker without a copy: it never
    // enters this module's memory, and is never decoded to a JavaScript string.
    let text = match source {
        ExportSource::Shown => preview_text(),
        ExportSource::Text(text) => Some(text),
    };
    let (source, transfer) = match text {
        Some(text) => (JsValue::from_str(&text), None),
        None => {
            let bytes = published_bytes().await?;
            (bytes.clone(), Some(bytes))
        }
    };
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    // Relative addresses resolve against `<base href>`, at a host's root or under a sub-path.
    let worker = web_sys::Worker::new_with_options("exporter_loader.js", &options).map_err(describe)?;
    let message = js_sys::Array::of2(&JsValue::from_str(&request), &source);
    let answer = async {
        next_message(&worker).await?;
        match &transfer {
            Some(buffer) => worker.post_message_with_transfer(&message, &js_sys::Array::of1(buffer)),
            None => worker.post_message(&message),
        }
        .map_err(describe)?;
        next_message(&worker).await
    };
    let answer = answer.await;
    worker.terminate();
    let parts = js_sys::Array::from(&answer?);
    let reply = parts.get(0).as_string().as_deref().and_then(WorkerReply::from_json);
    reply.map(|reply| (reply, parts.get(1))).ok_or_else(|| "exporter: unreadable answer".into())
}

/// The worker's next message, or its error.
async fn next_message(worker: &web_sys::Worker) -> Result<JsValue, String> {
    let next = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&format!("exporter: {}", event.type_())));
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    wasm_bindgen_futures::JsFuture::from(next).await.map_err(describe)
}

/// The published dataset's bytes, asked again (the browser's cache usually answers).
async fn published_bytes() -> Result<JsValue, String> {
    let window = crate::browser::window().ok_or("no window")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(DATA_URL)).await.map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("{}: HTTP {}", response.url(), response.status()));
    }
    wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(describe)?).await.map_err(describe)
}

fn describe(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_default()
}
