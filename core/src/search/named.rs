//! Everything that names one person or organisation, found by the slug of its name.

use super::slugify;
use crate::display::{role_name, Lang};
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

/// What `name` is across `entries`: each role it plays, in `lang`, and each affiliation it
/// gives, sorted, each once.
pub fn roles_of(entries: &[&Entry], name: &str, lang: Lang) -> Vec<String> {
    let mut roles: Vec<String> = entries
        .iter()
        .flat_map(|e| &e.people)
        .filter(|p| p.name == name)
        .flat_map(|p| [Some(role_name(p.role, lang).to_string()), p.affiliation.clone()])
        .flatten()
        .collect();
    crate::sort::sort(&mut roles);
    roles.dedup();
    roles
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

    #[test]
    fn a_person_s_roles_and_affiliations_are_listed_once() {
        let person = |role: &str, affiliation: Option<&str>| {
            let affiliation = affiliation.map(|a| format!(r#","affiliation":"{a}""#)).unwrap_or_default();
            serde_json::from_str(&format!(r#"{{"name":"Ada","role":"{role}"{affiliation}}}"#)).unwrap()
        };
        let mut a = Entry::sample("a", "A", None);
        a.people = vec![person("speaker", Some("CNNum")), person("speaker", None)];
        let mut b = Entry::sample("b", "B", None);
        b.people = vec![person("moderator", Some("CNNum"))];
        let roles = roles_of(&[&a, &b], "Ada", Lang::En);
        assert_eq!(roles.len(), 3, "{roles:?}");
        assert!(roles.contains(&"CNNum".to_string()));
        assert_eq!(roles_of(&[&a], "Bob", Lang::Fr), Vec::<String>::new());
    }
}
