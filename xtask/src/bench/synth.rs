//! Synthetic datasets for the benchmark: realistic French text, people, tags and dates, from a
//! fixed seed, and valid by construction (the bench checks them with the validator).

use serde_json::{json, Value};

const FIRST: [&str; 24] = [
    "Camille",
    "Louis",
    "Margot",
    "Jean",
    "Louise",
    "Bastien",
    "Stéphanie",
    "Rémy",
    "Xavier",
    "Alexis",
    "Odile",
    "Judith",
    "Angie",
    "Corinne",
    "Vincent",
    "Serge",
    "François",
    "Emma",
    "Audran",
    "Khalil",
    "Mathilde",
    "Hélène",
    "Zoé",
    "Étienne",
];
const LAST: [&str; 24] = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
    "André", "Mercier",
];
const FORMATS: [&str; 10] = [
    "Atelier",
    "Table ronde",
    "Conférence",
    "Journée contributive",
    "Entretien",
    "Rencontre",
    "Webinaire",
    "Séminaire",
    "Hackathon",
    "Débat",
];
const TOPICS: [&str; 20] = [
    "les communs numériques",
    "le logiciel libre",
    "Wikipédia",
    "les données d'intérêt général",
    "l'open source",
    "la souveraineté numérique",
    "l'économie sociale et solidaire",
    "la médiation numérique",
    "l'éducation",
    "les collectivités territoriales",
    "la science ouverte",
    "OpenStreetMap",
    "l'intelligence artificielle",
    "la sobriété numérique",
    "les réseaux sociaux",
    "la démocratie participative",
    "les biens communs",
    "l'accessibilité",
    "la cartographie collaborative",
    "les licences libres",
];
const CITIES: [&str; 16] = [
    "Paris",
    "Lille",
    "Lyon",
    "Marseille",
    "Bordeaux",
    "Nantes",
    "Strasbourg",
    "Toulouse",
    "Rennes",
    "Grenoble",
    "Montpellier",
    "Dijon",
    "Brest",
    "Rouen",
    "Nancy",
    "Clermont-Ferrand",
];
const ORG_KINDS: [&str; 8] =
    ["Association", "Collectif", "Fondation", "Fabrique", "Laboratoire", "Réseau", "Coopérative", "Institut"];
const PILLARS: [&str; 4] = ["contribuer", "alimenter-la-reflexion", "prendre-sa-part", "participer-au-debat"];
const ROLES: [&str; 6] = ["organiser", "speaker", "interviewee", "moderator", "guest", "participant"];

fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items.get(rng.usize(..items.len())).copied().unwrap_or_default()
}

fn entry(rng: &mut fastrand::Rng, i: usize) -> Value {
    let kind = match rng.u8(..20) {
        0..=7 => "event",
        8..=12 => "interview",
        13..=17 => "initiative",
        _ => "call",
    };
    let format = pick(rng, &FORMATS);
    let topic = pick(rng, &TOPICS);
    let city = pick(rng, &CITIES);
    let person = |rng: &mut fastrand::Rng| format!("{} {}", pick(rng, &FIRST), pick(rng, &LAST));
    let people: Vec<Value> =
        (0..rng.usize(0..4)).map(|_| json!({"name": person(rng), "role": pick(rng, &ROLES)})).collect();
    let organisations: Vec<String> = (0..rng.usize(0..3))
        .map(|_| format!("{} {} {}", pick(rng, &ORG_KINDS), pick(rng, &TOPICS), rng.u16(..400)))
        .collect();
    let tags: Vec<String> = (0..rng.usize(1..5)).map(|_| format!("{} {}", pick(rng, &TOPICS), rng.u8(..10))).collect();
    let year = 2015 + rng.i32(0..12);
    let month = rng.u8(1..=12);
    let day = rng.u8(1..=28);
    let start = match rng.u8(..10) {
        0 => format!("{year}"),
        1 | 2 => format!("{year}-{month:02}"),
        _ => format!("{year}-{month:02}-{day:02}"),
    };
    let mut value = json!({
        "id": format!("e{i}"),
        "kind": kind,
        "title": format!("{format} sur {topic} à {city}"),
        "summary": format!(
            "{} {} et {} échangent sur {topic} avec les acteurs de {city}, pour construire ensemble des ressources ouvertes.",
            format, person(rng), person(rng)
        ),
        "pillar": pick(rng, &PILLARS),
        "date": {"start": start},
        "tags": tags,
        "people": people,
        "organisations": organisations,
        "place": {"city": city},
    });
    if kind == "call" {
        if let Some(object) = value.as_object_mut() {
            object.insert(
                "call".into(),
                json!({
                    "asks": format!("Partagez vos ressources sur {topic}."),
                    "audience": "Toute personne intéressée.",
                    "action": "mailto:info@cnnumerique.fr?subject=Contribution",
                    "action_label": "Contribuer",
                    "closes": format!("{}-12-31", 2024 + rng.i32(0..4)),
                }),
            );
        }
    }
    value
}

/// A dataset of `count` entries from `seed`, as JSON text.
pub fn dataset(count: usize, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let entries: Vec<Value> = (0..count).map(|i| entry(&mut rng, i)).collect();
    json!({"version": "bench", "updated": "2026-01-01", "entries": entries}).to_string()
}
