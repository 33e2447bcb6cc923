//! Everything that names one person or organisation, found by the slug of its name.

use rustc_hash::FxHashMap;

use super::slugify;
use crate::display::{role_name, Lang};
use crate::model::Entry;

/// Whom an entry names: its people or its organisations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    /// `people[].name`.
    People,
    /// `organisations[]`.
    Organisations,
}

impl Named {
    /// The names `entry` gives, in its order.
    pub fn names(self, entry: &Entry) -> Vec<&str> {
        match self {
            Named::People => entry.people.iter().map(|p| p.name.as_str()).collect(),
            Named::Organisations => entry.organisations.iter().map(String::as_str).collect(),
        }
    }
}

/// The entries that name each slug, people and organisations apart, in file order.
pub(crate) struct NamedIndex {
    people: FxHashMap<String, Vec<u32>>,
    organisations: FxHashMap<String, Vec<u32>>,
}

impl NamedIndex {
    pub(crate) fn new(entries: &[Entry]) -> NamedIndex {
        let mut index = NamedIndex { people: FxHashMap::default(), organisations: FxHashMap::default() };
        for (i, entry) in entries.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            for (named, map) in [(Named::People, &mut index.people), (Named::Organisations, &mut index.organisations)] {
                let mut slugs: Vec<String> = named.names(entry).into_iter().map(slugify).collect();
                slugs.dedup();
                for slug in slugs {
                    let list = map.entry(slug).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        index
    }

    /// The entries that name `slug`, in file order.
    pub(crate) fn get(&self, named: Named, slug: &str) -> &[u32] {
        let map = match named {
            Named::People => &self.people,
            Named::Organisations => &self.organisations,
        };
        map.get(slug).map(Vec::as_slice).unwrap_or_default()
    }
}

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
    #[test]
    fn a_prepared_catalog_finds_the_same_names_and_entries() {
        let json = |id: &str, people: &str, orgs: &str| {
            format!(
                r#"{{"id":"{id}","kind":"event","title":"T","summary":"S","pillar":"contribuer",
                   "people":[{people}],"organisations":[{orgs}]}}"#
            )
        };
        let entries: Vec<Entry> = [
            json("a", r#"{"name":"Ada Lovelace","role":"speaker"}"#, r#""CNNum""#),
            json("b", r#"{"name":"ada lovelace","role":"guest"}"#, r#""Wikimédia France","CNNum""#),
            json("c", "", r#""Wikimedia France""#),
        ]
        .iter()
        .map(|j| serde_json::from_str(j).unwrap_or_else(|e| panic!("{e}")))
        .collect();
        let scanned = crate::search::Catalog::new(entries.clone());
        let prepared = crate::search::Catalog::new(entries);
        prepared.prepare_pages();
        for (named, slug) in [
            (Named::People, "ada-lovelace"),
            (Named::Organisations, "cnnum"),
            (Named::Organisations, "wikimedia-france"),
            (Named::People, "nobody"),
        ] {
            let ids = |c: &crate::search::Catalog| {
                c.named(named, slug).map(|(name, found)| (name, found.iter().map(|e| e.id.clone()).collect::<Vec<_>>()))
            };
            assert_eq!(ids(&prepared), ids(&scanned), "{slug}");
        }
        assert_eq!(
            prepared.named(Named::People, "ada-lovelace").map(|(n, f)| (n, f.len())),
            Some(("Ada Lovelace".into(), 2))
        );
    }

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
