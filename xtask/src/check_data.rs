//! `cargo xtask check-data [FILE] [--lang fr|en]`: every problem of a dataset, located, in
//! French (the default) or English.

use std::process::ExitCode;

use communs_core::count::{counted, number};
use communs_core::display::Lang;
use communs_core::load;
use communs_core::validate::LineIndex;

/// The shipped dataset.
pub const DEFAULT_DATASET: &str = communs_core::publication::SOURCE_DATASET_PATH;

/// Reads `[FILE] [--lang fr|en]`, validates the file and prints one line per problem; exit 1
/// on any error.
pub fn run(args: &[String]) -> ExitCode {
    let (file, lang) = match parse(args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("xtask: check-data: {message}");
            return ExitCode::FAILURE;
        }
    };
    let path = file.unwrap_or(DEFAULT_DATASET);
    let (lines, clean) = match std::fs::read(path) {
        Ok(bytes) => check(path, &bytes, lang),
        Err(error) => {
            let line = match lang {
                Lang::Fr => format!("{path}: erreur: impossible de lire le fichier ({error})"),
                Lang::En => format!("{path}: error: cannot read the file ({error})"),
            };
            (vec![line], false)
        }
    };
    for line in lines {
        eprintln!("{line}");
    }
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `[FILE] [--lang fr|en]`, in any order.
fn parse(args: &[String]) -> Result<(Option<&str>, Lang), String> {
    let (mut file, mut lang) = (None, Lang::Fr);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let tag = args.next().ok_or("`--lang` needs a value (--lang fr|en)")?;
                lang = Lang::from_tag(tag).ok_or_else(|| format!("`--lang {tag}`: expected fr or en"))?;
            }
            other if other.starts_with('-') => return Err(format!("unknown option `{other}` (expected --lang fr|en)")),
            other if file.is_none() => file = Some(other),
            other => {
                return Err(format!("one dataset at a time: `{other}` comes after `{}`", file.unwrap_or_default()))
            }
        }
    }
    Ok((file, lang))
}

/// The lines to print for the file `path`, which holds `bytes`: one per problem, then a summary;
/// and whether the file has no error.
fn check(path: &str, bytes: &[u8], lang: Lang) -> (Vec<String>, bool) {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = bytes.get(..error.valid_up_to()).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or_default();
            let (line, column) = LineIndex::new(valid).line_column(valid.len());
            let problem = match lang {
                Lang::Fr => "erreur: le fichier n'est pas du texte UTF-8 (octet invalide) (enregistrez-le en UTF-8)",
                Lang::En => "error: the file is not UTF-8 text (invalid byte) (save it as UTF-8)",
            };
            return (vec![format!("{path}:{line}:{column}: {problem}")], false);
        }
    };
    let loaded = load(text);
    let mut lines: Vec<String> = loaded.diagnostics.iter().map(|d| format!("{path}:{}", d.located(lang))).collect();
    let errors = loaded.error_count();
    let warnings = loaded.warning_count();
    let valid = loaded.dataset.as_ref().map(|d| d.entries.len()).unwrap_or(0);
    let total = number(loaded.total_entries, lang);
    lines.push(match lang {
        Lang::Fr => format!(
            "{path}: {} sur {total}, {}, {}",
            counted(valid, lang, "entrée valide", "entrées valides"),
            counted(errors, lang, "erreur", "erreurs"),
            counted(warnings, lang, "avertissement", "avertissements"),
        ),
        Lang::En => format!(
            "{path}: {} of {total}, {}, {}",
            counted(valid, lang, "valid entry", "valid entries"),
            counted(errors, lang, "error", "errors"),
            counted(warnings, lang, "warning", "warnings"),
        ),
    });
    (lines, errors == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dataset with one good entry, one with an unknown kind and one with a doubtful date.
    const DATASET: &str = r#"{
  "version": "1",
  "updated": "2024-04-10",
  "entries": [
    { "id": "a", "kind": "initiative", "title": "A", "summary": "S", "pillar": "contribuer" },
    { "id": "b", "kind": "evnt", "title": "B", "summary": "S", "pillar": "contribuer" },
    { "id": "c", "kind": "initiative", "title": "C", "summary": "S", "pillar": "contribuer",
      "date": { "start": "2024", "inferred": true } }
  ]
}"#;

    fn lines(args: &[&str], bytes: &[u8]) -> Vec<String> {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let (_, lang) = parse(&args).unwrap_or((None, Lang::Fr));
        check("data.json", bytes, lang).0
    }

    #[test]
    fn speaks_english_when_asked() {
        assert_eq!(
            lines(&["data.json", "--lang", "en"], DATASET.as_bytes()),
            [
                "data.json:6:31: error: entries[1].kind: unknown value \"evnt\" (did you mean \"event\"? possible values: initiative, event, interview, call)",
                "data.json:8:15: warning: entries[2].date: inferred date without a note (explain in \"note\" how the date was inferred)",
                "data.json: 2 valid entries of 3, 1 error, 1 warning",
            ]
        );
        assert_eq!(
            lines(&["--lang", "en"], b"{\n\"version\": \"\xff\"}"),
            ["data.json:2:13: error: the file is not UTF-8 text (invalid byte) (save it as UTF-8)"]
        );
    }

    #[test]
    fn speaks_french_by_default() {
        assert_eq!(
            lines(&["data.json"], DATASET.as_bytes()),
            [
                "data.json:6:31: erreur: entries[1].kind: valeur inconnue « evnt » (vouliez-vous dire « event » ? valeurs possibles : initiative, event, interview, call)",
                "data.json:8:15: avertissement: entries[2].date: date déduite sans note (expliquez dans « note » comment la date a été déduite)",
                "data.json: 2 entrées valides sur 3, 1 erreur, 1 avertissement",
            ]
        );
    }

    #[test]
    fn reads_the_file_and_the_language_in_any_order() {
        let args = |list: &[&str]| list.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        assert_eq!(parse(&args(&["--lang", "en", "x.json"])), Ok((Some("x.json"), Lang::En)));
        assert_eq!(parse(&args(&[])), Ok((None, Lang::Fr)));
        assert!(parse(&args(&["--lang", "de"])).is_err());
        assert!(parse(&args(&["--lang"])).is_err());
        assert!(parse(&args(&["a.json", "b.json"])).is_err());
    }
}
