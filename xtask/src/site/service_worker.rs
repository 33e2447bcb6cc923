//! `sw.js`: the service worker that keeps the site usable offline after one visit (see
//! `sw.js` beside this file for what it does). Its version is a hash of what the build ships,
//! so a new dataset or a new app is a new worker, which the app announces.

use std::path::Path;

use communs_core::publication::{
    carries_written_cards, ANSWERS_FILE_PREFIX, DATASET_PATH, LINKS_REPORT_PATH, PAGE_FILE, SHELL_PAGE,
    WORKER_FILE_PREFIX,
};
use communs_core::route::Route;
use communs_core::service_worker::{SERVICE_WORKER_META_NAME, SERVICE_WORKER_PATH, TAKE_OVER_MESSAGE};
use sha2::Digest;

/// The worker's source, with its placeholders.
const TEMPLATE: &str = include_str!("sw.js");

/// The views cached at install, beside the home page: what a visitor at an event opens first.
const MAIN_VIEWS: [Route; 3] = [Route::Timeline, Route::Calls, Route::Contribute];

/// The files of the app itself, at the root of the build.
fn is_app_file(name: &str) -> bool {
    [".js", ".wasm", ".css", ".svg", ".webmanifest"].iter().any(|extension| name.ends_with(extension))
        && name != SERVICE_WORKER_PATH
}

/// The app's files at the root of the build, sorted.
fn app_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|item| item.ok())
        .filter(|item| item.file_type().is_ok_and(|kind| kind.is_file()))
        .filter_map(|item| item.file_name().to_str().map(str::to_string))
        .filter(|name| is_app_file(name))
        .collect();
    files.sort();
    Ok(files)
}

/// The worker module's files (exports, the contributor page's sentences): cached when first
/// used, so that a first visit on a slow network does not also fetch their 160 KB; part of the
/// version all the same, so that a change to them alone is a new version too.
fn cached_later(dir: &Path) -> Result<Vec<String>, String> {
    Ok(app_files(dir)?.into_iter().filter(|name| name.starts_with(WORKER_FILE_PREFIX)).collect())
}

/// What the worker caches at install, relative to the site's root, in a stable order: the
/// home page (`./`), the shell, the main views, the app's files and the data.
pub fn precache(dir: &Path) -> Result<Vec<String>, String> {
    // The written home's answering module, only for a home that carries the cards it shows.
    let home = std::fs::read_to_string(dir.join(PAGE_FILE)).unwrap_or_default();
    let answers = carries_written_cards(&home);
    let files = app_files(dir)?
        .into_iter()
        .filter(|name| !name.starts_with(WORKER_FILE_PREFIX))
        .filter(|name| answers || !name.starts_with(ANSWERS_FILE_PREFIX));
    let mut list = vec!["./".to_string(), SHELL_PAGE.to_string()];
    list.extend(MAIN_VIEWS.iter().map(Route::folder).filter(|folder| dir.join(folder).join(PAGE_FILE).is_file()));
    list.extend(files);
    list.extend(
        [DATASET_PATH, LINKS_REPORT_PATH].iter().filter(|path| dir.join(path).is_file()).map(|p| p.to_string()),
    );
    Ok(list)
}

/// The file behind a precached path.
fn file_of(dir: &Path, path: &str) -> std::path::PathBuf {
    if path == "./" || path.ends_with('/') {
        dir.join(path.trim_start_matches("./")).join(PAGE_FILE)
    } else {
        dir.join(path)
    }
}

/// A hash of the path and content of `files` (every file the worker caches, at install or later):
/// the worker's version. Every other page is made from these (the data, the app, the build's
/// options in the home page), so a change anywhere in the site changes it.
pub fn version(dir: &Path, files: &[String]) -> Result<String, String> {
    let mut hash = sha2::Sha256::new();
    for path in files {
        let file = file_of(dir, path);
        let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        hash.update(path.as_bytes());
        hash.update([0]);
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    Ok(hash.finalize().iter().take(8).map(|byte| format!("{byte:02x}")).collect())
}

/// The worker's source for this build.
fn source(version: &str, precached: &[String]) -> Result<String, String> {
    let list = serde_json::to_string(precached).map_err(|e| e.to_string())?;
    let quoted = |text: &str| serde_json::to_string(text).map_err(|e| e.to_string());
    Ok(TEMPLATE
        .replace("\"__VERSION__\"", &quoted(version)?)
        .replace("__PRECACHE__", &list)
        .replace("\"__SHELL__\"", &quoted(SHELL_PAGE)?)
        .replace("\"__TAKE_OVER__\"", &quoted(TAKE_OVER_MESSAGE)?))
}

/// Writes `sw.js` into the build in `dir`, once every page and file is there; returns how
/// many files it caches at install.
pub fn write(dir: &Path) -> Result<usize, String> {
    let precached = precache(dir)?;
    let version = version(dir, &[precached.clone(), cached_later(dir)?].concat())?;
    let path = dir.join(SERVICE_WORKER_PATH);
    std::fs::write(&path, source(&version, &precached)?).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(precached.len())
}

/// The shell with the `<meta>` that tells the app to register the worker.
pub fn announce(shell: &str) -> String {
    let meta = format!("<meta name=\"{SERVICE_WORKER_META_NAME}\" content=\"{SERVICE_WORKER_PATH}\" />\n  </head>");
    shell.replacen("</head>", &meta, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small build: the home page, the shell, the timeline, the app's files and the data.
    fn build(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("communs-sw-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, content) in [
            ("index.html", "<html>home</html>"),
            ("404.html", "<html>shell</html>"),
            ("timeline/index.html", "<html>timeline</html>"),
            ("entry/x/index.html", "<html>x</html>"),
            ("communs-abc.js", "js"),
            ("communs-abc_bg.wasm", "wasm"),
            ("main-abc.css", "css"),
            ("feed.xml", "<feed/>"),
            ("communs-abc.js.br", "br"),
            ("exporter_bg.wasm", "later"),
            ("answers.js", "answers"),
            ("answers_bg.wasm", "answers"),
            (DATASET_PATH, "{\"entries\":[]}"),
        ] {
            let file = dir.join(path);
            let _ = std::fs::create_dir_all(file.parent().unwrap_or(&dir));
            std::fs::write(&file, content).unwrap_or_else(|e| panic!("{e}"));
        }
        dir
    }

    #[test]
    fn the_worker_caches_the_shell_the_main_views_the_app_and_the_data() {
        let dir = build("list");
        let list = precache(&dir).unwrap_or_default();
        assert_eq!(
            list,
            ["./", "404.html", "timeline/", "communs-abc.js", "communs-abc_bg.wasm", "main-abc.css", DATASET_PATH]
        );
        assert_eq!(write(&dir), Ok(7));
        let worker = std::fs::read_to_string(dir.join(SERVICE_WORKER_PATH)).unwrap_or_default();
        assert!(worker.contains(r#"const PRECACHE = ["./","404.html","timeline/""#), "{worker}");
        assert!(!worker.contains("__"), "a placeholder is left: {worker}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_answering_module_is_cached_for_a_home_that_carries_its_cards_only() {
        let dir = build("answers");
        assert!(!precache(&dir).unwrap_or_default().iter().any(|f| f.starts_with("answers")));
        let home = format!("<html><template id=\"{}\"></template></html>", communs_core::publication::WRITTEN_CARDS_ID);
        std::fs::write(dir.join(PAGE_FILE), home).unwrap_or_else(|e| panic!("{e}"));
        let list = precache(&dir).unwrap_or_default();
        assert!(list.contains(&"answers.js".to_string()) && list.contains(&"answers_bg.wasm".to_string()), "{list:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_new_dataset_or_a_new_app_is_a_new_version_and_a_rebuild_of_the_same_is_not() {
        let dir = build("version");
        let list = precache(&dir).unwrap_or_default();
        let first = version(&dir, &list).unwrap_or_default();
        assert_eq!(version(&dir, &list), Ok(first.clone()), "the same build, the same version");
        std::fs::write(dir.join(DATASET_PATH), "{\"entries\":[1]}").unwrap_or_else(|e| panic!("{e}"));
        let new_data = version(&dir, &list).unwrap_or_default();
        assert_ne!(new_data, first);
        std::fs::write(dir.join("communs-abc_bg.wasm"), "wasm 2").unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(version(&dir, &list).unwrap_or_default(), new_data);
        let worker = |dir: &Path| std::fs::read_to_string(dir.join(SERVICE_WORKER_PATH)).unwrap_or_default();
        let _ = write(&dir);
        let before = worker(&dir);
        std::fs::write(dir.join("exporter_bg.wasm"), "later 2").unwrap_or_else(|e| panic!("{e}"));
        let _ = write(&dir);
        assert_ne!(worker(&dir), before, "a new export worker alone is a new version");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_page_announces_the_worker() {
        let page = announce("<html><head><title>x</title></head><body></body></html>");
        assert!(page.contains(r#"<meta name="communs:service-worker" content="sw.js" />"#), "{page}");
        assert_eq!(page.matches("</head>").count(), 1);
    }
}
