//! Which parts of a text match the query, for highlighting as nodes (never HTML).

use super::tokens;

/// Splits `text` into `(piece, matched)` runs: a word is matched when one of the query's
/// words is a prefix of it, after folding and elision.
///
/// ```
/// use communs_core::search::highlight;
/// let runs = highlight("L’atelier Wikipédia", "wiki");
/// assert_eq!(runs, vec![("L’atelier ".to_string(), false), ("Wikipédia".to_string(), true)]);
/// ```
pub fn highlight(text: &str, query: &str) -> Vec<(String, bool)> {
    let wanted = tokens(query);
    let mut runs: Vec<(String, bool)> = Vec::new();
    let mut push = |piece: &str, matched: bool| match runs.last_mut() {
        Some((last, m)) if *m == matched => last.push_str(piece),
        _ => runs.push((piece.to_string(), matched)),
    };
    let mut word_start: Option<usize> = None;
    let flush = |start: usize, end: usize, push: &mut dyn FnMut(&str, bool)| {
        let word = text.get(start..end).unwrap_or_default();
        let matched =
            !wanted.is_empty() && tokens(word).iter().any(|t| wanted.iter().any(|w| t.starts_with(w.as_str())));
        push(word, matched);
    };
    let mut last_end = 0;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric();
        match (word_start, in_word) {
            (None, true) => {
                push(text.get(last_end..i).unwrap_or_default(), false);
                word_start = Some(i);
            }
            (Some(start), false) => {
                flush(start, i, &mut push);
                word_start = None;
                last_end = i;
            }
            _ => {}
        }
    }
    match word_start {
        Some(start) => flush(start, text.len(), &mut push),
        None => push(text.get(last_end..).unwrap_or_default(), false),
    }
    runs.retain(|(piece, _)| !piece.is_empty());
    runs
}
