//! Everything that names one person or organisation, found by the slug of its name.

use super::slugify;
use crate::model::Entry;

/// The name whose slug is `slug`, as the data writes it, and every entry in which `names`
/// finds it; `None` when no entry does.
///
/// ```
/// use communs_core::search::entries_named;
/// let (name, found) = entries_named(&[], "x", |e| e.organisations.iter().map(String::as_str).collect()).unzip();
/// assert!(name.is_none() && found.is_none());
/// ```
pub fn entries_named<'a>(
    entries: &'a [Entry],
    slug: &str,
    names: impl Fn(&'a Entry) -> Vec<&'a str>,
) -> Option<(String, Vec<&'a Entry>)> {
    let mut name = None;
    let mut found = Vec::new();
    for entry in entries {
        if let Some(hit) = names(entry).into_iter().find(|n| slugify(n) == slug) {
            name.get_or_insert_with(|| hit.to_string());
            found.push(entry);
        }
    }
    name.map(|n| (n, found))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_entry_naming_the_slug() {
        let mut a = Entry::sample("a", "A", None);
        a.organisations = vec!["Wikimédia France".into()];
        let b = Entry::sample("b", "B", None);
        let mut c = Entry::sample("c", "C", None);
        c.organisations = vec!["Autre".into(), "Wikimédia France".into()];
        let entries = [a, b, c];
        let (name, found) =
            entries_named(&entries, "wikimedia-france", |e| e.organisations.iter().map(String::as_str).collect())
                .unwrap_or_default();
        assert_eq!(name, "Wikimédia France");
        assert_eq!(found.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["a", "c"]);
    }
}
