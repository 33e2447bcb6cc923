//! The shipped dataset and its schema (issue 3).

#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers may stop at the first surprise

use std::path::Path;

use communs_core::{load, Kind};

fn shipped() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/commons.json")).expect("dataset")
}

#[test]
fn the_shipped_dataset_passes_the_validator_without_errors_or_warnings() {
    let loaded = load(&shipped());
    let problems: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(loaded.dataset.map(|d| d.entries.len()), Some(loaded.total_entries));
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/commons.schema.json"))
            .expect("schema");
    assert!(
        committed == communs_core::schema::dataset_schema(),
        "public/data/commons.schema.json is stale: run `cargo xtask schema` and commit it"
    );
}

#[test]
fn the_seed_page_is_all_there() {
    let dataset = load(&shipped()).dataset.expect("dataset");
    let count = |kind| dataset.entries.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count(Kind::Interview), 10, "the page lists ten interviews");
    assert!(count(Kind::Call) >= 5);
    let ids: Vec<&str> = dataset.entries.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "agenda-framagenda",
        "carte-umap",
        "chaine-peertube",
        "compte-mastodon",
        "partenariat-binaire",
        "conseil-logiciels-libres",
        "journee-contribution-wikipedia-2024",
    ] {
        assert!(ids.contains(&id), "missing {id}");
    }
    for laureate in ["Open Food Facts", "PrimTux", "uMap", "Pyronear"] {
        assert!(
            dataset.entries.iter().any(|e| e.organisations.iter().any(|o| o == laureate)),
            "missing laureate {laureate}"
        );
    }
    let inferred: Vec<&str> =
        dataset.entries.iter().filter(|e| e.date.as_ref().is_some_and(|d| d.inferred)).map(|e| e.id.as_str()).collect();
    assert_eq!(inferred, ["donnees-interet-general-ess", "communs-systeme-de-valeurs-alternatif"]);
}
