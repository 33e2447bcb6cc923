//! The interface's words in French (default) and English. Every label lives in [`Texts`]: a
//! language missing one field does not compile.

use crate::count::{counted, number, pick};
use crate::display::Lang;
use crate::search::FacetKey;

/// Every word of the interface, in one language. Each field is named after where it appears;
/// the `fn` fields build sentences around numbers and names.
#[allow(missing_docs)]
pub struct Texts {
    pub skip: &'static str,
    pub brand_tagline: &'static str,
    pub nav_label: &'static str,
    pub nav_explore: &'static str,
    pub nav_timeline: &'static str,
    pub nav_calls: &'static str,
    pub switch_to: &'static str,
    pub switch_label: &'static str,
    pub theme_dark: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub err_network: &'static str,
    pub err_not_found: &'static str,
    pub err_status: fn(u16) -> String,
    pub err_invalid: fn(&str) -> String,
    pub skipped_label: &'static str,
    pub skipped_title: fn(usize) -> String,
    /// After the skipped-entries title: why, agreeing with the count.
    pub skipped_why: fn(usize) -> String,
    /// After the skipped entries listed: how many more there are.
    pub skipped_more: fn(usize) -> String,
    /// Under the contributor page's first problems: how many more there are.
    pub diagnostics_more: fn(usize) -> String,
    pub hide: &'static str,
    /// A count alone, grouped by thousands (facet counts, chart bars).
    pub number: fn(usize) -> String,
    pub line_path: fn(usize, &str, &str) -> String,
    /// An entry without a readable id, by its place in the file.
    pub entry_number: fn(usize) -> String,
    pub footer_version: fn(&str, &str) -> String,
    pub footer_json: &'static str,
    pub footer_schema: &'static str,
    pub footer_feed: &'static str,
    pub footer_source: &'static str,
    pub explore_title: &'static str,
    pub intro_title: &'static str,
    pub intro_text: &'static str,
    pub entries_count: fn(usize) -> String,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    /// Beside the search box, for visitors without JavaScript, who can still browse the list.
    pub search_needs_script: &'static str,
    /// Under the search box of a page written at build time, once something is typed there
    /// before the app has arrived (shown by the stylesheet alone).
    pub search_starting: &'static str,
    pub filters_label: &'static str,
    pub results_count: fn(usize) -> String,
    /// In place of the count while the word index is being built.
    pub search_preparing: &'static str,
    pub sort_by: &'static str,
    pub sort_relevance: &'static str,
    pub sort_newest: &'static str,
    pub sort_oldest: &'static str,
    pub sort_title: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub no_match: &'static str,
    pub clear_filters: &'static str,
    /// A facet's name, as its legend and its chips read.
    pub facet_name: fn(FacetKey) -> &'static str,
    /// The heading of Explore's charts.
    pub charts_label: &'static str,
    /// A chart's title, by the facet it counts.
    pub chart_title: fn(FacetKey) -> &'static str,
    pub facet_sort_name: &'static str,
    pub facet_sort_count: &'static str,
    pub show_more: fn(usize) -> String,
    pub show_less: &'static str,
    /// Under an expanded facet that lists only its first values: (shown, total).
    pub facet_capped: fn(usize, usize) -> String,
    pub active_filters: &'static str,
    pub remove_filter: fn(&str) -> String,
    pub clear_all: &'static str,
    pub period_chip: fn(&str, &str) -> String,
    pub pages_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub page_of: fn(usize, usize) -> String,
    pub in_french: &'static str,
    pub export: &'static str,
    pub export_note: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub export_ics: fn(usize) -> String,
    pub export_geojson: fn(usize) -> String,
    pub back_to_results: &'static str,
    pub back_to_explore: &'static str,
    pub date_note: &'static str,
    pub place: &'static str,
    pub how_to_take_part: &'static str,
    pub who: &'static str,
    pub people: &'static str,
    pub organisations: &'static str,
    pub links: &'static str,
    pub themes: &'static str,
    pub see_also: &'static str,
    pub propose_correction: &'static str,
    /// Beside a link the report found alive: the day of the check.
    pub link_verified: fn(&str) -> String,
    /// Beside a link the report found dead: since when.
    pub link_dead_since: fn(&str) -> String,
    /// The link to a dead page's archived copy.
    pub link_archive: &'static str,
    /// On an item page: the day a person last checked the entry against its source.
    pub entry_verified: fn(&str) -> String,
    /// The contributor page's list of the file's links the report knows.
    pub known_links: &'static str,
    pub add_to_calendar: &'static str,
    pub timeline_title: &'static str,
    pub today: &'static str,
    /// Before the dataset's date, where a page written at build time cannot know today's.
    pub data_as_of: &'static str,
    pub newest_first: &'static str,
    pub oldest_first: &'static str,
    pub upcoming: &'static str,
    pub month_unknown: fn(i32) -> String,
    pub undated: &'static str,
    pub timeline_count: fn(usize) -> String,
    pub period: fn(&str, &str) -> String,
    pub whole_period: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub strip_help: &'static str,
    pub strip_bar: fn(&str, usize) -> String,
    pub calls_title: &'static str,
    pub calls_lead: &'static str,
    pub closing_soon: &'static str,
    pub open_calls: &'static str,
    /// Heading of every call with its dates, in a page written before the day it is read.
    pub calls_with_dates: &'static str,
    pub closed_calls: fn(usize) -> String,
    pub deadline: fn(&str) -> String,
    pub part_of: &'static str,
    pub add_deadline: &'static str,
    pub contribute_data: &'static str,
    pub contribute_data_text: &'static str,
    pub propose_by_mail: &'static str,
    pub contributing_guide: &'static str,
    pub check_file_link: &'static str,
    pub check_title: &'static str,
    pub check_lead: &'static str,
    /// On the contributor page, for visitors without JavaScript: the same check from a terminal.
    pub check_needs_script: &'static str,
    pub choose_file: &'static str,
    pub json_content: &'static str,
    /// A size in megabytes, from a number of bytes.
    pub megabytes: fn(usize) -> String,
    /// The contributor page's name for a file kept out of the editor.
    pub aside_file: fn(&str) -> String,
    pub aside_pasted: &'static str,
    pub aside_previewed: &'static str,
    /// A chosen file over the validator's limit: the file, its size, the limit.
    pub file_too_big: fn(&str, &str, &str) -> String,
    /// A chosen file the browser could not read as text.
    pub file_unreadable: fn(&str) -> String,
    /// Why a text is checked without being placed in the editor: what it is and its size.
    pub aside_why: fn(&str, &str) -> String,
    pub check_summary: fn(usize, usize, usize, usize) -> String,
    pub error: &'static str,
    /// What separates a label from what it introduces: « : » in French, ": " in English.
    pub colon: &'static str,
    pub warning: &'static str,
    pub line_column: fn(usize, usize) -> String,
    pub preview_site: &'static str,
    pub download_fixed: &'static str,
    /// Alert when an export could not be built, with the reason.
    pub export_failed: fn(&str) -> String,
    pub download_note: &'static str,
    pub preview_label: &'static str,
    pub preview_text: &'static str,
    /// After the preview banner's text, when the browser would not store the file.
    pub preview_not_kept: &'static str,
    pub back_to_published: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
}

/// `n` and the French noun it counts: « 0 entrée », « 50 651 entrées ».
fn fr(n: usize, one: &str, many: &str) -> String {
    counted(n, Lang::Fr, one, many)
}

/// `n` and the English noun it counts: "0 entries", "1 entry", "50,651 entries".
fn en(n: usize, one: &str, many: &str) -> String {
    counted(n, Lang::En, one, many)
}

/// French.
pub const FR: Texts = Texts {
    skip: "Aller au contenu",
    brand_tagline: "Les communs numériques au Conseil national du numérique",
    nav_label: "Navigation principale",
    nav_explore: "Explorer",
    nav_timeline: "Frise chronologique",
    nav_calls: "Appels à contribution",
    switch_to: "English",
    switch_label: "Read in English",
    theme_dark: "Thème sombre",
    loading: "Chargement des données…",
    load_failed: "Les données n'ont pas pu être chargées",
    retry: "Réessayer",
    err_network: "Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.",
    err_not_found: "Les données sont introuvables sur le serveur (erreur 404).",
    err_status: |code| format!("Le serveur n'a pas pu envoyer les données (erreur {code})."),
    err_invalid: |why| format!("Les données reçues sont illisibles : {why}"),
    skipped_label: "Entrées ignorées",
    skipped_title: |n| fr(n, "entrée ignorée", "entrées ignorées"),
    skipped_why: |n| pick(n, Lang::Fr, " : elle contient des erreurs.", " : elles contiennent des erreurs.").into(),
    skipped_more: |n| format!("… et {}.", fr(n, "autre", "autres")),
    diagnostics_more: |n| {
        let more = pick(n, Lang::Fr, "autre problème", "autres problèmes");
        format!("… et {} {more} : corrigez d'abord ceux-ci, puis vérifiez à nouveau.", number(n, Lang::Fr))
    },
    hide: "Masquer",
    number: |n| number(n, Lang::Fr),
    line_path: |line, path, message| format!("ligne {line}, {path} : {message}"),
    entry_number: |n| format!("n° {n}"),
    footer_version: |version, date| format!("Données version {version}, mises à jour le {date}."),
    footer_json: "Données brutes (JSON)",
    footer_schema: "Schéma JSON",
    footer_feed: "Flux Atom",
    footer_source: "Source : page « Les communs numériques » du Conseil national du numérique.",
    explore_title: "Explorer les communs numériques",
    intro_title: "Les communs numériques : un pas vers une société de la contribution ?",
    intro_text: "Les quatre piliers de l'action du Conseil national du numérique sur les communs numériques.",
    entries_count: |n| fr(n, "entrée", "entrées"),
    search_label: "Rechercher",
    search_placeholder: "Wikipédia, logiciel libre, Bastien Guerry…",
    search_needs_script: "La recherche et les filtres demandent JavaScript ; sans lui, parcourez la liste ci-dessous.",
    search_starting: "La recherche démarre dans un instant : la page finit de se charger.",
    filters_label: "Filtres",
    results_count: |n| match n {
        0 => "Aucun résultat".into(),
        n => fr(n, "résultat", "résultats"),
    },
    search_preparing: "Préparation de la recherche…",
    sort_by: "Trier par ",
    sort_relevance: "pertinence",
    sort_newest: "date, récent d'abord",
    sort_oldest: "date, ancien d'abord",
    sort_title: "titre (A → Z)",
    copy_link: "Copier le lien",
    link_copied: "Lien copié",
    no_match: "Aucune entrée ne correspond à ces critères.",
    clear_filters: "Effacer les filtres",
    facet_name: |key| match key {
        FacetKey::Kind => "Type",
        FacetKey::Pillar => "Pilier",
        FacetKey::Year => "Année",
        FacetKey::Tag => "Thème",
        FacetKey::Person => "Personne",
        FacetKey::Organisation => "Organisation",
        FacetKey::City => "Ville",
    },
    charts_label: "En chiffres",
    chart_title: |key| match key {
        FacetKey::Pillar => "Entrées par pilier",
        FacetKey::Kind => "Entrées par type",
        FacetKey::Year => "Entrées par année",
        _ => "Entrées",
    },
    facet_sort_name: "trier par nom",
    facet_sort_count: "trier par nombre",
    show_more: |n| format!("voir plus ({})", number(n, Lang::Fr)),
    show_less: "voir moins",
    facet_capped: |shown, total| {
        let total = number(total, Lang::Fr);
        match shown {
            0 => format!("Aucune valeur affichée sur {total} : précisez la recherche pour les trouver."),
            1 => format!("La première valeur sur {total} : précisez la recherche pour trouver les autres."),
            _ => format!(
                "Les {} premières valeurs sur {total} : précisez la recherche pour trouver les autres.",
                number(shown, Lang::Fr)
            ),
        }
    },
    active_filters: "Filtres actifs",
    remove_filter: |f| format!("Retirer le filtre {f}"),
    clear_all: "Tout effacer",
    period_chip: |a, b| format!("Période : {a} → {b}"),
    pages_label: "Pages de résultats",
    previous: "← Précédent",
    next: "Suivant →",
    page_of: |p, n| format!("Page {} sur {}", number(p, Lang::Fr), number(n, Lang::Fr)),
    in_french: "",
    export: "Exporter",
    export_note: "Exactement les résultats affichés, toutes pages comprises.",
    export_csv: "Tableur (CSV)",
    export_json: "Données (JSON)",
    export_ics: |n| format!("Agenda (iCalendar, {})", fr(n, "événement", "événements")),
    export_geojson: |n| format!("Carte uMap (GeoJSON, {})", fr(n, "lieu", "lieux")),
    back_to_results: "← Retour aux résultats",
    back_to_explore: "← Explorer",
    date_note: "Note sur la date : ",
    place: "Lieu : ",
    how_to_take_part: "Comment participer",
    who: "Pour qui : ",
    people: "Personnes",
    organisations: "Organisations",
    links: "Liens",
    themes: "Thèmes",
    see_also: "Voir aussi",
    propose_correction: "Proposer une correction",
    link_verified: |date| format!("vérifié le {date}"),
    link_dead_since: |date| format!("inaccessible depuis le {date}"),
    link_archive: "copie archivée",
    entry_verified: |date| format!("Fiche vérifiée à la source le {date}."),
    known_links: "Liens connus du dernier contrôle",
    add_to_calendar: "Ajouter à mon agenda",
    timeline_title: "Frise chronologique",
    today: "Aujourd'hui : ",
    data_as_of: "Données au ",
    newest_first: "Afficher les plus récents d'abord",
    oldest_first: "Afficher les plus anciens d'abord",
    upcoming: "À venir",
    month_unknown: |y| format!("{y} (mois non précisé)"),
    undated: "Sans date",
    timeline_count: |n| match n {
        0 => "Aucune entrée".into(),
        n => fr(n, "entrée", "entrées"),
    },
    period: |a, b| format!("Période : de {a} à {b}"),
    whole_period: "Toute la période ×",
    from: "Du ",
    to: " au ",
    strip_help: " · Cliquez un mois pour y aller ; Maj+clic pour choisir une période.",
    strip_bar: |m, n| format!("{m} : {}", fr(n, "entrée", "entrées")),
    calls_title: "Appels à contribution",
    calls_lead: "Ce que le Conseil vous invite à faire, et comment répondre.",
    closing_soon: "Clôture dans moins de 14 jours",
    open_calls: "Ouverts",
    calls_with_dates: "Les appels et leurs dates",
    closed_calls: |n| format!("Clos ({})", number(n, Lang::Fr)),
    deadline: |d| format!(" (date limite : {d})"),
    part_of: "Dans le cadre de : ",
    add_deadline: "Ajouter la date limite à mon agenda",
    contribute_data: "Contribuer à ces données",
    contribute_data_text: "Ces données sont un fichier JSON ouvert. Pour proposer une entrée ou une correction, suivez le guide CONTRIBUTING.md du dépôt, ou écrivez-nous.",
    propose_by_mail: "Proposer une entrée par courriel",
    contributing_guide: "Le guide du contributeur (CONTRIBUTING.md)",
    check_file_link: "Vérifier et prévisualiser un fichier de données",
    check_title: "Vérifier un fichier de données",
    check_lead: "Collez le contenu de commons.json, ou choisissez ou déposez un fichier. Il est vérifié ici même, avec les mêmes règles que cargo xtask check-data : rien n'est envoyé.",
    check_needs_script: "La vérification dans la page demande JavaScript ; sans lui, lancez cargo xtask check-data dans une copie du dépôt.",
    choose_file: "Choisir un fichier… ",
    json_content: "Contenu JSON",
    megabytes: |bytes| crate::count::megabytes(bytes, Lang::Fr),
    aside_file: |name| format!("Le fichier « {name} »"),
    aside_pasted: "Le texte collé",
    file_too_big: |what, size, limit| {
        format!("{what} ({size}) n'a pas été lu : un fichier de données ne peut pas dépasser {limit}.")
    },
    file_unreadable: |what| format!("{what} n'a pas pu être lu comme du texte."),
    aside_previewed: "Le fichier en aperçu",
    aside_why: |what, size| {
        format!("{what} ({size}) est vérifié sans être placé dans l'éditeur, qui à cette taille ralentirait chaque frappe. Corrigez-le dans votre éditeur de texte puis choisissez-le de nouveau, ou collez ci-dessous un contenu plus court.")
    },
    check_summary: |valid, total, errors, warnings| {
        let valid = fr(valid, "entrée valide", "entrées valides");
        let (errors, warnings) = (fr(errors, "erreur", "erreurs"), fr(warnings, "avertissement", "avertissements"));
        format!("{valid} sur {}, {errors}, {warnings}", number(total, Lang::Fr))
    },
    error: "erreur",
    colon: " : ",
    warning: "avertissement",
    line_column: |l, c| format!("Ligne {l}, colonne {c} — "),
    preview_site: "Prévisualiser le site avec ce fichier",
    download_fixed: "Télécharger le fichier corrigé",
    export_failed: |why| format!("L'export n'a pas pu être créé : {why}"),
    download_note: "Le fichier téléchargé est remis en forme dans l'ordre canonique des champs ; les entrées en erreur n'y figurent pas.",
    preview_label: "Aperçu",
    preview_text: " : vous voyez votre fichier, pas les données publiées. Rien n'a été envoyé.",
    preview_not_kept: " Votre navigateur ne peut pas garder ce fichier (trop gros, ou stockage désactivé) : recharger la page mettra fin à l'aperçu.",
    back_to_published: "Revenir aux données publiées",
    not_found_title: "Page introuvable",
    not_found_text: "Cette adresse ne correspond à aucune page de Communs.",
};

/// English.
pub const EN: Texts = Texts {
    skip: "Skip to content",
    brand_tagline: "Digital commons at the French Digital Council",
    nav_label: "Main navigation",
    nav_explore: "Explore",
    nav_timeline: "Timeline",
    nav_calls: "Calls for contributions",
    switch_to: "Français",
    switch_label: "Lire en français",
    theme_dark: "Dark theme",
    loading: "Loading the data…",
    load_failed: "The data could not be loaded",
    retry: "Try again",
    err_network: "The server cannot be reached. Check your connection, then try again.",
    err_not_found: "The data is missing on the server (error 404).",
    err_status: |code| format!("The server could not send the data (error {code})."),
    err_invalid: |why| format!("The data received is unreadable: {why}"),
    skipped_label: "Skipped entries",
    skipped_title: |n| format!("{} skipped", en(n, "entry", "entries")),
    skipped_why: |n| pick(n, Lang::En, ": it contains errors.", ": they contain errors.").into(),
    skipped_more: |n| format!("… and {} more.", number(n, Lang::En)),
    diagnostics_more: |n| {
        let more = pick(n, Lang::En, "more problem", "more problems");
        format!("… and {} {more}: fix these first, then check again.", number(n, Lang::En))
    },
    hide: "Hide",
    number: |n| number(n, Lang::En),
    line_path: |line, path, message| format!("line {line}, {path}: {message}"),
    entry_number: |n| format!("no. {n}"),
    footer_version: |version, date| format!("Data version {version}, updated {date}."),
    footer_json: "Raw data (JSON)",
    footer_schema: "JSON Schema",
    footer_feed: "Atom feed",
    footer_source: "Source: the French Digital Council's page on digital commons.",
    explore_title: "Explore the digital commons",
    intro_title: "Digital commons: a step towards a society of contribution?",
    intro_text: "The four pillars of the French Digital Council's work on digital commons.",
    entries_count: |n| en(n, "entry", "entries"),
    search_label: "Search",
    search_placeholder: "Wikipedia, free software, Bastien Guerry…",
    search_needs_script: "Search and filters need JavaScript; without it, browse the list below.",
    search_starting: "Search starts in a moment: the page is still loading.",
    filters_label: "Filters",
    results_count: |n| match n {
        0 => "No results".into(),
        n => en(n, "result", "results"),
    },
    search_preparing: "Preparing the search…",
    sort_by: "Sort by ",
    sort_relevance: "relevance",
    sort_newest: "date, newest first",
    sort_oldest: "date, oldest first",
    sort_title: "title (A → Z)",
    copy_link: "Copy link",
    link_copied: "Link copied",
    no_match: "No entry matches these criteria.",
    clear_filters: "Clear the filters",
    facet_name: |key| match key {
        FacetKey::Kind => "Kind",
        FacetKey::Pillar => "Pillar",
        FacetKey::Year => "Year",
        FacetKey::Tag => "Topic",
        FacetKey::Person => "Person",
        FacetKey::Organisation => "Organisation",
        FacetKey::City => "City",
    },
    charts_label: "In numbers",
    chart_title: |key| match key {
        FacetKey::Pillar => "Entries by pillar",
        FacetKey::Kind => "Entries by kind",
        FacetKey::Year => "Entries by year",
        _ => "Entries",
    },
    facet_sort_name: "sort by name",
    facet_sort_count: "sort by count",
    show_more: |n| format!("show more ({})", number(n, Lang::En)),
    show_less: "show less",
    facet_capped: |shown, total| {
        let total = number(total, Lang::En);
        match shown {
            0 => format!("No values shown of {total}: narrow the search to find them."),
            1 => format!("The first value of {total}: narrow the search to find the others."),
            _ => format!("The first {} values of {total}: narrow the search to find the others.", number(shown, Lang::En)),
        }
    },
    active_filters: "Active filters",
    remove_filter: |f| format!("Remove the filter {f}"),
    clear_all: "Clear all",
    period_chip: |a, b| format!("Period: {a} → {b}"),
    pages_label: "Result pages",
    previous: "← Previous",
    next: "Next →",
    page_of: |p, n| format!("Page {} of {}", number(p, Lang::En), number(n, Lang::En)),
    in_french: " (in French)",
    export: "Export",
    export_note: "Exactly the results shown, all pages included.",
    export_csv: "Spreadsheet (CSV)",
    export_json: "Data (JSON)",
    export_ics: |n| format!("Calendar (iCalendar, {})", en(n, "event", "events")),
    export_geojson: |n| format!("uMap map (GeoJSON, {})", en(n, "place", "places")),
    back_to_results: "← Back to the results",
    back_to_explore: "← Explore",
    date_note: "About the date: ",
    place: "Place: ",
    how_to_take_part: "How to take part",
    who: "Who: ",
    people: "People",
    organisations: "Organisations",
    links: "Links",
    themes: "Topics",
    see_also: "See also",
    propose_correction: "Suggest a correction",
    link_verified: |date| format!("checked on {date}"),
    link_dead_since: |date| format!("unreachable since {date}"),
    link_archive: "archived copy",
    entry_verified: |date| format!("Entry checked against its source on {date}."),
    known_links: "Links known to the last check",
    add_to_calendar: "Add to my calendar",
    timeline_title: "Timeline",
    today: "Today: ",
    data_as_of: "Data as of ",
    newest_first: "Show newest first",
    oldest_first: "Show oldest first",
    upcoming: "Upcoming",
    month_unknown: |y| format!("{y} (month unknown)"),
    undated: "Undated",
    timeline_count: |n| match n {
        0 => "No entries".into(),
        n => en(n, "entry", "entries"),
    },
    period: |a, b| format!("Period: from {a} to {b}"),
    whole_period: "Whole period ×",
    from: "From ",
    to: " to ",
    strip_help: " · Click a month to jump to it; Shift+click to choose a period.",
    strip_bar: |m, n| format!("{m}: {}", en(n, "entry", "entries")),
    calls_title: "Calls for contributions",
    calls_lead: "What the Council invites you to do, and how to answer.",
    closing_soon: "Closing within 14 days",
    open_calls: "Open",
    calls_with_dates: "Calls and their dates",
    closed_calls: |n| format!("Closed ({})", number(n, Lang::En)),
    deadline: |d| format!(" (deadline: {d})"),
    part_of: "Part of: ",
    add_deadline: "Add the deadline to my calendar",
    contribute_data: "Contribute to this data",
    contribute_data_text: "This data is an open JSON file. To suggest an entry or a correction, follow the repository's CONTRIBUTING.md, or write to us.",
    propose_by_mail: "Suggest an entry by email",
    contributing_guide: "The contributor's guide (CONTRIBUTING.md, in French)",
    check_file_link: "Check and preview a data file",
    check_title: "Check a data file",
    check_lead: "Paste the content of commons.json, or choose or drop a file. It is checked right here, with the same rules as cargo xtask check-data: nothing is sent.",
    check_needs_script: "Checking in the page needs JavaScript; without it, run cargo xtask check-data in a copy of the repository.",
    choose_file: "Choose a file… ",
    json_content: "JSON content",
    megabytes: |bytes| crate::count::megabytes(bytes, Lang::En),
    aside_file: |name| format!("The file “{name}”"),
    aside_pasted: "The pasted text",
    file_too_big: |what, size, limit| format!("{what} ({size}) was not read: a data file cannot exceed {limit}."),
    file_unreadable: |what| format!("{what} could not be read as text."),
    aside_previewed: "The previewed file",
    aside_why: |what, size| {
        format!("{what} ({size}) is checked without being placed in the editor, which would slow down each keystroke at this size. Fix it in your text editor, then choose it again, or paste a shorter content below.")
    },
    check_summary: |valid, total, errors, warnings| {
        let (errors, warnings) = (en(errors, "error", "errors"), en(warnings, "warning", "warnings"));
        let total = en(total, "entry", "entries");
        format!("{} of {total} valid, {errors}, {warnings}", number(valid, Lang::En))
    },
    error: "error",
    colon: ": ",
    warning: "warning",
    line_column: |l, c| format!("Line {l}, column {c} — "),
    preview_site: "Preview the site with this file",
    download_fixed: "Download the fixed file",
    export_failed: |why| format!("The export could not be built: {why}"),
    download_note: "The downloaded file is reformatted in the canonical key order; entries with errors are left out.",
    preview_label: "Preview",
    preview_text: ": you are seeing your file, not the published data. Nothing was sent.",
    preview_not_kept: " Your browser cannot keep this file (too big, or storage disabled): reloading the page will end the preview.",
    back_to_published: "Back to the published data",
    not_found_title: "Page not found",
    not_found_text: "This address matches no page of Communs.",
};

impl Texts {
    /// The texts of `lang`.
    pub fn of(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Texts, EN, FR};

    /// The counts every text function is walked with.
    const COUNTS: [usize; 4] = [0, 1, 2, 50_651];

    /// What each text function built from a count says, for each of [`COUNTS`].
    fn counted(t: &Texts) -> Vec<(&'static str, [String; 4])> {
        let each = |f: &dyn Fn(usize) -> String| COUNTS.map(f);
        vec![
            ("skipped", each(&|n| format!("{}{}", (t.skipped_title)(n), (t.skipped_why)(n)))),
            ("skipped_more", each(&|n| (t.skipped_more)(n))),
            ("diagnostics_more", each(&|n| (t.diagnostics_more)(n))),
            ("number", each(&|n| (t.number)(n))),
            ("entries_count", each(&|n| (t.entries_count)(n))),
            ("results_count", each(&|n| (t.results_count)(n))),
            ("show_more", each(&|n| (t.show_more)(n))),
            ("facet_capped", each(&|n| (t.facet_capped)(100, n))),
            ("facet_capped_shown", each(&|n| (t.facet_capped)(n, 50_651))),
            ("page_of", each(&|n| (t.page_of)(n, n))),
            ("export_ics", each(&|n| (t.export_ics)(n))),
            ("export_geojson", each(&|n| (t.export_geojson)(n))),
            ("timeline_count", each(&|n| (t.timeline_count)(n))),
            ("strip_bar", each(&|n| (t.strip_bar)("mars 2024", n))),
            ("closed_calls", each(&|n| (t.closed_calls)(n))),
            ("check_summary", each(&|n| (t.check_summary)(n, n, n, n))),
            // Places in the file, not counts: written without grouping, like the editor's line
            // numbers and the JSON paths (`entries[50651]`) beside them.
            ("entry_number", each(&|n| (t.entry_number)(n))),
            ("line_path", each(&|n| (t.line_path)(n, "entries[3].kind", "…"))),
            ("line_column", each(&|n| (t.line_column)(n, n))),
            ("megabytes", each(&|n| (t.megabytes)(n * 1_000_000))),
        ]
    }

    fn expect(t: &Texts, expected: &[(&str, [&str; 4])]) {
        let actual = counted(t);
        assert_eq!(actual.len(), expected.len(), "every count function has its expected wording");
        for ((name, got), (expected_name, want)) in actual.iter().zip(expected) {
            assert_eq!(name, expected_name);
            for (got, want) in got.iter().zip(want) {
                assert_eq!(got, &want.replace('_', "\u{202F}"), "{name}");
            }
        }
    }

    #[test]
    fn french_counts_agree_with_their_number_and_group_thousands() {
        expect(
            &FR,
            &[
                (
                    "skipped",
                    [
                        "0 entrée ignorée : elle contient des erreurs.",
                        "1 entrée ignorée : elle contient des erreurs.",
                        "2 entrées ignorées : elles contiennent des erreurs.",
                        "50_651 entrées ignorées : elles contiennent des erreurs.",
                    ],
                ),
                ("skipped_more", ["… et 0 autre.", "… et 1 autre.", "… et 2 autres.", "… et 50_651 autres."]),
                (
                    "diagnostics_more",
                    [
                        "… et 0 autre problème : corrigez d'abord ceux-ci, puis vérifiez à nouveau.",
                        "… et 1 autre problème : corrigez d'abord ceux-ci, puis vérifiez à nouveau.",
                        "… et 2 autres problèmes : corrigez d'abord ceux-ci, puis vérifiez à nouveau.",
                        "… et 50_651 autres problèmes : corrigez d'abord ceux-ci, puis vérifiez à nouveau.",
                    ],
                ),
                ("number", ["0", "1", "2", "50_651"]),
                ("entries_count", ["0 entrée", "1 entrée", "2 entrées", "50_651 entrées"]),
                ("results_count", ["Aucun résultat", "1 résultat", "2 résultats", "50_651 résultats"]),
                ("show_more", ["voir plus (0)", "voir plus (1)", "voir plus (2)", "voir plus (50_651)"]),
                (
                    "facet_capped",
                    [
                        "Les 100 premières valeurs sur 0 : précisez la recherche pour trouver les autres.",
                        "Les 100 premières valeurs sur 1 : précisez la recherche pour trouver les autres.",
                        "Les 100 premières valeurs sur 2 : précisez la recherche pour trouver les autres.",
                        "Les 100 premières valeurs sur 50_651 : précisez la recherche pour trouver les autres.",
                    ],
                ),
                (
                    "facet_capped_shown",
                    [
                        "Aucune valeur affichée sur 50_651 : précisez la recherche pour les trouver.",
                        "La première valeur sur 50_651 : précisez la recherche pour trouver les autres.",
                        "Les 2 premières valeurs sur 50_651 : précisez la recherche pour trouver les autres.",
                        "Les 50_651 premières valeurs sur 50_651 : précisez la recherche pour trouver les autres.",
                    ],
                ),
                ("page_of", ["Page 0 sur 0", "Page 1 sur 1", "Page 2 sur 2", "Page 50_651 sur 50_651"]),
                (
                    "export_ics",
                    [
                        "Agenda (iCalendar, 0 événement)",
                        "Agenda (iCalendar, 1 événement)",
                        "Agenda (iCalendar, 2 événements)",
                        "Agenda (iCalendar, 50_651 événements)",
                    ],
                ),
                (
                    "export_geojson",
                    [
                        "Carte uMap (GeoJSON, 0 lieu)",
                        "Carte uMap (GeoJSON, 1 lieu)",
                        "Carte uMap (GeoJSON, 2 lieux)",
                        "Carte uMap (GeoJSON, 50_651 lieux)",
                    ],
                ),
                ("timeline_count", ["Aucune entrée", "1 entrée", "2 entrées", "50_651 entrées"]),
                (
                    "strip_bar",
                    [
                        "mars 2024 : 0 entrée",
                        "mars 2024 : 1 entrée",
                        "mars 2024 : 2 entrées",
                        "mars 2024 : 50_651 entrées",
                    ],
                ),
                ("closed_calls", ["Clos (0)", "Clos (1)", "Clos (2)", "Clos (50_651)"]),
                (
                    "check_summary",
                    [
                        "0 entrée valide sur 0, 0 erreur, 0 avertissement",
                        "1 entrée valide sur 1, 1 erreur, 1 avertissement",
                        "2 entrées valides sur 2, 2 erreurs, 2 avertissements",
                        "50_651 entrées valides sur 50_651, 50_651 erreurs, 50_651 avertissements",
                    ],
                ),
                ("entry_number", ["n° 0", "n° 1", "n° 2", "n° 50651"]),
                (
                    "line_path",
                    [
                        "ligne 0, entries[3].kind : …",
                        "ligne 1, entries[3].kind : …",
                        "ligne 2, entries[3].kind : …",
                        "ligne 50651, entries[3].kind : …",
                    ],
                ),
                (
                    "line_column",
                    [
                        "Ligne 0, colonne 0 — ",
                        "Ligne 1, colonne 1 — ",
                        "Ligne 2, colonne 2 — ",
                        "Ligne 50651, colonne 50651 — ",
                    ],
                ),
                ("megabytes", ["0,0 Mo", "1,0 Mo", "2,0 Mo", "50_651,0 Mo"]),
            ],
        );
    }

    #[test]
    fn english_counts_agree_with_their_number_and_group_thousands() {
        expect(
            &EN,
            &[
                (
                    "skipped",
                    [
                        "0 entries skipped: they contain errors.",
                        "1 entry skipped: it contains errors.",
                        "2 entries skipped: they contain errors.",
                        "50,651 entries skipped: they contain errors.",
                    ],
                ),
                ("skipped_more", ["… and 0 more.", "… and 1 more.", "… and 2 more.", "… and 50,651 more."]),
                (
                    "diagnostics_more",
                    [
                        "… and 0 more problems: fix these first, then check again.",
                        "… and 1 more problem: fix these first, then check again.",
                        "… and 2 more problems: fix these first, then check again.",
                        "… and 50,651 more problems: fix these first, then check again.",
                    ],
                ),
                ("number", ["0", "1", "2", "50,651"]),
                ("entries_count", ["0 entries", "1 entry", "2 entries", "50,651 entries"]),
                ("results_count", ["No results", "1 result", "2 results", "50,651 results"]),
                ("show_more", ["show more (0)", "show more (1)", "show more (2)", "show more (50,651)"]),
                (
                    "facet_capped",
                    [
                        "The first 100 values of 0: narrow the search to find the others.",
                        "The first 100 values of 1: narrow the search to find the others.",
                        "The first 100 values of 2: narrow the search to find the others.",
                        "The first 100 values of 50,651: narrow the search to find the others.",
                    ],
                ),
                (
                    "facet_capped_shown",
                    [
                        "No values shown of 50,651: narrow the search to find them.",
                        "The first value of 50,651: narrow the search to find the others.",
                        "The first 2 values of 50,651: narrow the search to find the others.",
                        "The first 50,651 values of 50,651: narrow the search to find the others.",
                    ],
                ),
                ("page_of", ["Page 0 of 0", "Page 1 of 1", "Page 2 of 2", "Page 50,651 of 50,651"]),
                (
                    "export_ics",
                    [
                        "Calendar (iCalendar, 0 events)",
                        "Calendar (iCalendar, 1 event)",
                        "Calendar (iCalendar, 2 events)",
                        "Calendar (iCalendar, 50,651 events)",
                    ],
                ),
                (
                    "export_geojson",
                    [
                        "uMap map (GeoJSON, 0 places)",
                        "uMap map (GeoJSON, 1 place)",
                        "uMap map (GeoJSON, 2 places)",
                        "uMap map (GeoJSON, 50,651 places)",
                    ],
                ),
                ("timeline_count", ["No entries", "1 entry", "2 entries", "50,651 entries"]),
                (
                    "strip_bar",
                    ["mars 2024: 0 entries", "mars 2024: 1 entry", "mars 2024: 2 entries", "mars 2024: 50,651 entries"],
                ),
                ("closed_calls", ["Closed (0)", "Closed (1)", "Closed (2)", "Closed (50,651)"]),
                (
                    "check_summary",
                    [
                        "0 of 0 entries valid, 0 errors, 0 warnings",
                        "1 of 1 entry valid, 1 error, 1 warning",
                        "2 of 2 entries valid, 2 errors, 2 warnings",
                        "50,651 of 50,651 entries valid, 50,651 errors, 50,651 warnings",
                    ],
                ),
                ("entry_number", ["no. 0", "no. 1", "no. 2", "no. 50651"]),
                (
                    "line_path",
                    [
                        "line 0, entries[3].kind: …",
                        "line 1, entries[3].kind: …",
                        "line 2, entries[3].kind: …",
                        "line 50651, entries[3].kind: …",
                    ],
                ),
                (
                    "line_column",
                    [
                        "Line 0, column 0 — ",
                        "Line 1, column 1 — ",
                        "Line 2, column 2 — ",
                        "Line 50651, column 50651 — ",
                    ],
                ),
                ("megabytes", ["0.0 MB", "1.0 MB", "2.0 MB", "50,651.0 MB"]),
            ],
        );
    }

    #[test]
    fn sizes_read_in_megabytes_with_the_language_s_decimal_mark() {
        assert_eq!((FR.megabytes)(5_809_800), "5,8 Mo");
        assert_eq!((EN.megabytes)(5_809_800), "5.8 MB");
        assert_eq!((FR.megabytes)(262_145), "0,3 Mo");
        assert_eq!((EN.megabytes)(58_150_700), "58.2 MB");
    }
}
