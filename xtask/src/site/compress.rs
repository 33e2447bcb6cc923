//! Precompressed `.br` and `.gz` copies for hosts that serve them (nginx `gzip_static`…).

use std::io::Write;
use std::path::{Path, PathBuf};

const EXTENSIONS: [&str; 7] = ["wasm", "js", "css", "json", "xml", "ics", "svg"];

/// Files up to this size get brotli's best (quality 11): the app's files and the shipped data,
/// a visitor's first load. Larger ones (a 100k-entry dataset is 58 MB, its calendar and CSV
/// tens more) get quality 9, some 5% larger and about ten times faster to write, so that a
/// large `dist` takes minutes, not an hour.
const BEST_BROTLI_UP_TO: usize = 4 << 20;

/// The brotli quality for a file of `len` bytes (see [`BEST_BROTLI_UP_TO`]).
fn brotli_quality(len: usize) -> u32 {
    if len <= BEST_BROTLI_UP_TO {
        11
    } else {
        9
    }
}

/// Writes `file.br` and `file.gz` beside every compressible file, on every core; returns how
/// many files.
pub fn precompress(dir: &Path) -> Result<usize, String> {
    let files = compressible_files(dir)?;
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let files = &files;
    std::thread::scope(|scope| {
        // Thread i takes files i, i + cores, …: each gets its share of the large ones.
        let workers: Vec<_> = (0..cores)
            .map(|i| scope.spawn(move || files.iter().skip(i).step_by(cores).try_for_each(|f| compress(f))))
            .collect();
        workers.into_iter().try_for_each(|w| w.join().map_err(|_| "a compression thread panicked".to_string())?)
    })?;
    Ok(files.len())
}

/// Every file under `dir` whose extension is in [`EXTENSIONS`].
fn compressible_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| e.to_string())?.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if EXTENSIONS.contains(&path.extension().and_then(|e| e.to_str()).unwrap_or_default()) {
                files.push(path);
            }
        }
    }
    // Largest first, dealt out in turn, so that the threads finish together.
    files.sort_by_key(|f| std::cmp::Reverse(std::fs::metadata(f).map_or(0, |m| m.len())));
    Ok(files)
}

/// Writes `path.gz` and `path.br`.
fn compress(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes).map_err(|e| e.to_string())?;
    let gz = gz.finish().map_err(|e| e.to_string())?;
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, brotli_quality(bytes.len()), 22);
        writer.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    std::fs::write(path.with_file_name(format!("{name}.gz")), gz).map_err(|e| e.to_string())?;
    std::fs::write(path.with_file_name(format!("{name}.br")), br).map_err(|e| e.to_string())?;
    Ok(())
}
