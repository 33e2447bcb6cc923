//! `cargo xtask fuzz [--time SECONDS]`: libFuzzer over the load-and-validate path.
//! Without `--time` it runs until 1,000,000 executions; memory is capped at 2 GB and each input
//! at 10 s, so a leak or a hang fails the run like a panic does.

use crate::tools::{self, root};

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
    smoke_or_full(time.as_deref())
}

/// A run bounded by `seconds`, or by 1,000,000 executions when `None`.
pub fn smoke_or_full(seconds: Option<&str>) -> Result<(), String> {
    tools::ensure_fuzz_tools()?;
    let scratch = root().join("target/fuzz-corpus");
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let scratch = scratch.display().to_string();
    let limit = match seconds {
        Some(s) => format!("-max_total_time={s}"),
        None => format!("-runs={FULL_RUNS}"),
    };
    let args = [
        "+nightly",
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
