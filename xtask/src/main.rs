//! Project commands. Run `cargo xtask help`.

mod bench;
mod check_data;
mod fuzz;
mod lean;
mod links;
mod run;
mod site;
mod system;
mod test;
mod today;
mod tools;

use std::process::ExitCode;

const HELP: &str = "cargo xtask <command>

  serve                     install what is missing, then serve the app on http://127.0.0.1:8080
  dist [--public-url PATH] [--site-url URL] [--host-name TEXT] [--links-report FILE] [--max-pages N] [--data FILE]
                            release build into dist/, ready for any static host, every page
                            prerendered (default PATH: /; TEXT: the host's name and address, for
                            the legal notice; N: most entry, person and organisation pages)
  test                      every check: fmt, clippy (native and wasm32), native tests, browser tests
  check-data [FILE] [--lang fr|en]
                            validate a dataset (default: public/data/commons.json, in French)
  check-links [FILE] [--report PATH] [--timeout SECS] [--per-host N] [--lang fr|en]
                            request every web link of a dataset; exit 1 if one is dead (default:
                            public/data/commons.json, 10 s, 2 per host; --report writes JSON)
  schema                    regenerate public/data/commons.schema.json from the Rust types
  fuzz [--time SECONDS]     fuzz the loader (default: until 1,000,000 executions)
  bench [--smoke|--quick|--data] [--dist DIR]  measure sizes, load, search, facets, timeline and memory against a JS peer
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("help");
    let rest = args.get(1..).unwrap_or_default();
    let result = match command {
        "serve" => run::serve(),
        "dist" => run::dist(rest),
        "test" => test::all(),
        "check-data" => return check_data::run(rest),
        "check-links" => return links::run(rest),
        "schema" => run::write_schema(),
        "fuzz" => fuzz::run(rest),
        "bench" => bench::run(rest),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
