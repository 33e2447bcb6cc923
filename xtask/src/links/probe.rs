//! Requests one address and follows its redirects by hand, to tell a live page from a dead one
//! (404, 410, a server error that persists, no answer) or from one that refuses robots, and to
//! see where a permanent redirect leads.

use std::collections::HashSet;
use std::time::Duration;

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
    /// `Retry-After`.
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
            retry_after: header("retry-after").and_then(|v| v.trim().parse().ok()).map(Duration::from_secs),
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

/// A dead verdict.
fn dead(failure: Failure, final_url: Option<String>) -> Verdict {
    Verdict::Dead { failure, final_url }
}
