//! A pretend web on 127.0.0.1 for the tests: a minimal HTTP/1.1 server whose paths each play one
//! kind of link, and which records every request it gets, with the User-Agent it came with.
//!
//! - `/live`: 200; `/missing`: 404; `/gone`: 410; `/forbidden`: 403; `/odd`: 999 (as LinkedIn
//!   answers robots)
//! - `/head-forbidden`: 403 to `HEAD`, 200 to `GET` (a firewall that turns robots' `HEAD` away)
//! - `/moved`: 301 to `/live`; `/moved-twice`: 308 to `/moved`; `/temporary`: 302 to `/live`
//! - `/moved-dead`: 301 to `/missing`
//! - `/loop-a` and `/loop-b`: 302 to each other
//! - `/no-head`: 405 to `HEAD`, 200 to `GET`
//! - `/busy`: 429 with `Retry-After: 1` the first time, then 200
//! - `/busy-until`: 429 with `Retry-After` an HTTP date an hour ahead the first time, then 200
//! - `/broken`: always 503 with `Retry-After: 0`
//! - `/silent`: accepts, then never answers
//! - anything else: 404

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long `/silent` holds a connection without answering: longer than the tests' timeout.
const SILENCE: Duration = Duration::from_secs(3);

/// The server; it stops accepting when dropped.
pub struct TestWeb {
    address: SocketAddr,
    requests: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
}

/// One request as the server got it.
#[derive(Clone)]
struct Seen {
    /// `METHOD /path`.
    line: String,
    /// The `User-Agent` header's value, if it came with one.
    user_agent: Option<String>,
}

/// Every path a redirect of the server leads to: requests a check may make beyond the dataset's.
pub const REDIRECT_TARGETS: [&str; 5] = ["/live", "/moved", "/missing", "/loop-a", "/loop-b"];

impl TestWeb {
    /// Starts the server on a free port.
    pub fn start() -> TestWeb {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (seen, stopped) = (Arc::clone(&requests), Arc::clone(&stop));
        std::thread::spawn(move || {
            let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (seen, hits) = (Arc::clone(&seen), Arc::clone(&hits));
                std::thread::spawn(move || serve(stream, &seen, &hits));
            }
        });
        TestWeb { address, requests, stop }
    }

    /// `http://127.0.0.1:PORT{path}`
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// `https://127.0.0.1:PORT{path}`: the same plain server, which speaks no TLS.
    pub fn tls_url(&self, path: &str) -> String {
        format!("https://{}{path}", self.address)
    }

    /// Every request so far, as `METHOD /path`.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().iter().map(|seen| seen.line.clone()).collect()
    }

    /// The `User-Agent` of every request so far, in the order of [`TestWeb::requests`].
    pub fn user_agents(&self) -> Vec<Option<String>> {
        self.requests.lock().unwrap().iter().map(|seen| seen.user_agent.clone()).collect()
    }
}

impl Drop for TestWeb {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.address, Duration::from_secs(1));
    }
}

/// Answers one connection (one request: every answer closes the connection).
fn serve(mut stream: TcpStream, seen: &Mutex<Vec<Seen>>, hits: &Mutex<HashMap<String, usize>>) {
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut head = Vec::new();
    let mut buffer = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buffer[..n]),
        }
        if !head.starts_with(b"HEAD ") && !head.starts_with(b"GET ") && head.len() >= 4 {
            break; // not HTTP: a TLS handshake, say
        }
    }
    let text = String::from_utf8_lossy(&head);
    let mut words = text.split_whitespace();
    let (method, path) = match (words.next(), words.next()) {
        (Some(method @ ("HEAD" | "GET")), Some(path)) => (method.to_string(), path.to_string()),
        _ => {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return;
        }
    };
    let user_agent = text.lines().skip(1).find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim().eq_ignore_ascii_case("user-agent").then(|| value.trim().to_string())
    });
    seen.lock().unwrap().push(Seen { line: format!("{method} {path}"), user_agent });
    let count = {
        let mut hits = hits.lock().unwrap();
        let count = hits.entry(path.clone()).or_default();
        *count += 1;
        *count
    };
    let in_an_hour = chrono::Utc::now() + chrono::TimeDelta::hours(1);
    let until = format!("Retry-After: {}", in_an_hour.format("%a, %d %b %Y %H:%M:%S GMT"));
    let until = [until.as_str()];
    let (status, headers): (&str, &[&str]) = match (method.as_str(), path.as_str()) {
        (_, "/live") => ("200 OK", &[]),
        (_, "/forbidden") => ("403 Forbidden", &[]),
        (_, "/odd") => ("999 Request denied", &[]),
        ("HEAD", "/head-forbidden") => ("403 Forbidden", &[]),
        ("GET", "/head-forbidden") => ("200 OK", &[]),
        (_, "/gone") => ("410 Gone", &[]),
        (_, "/moved") => ("301 Moved Permanently", &["Location: /live"]),
        (_, "/moved-twice") => ("308 Permanent Redirect", &["Location: /moved"]),
        (_, "/moved-dead") => ("301 Moved Permanently", &["Location: /missing"]),
        (_, "/temporary") => ("302 Found", &["Location: /live"]),
        (_, "/loop-a") => ("302 Found", &["Location: /loop-b"]),
        (_, "/loop-b") => ("302 Found", &["Location: /loop-a"]),
        ("HEAD", "/no-head") => ("405 Method Not Allowed", &["Allow: GET"]),
        ("GET", "/no-head") => ("200 OK", &[]),
        (_, "/busy") if count == 1 => ("429 Too Many Requests", &["Retry-After: 1"]),
        (_, "/busy") => ("200 OK", &[]),
        (_, "/busy-until") if count == 1 => ("429 Too Many Requests", &until),
        (_, "/busy-until") => ("200 OK", &[]),
        (_, "/broken") => ("503 Service Unavailable", &["Retry-After: 0"]),
        (_, "/silent") => {
            std::thread::sleep(SILENCE);
            return;
        }
        _ => ("404 Not Found", &[]),
    };
    let body = if method == "GET" { "ok" } else { "" };
    let mut answer = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n", "ok".len());
    for header in headers {
        answer.push_str(header);
        answer.push_str("\r\n");
    }
    answer.push_str("\r\n");
    answer.push_str(body);
    let _ = stream.write_all(answer.as_bytes());
}
