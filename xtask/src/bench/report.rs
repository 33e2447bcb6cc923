//! The benchmark's Markdown report and the description of the machine it ran on.

use serde_json::{json, Value};

/// CPU, cores, memory and tool versions, read from the machine.
pub fn machine() -> Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string());
    let cores = std::thread::available_parallelism().map(usize::from).unwrap_or(0);
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo.lines().find_map(|l| l.strip_prefix("MemTotal:")).map(|l| l.trim().to_string());
    let rustc = std::process::Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    json!({"cpu": cpu, "cores": cores, "memory": memory, "rustc": rustc})
}

/// A timing's median and range, in ms.
pub(super) fn ms(value: &Value) -> String {
    match (
        value.get("median").and_then(Value::as_f64),
        value.get("min").and_then(Value::as_f64),
        value.get("max").and_then(Value::as_f64),
    ) {
        (Some(m), Some(lo), Some(hi)) => format!("{m:.1} ({lo:.1}–{hi:.1})"),
        _ => "–".into(),
    }
}

/// Ours over the peer, medians.
pub(super) fn ratio(ours: &Value, peer: &Value) -> String {
    match (ours.get("median").and_then(Value::as_f64), peer.get("median").and_then(Value::as_f64)) {
        (Some(o), Some(p)) if p > 0.0 => format!("{:.2}", o / p),
        _ => "–".into(),
    }
}

/// Bytes in KB, one decimal.
pub(super) fn kb(bytes: Option<u64>) -> String {
    bytes.map(|b| format!("{:.1}", b as f64 / 1000.0)).unwrap_or_else(|| "–".into())
}

/// The tables: bytes, then one column per dataset.
pub fn markdown(results: &Value) -> String {
    let mut out = String::from("### Bytes (KB)\n\n| file | raw | gzip | brotli |\n|---|---|---|---|\n");
    for kind in ["html", "js", "wasm", "css", "data", "first_load", "exporter"] {
        let row = results.pointer(&format!("/bytes/{kind}"));
        let get = |k: &str| row.and_then(|r| r.get(k)).and_then(Value::as_u64);
        let label = if kind == "exporter" { "exporter (first export only)" } else { kind };
        out.push_str(&format!("| {label} | {} | {} | {} |\n", kb(get("raw")), kb(get("gzip")), kb(get("brotli"))));
    }
    let datasets = results.pointer("/browser/datasets").and_then(Value::as_object).cloned().unwrap_or_default();
    let null = Value::Null;
    let at = |name: &str, path: &str| datasets.get(name).and_then(|d| d.pointer(path)).unwrap_or(&null);
    let names: Vec<&String> = datasets.keys().collect();
    out.push_str("\n### In Chromium (ms, median of 5 runs, min–max)\n\n| figure |");
    for name in &names {
        out.push_str(&format!(
            " {name} ({} entries, {} KB) |",
            at(name, "/entries"),
            kb(at(name, "/json_bytes").as_u64())
        ));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(names.len()));
    out.push('\n');
    let rows: [(&str, &str, &str); 16] = [
        ("time to content", "ours", "ttc"),
        ("· fetch", "ours", "fetch"),
        ("· parse + validate", "ours", "parse_validate"),
        ("· index", "ours", "index"),
        ("· first render", "ours", "first_render"),
        ("word index, built after the first paint", "ours", "search_index"),
        ("search p50", "ours", "search_p50"),
        ("search p95", "ours", "search_p95"),
        ("facet toggle p50", "ours", "facet_p50"),
        ("facet toggle p95", "ours", "facet_p95"),
        ("timeline first paint", "ours", "timeline"),
        ("timeline drawn (all, or the first 2,000 entries)", "ours", "timeline_drawn"),
        ("timeline jump to its oldest month", "ours", "timeline_jump"),
        ("peer: time to content", "peer", "ttc"),
        ("peer: search p95", "peer", "search_p95"),
        ("peer: facet toggle p95", "peer", "facet_p95"),
    ];
    for (label, side, key) in rows {
        out.push_str(&format!("| {label} |"));
        for name in &names {
            out.push_str(&format!(" {} |", ms(at(name, &format!("/{side}/{key}")))));
        }
        out.push('\n');
    }
    for (label, key) in [
        ("ratio ours/peer, search p50", "search_p50"),
        ("ratio ours/peer, search p95", "search_p95"),
        ("ratio ours/peer, facet p50", "facet_p50"),
        ("ratio ours/peer, facet p95", "facet_p95"),
        ("ratio ours/peer, time to content", "ttc"),
    ] {
        out.push_str(&format!("| {label} |"));
        for name in &names {
            out.push_str(&format!(
                " {} |",
                ratio(at(name, &format!("/ours/{key}")), at(name, &format!("/peer/{key}")))
            ));
        }
        out.push('\n');
    }
    let blank = results.pointer("/browser/blank/js_heap/median").and_then(Value::as_f64);
    let memory = |side: &str, name: &str| match side {
        "ours" => Some(at(name, "/ours/js_heap/median").as_f64()? + at(name, "/ours/wasm_memory/median").as_f64()?),
        "peer" => at(name, "/peer/js_heap/median").as_f64(),
        _ => blank,
    };
    for (label, side) in [
        ("memory (JS heap + wasm) / JSON size", "ours"),
        ("peer: memory (JS heap) / JSON size", "peer"),
        ("a blank page: memory (JS heap) / JSON size", "blank"),
    ] {
        out.push_str(&format!("| {label} |"));
        for name in &names {
            let json_bytes = at(name, "/json_bytes").as_f64().unwrap_or(1.0).max(1.0);
            out.push_str(&match memory(side, name) {
                Some(b) => format!(" {:.1}× ({:.1} MB) |", b / json_bytes, b / 1e6),
                None => " – |".into(),
            });
        }
        out.push('\n');
    }
    out.push_str(&super::mobile::markdown(results));
    out
}

/// The whole RESULTS.md: machine, tables, and the history kept from the previous file.
pub fn document(table: &str) -> String {
    let machine = machine();
    let previous = std::fs::read_to_string(crate::tools::root().join("bench/RESULTS.md")).unwrap_or_default();
    let history = previous.split_once("## History").map(|(_, h)| h.trim().to_string()).unwrap_or_default();
    format!(
        "# Benchmark results\n\nProduced by `cargo xtask bench` on {} ({} cores, {}), {}. Latencies run from the input event to \
         the updated list laid out (next task, layout forced); the peer is MiniSearch 7 + ItemsJS 2 on the same data, same \
         queries, same browser, same run.\n\n{table}\n## History\n\n{history}\n",
        machine.get("cpu").and_then(Value::as_str).unwrap_or("?"),
        machine.get("cores").unwrap_or(&Value::Null),
        machine.get("memory").and_then(Value::as_str).unwrap_or("?"),
        machine.get("rustc").and_then(Value::as_str).unwrap_or("?"),
    )
}

#[cfg(test)]
mod tests {
    use super::markdown;
    use serde_json::json;

    #[test]
    fn memory_rows_set_ours_beside_the_peer_and_a_blank_page() {
        let results = json!({"browser": {
            "blank": {"js_heap": {"median": 600_000.0}},
            "datasets": {"seed": {
                "entries": 38,
                "json_bytes": 50_000,
                "ours": {"js_heap": {"median": 1_000_000.0}, "wasm_memory": {"median": 2_000_000.0}},
                "peer": {"js_heap": {"median": 1_500_000.0}},
            }},
        }});
        let table = markdown(&results);
        assert!(table.contains("| memory (JS heap + wasm) / JSON size | 60.0× (3.0 MB) |"), "{table}");
        assert!(table.contains("| peer: memory (JS heap) / JSON size | 30.0× (1.5 MB) |"), "{table}");
        assert!(table.contains("| a blank page: memory (JS heap) / JSON size | 12.0× (0.6 MB) |"), "{table}");
    }

    #[test]
    fn a_run_without_the_peer_memory_shows_a_dash() {
        let results = json!({"browser": {"datasets": {"1k": {"entries": 1000, "json_bytes": 1, "ours": {}}}}});
        assert!(markdown(&results).contains("| peer: memory (JS heap) / JSON size | – |"));
    }
}
