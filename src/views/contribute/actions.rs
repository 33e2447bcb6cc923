//! What a usable file allows: preview the whole site on it, or download it tidied.

use communs_core::export::{ExportJob, FileType};
use communs_core::Loaded;
use leptos::prelude::*;

use super::Checked;
use crate::data::DataStore;
use crate::exporter::{aria_busy, export_and_download, ExportSource};
use crate::i18n::t;

/// The name of the downloaded file, as the repository calls it.
const DATASET_FILE_STEM: &str = "commons";

/// « Prévisualiser le site » and « Télécharger le fichier corrigé », once the text is a dataset.
pub fn checked_actions(loaded: Memo<Option<Loaded>>, state: Checked) -> impl IntoView {
    let t = t();
    let store = DataStore::expect();
    let usable = move || loaded.with(|c| c.as_ref().is_some_and(|l| l.dataset.is_some()));
    let preview = move |_| {
        store.start_preview(&state.text.get_untracked());
        if let Some(window) = crate::browser::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    // The dataset with only its valid entries, pretty-printed in the schema's key order, with
    // the `$schema` key kept so that editors still validate it (built by the exporter).
    let busy = RwSignal::new(false);
    let save = move |_| {
        if loaded.with_untracked(|c| c.as_ref().is_some_and(|l| l.dataset.is_some())) {
            let source = ExportSource::Text(state.text.get_untracked());
            let file_name = format!("{DATASET_FILE_STEM}.{}", FileType::Json.extension());
            export_and_download(ExportJob::Canonical, source, file_name, busy);
        }
    };
    view! {
        <Show when=usable>
            <p class="call-actions">
                <button type="button" class="button" on:click=preview>{t.preview_site}</button>
                <button type="button" class="button-quiet" aria-busy=aria_busy(busy) on:click=save>{t.download_fixed}</button>
            </p>
            <p class="muted">{t.download_note}</p>
        </Show>
    }
}
