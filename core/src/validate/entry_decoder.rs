//! Decodes one entry field by field, so that every bad field is reported, not just the first.

use serde_json::value::RawValue;

use super::fields::ObjectFields;
use super::report::{EntryRef, Report};
use super::{did_you_mean, Limits, Problem, Severity};
use crate::model::{CallDetails, DateSpan, Entry, Kind, Link, PartialDate, Person, Pillar, Place};

/// Every field an entry may carry.
pub const ENTRY_FIELDS: [&str; 17] = [
    "id",
    "kind",
    "title",
    "title_en",
    "summary",
    "summary_en",
    "description",
    "pillar",
    "date",
    "tags",
    "people",
    "organisations",
    "place",
    "links",
    "related",
    "call",
    "verified",
];

/// An entry as decoded, with where each part of it sits in the text. One is kept per entry
/// until the dataset's rules have run, so it stays small for an entry read in one typed pass.
pub struct DecodedEntry<'a> {
    /// The whole entry's text.
    pub start: &'a str,
    /// False once an error concerns this entry.
    pub valid: bool,
    /// Index in `entries`.
    index: usize,
    /// What the field-by-field read found; `None` for an entry read in one typed pass.
    read: Option<Box<FieldByField<'a>>>,
}

/// What the field-by-field read of an entry remembers.
#[derive(Default)]
struct FieldByField<'a> {
    /// The id as written, when readable.
    id: Option<String>,
    /// `(sub-path, text)` of each field and list item, to locate later problems.
    spans: Vec<(String, &'a str)>,
}

impl<'a> DecodedEntry<'a> {
    /// Who it is, for diagnostics. An entry read in one typed pass is named later, from the
    /// entry itself (see `rules::name_entries`).
    pub fn entry_ref(&self) -> EntryRef {
        EntryRef { index: Some(self.index), id: self.read.as_ref().and_then(|r| r.id.clone()) }
    }

    fn spans(&self) -> &[(String, &'a str)] {
        self.read.as_ref().map_or(&[], |r| r.spans.as_slice())
    }

    fn remember(&mut self, key: String, text: &'a str) {
        self.read.get_or_insert_with(Box::default).spans.push((key, text));
    }

    /// The text of a field or list item (`links[1]`), or of the whole entry. An entry read in
    /// one typed pass kept no spans: they are found again here, only for the rare problem.
    pub fn span(&self, key: &str) -> &'a str {
        self.spans()
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, s)| *s)
            .or_else(|| locate(self.start, key))
            .unwrap_or(self.start)
    }

    /// True when the entry's text gives `field` (even an invalid value).
    pub fn has_field(&self, field: &str) -> bool {
        self.spans().iter().any(|(k, _)| k == field) || (self.spans().is_empty() && locate(self.start, field).is_some())
    }

    /// `entries[3].key`
    pub fn path(&self, key: &str) -> String {
        let base = format!("entries[{}]", self.index);
        if key.is_empty() {
            base
        } else if key.starts_with('[') {
            format!("{base}{key}")
        } else {
            format!("{base}.{key}")
        }
    }
}

/// Finds `name` or `name[i]` in an entry's text.
fn locate<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
    if key.is_empty() {
        return None;
    }
    let (name, item) = match key.split_once('[') {
        Some((name, rest)) => (name, Some(rest.strip_suffix(']')?.parse::<usize>().ok()?)),
        None => (key, None),
    };
    let value = serde_json::from_str::<ObjectFields<'a>>(entry).ok()?.get(name)?;
    match item {
        None => Some(value.get()),
        Some(i) => serde_json::from_str::<Vec<&'a RawValue>>(value.get()).ok()?.get(i).map(|raw| raw.get()),
    }
}

struct Decoder<'r, 'a> {
    report: &'r mut Report<'a>,
    fields: ObjectFields<'a>,
    decoded: DecodedEntry<'a>,
}

impl<'a> Decoder<'_, 'a> {
    fn take<T: serde::Deserialize<'a>>(&mut self, name: &str, required: bool) -> Option<T> {
        let Some(raw) = self.fields.get(name) else {
            if required {
                let path = self.decoded.path(name);
                let problem = Problem::MissingField { field: name.to_string() };
                self.report.at_slice(Severity::Error, self.decoded.start, &path, problem, &self.decoded.entry_ref());
                self.decoded.valid = false;
            }
            return None;
        };
        self.decoded.remember(name.to_string(), raw.get());
        let path = self.decoded.path(name);
        let value = self.report.decode::<T>(raw.get(), &path, &self.decoded.entry_ref());
        if value.is_none() {
            self.decoded.valid = false;
        }
        value
    }

    /// A list decoded item by item, remembering where each item is.
    fn take_list<T: serde::Deserialize<'a>>(&mut self, name: &str) -> Vec<T> {
        let Some(items) = self.take::<Vec<&'a RawValue>>(name, false) else {
            return Vec::new();
        };
        let mut values = Vec::with_capacity(items.len());
        for (i, raw) in items.into_iter().enumerate() {
            let key = format!("{name}[{i}]");
            self.decoded.remember(key.clone(), raw.get());
            let path = self.decoded.path(&key);
            match self.report.decode::<T>(raw.get(), &path, &self.decoded.entry_ref()) {
                Some(value) => values.push(value),
                None => self.decoded.valid = false,
            }
        }
        values
    }
}

/// Decodes entry number `index` from its raw text, recording every problem in `report`.
pub fn decode_entry<'a>(
    report: &mut Report<'a>,
    index: usize,
    raw: &'a str,
    limits: &Limits,
) -> (DecodedEntry<'a>, Option<Entry>) {
    // Almost every entry is valid: one typed pass reads it. It accepts exactly what the
    // field-by-field pass below accepts (unknown fields, duplicates and nulls are refused), and
    // that slower pass runs only to locate the problems of an entry it refused.
    if let Ok(entry) = serde_json::from_str::<Entry>(raw) {
        return (DecodedEntry { start: raw, valid: true, index, read: None }, Some(entry));
    }
    let mut decoded = DecodedEntry { start: raw, valid: true, index, read: Some(Box::default()) };
    let fields = match serde_json::from_str::<ObjectFields<'a>>(raw) {
        Ok(fields) => fields,
        Err(_) => {
            let path = decoded.path("");
            report.at_slice(Severity::Error, raw, &path, Problem::EntryNotAnObject, &decoded.entry_ref());
            decoded.valid = false;
            return (decoded, None);
        }
    };
    // The id first, so that every later message can name the entry.
    let id = fields
        .get("id")
        .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
        .map(|id| id.chars().take(limits.max_short_chars).collect());
    decoded.read.get_or_insert_with(Box::default).id = id;
    let mut d = Decoder { report, fields, decoded };
    let unknown: Vec<(String, &'a str)> = d
        .fields
        .pairs
        .iter()
        .filter(|(name, _)| !ENTRY_FIELDS.contains(&name.as_ref()))
        .map(|(name, raw)| (name.to_string(), raw.get()))
        .collect();
    for (name, at) in unknown {
        let closest = did_you_mean(&name, ENTRY_FIELDS).map(str::to_string);
        let path = d.decoded.path(&name);
        let problem = Problem::UnknownField { field: name, ignored: false, closest, choices: String::new() };
        d.report.at_slice(Severity::Error, at, &path, problem, &d.decoded.entry_ref());
        d.decoded.valid = false;
    }
    let duplicates: Vec<(String, &'a str)> =
        d.fields.duplicates().into_iter().map(|(n, r)| (n.to_string(), r.get())).collect();
    for (name, at) in duplicates {
        let path = d.decoded.path(&name);
        let problem = Problem::DuplicateField { field: name };
        d.report.at_slice(Severity::Error, at, &path, problem, &d.decoded.entry_ref());
        d.decoded.valid = false;
    }
    let id = d.take::<String>("id", true);
    let kind = d.take::<Kind>("kind", true);
    let title = d.take::<String>("title", true);
    let title_en = d.take::<String>("title_en", false);
    let summary = d.take::<String>("summary", true);
    let summary_en = d.take::<String>("summary_en", false);
    let description = d.take::<String>("description", false);
    let pillar = d.take::<Pillar>("pillar", true);
    let date = d.take::<DateSpan>("date", false);
    let tags = d.take_list::<String>("tags");
    let people = d.take_list::<Person>("people");
    let organisations = d.take_list::<String>("organisations");
    let place = d.take::<Place>("place", false);
    let links = d.take_list::<Link>("links");
    let related = d.take_list::<String>("related");
    let call = d.take::<CallDetails>("call", false);
    let verified = d.take::<PartialDate>("verified", false);
    let decoded = d.decoded;
    let entry = match (id, kind, title, summary, pillar) {
        (Some(id), Some(kind), Some(title), Some(summary), Some(pillar)) => Some(Entry {
            id,
            kind,
            title,
            title_en,
            summary,
            summary_en,
            description,
            pillar,
            date,
            tags,
            people,
            organisations,
            place: place.map(Box::new),
            links,
            related,
            call: call.map(Box::new),
            verified,
        }),
        _ => None,
    };
    (decoded, entry)
}
