//! The link-freshness report, `public/data/links.json`: what `cargo xtask check-links` found
//! when it last requested each address of the dataset.
//!
//! The weekly job writes it; the app reads it to show « vérifié le … » or « inaccessible
//! depuis le … » beside a link. A run in which no address answered at all (the machine was
//! offline) writes nothing, so the report keeps the last run that could check. Its shape:
//!
//! ```json
//! {
//!   "checked": "2026-11-30",
//!   "links": {
//!     "https://cnnumerique.fr/": { "checked": "2026-11-30", "status": "live", "code": 200 },
//!     "https://example.org/old": {
//!       "checked": "2026-11-30",
//!       "status": "dead",
//!       "code": 404,
//!       "dead_since": "2026-11-02",
//!       "error": "404 Not Found"
//!     },
//!     "https://example.com/members": {
//!       "checked": "2026-11-30",
//!       "status": "blocked",
//!       "code": 403,
//!       "error": "403 Forbidden"
//!     }
//!   }
//! }
//! ```
//!
//! Keys are the addresses exactly as written in the dataset, in sorted order; optional fields
//! are left out when empty. `status` is one of [`LinkStatus`]: `live`, `redirected`, `dead`
//! (404, 410, a 5xx that persists, or no answer: no name, no connection, a TLS error, a timeout,
//! a redirect loop, a malformed address) or `blocked` (the server answered but refused our robot:
//! 401, 403, 429 after the new tries, a non-standard code like 999; a person may still reach the
//! page, so it is not dead and has no `dead_since`).
//!
//! ```
//! use communs_core::links_report::{LinkStatus, LinksReport};
//! let report = LinksReport::from_json(r#"{"checked":"2026-11-30","links":{
//!     "https://example.org/old":{"checked":"2026-11-30","status":"dead","dead_since":"2026-11-02"}}}"#)
//!     .ok();
//! let check = report.as_ref().and_then(|r| r.get("https://example.org/old"));
//! assert_eq!(check.map(|c| c.status), Some(LinkStatus::Dead));
//! assert_eq!(check.and_then(|c| c.dead_since).map(|d| d.to_string()).as_deref(), Some("2026-11-02"));
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::PartialDate;

/// Every address of the dataset with what its last check found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinksReport {
    /// Day of the run that wrote the report (UTC), `YYYY-MM-DD`.
    pub checked: PartialDate,
    /// Each address, as written in the dataset, with its last check.
    #[serde(default)]
    pub links: BTreeMap<String, LinkCheck>,
}

/// What the last request of one address found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkCheck {
    /// Day of the check (UTC).
    pub checked: PartialDate,
    /// Live, dead, refused to the robot, or moved for good.
    pub status: LinkStatus,
    /// The last HTTP status received, when a server answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<u16>,
    /// Where the redirects led, when the answer came from another address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_url: Option<String>,
    /// For a dead link: the first check of the current run of failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dead_since: Option<PartialDate>,
    /// For a dead or blocked link: what went wrong, in English (`404 Not Found`, `connection
    /// refused`, `403 Forbidden`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// How an address fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkStatus {
    /// The page answered (2xx), possibly after temporary redirects.
    Live,
    /// No page: 404, 410, a server error that persists, or no answer at all.
    Dead,
    /// The address moved for good (301 or 308) to a page that answers: the dataset should say
    /// [`LinkCheck::final_url`] instead.
    Redirected,
    /// The server answered but refused our robot (401, 403, 429 after the new tries, 999…): a
    /// person may still reach the page. Not dead: it never has a `dead_since`.
    Blocked,
}

impl LinksReport {
    /// Reads a report from its JSON text.
    pub fn from_json(text: &str) -> Result<LinksReport, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The report as pretty JSON with a trailing newline: keys in a stable order, so that a
    /// committed report changes only where a check did.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The last check of `url`, written exactly as in the dataset.
    pub fn get(&self, url: &str) -> Option<&LinkCheck> {
        self.links.get(url)
    }
}

impl LinkCheck {
    /// True when the last check found no page (never for a [`LinkStatus::Blocked`] link).
    pub fn is_dead(&self) -> bool {
        self.status == LinkStatus::Dead
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn day(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn sample() -> LinksReport {
        let mut links = BTreeMap::new();
        links.insert(
            "https://b.example/".to_string(),
            LinkCheck {
                checked: day("2026-11-30"),
                status: LinkStatus::Dead,
                code: Some(404),
                final_url: None,
                dead_since: Some(day("2026-11-02")),
                error: Some("404 Not Found".into()),
            },
        );
        links.insert(
            "https://a.example/".to_string(),
            LinkCheck {
                checked: day("2026-11-30"),
                status: LinkStatus::Redirected,
                code: Some(200),
                final_url: Some("https://a.example/new".into()),
                dead_since: None,
                error: None,
            },
        );
        LinksReport { checked: day("2026-11-30"), links }
    }

    #[test]
    fn writes_the_documented_shape_in_a_stable_order() {
        let text = sample().to_json();
        let a = text.find("https://a.example/").unwrap();
        let b = text.find("https://b.example/").unwrap();
        assert!(a < b, "addresses sorted: {text}");
        assert!(text.contains(r#""status": "redirected""#), "{text}");
        assert!(text.contains(r#""dead_since": "2026-11-02""#), "{text}");
        assert!(!text.contains("null"), "empty fields left out: {text}");
        assert!(text.ends_with("}\n"));
        let checked = text.find(r#""checked""#).unwrap();
        assert!(checked < text.find(r#""links""#).unwrap(), "the run's day comes first: {text}");
    }

    #[test]
    fn reads_back_what_it_wrote() {
        let report = sample();
        assert_eq!(LinksReport::from_json(&report.to_json()).unwrap(), report);
    }

    #[test]
    fn looks_a_link_up_by_its_address_as_written() {
        let report = sample();
        let dead = report.get("https://b.example/").unwrap();
        assert!(dead.is_dead());
        assert_eq!(dead.dead_since, Some(day("2026-11-02")));
        assert!(!report.get("https://a.example/").unwrap().is_dead());
        assert!(report.get("https://b.example").is_none(), "no guessing: the address as written");
    }

    #[test]
    fn a_link_refused_to_the_robot_is_blocked_and_not_dead() {
        let text = r#"{"checked":"2026-11-30","links":{
            "https://a.example/":{"checked":"2026-11-30","status":"blocked","code":403,"error":"403 Forbidden"}}}"#;
        let report = LinksReport::from_json(text).unwrap();
        let check = report.get("https://a.example/").unwrap();
        assert_eq!((check.status, check.code, check.dead_since), (LinkStatus::Blocked, Some(403), None));
        assert!(!check.is_dead());
        assert!(report.to_json().contains(r#""status": "blocked""#), "{}", report.to_json());
        assert_eq!(LinksReport::from_json(&report.to_json()).unwrap(), report);
    }

    #[test]
    fn refuses_an_unknown_status() {
        let text =
            r#"{"checked":"2026-11-30","links":{"https://a.example/":{"checked":"2026-11-30","status":"gone"}}}"#;
        assert!(LinksReport::from_json(text).is_err());
    }
}
