//! Folding text so that "État", "etat" and "ÉTAT" meet, and cutting it into words.

use unicode_normalization::char::{canonical_combining_class, decompose_canonical};

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
        fold_char(c, |f| out.push(f));
    }
    out
}

/// First code point past the Latin blocks whose folding is kept in a table.
const TABLE_END: u32 = 0x250;

/// Folded forms of U+0080..U+024F (accented Latin letters, guillemets, ligatures), computed
/// once by the generic path: French text folds without decomposing each letter again.
fn latin_table() -> &'static [Box<str>] {
    static TABLE: std::sync::OnceLock<Vec<Box<str>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0x80..TABLE_END)
            .map(|code| {
                let mut folded = String::new();
                if let Some(c) = char::from_u32(code) {
                    fold_generic(c, &mut |f| folded.push(f));
                }
                folded.into_boxed_str()
            })
            .collect()
    })
}

/// Calls `out` with the folded form of one character (none, one or a few characters).
fn fold_char(c: char, mut out: impl FnMut(char)) {
    if c.is_ascii() {
        if c == '`' {
            out('\'');
        } else {
            out(c.to_ascii_lowercase());
        }
        return;
    }
    // The table covers U+0080..TABLE_END exactly: any other character misses it.
    match latin_table().get((c as u32).wrapping_sub(0x80) as usize) {
        Some(folded) => folded.chars().for_each(out),
        None => fold_generic(c, &mut out),
    }
}

/// Folds one character through Unicode canonical decomposition and lowercasing.
fn fold_generic(c: char, out: &mut dyn FnMut(char)) {
    decompose_canonical(c, |part| {
        for lower in part.to_lowercase() {
            decompose_canonical(lower, |base| push_folded(out, base));
        }
    });
}

/// Passes on one lowercase, decomposed character: accents dropped, ligatures expanded,
/// apostrophes unified.
///
/// An accent is a mark with a non-zero canonical combining class (acute, grave, cedilla, tonos,
/// Hebrew and Arabic vowel points, viramas). Spacing vowel signs (class 0, as in Hindi or Thai)
/// are letters of their word and stay, so "कि" and "का" remain different words.
fn push_folded(out: &mut dyn FnMut(char), c: char) {
    match c {
        c if canonical_combining_class(c) != 0 => {}
        'œ' => "oe".chars().for_each(out),
        'æ' => "ae".chars().for_each(out),
        'ß' => "ss".chars().for_each(out),
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => out('\''),
        c => out(c),
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
    let mut words = Vec::new();
    for_each_token(text, |word| words.push(word.to_string()));
    words
}

/// Calls `visit` with each word [`tokens`] would return, without allocating one string per
/// word (the index visits millions of them at 100,000 entries).
pub fn for_each_token(text: &str, mut visit: impl FnMut(&str)) {
    // One pass: fold each character into the current run of letters, digits and apostrophes,
    // and cut the run into words at the first other character.
    let mut run = String::new();
    for c in text.chars() {
        fold_char(c, |f| {
            if f.is_alphanumeric() || f == '\'' {
                run.push(f);
            } else if !run.is_empty() {
                words_of_run(&run, &mut visit);
                run.clear();
            }
        });
    }
    if !run.is_empty() {
        words_of_run(&run, &mut visit);
    }
}

/// The words of one run: apostrophes at the ends dropped, then a leading elision, then split.
fn words_of_run(run: &str, visit: &mut impl FnMut(&str)) {
    let mut word = run.trim_matches('\'');
    if let Some((head, tail)) = word.split_once('\'') {
        if ELISIONS.contains(&head) {
            word = tail;
        }
    }
    for part in word.split('\'').filter(|part| !part.is_empty()) {
        visit(part);
    }
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
    fn the_latin_table_folds_as_the_generic_path_does() {
        for code in 0x80..TABLE_END {
            let Some(c) = char::from_u32(code) else { continue };
            let mut generic = String::new();
            fold_generic(c, &mut |f| generic.push(f));
            assert_eq!(fold(&c.to_string()), generic, "U+{code:04X}");
        }
        assert_eq!(fold("Ça « ÉTÉ » Œuvre"), "ca « ete » oeuvre");
    }

    #[test]
    fn drops_accents_of_every_script_but_keeps_vowel_signs() {
        assert_eq!(fold("Tiếng Việt"), "tieng viet");
        assert_eq!(fold("Ελληνικά"), "ελληνικα");
        assert_eq!(fold("Ёлка й"), "елка и");
        assert_eq!(fold("שָׁלוֹם"), "שלום");
        assert_eq!(fold("कि"), "कि");
        assert_ne!(fold("कि"), fold("का"));
    }

    #[test]
    fn keeps_numbers() {
        assert_eq!(tokens("NEC 2023 : 3ème saison"), ["nec", "2023", "3eme", "saison"]);
    }
}
