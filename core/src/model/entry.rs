//! One entry of the dataset and the closed vocabularies that classify it.

use serde::{Deserialize, Serialize};

use super::{CallDetails, DateSpan, Link, PartialDate, Person, Place};

/// What an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A programme, partnership, free tool, membership or celebrated laureate.
    Initiative,
    /// A round table, workshop, conference or contribution day.
    Event,
    /// A published conversation.
    Interview,
    /// An invitation for people to contribute.
    Call,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 4] = [Kind::Initiative, Kind::Event, Kind::Interview, Kind::Call];

    /// The slug used in JSON and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Initiative => "initiative",
            Kind::Event => "event",
            Kind::Interview => "interview",
            Kind::Call => "call",
        }
    }

    /// Parses a slug as written in JSON and URLs.
    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// The four pillars of the Council's action on digital commons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Pillar {
    /// Contribuer : the Wikipedia workshops.
    Contribuer,
    /// Alimenter la réflexion : interviews.
    AlimenterLaReflexion,
    /// Prendre sa part : free tools.
    PrendreSaPart,
    /// Participer au débat : events.
    ParticiperAuDebat,
}

impl Pillar {
    /// Every pillar, in the page's order.
    pub const ALL: [Pillar; 4] =
        [Pillar::Contribuer, Pillar::AlimenterLaReflexion, Pillar::PrendreSaPart, Pillar::ParticiperAuDebat];

    /// The slug used in JSON and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Pillar::Contribuer => "contribuer",
            Pillar::AlimenterLaReflexion => "alimenter-la-reflexion",
            Pillar::PrendreSaPart => "prendre-sa-part",
            Pillar::ParticiperAuDebat => "participer-au-debat",
        }
    }

    /// Parses a slug as written in JSON and URLs.
    pub fn from_slug(slug: &str) -> Option<Pillar> {
        Pillar::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// An initiative, event, interview or call, as contributors write it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable slug, unique in the dataset: lowercase letters, digits and hyphens.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$")))]
    pub id: String,
    /// What the entry is.
    pub kind: Kind,
    /// Title in French.
    pub title: String,
    /// English title, when someone wrote one.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// One or two sentences in French.
    pub summary: String,
    /// English summary, when someone wrote one.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub summary_en: Option<String>,
    /// Longer plain-text description (never HTML).
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The pillar the entry belongs to.
    pub pillar: Pillar,
    /// When it happened or was published; absent for ongoing initiatives.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpan>,
    /// Free keywords, lowercase.
    #[serde(default, deserialize_with = "exact", skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// People involved and their role.
    #[serde(default, deserialize_with = "exact", skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Organisations involved, by name.
    #[serde(default, deserialize_with = "exact", skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<String>,
    /// Where it happened.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub place: Option<Box<Place>>,
    /// Links to read, watch or check.
    #[serde(default, deserialize_with = "exact", skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Ids of related entries.
    #[serde(default, deserialize_with = "exact", skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// For `kind: call` only: what is asked and how to answer.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub call: Option<Box<CallDetails>>,
    /// The day (`YYYY-MM-DD`) a person last checked the entry against its source. The
    /// validator refuses a coarser date or one after `updated`, and warns when it is more
    /// than a year before the day of the check (`check-data`, the contributor page).
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "full_day_schema"))]
    pub verified: Option<PartialDate>,
}

/// The schema of a day-precise date (`2026-11-30`): `verified` takes no year or month alone.
#[cfg(feature = "schema")]
fn full_day_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        "examples": ["2026-11-30"]
    })
}

/// Reads an optional field that, when written, must hold a value: `null` is refused, as the
/// validator refuses it, so that a typed read of an entry accepts exactly what the validator does.
pub(crate) fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// Reads a list and gives back the room it grew into: a list of one or two items would
/// otherwise hold four, and the room freed goes to the next entries as the file is read.
pub(crate) fn exact<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    let mut list = Vec::<T>::deserialize(deserializer)?;
    list.shrink_to_fit();
    Ok(list)
}

impl Entry {
    /// A minimal event for tests: `id`, `title` and a start date (`None` or unparsable: undated).
    #[cfg(test)]
    pub(crate) fn sample(id: &str, title: &str, date: Option<&str>) -> Entry {
        Entry {
            id: id.into(),
            kind: Kind::Event,
            title: title.into(),
            title_en: None,
            summary: "Résumé.".into(),
            summary_en: None,
            description: None,
            pillar: Pillar::ParticiperAuDebat,
            date: date.and_then(|d| PartialDate::parse(d).ok()).map(|start| DateSpan {
                start,
                end: None,
                inferred: false,
                note: None,
            }),
            tags: vec![],
            people: vec![],
            organisations: vec![],
            place: None,
            links: vec![],
            related: vec![],
            call: None,
            verified: None,
        }
    }

    /// True for an event with a date: what a calendar lists.
    pub fn is_dated_event(&self) -> bool {
        self.kind == Kind::Event && self.date.is_some()
    }

    /// True when the entry has a place with coordinates: what a map shows.
    pub fn has_coordinates(&self) -> bool {
        self.place.as_ref().is_some_and(|p| p.coordinates.is_some())
    }

    /// The start date, if any.
    pub fn start(&self) -> Option<&PartialDate> {
        self.date.as_ref().map(|d| &d.start)
    }

    /// The entry's web (`http:`, `https:`) addresses with the field that writes each: its
    /// links in order, then its call's action. The link checker requests these, and the app
    /// marks them from its report.
    pub fn web_addresses(&self) -> impl Iterator<Item = (AddressField, &str)> {
        let links = self.links.iter().enumerate().map(|(i, link)| (AddressField::Link(i), link.url.as_str()));
        let action = self.call.iter().map(|call| (AddressField::CallAction, call.action.as_str()));
        links.chain(action).filter(|(_, url)| super::is_web_address(url))
    }
}

/// Where an entry writes an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressField {
    /// `links[i].url`.
    Link(usize),
    /// `call.action`.
    CallAction,
}

impl AddressField {
    /// The field's JSON path within its entry: `links[1].url`, `call.action`.
    pub fn path(self) -> String {
        match self {
            AddressField::Link(i) => format!("links[{i}].url"),
            AddressField::CallAction => "call.action".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_calendar_and_a_map_take() {
        let dated = Entry::sample("a", "A", Some("2024-01-01"));
        let undated = Entry::sample("b", "B", None);
        let mut interview = Entry::sample("c", "C", Some("2024-01-01"));
        interview.kind = Kind::Interview;
        assert!(dated.is_dated_event() && !undated.is_dated_event() && !interview.is_dated_event());
        assert!(!dated.has_coordinates());
        let placed: Entry = serde_json::from_str(
            r#"{"id":"p","kind":"event","title":"T","summary":"S","pillar":"contribuer",
                "place":{"city":"Lille","coordinates":{"lat":50.63,"lon":3.06}}}"#,
        )
        .unwrap();
        assert!(placed.has_coordinates());
    }
}
