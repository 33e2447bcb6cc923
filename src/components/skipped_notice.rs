//! "2 entrées ignorées": which entries were skipped, and why.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::AppData;

/// A dismissable notice listing the entries that could not be shown.
#[component]
pub fn SkippedNotice(data: Arc<AppData>) -> impl IntoView {
    let (open, set_open) = signal(true);
    let count = data.skipped.len();
    if count == 0 {
        return ().into_any();
    }
    let items = data
        .skipped
        .iter()
        .map(|s| {
            let name = s.id.clone().unwrap_or_else(|| format!("n° {}", s.index + 1));
            let reasons = s
                .errors
                .iter()
                .map(|e| view! { <li>{format!("ligne {}, {} : {}", e.line, e.path, e.message)}</li> })
                .collect_view();
            view! { <li><strong>{name}</strong><ul>{reasons}</ul></li> }
        })
        .collect_view();
    let title = if count == 1 { "1 entrée ignorée".to_string() } else { format!("{count} entrées ignorées") };
    view! {
        <Show when=move || open.get()>
            <aside class="notice" role="status" aria-label="Entrées ignorées">
                <details>
                    <summary>{title.clone()}" : elles contiennent des erreurs."</summary>
                    <ul class="skipped">{items.clone()}</ul>
                </details>
                <button type="button" class="button-quiet" on:click=move |_| set_open.set(false)>
                    "Masquer"
                </button>
            </aside>
        </Show>
    }
    .into_any()
}
