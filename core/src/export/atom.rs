//! Atom (RFC 4287) feed of events and interviews, through the `atom_syndication` crate.

use atom_syndication::{Entry as AtomEntry, Feed, Link, Person, Text};

use crate::display::{kind_name, span_label, Lang};
use crate::model::{Entry, Kind, PartialDate};
use crate::subscription::FeedScope;

fn datetime(date: &PartialDate) -> atom_syndication::FixedDateTime {
    super::midnight::midnight_utc(date).fixed_offset()
}

/// The feed: events and interviews, newest first. `page_url(id)` links each to its page,
/// `self_url` is where the feed itself lives. An entry's `updated` is the day the data last
/// changed (the dataset's `updated`: entries carry no date of their own change), never a future
/// event's date; its `published` is its date when that day has come by then.
pub fn atom_feed(
    entries: &[Entry],
    updated: &PartialDate,
    self_url: &str,
    page_url: &dyn Fn(&str) -> String,
) -> String {
    let items: Vec<&Entry> = entries.iter().filter(|e| matches!(e.kind, Kind::Event | Kind::Interview)).collect();
    let head = FeedHead { id: "tag:cnnumerique.fr,2024:communs", title: &FeedScope::All.title(), self_url };
    feed_of(items, &head, updated, page_url)
}

/// What names a feed: its Atom id, its title and its own address.
pub(super) struct FeedHead<'a> {
    /// The feed's permanent id (a `tag:` URI).
    pub(super) id: &'a str,
    /// The title feed readers show.
    pub(super) title: &'a str,
    /// Where the feed itself lives (its `self` link).
    pub(super) self_url: &'a str,
}

/// A feed of `items`, newest first (undated ones last), named by `head`, with the rules of
/// [`atom_feed`] for `updated`, `published` and the links. Without items, it is still a valid
/// feed, with no entry.
pub(super) fn feed_of(
    mut items: Vec<&Entry>,
    head: &FeedHead<'_>,
    updated: &PartialDate,
    page_url: &dyn Fn(&str) -> String,
) -> String {
    items.sort_by_key(|e| std::cmp::Reverse(e.start().map(|d| d.sort_key())));
    let atom_entries: Vec<AtomEntry> = items.into_iter().map(|entry| atom_entry(entry, updated, page_url)).collect();
    let mut self_link = Link::default();
    self_link.set_href(head.self_url);
    self_link.set_rel("self");
    self_link.set_mime_type(Some("application/atom+xml".to_string()));
    let mut feed = Feed::default();
    feed.set_id(head.id);
    feed.set_title(Text::plain(head.title));
    feed.set_updated(datetime(updated));
    feed.set_lang(Some("fr".to_string()));
    feed.set_authors(vec![Person {
        name: "Conseil national du numérique".into(),
        email: Some("info@cnnumerique.fr".into()),
        ..Person::default()
    }]);
    feed.set_links(vec![self_link]);
    feed.set_entries(atom_entries);
    feed.to_string()
}

/// One entry of a feed.
fn atom_entry(entry: &Entry, updated: &PartialDate, page_url: &dyn Fn(&str) -> String) -> AtomEntry {
    let published = entry.start().filter(|start| start.first_day() <= updated.first_day()).map(datetime);
    let mut link = Link::default();
    link.set_href(page_url(&entry.id));
    link.set_rel("alternate");
    link.set_mime_type(Some("text/html".to_string()));
    let mut summary = entry.summary.clone();
    if let Some(span) = &entry.date {
        summary = format!("{} · {} — {summary}", kind_name(entry.kind, Lang::Fr), span_label(span, Lang::Fr));
    }
    let authors: Vec<Person> =
        entry.people.iter().map(|p| Person { name: p.name.clone(), ..Person::default() }).collect();
    let mut atom = AtomEntry::default();
    atom.set_id(format!("tag:cnnumerique.fr,2024:communs/{}", entry.id));
    atom.set_title(Text::plain(entry.title.clone()));
    atom.set_updated(datetime(updated));
    atom.set_published(published);
    atom.set_summary(Some(Text::plain(summary)));
    atom.set_links(vec![link]);
    atom.set_authors(authors);
    atom
}
