//! Turns serde_json's English messages into French sentences, with "did you mean" hints.

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

/// A clearer message for the two commonest hand-editing slips, recognised from the text
/// around a syntax error at `offset`: a comma before `]`/`}`, and a doubled comma.
pub fn comma_problem(text: &str, offset: usize) -> Option<(String, Option<String>)> {
    let before = text.get(..offset)?;
    let mut previous = before.trim_end().chars().rev();
    let last = previous.next()?;
    let here = text.get(offset.saturating_sub(1)..).unwrap_or_default().trim_start().chars().next();
    let before_last = previous.next();
    match (before_last, last, here) {
        (Some(','), ',', _) | (_, ',', Some(',')) => {
            Some(("virgule en double".into(), Some("supprimez l'une des deux virgules".into())))
        }
        (_, ',', Some(close @ (']' | '}'))) => Some((
            format!("virgule en trop avant « {close} »"),
            Some("supprimez la dernière virgule de la liste ou de l'objet".into()),
        )),
        _ => None,
    }
}

/// Names listed by serde after "expected one of": `` `a`, `b` `` → `["a", "b"]`.
fn backticked(list: &str) -> Vec<&str> {
    list.split('`').skip(1).step_by(2).collect()
}

/// A French message and an optional hint for one serde_json error message
/// (with its " at line … column …" suffix already removed).
pub fn french(message: &str) -> (String, Option<String>) {
    let hint_for = |word: &str, list: &str| {
        let names = backticked(list);
        let choices = names.join(", ");
        match did_you_mean(word, names.iter().copied()) {
            Some(best) => Some(format!("vouliez-vous dire « {best} » ? valeurs possibles : {choices}")),
            None => Some(format!("valeurs possibles : {choices}")),
        }
    };
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (word, list) = rest.split_once('`').unwrap_or((rest, ""));
        return (format!("valeur inconnue « {word} »"), hint_for(word, list));
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (word, list) = rest.split_once('`').unwrap_or((rest, ""));
        return (format!("champ inconnu « {word} »"), hint_for(word, list));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return (format!("champ obligatoire « {field} » manquant"), None);
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        let field = rest.trim_end_matches('`');
        return (format!("le champ « {field} » apparaît deux fois"), Some("gardez-en un seul".into()));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        return (format!("type incorrect : {} trouvé, {} attendu", type_name(found), type_name(expected)), None);
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return (format!("longueur incorrecte ({rest})"), None);
    }
    let syntax = [
        (
            "trailing comma",
            "virgule en trop avant la fermeture",
            "supprimez la dernière virgule de la liste ou de l'objet",
        ),
        ("expected value", "valeur attendue", "une virgule en double, ou une valeur manquante ?"),
        ("EOF while parsing", "le fichier s'arrête au milieu du JSON", "il manque la fin : un « ] » ou un « } » ?"),
        (
            "expected `,` or `}`",
            "il manque une virgule ou une accolade fermante « } »",
            "séparez les champs par des virgules",
        ),
        (
            "expected `,` or `]`",
            "il manque une virgule ou un crochet fermant « ] »",
            "séparez les éléments par des virgules",
        ),
        ("expected `:`", "il manque « : » entre le nom du champ et sa valeur", "écrivez \"champ\": valeur"),
        ("key must be a string", "un nom de champ doit être entre guillemets droits", "écrivez \"champ\": valeur"),
        ("trailing characters", "du texte suit la fin du JSON", "supprimez ce qui suit la dernière accolade"),
        ("control character", "caractère de contrôle dans une chaîne", "échappez les retours à la ligne en \\n"),
        ("invalid escape", "séquence d'échappement invalide", "un « \\ » seul s'écrit « \\\\ »"),
        ("invalid unicode code point", "caractère Unicode invalide", "vérifiez la séquence \\u"),
        ("lone leading surrogate", "caractère Unicode invalide", "vérifiez la séquence \\u"),
        ("recursion limit exceeded", "imbrication trop profonde", "le fichier contient trop de niveaux de [ ou {"),
        ("number out of range", "nombre hors limites", "vérifiez ce nombre"),
        ("invalid number", "nombre invalide", "vérifiez ce nombre"),
        ("expected ident", "mot inattendu", "les valeurs littérales sont true, false et null"),
        ("ident", "mot inattendu", "les valeurs littérales sont true, false et null"),
    ];
    for (english, french, hint) in syntax {
        if message.contains(english) {
            return (french.to_string(), Some(hint.to_string()));
        }
    }
    (message.to_string(), None)
}

/// Serde's type descriptions in French.
fn type_name(serde: &str) -> String {
    let serde = serde.trim();
    if serde.starts_with("string") || serde.starts_with("a string") || serde.starts_with("a borrowed string") {
        return match serde.split_once(' ') {
            Some((_, value)) if serde.starts_with("string ") => format!("le texte {value}"),
            _ => "un texte".into(),
        };
    }
    let known = [
        ("map", "un objet { … }"),
        ("struct", "un objet { … }"),
        ("sequence", "une liste [ … ]"),
        ("a sequence", "une liste [ … ]"),
        ("boolean", "un booléen"),
        ("a boolean", "un booléen"),
        ("null", "null"),
        ("integer", "un nombre"),
        ("floating point", "un nombre"),
        ("f64", "un nombre"),
        ("unit", "null"),
    ];
    for (english, french) in known {
        if serde.starts_with(english) {
            return french.into();
        }
    }
    if serde.starts_with("enum") || serde.starts_with("variant") {
        return "un texte".into();
    }
    serde.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
