//! `cargo xtask check-data [FILE] [--lang fr|en]`: every problem of a dataset, located, in
//! French (the default) or English. An entry verified more than a year before today (UTC) is
//! flagged, however recent the file's `updated`.

use std::process::ExitCode;

use communs_core::count::{counted, number};
use communs_core::display::Lang;
use communs_core::load_as_of;
use communs_core::model::PartialDate;
use communs_core::validate::LineIndex;

use crate::today::utc_today;

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
        Ok(bytes) => check(path, &bytes, lang, utc_today()),
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

/// The lines to print for the file `path`, which holds `bytes`, checked on `today`: one per
/// problem, then a summary; and whether the file has no error.
fn check(path: &str, bytes: &[u8], lang: Lang, today: PartialDate) -> (Vec<String>, bool) {
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
    let loaded = load_as_of(text, Some(today));
    let mut lines: Vec<String> = loaded.diagnostics.iter().map(|d| format!("{path}:{}", d.located(lang))).collect();
    let errors = loaded.error_count();
    let warnings = loaded.warning_count();
    let valid = loaded.dataset.as_ref().map(|d| d.entries.len()).unwrap_or(0);
    lines.push(summary(path, Tally { valid, total: loaded.total_entries, errors, warnings }, lang));
    (lines, errors == 0)
}

/// What a check found, for its summary.
#[derive(Clone, Copy, Debug)]
struct Tally {
    /// Entries read without error.
    valid: usize,
    /// Entries in the file.
    total: usize,
    /// Errors found.
    errors: usize,
    /// Warnings found.
    warnings: usize,
}

/// `FILE: 2 entrées valides sur 3, 1 erreur, 1 avertissement`: the last line of a check.
fn summary(path: &str, tally: Tally, lang: Lang) -> String {
    let Tally { valid, total, errors, warnings } = tally;
    let total = number(total, lang);
    match lang {
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
    }
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
        check("data.json", bytes, lang, PartialDate { year: 2024, month: Some(5), day: Some(2) }).0
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

    /// Issue #24: "entries not verified for over a year are flagged by `check-data`", a year
    /// counted back from the day of the check, not from the file's `updated`.
    #[test]
    fn an_entry_verified_over_a_year_before_the_day_of_the_check_is_a_warning() {
        let dataset = r#"{
  "version": "1",
  "updated": "2026-11-02",
  "entries": [
    { "id": "a", "kind": "initiative", "title": "A", "summary": "S", "pillar": "contribuer", "verified": "2024-11-29" },
    { "id": "b", "kind": "initiative", "title": "B", "summary": "S", "pillar": "contribuer", "verified": "2026-01-15" }
  ]
}"#;
        let on = |day, lang| {
            let today = PartialDate::parse(day).unwrap_or(PartialDate { year: 1, month: None, day: None });
            check("data.json", dataset.as_bytes(), lang, today)
        };
        let (lines, clean) = on("2026-11-30", Lang::Fr);
        assert!(clean, "a warning is no error");
        assert_eq!(
            lines,
            [
                "data.json:5:106: avertissement: entries[0].verified: entrée vérifiée le 2024-11-29, il y a plus de 2 ans (nous sommes le 2026-11-30) (relisez l'entrée d'après sa source, puis mettez « verified » à la date du jour)",
                "data.json: 2 entrées valides sur 2, 0 erreur, 1 avertissement",
            ]
        );
        let (lines, _) = on("2026-11-30", Lang::En);
        assert!(
            lines[0].contains("entry verified on 2024-11-29, more than 2 years ago (today is 2026-11-30)"),
            "{lines:?}"
        );
        // A year to the day after entry a's check, nothing is stale yet; a year and a half
        // after entry b's, both are.
        assert_eq!(on("2025-11-29", Lang::En).0, ["data.json: 2 valid entries of 2, 0 errors, 0 warnings"]);
        let (lines, _) = on("2027-06-30", Lang::En);
        assert!(
            lines[1].contains("entry verified on 2026-01-15, more than a year ago (today is 2027-06-30)"),
            "{lines:?}"
        );
    }

    /// Issue #23: the summary with 0, 1, 2 and 50,651 of everything (French: 0 and 1 singular;
    /// English: 1 only; thousands grouped, `_` standing for French's narrow no-break space).
    #[test]
    fn the_summary_agrees_with_each_count_and_groups_thousands() {
        let walk = |lang| {
            [0, 1, 2, 50_651].map(|n| {
                let tally = Tally { valid: n, total: n, errors: n, warnings: n };
                summary("data.json", tally, lang).replace('\u{202F}', "_")
            })
        };
        assert_eq!(
            walk(Lang::Fr),
            [
                "data.json: 0 entrée valide sur 0, 0 erreur, 0 avertissement",
                "data.json: 1 entrée valide sur 1, 1 erreur, 1 avertissement",
                "data.json: 2 entrées valides sur 2, 2 erreurs, 2 avertissements",
                "data.json: 50_651 entrées valides sur 50_651, 50_651 erreurs, 50_651 avertissements",
            ]
        );
        assert_eq!(
            walk(Lang::En),
            [
                "data.json: 0 valid entries of 0, 0 errors, 0 warnings",
                "data.json: 1 valid entry of 1, 1 error, 1 warning",
                "data.json: 2 valid entries of 2, 2 errors, 2 warnings",
                "data.json: 50,651 valid entries of 50,651, 50,651 errors, 50,651 warnings",
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
