//! The words of the site's statements, in French and English: the accessibility statement
//! (after the government's model), the legal notice and the site map. The interface's short
//! labels are in `interface`; these are the pages' paragraphs.

use crate::display::Lang;

/// One statement page's text. Paragraphs are plain text: the views add the links.
#[allow(missing_docs)]
pub struct Statements {
    pub footer_compliance: &'static str,
    pub accessibility_link: &'static str,
    pub site_map_link: &'static str,
    pub legal_link: &'static str,
    // Accessibility statement.
    pub a11y_title: &'static str,
    pub a11y_commitment: &'static str,
    pub a11y_scope: &'static str,
    pub a11y_status_title: &'static str,
    pub a11y_status: fn(&str) -> String,
    pub a11y_method_title: &'static str,
    pub a11y_method_automated: &'static str,
    pub a11y_method_keyboard: &'static str,
    pub a11y_method_browsers: &'static str,
    pub a11y_method_assistive: &'static str,
    pub a11y_method_pages: &'static str,
    pub a11y_gaps_title: &'static str,
    pub a11y_gaps: [&'static str; 2],
    pub a11y_exempt_title: &'static str,
    pub a11y_exempt: &'static str,
    pub a11y_technologies: &'static str,
    pub a11y_date: fn(&str) -> String,
    pub a11y_contact_title: &'static str,
    pub a11y_contact: &'static str,
    pub a11y_recourse_title: &'static str,
    pub a11y_recourse: &'static str,
    pub a11y_recourse_form: &'static str,
    pub a11y_recourse_delegate: &'static str,
    pub a11y_recourse_mail: &'static str,
    // Legal notice.
    pub legal_title: &'static str,
    pub legal_publisher_title: &'static str,
    pub legal_contact: &'static str,
    pub legal_host_title: &'static str,
    pub legal_licence_title: &'static str,
    pub legal_licence: &'static str,
    pub legal_code_licence: &'static str,
    pub legal_source: &'static str,
    pub legal_privacy_title: &'static str,
    pub legal_privacy_none: &'static str,
    pub legal_privacy_stored: &'static str,
    pub legal_privacy_language: &'static str,
    pub legal_privacy_theme: &'static str,
    pub legal_privacy_offline: &'static str,
    pub legal_privacy_preview: &'static str,
    pub legal_privacy_clear: &'static str,
    pub legal_privacy_host: &'static str,
    // Site map.
    pub map_title: &'static str,
    pub map_views: &'static str,
    pub map_pillars: &'static str,
    pub map_contribute: &'static str,
    pub map_data: &'static str,
    pub map_about: &'static str,
    pub map_feed: &'static str,
    pub map_calendar: &'static str,
    pub map_csv: &'static str,
    pub map_by_pillar: &'static str,
    pub map_by_kind: &'static str,
    /// A scope's calendar, by what it holds (`FeedScope::label`).
    pub map_scope_calendar: fn(&str) -> String,
    /// A scope's Atom feed, by what it holds.
    pub map_scope_feed: fn(&str) -> String,
}

/// French.
pub const FR: Statements = Statements {
    footer_compliance: "Accessibilité : partiellement conforme",
    accessibility_link: "Déclaration d'accessibilité",
    site_map_link: "Plan du site",
    legal_link: "Mentions légales",
    a11y_title: "Déclaration d'accessibilité",
    a11y_commitment: "Le Conseil national du numérique s'engage à rendre ses sites internet accessibles conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
    a11y_scope: "Cette déclaration d'accessibilité s'applique à Communs, le site des communs numériques du Conseil national du numérique.",
    a11y_status_title: "État de conformité",
    a11y_status: |version| format!("Communs est partiellement conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version {version}, en raison des critères non encore vérifiés énumérés ci-dessous."),
    a11y_method_title: "Résultats des tests et méthode",
    a11y_method_automated: "Vérification automatique : axe-core 4.14, règles WCAG 2.0, 2.1 et 2.2 de niveaux A et AA, sur douze états du site, en français et en anglais, en thème clair et en thème sombre, à 1 280 pixels de large, et sur l'accueil, une fiche, la frise et les appels à 360 pixels de large. Aucune violation n'est relevée ; ces vérifications sont rejouées à chaque modification.",
    a11y_method_keyboard: "Parcours au clavier seul, rejoué à chaque modification : lien d'évitement, recherche, filtres, résultat, retour ; focus visible et replacé à chaque changement de page.",
    a11y_method_browsers: "Navigateur : Chromium (Debian), en mode sans interface, piloté par Playwright.",
    a11y_method_assistive: "Technologies d'assistance : l'arbre d'accessibilité de Chromium (rôles, noms et états des contrôles) est vérifié par les tests ; aucun lecteur d'écran (NVDA, VoiceOver, TalkBack) n'a encore été essayé par une personne.",
    a11y_method_pages: "Pages vérifiées : l'accueil et ses résultats de recherche (avec et sans résultat), une fiche, la frise chronologique, les appels à contribution, la page de vérification des données (avec erreurs), cette déclaration, le plan du site et les mentions légales.",
    a11y_gaps_title: "Critères non vérifiés",
    a11y_gaps: [
        "Aucun audit complet des 106 critères du RGAA n'a encore été mené par une personne : les critères qui demandent un jugement humain (pertinence des intitulés de liens et des titres, ordre de lecture, restitution par un lecteur d'écran) ne sont vérifiés qu'en partie.",
        "Les graphiques de l'accueil sont des listes de boutons ; leur restitution par les lecteurs d'écran n'a pas été essayée par une personne.",
    ],
    a11y_exempt_title: "Contenus non soumis à l'obligation d'accessibilité",
    a11y_exempt: "Les fichiers exportés (CSV, iCalendar, GeoJSON, JSON) et les sites tiers vers lesquels pointent les liens.",
    a11y_technologies: "Technologies utilisées : HTML, CSS, WAI-ARIA, JavaScript et WebAssembly.",
    a11y_date: |date| format!("Cette déclaration a été établie le {date}."),
    a11y_contact_title: "Retour d'information et contact",
    a11y_contact: "Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez-nous pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :",
    a11y_recourse_title: "Voies de recours",
    a11y_recourse: "Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :",
    a11y_recourse_form: "par le formulaire en ligne du Défenseur des droits",
    a11y_recourse_delegate: "en contactant le délégué du Défenseur des droits de votre région",
    a11y_recourse_mail: "par courrier postal, gratuit et sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
    legal_title: "Mentions légales",
    legal_publisher_title: "Éditeur",
    legal_contact: "Contact : ",
    legal_host_title: "Hébergement",
    legal_licence_title: "Licence des données",
    legal_licence: "Les données de Communs (data/commons.json) sont publiées sous la ",
    legal_code_licence: "Le code source de l'application est publié sous les licences MIT ou Apache 2.0, au choix.",
    legal_source: "Source des données : la page « Les communs numériques : un pas vers une société de la contribution ? » du Conseil national du numérique.",
    legal_privacy_title: "Données personnelles",
    legal_privacy_none: "Ce site ne dépose aucun cookie, n'utilise aucun outil de mesure d'audience ni aucun traceur, et ne collecte aucune donnée personnelle.",
    legal_privacy_stored: "Votre navigateur garde, sur votre appareil seulement et sans rien envoyer :",
    legal_privacy_language: "la langue choisie (stockage local, clé « communs-langue ») ;",
    legal_privacy_theme: "le thème choisi, clair ou sombre (stockage local, clé « communs-theme ») ;",
    legal_privacy_offline: "après la première visite, une copie des fichiers, des pages et des données du site, pour qu'il s'ouvre aussi sans réseau (stockage du cache, « Cache Storage », tenu par le service worker du site et remplacé à chaque nouvelle version) ;",
    legal_privacy_preview: "pendant un aperçu sur la page de vérification des données, le fichier prévisualisé (stockage de session de l'onglet, effacé à sa fermeture).",
    legal_privacy_clear: "Rien d'autre n'est conservé. Pour effacer ces réglages et cette copie, supprimez les données de ce site dans les paramètres de votre navigateur.",
    legal_privacy_host: "Comme tout serveur web, l'hébergeur peut journaliser les requêtes (adresse IP, page demandée, date) pour la sécurité et le bon fonctionnement du service.",
    map_title: "Plan du site",
    map_views: "Les vues",
    map_pillars: "Les quatre piliers",
    map_contribute: "Contribuer",
    map_data: "Données, flux et schéma",
    map_about: "À propos du site",
    map_feed: "Flux Atom des événements et entretiens",
    map_calendar: "Agenda iCalendar (abonnement)",
    map_csv: "Données brutes (CSV, pour un tableur)",
    map_by_pillar: "Agendas et flux par pilier",
    map_by_kind: "Agendas et flux par type d'entrée",
    map_scope_calendar: |scope| format!("Agenda iCalendar : {scope}"),
    map_scope_feed: |scope| format!("Flux Atom : {scope}"),
};

/// English.
pub const EN: Statements = Statements {
    footer_compliance: "Accessibility: partially compliant",
    accessibility_link: "Accessibility statement",
    site_map_link: "Site map",
    legal_link: "Legal notice",
    a11y_title: "Accessibility statement",
    a11y_commitment: "The French Digital Council is committed to making its websites accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.",
    a11y_scope: "This accessibility statement applies to Communs, the French Digital Council's site on digital commons.",
    a11y_status_title: "Compliance status",
    a11y_status: |version| format!("Communs is partially compliant with the French accessibility framework (RGAA), version {version}, because of the criteria not yet checked listed below."),
    a11y_method_title: "Test results and method",
    a11y_method_automated: "Automated checks: axe-core 4.14, WCAG 2.0, 2.1 and 2.2 level A and AA rules, on twelve states of the site, in French and English, in the light and dark themes, 1,280 pixels wide, and on the home page, an entry page, the timeline and the calls 360 pixels wide. No violation is found; these checks run again on every change.",
    a11y_method_keyboard: "A keyboard-only journey, run again on every change: skip link, search, filters, result, back; visible focus, moved on each change of page.",
    a11y_method_browsers: "Browser: Chromium (Debian), headless, driven by Playwright.",
    a11y_method_assistive: "Assistive technologies: Chromium's accessibility tree (roles, names and states of the controls) is checked by the tests; no screen reader (NVDA, VoiceOver, TalkBack) has yet been tried by a person.",
    a11y_method_pages: "Pages checked: the home page and its search results (with and without results), an entry page, the timeline, the calls for contributions, the data-checking page (with errors), this statement, the site map and the legal notice.",
    a11y_gaps_title: "Criteria not checked",
    a11y_gaps: [
        "No complete audit of the RGAA's 106 criteria has yet been made by a person: the criteria that need human judgement (meaningful link texts and headings, reading order, screen-reader output) are only partly checked.",
        "The home page's charts are lists of buttons; how screen readers render them has not been tried by a person.",
    ],
    a11y_exempt_title: "Content exempt from the accessibility obligation",
    a11y_exempt: "Exported files (CSV, iCalendar, GeoJSON, JSON) and the third-party sites that links lead to.",
    a11y_technologies: "Technologies used: HTML, CSS, WAI-ARIA, JavaScript and WebAssembly.",
    a11y_date: |date| format!("This statement was established on {date}."),
    a11y_contact_title: "Feedback and contact",
    a11y_contact: "If you cannot reach a content or a service, write to us to be directed to an accessible alternative or to get the content in another form:",
    a11y_recourse_title: "Recourse",
    a11y_recourse: "If you reported an accessibility defect that keeps you from a content or a service and got no satisfactory answer, you may refer the matter to the Défenseur des droits (the French rights ombudsman):",
    a11y_recourse_form: "through the Défenseur des droits' online form",
    a11y_recourse_delegate: "through the Défenseur des droits' delegate in your region",
    a11y_recourse_mail: "by post, free of charge and without a stamp: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.",
    legal_title: "Legal notice",
    legal_publisher_title: "Publisher",
    legal_contact: "Contact: ",
    legal_host_title: "Hosting",
    legal_licence_title: "Licence of the data",
    legal_licence: "The data of Communs (data/commons.json) is published under the ",
    legal_code_licence: "The application's source code is published under the MIT or Apache 2.0 licence, at your choice.",
    legal_source: "Source of the data: the French Digital Council's page on digital commons, « Les communs numériques : un pas vers une société de la contribution ? ».",
    legal_privacy_title: "Personal data",
    legal_privacy_none: "This site sets no cookie, uses no audience measurement and no tracker, and collects no personal data.",
    legal_privacy_stored: "Your browser keeps, on your device only and without sending anything:",
    legal_privacy_language: "the language you chose (local storage, key “communs-langue”);",
    legal_privacy_theme: "the theme you chose, light or dark (local storage, key “communs-theme”);",
    legal_privacy_offline: "after your first visit, a copy of the site's files, pages and data, so that it opens without a network too (the browser's Cache Storage, kept by the site's service worker and replaced with each new version);",
    legal_privacy_preview: "during a preview on the data-checking page, the previewed file (the tab's session storage, erased when it closes).",
    legal_privacy_clear: "Nothing else is kept. To erase these settings and this copy, delete this site's data in your browser's settings.",
    legal_privacy_host: "Like any web server, the host may log requests (IP address, page asked for, date) for security and to keep the service running.",
    map_title: "Site map",
    map_views: "Views",
    map_pillars: "The four pillars",
    map_contribute: "Contribute",
    map_data: "Data, feeds and schema",
    map_about: "About the site",
    map_feed: "Atom feed of events and interviews",
    map_calendar: "iCalendar calendar (subscription)",
    map_csv: "Raw data (CSV, for a spreadsheet)",
    map_by_pillar: "Calendars and feeds by pillar",
    map_by_kind: "Calendars and feeds by kind of entry",
    map_scope_calendar: |scope| format!("iCalendar calendar: {scope}"),
    map_scope_feed: |scope| format!("Atom feed: {scope}"),
};

/// The statements in `lang`.
pub fn statements(lang: Lang) -> &'static Statements {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subscription::FeedScope;

    #[test]
    fn each_scope_s_site_map_links_say_which_file_they_lead_to() {
        let fr = (FR.map_scope_calendar)(&FeedScope::Pillar(crate::Pillar::Contribuer).label(Lang::Fr));
        assert_eq!(fr, "Agenda iCalendar : pilier « Contribuer »");
        let en = (EN.map_scope_feed)(&FeedScope::Kind(crate::Kind::Call).label(Lang::En));
        assert_eq!(en, "Atom feed: calls for contributions");
        for lang in [Lang::Fr, Lang::En] {
            let s = statements(lang);
            let mut texts: Vec<String> = FeedScope::every()
                .into_iter()
                .flat_map(|scope| [(s.map_scope_calendar)(&scope.label(lang)), (s.map_scope_feed)(&scope.label(lang))])
                .collect();
            let all = texts.len();
            texts.sort();
            texts.dedup();
            assert_eq!(texts.len(), all, "no two links of the site map read alike ({lang:?})");
        }
    }
}
