//! `cargo xtask check-links [FILE] [--report PATH] [--timeout SECS] [--per-host N] [--lang fr|en]`:
//! requests every web address of a dataset and says which are dead, for staff and a weekly job.
//!
//! Each `links[].url` and `call.action` of a valid entry is requested (never a `mailto:`, never
//! anything but the dataset's addresses and the redirects they lead to): `HEAD`, then `GET` where
//! `HEAD` gets a 4xx or 5xx; redirects followed by hand up to 10 hops; new tries after a 429 or
//! 5xx; at most `--per-host` requests at once per host and 16 in all.
//!
//! A link is dead on 404, 410, a 5xx still there after the new tries, or no answer (no name, a
//! refused connection, a TLS error, a timeout, a redirect loop, a malformed address): one line
//! naming its entry and JSON path. Any other refusal (401, 403, 429 after the new tries, 999…)
//! says the server turned our robot away, not that the page is gone: the link is blocked, a
//! note. A permanent redirect is a note too. The exit code is 1 when a link is dead, 2 when the
//! check could not run, which includes a run in which no address answered at all: the machine
//! is likely offline, and nothing is written.
//!
//! `--report PATH` writes [`communs_core::links_report::LinksReport`] as JSON (see that module
//! for the format), merged into the report already at PATH: a link still dead keeps the
//! `dead_since` of its first failure, and addresses gone from the dataset are dropped.

mod collect;
mod lines;
mod pool;
mod probe;
mod report;
mod verdict;

#[cfg(test)]
mod test_web;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::process::ExitCode;
use std::time::Duration;

use communs_core::display::Lang;
use communs_core::model::PartialDate;

use crate::check_data::DEFAULT_DATASET;
use crate::today::utc_today;
use collect::{collect, DatasetLink};
use lines::Counts;
use pool::{run_by_host, Limits};
use probe::{ProbeSettings, Prober};
use verdict::{Failure, Verdict};

/// Requests at once in all, whatever the number of hosts.
const MAX_THREADS: usize = 16;

/// What the command line asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The dataset to check.
    pub file: String,
    /// Where to write the JSON report, if anywhere.
    pub report: Option<String>,
    /// Timeout and retries of each request.
    pub probe: ProbeSettings,
    /// Requests at once to one host.
    pub per_host: usize,
    /// The language of the lines printed (the report's `error` texts are always English).
    pub lang: Lang,
}

impl Options {
    /// Reads `[FILE] [--report PATH] [--timeout SECS] [--per-host N] [--lang fr|en]`.
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options {
            file: DEFAULT_DATASET.to_string(),
            report: None,
            probe: ProbeSettings::with_timeout(Duration::from_secs(10)),
            per_host: 2,
            lang: Lang::Fr,
        };
        let mut file_given = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str, expected: &str| {
                args.next().cloned().ok_or_else(|| format!("`{name}` needs a value ({name} {expected})"))
            };
            match arg.as_str() {
                "--report" => options.report = Some(value("--report", "PATH")?),
                "--timeout" => {
                    let text = value("--timeout", "SECONDS")?;
                    let seconds = text.parse::<f64>().ok().filter(|s| s.is_finite() && *s > 0.0 && *s <= 3600.0);
                    let seconds = seconds.ok_or_else(|| {
                        format!("`--timeout {text}`: expected a number of seconds above 0, e.g. --timeout 10")
                    })?;
                    options.probe.timeout = Duration::from_secs_f64(seconds);
                }
                "--per-host" => {
                    let text = value("--per-host", "N")?;
                    options.per_host = text.parse().ok().filter(|n| (1..=MAX_THREADS).contains(n)).ok_or_else(|| {
                        format!("`--per-host {text}`: expected a whole number from 1 to {MAX_THREADS}, e.g. --per-host 2")
                    })?;
                }
                "--lang" => {
                    let tag = value("--lang", "fr|en")?;
                    options.lang = Lang::from_tag(&tag).ok_or_else(|| format!("`--lang {tag}`: expected fr or en"))?;
                }
                other if other.starts_with('-') => {
                    return Err(format!(
                        "unknown option `{other}` (expected --report PATH, --timeout SECONDS, --per-host N or --lang fr|en)"
                    ))
                }
                other if !file_given => {
                    options.file = other.to_string();
                    file_given = true;
                }
                other => return Err(format!("one dataset at a time: `{other}` comes after `{}`", options.file)),
            }
        }
        Ok(options)
    }
}

/// What a run printed and found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The lines to print, in order: dead links and notes (blocked links, permanent redirects) in
    /// file order, then the summary.
    pub lines: Vec<String>,
    /// How many of each.
    pub counts: Counts,
}

/// Runs the command: prints its lines, and exits 1 when a link is dead, 2 when it cannot run.
pub fn run(args: &[String]) -> ExitCode {
    let outcome = Options::parse(args).and_then(|options| check(&options, utc_today()));
    match &outcome {
        Ok(outcome) => {
            for line in &outcome.lines {
                eprintln!("{line}");
            }
        }
        Err(message) => eprintln!("xtask: {message}"),
    }
    ExitCode::from(exit_code(&outcome))
}

/// 0 when no link is dead (blocked links and redirects are notes), 1 when one is, 2 when the
/// check could not run.
fn exit_code(outcome: &Result<Outcome, String>) -> u8 {
    match outcome {
        Ok(outcome) if outcome.counts.dead > 0 => 1,
        Ok(_) => 0,
        Err(_) => 2,
    }
}

/// Checks every web address of `options.file` and writes the report, if asked, dated `today`.
/// When no address answered at all, writes nothing and says so as an error.
pub fn check(options: &Options, today: PartialDate) -> Result<Outcome, String> {
    let file = options.file.as_str();
    let text = std::fs::read_to_string(file).map_err(|error| format!("{file}: cannot read the dataset ({error})"))?;
    let collected = collect(&text)
        .ok_or_else(|| format!("{file}: not a dataset at all; `cargo xtask check-data {file}` says why"))?;
    let previous = match &options.report {
        Some(path) => report::read(path)?,
        None => None,
    };
    // Each address once, in file order.
    let mut seen = HashSet::new();
    let addresses: Vec<&str> =
        collected.links.iter().map(|link| link.url.as_str()).filter(|url| seen.insert(*url)).collect();
    let prober = Prober::new(options.probe);
    let limits = Limits { threads: MAX_THREADS, per_host: options.per_host };
    let verdicts = run_by_host(&addresses, |url| host(url), limits, |url| prober.check(url));
    if let Some(example) = no_answer_at_all(&addresses, &verdicts) {
        // Likely offline: a report now would call every link dead. The previous one stays.
        return Err(lines::no_answer_at_all(file, addresses.len(), example, options.report.as_deref(), options.lang));
    }
    let by_address: HashMap<&str, &Verdict> = addresses.iter().copied().zip(&verdicts).collect();
    let mut outcome = tell(file, &collected.links, &by_address, options.lang);
    outcome.counts.addresses = addresses.len();
    if collected.invalid_entries > 0 {
        outcome.lines.push(lines::invalid_entries(file, collected.invalid_entries, options.lang));
    }
    outcome.lines.push(lines::summary(file, outcome.counts, options.lang));
    if let Some(path) = &options.report {
        let merged = report::merge(previous.as_ref(), addresses.iter().copied().zip(&verdicts), today);
        report::write(path, &merged)?;
    }
    Ok(outcome)
}

/// The first address with its failure, when there were addresses and none got any answer.
fn no_answer_at_all<'a>(addresses: &[&'a str], verdicts: &'a [Verdict]) -> Option<(&'a str, &'a Failure)> {
    if !verdicts.iter().all(Verdict::is_unreachable) {
        return None;
    }
    addresses.iter().zip(verdicts).find_map(|(url, verdict)| match verdict {
        Verdict::Dead { failure, .. } => Some((*url, failure)),
        Verdict::Live { .. } | Verdict::Blocked { .. } => None,
    })
}

/// One line per dead link, per link refused to the robot and per permanent redirect, in file
/// order, with the counts.
fn tell(file: &str, links: &[DatasetLink], verdicts: &HashMap<&str, &Verdict>, lang: Lang) -> Outcome {
    let mut outcome = Outcome { lines: Vec::new(), counts: Counts { links: links.len(), ..Counts::default() } };
    for link in links {
        match verdicts.get(link.url.as_str()) {
            Some(Verdict::Dead { failure, final_url }) => {
                outcome.counts.dead += 1;
                outcome.lines.push(lines::dead(file, link, failure, final_url.as_deref(), lang));
            }
            Some(Verdict::Blocked { code, final_url }) => {
                outcome.counts.blocked += 1;
                outcome.lines.push(lines::blocked(file, link, *code, final_url.as_deref(), lang));
            }
            Some(Verdict::Live { moved: Some(moved), .. }) => {
                outcome.counts.moved += 1;
                outcome.lines.push(lines::moved(file, link, moved, lang));
            }
            Some(Verdict::Live { moved: None, .. }) | None => {}
        }
    }
    outcome
}

/// The host an address is requested from (empty for an address that cannot be parsed).
fn host(url: &str) -> String {
    url::Url::parse(url).ok().and_then(|url| url.host_str().map(str::to_ascii_lowercase)).unwrap_or_default()
}
