//! Each broken dataset in `tests/fixtures/` must produce exactly the diagnostics written in its
//! `.expected` file (issue 3). Run with `BLESS=1` to rewrite them after a deliberate change,
//! then review the diff.

#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers may stop at the first surprise

use std::fs;
use std::path::Path;

use communs_core::load;

/// The diagnostics of `text` as of its own `updated` ([`load`]): a stale `verified` is judged
/// against the file's date, never the clock's, so that an expected file does not age.
fn render(text: &str) -> String {
    let loaded = load(text);
    let mut out: String = loaded.diagnostics.iter().map(|d| format!("{d}\n")).collect();
    let valid = loaded.dataset.as_ref().map(|d| d.entries.len());
    out.push_str(&match valid {
        Some(n) => format!("-- {n} valid of {}\n", loaded.total_entries),
        None => "-- unusable\n".to_string(),
    });
    out
}

#[test]
fn every_fixture_gives_its_expected_diagnostics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let bless = std::env::var_os("BLESS").is_some();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut names: Vec<_> =
        fs::read_dir(&dir).expect("fixtures dir").filter_map(Result::ok).map(|e| e.path()).collect();
    names.sort();
    for path in names.iter().filter(|p| p.extension().is_some_and(|x| x == "json")) {
        let text = fs::read_to_string(path).expect("fixture is UTF-8");
        let actual = render(&text);
        let expected_path = path.with_extension("expected");
        if bless {
            fs::write(&expected_path, &actual).expect("write expected");
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!("{}:\n--- expected\n{expected}--- actual\n{actual}", path.display()));
        }
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_broken_fixture_reports_an_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in fs::read_dir(dir).expect("fixtures dir").filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let loaded = load(&fs::read_to_string(&path).expect("fixture"));
        if name.ends_with("-accepted") {
            assert_eq!(loaded.error_count(), 0, "{name} should pass");
        } else {
            assert!(loaded.error_count() > 0, "{name} should fail");
            assert!(loaded.diagnostics.iter().all(|d| d.line >= 1 && d.column >= 1), "{name}: unlocated");
        }
    }
}

#[test]
fn binary_garbage_never_panics() {
    let mut seed: u32 = 12345;
    for size in [0usize, 1, 7, 100, 4096] {
        let bytes: Vec<u8> = (0..size)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (seed >> 16) as u8
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        let loaded = load(&text);
        assert!(loaded.dataset.is_none() || loaded.error_count() > 0 || text.trim().starts_with('{'));
    }
}
