//! Words for people: dates and labels in French or English, at the precision the data has.

use crate::count::counted;
use crate::model::{CallDetails, CallStatus, DateSpan, Entry, Kind, PartialDate, Pillar, Role};
use crate::search::FacetKey;

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The URL parameter that carries a language other than French (`?lang=en`).
    pub const PARAM: &'static str = "lang";

    /// BCP 47 tag for `<html lang>` and the URL (`fr`, `en`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Reads a tag or a browser language (`en-GB` → English); anything else is French.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of a month (1–12).
pub fn month_name_in(month: u8, lang: Lang) -> &'static str {
    let months = match lang {
        Lang::Fr => &MONTHS_FR,
        Lang::En => &MONTHS_EN,
    };
    months.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

/// `2022`, `mars 2022` / `March 2022`, `8 novembre 2023` / `8 November 2023`.
pub fn date_label(date: &PartialDate, lang: Lang) -> String {
    match (date.month, date.day, lang) {
        (Some(m), Some(1), Lang::Fr) => format!("1er {} {}", month_name_in(m, lang), date.year),
        (Some(m), Some(d), _) => format!("{d} {} {}", month_name_in(m, lang), date.year),
        (Some(m), None, _) => format!("{} {}", month_name_in(m, lang), date.year),
        _ => date.year.to_string(),
    }
}

/// A span as a reader expects it, marked when the year was inferred.
pub fn span_label(span: &DateSpan, lang: Lang) -> String {
    let mut text = date_label(&span.start, lang);
    if let Some(end) = &span.end {
        text = match lang {
            Lang::Fr => format!("du {text} au {}", date_label(end, lang)),
            Lang::En => format!("{text} to {}", date_label(end, lang)),
        };
    }
    if span.inferred {
        text.push_str(match lang {
            Lang::Fr => " (année déduite)",
            Lang::En => " (year inferred)",
        });
    }
    text
}

/// Singular label of a kind.
pub fn kind_name(kind: Kind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Kind::Initiative, _) => "Initiative",
        (Kind::Event, Lang::Fr) => "Événement",
        (Kind::Event, Lang::En) => "Event",
        (Kind::Interview, Lang::Fr) => "Entretien",
        (Kind::Interview, Lang::En) => "Interview",
        (Kind::Call, Lang::Fr) => "Appel à contribution",
        (Kind::Call, Lang::En) => "Call for contributions",
    }
}

/// Name of a pillar.
pub fn pillar_name(pillar: Pillar, lang: Lang) -> &'static str {
    match (pillar, lang) {
        (Pillar::Contribuer, Lang::Fr) => "Contribuer",
        (Pillar::Contribuer, Lang::En) => "Contribute",
        (Pillar::AlimenterLaReflexion, Lang::Fr) => "Alimenter la réflexion",
        (Pillar::AlimenterLaReflexion, Lang::En) => "Feed the debate",
        (Pillar::PrendreSaPart, Lang::Fr) => "Prendre sa part",
        (Pillar::PrendreSaPart, Lang::En) => "Do our part",
        (Pillar::ParticiperAuDebat, Lang::Fr) => "Participer au débat",
        (Pillar::ParticiperAuDebat, Lang::En) => "Join the debate",
    }
}

/// The page's own sentence for each pillar.
pub fn pillar_sentence(pillar: Pillar, lang: Lang) -> &'static str {
    match (pillar, lang) {
        (Pillar::Contribuer, Lang::Fr) => "Des ateliers de contribution à Wikipédia, depuis mars 2022.",
        (Pillar::Contribuer, Lang::En) => "Wikipedia contribution workshops, since March 2022.",
        (Pillar::AlimenterLaReflexion, Lang::Fr) => {
            "Une collection d'entretiens sur les communs numériques, avec le blog Binaire."
        }
        (Pillar::AlimenterLaReflexion, Lang::En) => {
            "A collection of interviews on digital commons, with the Binaire blog."
        }
        (Pillar::PrendreSaPart, Lang::Fr) => "Des outils libres au quotidien : Framagenda, uMap, PeerTube, Mastodon.",
        (Pillar::PrendreSaPart, Lang::En) => "Free tools every day: Framagenda, uMap, PeerTube, Mastodon.",
        (Pillar::ParticiperAuDebat, Lang::Fr) => "Tables rondes, ateliers et conférences pour encourager l'échange.",
        (Pillar::ParticiperAuDebat, Lang::En) => "Round tables, workshops and conferences to encourage exchange.",
    }
}

/// Label of a role.
pub fn role_name(role: Role, lang: Lang) -> &'static str {
    match (role, lang) {
        (Role::Organiser, Lang::Fr) => "organisation",
        (Role::Organiser, Lang::En) => "organiser",
        (Role::Speaker, Lang::Fr) => "intervention",
        (Role::Speaker, Lang::En) => "speaker",
        (Role::Interviewee, Lang::Fr) => "entretien",
        (Role::Interviewee, Lang::En) => "interviewee",
        (Role::Moderator, Lang::Fr) => "animation",
        (Role::Moderator, Lang::En) => "moderator",
        (Role::Guest, Lang::Fr) => "invité·e",
        (Role::Guest, Lang::En) => "guest",
        (Role::Author, Lang::Fr) => "auteur·rice",
        (Role::Author, Lang::En) => "author",
        (Role::Participant, Lang::Fr) => "participation",
        (Role::Participant, Lang::En) => "participant",
    }
}

/// How a facet's value reads: kinds and pillars by their name (`event` → « Événement »),
/// other values as written.
pub fn facet_value_label(key: FacetKey, value: &str, lang: Lang) -> String {
    match key {
        FacetKey::Kind => Kind::from_slug(value).map(|k| kind_name(k, lang)).unwrap_or(value).to_string(),
        FacetKey::Pillar => Pillar::from_slug(value).map(|p| pillar_name(p, lang)).unwrap_or(value).to_string(),
        _ => value.to_string(),
    }
}

/// "clôture dans 3 jours" / "closes in 3 days"… for a call's status.
pub fn call_status_text(status: CallStatus, lang: Lang) -> String {
    let days = |n: i64| {
        let n = usize::try_from(n).unwrap_or(0);
        match lang {
            Lang::Fr => counted(n, lang, "jour", "jours"),
            Lang::En => counted(n, lang, "day", "days"),
        }
    };
    match (status, lang) {
        (CallStatus::Upcoming { opens_in }, Lang::Fr) => format!("ouvre dans {}", days(opens_in)),
        (CallStatus::Upcoming { opens_in }, Lang::En) => format!("opens in {}", days(opens_in)),
        (CallStatus::Permanent, Lang::Fr) => "ouvert en permanence".into(),
        (CallStatus::Permanent, Lang::En) => "always open".into(),
        (CallStatus::Open { days_left } | CallStatus::ClosingSoon { days_left: days_left @ 2.. }, Lang::Fr) => {
            format!("clôture dans {}", days(days_left))
        }
        (CallStatus::Open { days_left } | CallStatus::ClosingSoon { days_left: days_left @ 2.. }, Lang::En) => {
            format!("closes in {}", days(days_left))
        }
        (CallStatus::ClosingSoon { days_left: 1 }, Lang::Fr) => "clôture demain".into(),
        (CallStatus::ClosingSoon { days_left: 1 }, Lang::En) => "closes tomorrow".into(),
        (CallStatus::ClosingSoon { .. }, Lang::Fr) => "clôture aujourd'hui".into(),
        (CallStatus::ClosingSoon { .. }, Lang::En) => "closes today".into(),
        (CallStatus::Closed, Lang::Fr) => "clos".into(),
        (CallStatus::Closed, Lang::En) => "closed".into(),
    }
}

/// A call's dates, true on any day ("jusqu'au 12 mars 2027", "ouvert en permanence"), for a
/// page written before the day it is read; the app then says where the call stands today.
pub fn call_dates_text(call: &CallDetails, lang: Lang) -> String {
    let from = |d: &PartialDate| match (lang, d.day.is_some()) {
        (Lang::Fr, true) => format!("à partir du {}", date_label(d, lang)),
        (Lang::Fr, false) => format!("à partir de {}", date_label(d, lang)),
        (Lang::En, _) => format!("from {}", date_label(d, lang)),
    };
    let until = |d: &PartialDate| match (lang, d.day.is_some()) {
        (Lang::Fr, true) => format!("jusqu'au {}", date_label(d, lang)),
        (Lang::Fr, false) => format!("jusqu'à fin {}", date_label(d, lang)),
        (Lang::En, true) => format!("until {}", date_label(d, lang)),
        (Lang::En, false) => format!("until the end of {}", date_label(d, lang)),
    };
    match (&call.opens, &call.closes, lang) {
        (None, None, Lang::Fr) => "ouvert en permanence".into(),
        (None, None, Lang::En) => "always open".into(),
        (Some(opens), None, _) => from(opens),
        (None, Some(closes), _) => until(closes),
        (Some(opens), Some(closes), _) => format!("{}, {}", from(opens), until(closes)),
    }
}

/// `en` when reading English and it exists, else the French text; and whether it fell back.
fn in_lang<'a>(fr: &'a str, en: Option<&'a str>, lang: Lang) -> (&'a str, bool) {
    match (lang, en) {
        (Lang::En, Some(en)) => (en, false),
        (Lang::En, None) => (fr, true),
        (Lang::Fr, _) => (fr, false),
    }
}

/// An entry's title in `lang`, and whether it fell back to French.
pub fn entry_title(entry: &Entry, lang: Lang) -> (&str, bool) {
    in_lang(&entry.title, entry.title_en.as_deref(), lang)
}

/// An entry's summary in `lang`, and whether it fell back to French.
pub fn entry_summary(entry: &Entry, lang: Lang) -> (&str, bool) {
    in_lang(&entry.summary, entry.summary_en.as_deref(), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap_or(PartialDate { year: 0, month: None, day: None })
    }

    #[test]
    fn a_calls_dates_read_true_on_any_day() {
        let call = |opens: Option<&str>, closes: Option<&str>| CallDetails {
            asks: "A".into(),
            audience: "B".into(),
            action: "https://exemple.fr".into(),
            action_label: "Go".into(),
            opens: opens.map(date),
            closes: closes.map(date),
            initiative: None,
        };
        assert_eq!(call_dates_text(&call(None, None), Lang::Fr), "ouvert en permanence");
        assert_eq!(call_dates_text(&call(None, Some("2027-03-12")), Lang::Fr), "jusqu'au 12 mars 2027");
        assert_eq!(call_dates_text(&call(None, Some("2027-03")), Lang::Fr), "jusqu'à fin mars 2027");
        assert_eq!(
            call_dates_text(&call(Some("2026-12-01"), Some("2027-03-12")), Lang::Fr),
            "à partir du 1er décembre 2026, jusqu'au 12 mars 2027"
        );
        assert_eq!(call_dates_text(&call(Some("2026-12"), None), Lang::En), "from December 2026");
        assert_eq!(call_dates_text(&call(None, Some("2027")), Lang::En), "until the end of 2027");
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(date_label(&date("2022"), Lang::Fr), "2022");
        assert_eq!(date_label(&date("2022-03"), Lang::Fr), "mars 2022");
        assert_eq!(date_label(&date("2023-06-01"), Lang::Fr), "1er juin 2023");
        assert_eq!(date_label(&date("2023-06-01"), Lang::En), "1 June 2023");
        let span = DateSpan { start: date("2023-11-08"), end: None, inferred: true, note: None };
        assert_eq!(span_label(&span, Lang::Fr), "8 novembre 2023 (année déduite)");
        assert_eq!(span_label(&span, Lang::En), "8 November 2023 (year inferred)");
    }

    #[test]
    fn call_wording() {
        assert_eq!(call_status_text(CallStatus::ClosingSoon { days_left: 0 }, Lang::Fr), "clôture aujourd'hui");
        assert_eq!(call_status_text(CallStatus::ClosingSoon { days_left: 5 }, Lang::Fr), "clôture dans 5 jours");
        assert_eq!(call_status_text(CallStatus::Open { days_left: 30 }, Lang::Fr), "clôture dans 30 jours");
        assert_eq!(call_status_text(CallStatus::ClosingSoon { days_left: 1 }, Lang::En), "closes tomorrow");
        assert_eq!(call_status_text(CallStatus::Upcoming { opens_in: 1 }, Lang::Fr), "ouvre dans 1 jour");
        assert_eq!(call_status_text(CallStatus::Upcoming { opens_in: 1 }, Lang::En), "opens in 1 day");
        assert_eq!(call_status_text(CallStatus::Open { days_left: 1_500 }, Lang::En), "closes in 1,500 days");
    }

    /// Issue #23: a call's days with 0, 1, 2 and 50,651, in both languages (French: 0 and 1
    /// singular; English: 1 only; thousands grouped, `_` standing for a narrow no-break space).
    #[test]
    fn a_calls_days_agree_with_their_number_and_group_thousands() {
        let walk = |status: fn(i64) -> CallStatus, lang| {
            [0, 1, 2, 50_651].map(|n| call_status_text(status(n), lang).replace('\u{202F}', "_"))
        };
        let upcoming = |n| CallStatus::Upcoming { opens_in: n };
        let open = |n| CallStatus::Open { days_left: n };
        let soon = |n| CallStatus::ClosingSoon { days_left: n };
        assert_eq!(
            walk(upcoming, Lang::Fr),
            ["ouvre dans 0 jour", "ouvre dans 1 jour", "ouvre dans 2 jours", "ouvre dans 50_651 jours"]
        );
        assert_eq!(
            walk(upcoming, Lang::En),
            ["opens in 0 days", "opens in 1 day", "opens in 2 days", "opens in 50,651 days"]
        );
        assert_eq!(
            walk(open, Lang::Fr),
            ["clôture dans 0 jour", "clôture dans 1 jour", "clôture dans 2 jours", "clôture dans 50_651 jours"]
        );
        assert_eq!(
            walk(open, Lang::En),
            ["closes in 0 days", "closes in 1 day", "closes in 2 days", "closes in 50,651 days"]
        );
        assert_eq!(
            walk(soon, Lang::Fr),
            ["clôture aujourd'hui", "clôture demain", "clôture dans 2 jours", "clôture dans 50_651 jours"]
        );
        assert_eq!(
            walk(soon, Lang::En),
            ["closes today", "closes tomorrow", "closes in 2 days", "closes in 50,651 days"]
        );
    }

    #[test]
    fn browser_languages() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("de-DE"), None);
    }
}
