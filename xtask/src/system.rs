//! What the automatic installs take for granted on the machine itself: a C compiler, Node.js
//! at playwright-core's floor, and Chromium. Missing ones come from Debian's packages through
//! `apt-get` (as root, or through `sudo` when it needs no password); anywhere else, or without
//! either, the message says what to install and how, instead of a password prompt.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::tools::{output, run};

/// playwright-core's floor: older Node.js versions cannot start the browser tests.
pub const NODE_MAJOR_FLOOR: u32 = 20;

/// Set once `apt-get update` has run in this process: it runs at most once per command.
static APT_UPDATED: AtomicBool = AtomicBool::new(false);

/// A C and C++ compiler: the linker of every native build, and libFuzzer's.
pub fn ensure_c_compiler() -> Result<(), String> {
    if output("cc", &["--version"]).is_some() && output("c++", &["--version"]).is_some() {
        return Ok(());
    }
    println!("xtask: installing build-essential (a C and C++ compiler: native linking and libFuzzer)");
    apt_install(&["build-essential"])
}

/// Node.js ≥ 20, which runs wasm-opt, the browser tests and the bench, and, when `with_npm`,
/// npm, which installs them.
pub fn ensure_node(with_npm: bool) -> Result<(), String> {
    let npm_missing = with_npm && output("npm", &["--version"]).is_none();
    if npm_missing || output("node", &["--version"]).is_none() {
        println!("xtask: installing Node.js and npm from Debian (wasm-opt and the browser tests come from npm)");
        apt_install(&["nodejs", "npm"])?;
    }
    let version = output("node", &["--version"]).unwrap_or_default();
    match node_major(&version) {
        Some(major) if major >= NODE_MAJOR_FLOOR => Ok(()),
        _ => Err(format!(
            "Node.js {version} is too old: the browser tests need Node.js {NODE_MAJOR_FLOOR} or later. \
             Install it from your distribution (Debian 13, Ubuntu 24.04) or from https://nodejs.org/, \
             then run the command again"
        )),
    }
}

/// The major version in `node --version`'s answer (`v20.20.2` → 20).
pub fn node_major(version: &str) -> Option<u32> {
    version.trim().trim_start_matches('v').split('.').next()?.parse().ok()
}

/// Debian's Chromium and ChromeDriver, for the browser tests.
pub fn ensure_chromium() -> Result<(), String> {
    if Path::new("/usr/bin/chromium").exists() {
        return Ok(());
    }
    println!("xtask: installing Debian's chromium (the browser tests drive a real headless browser)");
    apt_install(&["chromium", "chromium-driver"])
}

/// How this process may run `apt-get`: directly as root, or through a `sudo` that asks no
/// password.
enum AptAccess {
    Root,
    Sudo,
}

fn apt_install(packages: &[&str]) -> Result<(), String> {
    let wanted = packages.join(" ");
    if output("apt-get", &["--version"]).is_none() {
        return Err(format!("please install {wanted} with your system's package manager, then run the command again"));
    }
    let access = if output("id", &["-u"]).as_deref() == Some("0") {
        AptAccess::Root
    } else if output("sudo", &["-n", "true"]).is_some() {
        AptAccess::Sudo
    } else {
        return Err(format!(
            "{wanted} is missing and installing it needs root: run `sudo apt-get install {wanted}` \
             (or ask your administrator), then run the command again"
        ));
    };
    let apt = |args: &[&str]| match access {
        AptAccess::Root => run("apt-get", args),
        AptAccess::Sudo => run("sudo", &[&["-n", "apt-get"], args].concat()),
    };
    if !APT_UPDATED.swap(true, Ordering::SeqCst) {
        apt(&["update"])?;
    }
    apt(&[&["install", "-y", "--no-install-recommends"], packages].concat())
}

#[cfg(test)]
mod tests {
    use super::node_major;

    #[test]
    fn node_versions_are_read_by_their_major_number() {
        assert_eq!(node_major("v20.20.2\n"), Some(20));
        assert_eq!(node_major("v18.19.0"), Some(18));
        assert_eq!(node_major("v22.1.0"), Some(22));
        assert_eq!(node_major(""), None);
        assert_eq!(node_major("node: not found"), None);
    }
}
