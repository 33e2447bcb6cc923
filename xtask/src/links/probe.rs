//! Requests one address and follows its redirects by hand, to tell a live page from a dead one
//! (404, 410, a server error that persists, no answer) or from one that refuses robots, and to
//! see where a permanent redirect leads.

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use url::Url;

use super::verdict::{Failure, Moved, Verdict};

/// Names the project and where to reach it, so that a site's staff know who knocks.
pub const USER_AGENT: &str = "Communs-check-links/0.1 (+https://github.com/cnnumerique/communs)";

/// Redirects followed before a chain counts as a loop.
pub const MAX_REDIRECTS: usize = 10;

/// How patient a check is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProbeSettings {
    /// The longest one request may take, from the name lookup to the answer's headers.
    pub timeout: Duration,
    /// New tries after a 429 or 5xx answer (501 aside).
    pub retries: u32,
    /// The wait before the first new try; it doubles each time, unless the server says
    /// `Retry-After` (a number of seconds or an HTTP date).
    pub backoff: Duration,
    /// The longest wait between tries, whatever `Retry-After` asks.
    pub max_retry_wait: Duration,
}

impl ProbeSettings {
    /// Three new tries after 1, 2 and 4 s; a `Retry-After` is honoured up to 30 s.
    pub fn with_timeout(timeout: Duration) -> ProbeSettings {
        ProbeSettings { timeout, retries: 3, backoff: Duration::from_secs(1), max_retry_wait: Duration::from_secs(30) }
    }
}

/// Checks addresses with one HTTP client (rustls, no redirects of its own), shared by threads.
pub struct Prober {
    agent: ureq::Agent,
    settings: ProbeSettings,
}

/// The parts of an answer a check looks at.
struct Answer {
    status: u16,
    location: Option<String>,
    retry_after: Option<Duration>,
}

/// The request methods a check uses: `HEAD`, and `GET` where `HEAD` gets an error.
#[derive(Clone, Copy)]
enum Method {
    Head,
    Get,
}

impl Prober {
    /// A prober with its own connection pool.
    pub fn new(settings: ProbeSettings) -> Prober {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(settings.timeout))
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .build()
            .new_agent();
        Prober { agent, settings }
    }

    /// Requests `url` (as the dataset writes it) and its redirects, up to [`MAX_REDIRECTS`].
    /// An address that cannot be parsed is never requested.
    pub fn check(&self, url: &str) -> Verdict {
        let start = match Url::parse(url) {
            Ok(start) if matches!(start.scheme(), "http" | "https") && start.has_host() => start,
            Ok(_) => return dead(Failure::Malformed("http(s) address expected".into()), None),
            Err(error) => return dead(Failure::Malformed(error.to_string()), None),
        };
        let mut seen = HashSet::from([start.as_str().to_string()]);
        let mut current = start.clone();
        let mut moved: Option<Moved> = None;
        let mut only_permanent = true;
        let elsewhere = |current: &Url| (current != &start).then(|| current.to_string());
        for _ in 0..=MAX_REDIRECTS {
            let answer = match self.request(&current) {
                Ok(answer) => answer,
                Err(failure) => return dead(failure, elsewhere(&current)),
            };
            let code = answer.status;
            match code {
                200..=299 => return Verdict::Live { code, final_url: elsewhere(&current), moved },
                301 | 302 | 303 | 307 | 308 => {
                    let Some(location) = answer.location else {
                        return dead(Failure::BadRedirect(String::new()), elsewhere(&current));
                    };
                    let next = match current.join(&location) {
                        Ok(next) if matches!(next.scheme(), "http" | "https") => next,
                        _ => return dead(Failure::BadRedirect(location), elsewhere(&current)),
                    };
                    only_permanent &= matches!(code, 301 | 308);
                    if only_permanent {
                        moved = Some(Moved { code, to: next.to_string() });
                    }
                    if !seen.insert(next.as_str().to_string()) {
                        return dead(Failure::RedirectLoop, elsewhere(&next));
                    }
                    current = next;
                }
                404 | 410 => return dead(Failure::Status(code), elsewhere(&current)),
                500..=599 => return dead(Failure::ServerError(code), elsewhere(&current)),
                // 401, 403, 429 still there after the new tries, 999…: the server refused a robot.
                _ => return Verdict::Blocked { code, final_url: elsewhere(&current) },
            }
        }
        dead(Failure::RedirectLoop, elsewhere(&current))
    }

    /// One hop: `HEAD`, then `GET` when `HEAD` gets any 4xx or 5xx (many servers refuse a
    /// robot's `HEAD` but serve its `GET`); a 429 or 5xx is tried again after a wait, and the
    /// switch to `GET` after such an answer is the first new try.
    fn request(&self, url: &Url) -> Result<Answer, Failure> {
        let mut method = Method::Head;
        let mut retried = 0;
        loop {
            let answer = self.send(method, url)?;
            let head_refused = matches!(method, Method::Head) && answer.status >= 400;
            let busy = is_busy(answer.status);
            if !head_refused && (!busy || retried >= self.settings.retries) {
                return Ok(answer);
            }
            if busy {
                let backoff = self.settings.backoff.saturating_mul(2u32.saturating_pow(retried));
                std::thread::sleep(answer.retry_after.unwrap_or(backoff).min(self.settings.max_retry_wait));
                retried += 1;
            }
            method = Method::Get;
        }
    }

    /// Sends one request; only the status and two headers are read, never the body.
    fn send(&self, method: Method, url: &Url) -> Result<Answer, Failure> {
        let sent = match method {
            Method::Head => self.agent.head(url.as_str()).call(),
            Method::Get => self.agent.get(url.as_str()).call(),
        };
        let response = sent.map_err(|error| self.failure(error, url))?;
        let header = |name: &str| response.headers().get(name).and_then(|value| value.to_str().ok());
        Ok(Answer {
            status: response.status().as_u16(),
            location: header("location").map(str::to_string),
            retry_after: header("retry-after").and_then(|value| retry_after(value, Utc::now())),
        })
    }

    /// Names a client error after what a person can act on.
    fn failure(&self, error: ureq::Error, url: &Url) -> Failure {
        use std::io::ErrorKind;
        match error {
            ureq::Error::Timeout(_) => Failure::Timeout(self.settings.timeout),
            ureq::Error::HostNotFound => Failure::Dns,
            ureq::Error::Tls(detail) => Failure::Tls(detail.to_string()),
            ureq::Error::Rustls(detail) => Failure::Tls(detail.to_string()),
            ureq::Error::BadUri(detail) => Failure::Malformed(detail),
            ureq::Error::Http(detail) => Failure::Malformed(detail.to_string()),
            ureq::Error::Io(io) => match io.kind() {
                ErrorKind::ConnectionRefused => Failure::Refused,
                ErrorKind::TimedOut | ErrorKind::WouldBlock => Failure::Timeout(self.settings.timeout),
                // The standard library's lookup error has no kind of its own, only this text.
                _ if io.to_string().contains("failed to lookup address") => Failure::Dns,
                // rustls reports a failed handshake as invalid data read from the socket.
                ErrorKind::InvalidData if url.scheme() == "https" => Failure::Tls(io.to_string()),
                _ => Failure::Network(io.to_string()),
            },
            other => Failure::Network(other.to_string()),
        }
    }
}

/// True for an answer worth waiting for and asking again: 429 and 5xx, but not 501, which says
/// the method is not implemented (no wait changes that).
fn is_busy(status: u16) -> bool {
    status == 429 || ((500..=599).contains(&status) && status != 501)
}

/// How long a `Retry-After` value asks to wait, from `now`: a number of seconds, or an HTTP date
/// (RFC 9110, 10.2.3), the time to wait until then, none for a date already past. `None` for
/// anything else, which leaves the wait to the backoff. The caller caps the wait either way.
fn retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let until = http_date(value)?;
    Some((until - now).to_std().unwrap_or(Duration::ZERO))
}

/// An HTTP date (RFC 9110, 5.6.7): the IMF-fixdate servers send (`Sun, 06 Nov 1994 08:49:37 GMT`),
/// or either obsolete form a recipient must still read (RFC 850's `Sunday, 06-Nov-94 08:49:37
/// GMT`, asctime's `Sun Nov  6 08:49:37 1994`). Always UTC.
fn http_date(value: &str) -> Option<DateTime<Utc>> {
    let read = |format: &str| NaiveDateTime::parse_from_str(value, format).ok();
    read("%a, %d %b %Y %H:%M:%S GMT")
        .or_else(|| read("%A, %d-%b-%y %H:%M:%S GMT"))
        .or_else(|| read("%a %b %e %H:%M:%S %Y"))
        .map(|time| time.and_utc())
}

/// A dead verdict.
fn dead(failure: Failure, final_url: Option<String>) -> Verdict {
    Verdict::Dead { failure, final_url }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// 1994-11-06 08:49:37 UTC, RFC 9110's example date.
    fn example() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("1994-11-06T08:49:37Z").unwrap().with_timezone(&Utc)
    }

    #[test]
    fn retry_after_reads_seconds() {
        assert_eq!(retry_after("120", example()), Some(Duration::from_secs(120)));
        assert_eq!(retry_after(" 0 ", example()), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_reads_an_http_date_in_each_of_its_three_forms_as_the_time_until_then() {
        let before = example() - chrono::TimeDelta::seconds(90);
        for date in ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"] {
            assert_eq!(retry_after(date, before), Some(Duration::from_secs(90)), "{date}");
        }
    }

    #[test]
    fn retry_after_a_date_already_past_is_no_wait() {
        let after = example() + chrono::TimeDelta::hours(1);
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:49:37 GMT", after), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_anything_else_is_left_to_the_backoff() {
        for value in ["", "soon", "-5", "1.5", "06 Nov 1994 08:49:37", "Sun, 06 Nov 1994 08:49:37 CET"] {
            assert_eq!(retry_after(value, example()), None, "{value}");
        }
    }
}
