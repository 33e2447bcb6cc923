//! The link report a build ships as `data/links.json` (see `cargo xtask check-links`): the
//! published one when there is one, a given file, or none. The pages then say whether there is
//! one, so that the app never asks for a file the site does not have.

use std::path::{Path, PathBuf};

use communs_core::links_report::LinksReport;
use communs_core::publication::LINKS_REPORT_PATH;

/// Which link report a build ships.
pub enum ReportSource {
    /// `public/data/links.json`, which Trunk copies, when it exists.
    Published,
    /// This file instead.
    File(PathBuf),
    /// None, even if one is published (the browser tests' build without a report).
    Without,
}

/// Puts the chosen report in place in the build `dir`, checks that it reads as a report, and
/// returns whether the site ships one.
pub fn ship(dir: &Path, source: &ReportSource) -> Result<bool, String> {
    let target = dir.join(LINKS_REPORT_PATH);
    match source {
        ReportSource::Published => {}
        ReportSource::File(file) => {
            std::fs::copy(file, &target).map_err(|e| format!("{}: {e}", file.display()))?;
        }
        ReportSource::Without => {
            if target.exists() {
                std::fs::remove_file(&target).map_err(|e| format!("{}: {e}", target.display()))?;
            }
        }
    }
    if !target.exists() {
        return Ok(false);
    }
    let text = std::fs::read_to_string(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    LinksReport::from_json(&text).map_err(|e| {
        format!("{}: not a link report ({e}): run `cargo xtask check-links --report` again", target.display())
    })?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report of one live link, as `check-links` writes it.
    const REPORT: &str = r#"{"checked": "2026-11-30", "links": {
  "https://example.org/": {"checked": "2026-11-30", "status": "live", "code": 200}
}}"#;

    /// A fresh build folder (with its `data/`) for one test, removed when dropped.
    struct Build(PathBuf);

    impl Build {
        fn new(name: &str) -> Build {
            let dir = std::env::temp_dir().join(format!("communs-ship-report-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(dir.join("data")).unwrap();
            Build(dir)
        }

        /// What Trunk copied from `public/data/links.json`, when there is one.
        fn publish(&self, text: &str) {
            std::fs::write(self.report(), text).unwrap();
        }

        fn report(&self) -> PathBuf {
            self.0.join(LINKS_REPORT_PATH)
        }
    }

    impl Drop for Build {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn by_default_the_published_report_ships_when_there_is_one() {
        let build = Build::new("published");
        assert_eq!(ship(&build.0, &ReportSource::Published), Ok(false), "no report: the site says so");
        assert!(!build.report().exists());
        build.publish(REPORT);
        assert_eq!(ship(&build.0, &ReportSource::Published), Ok(true));
        assert_eq!(std::fs::read_to_string(build.report()).unwrap(), REPORT, "shipped as it is");
    }

    #[test]
    fn a_published_file_that_is_no_report_stops_the_build() {
        let build = Build::new("broken");
        build.publish("{ not a report");
        let error = ship(&build.0, &ReportSource::Published).unwrap_err();
        assert!(error.contains("not a link report") && error.contains("check-links --report"), "{error}");
    }

    #[test]
    fn a_given_file_replaces_the_published_report() {
        let build = Build::new("file");
        build.publish("{ not a report");
        let given = build.0.join("given.json");
        std::fs::write(&given, REPORT).unwrap();
        assert_eq!(ship(&build.0, &ReportSource::File(given)), Ok(true));
        assert_eq!(std::fs::read_to_string(build.report()).unwrap(), REPORT);
        let missing = ship(&build.0, &ReportSource::File(build.0.join("missing.json"))).unwrap_err();
        assert!(missing.contains("missing.json"), "{missing}");
    }

    #[test]
    fn without_a_report_the_published_one_is_removed() {
        let build = Build::new("without");
        build.publish(REPORT);
        assert_eq!(ship(&build.0, &ReportSource::Without), Ok(false));
        assert!(!build.report().exists());
        assert_eq!(ship(&build.0, &ReportSource::Without), Ok(false), "and none is fine");
    }
}
