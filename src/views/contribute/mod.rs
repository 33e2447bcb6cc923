//! Contributor mode (`contribuer`): check a dataset file in the browser with the same
//! validator as `cargo xtask check-data`, jump to each error's line, preview the whole app on
//! it, and download it pretty-printed in the canonical key order. Nothing is uploaded.

mod actions;
mod check_results;
mod editor;
mod file_input;

use communs_core::load_as_of;
use leptos::prelude::*;

use self::actions::checked_actions;
use self::check_results::check_results;
use self::editor::{editor_view, EDITOR_LIMIT};
use self::file_input::{file_picker, use_file_drop, FileProblem};
use crate::components::known_links::KnownLinks;
use crate::data::preview_text;
use crate::i18n::{t, Texts};
use crate::today::today;

/// Where the checked text came from, when it is too large for the editor and kept aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Aside {
    /// The file being previewed, brought back from the preview.
    Previewed,
    /// A file chosen or dropped, by name.
    File(String),
    /// A paste or a drop of text.
    Pasted,
}

impl Aside {
    /// "Le fichier « x.json »", as the note says it.
    fn describe(&self, t: &Texts) -> String {
        match self {
            Aside::Previewed => t.aside_previewed.to_string(),
            Aside::File(name) => (t.aside_file)(name),
            Aside::Pasted => t.aside_pasted.to_string(),
        }
    }
}

/// The text being checked, and whether it is kept out of the editor.
#[derive(Clone, Copy)]
pub struct Checked {
    /// The whole text.
    pub text: RwSignal<String>,
    /// `None` while the text is in the editor.
    pub aside: RwSignal<Option<Aside>>,
}

impl Checked {
    /// True while the text is in the editor (tracked).
    pub fn in_editor(&self) -> bool {
        self.aside.with(Option::is_none)
    }

    /// Takes a new text, keeping it aside (as `aside`) when it is too large for the editor.
    pub fn take(&self, text: String, aside: Aside) {
        self.aside.set((text.len() > EDITOR_LIMIT).then_some(aside));
        self.text.set(text);
    }
}

/// The contributor page.
#[component]
pub fn Contribute() -> impl IntoView {
    let t = t();
    let state = Checked { text: RwSignal::new(String::new()), aside: RwSignal::new(None) };
    state.take(preview_text().unwrap_or_default(), Aside::Previewed);
    // A new text is a new check: comparing two checks of a large file would cost as much as
    // the check itself. Each is made as of the visitor's today, as `cargo xtask check-data`
    // makes it as of its own, so that an entry verified over a year ago is flagged in both.
    let loaded = Memo::new_with_compare(
        move |_| state.text.with(|t| (!t.trim().is_empty()).then(|| load_as_of(t, today()))),
        |_, _| true,
    );
    let file_problem = RwSignal::new(None::<FileProblem>);
    let editor = NodeRef::<leptos::html::Textarea>::new();
    use_file_drop(state, file_problem);
    view! {
        <h1>{t.check_title}</h1>
        <p class="lead">{t.check_lead}</p>
        <noscript><p class="muted">{t.check_needs_script}</p></noscript>
        <p>{file_picker(state, file_problem)}</p>
        {move || file_problem.get().map(|problem| view! { <p role="alert">{problem.message(t)}</p> })}
        {editor_view(state, editor)}
        {check_results(loaded, state, editor)}
        <KnownLinks checked=loaded/>
        {checked_actions(loaded, state)}
    }
}
