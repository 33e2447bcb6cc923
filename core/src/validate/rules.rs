//! Rules that need the typed entry or the whole dataset: sizes, dates, links, ids, calls.

use rustc_hash::FxHashMap;

use super::entry_decoder::DecodedEntry;
use super::report::Report;
use super::{did_you_mean, Limits, Problem, Severity};
use crate::model::{is_safe_url, CallStatus, Entry, Kind, OffEarth, PartialDate, Precision};
use crate::search::fold;

/// Checks each entry and the links between them, and returns the valid entries in file order.
/// `entries` runs beside `decoded` (same index), so that the result reuses its memory: at
/// 100,000 entries a second array of entries would cost tens of megabytes.
pub fn check_dataset(
    report: &mut Report<'_>,
    mut decoded: Vec<DecodedEntry<'_>>,
    entries: Vec<Option<Entry>>,
    today: &PartialDate,
    as_of: Option<PartialDate>,
) -> Vec<Entry> {
    let limits = Limits::default();
    for (d, entry) in decoded.iter_mut().zip(&entries) {
        if let Some(entry) = entry {
            // A call's state is judged on the day of the check, like `verified` below.
            check_entry(report, d, entry, &limits, &as_of.unwrap_or(*today));
            check_verified(report, d, entry, today, as_of);
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

fn error(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, key: &str, problem: Problem) {
    let (at, path) = (d.span(key), d.path(key));
    report.at_slice(Severity::Error, at, &path, problem, &d.entry_ref());
    d.valid = false;
}

fn warning(report: &mut Report<'_>, d: &DecodedEntry<'_>, key: &str, problem: Problem) {
    report.at_slice(Severity::Warning, d.span(key), &d.path(key), problem, &d.entry_ref());
}

fn check_text(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, key: &str, text: &str, max: usize) {
    if text.trim().is_empty() {
        error(report, d, key, Problem::EmptyText { field: key.into() });
    }
    // A text has at least as many bytes as characters: most need no counting.
    let length = if text.len() <= max { text.len() } else { text.chars().count() };
    if length > max {
        error(report, d, key, Problem::TextTooLong { field: key.into(), length, max });
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
        error(report, d, "id", Problem::InvalidId { id: entry.id.chars().take(60).collect() });
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
    if let Some(c) = entry.place.as_ref().and_then(|p| p.coordinates) {
        // Written out only for a problem: this runs for every entry with coordinates.
        let (lat, lon) = (|| c.lat.to_string(), || c.lon.to_string());
        if let Some(off) = c.problem() {
            let swapped = off == OffEarth::Swapped;
            error(report, d, "place", Problem::ImpossibleCoordinates { lat: lat(), lon: lon(), swapped });
        } else if c.seems_swapped() {
            warning(report, d, "place", Problem::SwappedCoordinates { lat: lat(), lon: lon() });
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
            error(report, d, key, Problem::TooManyItems { field: key.into(), count, max: limits.max_list_items });
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
                    error(report, d, "date", Problem::EndBeforeStart { start: date.start, end: *end });
                }
            }
            if date.inferred && date.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                warning(report, d, "date", Problem::InferredDateWithoutNote);
            }
        }
        None if matches!(entry.kind, Kind::Event | Kind::Interview) && !d.has_field("date") => {
            warning(report, d, "", Problem::UndatedEvent);
        }
        None => {}
    }
}

fn check_links(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry) {
    for (i, link) in entry.links.iter().enumerate() {
        if !is_safe_url(&link.url) {
            let url = link.url.chars().take(60).collect();
            error(report, d, &format!("links[{i}]"), Problem::UnsafeLink { url });
        }
    }
}

fn check_call(report: &mut Report<'_>, d: &mut DecodedEntry<'_>, entry: &Entry, today: &PartialDate) {
    match (&entry.call, entry.kind) {
        (None, Kind::Call) => error(report, d, "", Problem::CallWithoutDetails),
        (Some(_), kind) if kind != Kind::Call => error(report, d, "call", Problem::CallOnOtherKind { kind }),
        (Some(call), _) => {
            if !is_safe_url(&call.action) {
                let url = call.action.chars().take(60).collect();
                error(report, d, "call", Problem::UnsafeAction { url });
            } else if call.action.to_ascii_lowercase().starts_with("mailto:")
                && !call.action.to_ascii_lowercase().contains("subject=")
            {
                warning(report, d, "call", Problem::MailtoWithoutSubject);
            }
            for (key, text) in [("call", &call.asks), ("call", &call.audience), ("call", &call.action_label)] {
                if text.trim().is_empty() {
                    error(report, d, key, Problem::EmptyCallText);
                }
            }
            if let (Some(opens), Some(closes)) = (&call.opens, &call.closes) {
                if closes.last_day() < opens.first_day() {
                    error(report, d, "call", Problem::CallClosesBeforeOpening { opens: *opens, closes: *closes });
                }
            }
            let words = fold(&format!("{} {}", entry.title, call.asks));
            if call.status(today) == CallStatus::Closed
                && ["ouvert", "en cours", "jusqu"].iter().any(|w| words.contains(w))
            {
                warning(report, d, "call", Problem::ClosedCallSaysOpen);
            }
        }
        (None, _) => {}
    }
}

/// `verified` is the day a person last checked the entry against its source: a whole day, not
/// after the file's last edit (`updated`, the validator's today), and a warning once it is more
/// than a year before `as_of` (the day of the check; `None`: `updated`).
fn check_verified(
    report: &mut Report<'_>,
    d: &mut DecodedEntry<'_>,
    entry: &Entry,
    updated: &PartialDate,
    as_of: Option<PartialDate>,
) {
    let Some(verified) = entry.verified else {
        return;
    };
    let (today, against) = (as_of.is_some(), as_of.unwrap_or(*updated));
    if verified.precision() != Precision::Day {
        error(report, d, "verified", Problem::VerifiedNotADay { verified });
    } else if verified > *updated {
        error(report, d, "verified", Problem::VerifiedAfterUpdated { verified, updated: *updated });
    } else if verified.day_number() < (PartialDate { year: against.year - 1, ..against }).day_number() {
        warning(report, d, "verified", Problem::VerifiedLongAgo { verified, as_of: against, today });
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
                    error(report, d, "id", Problem::DuplicateId { id: id.to_string(), first, line });
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
                warning(report, d, &key, Problem::RelatedToItself);
            } else if !ids.contains_key(target.as_str()) {
                let closest = did_you_mean(target, ids.keys().copied()).map(str::to_string);
                error(report, d, &key, Problem::MissingTarget { field: "related", target: target.clone(), closest });
            }
        }
        if let Some(target) = entry.call.as_ref().and_then(|c| c.initiative.as_ref()) {
            if !ids.contains_key(target.as_str()) {
                let closest = did_you_mean(target, ids.keys().copied()).map(str::to_string);
                let problem = Problem::MissingTarget { field: "call.initiative", target: target.clone(), closest };
                error(report, d, "call", problem);
            }
        }
    }
}
