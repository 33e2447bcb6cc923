//! Content-hashed names for the files Trunk leaves with fixed ones. A page names the written
//! home's answering module (`answers.js`, `answers_bg.wasm`) with its integrity: under a fixed
//! name, a copy a host or a browser cached before a deploy would fail that check after it. Named
//! after their content, like the app's own files, they can be cached for good instead.

use std::path::Path;

use communs_core::publication::ANSWERS_FILE_PREFIX;
use sha2::Digest;

/// How many hex digits of the content's hash a name carries (Trunk's own names carry 16).
const HASH_DIGITS: usize = 16;

/// The answering module's file names in `dir`, the JS glue's and the wasm's, once they carry
/// their content's hash (`answers-<hash>.js`, `answers-<hash>_bg.wasm`, one hash for the pair,
/// as Trunk does). Renames Trunk's files; on a build already renamed, finds the names again.
pub fn answering_module(dir: &Path) -> Result<(String, String), String> {
    let (js, wasm) = (format!("{ANSWERS_FILE_PREFIX}.js"), format!("{ANSWERS_FILE_PREFIX}_bg.wasm"));
    if !dir.join(&js).is_file() {
        return renamed_before(dir);
    }
    let mut hash = sha2::Sha256::new();
    for name in [&js, &wasm] {
        let path = dir.join(name);
        hash.update(std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let hex: String = hash.finalize().iter().map(|byte| format!("{byte:02x}")).collect();
    let stem = format!("{ANSWERS_FILE_PREFIX}-{}", hex.get(..HASH_DIGITS).unwrap_or(&hex));
    let named = (format!("{stem}.js"), format!("{stem}_bg.wasm"));
    for (from, to) in [(&js, &named.0), (&wasm, &named.1)] {
        std::fs::rename(dir.join(from), dir.join(to)).map_err(|e| format!("{from} → {to}: {e}"))?;
    }
    Ok(named)
}

/// The names [`answering_module`] gave in an earlier pass over `dir`.
fn renamed_before(dir: &Path) -> Result<(String, String), String> {
    let prefix = format!("{ANSWERS_FILE_PREFIX}-");
    let js = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|item| item.file_name().into_string().ok())
        .find(|name| name.starts_with(&prefix) && name.ends_with(".js"))
        .ok_or(format!("no {ANSWERS_FILE_PREFIX}.js in the build (src/bin/answers.rs)"))?;
    let wasm = format!("{}_bg.wasm", js.trim_end_matches(".js"));
    if !dir.join(&wasm).is_file() {
        return Err(format!("{js} is in the build, {wasm} is not"));
    }
    Ok((js, wasm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build_dir(name: &str, js: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("communs-fingerprint-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("answers.js"), js).unwrap();
        std::fs::write(dir.join("answers_bg.wasm"), "\0asm").unwrap();
        dir
    }

    #[test]
    fn the_module_is_named_after_its_content_and_found_again() {
        let dir = build_dir("one", "export default 1");
        let (js, wasm) = answering_module(&dir).unwrap();
        let stem = js.strip_suffix(".js").unwrap();
        assert!(stem
            .strip_prefix("answers-")
            .is_some_and(|h| h.len() == 16 && h.chars().all(|c| c.is_ascii_hexdigit())));
        assert_eq!(wasm, format!("{stem}_bg.wasm"));
        assert!(dir.join(&js).is_file() && dir.join(&wasm).is_file());
        assert!(!dir.join("answers.js").exists() && !dir.join("answers_bg.wasm").exists());
        assert_eq!(answering_module(&dir).unwrap(), (js.clone(), wasm), "a second pass finds the same names");
        // Another content, another name: a cached copy of the old one is never taken for it.
        let other = build_dir("two", "export default 2");
        assert_ne!(answering_module(&other).unwrap().0, js);
    }

    #[test]
    fn a_build_without_the_module_says_so() {
        let dir = build_dir("none", "");
        std::fs::remove_file(dir.join("answers.js")).unwrap();
        std::fs::remove_file(dir.join("answers_bg.wasm")).unwrap();
        assert!(answering_module(&dir).unwrap_err().contains("no answers.js"));
    }
}
