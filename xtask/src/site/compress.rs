//! Precompressed `.br` and `.gz` copies for hosts that serve them (nginx `gzip_static`…).

use std::io::Write;
use std::path::Path;

const EXTENSIONS: [&str; 7] = ["wasm", "js", "css", "json", "xml", "ics", "svg"];

/// Writes `file.br` and `file.gz` beside every compressible file; returns how many files.
pub fn precompress(dir: &Path) -> Result<usize, String> {
    let mut count = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| e.to_string())?.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
            if !EXTENSIONS.contains(&ext) {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(&bytes).map_err(|e| e.to_string())?;
            let gz = gz.finish().map_err(|e| e.to_string())?;
            let mut br = Vec::new();
            {
                let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
                writer.write_all(&bytes).map_err(|e| e.to_string())?;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            std::fs::write(path.with_file_name(format!("{name}.gz")), gz).map_err(|e| e.to_string())?;
            std::fs::write(path.with_file_name(format!("{name}.br")), br).map_err(|e| e.to_string())?;
            count += 1;
        }
    }
    Ok(count)
}
