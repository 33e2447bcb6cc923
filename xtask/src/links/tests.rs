//! Issue #24, link freshness: each kind of link against a pretend web on 127.0.0.1, then whole
//! runs of the command (lines, exit, report). Nothing here leaves the machine: `.invalid` names
//! never resolve (RFC 6761).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::net::TcpListener;
use std::time::{Duration, Instant};

use communs_core::links_report::{LinkStatus, LinksReport};
use communs_core::model::PartialDate;

use super::probe::{ProbeSettings, Prober, USER_AGENT};
use super::test_web::{TestWeb, REDIRECT_TARGETS};
use super::verdict::{Failure, Moved, Verdict};
use super::{check, exit_code, Options};
use communs_core::display::Lang;

/// Quick settings: a 1 s timeout, short waits between tries, `Retry-After` honoured up to 2 s.
fn settings() -> ProbeSettings {
    ProbeSettings {
        timeout: Duration::from_secs(1),
        retries: 3,
        backoff: Duration::from_millis(20),
        max_retry_wait: Duration::from_secs(2),
    }
}

/// Checks `url` and asserts how long it took at most.
fn check_within(url: &str, limit: Duration) -> Verdict {
    let started = Instant::now();
    let verdict = Prober::new(settings()).check(url);
    assert!(started.elapsed() < limit, "{url} took {:?}, more than {limit:?}", started.elapsed());
    verdict
}

fn live(code: u16) -> Verdict {
    Verdict::Live { code, final_url: None, moved: None }
}

fn dead(failure: Failure) -> Verdict {
    Verdict::Dead { failure, final_url: None }
}

const QUICK: Duration = Duration::from_millis(900);

#[test]
fn a_live_page_is_live_after_one_head() {
    let web = TestWeb::start();
    assert_eq!(check_within(&web.url("/live"), QUICK), live(200));
    assert_eq!(web.requests(), ["HEAD /live"]);
}

#[test]
fn a_404_is_dead_and_so_is_a_410_once_get_says_the_same() {
    let web = TestWeb::start();
    assert_eq!(check_within(&web.url("/missing"), QUICK), dead(Failure::Status(404)));
    assert_eq!(check_within(&web.url("/gone"), QUICK), dead(Failure::Status(410)));
    assert_eq!(
        web.requests(),
        ["HEAD /missing", "GET /missing", "HEAD /gone", "GET /gone"],
        "GET after a 4xx to HEAD, no new try"
    );
}

#[test]
fn a_page_that_refuses_head_with_a_403_but_serves_get_is_live() {
    let web = TestWeb::start();
    assert_eq!(check_within(&web.url("/head-forbidden"), QUICK), live(200));
    assert_eq!(web.requests(), ["HEAD /head-forbidden", "GET /head-forbidden"]);
}

#[test]
fn a_403_or_a_non_standard_code_to_get_is_blocked_not_dead() {
    let web = TestWeb::start();
    assert_eq!(check_within(&web.url("/forbidden"), QUICK), Verdict::Blocked { code: 403, final_url: None });
    assert_eq!(check_within(&web.url("/odd"), QUICK), Verdict::Blocked { code: 999, final_url: None });
    assert_eq!(web.requests(), ["HEAD /forbidden", "GET /forbidden", "HEAD /odd", "GET /odd"], "no new try");
}

#[test]
fn a_permanent_redirect_to_a_live_page_says_where_it_leads() {
    let web = TestWeb::start();
    let verdict = check_within(&web.url("/moved-twice"), QUICK);
    let moved = Moved { code: 301, to: web.url("/live") };
    assert_eq!(verdict, Verdict::Live { code: 200, final_url: Some(web.url("/live")), moved: Some(moved) });
    assert_eq!(web.requests(), ["HEAD /moved-twice", "HEAD /moved", "HEAD /live"]);
}

#[test]
fn a_temporary_redirect_is_no_move() {
    let web = TestWeb::start();
    let verdict = check_within(&web.url("/temporary"), QUICK);
    assert_eq!(verdict, Verdict::Live { code: 200, final_url: Some(web.url("/live")), moved: None });
}

#[test]
fn a_permanent_redirect_to_a_dead_page_is_dead() {
    let web = TestWeb::start();
    let verdict = check_within(&web.url("/moved-dead"), QUICK);
    assert_eq!(verdict, Verdict::Dead { failure: Failure::Status(404), final_url: Some(web.url("/missing")) });
}

#[test]
fn a_redirect_loop_is_dead_at_the_first_address_seen_twice() {
    let web = TestWeb::start();
    let verdict = check_within(&web.url("/loop-a"), QUICK);
    assert_eq!(verdict, Verdict::Dead { failure: Failure::RedirectLoop, final_url: None });
    assert_eq!(web.requests(), ["HEAD /loop-a", "HEAD /loop-b"]);
}

#[test]
fn a_server_that_refuses_head_is_asked_with_get() {
    let web = TestWeb::start();
    assert_eq!(check_within(&web.url("/no-head"), QUICK), live(200));
    assert_eq!(web.requests(), ["HEAD /no-head", "GET /no-head"]);
}

#[test]
fn a_429_is_tried_again_with_get_after_its_retry_after() {
    let web = TestWeb::start();
    let started = Instant::now();
    assert_eq!(check_within(&web.url("/busy"), Duration::from_millis(1900)), live(200));
    assert!(started.elapsed() >= Duration::from_secs(1), "Retry-After: 1 is honoured");
    assert_eq!(web.requests(), ["HEAD /busy", "GET /busy"]);
}

#[test]
fn a_retry_after_given_as_an_http_date_is_honoured_up_to_the_longest_wait() {
    let web = TestWeb::start();
    let started = Instant::now();
    assert_eq!(check_within(&web.url("/busy-until"), Duration::from_millis(2900)), live(200));
    // The date is an hour ahead: the wait is the 2 s cap, not the 20 ms backoff.
    assert!(started.elapsed() >= Duration::from_secs(2), "waited {:?}", started.elapsed());
    assert_eq!(web.requests(), ["HEAD /busy-until", "GET /busy-until"]);
}

#[test]
fn a_503_after_every_retry_is_a_dead_server_error() {
    let web = TestWeb::start();
    assert_eq!(check_within(&web.url("/broken"), QUICK), dead(Failure::ServerError(503)));
    assert_eq!(
        web.requests(),
        ["HEAD /broken", "GET /broken", "GET /broken", "GET /broken"],
        "one try and three new ones, with GET"
    );
}

#[test]
fn a_server_that_never_answers_times_out() {
    let web = TestWeb::start();
    let verdict = check_within(&web.url("/silent"), Duration::from_millis(1900));
    assert_eq!(verdict, dead(Failure::Timeout(Duration::from_secs(1))));
}

#[test]
fn a_malformed_address_is_reported_and_never_requested() {
    let web = TestWeb::start();
    for url in ["http://127.0.0.1:99999/x", "http://[::1/x", "https://exa|mple.invalid/"] {
        let verdict = check_within(url, Duration::from_millis(50));
        assert!(matches!(verdict, Verdict::Dead { failure: Failure::Malformed(_), .. }), "{url}: {verdict:?}");
    }
    assert!(web.requests().is_empty());
}

#[test]
fn https_to_a_server_without_tls_is_a_tls_error() {
    let web = TestWeb::start();
    let verdict = check_within(&web.tls_url("/live"), QUICK);
    assert!(matches!(verdict, Verdict::Dead { failure: Failure::Tls(_), .. }), "{verdict:?}");
    assert!(web.requests().is_empty(), "the handshake is no HTTP request");
}

/// Asserts that `web` got requests, and that each named the project in its User-Agent.
fn assert_every_request_names_the_project(web: &TestWeb) {
    let agents = web.user_agents();
    assert!(!agents.is_empty(), "no request to check");
    for (request, agent) in web.requests().iter().zip(&agents) {
        assert_eq!(agent.as_deref(), Some(USER_AGENT), "{request}");
    }
}

#[test]
fn every_request_names_the_project_in_its_user_agent() {
    let web = TestWeb::start();
    // HEAD alone; HEAD then GET; a chain of redirects; GET tried again after a 503.
    for path in ["/live", "/no-head", "/moved-twice", "/broken"] {
        check_within(&web.url(path), QUICK);
    }
    assert!(USER_AGENT.contains("Communs") && USER_AGENT.contains("https://github.com/"), "{USER_AGENT}");
    assert_eq!(
        web.requests(),
        [
            "HEAD /live",
            "HEAD /no-head",
            "GET /no-head",
            "HEAD /moved-twice",
            "HEAD /moved",
            "HEAD /live",
            "HEAD /broken",
            "GET /broken",
            "GET /broken",
            "GET /broken"
        ]
    );
    assert_every_request_names_the_project(&web);
}

#[test]
fn a_name_that_does_not_resolve_is_a_dns_failure() {
    assert_eq!(check_within("http://nowhere.invalid/", Duration::from_millis(1100)), dead(Failure::Dns));
}

/// A port on 127.0.0.1 on which nothing listens.
fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[test]
fn a_closed_port_is_a_refused_connection() {
    let port = closed_port();
    let verdict = check_within(&format!("http://127.0.0.1:{port}/"), QUICK);
    assert_eq!(verdict, dead(Failure::Refused));
}

/// A dataset of one entry per address, each with one link, and a call whose action is a mailto.
fn dataset(urls: &[String]) -> String {
    let mut entries: Vec<String> = urls
        .iter()
        .enumerate()
        .map(|(i, url)| {
            format!(
                r#"{{"id":"lien-{i}","kind":"initiative","title":"Lien {i}","summary":"Un lien.","pillar":"prendre-sa-part",
                "links":[{{"url":"{url}","label":"Lien","type":"page"}}]}}"#
            )
        })
        .collect();
    entries.push(
        r#"{"id":"appel","kind":"call","title":"Appel","summary":"Un appel.","pillar":"contribuer",
        "call":{"asks":"Écrivez.","audience":"Tous.","action":"mailto:info@cnnumerique.fr?subject=x","action_label":"Écrire"}}"#
            .into(),
    );
    format!(r#"{{"version":"1.0.0","updated":"2026-11-28","entries":[{}]}}"#, entries.join(",\n"))
}

/// A fresh folder for one test's files.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("communs-check-links-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn day(text: &str) -> PartialDate {
    PartialDate::parse(text).unwrap()
}

fn options(file: &std::path::Path, report: &std::path::Path, lang: Lang) -> Options {
    Options {
        file: file.to_str().unwrap().to_string(),
        report: Some(report.to_str().unwrap().to_string()),
        probe: settings(),
        per_host: 4,
        lang,
    }
}

/// Asserts that `web` got no request but for `paths` and the places its redirects lead.
fn assert_only_requested(web: &TestWeb, paths: &[&str]) {
    let mut allowed: Vec<String> = paths.iter().chain(&REDIRECT_TARGETS).map(|p| p.to_string()).collect();
    allowed.sort();
    for request in web.requests() {
        let path = request.split_once(' ').unwrap().1;
        assert!(
            allowed.binary_search(&path.to_string()).is_ok(),
            "requested {request}, which the dataset does not lead to"
        );
    }
}

#[test]
fn a_whole_run_tells_each_dead_link_writes_the_report_and_requests_nothing_else() {
    let web = TestWeb::start();
    let paths =
        ["/live", "/missing", "/gone", "/moved", "/loop-a", "/no-head", "/busy", "/silent", "/head-forbidden", "/odd"];
    let mut urls: Vec<String> = paths.iter().map(|path| web.url(path)).collect();
    urls.push(web.url("/live")); // written twice, requested once
    urls.push("http://127.0.0.1:99999/x".into());
    let dir = scratch("run");
    let (file, report_path) = (dir.join("data.json"), dir.join("links.json"));
    std::fs::write(&file, dataset(&urls)).unwrap();

    let started = Instant::now();
    let outcome = check(&options(&file, &report_path, Lang::Fr), day("2026-11-02")).unwrap();
    assert!(started.elapsed() < Duration::from_secs(4), "took {:?}", started.elapsed());

    let name = file.to_str().unwrap();
    let line = |i: usize, what: &str| format!("{name}: entries[{i}].links[0].url (entrée « lien-{i} ») : {what}");
    assert_eq!(
        outcome.lines,
        [
            format!("{} : 404 Not Found — {}", line(1, "lien mort"), urls[1]),
            format!("{} : 410 Gone — {}", line(2, "lien mort"), urls[2]),
            format!(
                "{} (301) — {} → {} (écrivez la nouvelle adresse)",
                line(3, "note : redirection permanente"),
                urls[3],
                urls[0]
            ),
            format!("{} : boucle de redirections — {}", line(4, "lien mort"), urls[4]),
            format!("{} : pas de réponse en 1 s — {}", line(7, "lien mort"), urls[7]),
            format!(
                "{} : 999 — {} (une personne peut sans doute l'ouvrir)",
                line(9, "note : refusé au robot"),
                urls[9]
            ),
            format!(
                "{} : adresse mal formée (invalid port number), non demandée — {}",
                line(11, "lien mort"),
                urls[11]
            ),
            format!("{name}: 12 liens vérifiés (11 adresses), 5 morts, 1 refusé au robot, 1 redirection permanente"),
        ]
    );
    assert_eq!((outcome.counts.dead, outcome.counts.blocked), (5, 1));
    assert_eq!(exit_code(&Ok(outcome)), 1, "a dead link");
    assert_only_requested(&web, &paths);
    assert_every_request_names_the_project(&web);

    let report = LinksReport::from_json(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    assert_eq!(report.checked, day("2026-11-02"));
    assert_eq!(report.links.len(), 11);
    let missing = report.get(&urls[1]).unwrap();
    assert_eq!(
        (missing.status, missing.code, missing.dead_since),
        (LinkStatus::Dead, Some(404), Some(day("2026-11-02")))
    );
    assert_eq!(missing.error.as_deref(), Some("404 Not Found"));
    let moved = report.get(&urls[3]).unwrap();
    assert_eq!((moved.status, moved.final_url.as_deref()), (LinkStatus::Redirected, Some(urls[0].as_str())));
    assert_eq!(report.get(&urls[6]).unwrap().status, LinkStatus::Live, "busy, then fine");
    assert_eq!(report.get(&urls[7]).unwrap().error.as_deref(), Some("no answer within 1 s"));
    assert_eq!(report.get(&urls[8]).unwrap().status, LinkStatus::Live, "HEAD refused, GET served");
    let odd = report.get(&urls[9]).unwrap();
    assert_eq!((odd.status, odd.code, odd.dead_since), (LinkStatus::Blocked, Some(999), None));
    assert!(report.get("mailto:info@cnnumerique.fr?subject=x").is_none(), "a mailto is never requested");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_second_run_keeps_the_day_a_link_died_and_drops_links_gone_from_the_dataset() {
    let web = TestWeb::start();
    let dir = scratch("merge");
    let (file, report_path) = (dir.join("data.json"), dir.join("links.json"));
    std::fs::write(&file, dataset(&[web.url("/missing"), web.url("/live"), web.url("/gone")])).unwrap();
    check(&options(&file, &report_path, Lang::En), day("2026-11-02")).unwrap();

    // A week later /gone left the dataset and /forbidden came in.
    std::fs::write(&file, dataset(&[web.url("/missing"), web.url("/live"), web.url("/forbidden")])).unwrap();
    let outcome = check(&options(&file, &report_path, Lang::En), day("2026-11-09")).unwrap();
    assert_eq!((outcome.counts.dead, outcome.counts.blocked), (1, 1));
    let name = file.to_str().unwrap();
    assert_eq!(
        outcome.lines.last().unwrap(),
        &format!("{name}: 3 links checked (3 addresses), 1 dead, 1 refused to the robot, 0 permanent redirects")
    );
    assert_eq!(
        outcome.lines[0],
        format!(
            "{name}: entries[0].links[0].url (entry \"lien-0\"): dead link: 404 Not Found — {}",
            web.url("/missing")
        )
    );

    let report = LinksReport::from_json(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    assert_eq!(report.checked, day("2026-11-09"));
    let still_dead = report.get(&web.url("/missing")).unwrap();
    assert_eq!((still_dead.checked, still_dead.dead_since), (day("2026-11-09"), Some(day("2026-11-02"))));
    let forbidden = report.get(&web.url("/forbidden")).unwrap();
    assert_eq!((forbidden.status, forbidden.dead_since), (LinkStatus::Blocked, None));
    assert_eq!(report.get(&web.url("/live")).unwrap().dead_since, None);
    assert!(report.get(&web.url("/gone")).is_none());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_dataset_without_dead_links_passes() {
    let web = TestWeb::start();
    let dir = scratch("pass");
    let (file, report_path) = (dir.join("data.json"), dir.join("links.json"));
    std::fs::write(&file, dataset(&[web.url("/live"), web.url("/temporary")])).unwrap();
    let outcome = check(&options(&file, &report_path, Lang::Fr), day("2026-11-02")).unwrap();
    assert_eq!(outcome.counts.dead, 0);
    assert_eq!(outcome.lines.len(), 1, "only the summary: {:?}", outcome.lines);
    assert_eq!(exit_code(&Ok(outcome)), 0);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_page_refused_to_the_robot_is_a_note_and_the_run_passes() {
    let web = TestWeb::start();
    let dir = scratch("blocked");
    let (file, report_path) = (dir.join("data.json"), dir.join("links.json"));
    let urls = [web.url("/live"), web.url("/forbidden")];
    std::fs::write(&file, dataset(&urls)).unwrap();
    let started = Instant::now();
    let outcome = check(&options(&file, &report_path, Lang::En), day("2026-11-02"));
    assert!(started.elapsed() < QUICK, "took {:?}", started.elapsed());
    assert_eq!(exit_code(&outcome), 0, "a blocked link is no dead link");
    let name = file.to_str().unwrap();
    assert_eq!(
        outcome.unwrap().lines,
        [
            format!(
                "{name}: entries[1].links[0].url (entry \"lien-1\"): note: refused to the robot: 403 Forbidden — {} \
                 (a person may still reach it)",
                urls[1]
            ),
            format!("{name}: 2 links checked (2 addresses), 0 dead, 1 refused to the robot, 0 permanent redirects"),
        ]
    );
    let mut requests = web.requests();
    requests.sort();
    assert_eq!(requests, ["GET /forbidden", "HEAD /forbidden", "HEAD /live"]);
    assert_only_requested(&web, &["/live", "/forbidden"]);
    let report = LinksReport::from_json(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    let forbidden = report.get(&urls[1]).unwrap();
    assert_eq!((forbidden.status, forbidden.code, forbidden.dead_since), (LinkStatus::Blocked, Some(403), None));
    assert_eq!(forbidden.error.as_deref(), Some("403 Forbidden"));
    assert!(!forbidden.is_dead());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn when_no_address_answers_the_run_exits_2_and_writes_no_report() {
    let web = TestWeb::start();
    let dir = scratch("offline");
    let (file, report_path) = (dir.join("data.json"), dir.join("links.json"));
    // The report of a week when the machine was online.
    std::fs::write(&file, dataset(&[web.url("/live")])).unwrap();
    check(&options(&file, &report_path, Lang::Fr), day("2026-11-02")).unwrap();
    let before = std::fs::read(&report_path).unwrap();

    // Then no answer at all: a refused connection, an unknown name, a failed handshake, silence.
    let refused = format!("http://127.0.0.1:{}/", closed_port());
    let unreachable = [refused.clone(), "http://nowhere.invalid/".into(), web.tls_url("/live"), web.url("/silent")];
    std::fs::write(&file, dataset(&unreachable)).unwrap();
    let started = Instant::now();
    let outcome = check(&options(&file, &report_path, Lang::Fr), day("2026-11-09"));
    assert!(started.elapsed() < Duration::from_millis(1900), "took {:?}", started.elapsed());
    assert_eq!(exit_code(&outcome), 2, "the check could not run");
    let name = file.to_str().unwrap();
    assert_eq!(
        outcome.unwrap_err(),
        format!(
            "{name}: aucune adresse n'a répondu : cette machine est-elle reliée à Internet ? 4 adresses sans \
             réponse, par exemple {refused} (connexion refusée). Le rapport {} n'est pas modifié ; relancez la \
             commande une fois en ligne.",
            report_path.to_str().unwrap()
        )
    );
    assert_eq!(std::fs::read(&report_path).unwrap(), before, "the previous report, byte for byte");

    // With no report yet, none is written.
    let fresh = dir.join("fresh.json");
    std::fs::write(&file, dataset(&[refused])).unwrap();
    let outcome = check(&options(&file, &fresh, Lang::En), day("2026-11-09"));
    assert_eq!(exit_code(&outcome), 2);
    assert!(!fresh.exists(), "no report written");
    assert_only_requested(&web, &["/live", "/silent"]);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_broken_previous_report_stops_the_run_before_any_request() {
    let web = TestWeb::start();
    let dir = scratch("broken");
    let (file, report_path) = (dir.join("data.json"), dir.join("links.json"));
    std::fs::write(&file, dataset(&[web.url("/live")])).unwrap();
    std::fs::write(&report_path, "{ not json").unwrap();
    let error = check(&options(&file, &report_path, Lang::Fr), day("2026-11-02")).unwrap_err();
    assert!(error.contains("delete it to start afresh"), "{error}");
    assert!(web.requests().is_empty());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn reads_every_option() {
    let args: Vec<String> =
        ["data.json", "--report", "out.json", "--timeout", "2.5", "--per-host", "3", "--lang", "en"]
            .map(String::from)
            .to_vec();
    let options = Options::parse(&args).unwrap();
    assert_eq!(options.file, "data.json");
    assert_eq!(options.report.as_deref(), Some("out.json"));
    assert_eq!((options.probe.timeout, options.per_host, options.lang), (Duration::from_millis(2500), 3, Lang::En));
    let defaults = Options::parse(&[]).unwrap();
    assert_eq!(defaults.file, "public/data/commons.json");
    assert_eq!((defaults.probe.timeout, defaults.per_host, defaults.lang), (Duration::from_secs(10), 2, Lang::Fr));
    for bad in
        [&["--timeout", "0"][..], &["--per-host", "x"], &["--lang", "de"], &["--report"], &["--bogus"], &["a", "b"]]
    {
        let args: Vec<String> = bad.iter().map(|s| s.to_string()).collect();
        assert!(Options::parse(&args).is_err(), "{bad:?}");
    }
}
