//! The editor: the checked text, unless it is too large to edit comfortably.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Aside, Checked};
use crate::i18n::t;

/// The largest text placed in the editor. A `<textarea>` is re-laid out on each keystroke, at a
/// cost that grows with its text: past a few hundred kilobytes typing lags. A larger file is
/// checked, previewed and downloaded all the same, without being shown.
pub const EDITOR_LIMIT: usize = 256 * 1024;

/// `id` of the note that says why the checked text is not in the editor (the editor's
/// `aria-describedby` while it shows).
const ASIDE_NOTE_ID: &str = "hors-editeur";

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

/// Moves the focus to the editor and selects line `line` (1-based).
pub fn select_line(editor: NodeRef<Textarea>, line: usize) {
    if let Some(area) = editor.get() {
        let (start, end) = line_range_utf16(&area.value(), line);
        let _ = area.focus();
        let _ = area.set_selection_range(start, end);
    }
}

/// Whether an input event put text in all at once (a paste or a drop), rather than typing.
fn is_insertion(ev: &leptos::ev::Event) -> bool {
    ev.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| e.input_type().starts_with("insertFrom"))
}

/// The note on a text kept aside, then the labelled editor.
pub fn editor_view(state: Checked, editor: NodeRef<Textarea>) -> impl IntoView {
    let t = t();
    // Typing keeps the text in the editor whatever its size; a paste or a drop that makes it
    // too large moves it aside (the editor is then emptied by its `prop:value`).
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let too_large = value.len() > EDITOR_LIMIT && is_insertion(&ev);
        state.aside.set(too_large.then_some(Aside::Pasted));
        state.text.set(value);
    };
    let aside_note = move || {
        state.aside.get().map(|aside| {
            let size = (t.megabytes)(state.text.with(String::len));
            view! { <p class="held-aside" id=ASIDE_NOTE_ID>{(t.aside_why)(&aside.describe(t), &size)}</p> }
        })
    };
    view! {
        {aside_note}
        <label for="editeur">{t.json_content}</label>
        <textarea id="editeur" class="editor" node_ref=editor spellcheck="false" rows="18"
            aria-describedby=move || (!state.in_editor()).then_some(ASIDE_NOTE_ID)
            prop:value=move || if state.in_editor() { state.text.get() } else { String::new() }
            on:input=on_input
        ></textarea>
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
