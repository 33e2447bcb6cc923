//! The messages between the page and its worker (the exporter module). Each message is an
//! array whose first part is a typed header, as JSON, then the bulk that does not go through
//! JSON (the dataset's source on the way in, a file's bytes or the problems' sentences on the
//! way out): bytes are transferred without a copy, and the page's module needs no JSON reader
//! for lists.
//!
//! Besides files, the worker words the validator's problems: the page locates them itself, and
//! asks the worker for their sentences, so that the page's module carries none of them.

use serde::{Deserialize, Serialize};

use super::ExportJob;
use crate::display::Lang;
use crate::model::PartialDate;
use crate::validate::load_as_of;

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WorkerTask {
    /// Build a file.
    Export(ExportJob),
    /// Word the problems at `positions` of the source's diagnostics, as
    /// [`crate::validate::load_as_of`] lists them with `as_of`: the page's own check.
    Word {
        /// Positions in the diagnostics.
        positions: Vec<usize>,
        /// The day `verified` dates were judged against (`None`: the file's `updated`).
        as_of: Option<PartialDate>,
    },
}

/// A task, and the language to answer in. The dataset's source follows it, as text or as
/// UTF-8 bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkerRequest {
    /// What to do.
    pub task: WorkerTask,
    /// The interface's language.
    pub lang: Lang,
}

/// One problem's sentences (sent after a [`WorkerReply::Worded`] header as an array of
/// `[message, hint]` pairs, the hint `undefined` when there is none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordedProblem {
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is something to say.
    pub hint: Option<String>,
}

/// What the worker says. Externally tagged (`"Ready"`, `{"Failed":{…}}`): reading it needs
/// none of serde's buffering of internally tagged enums, which would weigh on the page's wasm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkerReply {
    /// Started and listening: a request sent before this would be lost.
    Ready,
    /// The file is built; its UTF-8 bytes follow the header.
    Built,
    /// The problems asked for follow, in the order asked (a position past the end is left
    /// out), as [`WordedProblem`]s.
    Worded,
    /// The task failed, for this reason, in the request's language.
    Failed {
        /// Why, for the visitor.
        message: String,
    },
}

impl WorkerRequest {
    /// The header as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a header; `None` when it is not a request.
    pub fn from_json(text: &str) -> Option<WorkerRequest> {
        serde_json::from_str(text).ok()
    }
}

impl WorkerReply {
    /// The header as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a header; `None` when it is not a reply.
    pub fn from_json(text: &str) -> Option<WorkerReply> {
        serde_json::from_str(text).ok()
    }
}

/// The sentences of the problems at `positions` among those the validator finds in `source`
/// as of `as_of` (see [`load_as_of`]).
pub fn word_problems(source: &str, positions: &[usize], as_of: Option<PartialDate>, lang: Lang) -> Vec<WordedProblem> {
    let loaded = load_as_of(source, as_of);
    positions
        .iter()
        .filter_map(|&at| loaded.diagnostics.get(at))
        .map(|d| WordedProblem { message: d.message(lang), hint: d.hint(lang) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_read_back() {
        let request =
            WorkerRequest { task: WorkerTask::Export(ExportJob::Csv { ids: vec!["a".into()] }), lang: Lang::En };
        assert_eq!(WorkerRequest::from_json(&request.to_json()), Some(request));
        for as_of in [None, PartialDate::day(2026, 11, 30).ok()] {
            let request = WorkerRequest { task: WorkerTask::Word { positions: vec![0, 3], as_of }, lang: Lang::Fr };
            assert_eq!(WorkerRequest::from_json(&request.to_json()), Some(request));
        }
        for reply in [
            WorkerReply::Ready,
            WorkerReply::Built,
            WorkerReply::Worded,
            WorkerReply::Failed { message: "rien".into() },
        ] {
            assert_eq!(WorkerReply::from_json(&reply.to_json()), Some(reply));
        }
        assert_eq!(WorkerReply::Ready.to_json(), r#""Ready""#);
        assert_eq!(WorkerRequest::from_json("[true, 1]"), None);
    }

    #[test]
    fn problems_are_worded_in_the_language_asked_in_the_order_asked() {
        let source = r#"{"version":"1","updated":"2024-01-01","entries":[
            {"id":"a","kind":"evnt","title":"T","summary":"S","pillar":"contribuer"},
            {"id":"b","kind":"initiative","title":"T","summary":"S","pillar":"contribuer","colour":"red"}]}"#;
        let loaded = crate::validate::load(source);
        assert!(loaded.diagnostics.len() >= 2, "{:?}", loaded.diagnostics);
        let french = word_problems(source, &[1, 0, 99], None, Lang::Fr);
        assert_eq!(french.len(), 2, "a position past the end is left out");
        assert_eq!(french[0].message, loaded.diagnostics[1].message(Lang::Fr));
        assert_eq!(french[1].message, loaded.diagnostics[0].message(Lang::Fr));
        assert!(french[1].message.contains("valeur inconnue « evnt »"), "{french:?}");
        let english = word_problems(source, &[0], None, Lang::En);
        assert!(english[0].message.contains("unknown value"), "{english:?}");
        assert_eq!(english[0].hint, loaded.diagnostics[0].hint(Lang::En));
    }

    /// The page checks a pasted file as of the visitor's today; the worker words the same list,
    /// where a stale `verified` comes first and moves every later problem one place down.
    #[test]
    fn problems_are_worded_as_of_the_day_the_page_checked_them() {
        let source = r#"{"version":"1","updated":"2025-06-01","entries":[
            {"id":"a","kind":"initiative","title":"T","summary":"S","pillar":"contribuer","verified":"2025-01-01"},
            {"id":"b","kind":"evnt","title":"T","summary":"S","pillar":"contribuer"}]}"#;
        let today = PartialDate::day(2026, 11, 30).ok();
        let checked = load_as_of(source, today);
        assert_eq!(checked.diagnostics.len(), 2, "{:?}", checked.diagnostics);
        let worded = word_problems(source, &[0, 1], today, Lang::En);
        let expected: Vec<String> = checked.diagnostics.iter().map(|d| d.message(Lang::En)).collect();
        assert_eq!(worded.iter().map(|w| w.message.clone()).collect::<Vec<_>>(), expected);
        assert!(worded[0].message.contains("ago (today is 2026-11-30)"), "{worded:?}");
        let as_of_updated = word_problems(source, &[0], None, Lang::En);
        assert!(as_of_updated[0].message.contains("unknown value"), "{as_of_updated:?}");
    }
}
