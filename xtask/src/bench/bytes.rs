//! What a first visit downloads: html, js, wasm, css and data, raw, gzip and brotli; and the
//! exporter module, fetched on the first export only.

use std::io::Write;
use std::path::Path;

use communs_core::publication::WORKER_FILE_PREFIX;
use serde_json::{json, Value};

fn compressed(bytes: &[u8]) -> (usize, usize) {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gz.write_all(bytes);
    let gz = gz.finish().map(|v| v.len()).unwrap_or(0);
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        let _ = writer.write_all(bytes);
    }
    (gz, br.len())
}

/// The exporter's files (`exporter_loader.js`, `exporter.js`, `exporter_bg.wasm`): not part of
/// the first load.
fn is_exporter(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(WORKER_FILE_PREFIX))
}

/// Sizes per kind of file in `dist`, the first-load total (html+js+wasm+css), and the
/// exporter's files.
pub fn measure(dist: &Path) -> Result<Value, String> {
    let mut rows = serde_json::Map::new();
    let mut total = (0, 0, 0);
    let files: Vec<_> =
        std::fs::read_dir(dist).map_err(|e| e.to_string())?.filter_map(Result::ok).map(|e| e.path()).collect();
    let data = dist.join(communs_core::publication::DATASET_PATH);
    let kinds = [("html", "html"), ("js", "js"), ("wasm", "wasm"), ("css", "css"), ("data", "json"), ("exporter", "")];
    for (kind, ext) in kinds {
        let paths: Vec<_> = if kind == "data" {
            vec![data.clone()]
        } else if kind == "html" {
            vec![dist.join("index.html")]
        } else if kind == "exporter" {
            files
                .iter()
                .filter(|p| is_exporter(p) && p.extension().is_some_and(|e| e == "js" || e == "wasm"))
                .cloned()
                .collect()
        } else {
            files.iter().filter(|p| p.extension().is_some_and(|e| e == ext) && !is_exporter(p)).cloned().collect()
        };
        let (mut raw, mut gz, mut br) = (0, 0, 0);
        for path in paths {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let (g, b) = compressed(&bytes);
            raw += bytes.len();
            gz += g;
            br += b;
        }
        if kind != "data" && kind != "exporter" {
            total = (total.0 + raw, total.1 + gz, total.2 + br);
        }
        rows.insert(kind.into(), json!({"raw": raw, "gzip": gz, "brotli": br}));
    }
    rows.insert("first_load".into(), json!({"raw": total.0, "gzip": total.1, "brotli": total.2}));
    Ok(Value::Object(rows))
}
