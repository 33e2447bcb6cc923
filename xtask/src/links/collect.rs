//! Every web address of a dataset, with the entry and the JSON path that write it.

use std::collections::BTreeSet;

use communs_core::{load, Entry};

/// One web address as the dataset writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetLink {
    /// The address exactly as written.
    pub url: String,
    /// The id of the entry that writes it.
    pub entry_id: String,
    /// Where: `entries[3].links[1].url` or `entries[5].call.action`.
    pub path: String,
}

/// The web addresses of a dataset's valid entries, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collected {
    /// Every `http:` or `https:` address (`mailto:` ones are never requested).
    pub links: Vec<DatasetLink>,
    /// Entries the validator refused: their addresses are not checked.
    pub invalid_entries: usize,
}

/// Reads `text` with the validator's loader; `None` when it is not a dataset at all.
pub fn collect(text: &str) -> Option<Collected> {
    let loaded = load(text);
    let dataset = loaded.dataset.as_ref()?;
    // The loader keeps the valid entries in file order and drops each entry an error concerns:
    // the file's index of the k-th valid entry is the k-th index no error concerns.
    let refused: BTreeSet<usize> =
        loaded.diagnostics.iter().filter(|d| d.is_error()).filter_map(|d| d.entry_index).collect();
    let file_indexes = (0..loaded.total_entries).filter(|i| !refused.contains(i));
    let mut links = Vec::new();
    for (index, entry) in file_indexes.zip(&dataset.entries) {
        links.extend(entry_links(index, entry));
    }
    Some(Collected { links, invalid_entries: loaded.total_entries - dataset.entries.len() })
}

/// The web addresses of one entry: its links, then its call's action.
fn entry_links(index: usize, entry: &Entry) -> Vec<DatasetLink> {
    entry
        .web_addresses()
        .map(|(field, url)| DatasetLink {
            url: url.to_string(),
            entry_id: entry.id.clone(),
            path: format!("entries[{index}].{}", field.path()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn dataset(entries: &[&str]) -> String {
        format!(r#"{{"version":"1","updated":"2026-11-30","entries":[{}]}}"#, entries.join(","))
    }

    fn entry(id: &str, links: &[&str]) -> String {
        let links: Vec<String> =
            links.iter().map(|url| format!(r#"{{"url":"{url}","label":"Lien","type":"page"}}"#)).collect();
        format!(
            r#"{{"id":"{id}","kind":"initiative","title":"T","summary":"S","pillar":"contribuer","links":[{}]}}"#,
            links.join(",")
        )
    }

    #[test]
    fn keeps_each_address_with_its_entry_and_path_in_file_order() {
        let text = dataset(&[
            &entry("a", &["https://a.example/", "mailto:info@cnnumerique.fr"]),
            &entry("b", &["http://b.example/x", "HTTPS://c.example/"]),
        ]);
        let collected = collect(&text).unwrap();
        let found: Vec<(&str, &str, &str)> =
            collected.links.iter().map(|l| (l.url.as_str(), l.entry_id.as_str(), l.path.as_str())).collect();
        assert_eq!(
            found,
            [
                ("https://a.example/", "a", "entries[0].links[0].url"),
                ("http://b.example/x", "b", "entries[1].links[0].url"),
                ("HTTPS://c.example/", "b", "entries[1].links[1].url"),
            ]
        );
        assert_eq!(collected.invalid_entries, 0);
    }

    #[test]
    fn takes_a_calls_web_action_but_not_a_mailto() {
        let call = |id: &str, action: &str| {
            format!(
                r#"{{"id":"{id}","kind":"call","title":"T","summary":"S","pillar":"contribuer",
                "call":{{"asks":"A","audience":"B","action":"{action}","action_label":"C"}}}}"#
            )
        };
        let text =
            dataset(&[&call("web", "https://forms.example/x"), &call("mail", "mailto:info@cnnumerique.fr?subject=x")]);
        let links = collect(&text).unwrap().links;
        assert_eq!(links.len(), 1);
        assert_eq!((links[0].path.as_str(), links[0].entry_id.as_str()), ("entries[0].call.action", "web"));
    }

    #[test]
    fn skips_refused_entries_and_keeps_the_file_index_of_the_others() {
        // The loader refuses a javascript: link: the whole entry is left out.
        let text = dataset(&[
            &entry("bad", &["javascript:alert(1)", "https://never.example/"]),
            &entry("good", &["https://good.example/"]),
        ]);
        let collected = collect(&text).unwrap();
        assert_eq!(collected.invalid_entries, 1);
        assert_eq!(collected.links.len(), 1);
        assert_eq!(collected.links[0].path, "entries[1].links[0].url");
    }

    #[test]
    fn a_file_that_is_no_dataset_gives_nothing() {
        assert!(collect("[1, 2]").is_none());
    }
}
