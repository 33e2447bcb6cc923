//! `serve`, `dist` and `schema`.

use communs_core::publication::DEFAULT_HOST_NAME;

use crate::site::links_report::ReportSource;
use crate::tools::{self, root};

/// Installs what is missing, then `trunk serve` on http://127.0.0.1:8080.
pub fn serve() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::fetch_locked_crates()?;
    println!("xtask: serving on http://127.0.0.1:8080/ (Ctrl-C to stop)");
    tools::run("trunk", &["serve", "--offline"])
}

/// A release build into `dist/` for `--public-url PATH` (default `/`); `--site-url URL` gives
/// the absolute address, for the sitemap and canonical links; `--host-name TEXT` names the host
/// in the legal notice; `--links-report FILE` ships that link report instead of
/// `public/data/links.json`; `--max-pages N` writes at most N entry, person and organisation
/// pages (Cloudflare Pages takes 20,000 files); `--data FILE` ships that dataset instead of
/// `public/data/commons.json`.
pub fn dist(args: &[String]) -> Result<(), String> {
    let mut public_url = "/".to_string();
    let mut site_url = None;
    let mut host_name = None;
    let mut links_report = None;
    let mut max_pages = None;
    let mut data = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--public-url" => public_url = args.next().cloned().ok_or("--public-url needs a path, e.g. /communs/")?,
            "--site-url" => {
                site_url =
                    Some(args.next().cloned().ok_or("--site-url needs a URL, e.g. https://example.org/communs/")?)
            }
            "--host-name" => {
                host_name = Some(args.next().cloned().ok_or(
                    "--host-name needs the host's name and address, e.g. \"OVHcloud, 2 rue Kellermann, 59100 Roubaix\"",
                )?)
            }
            "--data" => data = Some(args.next().cloned().ok_or("--data needs a dataset file")?.into()),
            "--max-pages" => {
                let count = args.next().ok_or("--max-pages needs a number, e.g. 20000")?;
                max_pages = Some(count.parse().map_err(|_| format!("--max-pages {count}: not a number of pages"))?);
            }
            "--links-report" => {
                links_report = Some(args.next().cloned().ok_or("--links-report needs a file written by check-links")?)
            }
            other => {
                return Err(format!(
                    "unknown option `{other}` (expected --public-url PATH, --site-url URL, --host-name TEXT, \
                     --links-report FILE, --max-pages N or --data FILE)"
                ))
            }
        }
    }
    let report = match links_report {
        Some(file) => ReportSource::File(file.into()),
        None => ReportSource::Published,
    };
    build_dist(&DistOptions {
        public_url: &public_url,
        site_url: site_url.as_deref(),
        host_name: host_name.as_deref(),
        links_report: report,
        max_pages,
        data,
        dir: "dist",
    })
}

/// What a release build is for.
pub struct DistOptions<'a> {
    /// The path it is served under (`/`, `/communs/`).
    pub public_url: &'a str,
    /// Its absolute address, for the sitemap and canonical links.
    pub site_url: Option<&'a str>,
    /// The host the legal notice names (default: [`DEFAULT_HOST_NAME`]).
    pub host_name: Option<&'a str>,
    /// The link report it ships.
    pub links_report: ReportSource,
    /// At most this many entry, person and organisation pages (the others are answered by
    /// `404.html`, which boots the app); all when `None`.
    pub max_pages: Option<usize>,
    /// A dataset to ship instead of `public/data/commons.json` (checked first); for measuring a
    /// build at scale, or a site built from another file.
    pub data: Option<std::path::PathBuf>,
    /// The folder it is written to, relative to the root.
    pub dir: &'a str,
}

/// Builds the release site as `options` say, then makes it host-ready: pages per route, CSP
/// and SRI, feeds, the link report, header files, precompressed copies.
pub fn build_dist(options: &DistOptions<'_>) -> Result<(), String> {
    let DistOptions { public_url, site_url, host_name, links_report, max_pages, data, dir } = options;
    let public_url = normalise_public_url(public_url);
    tools::ensure_build_tools()?;
    tools::fetch_locked_crates()?;
    let lean = crate::lean::environment().unwrap_or_else(|why| {
        println!("xtask: {why}");
        Vec::new()
    });
    let args = ["build", "--release", "--offline", "--public-url", &public_url, "--dist", dir];
    tools::run_with_env("trunk", &args, &lean)?;
    if let Some(data) = data {
        let text = std::fs::read_to_string(data).map_err(|e| format!("{}: {e}", data.display()))?;
        if communs_core::load(&text).dataset.is_none() {
            return Err(format!("{}: not a usable dataset (see `cargo xtask check-data`)", data.display()));
        }
        let shipped = root().join(dir).join(communs_core::publication::DATASET_PATH);
        std::fs::write(&shipped, text).map_err(|e| format!("{}: {e}", shipped.display()))?;
    }
    let absolute = site_url.map(|u| format!("{}/", u.trim_end_matches('/')));
    if host_name.is_none() && *dir == "dist" {
        println!(
            "xtask: the legal notice names {DEFAULT_HOST_NAME} as the host: pass --host-name \"…\" if yours is another"
        );
    }
    let host_name = host_name.unwrap_or(DEFAULT_HOST_NAME).to_string();
    let urls = crate::site::SiteUrls { public_path: public_url.clone(), absolute, host_name };
    crate::site::finish(&root().join(dir), &urls, links_report, max_pages.unwrap_or(usize::MAX))?;
    let wasm = std::fs::read_dir(root().join(dir)).map_err(|e| e.to_string())?.filter_map(Result::ok).find(|e| {
        e.path().extension().is_some_and(|x| x == "wasm") && e.file_name().to_string_lossy().starts_with("communs-")
    });
    if let Some(wasm) = wasm {
        let bytes = std::fs::read(wasm.path()).map_err(|e| format!("{}: {e}", wasm.path().display()))?;
        if !lean.is_empty() {
            crate::lean::check(&bytes)?;
        }
        let kind = if lean.is_empty() { "" } else { ", lean" };
        println!("xtask: built {dir}/ for {public_url} ({} KB of wasm{kind})", bytes.len() / 1024);
    }
    Ok(())
}

/// `/communs` → `/communs/`; `communs` → `/communs/`.
pub fn normalise_public_url(url: &str) -> String {
    let trimmed = url.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        format!("/{trimmed}/")
    }
}

/// Regenerates `public/data/commons.schema.json`.
pub fn write_schema() -> Result<(), String> {
    let path = root().join("public/data/commons.schema.json");
    std::fs::write(&path, communs_core::schema::dataset_schema()).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("xtask: wrote {}", path.display());
    Ok(())
}
