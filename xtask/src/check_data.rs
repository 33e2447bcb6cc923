//! `cargo xtask check-data [FILE]`: every problem of a dataset, located, in French.

use std::process::ExitCode;

use communs_core::count::{counted, number};
use communs_core::display::Lang;
use communs_core::load;
use communs_core::validate::LineIndex;

/// The shipped dataset.
pub const DEFAULT_DATASET: &str = "public/data/commons.json";

/// Validates `file` and prints one line per problem; exit 1 on any error.
pub fn run(file: Option<&str>) -> ExitCode {
    let path = file.unwrap_or(DEFAULT_DATASET);
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{path}: erreur: impossible de lire le fichier ({error})");
            return ExitCode::FAILURE;
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = bytes.get(..error.valid_up_to()).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default();
            let (line, column) = LineIndex::new(valid).line_column(valid.len());
            eprintln!("{path}:{line}:{column}: erreur: le fichier n'est pas du texte UTF-8 (octet invalide) (enregistrez-le en UTF-8)");
            return ExitCode::FAILURE;
        }
    };
    let loaded = load(text);
    for diagnostic in &loaded.diagnostics {
        eprintln!("{path}:{diagnostic}");
    }
    let errors = loaded.error_count();
    let warnings = loaded.warning_count();
    let valid = loaded.dataset.as_ref().map(|d| d.entries.len()).unwrap_or(0);
    let fr = |n, one, many| counted(n, Lang::Fr, one, many);
    eprintln!(
        "{path}: {} sur {}, {}, {}",
        fr(valid, "entrée valide", "entrées valides"),
        number(loaded.total_entries, Lang::Fr),
        fr(errors, "erreur", "erreurs"),
        fr(warnings, "avertissement", "avertissements"),
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
