//! Installs the build and test tools when missing, at pinned versions, and says why.
//! Nothing is ever fetched from GitHub: Rust tools come from crates.io, wasm-opt and the
//! browser driver from npm (tools/package-lock.json), Chromium from Debian (see `system`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Trunk's pinned version (0.22 needs a newer rustc).
pub const TRUNK_VERSION: &str = "0.21.14";

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Runs a command in the workspace root with the tool PATH; an error names it.
pub fn run(program: &str, args: &[&str]) -> Result<(), String> {
    run_with_env(program, args, &[])
}

/// [`run`] with more environment variables.
pub fn run_with_env(program: &str, args: &[&str], env: &[(&str, String)]) -> Result<(), String> {
    let status = command(program)
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .status()
        .map_err(|e| format!("cannot start `{program}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// A command that runs in the workspace root and finds the project's tools first on PATH.
pub fn command(program: &str) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", tool_path());
    command
}

fn tool_path() -> String {
    let mut dirs = vec![root().join("tools/node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let mut path: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    path.push(std::env::var("PATH").unwrap_or_default());
    path.join(":")
}

/// A command's trimmed standard output, if it ran and succeeded.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The wasm-bindgen version locked in Cargo.lock: the CLI must match it exactly.
pub fn locked_wasm_bindgen() -> Result<String, String> {
    let lock =
        std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

/// Everything `trunk build` needs. Checked once per command: `cargo xtask test` builds twice.
pub fn ensure_build_tools() -> Result<(), String> {
    static CHECKED: OnceLock<Result<(), String>> = OnceLock::new();
    CHECKED.get_or_init(check_build_tools).clone()
}

fn check_build_tools() -> Result<(), String> {
    crate::system::ensure_c_compiler()?;
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|t| t == "wasm32-unknown-unknown") {
        println!("xtask: installing the wasm32-unknown-unknown target (the app compiles to WebAssembly)");
        run("rustup", &["target", "add", "wasm32-unknown-unknown"])?;
    }
    if output("trunk", &["--version"]).as_deref() != Some(&format!("trunk {TRUNK_VERSION}")) {
        println!("xtask: installing Trunk {TRUNK_VERSION} (builds and serves the app; about 15 minutes, once)");
        run("cargo", &["install", "trunk", "--version", TRUNK_VERSION, "--locked"])?;
    }
    let bindgen = locked_wasm_bindgen()?;
    if output("wasm-bindgen", &["--version"]).as_deref() != Some(&format!("wasm-bindgen {bindgen}")) {
        println!(
            "xtask: installing wasm-bindgen-cli {bindgen} (must equal the wasm-bindgen crate; about 7 minutes, once)"
        );
        run("cargo", &["install", "wasm-bindgen-cli", "--version", &bindgen])?;
    }
    ensure_npm_tools()
}

/// wasm-opt (binaryen 132), playwright-core and axe-core from npm, as locked in tools/.
pub fn ensure_npm_tools() -> Result<(), String> {
    let tools = root().join("tools");
    let wanted = [
        "node_modules/.bin/wasm-opt",
        "node_modules/playwright-core/package.json",
        "node_modules/axe-core/package.json",
    ];
    let installed = wanted.iter().all(|p| tools.join(p).exists());
    crate::system::ensure_node(!installed)?;
    if installed {
        return Ok(());
    }
    println!("xtask: installing wasm-opt (binaryen 132) and the browser-test driver from npm into tools/");
    run("npm", &["ci", "--prefix", "tools", "--no-audit", "--no-fund"])
}

/// The nightly toolchain the fuzz smoke runs on (libFuzzer needs sanitizer flags), pinned to a
/// date so that every machine fuzzes with the same compiler.
pub const FUZZ_NIGHTLY: &str = "nightly-2026-05-20";

/// cargo-fuzz's pinned version.
pub const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// The pinned nightly, for `cargo xtask fuzz`; an error when rustup cannot install it.
pub fn ensure_fuzz_nightly() -> Result<(), String> {
    let toolchains = output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|t| t.starts_with(FUZZ_NIGHTLY)) {
        println!("xtask: installing the {FUZZ_NIGHTLY} toolchain (libFuzzer needs sanitizer flags; once)");
        run("rustup", &["toolchain", "install", FUZZ_NIGHTLY, "--profile", "minimal"])?;
    }
    Ok(())
}

/// cargo-fuzz at its pinned version, and the C++ compiler libFuzzer is built with.
pub fn ensure_cargo_fuzz() -> Result<(), String> {
    crate::system::ensure_c_compiler()?;
    if output("cargo", &["fuzz", "--version"]).as_deref() != Some(&format!("cargo-fuzz {CARGO_FUZZ_VERSION}")) {
        println!("xtask: installing cargo-fuzz {CARGO_FUZZ_VERSION} (drives libFuzzer; a few minutes, once)");
        run("cargo", &["install", "cargo-fuzz", "--version", CARGO_FUZZ_VERSION, "--locked"])?;
    }
    Ok(())
}

/// Downloads every crate in the lockfile, for every platform: Trunk builds `--offline`, and a
/// fresh cargo home holds none of them. With everything present it reads only the local caches.
pub fn fetch_locked_crates() -> Result<(), String> {
    static FETCHED: OnceLock<Result<(), String>> = OnceLock::new();
    FETCHED.get_or_init(|| fetch(&["fetch", "--quiet"], &[])).clone()
}

/// `cargo fetch` with `args`: first offline, which succeeds at once when every crate is there
/// (so a machine with no network still builds), then online for what is missing.
pub fn fetch(args: &[&str], env: &[(&str, String)]) -> Result<(), String> {
    let offline = command("cargo").args(args).arg("--offline").envs(env.iter().map(|(k, v)| (k, v))).output();
    if offline.is_ok_and(|out| out.status.success()) {
        return Ok(());
    }
    run_with_env("cargo", args, env)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The version a `key = "…"` line of `text` gives, the first time it appears.
    fn pinned(text: &str, key: &str) -> Option<String> {
        text.lines().find_map(|line| {
            let value = line.trim().strip_prefix(key)?.trim_start().strip_prefix('=')?.trim();
            Some(value.trim_matches('"').trim_start_matches('=').to_string())
        })
    }

    /// Trunk runs offline and looks for the wasm-bindgen CLI of the version Trunk.toml names;
    /// xtask installs the version Cargo.lock holds. A lockfile that moved alone would leave Trunk
    /// looking for a CLI that was never installed.
    #[test]
    fn trunk_cargo_toml_and_the_lockfile_pin_the_same_wasm_bindgen() {
        let read = |file: &str| std::fs::read_to_string(root().join(file)).unwrap();
        let locked = locked_wasm_bindgen().unwrap();
        assert_eq!(pinned(&read("Trunk.toml"), "wasm_bindgen").as_deref(), Some(locked.as_str()), "Trunk.toml");
        assert_eq!(pinned(&read("Cargo.toml"), "wasm-bindgen").as_deref(), Some(locked.as_str()), "Cargo.toml");
    }
}
