//! Folding text so that "État", "etat" and "ÉTAT" meet, and cutting it into words.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lowercases, removes accents, expands ligatures (œ→oe, æ→ae) and unifies apostrophes.
/// Guillemets and other punctuation are kept for [`tokens`] to drop.
///
/// ```
/// use communs_core::search::fold;
/// assert_eq!(fold("Œuvre d’État"), "oeuvre d'etat");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() && c != '`' {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(c, |part| {
            for lower in part.to_lowercase() {
                decompose_canonical(lower, |base| push_folded(&mut out, base));
            }
        });
    }
    out
}

/// Appends one lowercase, decomposed character: accents dropped, ligatures expanded,
/// apostrophes unified.
fn push_folded(out: &mut String, c: char) {
    match c {
        c if is_combining_mark(c) => {}
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => out.push('\''),
        c => out.push(c),
    }
}

/// French elided articles and pronouns, dropped before a word: l'atelier → atelier.
const ELISIONS: [&str; 9] = ["l", "d", "qu", "n", "s", "j", "m", "t", "c"];

/// Folded words of `text`, with elisions removed: `« L’atelier d'État »` → `["atelier", "etat"]`.
///
/// ```
/// use communs_core::search::tokens;
/// assert_eq!(tokens("« L’atelier d'État »"), ["atelier", "etat"]);
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut words = Vec::new();
    for raw in folded.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let mut word = raw.trim_matches('\'');
        if let Some((head, tail)) = word.split_once('\'') {
            if ELISIONS.contains(&head) {
                word = tail;
            }
        }
        for part in word.split('\'') {
            if !part.is_empty() {
                words.push(part.to_string());
            }
        }
    }
    words
}

/// A URL-safe slug for a name: folded words joined by hyphens.
///
/// ```
/// use communs_core::search::slugify;
/// assert_eq!(slugify("Corinne Vercher-Chaptal"), "corinne-vercher-chaptal");
/// assert_eq!(slugify("Wikimédia France"), "wikimedia-france");
/// ```
pub fn slugify(name: &str) -> String {
    fold(name).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_ligatures() {
        assert_eq!(fold("Wikipédia"), "wikipedia");
        assert_eq!(fold("ÉTAT"), "etat");
        assert_eq!(fold("cœur Ægir"), "coeur aegir");
        assert_eq!(fold("l’atelier"), fold("l'atelier"));
    }

    #[test]
    fn folding_is_idempotent() {
        for text in ["Œuvre d’État « Ça »", "ÀÉÎÕÜ ǅ ﬁ", "Straße", "GROẞ", "İstanbul", "ΣΑΣ"] {
            assert_eq!(fold(&fold(text)), fold(text));
        }
    }

    #[test]
    fn strips_elisions_and_guillemets() {
        assert_eq!(tokens("l'atelier"), ["atelier"]);
        assert_eq!(tokens("« La priorité, c’est le changement »"), ["la", "priorite", "est", "le", "changement"]);
        assert_eq!(tokens("qu’il d’abord"), ["il", "abord"]);
        assert_eq!(tokens("aujourd'hui"), ["aujourd", "hui"]);
    }

    #[test]
    fn keeps_numbers() {
        assert_eq!(tokens("NEC 2023 : 3ème saison"), ["nec", "2023", "3eme", "saison"]);
    }
}
