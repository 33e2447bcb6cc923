//! Rules that need the typed entry or the whole dataset: sizes, dates, links, ids, calls.

use rustc_hash::FxHashMap;

use super::entry_decoder::DecodedEntry;
use super::report::Report;
use super::{did_you_mean, Limits, Severity};
use crate::model::{is_safe_url, CallStatus, Entry, Kind, PartialDate, Precision};
use crate::search::fold;

/// Checks each entry and the links between them, and returns the valid entries in file order.
/// `entries` runs beside `decoded` (same index), so that the result reuses its memory: at
/// 100,000 entries a second array of entries would cost tens of megabytes.
pub fn check_dataset(
    report: &mut Report<'_>,
    mut decoded: Vec<DecodedEntry<'_>>,
    entries: Vec<Option<Entry>>,
    today: &PartialDate,
) -> Vec<Entry> {
    let limits = Limits::default();
    for (d, entry) in decoded.iter_mut().zip(&entries) {
        if let Some(entry) = entry {
            check_entry(report, d, entry, &limits, today);
        }
    }
    check_ids(report, &mut decoded, &entries);
    name_entries(report, &entries, &limits);
    entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, entry)| entry.filter(|_| decoded.get(i).is_some_and(|d| d.valid)))
        .collect()
}

/// Names each diagnostic about an entry read in one typed pass, which kept no copy of its id.
fn name_entries(report: &mut Report<'_>, entries: &[Option<Entry>], limits: &Limits) {
    for diagnostic in report.diagnostics.iter_mut().filter(|d| d.entry_id.is_none()) {
        if let Some(Some(entry)) = diagnostic.entry_index.and_then(|i| entries.get(i)) {
            diagnostic.entry_id = Some(entry.id.chars().take(limits.max_short_chars).collect());
        }
    }
}

fn error(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, key: &str, message: String, hint: Option<String>) {
    let (at, path) = (d.span(key), d.path(key));
    report.at_slice(Severity::Error, at, &path, message, hint, &d.entry_ref());
    d.valid = false;
}

fn warning(report: &mut Report<'_>, d: &DecodedEntry<'_>, key: &str, message: String, hint: Option<String>) {
    report.at_slice(Severity::Warning, d.span(key), &d.path(key), message, hint, &d.entry_ref());
}

fn check_text(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, key: &str, text: &str, max: usize) {
    if text.trim().is_empty() {
        error(report, d, key, format!("« {key} » est vide"), Some("écrivez au moins quelques mots".into()));
    }
    // A text has at least as many bytes as characters: most need no counting.
    let length = if text.len() <= max { text.len() } else { text.chars().count() };
    if length > max {
        error(report, d, key, format!("« {key} » est trop long : {length} caractères, au plus {max}"), None);
    }
}

fn check_entry(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry, limits: &Limits, today: &PartialDate) {
    let slug_ok = !entry.id.is_empty()
        && entry.id.len() <= 120
        && entry
            .id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    if !slug_ok {
        error(
            report,
            d,
            "id",
            format!("identifiant « {} » invalide", entry.id.chars().take(60).collect::<String>()),
            Some("lettres minuscules sans accent, chiffres et tirets, ex. « atelier-wikipedia-2022 »".into()),
        );
    }
    check_text(report, d, "title", &entry.title, limits.max_title_chars);
    check_text(report, d, "summary", &entry.summary, limits.max_summary_chars);
    if let Some(text) = &entry.title_en {
        check_text(report, d, "title_en", text, limits.max_title_chars);
    }
    if let Some(text) = &entry.summary_en {
        check_text(report, d, "summary_en", text, limits.max_summary_chars);
    }
    if let Some(text) = &entry.description {
        check_text(report, d, "description", text, limits.max_description_chars);
    }
    check_lists(report, d, entry, limits);
    check_date(report, d, entry);
    check_links(report, d, entry);
    check_call(report, d, entry, today);
    check_verified(report, d, entry, today);
    if let Some(c) = entry.place.as_ref().and_then(|p| p.coordinates) {
        if let Some((message, hint)) = c.problem() {
            error(report, d, "place", message, Some(hint));
        } else if c.seems_swapped() {
            let message = format!("lat {}, lon {} : ce point est hors de la France métropolitaine, qu'il rejoindrait en échangeant lat et lon", c.lat, c.lon);
            let hint = "« lat » va de -90 à 90 (nord-sud), « lon » de -180 à 180 (est-ouest) : vérifiez l'ordre";
            warning(report, d, "place", message, Some(hint.into()));
        }
    }
}

fn check_lists(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry, limits: &Limits) {
    let lists = [
        ("tags", entry.tags.len()),
        ("people", entry.people.len()),
        ("organisations", entry.organisations.len()),
        ("links", entry.links.len()),
        ("related", entry.related.len()),
    ];
    for (key, count) in lists {
        if count > limits.max_list_items {
            error(report, d, key, format!("« {key} » a {count} éléments, au plus {}", limits.max_list_items), None);
        }
    }
    // Keys are written only for a text that fails: this runs for every entry.
    let short_texts = (entry.tags.iter().map(|t| ("tags", t)).enumerate())
        .chain(entry.organisations.iter().map(|o| ("organisations", o)).enumerate())
        .chain(entry.people.iter().map(|p| ("people", &p.name)).enumerate())
        .chain(entry.links.iter().map(|l| ("links", &l.label)).enumerate());
    for (i, (name, text)) in short_texts {
        if text.trim().is_empty()
            || (text.len() > limits.max_short_chars && text.chars().count() > limits.max_short_chars)
        {
            check_text(report, d, &format!("{name}[{i}]"), text, limits.max_short_chars);
        }
    }
}

fn check_date(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry) {
    match &entry.date {
        Some(date) => {
            if let Some(end) = &date.end {
                if end.last_day() < date.start.first_day() || end < &date.start {
                    error(
                        report,
                        d,
                        "date",
                        format!("la fin ({end}) précède le début ({})", date.start),
                        Some("inversez « start » et « end » ?".into()),
                    );
                }
            }
            if date.inferred && date.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                warning(
                    report,
                    d,
                    "date",
                    "date déduite sans note".into(),
                    Some("expliquez dans « note » comment la date a été déduite".into()),
                );
            }
        }
        None if matches!(entry.kind, Kind::Event | Kind::Interview) && !d.has_field("date") => {
            warning(
                report,
                d,
                "",
                "événement ou entretien sans date : il n'apparaîtra pas à sa place dans la frise".into(),
                Some("ajoutez \"date\": { \"start\": \"AAAA-MM-JJ\" }".into()),
            );
        }
        None => {}
    }
}

fn check_links(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry) {
    for (i, link) in entry.links.iter().enumerate() {
        if !is_safe_url(&link.url) {
            let shown: String = link.url.chars().take(60).collect();
            error(
                report,
                d,
                &format!("links[{i}]"),
                format!("adresse refusée « {shown} » : seuls http, https et mailto sont acceptés"),
                Some("écrivez une adresse complète, ex. https://cnnumerique.fr/".into()),
            );
        }
    }
}

fn check_call(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry, today: &PartialDate) {
    match (&entry.call, entry.kind) {
        (None, Kind::Call) => error(
            report,
            d,
            "",
            "un appel (« kind »: « call ») doit décrire « call »".into(),
            Some("ajoutez \"call\": { \"asks\", \"audience\", \"action\", \"action_label\" }".into()),
        ),
        (Some(_), kind) if kind != Kind::Call => error(
            report,
            d,
            "call",
            format!("« call » n'a de sens que pour « kind »: « call », pas « {} »", kind.slug()),
            None,
        ),
        (Some(call), _) => {
            if !is_safe_url(&call.action) {
                let shown: String = call.action.chars().take(60).collect();
                error(
                    report,
                    d,
                    "call",
                    format!("action refusée « {shown} » : seuls http, https et mailto sont acceptés"),
                    None,
                );
            } else if call.action.to_ascii_lowercase().starts_with("mailto:")
                && !call.action.to_ascii_lowercase().contains("subject=")
            {
                warning(
                    report,
                    d,
                    "call",
                    "le lien mailto n'a pas d'objet".into(),
                    Some("ajoutez ?subject=… pour que les réponses soient faciles à trier".into()),
                );
            }
            for (key, text) in [("call", &call.asks), ("call", &call.audience), ("call", &call.action_label)] {
                if text.trim().is_empty() {
                    error(
                        report,
                        d,
                        key,
                        "un texte de « call » est vide (asks, audience ou action_label)".into(),
                        None,
                    );
                }
            }
            if let (Some(opens), Some(closes)) = (&call.opens, &call.closes) {
                if closes.last_day() < opens.first_day() {
                    error(report, d, "call", format!("l'appel ferme ({closes}) avant d'ouvrir ({opens})"), None);
                }
            }
            let words = fold(&format!("{} {}", entry.title, call.asks));
            if call.status(today) == CallStatus::Closed
                && ["ouvert", "en cours", "jusqu"].iter().any(|w| words.contains(w))
            {
                warning(
                    report,
                    d,
                    "call",
                    "cet appel est clos mais son texte le dit encore ouvert".into(),
                    Some("mettez le texte au passé, ou repoussez « closes »".into()),
                );
            }
        }
        (None, _) => {}
    }
}

/// `verified` is the day a person last checked the entry against its source: a whole day, not
/// after the file's last edit (`updated`, the validator's today), and a warning once it is more
/// than a year older than that edit.
fn check_verified(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry, today: &PartialDate) {
    let Some(verified) = &entry.verified else {
        return;
    };
    if verified.precision() != Precision::Day {
        error(
            report,
            d,
            "verified",
            format!("« verified » ({verified}) doit donner le jour de la vérification"),
            Some("écrivez AAAA-MM-JJ, ex. \"verified\": \"2026-11-30\"".into()),
        );
    } else if verified > today {
        error(
            report,
            d,
            "verified",
            format!(
                "« verified » ({verified}) est postérieur à « updated » ({today}), le jour de la dernière modification"
            ),
            Some("corrigez la date, ou mettez « updated » à la date du jour".into()),
        );
    } else if verified.day_number() < (PartialDate { year: today.year - 1, ..*today }).day_number() {
        warning(
            report,
            d,
            "verified",
            format!("entrée vérifiée le {verified}, plus d'un an avant « updated » ({today})"),
            Some("relisez l'entrée d'après sa source, puis mettez « verified » à la date du jour".into()),
        );
    }
}

fn check_ids(report: &mut Report<'_>, decoded: &mut [DecodedEntry<'_>], entries: &[Option<Entry>]) {
    let mut first_seen: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, entry) in entries.iter().enumerate() {
        let Some(id) = entry.as_ref().map(|e| e.id.as_str()) else {
            continue;
        };
        match first_seen.get(&id) {
            Some(&first) => {
                let line = decoded
                    .get(first)
                    .map(|f| report.lines.line_column(report.lines.offset_of(f.start)).0)
                    .unwrap_or(0);
                if let Some(d) = decoded.get_mut(i) {
                    error(
                        report,
                        d,
                        "id",
                        format!("identifiant « {id} » déjà utilisé par entries[{first}] (ligne {line})"),
                        Some("chaque entrée a un identifiant unique".into()),
                    );
                }
            }
            None => {
                first_seen.insert(id, i);
            }
        }
    }
    let ids = first_seen;
    for (d, entry) in decoded.iter_mut().zip(entries) {
        let Some(entry) = entry else {
            continue;
        };
        for (i, target) in entry.related.iter().enumerate() {
            if target != &entry.id && ids.contains_key(target.as_str()) {
                continue;
            }
            let key = format!("related[{i}]");
            if target == &entry.id {
                warning(report, d, &key, "une entrée ne peut pas être liée à elle-même".into(), None);
            } else if !ids.contains_key(target.as_str()) {
                let hint = did_you_mean(target, ids.keys().copied()).map(|s| format!("vouliez-vous dire « {s} » ?"));
                error(report, d, &key, format!("« related » cite « {target} », qui n'existe pas"), hint);
            }
        }
        if let Some(target) = entry.call.as_ref().and_then(|c| c.initiative.as_ref()) {
            if !ids.contains_key(target.as_str()) {
                let hint = did_you_mean(target, ids.keys().copied()).map(|s| format!("vouliez-vous dire « {s} » ?"));
                error(report, d, "call", format!("« call.initiative » cite « {target} », qui n'existe pas"), hint);
            }
        }
    }
}
