//! `cargo xtask fuzz [--time SECONDS]`: libFuzzer over the load-and-validate path.
//! Without `--time` it runs until 1,000,000 executions; memory is capped at 2 GB and each input
//! at 10 s, so a leak or a hang fails the run like a panic does.

use crate::tools::{self, root, FUZZ_NIGHTLY};

/// Executions a full run must reach.
const FULL_RUNS: &str = "1000000";

/// Runs the fuzzer; `Ok` only when libFuzzer found nothing.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut time: Option<String> = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--time" => time = Some(args.next().cloned().ok_or("--time needs a number of seconds")?),
            other => return Err(format!("unknown option `{other}` (expected --time SECONDS)")),
        }
    }
    tools::ensure_fuzz_nightly()?;
    fuzz(time.as_deref())
}

/// The test suite's smoke run of `seconds`. A machine that cannot get the pinned nightly skips
/// it with a message instead of failing.
pub fn smoke(seconds: &str) -> Result<(), String> {
    if let Err(why) = tools::ensure_fuzz_nightly() {
        println!("xtask: skipping the fuzz smoke: {why} (no {FUZZ_NIGHTLY} toolchain on this machine)");
        return Ok(());
    }
    fuzz(Some(seconds))
}

/// A run bounded by `seconds`, or by 1,000,000 executions when `None`.
fn fuzz(seconds: Option<&str>) -> Result<(), String> {
    tools::ensure_cargo_fuzz()?;
    let scratch = root().join("target/fuzz-corpus");
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let scratch = scratch.display().to_string();
    let limit = match seconds {
        Some(s) => format!("-max_total_time={s}"),
        None => format!("-runs={FULL_RUNS}"),
    };
    let toolchain = format!("+{FUZZ_NIGHTLY}");
    let args = [
        &toolchain,
        "fuzz",
        "run",
        "--fuzz-dir",
        "fuzz",
        "load",
        &scratch,
        "fuzz/corpus/load",
        "--",
        &limit,
        "-rss_limit_mb=2048",
        "-timeout=10",
        "-max_len=65536",
        "-print_final_stats=1",
    ];
    println!(
        "xtask: fuzzing the loader ({})",
        seconds.map(|s| format!("{s} s")).unwrap_or_else(|| format!("{FULL_RUNS} runs"))
    );
    tools::run("cargo", &args)
}
