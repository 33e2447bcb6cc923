//! What the validator can find wrong, as data, and how each problem reads in French and in
//! English: the one home of the validator's sentences. A [`Diagnostic`](crate::validate::Diagnostic)
//! carries a [`Problem`]; the reader's language is chosen only when it is written out.

use crate::count::{counted, number};
use crate::display::Lang;
use crate::model::{days_in_month, DateError, Kind, PartialDate};

/// One kind of problem, with what its sentences need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is over the size limit (both sizes in megabytes, rounded down).
    FileTooBig { megabytes: usize, limit: usize },
    /// The file holds nothing but blanks.
    EmptyFile,
    /// The file is JSON, but not an object.
    FileNotAnObject,
    /// The file is not well-formed JSON: the slip found, said after "invalid JSON:".
    InvalidJson(Box<Problem>),
    /// More entries than the limit allows.
    TooManyEntries { count: usize, limit: usize },
    /// `version`, `updated` or `entries` is missing from the top-level object.
    MissingTopField(&'static str),
    /// A required field is missing.
    MissingField { field: String },
    /// A field the format does not have; `ignored` when the file is read all the same.
    /// `choices` lists the known fields (`a, b`) when serde named them, else is empty.
    UnknownField { field: String, ignored: bool, closest: Option<String>, choices: String },
    /// A value outside its list (a `kind`, a `pillar`…); `choices` lists the allowed ones.
    UnknownValue { value: String, closest: Option<String>, choices: String },
    /// A field given twice in one object.
    DuplicateField { field: String },
    /// A value of the wrong JSON type.
    WrongType { found: JsonType, expected: JsonType },
    /// A list of the wrong length, as serde describes it.
    WrongLength(String),
    /// A slip in the JSON syntax.
    Syntax(Syntax),
    /// A date that the format or the calendar refuses.
    Date(DateError),
    /// A message from serde_json, read into one of the problems above only when it is worded:
    /// the page that finds it (and only locates it) never carries that reading.
    Serde(String),
    /// A message from serde_json that is not recognised, kept as it is (in English).
    Unrecognised(String),
    /// An entry that is not a JSON object.
    EntryNotAnObject,
    /// An id that is not a slug (shown up to 60 characters).
    InvalidId { id: String },
    /// An id already taken by entry `first`, which starts on `line`.
    DuplicateId { id: String, first: usize, line: usize },
    /// A text with nothing but blanks.
    EmptyText { field: String },
    /// A text over its limit, in characters.
    TextTooLong { field: String, length: usize, max: usize },
    /// A list over its limit, in items.
    TooManyItems { field: String, count: usize, max: usize },
    /// A date span whose end comes before its start.
    EndBeforeStart { start: PartialDate, end: PartialDate },
    /// An inferred date with no note saying how.
    InferredDateWithoutNote,
    /// An event or an interview without a date.
    UndatedEvent,
    /// A link whose address is not http, https or mailto (shown up to 60 characters).
    UnsafeLink { url: String },
    /// A call's action that is not http, https or mailto (shown up to 60 characters).
    UnsafeAction { url: String },
    /// An entry of kind `call` without its `call` details.
    CallWithoutDetails,
    /// `call` details on an entry of another kind.
    CallOnOtherKind { kind: Kind },
    /// A mailto action without a subject.
    MailtoWithoutSubject,
    /// One of a call's texts is empty.
    EmptyCallText,
    /// A call that closes before it opens.
    CallClosesBeforeOpening { opens: PartialDate, closes: PartialDate },
    /// A closed call whose text still says it is open.
    ClosedCallSaysOpen,
    /// `verified` is not a whole day.
    VerifiedNotADay { verified: PartialDate },
    /// `verified` comes after the file's `updated`.
    VerifiedAfterUpdated { verified: PartialDate, updated: PartialDate },
    /// `verified` is more than a year before `as_of`: the day of the check when `today`, else
    /// the file's `updated`.
    VerifiedLongAgo { verified: PartialDate, as_of: PartialDate, today: bool },
    /// Coordinates off the Earth; `swapped` when they would fit with lat and lon exchanged.
    ImpossibleCoordinates { lat: String, lon: String, swapped: bool },
    /// Coordinates outside metropolitan France that would be inside it with lat and lon exchanged.
    SwappedCoordinates { lat: String, lon: String },
    /// An entry related to itself.
    RelatedToItself,
    /// A reference (`related`, `call.initiative`) to an id that no entry has.
    MissingTarget { field: &'static str, target: String, closest: Option<String> },
}

/// A JSON type as a "wrong type" message names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// A string, with its value (quotes included) when serde gives it.
    Text(Option<String>),
    /// An object `{ … }`.
    Object,
    /// A list `[ … ]`.
    List,
    /// `true` or `false`.
    Boolean,
    /// `null`.
    Null,
    /// A number.
    Number,
    /// Anything else, as serde wrote it.
    Other(String),
}

/// A slip in the JSON syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// A comma just before a closing `]` or `}` (serde's words).
    TrailingComma,
    /// A comma just before this closing `]` or `}`, found in the text.
    CommaBefore(char),
    /// Two commas in a row.
    DoubleComma,
    /// A value is missing.
    ExpectedValue,
    /// The text ends inside the JSON.
    Eof,
    /// A `,` or `}` is missing.
    ExpectedCommaOrBrace,
    /// A `,` or `]` is missing.
    ExpectedCommaOrBracket,
    /// The `:` after a field name is missing.
    ExpectedColon,
    /// A field name without straight double quotes.
    KeyNotString,
    /// Text after the end of the JSON.
    TrailingCharacters,
    /// A raw control character (a line break…) inside a string.
    ControlCharacter,
    /// A backslash that escapes nothing known.
    InvalidEscape,
    /// A `\u` sequence that is no character.
    InvalidUnicode,
    /// Too many nested `[` or `{`.
    RecursionLimit,
    /// A number too large to read.
    NumberOutOfRange,
    /// A malformed number.
    InvalidNumber,
    /// A bare word other than `true`, `false` and `null`.
    UnexpectedWord,
}

/// `« text »` in French, `"text"` in English.
fn quoted(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("« {text} »"),
        Lang::En => format!("\"{text}\""),
    }
}

/// The French or the English text, owned.
fn say(lang: Lang, fr: &str, en: &str) -> String {
    match lang {
        Lang::Fr => fr.into(),
        Lang::En => en.into(),
    }
}

/// "ajoutez …" / "add …".
fn add(lang: Lang, what: &str) -> String {
    format!("{}{what}", say(lang, "ajoutez ", "add "))
}

/// `" : "` in French, `": "` in English.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " : ",
        Lang::En => ": ",
    }
}

/// "vouliez-vous dire « x » ?" and the values allowed, as far as they are known.
fn suggestion(closest: Option<&str>, choices: &str, lang: Lang) -> Option<String> {
    let guess = closest.map(|c| match lang {
        Lang::Fr => format!("vouliez-vous dire {} ?", quoted(c, lang)),
        Lang::En => format!("did you mean {}?", quoted(c, lang)),
    });
    let list = (!choices.is_empty())
        .then(|| format!("{}{}{choices}", say(lang, "valeurs possibles", "possible values"), colon(lang)));
    match (guess, list) {
        (Some(guess), Some(list)) => Some(format!("{guess} {list}")),
        (guess, list) => guess.or(list),
    }
}

/// How far `lat` and `lon` may go.
fn ranges(lang: Lang) -> String {
    say(
        lang,
        "« lat » va de -90 à 90 (nord-sud), « lon » de -180 à 180 (est-ouest)",
        "\"lat\" goes from -90 to 90 (south-north), \"lon\" from -180 to 180 (west-east)",
    )
}

/// "plus d'un an", "plus de 2 ans": the whole years by which `verified` is more than that
/// before `as_of` (at least one: the problem is raised only then).
fn more_than_years(verified: PartialDate, as_of: PartialDate, lang: Lang) -> String {
    let before = |years: i32| PartialDate { year: as_of.year - years, ..as_of }.day_number();
    let mut years = (as_of.year - verified.year).max(1);
    // The same year's day may still be later than `verified`'s: then one year fewer.
    if years > 1 && verified.day_number() >= before(years) {
        years -= 1;
    }
    match usize::try_from(years) {
        Ok(n @ 2..) if lang == Lang::Fr => format!("plus de {}", counted(n, lang, "an", "ans")),
        Ok(n @ 2..) => format!("more than {}", counted(n, lang, "year", "years")),
        _ => say(lang, "plus d'un an", "more than a year"),
    }
}

/// "adresse refusée « x » : seuls http, https et mailto sont acceptés".
fn refused(lang: Lang, what: (&str, &str), url: &str) -> String {
    match lang {
        Lang::Fr => format!("{} refusée {} : seuls http, https et mailto sont acceptés", what.0, quoted(url, lang)),
        Lang::En => format!("{} refused {}: only http, https and mailto are accepted", what.1, quoted(url, lang)),
    }
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.words(lang).0
    }

    /// How to fix it, in `lang`, when there is something to say.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        self.words(lang).1
    }

    /// The message and the hint.
    fn words(&self, lang: Lang) -> (String, Option<String>) {
        let fr = lang == Lang::Fr;
        let q = |text: &str| quoted(text, lang);
        let both = |m: String, h: String| (m, Some(h));
        match self {
            Problem::FileTooBig { megabytes, limit } => {
                let (size, limit) = (number(*megabytes, lang), number(*limit, lang));
                both(
                    if fr {
                        format!("fichier trop gros : {size} Mo, la limite est {limit} Mo")
                    } else {
                        format!("file too big: {size} MB, the limit is {limit} MB")
                    },
                    say(lang, "découpez le jeu de données", "split the dataset"),
                )
            }
            Problem::EmptyFile => both(
                say(lang, "le fichier est vide", "the file is empty"),
                format!(
                    "{} {{ \"version\": …, \"entries\": [ … ] }}",
                    say(lang, "il doit contenir un objet JSON", "it must hold a JSON object")
                ),
            ),
            Problem::FileNotAnObject => both(
                say(lang, "le fichier doit être un objet JSON { … }", "the file must be a JSON object { … }"),
                say(
                    lang,
                    "il commence par { et contient \"version\", \"updated\" et \"entries\"",
                    "it starts with { and holds \"version\", \"updated\" and \"entries\"",
                ),
            ),
            Problem::InvalidJson(slip) => {
                let (message, hint) = slip.words(lang);
                (format!("{}{}{message}", say(lang, "JSON invalide", "invalid JSON"), colon(lang)), hint)
            }
            Problem::TooManyEntries { count, limit } => {
                let (count, limit) = (number(*count, lang), number(*limit, lang));
                let message = if fr {
                    format!("trop d'entrées : {count}, la limite est {limit}")
                } else {
                    format!("too many entries: {count}, the limit is {limit}")
                };
                (message, None)
            }
            Problem::MissingTopField(field) => {
                let example = match *field {
                    "version" => "\"version\": \"1.0.0\"",
                    "updated" if fr => "la date de la dernière modification, ex. \"updated\": \"2024-04-10\"",
                    "updated" => "the date of the last edit, e.g. \"updated\": \"2024-04-10\"",
                    _ => "\"entries\": [ … ]",
                };
                both(Problem::MissingField { field: (*field).into() }.message(lang), add(lang, example))
            }
            Problem::MissingField { field } => (
                if fr {
                    format!("champ obligatoire {} manquant", q(field))
                } else {
                    format!("required field {} missing", q(field))
                },
                None,
            ),
            Problem::UnknownField { field, ignored, closest, choices } => {
                let mut message = format!("{} {}", say(lang, "champ inconnu", "unknown field"), q(field));
                if *ignored {
                    message.push_str(if fr { ", ignoré" } else { ", ignored" });
                }
                (message, suggestion(closest.as_deref(), choices, lang))
            }
            Problem::UnknownValue { value, closest, choices } => (
                format!("{} {}", say(lang, "valeur inconnue", "unknown value"), q(value)),
                suggestion(closest.as_deref(), choices, lang),
            ),
            Problem::DuplicateField { field } => both(
                if fr {
                    format!("le champ {} apparaît deux fois", q(field))
                } else {
                    format!("field {} appears twice", q(field))
                },
                say(lang, "gardez-en un seul", "keep only one"),
            ),
            Problem::WrongType { found, expected } => (
                if fr {
                    format!("type incorrect : {} trouvé, {} attendu", found.name(lang), expected.name(lang))
                } else {
                    format!("wrong type: {} found, {} expected", found.name(lang), expected.name(lang))
                },
                None,
            ),
            Problem::WrongLength(what) => {
                (format!("{} ({what})", say(lang, "longueur incorrecte", "wrong length")), None)
            }
            Problem::Syntax(syntax) => {
                let (message, hint) = syntax.words(lang);
                both(message, hint.into())
            }
            Problem::Date(error) => (date_error(error, lang), None),
            Problem::Serde(message) => crate::validate::wording::problem(message).words(lang),
            Problem::Unrecognised(text) => (text.clone(), None),
            Problem::EntryNotAnObject => both(
                say(lang, "une entrée doit être un objet { … }", "an entry must be an object { … }"),
                format!(
                    "{} {{ \"id\": …, \"kind\": …, … }}",
                    say(lang, "chaque entrée est un objet", "each entry is an object")
                ),
            ),
            Problem::InvalidId { id } => both(
                if fr { format!("identifiant {} invalide", q(id)) } else { format!("invalid id {}", q(id)) },
                format!(
                    "{} {}",
                    say(
                        lang,
                        "lettres minuscules sans accent, chiffres et tirets, ex.",
                        "lowercase letters without accents, digits and hyphens, e.g."
                    ),
                    q("atelier-wikipedia-2022")
                ),
            ),
            Problem::DuplicateId { id, first, line } => both(
                if fr {
                    format!("identifiant {} déjà utilisé par entries[{first}] (ligne {line})", q(id))
                } else {
                    format!("id {} already used by entries[{first}] (line {line})", q(id))
                },
                say(lang, "chaque entrée a un identifiant unique", "each entry has an id of its own"),
            ),
            Problem::EmptyText { field } => both(
                format!("{} {}", q(field), say(lang, "est vide", "is empty")),
                say(lang, "écrivez au moins quelques mots", "write at least a few words"),
            ),
            Problem::TextTooLong { field, length, max } => {
                let max = number(*max, lang);
                let message = if fr {
                    let length = counted(*length, lang, "caractère", "caractères");
                    format!("{} est trop long : {length}, au plus {max}", q(field))
                } else {
                    let length = counted(*length, lang, "character", "characters");
                    format!("{} is too long: {length}, at most {max}", q(field))
                };
                (message, None)
            }
            Problem::TooManyItems { field, count, max } => {
                let max = number(*max, lang);
                let message = if fr {
                    format!("{} a {}, au plus {max}", q(field), counted(*count, lang, "élément", "éléments"))
                } else {
                    format!("{} has {}, at most {max}", q(field), counted(*count, lang, "item", "items"))
                };
                (message, None)
            }
            Problem::EndBeforeStart { start, end } => both(
                if fr {
                    format!("la fin ({end}) précède le début ({start})")
                } else {
                    format!("the end ({end}) comes before the start ({start})")
                },
                say(lang, "inversez « start » et « end » ?", "swap \"start\" and \"end\"?"),
            ),
            Problem::InferredDateWithoutNote => both(
                say(lang, "date déduite sans note", "inferred date without a note"),
                say(
                    lang,
                    "expliquez dans « note » comment la date a été déduite",
                    "explain in \"note\" how the date was inferred",
                ),
            ),
            Problem::UndatedEvent => both(
                say(
                    lang,
                    "événement ou entretien sans date : il n'apparaîtra pas à sa place dans la frise",
                    "event or interview without a date: it will not appear in its place on the timeline",
                ),
                add(lang, &format!("\"date\": {{ \"start\": \"{}\" }}", say(lang, "AAAA-MM-JJ", "YYYY-MM-DD"))),
            ),
            Problem::UnsafeLink { url } => both(
                refused(lang, ("adresse", "address"), url),
                format!(
                    "{} https://cnnumerique.fr/",
                    say(lang, "écrivez une adresse complète, ex.", "write a full address, e.g.")
                ),
            ),
            Problem::UnsafeAction { url } => (refused(lang, ("action", "action"), url), None),
            Problem::CallWithoutDetails => both(
                say(
                    lang,
                    "un appel (« kind »: « call ») doit décrire « call »",
                    "a call (\"kind\": \"call\") must describe \"call\"",
                ),
                add(lang, "\"call\": { \"asks\", \"audience\", \"action\", \"action_label\" }"),
            ),
            Problem::CallOnOtherKind { kind } => (
                if fr {
                    format!("« call » n'a de sens que pour « kind »: « call », pas {}", q(kind.slug()))
                } else {
                    format!("\"call\" only makes sense for \"kind\": \"call\", not {}", q(kind.slug()))
                },
                None,
            ),
            Problem::MailtoWithoutSubject => both(
                say(lang, "le lien mailto n'a pas d'objet", "the mailto link has no subject"),
                add(
                    lang,
                    &say(
                        lang,
                        "?subject=… pour que les réponses soient faciles à trier",
                        "?subject=… so that replies are easy to sort",
                    ),
                ),
            ),
            Problem::EmptyCallText => (
                say(
                    lang,
                    "un texte de « call » est vide (asks, audience ou action_label)",
                    "a text of \"call\" is empty (asks, audience or action_label)",
                ),
                None,
            ),
            Problem::CallClosesBeforeOpening { opens, closes } => (
                if fr {
                    format!("l'appel ferme ({closes}) avant d'ouvrir ({opens})")
                } else {
                    format!("the call closes ({closes}) before it opens ({opens})")
                },
                None,
            ),
            Problem::ClosedCallSaysOpen => both(
                say(
                    lang,
                    "cet appel est clos mais son texte le dit encore ouvert",
                    "this call is closed but its text still says it is open",
                ),
                say(
                    lang,
                    "mettez le texte au passé, ou repoussez « closes »",
                    "put the text in the past tense, or move \"closes\" later",
                ),
            ),
            Problem::VerifiedNotADay { verified } => both(
                if fr {
                    format!("« verified » ({verified}) doit donner le jour de la vérification")
                } else {
                    format!("\"verified\" ({verified}) must give the day of the check")
                },
                format!(
                    "{} \"verified\": \"2026-11-30\"",
                    say(lang, "écrivez AAAA-MM-JJ, ex.", "write YYYY-MM-DD, e.g.")
                ),
            ),
            Problem::VerifiedAfterUpdated { verified, updated } => both(
                if fr {
                    format!(
                        "« verified » ({verified}) est postérieur à « updated » ({updated}), le jour de la dernière \
                         modification"
                    )
                } else {
                    format!("\"verified\" ({verified}) comes after \"updated\" ({updated}), the day of the last edit")
                },
                say(
                    lang,
                    "corrigez la date, ou mettez « updated » à la date du jour",
                    "fix the date, or set \"updated\" to today",
                ),
            ),
            Problem::VerifiedLongAgo { verified, as_of, today } => both(
                {
                    let years = more_than_years(*verified, *as_of, lang);
                    match (fr, today) {
                        (true, true) => {
                            format!("entrée vérifiée le {verified}, il y a {years} (nous sommes le {as_of})")
                        }
                        (true, false) => format!("entrée vérifiée le {verified}, {years} avant « updated » ({as_of})"),
                        (false, true) => format!("entry verified on {verified}, {years} ago (today is {as_of})"),
                        (false, false) => format!("entry verified on {verified}, {years} before \"updated\" ({as_of})"),
                    }
                },
                say(
                    lang,
                    "relisez l'entrée d'après sa source, puis mettez « verified » à la date du jour",
                    "check the entry against its source, then set \"verified\" to today",
                ),
            ),
            Problem::ImpossibleCoordinates { lat, lon, swapped } => both(
                format!(
                    "{}{}lat {lat}, lon {lon}",
                    say(lang, "coordonnées impossibles", "impossible coordinates"),
                    colon(lang)
                ),
                match (swapped, fr) {
                    (true, _) => format!(
                        "{}{}{}",
                        say(lang, "latitude et longitude semblent inversées", "latitude and longitude seem swapped"),
                        colon(lang),
                        ranges(lang)
                    ),
                    (false, true) => "latitude entre -90 et 90, longitude entre -180 et 180".into(),
                    (false, false) => "latitude between -90 and 90, longitude between -180 and 180".into(),
                },
            ),
            Problem::SwappedCoordinates { lat, lon } => both(
                format!(
                    "lat {lat}, lon {lon}{}{}",
                    colon(lang),
                    say(
                        lang,
                        "ce point est hors de la France métropolitaine, qu'il rejoindrait en échangeant lat et lon",
                        "this point is outside metropolitan France, where it would be with lat and lon exchanged"
                    )
                ),
                format!("{}{}{}", ranges(lang), colon(lang), say(lang, "vérifiez l'ordre", "check the order")),
            ),
            Problem::RelatedToItself => (
                say(lang, "une entrée ne peut pas être liée à elle-même", "an entry cannot be related to itself"),
                None,
            ),
            Problem::MissingTarget { field, target, closest } => (
                if fr {
                    format!("{} cite {}, qui n'existe pas", q(field), q(target))
                } else {
                    format!("{} names {}, which does not exist", q(field), q(target))
                },
                suggestion(closest.as_deref(), "", lang),
            ),
        }
    }
}

/// A refused date, in `lang`.
fn date_error(error: &DateError, lang: Lang) -> String {
    match (error, lang) {
        (DateError::Format, Lang::Fr) => {
            "date au format inattendu : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ (ex. 2024-03-29)".into()
        }
        (DateError::Format, Lang::En) => {
            "unexpected date format: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-03-29)".into()
        }
        (DateError::Month(m), Lang::Fr) => format!("le mois {m} n'existe pas (1 à 12)"),
        (DateError::Month(m), Lang::En) => format!("month {m} does not exist (1 to 12)"),
        (DateError::Day { year, month, day }, Lang::Fr) => format!(
            "le {day:02}/{month:02}/{year} n'existe pas : ce mois compte {} jours",
            days_in_month(*year, *month)
        ),
        (DateError::Day { year, month, day }, Lang::En) => {
            format!("{year}-{month:02}-{day:02} does not exist: that month has {} days", days_in_month(*year, *month))
        }
    }
}

impl JsonType {
    /// "un nombre" / "a number".
    fn name(&self, lang: Lang) -> String {
        match self {
            JsonType::Text(Some(value)) => format!("{} {value}", say(lang, "le texte", "the string")),
            JsonType::Text(None) => say(lang, "un texte", "a string"),
            JsonType::Object => say(lang, "un objet { … }", "an object { … }"),
            JsonType::List => say(lang, "une liste [ … ]", "a list [ … ]"),
            JsonType::Boolean => say(lang, "un booléen", "a boolean"),
            JsonType::Null => "null".into(),
            JsonType::Number => say(lang, "un nombre", "a number"),
            JsonType::Other(serde) => serde.clone(),
        }
    }
}

impl Syntax {
    /// The message and the hint, in `lang`.
    fn words(self, lang: Lang) -> (String, &'static str) {
        let fr = lang == Lang::Fr;
        let last_comma = if fr {
            "supprimez la dernière virgule de la liste ou de l'objet"
        } else {
            "delete the last comma of the list or object"
        };
        let field_value = if fr { "écrivez \"champ\": valeur" } else { "write \"field\": value" };
        let check_number = if fr { "vérifiez ce nombre" } else { "check this number" };
        let (message_fr, message_en, hint) = match self {
            Syntax::TrailingComma | Syntax::CommaBefore(_) => {
                let before = match self {
                    Syntax::CommaBefore(close) => quoted(&close.to_string(), lang),
                    _ => say(lang, "la fermeture", "the closing bracket"),
                };
                let message = format!("{} {before}", say(lang, "virgule en trop avant", "extra comma before"));
                return (message, last_comma);
            }
            Syntax::DoubleComma => (
                "virgule en double",
                "doubled comma",
                if fr { "supprimez l'une des deux virgules" } else { "delete one of the two commas" },
            ),
            Syntax::ExpectedValue => (
                "valeur attendue",
                "value expected",
                if fr {
                    "une virgule en double, ou une valeur manquante ?"
                } else {
                    "a doubled comma, or a missing value?"
                },
            ),
            Syntax::Eof => (
                "le fichier s'arrête au milieu du JSON",
                "the file stops in the middle of the JSON",
                if fr {
                    "il manque la fin : un « ] » ou un « } » ?"
                } else {
                    "the end is missing: a \"]\" or a \"}\"?"
                },
            ),
            Syntax::ExpectedCommaOrBrace => (
                "il manque une virgule ou une accolade fermante « } »",
                "a comma or a closing brace \"}\" is missing",
                if fr { "séparez les champs par des virgules" } else { "separate the fields with commas" },
            ),
            Syntax::ExpectedCommaOrBracket => (
                "il manque une virgule ou un crochet fermant « ] »",
                "a comma or a closing bracket \"]\" is missing",
                if fr { "séparez les éléments par des virgules" } else { "separate the items with commas" },
            ),
            Syntax::ExpectedColon => (
                "il manque « : » entre le nom du champ et sa valeur",
                "\":\" is missing between the field's name and its value",
                field_value,
            ),
            Syntax::KeyNotString => (
                "un nom de champ doit être entre guillemets droits",
                "a field's name must be in straight double quotes",
                field_value,
            ),
            Syntax::TrailingCharacters => (
                "du texte suit la fin du JSON",
                "text follows the end of the JSON",
                if fr { "supprimez ce qui suit la dernière accolade" } else { "delete what follows the last brace" },
            ),
            Syntax::ControlCharacter => (
                "caractère de contrôle dans une chaîne",
                "control character in a string",
                if fr { "échappez les retours à la ligne en \\n" } else { "write line breaks as \\n" },
            ),
            Syntax::InvalidEscape => (
                "séquence d'échappement invalide",
                "invalid escape sequence",
                if fr { "un « \\ » seul s'écrit « \\\\ »" } else { "a lone \"\\\" is written \"\\\\\"" },
            ),
            Syntax::InvalidUnicode => (
                "caractère Unicode invalide",
                "invalid Unicode character",
                if fr { "vérifiez la séquence \\u" } else { "check the \\u sequence" },
            ),
            Syntax::RecursionLimit => (
                "imbrication trop profonde",
                "nesting too deep",
                if fr {
                    "le fichier contient trop de niveaux de [ ou {"
                } else {
                    "the file has too many levels of [ or {"
                },
            ),
            Syntax::NumberOutOfRange => ("nombre hors limites", "number out of range", check_number),
            Syntax::InvalidNumber => ("nombre invalide", "invalid number", check_number),
            Syntax::UnexpectedWord => (
                "mot inattendu",
                "unexpected word",
                if fr {
                    "les valeurs littérales sont true, false et null"
                } else {
                    "the literal values are true, false and null"
                },
            ),
        };
        (say(lang, message_fr, message_en), hint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap_or(PartialDate { year: 1, month: None, day: None })
    }

    /// One problem of each kind. The match below has no catch-all: a new kind of problem does
    /// not compile until it is listed here, and so checked in both languages.
    fn one_of_each() -> Vec<Problem> {
        let text = |s: &str| s.to_string();
        let all = vec![
            Problem::FileTooBig { megabytes: 250, limit: 200 },
            Problem::EmptyFile,
            Problem::FileNotAnObject,
            Problem::InvalidJson(Box::new(Problem::Syntax(Syntax::Eof))),
            Problem::TooManyEntries { count: 600_000, limit: 500_000 },
            Problem::MissingTopField("version"),
            Problem::MissingTopField("updated"),
            Problem::MissingTopField("entries"),
            Problem::MissingField { field: text("title") },
            Problem::UnknownField {
                field: text("titel"),
                ignored: true,
                closest: Some(text("title")),
                choices: text(""),
            },
            Problem::UnknownValue { value: text("evnt"), closest: Some(text("event")), choices: text("event, call") },
            Problem::DuplicateField { field: text("title") },
            Problem::WrongType { found: JsonType::Number, expected: JsonType::Text(None) },
            Problem::WrongLength(text("3, expected 2")),
            Problem::Syntax(Syntax::DoubleComma),
            Problem::Date(DateError::Month(13)),
            Problem::Serde(text("unknown variant `evnt`, expected one of `event`, `call`")),
            Problem::Unrecognised(text("unexpected end of hex escape")),
            Problem::EntryNotAnObject,
            Problem::InvalidId { id: text("Bad id") },
            Problem::DuplicateId { id: text("a"), first: 0, line: 5 },
            Problem::EmptyText { field: text("summary") },
            Problem::TextTooLong { field: text("title"), length: 1234, max: 300 },
            Problem::TooManyItems { field: text("tags"), count: 201, max: 200 },
            Problem::EndBeforeStart { start: day("2024-05-01"), end: day("2024-04") },
            Problem::InferredDateWithoutNote,
            Problem::UndatedEvent,
            Problem::UnsafeLink { url: text("javascript:alert(1)") },
            Problem::UnsafeAction { url: text("ftp://x") },
            Problem::CallWithoutDetails,
            Problem::CallOnOtherKind { kind: Kind::Event },
            Problem::MailtoWithoutSubject,
            Problem::EmptyCallText,
            Problem::CallClosesBeforeOpening { opens: day("2024-03"), closes: day("2024-02-01") },
            Problem::ClosedCallSaysOpen,
            Problem::VerifiedNotADay { verified: day("2024-05") },
            Problem::VerifiedAfterUpdated { verified: day("2025-01-01"), updated: day("2024-06-01") },
            Problem::VerifiedLongAgo { verified: day("2022-01-01"), as_of: day("2024-06-01"), today: false },
            Problem::VerifiedLongAgo { verified: day("2023-05-31"), as_of: day("2024-06-01"), today: true },
            Problem::ImpossibleCoordinates { lat: text("150"), lon: text("3"), swapped: true },
            Problem::ImpossibleCoordinates { lat: text("95"), lon: text("200"), swapped: false },
            Problem::SwappedCoordinates { lat: text("3.06"), lon: text("50.63") },
            Problem::RelatedToItself,
            Problem::MissingTarget { field: "related", target: text("e-99"), closest: Some(text("e-9")) },
        ];
        for problem in &all {
            match problem {
                Problem::FileTooBig { .. }
                | Problem::EmptyFile
                | Problem::FileNotAnObject
                | Problem::InvalidJson(_)
                | Problem::TooManyEntries { .. }
                | Problem::MissingTopField(_)
                | Problem::MissingField { .. }
                | Problem::UnknownField { .. }
                | Problem::UnknownValue { .. }
                | Problem::DuplicateField { .. }
                | Problem::WrongType { .. }
                | Problem::WrongLength(_)
                | Problem::Syntax(_)
                | Problem::Date(_)
                | Problem::Serde(_)
                | Problem::Unrecognised(_)
                | Problem::EntryNotAnObject
                | Problem::InvalidId { .. }
                | Problem::DuplicateId { .. }
                | Problem::EmptyText { .. }
                | Problem::TextTooLong { .. }
                | Problem::TooManyItems { .. }
                | Problem::EndBeforeStart { .. }
                | Problem::InferredDateWithoutNote
                | Problem::UndatedEvent
                | Problem::UnsafeLink { .. }
                | Problem::UnsafeAction { .. }
                | Problem::CallWithoutDetails
                | Problem::CallOnOtherKind { .. }
                | Problem::MailtoWithoutSubject
                | Problem::EmptyCallText
                | Problem::CallClosesBeforeOpening { .. }
                | Problem::ClosedCallSaysOpen
                | Problem::VerifiedNotADay { .. }
                | Problem::VerifiedAfterUpdated { .. }
                | Problem::VerifiedLongAgo { .. }
                | Problem::ImpossibleCoordinates { .. }
                | Problem::SwappedCoordinates { .. }
                | Problem::RelatedToItself
                | Problem::MissingTarget { .. } => {}
            }
        }
        let syntax = [
            Syntax::TrailingComma,
            Syntax::CommaBefore(']'),
            Syntax::DoubleComma,
            Syntax::ExpectedValue,
            Syntax::Eof,
            Syntax::ExpectedCommaOrBrace,
            Syntax::ExpectedCommaOrBracket,
            Syntax::ExpectedColon,
            Syntax::KeyNotString,
            Syntax::TrailingCharacters,
            Syntax::ControlCharacter,
            Syntax::InvalidEscape,
            Syntax::InvalidUnicode,
            Syntax::RecursionLimit,
            Syntax::NumberOutOfRange,
            Syntax::InvalidNumber,
            Syntax::UnexpectedWord,
        ];
        let dates = [DateError::Format, DateError::Month(13), DateError::Day { year: 2024, month: 2, day: 30 }];
        let types = [
            JsonType::Text(Some(text("\"x\""))),
            JsonType::Object,
            JsonType::List,
            JsonType::Boolean,
            JsonType::Null,
            JsonType::Other(text("u8")),
        ];
        all.into_iter()
            .chain(syntax.map(Problem::Syntax))
            .chain(dates.map(Problem::Date))
            .chain(types.map(|found| Problem::WrongType { found, expected: JsonType::Number }))
            .collect()
    }

    /// Words that only French has: one of them in an English message means a sentence was
    /// left untranslated.
    const FRENCH_WORDS: [&str; 24] = [
        "champ",
        "valeur",
        "valeurs",
        "fichier",
        "entrée",
        "ajoutez",
        "écrivez",
        "vouliez",
        "est",
        "ou",
        "et",
        "le",
        "la",
        "les",
        "une",
        "un",
        "pas",
        "des",
        "du",
        "de",
        "trouvé",
        "attendu",
        "manquant",
        "identifiant",
    ];

    #[test]
    fn every_problem_speaks_both_languages() {
        for problem in one_of_each() {
            for lang in [Lang::Fr, Lang::En] {
                assert!(!problem.message(lang).trim().is_empty(), "{problem:?} in {lang:?}");
                assert!(problem.hint(lang).is_none_or(|h| !h.trim().is_empty()), "{problem:?} in {lang:?}");
            }
            assert_eq!(problem.hint(Lang::Fr).is_some(), problem.hint(Lang::En).is_some(), "{problem:?}");
            let english = format!("{} {}", problem.message(Lang::En), problem.hint(Lang::En).unwrap_or_default());
            let words: Vec<&str> = english.split(|c: char| !c.is_alphabetic()).collect();
            let french: Vec<&&str> =
                words.iter().filter(|w| FRENCH_WORDS.contains(&w.to_lowercase().as_str())).collect();
            assert!(french.is_empty(), "{problem:?}: {english} has {french:?}");
            assert!(!english.contains('«') && !english.contains(" :"), "{problem:?}: {english}");
            if !matches!(problem, Problem::Unrecognised(_) | Problem::WrongType { found: JsonType::Other(_), .. }) {
                assert_ne!(problem.message(Lang::Fr), problem.message(Lang::En), "{problem:?}");
            }
        }
    }

    #[test]
    fn an_unknown_field_suggests_the_closest_in_english() {
        let problem = Problem::UnknownField {
            field: "titel".into(),
            ignored: false,
            closest: Some("title".into()),
            choices: "id, title, summary".into(),
        };
        assert_eq!(problem.message(Lang::En), "unknown field \"titel\"");
        assert_eq!(
            problem.hint(Lang::En).as_deref(),
            Some("did you mean \"title\"? possible values: id, title, summary")
        );
        assert_eq!(
            problem.hint(Lang::Fr).as_deref(),
            Some("vouliez-vous dire « title » ? valeurs possibles : id, title, summary")
        );
    }

    #[test]
    fn a_missing_field_reads_in_english() {
        assert_eq!(
            Problem::MissingField { field: "title".into() }.message(Lang::En),
            "required field \"title\" missing"
        );
        let version = Problem::MissingTopField("version");
        assert_eq!(version.message(Lang::En), "required field \"version\" missing");
        assert_eq!(version.hint(Lang::En).as_deref(), Some("add \"version\": \"1.0.0\""));
        assert_eq!(version.hint(Lang::Fr).as_deref(), Some("ajoutez \"version\": \"1.0.0\""));
    }

    #[test]
    fn date_rules_read_in_english() {
        let span = Problem::EndBeforeStart { start: day("2024-05-01"), end: day("2024-04") };
        assert_eq!(span.message(Lang::En), "the end (2024-04) comes before the start (2024-05-01)");
        assert_eq!(span.hint(Lang::En).as_deref(), Some("swap \"start\" and \"end\"?"));
        let impossible = Problem::Date(DateError::Day { year: 2024, month: 2, day: 30 });
        assert_eq!(impossible.message(Lang::En), "2024-02-30 does not exist: that month has 29 days");
        assert_eq!(impossible.message(Lang::Fr), "le 30/02/2024 n'existe pas : ce mois compte 29 jours");
    }

    #[test]
    fn counts_are_grouped_by_thousands_in_both_languages() {
        let long = Problem::TextTooLong { field: "description".into(), length: 200_001, max: 200_000 };
        assert_eq!(long.message(Lang::En), "\"description\" is too long: 200,001 characters, at most 200,000");
        assert_eq!(
            long.message(Lang::Fr),
            "« description » est trop long : 200\u{202F}001 caractères, au plus 200\u{202F}000"
        );
    }

    /// The counts every problem built from a count is walked with (issue #23).
    const COUNTS: [usize; 4] = [0, 1, 2, 50_651];

    /// Each problem built from a count, as it reads with each of [`COUNTS`] in `lang`. The
    /// duplicate id's entry and line are places in the file, not counts: like the editor's line
    /// numbers and the JSON paths (`entries[50651]`), they are written without grouping.
    fn counted(lang: Lang) -> Vec<(&'static str, [String; 4])> {
        let each = |problem: &dyn Fn(usize) -> Problem| COUNTS.map(|n| problem(n).message(lang));
        vec![
            ("FileTooBig", each(&|n| Problem::FileTooBig { megabytes: n, limit: n })),
            ("TooManyEntries", each(&|n| Problem::TooManyEntries { count: n, limit: n })),
            ("TextTooLong", each(&|n| Problem::TextTooLong { field: "title".into(), length: n, max: n })),
            ("TooManyItems", each(&|n| Problem::TooManyItems { field: "tags".into(), count: n, max: n })),
            ("DuplicateId", each(&|n| Problem::DuplicateId { id: "a".into(), first: n, line: n })),
        ]
    }

    /// Asserts `lang`'s words for each of [`COUNTS`]; `_` stands for French's narrow no-break space.
    fn expect(lang: Lang, expected: &[(&str, [&str; 4])]) {
        let actual = counted(lang);
        assert_eq!(actual.len(), expected.len(), "every count problem has its expected wording");
        for ((name, got), (expected_name, want)) in actual.iter().zip(expected) {
            assert_eq!(name, expected_name);
            for (got, want) in got.iter().zip(want) {
                assert_eq!(got, &want.replace('_', "\u{202F}"), "{name}");
            }
        }
    }

    #[test]
    fn french_count_problems_take_the_singular_for_zero_and_one_and_group_thousands() {
        expect(
            Lang::Fr,
            &[
                (
                    "FileTooBig",
                    [
                        "fichier trop gros : 0 Mo, la limite est 0 Mo",
                        "fichier trop gros : 1 Mo, la limite est 1 Mo",
                        "fichier trop gros : 2 Mo, la limite est 2 Mo",
                        "fichier trop gros : 50_651 Mo, la limite est 50_651 Mo",
                    ],
                ),
                (
                    "TooManyEntries",
                    [
                        "trop d'entrées : 0, la limite est 0",
                        "trop d'entrées : 1, la limite est 1",
                        "trop d'entrées : 2, la limite est 2",
                        "trop d'entrées : 50_651, la limite est 50_651",
                    ],
                ),
                (
                    "TextTooLong",
                    [
                        "« title » est trop long : 0 caractère, au plus 0",
                        "« title » est trop long : 1 caractère, au plus 1",
                        "« title » est trop long : 2 caractères, au plus 2",
                        "« title » est trop long : 50_651 caractères, au plus 50_651",
                    ],
                ),
                (
                    "TooManyItems",
                    [
                        "« tags » a 0 élément, au plus 0",
                        "« tags » a 1 élément, au plus 1",
                        "« tags » a 2 éléments, au plus 2",
                        "« tags » a 50_651 éléments, au plus 50_651",
                    ],
                ),
                (
                    "DuplicateId",
                    [
                        "identifiant « a » déjà utilisé par entries[0] (ligne 0)",
                        "identifiant « a » déjà utilisé par entries[1] (ligne 1)",
                        "identifiant « a » déjà utilisé par entries[2] (ligne 2)",
                        "identifiant « a » déjà utilisé par entries[50651] (ligne 50651)",
                    ],
                ),
            ],
        );
    }

    #[test]
    fn english_count_problems_take_the_singular_for_one_only_and_group_thousands() {
        expect(
            Lang::En,
            &[
                (
                    "FileTooBig",
                    [
                        "file too big: 0 MB, the limit is 0 MB",
                        "file too big: 1 MB, the limit is 1 MB",
                        "file too big: 2 MB, the limit is 2 MB",
                        "file too big: 50,651 MB, the limit is 50,651 MB",
                    ],
                ),
                (
                    "TooManyEntries",
                    [
                        "too many entries: 0, the limit is 0",
                        "too many entries: 1, the limit is 1",
                        "too many entries: 2, the limit is 2",
                        "too many entries: 50,651, the limit is 50,651",
                    ],
                ),
                (
                    "TextTooLong",
                    [
                        "\"title\" is too long: 0 characters, at most 0",
                        "\"title\" is too long: 1 character, at most 1",
                        "\"title\" is too long: 2 characters, at most 2",
                        "\"title\" is too long: 50,651 characters, at most 50,651",
                    ],
                ),
                (
                    "TooManyItems",
                    [
                        "\"tags\" has 0 items, at most 0",
                        "\"tags\" has 1 item, at most 1",
                        "\"tags\" has 2 items, at most 2",
                        "\"tags\" has 50,651 items, at most 50,651",
                    ],
                ),
                (
                    "DuplicateId",
                    [
                        "id \"a\" already used by entries[0] (line 0)",
                        "id \"a\" already used by entries[1] (line 1)",
                        "id \"a\" already used by entries[2] (line 2)",
                        "id \"a\" already used by entries[50651] (line 50651)",
                    ],
                ),
            ],
        );
    }

    #[test]
    fn coordinates_off_the_earth_are_named() {
        let swapped = Problem::ImpossibleCoordinates { lat: "150".into(), lon: "3".into(), swapped: true };
        assert_eq!(swapped.message(Lang::Fr), "coordonnées impossibles : lat 150, lon 3");
        assert!(swapped.hint(Lang::Fr).unwrap_or_default().contains("inversées"));
        assert_eq!(swapped.message(Lang::En), "impossible coordinates: lat 150, lon 3");
        assert!(swapped.hint(Lang::En).unwrap_or_default().contains("swapped"));
        let far = Problem::ImpossibleCoordinates { lat: "95".into(), lon: "200".into(), swapped: false };
        assert_eq!(far.hint(Lang::Fr).as_deref(), Some("latitude entre -90 et 90, longitude entre -180 et 180"));
    }

    /// Issue #24: a stale `verified` names the day it is compared with (today, or the file's
    /// `updated`) and how many whole years it is more than that before it.
    #[test]
    fn a_stale_verification_says_against_what_and_by_how_many_years() {
        let stale = |verified: &str, as_of: &str, today: bool| Problem::VerifiedLongAgo {
            verified: day(verified),
            as_of: day(as_of),
            today,
        };
        let today = stale("2024-05-31", "2026-11-30", true);
        assert_eq!(
            today.message(Lang::Fr),
            "entrée vérifiée le 2024-05-31, il y a plus de 2 ans (nous sommes le 2026-11-30)"
        );
        assert_eq!(
            today.message(Lang::En),
            "entry verified on 2024-05-31, more than 2 years ago (today is 2026-11-30)"
        );
        let updated = stale("2025-11-29", "2026-11-30", false);
        assert_eq!(
            updated.message(Lang::Fr),
            "entrée vérifiée le 2025-11-29, plus d'un an avant « updated » (2026-11-30)"
        );
        assert_eq!(
            updated.message(Lang::En),
            "entry verified on 2025-11-29, more than a year before \"updated\" (2026-11-30)"
        );
        // Two years to the day is not more than two years; a day more is.
        assert!(stale("2024-11-30", "2026-11-30", true).message(Lang::En).contains("more than a year ago"));
        assert!(stale("2024-11-29", "2026-11-30", true).message(Lang::En).contains("more than 2 years ago"));
        assert!(stale("2001-01-01", "2026-11-30", true).message(Lang::Fr).contains("il y a plus de 25 ans"));
    }
}
