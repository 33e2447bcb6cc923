//! A problem found in a dataset, located for a person to fix.

use std::fmt;

use super::Problem;
use crate::display::Lang;

/// Whether a problem stops the entry (or file) from being used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The entry (or the whole file) cannot be used until it is fixed.
    Error,
    /// Worth a look; nothing is skipped.
    Warning,
}

/// One problem: where it is (JSON path, line, column), what is wrong, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// JSON path such as `entries[3].date.start` (empty for the whole file).
    pub path: String,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong, with what it takes to say it, and how to fix it, in either language.
    pub problem: Problem,
    /// Index of the entry concerned in `entries`, if any.
    pub entry_index: Option<usize>,
    /// Id of the entry concerned, when it could be read.
    pub entry_id: Option<String>,
}

impl Diagnostic {
    /// True for an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.problem.message(lang)
    }

    /// How to fix it ("did you mean \"event\"?"), in `lang`, when we can tell.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        self.problem.hint(lang)
    }

    /// The whole problem on one line, in `lang`: `12:5: error: entries[3].date.start: … (…)`,
    /// the hint in brackets; in French `erreur` and `avertissement`.
    pub fn located(&self, lang: Lang) -> String {
        let level = match (self.severity, lang) {
            (Severity::Error, Lang::Fr) => "erreur",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::Fr) => "avertissement",
            (Severity::Warning, Lang::En) => "warning",
        };
        let path = if self.path.is_empty() { String::new() } else { format!("{}: ", self.path) };
        let (message, hint) = (self.message(lang), self.hint(lang));
        let hint = hint.map(|hint| format!(" ({hint})")).unwrap_or_default();
        format!("{}:{}: {level}: {path}{message}{hint}", self.line, self.column)
    }
}

impl fmt::Display for Diagnostic {
    /// In French: `12:5: erreur: entries[3].date.start: … (…)`. See [`Diagnostic::located`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located(Lang::Fr))
    }
}
