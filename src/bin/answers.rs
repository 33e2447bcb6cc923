//! The written home's answers: a small wasm module, without Leptos, that the home of a small
//! catalog loads before the app. It reads the cards and the word index that `cargo xtask dist`
//! wrote into the page (`communs_core::search::WrittenAnswers`), and from then on shows, for the
//! word in the search field, the cards the app will show for it, in the same order, with the
//! same count. The app arrives later, takes the word over and replaces the written page.
//!
//! It never writes markup: it moves and copies the cards the page writer wrote (dataset text
//! escaped by Leptos), and sets the count with `textContent`. On any other page, on an address
//! with filters, a period, a sort or a page (the app applies them), or when the page's cards and
//! index do not agree, it does nothing, and the page keeps saying the search is coming.

use communs_core::publication::{
    PRERENDERED_ID, RESULTS_COUNT_ID, SEARCH_FIELD_ID, WRITTEN_CARDS_ID, WRITTEN_WORDS_ATTRIBUTE,
};
use communs_core::search::{Query, WrittenAnswers, PAGE_SIZE, TEXT_PARAM};
use communs_core::text::interface::FR;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement, HtmlTemplateElement, Node, UrlSearchParams};

/// What the module shows a word in: the written home's parts.
struct WrittenHome {
    field: HtmlInputElement,
    list: Element,
    count: Element,
    /// The unfiltered list's items and count, put back when the field is emptied.
    first_page: Vec<Node>,
    first_count: Option<String>,
    /// Hidden while a word is answered, as the app hides them (the pillars) or would show
    /// other pages (the pager).
    hidden_while_searching: Vec<HtmlElement>,
    /// Each entry's card item, in file order.
    cards: Vec<Node>,
    answers: WrittenAnswers,
}

impl WrittenHome {
    /// The home's parts, or `None` on any page that lacks one.
    fn find(document: &Document) -> Option<WrittenHome> {
        let written = document.get_element_by_id(PRERENDERED_ID)?;
        let template: HtmlTemplateElement = document.get_element_by_id(WRITTEN_CARDS_ID)?.dyn_into().ok()?;
        let answers = WrittenAnswers::from_text(&template.get_attribute(WRITTEN_WORDS_ATTRIBUTE)?)?;
        let items = template.content().children();
        let cards: Vec<Node> = (0..items.length()).filter_map(|i| items.item(i)).map(Node::from).collect();
        if cards.len() != answers.entries() {
            return None;
        }
        let list = written.query_selector(".result-list").ok()??;
        let children = list.children();
        let first_page = (0..children.length()).filter_map(|i| children.item(i)).map(Node::from).collect();
        let count = document.get_element_by_id(RESULTS_COUNT_ID)?;
        let hidden_while_searching = [".pillars-block", ".pager"]
            .into_iter()
            .filter_map(|selector| written.query_selector(selector).ok().flatten())
            .filter_map(|element| element.dyn_into().ok())
            .collect();
        Some(WrittenHome {
            field: document.get_element_by_id(SEARCH_FIELD_ID)?.dyn_into().ok()?,
            list,
            first_count: count.text_content(),
            count,
            first_page,
            hidden_while_searching,
            cards,
            answers,
        })
    }

    /// Shows what the field's word gives: the first page of its cards and their count, or the
    /// unfiltered list when the field holds no word.
    fn answer(&self) {
        let text = self.field.value();
        let searching = !text.trim().is_empty();
        self.list.set_text_content(None);
        if searching {
            let hits = self.answers.hits(&text);
            for card in hits.iter().take(PAGE_SIZE).filter_map(|&i| self.cards.get(i)) {
                if let Ok(copy) = card.clone_node_with_deep(true) {
                    let _ = self.list.append_child(&copy);
                }
            }
            self.count.set_text_content(Some(&(FR.results_count)(hits.len())));
        } else {
            for item in &self.first_page {
                let _ = self.list.append_child(item);
            }
            self.count.set_text_content(self.first_count.as_deref());
        }
        for element in &self.hidden_while_searching {
            element.set_hidden(searching);
        }
    }
}

/// The word of the page's address, when the address asks for nothing else the app applies
/// (filters, a period, a sort, a page): `Some("")` without a word; `None` when the app alone can
/// show what the address asks for. Other parameters (a campaign's, `lang`) do not count.
fn word_of_address(document: &Document) -> Option<String> {
    let search = document.location()?.search().ok()?;
    let params = UrlSearchParams::new_with_str(&search).ok()?;
    let applied_by_the_app =
        Query::params().into_iter().filter(|&name| name != TEXT_PARAM).any(|name| params.has(name));
    (!applied_by_the_app).then(|| params.get(TEXT_PARAM).unwrap_or_default())
}

fn main() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(word) = word_of_address(&document) else { return };
    let Some(home) = WrittenHome::find(&document) else { return };
    // A word in the address (the form sent before the module ran) goes into the empty box.
    if home.field.value().is_empty() && !word.is_empty() {
        home.field.set_value(&word);
    }
    // The line saying the search is coming: from now on it answers at once.
    if let Ok(Some(coming)) = document.query_selector(".search-starting") {
        coming.remove();
    }
    // A word typed before the module arrived.
    if !home.field.value().is_empty() {
        home.answer();
    }
    let field = home.field.clone();
    // The answer is on screen already: sending the form would only load the page again.
    if let Some(form) = field.form() {
        let keep = Closure::<dyn Fn(Event)>::new(|event: Event| event.prevent_default());
        let _ = form.add_event_listener_with_callback("submit", keep.as_ref().unchecked_ref());
        keep.forget();
    }
    let on_input = Closure::<dyn Fn()>::new(move || home.answer());
    let _ = field.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    // The page keeps them until the app replaces the written page.
    on_input.forget();
}
