//! Native timings of the data path, to optimise without a browser:
//! `cargo run --release -p communs-core --example scale -- target/bench-data/100000.json`
//! (`cargo xtask bench --data` writes the synthetic datasets).

use std::time::Instant;

use communs_core::search::{Catalog, FacetKey, Query};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: scale <dataset.json>");
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let start = Instant::now();
    let loaded = communs_core::load(&text);
    let loaded_at = start.elapsed();
    let Some(dataset) = loaded.dataset else {
        eprintln!("not a dataset");
        return;
    };
    let count = dataset.entries.len();
    let start = Instant::now();
    let catalog = Catalog::new(dataset.entries);
    let indexed_at = start.elapsed();
    // The steps a browser takes after the first paint: the word index, then each order.
    let mut steps = Vec::new();
    loop {
        let start = Instant::now();
        let done = catalog.prepare_search_step(usize::MAX);
        steps.push(format!("{:?}", start.elapsed()));
        if done {
            break;
        }
    }
    println!(
        "{count} entries: load + validate {loaded_at:?}, index {indexed_at:?}, word index, oldest and title orders {}",
        steps.join(" + ")
    );
    let mut times = Vec::new();
    for word in ["atelier", "logiciel libre", "wikipédia", "données", "lyon", "martin"] {
        let mut typed = String::new();
        for c in word.chars() {
            typed.push(c);
            let query = Query { text: typed.clone(), page: 1, ..Query::default() };
            let start = Instant::now();
            let results = catalog.search(&query);
            let rows: usize = results.facets.iter().map(|f| catalog.facet_rows(f, false, 8).len()).sum();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box((results, rows));
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times.get(((times.len() as f64) * p) as usize).copied().unwrap_or_default();
    println!("search with facets: p50 {:.2} ms, p95 {:.2} ms", at(0.5), at(0.95));
    let mut query = Query { page: 1, ..Query::default() };
    query.toggle(FacetKey::Kind, "event");
    let start = Instant::now();
    let results = catalog.search(&query);
    println!("facet toggle: {:?} ({} hits)", start.elapsed(), results.hits.len());
}
