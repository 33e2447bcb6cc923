//! A problem found in a dataset, located for a person to fix.

use std::fmt;

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
    /// What is wrong, in French.
    pub message: String,
    /// How to fix it ("vouliez-vous dire « event » ?"), when we can tell.
    pub hint: Option<String>,
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
}

impl fmt::Display for Diagnostic {
    /// `12:5: erreur: entries[3].date.start: … (aide : …)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "erreur",
            Severity::Warning => "avertissement",
        };
        write!(f, "{}:{}: {level}: ", self.line, self.column)?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        Ok(())
    }
}
