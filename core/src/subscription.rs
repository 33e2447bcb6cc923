//! What a visitor can subscribe to: the whole site, one pillar or one kind, each with a calendar
//! (iCalendar) and an Atom feed at a stable address that `cargo xtask dist` writes. Every
//! address is spelled here, and only here:
//!
//! | scope    | calendar                       | feed                           |
//! |----------|--------------------------------|--------------------------------|
//! | all      | `calendar.ics`                 | `feed.xml`                     |
//! | a pillar | `feeds/pilier/<pillar>.ics`    | `feeds/pilier/<pillar>.xml`    |
//! | a kind   | `feeds/type/<kind>.ics`        | `feeds/type/<kind>.xml`        |
//!
//! with the slugs of [`Pillar::slug`] and [`Kind::slug`] (the ones the URL's `?pilier=` and
//! `?type=` take). A name that is not a pillar or a kind has no file: a 404.

use crate::display::Lang;
use crate::model::{Entry, Kind, Pillar};
use crate::publication::{CALENDAR_PATH, FEED_PATH};
use crate::search::{FacetKey, Query};

/// The folder, below the site's root, of the pillars' and kinds' files.
const FEEDS_DIR: &str = "feeds";

/// What one calendar and one feed hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeedScope {
    /// Everything: `calendar.ics` and `feed.xml`.
    All,
    /// One pillar's entries.
    Pillar(Pillar),
    /// One kind's entries.
    Kind(Kind),
}

impl FeedScope {
    /// Every scope `dist` writes files for: the whole, then each pillar, then each kind.
    pub fn every() -> Vec<FeedScope> {
        let mut scopes = vec![FeedScope::All];
        scopes.extend(Pillar::ALL.map(FeedScope::Pillar));
        scopes.extend(Kind::ALL.map(FeedScope::Kind));
        scopes
    }

    /// The path below the site's root without its extension, for the pillars and kinds.
    fn stem(self) -> Option<String> {
        match self {
            FeedScope::All => None,
            FeedScope::Pillar(pillar) => Some(format!("{FEEDS_DIR}/pilier/{}", pillar.slug())),
            FeedScope::Kind(kind) => Some(format!("{FEEDS_DIR}/type/{}", kind.slug())),
        }
    }

    /// Where the site ships this scope's calendar, relative to its root.
    pub fn ics_path(self) -> String {
        self.stem().map_or_else(|| CALENDAR_PATH.to_string(), |stem| format!("{stem}.ics"))
    }

    /// Where the site ships this scope's Atom feed, relative to its root.
    pub fn atom_path(self) -> String {
        self.stem().map_or_else(|| FEED_PATH.to_string(), |stem| format!("{stem}.xml"))
    }

    /// True when `entry` belongs to this scope.
    pub fn matches(self, entry: &Entry) -> bool {
        match self {
            FeedScope::All => true,
            FeedScope::Pillar(pillar) => entry.pillar == pillar,
            FeedScope::Kind(kind) => entry.kind == kind,
        }
    }

    /// The scope whose files hold what `query` shows, when one does: no text, period or filter
    /// (the whole), or exactly one pillar or exactly one kind and nothing else narrowing.
    pub fn of_query(query: &Query) -> Option<FeedScope> {
        if !query.text.trim().is_empty() || query.period.is_some() {
            return None;
        }
        match query.filters.as_slice() {
            [] => Some(FeedScope::All),
            [(FacetKey::Pillar, values)] if values.len() == 1 => {
                values.first().and_then(|v| Pillar::from_slug(v)).map(FeedScope::Pillar)
            }
            [(FacetKey::Kind, values)] if values.len() == 1 => {
                values.first().and_then(|v| Kind::from_slug(v)).map(FeedScope::Kind)
            }
            _ => None,
        }
    }

    /// What the scope holds, to follow "S'abonner" (`tout Communs`, `pilier « Contribuer »`).
    pub fn label(self, lang: Lang) -> String {
        crate::text::subscriptions::of(lang).scope_label(self, lang)
    }

    /// The title of the scope's Atom feed, which feed readers show (French, as the data is).
    pub fn title(self) -> String {
        match self {
            FeedScope::All => "Communs — événements et entretiens du CNNum sur les communs numériques".into(),
            scope => format!("Communs — {} (CNNum)", scope.label(Lang::Fr)),
        }
    }

    /// The name of the scope's calendar, which calendar apps show.
    pub fn calendar_name(self) -> String {
        match self {
            FeedScope::All => "Communs — événements du CNNum".into(),
            scope => scope.title(),
        }
    }
}

/// The `webcal:` address of an absolute `http:` or `https:` URL (what calendar apps open to
/// subscribe), or `None` for any other address.
pub fn webcal_url(absolute: &str) -> Option<String> {
    let rest = absolute.strip_prefix("https://").or_else(|| absolute.strip_prefix("http://"))?;
    (!rest.is_empty()).then(|| format!("webcal://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pillar_and_kind_has_its_own_two_files_beside_the_whole_ones() {
        let scopes = FeedScope::every();
        assert_eq!(scopes.len(), 1 + Pillar::ALL.len() + Kind::ALL.len());
        assert_eq!(FeedScope::All.ics_path(), "calendar.ics");
        assert_eq!(FeedScope::All.atom_path(), "feed.xml");
        assert_eq!(FeedScope::Pillar(Pillar::Contribuer).ics_path(), "feeds/pilier/contribuer.ics");
        assert_eq!(FeedScope::Pillar(Pillar::ParticiperAuDebat).atom_path(), "feeds/pilier/participer-au-debat.xml");
        assert_eq!(FeedScope::Kind(Kind::Event).ics_path(), "feeds/type/event.ics");
        assert_eq!(FeedScope::Kind(Kind::Call).atom_path(), "feeds/type/call.xml");
        let mut paths: Vec<String> = scopes.iter().flat_map(|s| [s.ics_path(), s.atom_path()]).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), 2 * scopes.len(), "no two scopes share a file");
    }

    #[test]
    fn a_scope_matches_its_pillar_or_its_kind() {
        let entry: Entry = serde_json::from_str(
            r#"{"id":"e","kind":"event","title":"T","summary":"S","pillar":"contribuer","date":{"start":"2024-03"}}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(FeedScope::All.matches(&entry));
        assert!(FeedScope::Pillar(Pillar::Contribuer).matches(&entry));
        assert!(!FeedScope::Pillar(Pillar::PrendreSaPart).matches(&entry));
        assert!(FeedScope::Kind(Kind::Event).matches(&entry));
        assert!(!FeedScope::Kind(Kind::Call).matches(&entry));
    }

    #[test]
    fn only_a_filter_a_file_holds_has_a_subscription() {
        let scope =
            |url: &str| FeedScope::of_query(&Query::from_pairs(url.split('&').filter_map(|p| p.split_once('='))));
        assert_eq!(scope(""), Some(FeedScope::All));
        assert_eq!(scope("tri=ancien&page=2"), Some(FeedScope::All), "order and page do not narrow");
        assert_eq!(scope("pilier=contribuer"), Some(FeedScope::Pillar(Pillar::Contribuer)));
        assert_eq!(scope("type=call"), Some(FeedScope::Kind(Kind::Call)));
        assert_eq!(scope("pilier=contribuer&pilier=prendre-sa-part"), None);
        assert_eq!(scope("pilier=contribuer&type=event"), None);
        assert_eq!(scope("type=event&annee=2024"), None);
        assert_eq!(scope("type=event&q=wikipedia"), None);
        assert_eq!(scope("du=2024-01&au=2024-03"), None);
        assert_eq!(scope("pilier=nulle-part"), Some(FeedScope::All), "an unknown pillar is no filter");
    }

    #[test]
    fn labels_and_titles_name_the_pillar_or_the_kind() {
        assert_eq!(FeedScope::Pillar(Pillar::Contribuer).label(Lang::Fr), "pilier « Contribuer »");
        assert_eq!(FeedScope::Pillar(Pillar::Contribuer).label(Lang::En), "“Contribute” pillar");
        assert_eq!(FeedScope::Kind(Kind::Call).label(Lang::En), "calls for contributions");
        assert_eq!(FeedScope::Kind(Kind::Call).title(), "Communs — appels à contribution (CNNum)");
        assert!(FeedScope::All.title().starts_with("Communs — "));
    }

    #[test]
    fn webcal_replaces_the_scheme_of_an_absolute_address() {
        assert_eq!(
            webcal_url("https://communs.example.org/sous/chemin/feeds/pilier/contribuer.ics").as_deref(),
            Some("webcal://communs.example.org/sous/chemin/feeds/pilier/contribuer.ics")
        );
        assert_eq!(
            webcal_url("http://127.0.0.1:8080/calendar.ics").as_deref(),
            Some("webcal://127.0.0.1:8080/calendar.ics")
        );
        for not_absolute in
            ["/calendar.ics", "calendar.ics", "ftp://x.org/c.ics", "https://", "", "javascript:alert(1)"]
        {
            assert_eq!(webcal_url(not_absolute), None, "{not_absolute}");
        }
    }
}
