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
