//! Runs the page writer (`src/bin/prerender.rs`): the app's own components, built natively with
//! Leptos' `ssr` feature, render each page's markup, which `pages.rs` puts into its HTML.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

use crate::tools::{self, root};

/// Features and target of the page writer: built alone, so that `ssr` never meets `csr`.
const BUILD_ARGS: [&str; 8] =
    ["build", "--quiet", "--package", "communs", "--bin", "prerender", "--no-default-features", "--features"];

/// Builds the page writer (a native debug build: the data path is optimised in dev builds too).
pub fn build() -> Result<PathBuf, String> {
    let mut args = BUILD_ARGS.to_vec();
    args.push("ssr");
    tools::run("cargo", &args)?;
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"));
    Ok(target.join("debug").join("prerender"))
}

/// A running page writer for one site: ask for pages in order with [`Pages::next`].
pub struct Pages {
    child: Child,
    out: BufReader<ChildStdout>,
    feeder: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Pages {
    /// Starts `writer` on `dataset` for the router base `base` (`""` or `/communs`), with the
    /// pages' `<meta>` values, to render `paths` in order.
    pub fn start(
        writer: &Path,
        dataset: &Path,
        base: &str,
        metas: &[(&str, String)],
        paths: Vec<String>,
    ) -> Result<Pages, String> {
        let mut command = Command::new(writer);
        command.arg(dataset).arg(base);
        command.args(metas.iter().map(|(name, content)| format!("{name}={content}")));
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", writer.display()))?;
        let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err("the page writer has no pipes".into());
        };
        // Written from a thread, so that neither side waits on a full pipe.
        let feeder = std::thread::spawn(move || {
            let mut input = std::io::BufWriter::new(&mut stdin);
            for path in paths {
                writeln!(input, "{path}")?;
            }
            input.flush()
        });
        Ok(Pages { child, out: BufReader::new(stdout), feeder: Some(feeder) })
    }

    /// The next page's markup.
    pub fn next(&mut self) -> Result<String, String> {
        let mut length = String::new();
        self.out.read_line(&mut length).map_err(|e| format!("page writer: {e}"))?;
        let length: usize =
            length.trim().parse().map_err(|_| "the page writer stopped (see its message above)".to_string())?;
        let mut html = vec![0; length];
        self.out.read_exact(&mut html).map_err(|e| format!("page writer: {e}"))?;
        String::from_utf8(html).map_err(|e| format!("page writer: {e}"))
    }

    /// Waits for the writer to end; an error if it failed.
    pub fn finish(mut self) -> Result<(), String> {
        if let Some(feeder) = self.feeder.take() {
            feeder.join().map_err(|_| "page writer input failed")?.map_err(|e| format!("page writer input: {e}"))?;
        }
        let status = self.child.wait().map_err(|e| e.to_string())?;
        status.success().then_some(()).ok_or_else(|| format!("the page writer failed ({status})"))
    }
}

impl Drop for Pages {
    /// A build that stops early (a page it could not write) does not leave the writer running.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
