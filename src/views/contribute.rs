//! Contributor mode: check a dataset file in the browser with the same validator as
//! `cargo xtask check-data`, jump to each error's line, preview the whole app on it, and
//! download it pretty-printed in the canonical key order. Nothing is uploaded.

use communs_core::export::ExportJob;
use communs_core::validate::Limits;
use communs_core::{load, Diagnostic};
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::known_links::KnownLinks;
use crate::data::{preview_text, DataStore};
use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::t;

/// UTF-16 offsets (what a `<textarea>` selection counts) of line `line` (1-based) of `text`.
fn line_range_utf16(text: &str, line: usize) -> (u32, u32) {
    let mut start = 0usize;
    for _ in 1..line {
        match text.get(start..).and_then(|rest| rest.find('\n')) {
            Some(i) => start += i + 1,
            None => break,
        }
    }
    let end = text.get(start..).and_then(|rest| rest.find('\n')).map(|i| start + i).unwrap_or(text.len());
    let units = |upto: usize| text.get(..upto).map(|t| t.encode_utf16().count()).unwrap_or(0) as u32;
    (units(start), units(end))
}

/// Problems listed under the editor; past them, the page says how many more there are (a file
/// with thousands of bad entries would otherwise put them all in the page at each keystroke).
const LISTED: usize = 200;

/// The largest text placed in the editor. A `<textarea>` is re-laid out on each keystroke, at a
/// cost that grows with its text (measured in headless Chromium with a bare textarea: 60–100 ms
/// at 0.6 MB, 0.5–0.8 s at 5.7 MB, 9–13 s at 57 MB). A larger file is checked, previewed and
/// downloaded all the same, without being shown.
const EDITOR_LIMIT: usize = 256 * 1024;

/// `id` of the note that says why the checked text is not in the editor (the editor's
/// `aria-describedby` while it shows).
const ASIDE_NOTE_ID: &str = "hors-editeur";

/// Whether an input event put text in all at once (a paste or a drop), rather than typing.
fn is_insertion(ev: &leptos::ev::Event) -> bool {
    ev.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| e.input_type().starts_with("insertFrom"))
}

/// Whether a drag carries files, rather than text dragged within the page.
fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

/// The contributor page (`/contribuer`).
#[component]
pub fn Contribute() -> impl IntoView {
    let store = DataStore::expect();
    let t = t();
    let initial = preview_text().unwrap_or_default();
    // What the checked text is, when it is kept out of the editor (larger than
    // [`EDITOR_LIMIT`]); empty when it is in the editor.
    let (aside, set_aside) =
        signal(if initial.len() > EDITOR_LIMIT { t.aside_previewed.to_string() } else { String::new() });
    let (text, set_text) = signal(initial);
    let checked = Memo::new(move |_| text.with(|t| (!t.trim().is_empty()).then(|| load(t))));
    let editor = NodeRef::<leptos::html::Textarea>::new();
    let in_editor = move || aside.with(String::is_empty);
    let select_line = move |line: usize| {
        if let Some(area) = editor.get() {
            let (start, end) = line_range_utf16(&area.value(), line);
            let _ = area.focus();
            let _ = area.set_selection_range(start, end);
        }
    };
    // Why the last file chosen could not be read (empty when it was): a file over the
    // validator's size limit is refused before it is read into memory.
    let (file_error, set_file_error) = signal(String::new());
    let read_file = move |file: web_sys::File| {
        let name = file.name();
        // A file's size in bytes is a whole number below 2^53: the cast saturates, never wraps.
        let size = file.size() as usize;
        let limit = Limits::default().max_file_bytes;
        if size > limit {
            set_file_error.set((t.file_too_big)(&(t.aside_file)(&name), &(t.megabytes)(size), &(t.megabytes)(limit)));
            return;
        }
        set_file_error.set(String::new());
        let promise = file.text();
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await.map(|value| value.as_string()) {
                Ok(Some(value)) => {
                    set_aside.set(if value.len() > EDITOR_LIMIT { (t.aside_file)(&name) } else { String::new() });
                    set_text.set(value);
                }
                _ => set_file_error.set((t.file_unreadable)(&(t.aside_file)(&name))),
            }
        });
    };
    let on_choose = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            read_file(file);
        }
    };
    // A file dropped anywhere on the window is read, not opened by the browser in place of the
    // page (which would lose what was checked). Text dragged within the page drops as usual.
    let on_dragover = window_event_listener(leptos::ev::dragover, |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
        }
    });
    let on_drop = window_event_listener(leptos::ev::drop, move |ev| {
        let file = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            read_file(file);
        }
    });
    on_cleanup(move || {
        on_dragover.remove();
        on_drop.remove();
    });
    // Typing keeps the text in the editor whatever its size; a paste or a drop that makes it too
    // large moves it aside (the editor is then emptied by its `prop:value`).
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let too_large = value.len() > EDITOR_LIMIT && is_insertion(&ev);
        set_aside.set(if too_large { t.aside_pasted.to_string() } else { String::new() });
        set_text.set(value);
    };
    let aside_notice = move || {
        (!in_editor()).then(|| {
            let size = (t.megabytes)(text.with(String::len));
            view! { <p class="held-aside" id=ASIDE_NOTE_ID>{aside.with(|what| (t.aside_why)(what, &size))}</p> }
        })
    };
    let summary = move || {
        checked.with(|c| {
            c.as_ref().map(|loaded| {
                let valid = loaded.dataset.as_ref().map(|d| d.entries.len()).unwrap_or(0);
                (t.check_summary)(valid, loaded.total_entries, loaded.error_count(), loaded.warning_count())
            })
        })
    };
    let diagnostics = move || {
        // A problem selects its line when the text is in the editor; otherwise it is only read.
        let selectable = in_editor();
        checked
            .with(|c| {
                c.as_ref().map(|l| l.diagnostics.iter().take(LISTED).cloned().collect::<Vec<_>>()).unwrap_or_default()
            })
            .into_iter()
            .map(move |d: Diagnostic| {
                let line = d.line;
                let level = if d.is_error() { t.error } else { t.warning };
                let class = if d.is_error() { "diagnostic erreur" } else { "diagnostic avertissement" };
                let path = if d.path.is_empty() { String::new() } else { format!("{} : ", d.path) };
                let hint = d.hint.as_ref().map(|h| format!(" ({h})")).unwrap_or_default();
                let text = format!("{}{path}{}{hint}", (t.line_column)(d.line, d.column), d.message);
                let content = view! { <strong>{level}</strong>" : "<span lang="fr">{text}</span> };
                let item = if selectable {
                    Either::Left(view! {
                        <button type="button" class="link-button" on:click=move |_| select_line(line)>{content}</button>
                    })
                } else {
                    Either::Right(content)
                };
                view! { <li class=class>{item}</li> }
            })
            .collect_view()
    };
    let unlisted = move || {
        let total = checked.with(|c| c.as_ref().map_or(0, |l| l.diagnostics.len()));
        (total > LISTED).then(|| view! { <p class="muted">{(t.diagnostics_more)(total - LISTED)}</p> })
    };
    let usable = move || checked.with(|c| c.as_ref().is_some_and(|l| l.dataset.is_some()));
    let preview = move |_| {
        store.start_preview(&text.get_untracked());
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    // The dataset with only its valid entries, pretty-printed in the schema's key order, with
    // the `$schema` key kept so that editors still validate it (built by the exporter).
    let busy = RwSignal::new(false);
    let save = move |_| {
        if checked.with_untracked(|c| c.as_ref().is_some_and(|loaded| loaded.dataset.is_some())) {
            let source = ExportSource::Text(text.get_untracked());
            export_and_download(
                ExportJob::Canonical,
                source,
                "commons.json".into(),
                "application/json;charset=utf-8",
                busy,
            );
        }
    };
    view! {
        <h1>{t.check_title}</h1>
        <p class="lead">{t.check_lead}</p>
        <p>
            <label class="button-quiet file-button">{t.choose_file}
                <input type="file" accept=".json,application/json" on:change=on_choose/>
            </label>
        </p>
        {move || file_error.with(|why| (!why.is_empty()).then(|| view! { <p role="alert">{why.clone()}</p> }))}
        {aside_notice}
        <label for="editeur">{t.json_content}</label>
        <textarea id="editeur" class="editor" node_ref=editor spellcheck="false" rows="18"
            aria-describedby=move || (!in_editor()).then_some(ASIDE_NOTE_ID)
            prop:value=move || if in_editor() { text.get() } else { String::new() }
            on:input=on_input
        ></textarea>
        <section aria-live="polite" class="check-results">
            <p class="count">{summary}</p>
            <ul class="diagnostics">{diagnostics}</ul>
            {unlisted}
        </section>
        <KnownLinks checked=checked/>
        <Show when=usable>
            <p class="call-actions">
                <button type="button" class="button" on:click=preview>{t.preview_site}</button>
                <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=save>{t.download_fixed}</button>
            </p>
            <p class="muted">{t.download_note}</p>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::line_range_utf16;

    #[test]
    fn selects_whole_lines_in_utf16_units() {
        let text = "{\n  \"é\": \"😀\",\n  \"x\": 1\n}";
        assert_eq!(line_range_utf16(text, 1), (0, 1));
        assert_eq!(line_range_utf16(text, 2), (2, 14));
        assert_eq!(line_range_utf16(text, 3), (15, 23));
    }
}
