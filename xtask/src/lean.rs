//! The release wasm with its own build of the standard library, in which a panic stops the
//! program at once, with no message and no source location. The panic machinery (messages,
//! locations, the formatting they pull in) is then left out (bench/RESULTS.md has what it saves).
//!
//! The app never means to panic (bad data becomes a located error on the page), so a visitor
//! sees the same thing either way; only the console message of a bug is lost. Debug builds
//! (`cargo xtask serve`) and the browser unit tests keep the standard library as shipped.
//!
//! These options are unstable in rustc 1.95 (`-Z build-std`, `-C panic=immediate-abort`,
//! `-Z location-detail`), which `RUSTC_BOOTSTRAP` allows on the stable compiler. They are used
//! only with the compiler they were checked on; with another one, without the standard
//! library's source, or when its crates cannot be fetched, the build is the plain one, a little
//! larger, and says so.

use std::sync::OnceLock;

use crate::tools;

/// The rustc release these options were checked with.
const CHECKED_RUSTC: &str = "rustc 1.95.";

/// The environment that makes a `trunk build --release` lean, or none (and why) when this
/// machine's toolchain cannot.
pub fn environment() -> Result<Vec<(&'static str, String)>, String> {
    static ENVIRONMENT: OnceLock<Result<Vec<(&'static str, String)>, String>> = OnceLock::new();
    ENVIRONMENT.get_or_init(lean_environment).clone()
}

/// [`environment`], worked out.
fn lean_environment() -> Result<Vec<(&'static str, String)>, String> {
    let rustc = tools::output("rustc", &["--version"]).unwrap_or_default();
    if !rustc.starts_with(CHECKED_RUSTC) {
        return Err(format!(
            "{rustc}: the lean options were checked with {CHECKED_RUSTC}x only, so this build keeps \
             the shipped standard library (about 19 KB larger)"
        ));
    }
    let components = tools::output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    if !components.lines().any(|c| c.starts_with("rust-src")) {
        println!("xtask: installing rust-src (the release wasm builds its own standard library)");
        if let Err(e) = tools::run("rustup", &["component", "add", "rust-src"]) {
            return Err(format!("{e}: this build keeps the shipped standard library (about 19 KB larger)"));
        }
    }
    // Cargo appends these to the `rustflags` of `.cargo/config.toml` for the wasm target.
    let rustflags = "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none";
    let environment = vec![
        ("RUSTC_BOOTSTRAP", "1".into()),
        ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort".into()),
        ("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", rustflags.into()),
    ];
    // Trunk builds `--offline`, and the standard library's own crates (its Cargo.lock in
    // rust-src) are in no fresh cargo home: fetch them first, which reads only the local caches
    // once they are there.
    let fetch = ["fetch", "--quiet", "--target", "wasm32-unknown-unknown"];
    if let Err(e) = tools::fetch(&fetch, &environment) {
        return Err(format!(
            "{e}: the standard library's crates could not be fetched, so this build keeps the shipped \
             standard library (about 19 KB larger)"
        ));
    }
    Ok(environment)
}

/// Fails when a build meant to be lean still holds the standard panic message, i.e. the
/// options above stopped reaching the compiler (cargo or rustc changed how it takes them).
pub fn check(wasm: &[u8]) -> Result<(), String> {
    const PANIC_MESSAGE: &[u8] = b"panicked at";
    if wasm.windows(PANIC_MESSAGE.len()).any(|w| w == PANIC_MESSAGE) {
        return Err("the lean build still holds the panic machinery: its options did not reach rustc".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn a_module_with_the_panic_message_is_not_lean() {
        assert!(check(b"\0asm...NulErrorpanicked at AccessError...").is_err());
        assert!(check(b"\0asm...called `Option::unwrap_throw()` on a `None` value").is_ok());
    }
}
