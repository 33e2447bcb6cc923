//! `cargo xtask test`: every check a change must pass.

use std::time::Instant;

use crate::run::{build_dist, DistOptions};
use crate::site::links_report::ReportSource;
use crate::tools;

/// The host the sub-path build names in its legal notice, which a browser test looks for.
const TEST_HOST_NAME: &str = "Université Exemple, 1 rue de l'Exemple, 59000 Lille";

/// The link report the sub-path build ships, whose marks a browser test looks for (the build
/// at the root ships none).
const TEST_LINKS_REPORT: &str = "tests/browser/fixtures/links-report.json";

/// fmt, clippy (native and wasm32), native tests, the release build and the browser tests.
pub fn all() -> Result<(), String> {
    let started = Instant::now();
    tools::ensure_build_tools()?;
    crate::system::ensure_chromium()?;
    tools::fetch_locked_crates()?;
    println!("xtask: tools and crates checked in {:.1} s", started.elapsed().as_secs_f64());
    step("format", || tools::run("cargo", &["fmt", "--all", "--check"]))?;
    step("clippy (native)", || {
        tools::run("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
    })?;
    step("clippy (wasm32)", || {
        tools::run(
            "cargo",
            &["clippy", "--package", "communs", "--target", "wasm32-unknown-unknown", "--", "-D", "warnings"],
        )
    })?;
    step("native tests", || tools::run("cargo", &["test", "--workspace"]))?;
    // The page writer builds the app natively with `ssr`, alone (never with `csr`).
    step("page writer: clippy and tests (ssr)", || {
        let ssr = ["--package", "communs", "--no-default-features", "--features", "ssr"];
        tools::run("cargo", &[&["clippy"][..], &ssr, &["--all-targets", "--", "-D", "warnings"]].concat())?;
        tools::run("cargo", &[&["test"][..], &ssr, &["--lib"]].concat())
    })?;
    step("fuzz smoke (30 s)", || crate::fuzz::smoke("30"))?;
    step("data check", || tools::run("cargo", &["run", "--quiet", "--package", "xtask", "--", "check-data"]))?;
    step("release build at /", || {
        build_dist(&DistOptions {
            public_url: "/",
            site_url: None,
            host_name: None,
            links_report: ReportSource::Without,
            max_pages: None,
            data: None,
            dir: "target/dist-root",
        })
    })?;
    step("release build at /sous/chemin/", || {
        build_dist(&DistOptions {
            public_url: "/sous/chemin/",
            site_url: Some("https://communs.example.org/sous/chemin/"),
            host_name: Some(TEST_HOST_NAME),
            links_report: ReportSource::File(tools::root().join(TEST_LINKS_REPORT)),
            max_pages: None,
            data: None,
            dir: "target/dist-sub",
        })
    })?;
    step("bench smoke (1k)", || {
        crate::bench::measure(&tools::root().join("target/dist-root"), crate::bench::Scope::Smoke)
    })?;
    step("browser tests", || {
        let mut command = tools::command("node");
        // A test that hangs fails after five minutes instead of holding CI to its time limit.
        command.args(["--test", "--test-concurrency=1", "--test-timeout=300000", "tests/browser/"]);
        // The two builds above, whatever copies a shell points the harness at.
        command.env_remove("COMMUNS_DIST_ROOT").env_remove("COMMUNS_DIST_SUB");
        let status = command.status().map_err(|e| format!("cannot start node: {e}"))?;
        status.success().then_some(()).ok_or_else(|| "browser tests failed".to_string())
    })?;
    println!("xtask: all checks passed in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

fn step(name: &str, f: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    println!("\n== {name}");
    let started = Instant::now();
    f().map_err(|e| format!("{name}: {e}"))?;
    println!("== {name}: ok ({:.1} s)", started.elapsed().as_secs_f64());
    Ok(())
}
