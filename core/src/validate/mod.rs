//! Loads a dataset from JSON text, keeping every valid entry and locating every problem.
//!
//! `cargo xtask check-data` and the app's contributor page call the same [`load_as_of`], with
//! today's date, so a contributor sees the same messages in both; the app reads its data with
//! [`load`], which depends on the text alone.

mod diagnostic;
mod entry_decoder;
mod fields;
mod limits;
mod position;
mod report;
mod rules;
pub(crate) mod wording;

pub use crate::text::problems::{JsonType, Problem, Syntax};
pub use diagnostic::{Diagnostic, Severity};
pub use limits::Limits;
pub use position::LineIndex;
pub use wording::did_you_mean;

use serde_json::value::RawValue;

use crate::model::{Dataset, PartialDate};
use fields::ObjectFields;
use report::{EntryRef, Report};

/// What [`load`] made of a text: the usable dataset (if the file could be read at all)
/// and every problem found, errors and warnings, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The dataset with only its valid entries; `None` when the file is not a dataset at all.
    pub dataset: Option<Dataset>,
    /// Every problem, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// How many entries the file holds, valid or not.
    pub total_entries: usize,
    /// The day each `verified` and each call's state were judged against, as given to
    /// [`load_as_of`] (`None`: the file's `updated`); wording these diagnostics again takes the
    /// same day.
    pub as_of: Option<PartialDate>,
}

impl Loaded {
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }

    /// Indexes of the entries that were skipped, each with its id (when readable) and the
    /// positions of its errors in [`Loaded::diagnostics`].
    pub fn skipped(&self) -> Vec<(usize, Option<String>, Vec<usize>)> {
        let mut skipped: Vec<(usize, Option<String>, Vec<usize>)> = Vec::new();
        // Where each entry sits in `skipped`: a file with tens of thousands of bad entries is
        // grouped in one pass, not one scan of the list per error.
        let mut position: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
        for (at, d) in self.diagnostics.iter().enumerate().filter(|(_, d)| d.is_error()) {
            let Some(index) = d.entry_index else { continue };
            match position.get(&index).and_then(|&slot| skipped.get_mut(slot)) {
                Some((_, id, list)) => {
                    if id.is_none() {
                        id.clone_from(&d.entry_id);
                    }
                    list.push(at);
                }
                None => {
                    position.insert(index, skipped.len());
                    skipped.push((index, d.entry_id.clone(), vec![at]));
                }
            }
        }
        crate::sort::sort_by_key(&mut skipped, |(i, _, _)| *i);
        skipped
    }
}

/// Loads with the default [`Limits`], as of the file's `updated` (see [`load_as_of`]).
pub fn load(text: &str) -> Loaded {
    load_with(text, &Limits::default())
}

/// Loads with the default [`Limits`], judging how old each entry's `verified` is, and whether a
/// call has closed, against `as_of` (today, for `cargo xtask check-data` and the contributor
/// page); `None` judges them against the file's `updated`, so that the result depends on the
/// text alone. `verified` after `updated` is an error either way.
pub fn load_as_of(text: &str, as_of: Option<PartialDate>) -> Loaded {
    read(text, &Limits::default(), as_of)
}

/// Reads `text` as a dataset: every problem is reported, one bad entry never hides the others.
pub fn load_with(text: &str, limits: &Limits) -> Loaded {
    read(text, limits, None)
}

/// [`load_with`], with `verified` and calls judged as of `as_of` (`None`: the file's `updated`).
fn read(text: &str, limits: &Limits, as_of: Option<PartialDate>) -> Loaded {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut report = Report::new(text);
    let none = EntryRef::default();
    let fail = |report: Report<'_>| Loaded { dataset: None, diagnostics: report.diagnostics, total_entries: 0, as_of };

    if text.len() > limits.max_file_bytes {
        let problem =
            Problem::FileTooBig { megabytes: text.len() / 1_000_000, limit: limits.max_file_bytes / 1_000_000 };
        report.at_offset(Severity::Error, 0, "", problem, &none);
        return fail(report);
    }
    if text.trim().is_empty() {
        report.at_offset(Severity::Error, 0, "", Problem::EmptyFile, &none);
        return fail(report);
    }
    let fast = serde_json::from_str::<WellFormed<'_>>(text).ok().filter(|top| top.entries.len() <= limits.max_entries);
    let top = match fast {
        Some(top) => TopLevel {
            schema: top.schema,
            version: Some(top.version),
            updated: Some(top.updated),
            raw_entries: top.entries,
        },
        None => match read_top_level(text, &mut report, limits) {
            Some(top) => top,
            None => return fail(report),
        },
    };
    let TopLevel { schema, version, updated, raw_entries } = top;
    let today = updated.unwrap_or(PartialDate { year: 1970, month: Some(1), day: Some(1) });
    let total_entries = raw_entries.len();
    let (decoded, entries): (Vec<_>, Vec<_>) = raw_entries
        .into_iter()
        .enumerate()
        .map(|(index, raw)| entry_decoder::decode_entry(&mut report, index, raw.get(), limits))
        .unzip();
    let entries = rules::check_dataset(&mut report, decoded, entries, &today, as_of);
    let mut diagnostics = report.diagnostics;
    crate::sort::sort_by_key(&mut diagnostics, |d| (d.line, d.column));
    let dataset = Dataset { schema, version: version.unwrap_or_else(|| "?".into()), updated: today, entries };
    Loaded { dataset: Some(dataset), diagnostics, total_entries, as_of }
}

/// The top-level object as a well-formed file has it, read in one pass that also splits the
/// entries (every field known, none twice, none null). Anything else goes through
/// [`read_top_level`], which locates each problem.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WellFormed<'a> {
    #[serde(rename = "$schema", default, deserialize_with = "crate::model::present")]
    schema: Option<String>,
    version: String,
    updated: PartialDate,
    #[serde(borrow)]
    entries: Vec<&'a RawValue>,
}

/// What the top-level object gives: its fields, and each entry as raw text.
struct TopLevel<'a> {
    schema: Option<String>,
    version: Option<String>,
    updated: Option<PartialDate>,
    raw_entries: Vec<&'a RawValue>,
}

/// Reads the top-level object field by field, reporting every problem; `None` when the file
/// cannot be a dataset at all.
fn read_top_level<'a>(text: &'a str, report: &mut Report<'a>, limits: &Limits) -> Option<TopLevel<'a>> {
    let none = EntryRef::default();
    // One pass reads the top-level object; its raw values are checked for syntax on the way,
    // so a broken comma anywhere is reported here, where it is.
    let top: ObjectFields<'_> = match serde_json::from_str(text) {
        Ok(fields) => fields,
        Err(error) if error.classify() == serde_json::error::Category::Data => {
            report.at_offset(Severity::Error, 0, "", Problem::FileNotAnObject, &none);
            return None;
        }
        Err(error) => {
            let offset = report.lines.offset_in(text, error.line(), error.column());
            let slip = wording::comma_problem(text, offset)
                .unwrap_or_else(|| Problem::Serde(report::without_position(&error)));
            report.at_offset(Severity::Error, offset, "", Problem::InvalidJson(Box::new(slip)), &none);
            return None;
        }
    };
    for (name, raw) in top.duplicates() {
        report.at_slice(Severity::Error, raw.get(), name, Problem::DuplicateField { field: name.into() }, &none);
    }
    let known = ["$schema", "version", "updated", "entries"];
    for (name, raw) in &top.pairs {
        if !known.contains(&name.as_ref()) {
            let closest = did_you_mean(name, known).map(str::to_string);
            let problem =
                Problem::UnknownField { field: name.to_string(), ignored: true, closest, choices: String::new() };
            report.at_slice(Severity::Warning, raw.get(), name, problem, &none);
        }
    }
    let schema = top.get("$schema").and_then(|raw| report.decode::<String>(raw.get(), "$schema", &none));
    let version = match top.get("version") {
        Some(raw) => report.decode::<String>(raw.get(), "version", &none),
        None => {
            report.at_offset(Severity::Error, 0, "version", Problem::MissingTopField("version"), &none);
            None
        }
    };
    let updated = match top.get("updated") {
        Some(raw) => report.decode::<PartialDate>(raw.get(), "updated", &none),
        None => {
            report.at_offset(Severity::Error, 0, "updated", Problem::MissingTopField("updated"), &none);
            None
        }
    };
    let Some(entries_raw) = top.get("entries") else {
        report.at_offset(Severity::Error, 0, "entries", Problem::MissingTopField("entries"), &none);
        return None;
    };
    let raw_entries = report.decode::<Vec<&RawValue>>(entries_raw.get(), "entries", &none)?;
    if raw_entries.len() > limits.max_entries {
        let problem = Problem::TooManyEntries { count: raw_entries.len(), limit: limits.max_entries };
        report.at_slice(Severity::Error, entries_raw.get(), "entries", problem, &none);
        return None;
    }
    Some(TopLevel { schema, version, updated, raw_entries })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;

    fn entry(i: usize, kind: &str) -> String {
        format!(r#"{{"id":"e-{i}","kind":"{kind}","title":"T {i}","summary":"S","pillar":"contribuer"}}"#)
    }

    #[test]
    fn skipped_groups_each_bad_entry_with_its_errors_in_file_order() {
        // Every third entry has an unknown kind; entry 4 also lacks its title and summary.
        let mut entries: Vec<String> = (0..3000).map(|i| entry(i, if i % 3 == 1 { "evnt" } else { "event" })).collect();
        entries[4] = r#"{"id":"e-4","kind":"evnt","pillar":"contribuer"}"#.into();
        let text = format!(r#"{{"version":"1","updated":"2024-01-01","entries":[{}]}}"#, entries.join(",\n"));
        let loaded = load(&text);
        let skipped = loaded.skipped();
        assert_eq!(skipped.len(), 1000);
        assert_eq!(loaded.dataset.as_ref().map(|d| d.entries.len()), Some(2000));
        assert!(skipped.windows(2).all(|w| w[0].0 < w[1].0), "in file order");
        let (index, id, errors) = &skipped[1];
        assert_eq!((*index, id.as_deref()), (4, Some("e-4")));
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors
            .iter()
            .all(|&at| loaded.diagnostics[at].is_error() && loaded.diagnostics[at].entry_index == Some(4)));
        assert!(skipped.iter().all(|(i, id, _)| i % 3 == 1 && id.as_deref() == Some(format!("e-{i}").as_str())));
    }

    /// A file `updated` on `updated` with one entry `verified` on `verified`.
    fn verified_on(updated: &str, verified: &str) -> String {
        format!(
            r#"{{"version":"1","updated":"{updated}","entries":[
            {{"id":"a","kind":"initiative","title":"T","summary":"S","pillar":"contribuer","verified":"{verified}"}}]}}"#
        )
    }

    fn day(text: &str) -> Option<PartialDate> {
        PartialDate::parse(text).ok()
    }

    /// Issue #24: "entries not verified for over a year are flagged by `check-data`": the year
    /// runs to the day of the check, not to the file's last edit.
    #[test]
    fn an_entry_verified_two_years_before_the_day_of_the_check_is_flagged_however_recent_updated_is() {
        let today = day("2026-11-30");
        // Edited a month ago; verified two years before today, but under a year before the edit.
        let text = verified_on("2025-11-01", "2024-11-29");
        let loaded = load_as_of(&text, today);
        assert_eq!((loaded.error_count(), loaded.warning_count()), (0, 1), "{:?}", loaded.diagnostics);
        let warning = &loaded.diagnostics[0];
        assert_eq!(warning.path, "entries[0].verified");
        assert_eq!(
            warning.message(crate::display::Lang::Fr),
            "entrée vérifiée le 2024-11-29, il y a plus de 2 ans (nous sommes le 2026-11-30)"
        );
        assert_eq!(load(&text).diagnostics, [], "as of `updated`, the same entry is fresh");
        // Edited yesterday; verified two years before: flagged both ways.
        let text = verified_on("2026-11-29", "2024-11-29");
        assert_eq!(load_as_of(&text, today).warning_count(), 1);
        assert_eq!(load(&text).warning_count(), 1);
    }

    /// A call that closed in June, whose text still says "ouvert", in a file last edited in March.
    fn call_open_until_june(updated: &str) -> String {
        format!(
            r#"{{"version":"1","updated":"{updated}","entries":[
            {{"id":"a","kind":"call","title":"Appel ouvert","summary":"S","pillar":"contribuer","call":{{
            "asks":"A","audience":"B","action":"https://example.org/","action_label":"C","closes":"2026-06-30"}}}}]}}"#
        )
    }

    /// "This call is closed but its text still says it is open" is judged on the day of the
    /// check, as `verified` is: the file edited while the call ran raises it once it has closed.
    #[test]
    fn a_call_that_closed_since_the_last_edit_is_flagged_on_the_day_of_the_check() {
        let text = call_open_until_june("2026-03-01");
        let closed =
            |loaded: &Loaded| loaded.diagnostics.iter().filter(|d| d.problem == Problem::ClosedCallSaysOpen).count();
        assert_eq!(closed(&load(&text)), 0, "as of `updated`, the call is open");
        assert_eq!(closed(&load_as_of(&text, day("2026-11-30"))), 1);
        assert_eq!(closed(&load_as_of(&text, day("2026-04-15"))), 0);
    }

    #[test]
    fn an_entry_verified_within_a_year_of_the_day_of_the_check_is_not_flagged() {
        let today = day("2026-11-30");
        for (updated, verified) in
            [("2026-11-29", "2026-06-01"), ("2025-12-01", "2025-11-30"), ("2026-11-30", "2026-11-30")]
        {
            let loaded = load_as_of(&verified_on(updated, verified), today);
            assert_eq!(loaded.diagnostics, [], "updated {updated}, verified {verified}");
        }
        // After `updated` is an error whatever the day of the check.
        let loaded = load_as_of(&verified_on("2026-01-01", "2026-02-01"), today);
        assert_eq!((loaded.error_count(), loaded.warning_count()), (1, 0), "{:?}", loaded.diagnostics);
    }
}
