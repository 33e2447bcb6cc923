//! The written home's answers: a small wasm module, without Leptos, that the home of a small
//! catalog loads before the app. It reads the cards and the word index that `cargo xtask dist`
//! wrote into the page (`communs_core::search::WrittenAnswers`), and from then on shows, for the
//! word in the search field, the cards the app will show for it, in the same order, with the
//! same count, and the same pager when they take more than one page. The app arrives later,
//! takes the word over and replaces the written page.
//!
//! It never writes markup: it moves and copies the cards the page writer wrote (dataset text
//! escaped by Leptos), and sets the count and the pager's line with `textContent`. On any other
//! page, on an address with filters, a period, a sort or a page (the app applies them), or when
//! the page's cards and index do not agree, it does nothing, and the page keeps saying the
//! search is coming.

use communs_core::publication::{
    PAGER_CLASS, PILLARS_CLASS, PRERENDERED_ID, RESULTS_COUNT_ID, RESULT_LIST_CLASS, SEARCH_FIELD_ID,
    SEARCH_STARTING_CLASS, WRITTEN_CARDS_ID, WRITTEN_WORDS_ATTRIBUTE,
};
use communs_core::route::Route;
use communs_core::search::{page_count, Query, WrittenAnswers, PAGE_SIZE, TEXT_PARAM};
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
    /// The pillars, hidden while a word is answered, as the app hides them.
    pillars: Option<HtmlElement>,
    /// The written list's pager, when it has more than one page.
    pager: Option<WrittenPager>,
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
        let list = written.query_selector(&format!(".{RESULT_LIST_CLASS}")).ok()??;
        let children = list.children();
        let first_page = (0..children.length()).filter_map(|i| children.item(i)).map(Node::from).collect();
        let count = document.get_element_by_id(RESULTS_COUNT_ID)?;
        let pillars =
            written.query_selector(&format!(".{PILLARS_CLASS}")).ok().flatten().and_then(|e| e.dyn_into().ok());
        Some(WrittenHome {
            field: document.get_element_by_id(SEARCH_FIELD_ID)?.dyn_into().ok()?,
            list,
            first_count: count.text_content(),
            count,
            first_page,
            pillars,
            pager: WrittenPager::find(&written),
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
        let searched = if searching {
            let hits = self.answers.hits(&text);
            for card in hits.iter().take(PAGE_SIZE).filter_map(|&i| self.cards.get(i)) {
                if let Ok(copy) = card.clone_node_with_deep(true) {
                    let _ = self.list.append_child(&copy);
                }
            }
            self.count.set_text_content(Some(&(FR.results_count)(hits.len())));
            Some((text.as_str(), hits.len()))
        } else {
            for item in &self.first_page {
                let _ = self.list.append_child(item);
            }
            self.count.set_text_content(self.first_count.as_deref());
            None
        };
        if let Some(pillars) = &self.pillars {
            pillars.set_hidden(searching);
        }
        if let Some(pager) = &self.pager {
            pager.show(searched);
        }
    }
}

/// The written list's pager (« Page 1 sur 2 · Suivant → »): for a word, what the app's pager
/// shows on its first page, when it has more than one.
struct WrittenPager {
    nav: HtmlElement,
    /// « Page 1 sur N ».
    place: Element,
    /// The link to the second page.
    next: Element,
    /// The written list's own line and link, put back when the field is emptied.
    first_place: Option<String>,
    first_next: Option<String>,
}

impl WrittenPager {
    /// The written list's pager, if it has one (it is on its first page: a line and a next link).
    fn find(written: &Element) -> Option<WrittenPager> {
        let nav: HtmlElement = written.query_selector(&format!(".{PAGER_CLASS}")).ok()??.dyn_into().ok()?;
        let place = nav.query_selector("span").ok()??;
        let next = nav.query_selector("a[rel=next]").ok()??;
        Some(WrittenPager {
            first_place: place.text_content(),
            first_next: next.get_attribute("href"),
            nav,
            place,
            next,
        })
    }

    /// The pager for `searched`, a word and its number of hits (hidden when they fit on one
    /// page), or the written list's own without a word.
    fn show(&self, searched: Option<(&str, usize)>) {
        let (place, next) = match searched {
            None => (self.first_place.clone(), self.first_next.clone()),
            Some((word, hits)) if hits > PAGE_SIZE => {
                let second = Query { text: word.to_string(), page: 2, ..Query::default() };
                (Some((FR.page_of)(1, page_count(hits))), Some(Route::Explore.href(&query_string(&second))))
            }
            Some(_) => {
                self.nav.set_hidden(true);
                return;
            }
        };
        self.place.set_text_content(place.as_deref());
        if let Some(href) = next {
            let _ = self.next.set_attribute("href", &href);
        }
        self.nav.set_hidden(false);
    }
}

/// `?q=…&page=2`: a query as the app writes it in a French page's links (`src/query.rs`).
fn query_string(query: &Query) -> String {
    let Ok(params) = UrlSearchParams::new() else { return String::new() };
    for (key, value) in query.to_pairs() {
        params.append(key, &value);
    }
    format!("?{}", String::from(params.to_string()))
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
    if let Ok(Some(coming)) = document.query_selector(&format!(".{SEARCH_STARTING_CLASS}")) {
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
