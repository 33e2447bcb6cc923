//! How a run is told: one line per dead link, per link refused to the robot and per permanent
//! redirect, located like `check-data`'s lines, then a summary; in French or English.

use super::collect::DatasetLink;
use super::verdict::{status_text, Failure, Moved};
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

/// `FILE: entries[3].links[1].url (entrée « foo ») : note : refusé au robot : 403 Forbidden — https://…
/// (…)`: the server refused the check, but a person may still reach the page.
pub fn blocked(file: &str, link: &DatasetLink, code: u16, final_url: Option<&str>, lang: Lang) -> String {
    let (located, url, status) = (located(file, link, lang), &link.url, status_text(code));
    match lang {
        Lang::Fr => {
            let after = final_url.map(|to| format!("après redirection vers {to} ; ")).unwrap_or_default();
            format!(
                "{located} : note : refusé au robot : {status} — {url} ({after}une personne peut sans doute l'ouvrir)"
            )
        }
        Lang::En => {
            let after = final_url.map(|to| format!("after redirects to {to}; ")).unwrap_or_default();
            format!("{located}: note: refused to the robot: {status} — {url} ({after}a person may still reach it)")
        }
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

/// `FILE: aucune adresse n'a répondu : cette machine est-elle reliée à Internet ? (…)`, when no
/// server answered at all: `addresses` were requested, `example` is one of them with its failure,
/// and the report at `report`, if any, is left as it was.
pub fn no_answer_at_all(
    file: &str,
    addresses: usize,
    example: (&str, &Failure),
    report: Option<&str>,
    lang: Lang,
) -> String {
    let (url, failure) = (example.0, example.1.describe(lang));
    let advice = match (lang, report) {
        (Lang::Fr, Some(path)) => {
            format!("Le rapport {path} n'est pas modifié ; relancez la commande une fois en ligne.")
        }
        (Lang::Fr, None) => "Relancez la commande une fois en ligne.".to_string(),
        (Lang::En, Some(path)) => format!("The report {path} is left unchanged; run the command again once online."),
        (Lang::En, None) => "Run the command again once online.".to_string(),
    };
    match lang {
        Lang::Fr => format!(
            "{file}: aucune adresse n'a répondu : cette machine est-elle reliée à Internet ? {} sans réponse, \
             par exemple {url} ({failure}). {advice}",
            counted(addresses, lang, "adresse", "adresses")
        ),
        Lang::En => format!(
            "{file}: no address answered: is this machine online? {} without an answer, e.g. {url} ({failure}). \
             {advice}",
            counted(addresses, lang, "address", "addresses")
        ),
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
    /// Links whose server refused the robot.
    pub blocked: usize,
    /// Links that moved for good.
    pub moved: usize,
}

/// `FILE: 12 liens vérifiés (9 adresses), 1 mort, 1 refusé au robot, 2 redirections permanentes`
pub fn summary(file: &str, counts: Counts, lang: Lang) -> String {
    let Counts { links, addresses, dead, blocked, moved } = counts;
    let count = |n, one, many| counted(n, lang, one, many);
    match lang {
        Lang::Fr => format!(
            "{file}: {} ({}), {}, {}, {}",
            count(links, "lien vérifié", "liens vérifiés"),
            count(addresses, "adresse", "adresses"),
            count(dead, "mort", "morts"),
            count(blocked, "refusé au robot", "refusés au robot"),
            count(moved, "redirection permanente", "redirections permanentes"),
        ),
        Lang::En => format!(
            "{file}: {} checked ({}), {} dead, {} refused to the robot, {}",
            count(links, "link", "links"),
            count(addresses, "address", "addresses"),
            number(dead, lang),
            number(blocked, lang),
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
        let counts = Counts { links: 12, addresses: 9, dead: 1, blocked: 2, moved: 2 };
        assert_eq!(
            summary("f", counts, Lang::Fr),
            "f: 12 liens vérifiés (9 adresses), 1 mort, 2 refusés au robot, 2 redirections permanentes"
        );
        assert_eq!(
            summary("f", counts, Lang::En),
            "f: 12 links checked (9 addresses), 1 dead, 2 refused to the robot, 2 permanent redirects"
        );
        let one = Counts { links: 1, addresses: 1, dead: 0, blocked: 1, moved: 0 };
        assert_eq!(
            summary("f", one, Lang::Fr),
            "f: 1 lien vérifié (1 adresse), 0 mort, 1 refusé au robot, 0 redirection permanente"
        );
    }

    /// Each of 0, 1, 2 and 50,651 through `line`, in `lang`, with French's narrow no-break
    /// space written `_`.
    fn walk(lang: Lang, line: impl Fn(usize, Lang) -> String) -> [String; 4] {
        [0, 1, 2, 50_651].map(|n| line(n, lang).replace('\u{202F}', "_"))
    }

    /// Issue #23: French takes the singular for 0 and 1, English for 1 only; thousands grouped.
    #[test]
    fn the_summary_agrees_with_each_count_and_groups_thousands() {
        let line = |n, lang| summary("f", Counts { links: n, addresses: n, dead: n, blocked: n, moved: n }, lang);
        assert_eq!(
            walk(Lang::Fr, line),
            [
                "f: 0 lien vérifié (0 adresse), 0 mort, 0 refusé au robot, 0 redirection permanente",
                "f: 1 lien vérifié (1 adresse), 1 mort, 1 refusé au robot, 1 redirection permanente",
                "f: 2 liens vérifiés (2 adresses), 2 morts, 2 refusés au robot, 2 redirections permanentes",
                "f: 50_651 liens vérifiés (50_651 adresses), 50_651 morts, 50_651 refusés au robot, 50_651 \
                 redirections permanentes",
            ]
        );
        assert_eq!(
            walk(Lang::En, line),
            [
                "f: 0 links checked (0 addresses), 0 dead, 0 refused to the robot, 0 permanent redirects",
                "f: 1 link checked (1 address), 1 dead, 1 refused to the robot, 1 permanent redirect",
                "f: 2 links checked (2 addresses), 2 dead, 2 refused to the robot, 2 permanent redirects",
                "f: 50,651 links checked (50,651 addresses), 50,651 dead, 50,651 refused to the robot, 50,651 \
                 permanent redirects",
            ]
        );
    }

    #[test]
    fn invalid_entries_agree_with_their_count_and_group_thousands() {
        assert_eq!(
            walk(Lang::Fr, |n, lang| invalid_entries("f", n, lang)),
            [
                "f: 0 entrée invalide, non vérifiée (cargo xtask check-data f dit pourquoi)",
                "f: 1 entrée invalide, non vérifiée (cargo xtask check-data f dit pourquoi)",
                "f: 2 entrées invalides, non vérifiées (cargo xtask check-data f dit pourquoi)",
                "f: 50_651 entrées invalides, non vérifiées (cargo xtask check-data f dit pourquoi)",
            ]
        );
        assert_eq!(
            walk(Lang::En, |n, lang| invalid_entries("f", n, lang)),
            [
                "f: 0 invalid entries, not checked (cargo xtask check-data f says why)",
                "f: 1 invalid entry, not checked (cargo xtask check-data f says why)",
                "f: 2 invalid entries, not checked (cargo xtask check-data f says why)",
                "f: 50,651 invalid entries, not checked (cargo xtask check-data f says why)",
            ]
        );
    }

    #[test]
    fn no_answer_at_all_agrees_with_its_count_and_groups_thousands() {
        let line = |n, lang| no_answer_at_all("f", n, ("https://a.example/", &Failure::Dns), None, lang);
        let (fr_head, fr_tail) = (
            "f: aucune adresse n'a répondu : cette machine est-elle reliée à Internet ?",
            "sans réponse, par exemple https://a.example/ (nom de domaine introuvable (DNS)). Relancez la \
             commande une fois en ligne.",
        );
        assert_eq!(
            walk(Lang::Fr, line),
            [
                format!("{fr_head} 0 adresse {fr_tail}"),
                format!("{fr_head} 1 adresse {fr_tail}"),
                format!("{fr_head} 2 adresses {fr_tail}"),
                format!("{fr_head} 50_651 adresses {fr_tail}"),
            ]
        );
        let (en_head, en_tail) = (
            "f: no address answered: is this machine online?",
            "without an answer, e.g. https://a.example/ (domain name not found (DNS)). Run the command again \
             once online.",
        );
        assert_eq!(
            walk(Lang::En, line),
            [
                format!("{en_head} 0 addresses {en_tail}"),
                format!("{en_head} 1 address {en_tail}"),
                format!("{en_head} 2 addresses {en_tail}"),
                format!("{en_head} 50,651 addresses {en_tail}"),
            ]
        );
    }

    #[test]
    fn a_link_refused_to_the_robot_is_a_note() {
        assert_eq!(
            blocked("data.json", &link(), 403, None, Lang::Fr),
            "data.json: entries[3].links[1].url (entrée « foo ») : note : refusé au robot : 403 Forbidden — \
             https://a.example/x (une personne peut sans doute l'ouvrir)"
        );
        assert_eq!(
            blocked("data.json", &link(), 999, Some("https://b.example/"), Lang::En),
            "data.json: entries[3].links[1].url (entry \"foo\"): note: refused to the robot: 999 — https://a.example/x \
             (after redirects to https://b.example/; a person may still reach it)"
        );
    }

    #[test]
    fn no_answer_at_all_asks_whether_the_machine_is_online_and_says_the_report_is_kept() {
        let example = ("https://a.example/", &Failure::Dns);
        assert_eq!(
            no_answer_at_all("f", 9, example, Some("links.json"), Lang::Fr),
            "f: aucune adresse n'a répondu : cette machine est-elle reliée à Internet ? 9 adresses sans réponse, \
             par exemple https://a.example/ (nom de domaine introuvable (DNS)). Le rapport links.json n'est pas \
             modifié ; relancez la commande une fois en ligne."
        );
        assert_eq!(
            no_answer_at_all("f", 1, example, None, Lang::En),
            "f: no address answered: is this machine online? 1 address without an answer, e.g. https://a.example/ \
             (domain name not found (DNS)). Run the command again once online."
        );
    }
}
