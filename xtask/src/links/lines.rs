//! How a run is told: one line per dead link and per permanent redirect, located like
//! `check-data`'s lines, then a summary; in French or English.

use super::collect::DatasetLink;
use super::verdict::{Failure, Moved};
use communs_core::count::{counted, number, pick};
use communs_core::display::Lang;

/// `FILE: entries[3].links[1].url (entrée « foo ») : lien mort : 404 Not Found — https://…`
pub fn dead(file: &str, link: &DatasetLink, failure: &Failure, final_url: Option<&str>, lang: Lang) -> String {
    let error = failure.describe(lang);
    let url = &link.url;
    let (head, after) = match lang {
        Lang::Fr => (format!("{} : lien mort", located(file, link, lang)), "après redirection vers"),
        Lang::En => (format!("{}: dead link", located(file, link, lang)), "after redirects to"),
    };
    let separator = if lang == Lang::Fr { " : " } else { ": " };
    match final_url {
        Some(final_url) => format!("{head}{separator}{error} — {url} ({after} {final_url})"),
        None => format!("{head}{separator}{error} — {url}"),
    }
}

/// `FILE: entries[3].links[1].url (entrée « foo ») : note : redirection permanente (301) — old → new (…)`
pub fn moved(file: &str, link: &DatasetLink, moved: &Moved, lang: Lang) -> String {
    let (located, url, code, to) = (located(file, link, lang), &link.url, moved.code, &moved.to);
    match lang {
        Lang::Fr => {
            format!("{located} : note : redirection permanente ({code}) — {url} → {to} (écrivez la nouvelle adresse)")
        }
        Lang::En => format!("{located}: note: permanent redirect ({code}) — {url} → {to} (write the new address)"),
    }
}

/// `FILE: 2 entrées invalides, non vérifiées (…)`, when the validator refused some entries.
pub fn invalid_entries(file: &str, count: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!(
            "{file}: {}, non vérifiée{} (cargo xtask check-data {file} dit pourquoi)",
            counted(count, lang, "entrée invalide", "entrées invalides"),
            pick(count, lang, "", "s")
        ),
        Lang::En => format!(
            "{file}: {}, not checked (cargo xtask check-data {file} says why)",
            counted(count, lang, "invalid entry", "invalid entries")
        ),
    }
}

/// `FILE: aucune adresse n'a répondu (…)`, when no server could be reached at all.
pub fn no_answer_at_all(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{file}: aucune adresse n'a répondu : cette machine est-elle reliée à Internet ?"),
        Lang::En => format!("{file}: no address answered: is this machine online?"),
    }
}

/// How many of each a run found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Web links of the dataset (an address written twice counts twice).
    pub links: usize,
    /// Distinct addresses requested.
    pub addresses: usize,
    /// Dead links.
    pub dead: usize,
    /// Links that moved for good.
    pub moved: usize,
}

/// `FILE: 12 liens vérifiés (9 adresses), 1 mort, 2 redirections permanentes`
pub fn summary(file: &str, counts: Counts, lang: Lang) -> String {
    let Counts { links, addresses, dead, moved } = counts;
    let count = |n, one, many| counted(n, lang, one, many);
    match lang {
        Lang::Fr => format!(
            "{file}: {} ({}), {}, {}",
            count(links, "lien vérifié", "liens vérifiés"),
            count(addresses, "adresse", "adresses"),
            count(dead, "mort", "morts"),
            count(moved, "redirection permanente", "redirections permanentes"),
        ),
        Lang::En => format!(
            "{file}: {} checked ({}), {} dead, {}",
            count(links, "link", "links"),
            count(addresses, "address", "addresses"),
            number(dead, lang),
            count(moved, "permanent redirect", "permanent redirects"),
        ),
    }
}

/// `FILE: entries[3].links[1].url (entrée « foo »)`
fn located(file: &str, link: &DatasetLink, lang: Lang) -> String {
    let (path, id) = (&link.path, &link.entry_id);
    match lang {
        Lang::Fr => format!("{file}: {path} (entrée « {id} »)"),
        Lang::En => format!("{file}: {path} (entry \"{id}\")"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link() -> DatasetLink {
        DatasetLink {
            url: "https://a.example/x".into(),
            entry_id: "foo".into(),
            path: "entries[3].links[1].url".into(),
        }
    }

    #[test]
    fn a_dead_link_names_its_entry_path_and_status() {
        assert_eq!(
            dead("data.json", &link(), &Failure::Status(404), None, Lang::Fr),
            "data.json: entries[3].links[1].url (entrée « foo ») : lien mort : 404 Not Found — https://a.example/x"
        );
        assert_eq!(
            dead("data.json", &link(), &Failure::Refused, Some("https://b.example/"), Lang::En),
            "data.json: entries[3].links[1].url (entry \"foo\"): dead link: connection refused — https://a.example/x \
             (after redirects to https://b.example/)"
        );
    }

    #[test]
    fn a_permanent_redirect_is_a_note_with_the_new_address() {
        let to = Moved { code: 301, to: "https://a.example/y".into() };
        assert_eq!(
            moved("data.json", &link(), &to, Lang::Fr),
            "data.json: entries[3].links[1].url (entrée « foo ») : note : redirection permanente (301) — \
             https://a.example/x → https://a.example/y (écrivez la nouvelle adresse)"
        );
    }

    #[test]
    fn the_summary_counts_in_both_languages() {
        let counts = Counts { links: 12, addresses: 9, dead: 1, moved: 2 };
        assert_eq!(
            summary("f", counts, Lang::Fr),
            "f: 12 liens vérifiés (9 adresses), 1 mort, 2 redirections permanentes"
        );
        assert_eq!(summary("f", counts, Lang::En), "f: 12 links checked (9 addresses), 1 dead, 2 permanent redirects");
        let one = Counts { links: 1, addresses: 1, dead: 0, moved: 0 };
        assert_eq!(summary("f", one, Lang::Fr), "f: 1 lien vérifié (1 adresse), 0 mort, 0 redirection permanente");
    }
}
