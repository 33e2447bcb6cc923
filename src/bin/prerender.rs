//! The page writer: `cargo xtask dist` runs it to put each page's markup into its HTML.
//!
//! `prerender DATASET BASE [NAME=CONTENT …]` reads the dataset file, for a site whose router
//! base is `BASE` (`""` at a host's root, `/communs` under a sub-path) and whose pages carry
//! these `<meta>` values. It then reads page paths from standard input, one per line (`""`,
//! `timeline/`, `entry/x/`), and writes each page's markup to standard output, in order, as its
//! length in bytes on a line, then the markup.

use std::io::{BufRead, Write};

use communs::prerender::{GivenPage, Prerenderer};

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let (Some(dataset), Some(base)) = (args.next(), args.next()) else {
        return Err("usage: prerender DATASET BASE [NAME=CONTENT …] < paths".into());
    };
    let metas = args
        .map(|pair| pair.split_once('=').map(|(n, c)| (n.to_string(), c.to_string())).ok_or(pair))
        .collect::<Result<Vec<_>, String>>()
        .map_err(|pair| format!("`{pair}` is not NAME=CONTENT"))?;
    let text = std::fs::read_to_string(&dataset).map_err(|e| format!("{dataset}: {e}"))?;
    let prerenderer = Prerenderer::new(text, GivenPage { base, metas })?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let path = line.map_err(|e| e.to_string())?;
        let html = prerenderer.render(&path);
        write!(out, "{}\n{html}", html.len()).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
