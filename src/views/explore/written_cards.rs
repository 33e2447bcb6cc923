//! Every entry's card and the word index, written into the home at build time for a small
//! catalog (see `communs_core::search::WrittenAnswers`): `src/bin/answers.rs` shows the cards a
//! typed word gives while the app is still on its way. The app itself never renders them.

#[cfg(feature = "ssr")]
use leptos::prelude::*;

use crate::data::AppData;

/// A `<template>` (never shown, never read out) holding each entry's card, in file order, and
/// the word index in an attribute; nothing past [`communs_core::search::WRITTEN_ANSWERS_MAX_ENTRIES`]
/// entries, nor in the browser.
#[cfg(feature = "ssr")]
pub fn written_cards(data: &AppData) -> impl IntoView {
    use communs_core::publication::WRITTEN_CARDS_ID;
    use communs_core::search::{WrittenAnswers, WRITTEN_ANSWERS_MAX_ENTRIES};

    use crate::components::entry_card::{CardText, EntryCard};
    use crate::i18n::lang;

    let entries = data.catalog.entries();
    (entries.len() <= WRITTEN_ANSWERS_MAX_ENTRIES).then(|| {
        let lang = lang();
        let words = WrittenAnswers::of(&data.catalog).to_text();
        let cards = entries
            .iter()
            .map(|entry| {
                let card = Signal::stored(CardText::of(entry, lang));
                view! { <li><EntryCard card=card query=Signal::stored(String::new())/></li> }
            })
            .collect_view();
        // `data-mots` is `communs_core::publication::WRITTEN_WORDS_ATTRIBUTE`.
        view! { <template id=WRITTEN_CARDS_ID data-mots=words>{cards}</template> }
    })
}

/// Nothing: only the page writer writes the cards.
#[cfg(not(feature = "ssr"))]
pub fn written_cards(_data: &AppData) -> impl leptos::IntoView {}
