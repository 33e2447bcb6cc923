//! Reading a file the contributor chooses or drops anywhere on the page.

use communs_core::validate::Limits;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Aside, Checked};
use crate::i18n::{t, Texts};

/// Why a file was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// Over the validator's size limit: refused before it is read into memory.
    TooBig {
        /// The file's name.
        name: String,
        /// Its size, in bytes.
        size: usize,
        /// The limit, in bytes.
        limit: usize,
    },
    /// Not readable as text.
    Unreadable {
        /// The file's name.
        name: String,
    },
}

impl FileProblem {
    /// What the page says of it.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            FileProblem::TooBig { name, size, limit } => {
                (t.file_too_big)(&(t.aside_file)(name), &(t.megabytes)(*size), &(t.megabytes)(*limit))
            }
            FileProblem::Unreadable { name } => (t.file_unreadable)(&(t.aside_file)(name)),
        }
    }
}

/// Reads `file` into the checked text, or says why it could not.
fn read_file(file: web_sys::File, state: Checked, problem: RwSignal<Option<FileProblem>>) {
    let name = file.name();
    // A file's size in bytes is a whole number below 2^53: the cast saturates, never wraps.
    let size = file.size() as usize;
    let limit = Limits::default().max_file_bytes;
    if size > limit {
        problem.set(Some(FileProblem::TooBig { name, size, limit }));
        return;
    }
    problem.set(None);
    let promise = file.text();
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await.map(|value| value.as_string()) {
            Ok(Some(value)) => state.take(value, Aside::File(name)),
            _ => problem.set(Some(FileProblem::Unreadable { name })),
        }
    });
}

/// Whether a drag carries files, rather than text dragged within the page.
fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

/// A file dropped anywhere on the window is read, not opened by the browser in place of the
/// page (which would lose what was checked). Text dragged within the page drops as usual.
pub fn use_file_drop(state: Checked, problem: RwSignal<Option<FileProblem>>) {
    if crate::browser::PRERENDERING {
        return;
    }
    let on_dragover = window_event_listener(leptos::ev::dragover, |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
        }
    });
    let on_drop = window_event_listener(leptos::ev::drop, move |ev| {
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            ev.prevent_default();
            read_file(file, state, problem);
        }
    });
    on_cleanup(move || {
        on_dragover.remove();
        on_drop.remove();
    });
}

/// « Choisir un fichier ».
pub fn file_picker(state: Checked, problem: RwSignal<Option<FileProblem>>) -> impl IntoView {
    let on_choose = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|input| input.files()).and_then(|files| files.get(0)) {
            read_file(file, state, problem);
        }
    };
    view! {
        <label class="button-quiet file-button">{t().choose_file}
            <input type="file" accept=".json,application/json" on:change=on_choose/>
        </label>
    }
}
