//! `cargo xtask bench [--smoke|--quick|--data] [--dist DIR]`: sizes, load time, search, facet and
//! timeline latency and memory, ours and a JavaScript peer (MiniSearch + ItemsJS) side by side in
//! one Chromium run, and a mobile profile (throttled network and CPU, brotli, cold loads).
//! Writes bench/results.json and bench/RESULTS.md; `--smoke` (CI, 1k) and `--quick` (10k) write
//! into target/ instead. `--dist DIR` measures a release build already in DIR instead of building
//! one into target/dist-bench.

mod bytes;
mod mobile;
mod report;
mod synth;

use std::path::PathBuf;

use crate::run::{build_dist, DistOptions};
use crate::site::links_report::ReportSource;
use crate::tools::{self, root};

/// Seed of the synthetic datasets, so every run measures the same data.
const SEED: u64 = 20_241_128;

/// Which datasets a run measures.
#[derive(Clone, Copy, PartialEq)]
pub enum Scope {
    /// Seed and 1k: what CI runs so that the benchmark keeps working.
    Smoke,
    /// Seed, 1k, 10k and 100k: the figures of bench/RESULTS.md.
    Full,
    /// Seed and 10k only, for a quick check while optimising (writes into target/).
    Quick,
}

/// Runs the benchmark: `--smoke`, `--quick` (10k), or everything; `--data` only writes the
/// synthetic datasets into target/bench-data; `--dist DIR` measures the build in DIR.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut scope = Scope::Full;
    let mut built = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--smoke" => scope = Scope::Smoke,
            "--quick" => scope = Scope::Quick,
            "--data" => {
                for size in [1_000, 10_000, 100_000] {
                    write_dataset(size)?;
                }
                return Ok(());
            }
            "--dist" => {
                let dir = args.next().ok_or("--dist needs a directory: a release build, such as target/dist-root")?;
                built = Some(root().join(dir));
            }
            other => return Err(format!("unknown option `{other}` (expected --smoke, --quick, --data or --dist DIR)")),
        }
    }
    if let Some(dist) = built {
        if !dist.join("index.html").is_file() {
            return Err(format!(
                "{} holds no build (no index.html): run `cargo xtask dist` first, or leave out --dist",
                dist.display()
            ));
        }
        return measure(&dist, scope);
    }
    build_dist(&DistOptions {
        public_url: "/",
        site_url: None,
        host_name: None,
        links_report: ReportSource::Published,
        max_pages: None,
        data: None,
        dir: "target/dist-bench",
    })?;
    measure(&root().join("target/dist-bench"), scope)
}

/// Writes the synthetic dataset of `size` entries (checked by the validator) and returns its path.
fn write_dataset(size: usize) -> Result<PathBuf, String> {
    let data_dir = root().join("target/bench-data");
    std::fs::create_dir_all(&data_dir).map_err(|e| e.to_string())?;
    let path = data_dir.join(format!("{size}.json"));
    let text = synth::dataset(size, SEED);
    let loaded = communs_core::load(&text);
    if loaded.error_count() > 0 {
        return Err(format!("synthetic dataset of {size} entries fails validation: {:?}", loaded.diagnostics.first()));
    }
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    println!("xtask: wrote {}", path.display());
    Ok(path)
}

/// Measures the release site already built in `dist`; `Smoke` runs the seed and 1k only (and the
/// seed alone, one load per figure, in the mobile profile) and writes into target/ (what `cargo
/// xtask test` runs, on the build it has just tested).
pub fn measure(dist: &std::path::Path, scope: Scope) -> Result<(), String> {
    crate::system::ensure_chromium()?;
    let sizes: &[usize] = match scope {
        Scope::Smoke => &[1_000],
        Scope::Quick => &[10_000],
        Scope::Full => &[1_000, 10_000, 100_000],
    };
    let mut datasets: Vec<(String, PathBuf)> =
        vec![("seed".into(), root().join(communs_core::publication::SOURCE_DATASET_PATH))];
    for &size in sizes {
        datasets.push((format!("{}k", size / 1000), write_dataset(size)?));
    }
    let sizes_report = bytes::measure(dist)?;
    let on_mobile = mobile::datasets(scope);
    let config = serde_json::json!({
        "dist": dist,
        "datasets": datasets
            .iter()
            .map(|(name, path)| serde_json::json!({"name": name, "path": path, "mobile": on_mobile.contains(&name.as_str())}))
            .collect::<Vec<_>>(),
        "runs": 5,
        "mobile_runs": mobile::runs(scope),
        "keystrokes": if scope == Scope::Smoke { 20 } else { 60 },
        "output": root().join("target/bench-raw.json"),
    });
    let config_path = root().join("target/bench-config.json");
    std::fs::write(&config_path, config.to_string()).map_err(|e| e.to_string())?;
    let status = tools::command("node")
        .args(["bench/run.mjs", &config_path.display().to_string()])
        .status()
        .map_err(|e| format!("cannot start node: {e}"))?;
    if !status.success() {
        return Err("the browser benchmark failed".into());
    }
    let raw = std::fs::read_to_string(root().join("target/bench-raw.json")).map_err(|e| e.to_string())?;
    let browser: serde_json::Value = serde_json::from_str(&raw).map_err(|e| e.to_string())?;
    let results = serde_json::json!({"bytes": sizes_report, "browser": browser, "machine": report::machine()});
    let table = report::markdown(&results);
    println!("{table}");
    let (json_path, md_path) = if scope != Scope::Full {
        (root().join("target/bench-smoke.json"), root().join("target/bench-smoke.md"))
    } else {
        (root().join("bench/results.json"), root().join("bench/RESULTS.md"))
    };
    let pretty = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?;
    std::fs::write(&json_path, pretty + "\n").map_err(|e| e.to_string())?;
    std::fs::write(&md_path, report::document(&table)).map_err(|e| e.to_string())?;
    println!("xtask: wrote {} and {}", json_path.display(), md_path.display());
    Ok(())
}
