//! The `--report` file: today's verdicts merged into the previous report, so that a link dead
//! for weeks keeps the day it was first found dead.

use std::collections::BTreeMap;

use communs_core::links_report::{LinkCheck, LinkStatus, LinksReport};
use communs_core::model::PartialDate;

use super::verdict::{status_text, Verdict};
use communs_core::display::Lang;

/// The report of a run on `today`: one check per address in `verdicts` (addresses no longer in
/// the dataset are gone), each dead link keeping the `dead_since` of `previous` when it was
/// already dead there. A blocked link is not dead: it has no `dead_since`, and a link dead
/// before, blocked now and dead again starts a new run.
pub fn merge<'a>(
    previous: Option<&LinksReport>,
    verdicts: impl IntoIterator<Item = (&'a str, &'a Verdict)>,
    today: PartialDate,
) -> LinksReport {
    let mut links = BTreeMap::new();
    for (url, verdict) in verdicts {
        let before = previous.and_then(|report| report.get(url)).filter(|check| check.is_dead());
        links.insert(url.to_string(), check(verdict, today, before.and_then(|check| check.dead_since)));
    }
    LinksReport { checked: today, links }
}

/// One address's check; `dead_since` is the earlier day it was found dead, if it was.
fn check(verdict: &Verdict, today: PartialDate, dead_since: Option<PartialDate>) -> LinkCheck {
    match verdict {
        Verdict::Live { code, final_url, moved } => LinkCheck {
            checked: today,
            status: if moved.is_some() { LinkStatus::Redirected } else { LinkStatus::Live },
            code: Some(*code),
            final_url: final_url.clone(),
            dead_since: None,
            error: None,
        },
        Verdict::Blocked { code, final_url } => LinkCheck {
            checked: today,
            status: LinkStatus::Blocked,
            code: Some(*code),
            final_url: final_url.clone(),
            dead_since: None,
            error: Some(status_text(*code)),
        },
        Verdict::Dead { failure, final_url } => LinkCheck {
            checked: today,
            status: LinkStatus::Dead,
            code: failure.code(),
            final_url: final_url.clone(),
            dead_since: Some(dead_since.unwrap_or(today)),
            error: Some(failure.describe(Lang::En)),
        },
    }
}

/// The report at `path`; `None` when there is no file yet.
pub fn read(path: &str) -> Result<Option<LinksReport>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(format!("{path}: cannot read the previous report ({error})")),
    };
    LinksReport::from_json(&text).map(Some).map_err(|error| {
        format!("{path}: the previous report is not a links report ({error}); fix it or delete it to start afresh")
    })
}

/// Writes `report` to `path` as pretty JSON.
pub fn write(path: &str, report: &LinksReport) -> Result<(), String> {
    std::fs::write(path, report.to_json()).map_err(|error| format!("{path}: cannot write the report ({error})"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::links::verdict::{Failure, Moved};

    fn day(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn dead_404() -> Verdict {
        Verdict::Dead { failure: Failure::Status(404), final_url: None }
    }

    #[test]
    fn a_link_still_dead_keeps_the_day_it_died() {
        let first = merge(None, [("https://a.example/", &dead_404())], day("2026-11-02"));
        let second = merge(Some(&first), [("https://a.example/", &dead_404())], day("2026-11-30"));
        let check = second.get("https://a.example/").unwrap();
        assert_eq!((check.checked, check.dead_since), (day("2026-11-30"), Some(day("2026-11-02"))));
        assert_eq!((check.code, check.error.as_deref()), (Some(404), Some("404 Not Found")));
        assert_eq!(second.checked, day("2026-11-30"));
    }

    #[test]
    fn a_link_that_comes_back_and_dies_again_starts_a_new_run() {
        let live = Verdict::Live { code: 200, final_url: None, moved: None };
        let first = merge(None, [("https://a.example/", &dead_404())], day("2026-11-02"));
        let back = merge(Some(&first), [("https://a.example/", &live)], day("2026-11-09"));
        assert_eq!(back.get("https://a.example/").unwrap().dead_since, None);
        let again = merge(Some(&back), [("https://a.example/", &dead_404())], day("2026-11-16"));
        assert_eq!(again.get("https://a.example/").unwrap().dead_since, Some(day("2026-11-16")));
    }

    #[test]
    fn a_blocked_link_has_no_dead_since_and_ends_a_run_of_failures() {
        let blocked = Verdict::Blocked { code: 403, final_url: None };
        let first = merge(None, [("https://a.example/", &dead_404())], day("2026-11-02"));
        let refused = merge(Some(&first), [("https://a.example/", &blocked)], day("2026-11-09"));
        let check = refused.get("https://a.example/").unwrap();
        assert_eq!((check.status, check.code, check.dead_since), (LinkStatus::Blocked, Some(403), None));
        assert_eq!(check.error.as_deref(), Some("403 Forbidden"));
        assert!(!check.is_dead());
        let again = merge(Some(&refused), [("https://a.example/", &dead_404())], day("2026-11-16"));
        assert_eq!(again.get("https://a.example/").unwrap().dead_since, Some(day("2026-11-16")));
    }

    #[test]
    fn drops_links_no_longer_in_the_dataset() {
        let first = merge(None, [("https://old.example/", &dead_404())], day("2026-11-02"));
        let live = Verdict::Live { code: 200, final_url: None, moved: None };
        let second = merge(Some(&first), [("https://new.example/", &live)], day("2026-11-30"));
        assert!(second.get("https://old.example/").is_none());
        assert_eq!(second.get("https://new.example/").unwrap().status, LinkStatus::Live);
    }

    #[test]
    fn a_permanent_redirect_is_redirected_with_where_it_leads() {
        let moved = Verdict::Live {
            code: 200,
            final_url: Some("https://a.example/new".into()),
            moved: Some(Moved { code: 301, to: "https://a.example/new".into() }),
        };
        let report = merge(None, [("https://a.example/old", &moved)], day("2026-11-30"));
        let check = report.get("https://a.example/old").unwrap();
        assert_eq!(check.status, LinkStatus::Redirected);
        assert_eq!(check.final_url.as_deref(), Some("https://a.example/new"));
    }

    #[test]
    fn reads_no_report_as_none_and_a_broken_one_as_an_error() {
        let dir = std::env::temp_dir().join(format!("communs-links-report-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let missing = dir.join("missing.json");
        assert_eq!(read(missing.to_str().unwrap()), Ok(None));
        let broken = dir.join("broken.json");
        std::fs::write(&broken, "{").unwrap();
        let error = read(broken.to_str().unwrap()).unwrap_err();
        assert!(error.contains("delete it"), "{error}");
        let _ = std::fs::remove_dir_all(dir);
    }
}
