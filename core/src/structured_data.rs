//! schema.org JSON-LD for the pages the build writes: an `Event` with its dates and place, a
//! `CreativeWork` for an interview, an initiative or a call, a `Person`, an `Organization`, and
//! on the home the `Dataset` with its licence, version and files. Search engines, link previews
//! and archives read these; nothing in the app does.

use serde_json::{json, Map, Value};

use crate::model::{Entry, Kind, Place};
use crate::publication::{CONTACT_EMAIL, DATA_LICENCE_URL, PUBLISHER};
use crate::Dataset;

/// How a page's address is written: absolute when the site's URL is known, else from the host's
/// root (`/communs/entry/x/`).
pub type PageUrl<'a> = &'a dyn Fn(&str) -> String;

/// The Council, as publisher and organiser.
fn publisher() -> Value {
    json!({ "@type": "Organization", "name": PUBLISHER, "email": CONTACT_EMAIL })
}

fn place(place: &Place) -> Value {
    let mut value = Map::new();
    value.insert("@type".into(), "Place".into());
    let name = place.venue.clone().or_else(|| place.city.clone()).unwrap_or_default();
    value.insert("name".into(), name.into());
    if let Some(city) = &place.city {
        value.insert(
            "address".into(),
            json!({ "@type": "PostalAddress", "addressLocality": city, "addressCountry": "FR" }),
        );
    }
    if let Some(at) = &place.coordinates {
        value.insert("geo".into(), json!({ "@type": "GeoCoordinates", "latitude": at.lat, "longitude": at.lon }));
    }
    Value::Object(value)
}

/// An entry's page: an `Event` for an event, else a `CreativeWork` (an interview says so in its
/// `genre`), with its address `url`.
pub fn entry(entry: &Entry, url: &str) -> Value {
    let mut value = Map::new();
    value.insert("@context".into(), "https://schema.org".into());
    let event = entry.kind == Kind::Event;
    value.insert("@type".into(), if event { "Event" } else { "CreativeWork" }.into());
    value.insert("name".into(), entry.title.clone().into());
    value.insert("description".into(), entry.summary.clone().into());
    value.insert("url".into(), url.into());
    value.insert("inLanguage".into(), "fr".into());
    if let Some(date) = &entry.date {
        let (start, end) = if event { ("startDate", "endDate") } else { ("dateCreated", "expires") };
        value.insert(start.into(), date.start.to_string().into());
        if let (Some(last), true) = (&date.end, event) {
            value.insert(end.into(), last.to_string().into());
        }
    }
    if event {
        value.insert("organizer".into(), publisher());
        value.insert("eventStatus".into(), "https://schema.org/EventScheduled".into());
        if let Some(at) = &entry.place {
            value.insert("location".into(), place(at));
        }
    } else {
        value.insert("publisher".into(), publisher());
        value.insert("genre".into(), entry.kind.slug().into());
    }
    let people: Vec<Value> = entry.people.iter().map(|p| json!({ "@type": "Person", "name": p.name })).collect();
    if !people.is_empty() {
        value.insert(if event { "performer" } else { "contributor" }.into(), people.into());
    }
    if !entry.tags.is_empty() {
        value.insert("keywords".into(), entry.tags.join(", ").into());
    }
    Value::Object(value)
}

/// The pages of `entries` that name someone or an organisation, as `subjectOf`.
fn subject_of(entries: &[&Entry], page_url: PageUrl<'_>) -> Vec<Value> {
    let of = |e: &&Entry| json!({ "@type": "CreativeWork", "name": e.title, "url": page_url(&e.id) });
    entries.iter().map(of).collect()
}

/// A person's page: their name and the entries that name them (`entry_url` gives an entry's
/// address from its id).
pub fn person(name: &str, url: &str, entries: &[&Entry], entry_url: PageUrl<'_>) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": name,
        "url": url,
        "subjectOf": subject_of(entries, entry_url),
    })
}

/// An organisation's page, as [`person`].
pub fn organisation(name: &str, url: &str, entries: &[&Entry], entry_url: PageUrl<'_>) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "url": url,
        "subjectOf": subject_of(entries, entry_url),
    })
}

/// A page that is neither an entry, a person nor an organisation: a `WebPage`.
pub fn web_page(name: &str, description: &str, url: &str) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": name,
        "description": description,
        "url": url,
        "inLanguage": "fr",
        "publisher": publisher(),
    })
}

/// A file of the dataset, by its address and MIME type.
pub struct Distribution<'a> {
    /// Its address.
    pub url: String,
    /// Its MIME type.
    pub mime: &'a str,
}

/// The home's `Dataset`: name, description, licence, version, last change, files.
pub fn dataset(dataset: &Dataset, name: &str, description: &str, url: &str, files: &[Distribution<'_>]) -> Value {
    let distribution: Vec<Value> = files
        .iter()
        .map(|f| json!({ "@type": "DataDownload", "contentUrl": f.url, "encodingFormat": f.mime }))
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": name,
        "description": description,
        "url": url,
        "license": DATA_LICENCE_URL,
        "version": dataset.version,
        "dateModified": dataset.updated.to_string(),
        "inLanguage": "fr",
        "creator": publisher(),
        "publisher": publisher(),
        "distribution": distribution,
    })
}

/// JSON-LD as it goes into a `<script type="application/ld+json">`: `<` is written `\u003c`,
/// so that no text from the dataset can close the element.
pub fn script_text(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry_of(json: &str) -> Entry {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn an_event_has_its_dates_and_place() {
        let e = entry_of(
            r#"{"id":"nec","kind":"event","title":"NEC","summary":"S","pillar":"participer-au-debat",
               "date":{"start":"2023-10-12","end":"2023-10-13"},
               "place":{"venue":"Grand Palais","city":"Lille","coordinates":{"lat":50.63,"lon":3.06}}}"#,
        );
        let value = entry(&e, "https://x.org/entry/nec/");
        assert_eq!(value["@type"], "Event");
        assert_eq!(value["startDate"], "2023-10-12");
        assert_eq!(value["endDate"], "2023-10-13");
        assert_eq!(value["location"]["name"], "Grand Palais");
        assert_eq!(value["location"]["address"]["addressLocality"], "Lille");
        assert_eq!(value["location"]["geo"]["latitude"], 50.63);
    }

    #[test]
    fn an_interview_is_a_creative_work_with_its_people() {
        let e = entry_of(
            r#"{"id":"i","kind":"interview","title":"T","summary":"S","pillar":"alimenter-la-reflexion",
               "date":{"start":"2022-05"},"people":[{"name":"Ada","role":"interviewee"}]}"#,
        );
        let value = entry(&e, "/entry/i/");
        assert_eq!(value["@type"], "CreativeWork");
        assert_eq!(value["genre"], "interview");
        assert_eq!(value["dateCreated"], "2022-05");
        assert_eq!(value["contributor"][0]["name"], "Ada");
    }

    #[test]
    fn no_text_can_close_the_script_element() {
        let value = json!({ "name": "</script><script>alert(1)</script>" });
        let text = script_text(&value);
        assert!(!text.contains('<'), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back, value);
    }
}
