//! Reads serde_json's English messages as [`Problem`]s, with "did you mean" guesses. What each
//! problem says, in French and English, is written in `problem.rs`.

use crate::model::DateError;
use crate::text::problems::{JsonType, Problem, Syntax};

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, c), c))
        .filter(|(distance, c)| *distance <= (c.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// A clearer problem for the two commonest hand-editing slips, recognised from the text
/// around a syntax error at `offset`: a comma before `]`/`}`, and a doubled comma.
pub fn comma_problem(text: &str, offset: usize) -> Option<Problem> {
    let before = text.get(..offset)?;
    let mut previous = before.trim_end().chars().rev();
    let last = previous.next()?;
    let here = text.get(offset.saturating_sub(1)..).unwrap_or_default().trim_start().chars().next();
    let before_last = previous.next();
    match (before_last, last, here) {
        (Some(','), ',', _) | (_, ',', Some(',')) => Some(Problem::Syntax(Syntax::DoubleComma)),
        (_, ',', Some(close @ (']' | '}'))) => Some(Problem::Syntax(Syntax::CommaBefore(close))),
        _ => None,
    }
}

/// Names listed by serde after "expected one of": `` `a`, `b` `` → `["a", "b"]`.
fn backticked(list: &str) -> Vec<&str> {
    list.split('`').skip(1).step_by(2).collect()
}

/// The problem one serde_json error message describes (with its " at line … column …"
/// suffix already removed); an unknown message is kept as it is.
pub fn problem(message: &str) -> Problem {
    // Serde lists the allowed names after the word: `evnt`, expected one of `event`, `call`.
    let named = |rest: &str| {
        let (word, list) = rest.split_once('`').unwrap_or((rest, ""));
        let names = backticked(list);
        let closest = did_you_mean(word, names.iter().copied()).map(str::to_string);
        (word.to_string(), closest, names.join(", "))
    };
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, closest, choices) = named(rest);
        return Problem::UnknownValue { value, closest, choices };
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, closest, choices) = named(rest);
        return Problem::UnknownField { field, ignored: false, closest, choices };
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return Problem::MissingField { field: rest.trim_end_matches('`').to_string() };
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        return Problem::DuplicateField { field: rest.trim_end_matches('`').to_string() };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        return Problem::WrongType { found: json_type(found), expected: json_type(expected) };
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return Problem::WrongLength(rest.to_string());
    }
    if let Some(error) = DateError::read_back(message) {
        return Problem::Date(error);
    }
    let syntax = [
        ("trailing comma", Syntax::TrailingComma),
        ("expected value", Syntax::ExpectedValue),
        ("EOF while parsing", Syntax::Eof),
        ("expected `,` or `}`", Syntax::ExpectedCommaOrBrace),
        ("expected `,` or `]`", Syntax::ExpectedCommaOrBracket),
        ("expected `:`", Syntax::ExpectedColon),
        ("key must be a string", Syntax::KeyNotString),
        ("trailing characters", Syntax::TrailingCharacters),
        ("control character", Syntax::ControlCharacter),
        ("invalid escape", Syntax::InvalidEscape),
        ("invalid unicode code point", Syntax::InvalidUnicode),
        ("lone leading surrogate", Syntax::InvalidUnicode),
        ("recursion limit exceeded", Syntax::RecursionLimit),
        ("number out of range", Syntax::NumberOutOfRange),
        ("invalid number", Syntax::InvalidNumber),
        ("ident", Syntax::UnexpectedWord),
    ];
    match syntax.into_iter().find(|(english, _)| message.contains(english)) {
        Some((_, slip)) => Problem::Syntax(slip),
        None => Problem::Unrecognised(message.to_string()),
    }
}

/// A type as serde describes it: integer `3`, a string, struct Entry…
fn json_type(serde: &str) -> JsonType {
    let serde = serde.trim();
    if serde.starts_with("string") || serde.starts_with("a string") || serde.starts_with("a borrowed string") {
        return match serde.split_once(' ') {
            Some((_, value)) if serde.starts_with("string ") => JsonType::Text(Some(value.to_string())),
            _ => JsonType::Text(None),
        };
    }
    let known = [
        ("map", JsonType::Object),
        ("struct", JsonType::Object),
        ("sequence", JsonType::List),
        ("a sequence", JsonType::List),
        ("boolean", JsonType::Boolean),
        ("a boolean", JsonType::Boolean),
        ("null", JsonType::Null),
        ("integer", JsonType::Number),
        ("floating point", JsonType::Number),
        ("f64", JsonType::Number),
        ("unit", JsonType::Null),
        ("enum", JsonType::Text(None)),
        ("variant", JsonType::Text(None)),
    ];
    known
        .into_iter()
        .find(|(english, _)| serde.starts_with(english))
        .map_or_else(|| JsonType::Other(serde.to_string()), |(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::display::Lang;

    /// The French message and hint, as the validator wrote them before it spoke English too.
    fn french(message: &str) -> (String, Option<String>) {
        let problem = problem(message);
        (problem.message(Lang::Fr), problem.hint(Lang::Fr))
    }

    #[test]
    fn suggests_the_closest_kind() {
        let (message, hint) =
            french("unknown variant `evnt`, expected one of `initiative`, `event`, `interview`, `call`");
        assert_eq!(message, "valeur inconnue « evnt »");
        assert!(hint.unwrap_or_default().starts_with("vouliez-vous dire « event » ?"));
    }

    #[test]
    fn says_nothing_when_nothing_is_close() {
        assert_eq!(did_you_mean("zzzzzzzz", ["event", "call"]), None);
    }

    #[test]
    fn translates_types() {
        let (message, _) = french("invalid type: integer `3`, expected a string");
        assert_eq!(message, "type incorrect : un nombre trouvé, un texte attendu");
    }
}
