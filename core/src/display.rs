//! Words for people: dates and labels in French, at the precision the data has.

use crate::model::{CallStatus, DateSpan, Kind, PartialDate, Pillar, Role};

const MONTHS: [&str; 12] = [
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

/// The French name of a month (1–12).
pub fn month_name(month: u8) -> &'static str {
    MONTHS.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

/// `2022`, `mars 2022` or `8 novembre 2023` (`1er` for the first day).
pub fn french_date(date: &PartialDate) -> String {
    match (date.month, date.day) {
        (Some(m), Some(1)) => format!("1er {} {}", month_name(m), date.year),
        (Some(m), Some(d)) => format!("{d} {} {}", month_name(m), date.year),
        (Some(m), None) => format!("{} {}", month_name(m), date.year),
        _ => date.year.to_string(),
    }
}

/// A span as a reader expects it, with "(année déduite)" when inferred.
pub fn french_span(span: &DateSpan) -> String {
    let mut text = french_date(&span.start);
    if let Some(end) = &span.end {
        text = format!("du {text} au {}", french_date(end));
    }
    if span.inferred {
        text.push_str(" (année déduite)");
    }
    text
}

/// Singular French label of a kind.
pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Initiative => "Initiative",
        Kind::Event => "Événement",
        Kind::Interview => "Entretien",
        Kind::Call => "Appel à contribution",
    }
}

/// French name of a pillar.
pub fn pillar_label(pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Contribuer => "Contribuer",
        Pillar::AlimenterLaReflexion => "Alimenter la réflexion",
        Pillar::PrendreSaPart => "Prendre sa part",
        Pillar::ParticiperAuDebat => "Participer au débat",
    }
}

/// The page's own sentence for each pillar.
pub fn pillar_sentence(pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Contribuer => "Des ateliers de contribution à Wikipédia, depuis mars 2022.",
        Pillar::AlimenterLaReflexion => "Une collection d'entretiens sur les communs numériques, avec le blog Binaire.",
        Pillar::PrendreSaPart => "Des outils libres au quotidien : Framagenda, uMap, PeerTube, Mastodon.",
        Pillar::ParticiperAuDebat => "Tables rondes, ateliers et conférences pour encourager l'échange.",
    }
}

/// French label of a role.
pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Organiser => "organisation",
        Role::Speaker => "intervention",
        Role::Interviewee => "entretien",
        Role::Moderator => "animation",
        Role::Guest => "invité·e",
        Role::Author => "auteur·rice",
        Role::Participant => "participation",
    }
}

/// "dans 3 jours", "aujourd'hui", "clos"… for a call's status.
pub fn call_status_label(status: CallStatus) -> String {
    match status {
        CallStatus::Upcoming { opens_in } => {
            format!("ouvre dans {opens_in} jour{}", plural(opens_in))
        }
        CallStatus::Permanent => "ouvert en permanence".into(),
        CallStatus::Open { days_left } | CallStatus::ClosingSoon { days_left: days_left @ 2.. } => {
            format!("clôture dans {days_left} jours")
        }
        CallStatus::ClosingSoon { days_left: 1 } => "clôture demain".into(),
        CallStatus::ClosingSoon { .. } => "clôture aujourd'hui".into(),
        CallStatus::Closed => "clos".into(),
    }
}

fn plural(n: i64) -> &'static str {
    if n > 1 {
        "s"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap_or(PartialDate { year: 0, month: None, day: None })
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(french_date(&date("2022")), "2022");
        assert_eq!(french_date(&date("2022-03")), "mars 2022");
        assert_eq!(french_date(&date("2023-06-01")), "1er juin 2023");
        let span = DateSpan { start: date("2023-11-08"), end: None, inferred: true, note: None };
        assert_eq!(french_span(&span), "8 novembre 2023 (année déduite)");
    }

    #[test]
    fn call_wording() {
        assert_eq!(call_status_label(CallStatus::ClosingSoon { days_left: 0 }), "clôture aujourd'hui");
        assert_eq!(call_status_label(CallStatus::ClosingSoon { days_left: 5 }), "clôture dans 5 jours");
        assert_eq!(call_status_label(CallStatus::Open { days_left: 30 }), "clôture dans 30 jours");
    }
}
