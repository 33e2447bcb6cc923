//! Collects diagnostics and locates them in the source text.

use super::{Diagnostic, LineIndex, Problem, Severity};

/// Which entry a diagnostic concerns.
#[derive(Clone, Debug, Default)]
pub struct EntryRef {
    /// Index in `entries`.
    pub index: Option<usize>,
    /// Its id, when readable.
    pub id: Option<String>,
}

/// Every diagnostic found so far, with what is needed to locate new ones.
pub struct Report<'a> {
    /// Line index of the whole text.
    pub lines: LineIndex<'a>,
    /// Everything found so far.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Report<'a> {
    /// An empty report over `text`.
    pub fn new(text: &'a str) -> Self {
        Report { lines: LineIndex::new(text), diagnostics: Vec::new() }
    }

    /// Records a problem at the start of `at` (a slice of the text).
    pub fn at_slice(&mut self, severity: Severity, at: &str, path: &str, problem: Problem, entry: &EntryRef) {
        let offset = self.lines.offset_of(at);
        self.at_offset(severity, offset, path, problem, entry);
    }

    /// Records a problem at a byte offset.
    pub fn at_offset(&mut self, severity: Severity, offset: usize, path: &str, problem: Problem, entry: &EntryRef) {
        let (line, column) = self.lines.line_column(offset);
        self.diagnostics.push(Diagnostic {
            severity,
            path: path.to_string(),
            line,
            column,
            problem,
            entry_index: entry.index,
            entry_id: entry.id.clone(),
        });
    }

    /// Decodes `raw` (a slice of the text) as `T`; on failure records a located error under
    /// `path` and returns `None`.
    pub fn decode<T: serde::Deserialize<'a>>(&mut self, raw: &'a str, path: &str, entry: &EntryRef) -> Option<T> {
        let mut deserializer = serde_json::Deserializer::from_str(raw);
        match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Ok(value) => Some(value),
            Err(error) => {
                let inner = error.path().to_string();
                let error = error.into_inner();
                let offset = self.lines.offset_in(raw, error.line(), error.column());
                let problem = Problem::Serde(without_position(&error));
                let full = join_path(path, &inner);
                self.at_offset(Severity::Error, offset, &full, problem, entry);
                None
            }
        }
    }
}

/// serde_json's message without its trailing " at line L column C".
pub fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rsplit_once(" at line ") {
        Some((message, _)) => message.to_string(),
        None => text,
    }
}

/// Joins a base JSON path and a serde_path_to_error path (`.` for the root, `a.b`, `a[0].b`).
pub fn join_path(base: &str, inner: &str) -> String {
    if inner == "." || inner.is_empty() {
        return base.to_string();
    }
    if base.is_empty() {
        return inner.to_string();
    }
    if inner.starts_with('[') {
        format!("{base}{inner}")
    } else {
        format!("{base}.{inner}")
    }
}
