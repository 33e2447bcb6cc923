//! The two files of one subscription (see [`crate::subscription`]), as `cargo xtask dist`
//! writes them. The whole calendar and feed keep what they always held (the dated events; the
//! events and interviews). A pillar's or a kind's calendar holds its dated events and its calls'
//! deadlines, and its feed every entry it matches, so that the calls' files follow the calls
//! and the "Prendre sa part" pillar's feed its free tools. Either is valid when empty.

use super::atom::{feed_of, FeedHead};
use super::ics::calendar_with_deadlines;
use super::{atom_feed, calendar};
use crate::model::{Entry, PartialDate};
use crate::subscription::FeedScope;

/// The calendar (iCalendar) of `scope` among `entries`. `stamp` is the dataset's date;
/// `page_url(id)` is an entry page's address (left out of the file when not absolute).
pub fn subscription_calendar(
    scope: FeedScope,
    entries: &[Entry],
    stamp: &PartialDate,
    page_url: &dyn Fn(&str) -> String,
) -> String {
    let matched: Vec<&Entry> = entries.iter().filter(|e| scope.matches(e)).collect();
    match scope {
        FeedScope::All => calendar(&matched, &scope.calendar_name(), stamp, page_url),
        _ => calendar_with_deadlines(&matched, &scope.calendar_name(), stamp, page_url),
    }
}

/// The Atom feed of `scope` among `entries`, whose own address is `self_url`.
pub fn subscription_feed(
    scope: FeedScope,
    entries: &[Entry],
    updated: &PartialDate,
    self_url: &str,
    page_url: &dyn Fn(&str) -> String,
) -> String {
    if scope == FeedScope::All {
        return atom_feed(entries, updated, self_url, page_url);
    }
    let id = format!("tag:cnnumerique.fr,2024:communs/{}", scope.atom_path());
    let head = FeedHead { id: &id, title: &scope.title(), self_url };
    feed_of(entries.iter().filter(|e| scope.matches(e)).collect(), &head, updated, page_url)
}
