//! What requesting one address found, and how to say it to staff in French or English.

use std::time::Duration;

use communs_core::display::Lang;

/// The outcome of requesting one address of the dataset, redirects followed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A page answered with a 2xx status.
    Live {
        /// The status of the last answer.
        code: u16,
        /// The address that answered, when redirects led elsewhere.
        final_url: Option<String>,
        /// Set when the address itself moved for good (301 or 308): the dataset should say
        /// where it moved.
        moved: Option<Moved>,
    },
    /// The server answered but refused our robot (401, 403, 429 after the new tries, 999…): a
    /// person may still reach the page, so it is no dead link.
    Blocked {
        /// The status of the last answer.
        code: u16,
        /// The address that answered, when redirects led elsewhere.
        final_url: Option<String>,
    },
    /// No page: 404, 410, a server error that persists, or no answer at all.
    Dead {
        /// What went wrong.
        failure: Failure,
        /// The address that failed, when redirects led elsewhere.
        final_url: Option<String>,
    },
}

impl Verdict {
    /// True when no server answered at all (no name, no connection, no TLS handshake, no answer
    /// in time, another network error): when every address is so, the machine running the check
    /// is likely offline.
    pub fn is_unreachable(&self) -> bool {
        matches!(
            self,
            Verdict::Dead {
                failure: Failure::Dns | Failure::Refused | Failure::Tls(_) | Failure::Timeout(_) | Failure::Network(_),
                ..
            }
        )
    }
}

/// A permanent redirect of a dataset address: the address to write instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    /// 301 or 308 (the last of a run of permanent redirects).
    pub code: u16,
    /// Where the run of permanent redirects leads.
    pub to: String,
}

/// Why a link is dead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// A 404 or 410 answer, to `GET` as well as to `HEAD`.
    Status(u16),
    /// A 5xx answer, still there after the retries.
    ServerError(u16),
    /// The host name does not resolve.
    Dns,
    /// The TLS handshake failed (expired or wrong certificate, not TLS at all…).
    Tls(String),
    /// Nothing listens on that port.
    Refused,
    /// No answer within the timeout.
    Timeout(Duration),
    /// The redirects come back to an address already seen, or go on for more than 10 hops.
    RedirectLoop,
    /// A redirect without a `Location`, or to an address that is not a web address.
    BadRedirect(String),
    /// The dataset's address cannot be requested as written; it never was.
    Malformed(String),
    /// Any other network problem (connection reset, protocol error…).
    Network(String),
}

impl Failure {
    /// The HTTP status behind the failure, when a server answered.
    pub fn code(&self) -> Option<u16> {
        match self {
            Failure::Status(code) | Failure::ServerError(code) => Some(*code),
            _ => None,
        }
    }

    /// One short phrase: `404 Not Found`, `délai dépassé (10 s)`, `connection refused`.
    pub fn describe(&self, lang: Lang) -> String {
        let french = lang == Lang::Fr;
        match self {
            Failure::Status(code) => status_text(*code),
            Failure::ServerError(code) if french => format!("erreur du serveur {}", status_text(*code)),
            Failure::ServerError(code) => format!("server error {}", status_text(*code)),
            Failure::Dns if french => "nom de domaine introuvable (DNS)".into(),
            Failure::Dns => "domain name not found (DNS)".into(),
            Failure::Tls(detail) if french => format!("erreur TLS ({detail})"),
            Failure::Tls(detail) => format!("TLS error ({detail})"),
            Failure::Refused if french => "connexion refusée".into(),
            Failure::Refused => "connection refused".into(),
            Failure::Timeout(after) if french => format!("pas de réponse en {} s", seconds(*after)),
            Failure::Timeout(after) => format!("no answer within {} s", seconds(*after)),
            Failure::RedirectLoop if french => "boucle de redirections".into(),
            Failure::RedirectLoop => "redirect loop".into(),
            Failure::BadRedirect(location) if french => format!("redirection vers une adresse invalide « {location} »"),
            Failure::BadRedirect(location) => format!("redirect to an invalid address \"{location}\""),
            Failure::Malformed(detail) if french => format!("adresse mal formée ({detail}), non demandée"),
            Failure::Malformed(detail) => format!("malformed URL ({detail}), not requested"),
            Failure::Network(detail) if french => format!("erreur réseau ({detail})"),
            Failure::Network(detail) => format!("network error ({detail})"),
        }
    }
}

/// `404 Not Found`, or the bare number for a status without a standard reason.
pub fn status_text(code: u16) -> String {
    let reason = ureq::http::StatusCode::from_u16(code).ok().and_then(|status| status.canonical_reason());
    match reason {
        Some(reason) => format!("{code} {reason}"),
        None => code.to_string(),
    }
}

/// `10` or `1.5`: a timeout as people write it.
fn seconds(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds.fract() == 0.0 {
        format!("{seconds:.0}")
    } else {
        format!("{seconds}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_a_status_with_its_reason() {
        assert_eq!(Failure::Status(404).describe(Lang::Fr), "404 Not Found");
        assert_eq!(Failure::Status(410).describe(Lang::En), "410 Gone");
        assert_eq!(Failure::Status(499).describe(Lang::En), "499");
        assert_eq!(Failure::ServerError(503).describe(Lang::Fr), "erreur du serveur 503 Service Unavailable");
        assert_eq!(Failure::ServerError(503).describe(Lang::En), "server error 503 Service Unavailable");
    }

    #[test]
    fn says_a_timeout_in_seconds() {
        assert_eq!(Failure::Timeout(Duration::from_secs(10)).describe(Lang::Fr), "pas de réponse en 10 s");
        assert_eq!(Failure::Timeout(Duration::from_millis(1500)).describe(Lang::En), "no answer within 1.5 s");
    }

    #[test]
    fn only_failures_without_any_answer_are_unreachable() {
        let dead = |failure| Verdict::Dead { failure, final_url: None };
        assert!(dead(Failure::Dns).is_unreachable());
        assert!(dead(Failure::Timeout(Duration::from_secs(1))).is_unreachable());
        assert!(dead(Failure::Refused).is_unreachable());
        assert!(dead(Failure::Tls("handshake".into())).is_unreachable());
        assert!(!dead(Failure::Status(404)).is_unreachable());
        assert!(!dead(Failure::Malformed(String::new())).is_unreachable());
        assert!(!dead(Failure::ServerError(503)).is_unreachable());
        assert!(!Verdict::Live { code: 200, final_url: None, moved: None }.is_unreachable());
        assert!(!Verdict::Blocked { code: 403, final_url: None }.is_unreachable());
    }

    #[test]
    fn only_http_failures_carry_a_code() {
        assert_eq!(Failure::Status(404).code(), Some(404));
        assert_eq!(Failure::ServerError(502).code(), Some(502));
        assert_eq!(Failure::Refused.code(), None);
    }
}
