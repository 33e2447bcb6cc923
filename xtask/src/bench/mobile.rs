//! The mobile profile's datasets and its tables: ours and the peer on a throttled phone (slow 4G,
//! CPU 4× slower, brotli from the host), cold loads. bench/run.mjs measures; this sets the
//! figures against the peer's and the targets.

use serde_json::Value;

use super::report::{kb, ms, ratio};
use super::Scope;

/// Cold loads per figure and side (the tables give their median): three, and one in the smoke
/// run, which only keeps the profile working (three would add about 35 s to it).
pub fn runs(scope: Scope) -> u32 {
    if scope == Scope::Smoke {
        1
    } else {
        3
    }
}

/// Targets, as ours/peer: the first entry on screen in half the peer's time or less, and a typed
/// word answered in one and a half times the peer's or less.
const FIRST_ENTRY_TARGET: f64 = 0.5;
const ANSWERED_TARGET: f64 = 1.5;

/// The datasets measured in the mobile profile: the seed (what the site publishes) in every
/// scope; 1k and 10k too in the full run.
pub fn datasets(scope: Scope) -> &'static [&'static str] {
    match scope {
        Scope::Smoke | Scope::Quick => &["seed"],
        Scope::Full => &["seed", "1k", "10k"],
    }
}

/// `ms` (the median alone when all runs agree, or there was one) with the runs that never reached
/// the figure (within the runner's minute) said.
fn reached(value: &Value) -> String {
    let missed = value.get("missed").and_then(Value::as_u64).unwrap_or(0);
    let timing = match value.get("median").and_then(Value::as_f64) {
        Some(m) if value.get("min") == value.get("max") => format!("{m:.1}"),
        _ => ms(value),
    };
    match (value.get("median").is_some(), missed) {
        (_, 0) => timing,
        (true, n) => format!("{timing}, not reached in {n} load(s)"),
        (false, n) => format!("not reached ({n} load(s))"),
    }
}

/// "met" or "missed" beside a target, from the ratio of the medians; missed when ours never got
/// there and the peer did.
fn against(ours: &Value, peer: &Value, target: f64) -> String {
    let median = |v: &Value| v.get("median").and_then(Value::as_f64);
    match (median(ours), median(peer)) {
        (Some(o), Some(p)) if p > 0.0 => format!("≤ {target}: {}", if o / p <= target { "met" } else { "missed" }),
        (None, Some(_)) => format!("≤ {target}: missed"),
        _ => format!("≤ {target}"),
    }
}

/// A byte count's median in KB, with its range when runs differ.
fn kilobytes(value: &Value) -> String {
    let get = |k: &str| value.get(k).and_then(Value::as_u64);
    match (get("median"), get("min"), get("max")) {
        (Some(m), Some(lo), Some(hi)) if lo != hi => format!("{} ({}–{})", kb(Some(m)), kb(Some(lo)), kb(Some(hi))),
        (m, _, _) => kb(m),
    }
}

/// The mobile section: the profile in a sentence, then one table per dataset (smallest first),
/// ours beside the peer, the ratio and the target; the wasm's brotli size in dist beside what
/// crossed the network.
pub fn markdown(results: &Value) -> String {
    let Some(mobile) = results.pointer("/browser/mobile") else { return String::new() };
    let mut datasets: Vec<(&String, &Value)> =
        mobile.get("datasets").and_then(Value::as_object).map(|d| d.iter().collect()).unwrap_or_default();
    if datasets.is_empty() {
        return String::new();
    }
    datasets.sort_by_key(|(_, set)| set.get("entries").and_then(Value::as_u64));
    let wasm_brotli = results.pointer("/bytes/wasm/brotli").and_then(Value::as_u64);
    let mut out = header(mobile);
    for (name, set) in datasets {
        out.push_str(&table(name, set, wasm_brotli));
    }
    out
}

/// The section's title and what the profile is, from the runner's own figures.
fn header(mobile: &Value) -> String {
    let number = |path: &str| mobile.pointer(path).map(Value::to_string).unwrap_or_else(|| "?".into());
    let loads = match mobile.get("runs").and_then(Value::as_u64) {
        Some(1) => "one cold load".to_string(),
        Some(n) => format!("median of {n} cold loads, min–max"),
        None => "cold loads".to_string(),
    };
    format!(
        "\n### Mobile profile (ms from navigation start, {loads})\n\n\
         Throttled through the DevTools protocol: {} ms of latency per request, {} kbit/s down, {} kbit/s up, \
         CPU {}× slower; a {}×{} screen; the host sends brotli (dist's `.br` copies, the rest compressed as a host \
         would); each load in a new context (no cache). First entry: the first frame that shows an entry title in \
         the list, put there by the app or by the HTML. Typed word answered: {} is typed in the frame that first \
         shows the search field, until the list shows what it gives on a loaded page. Bytes: encoded, headers \
         included, until the network is idle.\n",
        number("/latency_ms"),
        number("/down_kbit_s"),
        number("/up_kbit_s"),
        number("/cpu_slowdown"),
        number("/viewport/width"),
        number("/viewport/height"),
        mobile.get("word").and_then(Value::as_str).map(|w| format!("“{w}”")).unwrap_or_else(|| "a word".into()),
    )
}

/// One dataset's table: timings against the targets, bytes, and what shows with JavaScript off.
fn table(name: &str, set: &Value, wasm_brotli: Option<u64>) -> String {
    let null = Value::Null;
    let at = |side: &str, key: &str| set.pointer(&format!("/{side}/{key}")).unwrap_or(&null);
    let mut out = format!(
        "\n#### {name} ({} entries, {} KB)\n\n| figure | ours | peer | ours/peer | target |\n|---|---|---|---|---|\n",
        set.get("entries").unwrap_or(&null),
        kb(set.get("json_bytes").and_then(Value::as_u64)),
    );
    for (label, key, target) in [
        ("first entry on screen", "first_entry", Some(FIRST_ENTRY_TARGET)),
        ("typed word answered", "answered", Some(ANSWERED_TARGET)),
        ("· search field shown (the word typed)", "field_shown", None),
    ] {
        let (ours, peer) = (at("ours", key), at("peer", key));
        let target = target.map(|t| against(ours, peer, t)).unwrap_or_else(|| "–".into());
        out.push_str(&format!(
            "| {label} | {} | {} | {} | {target} |\n",
            reached(ours),
            reached(peer),
            ratio(ours, peer)
        ));
    }
    let (ours, peer) = (at("ours", "bytes"), at("peer", "bytes"));
    out.push_str(&format!(
        "| bytes transferred (KB) | {} | {} | {} | |\n",
        kilobytes(ours),
        kilobytes(peer),
        ratio(ours, peer)
    ));
    out.push_str(&format!(
        "| · the wasm (KB; brotli in dist: {}) | {} | – | | |\n",
        kb(wasm_brotli),
        kilobytes(at("ours", "wasm_bytes"))
    ));
    let titles = |side: &str| at(side, "js_off_titles").as_u64().map(|n| n.to_string()).unwrap_or_else(|| "–".into());
    out.push_str(&format!("| JavaScript off: entry titles shown | {} | {} | | |\n", titles("ours"), titles("peer")));
    out
}

#[cfg(test)]
mod tests {
    use super::markdown;
    use serde_json::json;

    fn results(ours_first: serde_json::Value) -> serde_json::Value {
        json!({
            "bytes": {"wasm": {"brotli": 315_713}},
            "browser": {"mobile": {
                "runs": 3, "latency_ms": 150, "down_kbit_s": 1600, "up_kbit_s": 750, "cpu_slowdown": 4,
                "viewport": {"width": 412, "height": 823}, "word": "wikipedia",
                "datasets": {"seed": {
                    "entries": 38, "json_bytes": 45_800,
                    "ours": {
                        "first_entry": ours_first,
                        "answered": {"median": 1500.0, "min": 1400.0, "max": 1600.0, "missed": 0},
                        "bytes": {"median": 336_397, "min": 336_397, "max": 336_397, "missed": 0},
                        "wasm_bytes": {"median": 315_917, "min": 315_917, "max": 315_917, "missed": 0},
                        "js_off_titles": 20,
                    },
                    "peer": {
                        "first_entry": {"median": 2000.0, "min": 1900.0, "max": 2100.0, "missed": 0},
                        "answered": {"median": 1200.0, "min": 1100.0, "max": 1300.0, "missed": 0},
                        "bytes": {"median": 41_170, "min": 41_170, "max": 41_313, "missed": 0},
                        "js_off_titles": 0,
                    },
                }},
            }},
        })
    }

    #[test]
    fn the_mobile_table_sets_ours_beside_the_peer_with_the_ratio_and_the_target() {
        let table = markdown(&results(json!({"median": 900.0, "min": 800.0, "max": 1000.0, "missed": 0})));
        assert!(
            table.contains(
                "| first entry on screen | 900.0 (800.0–1000.0) | 2000.0 (1900.0–2100.0) | 0.45 | ≤ 0.5: met |"
            ),
            "{table}"
        );
        assert!(table
            .contains("| typed word answered | 1500.0 (1400.0–1600.0) | 1200.0 (1100.0–1300.0) | 1.25 | ≤ 1.5: met |"));
        assert!(table.contains("| bytes transferred (KB) | 336.4 | 41.2 (41.2–41.3) | 8.17 | |"), "{table}");
        assert!(table.contains("| · the wasm (KB; brotli in dist: 315.7) | 315.9 | – | | |"), "{table}");
        assert!(table.contains("| JavaScript off: entry titles shown | 20 | 0 | | |"), "{table}");
    }

    #[test]
    fn a_first_entry_never_shown_is_said_and_misses_its_target() {
        let table = markdown(&results(json!({"missed": 3})));
        assert!(
            table.contains(
                "| first entry on screen | not reached (3 load(s)) | 2000.0 (1900.0–2100.0) | – | ≤ 0.5: missed |"
            ),
            "{table}"
        );
    }

    #[test]
    fn one_load_gives_its_time_alone() {
        let mut one = results(json!({"median": 900.0, "min": 900.0, "max": 900.0, "missed": 0}));
        one["browser"]["mobile"]["runs"] = json!(1);
        let table = markdown(&one);
        assert!(table.contains("### Mobile profile (ms from navigation start, one cold load)"), "{table}");
        assert!(
            table.contains("| first entry on screen | 900.0 | 2000.0 (1900.0–2100.0) | 0.45 | ≤ 0.5: met |"),
            "{table}"
        );
    }

    #[test]
    fn datasets_come_smallest_first() {
        let mut two = results(json!({"median": 900.0, "min": 800.0, "max": 1000.0, "missed": 0}));
        two["browser"]["mobile"]["datasets"]["10k"] = json!({"entries": 10_000, "json_bytes": 1});
        let table = markdown(&two);
        assert!(table.find("#### seed").unwrap() < table.find("#### 10k").unwrap(), "{table}");
    }

    #[test]
    fn a_run_without_the_mobile_profile_adds_nothing() {
        assert_eq!(markdown(&json!({"browser": {"datasets": {}}})), "");
    }
}
