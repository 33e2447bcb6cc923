//! Content-Security-Policy and Subresource Integrity for the app shell.

use std::path::Path;

use base64::Engine;
use communs_core::publication::THEME_STORAGE_KEY;
use sha2::Digest;

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// `sha384-…` integrity value of a file.
fn sri(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!("sha384-{}", b64(&sha2::Sha384::digest(&bytes))))
}

/// `sha256-…` of an inline script, for the CSP.
fn script_hash(script: &str) -> String {
    format!("sha256-{}", b64(&sha2::Sha256::digest(script.as_bytes())))
}

/// The policy for a page whose only inline scripts hash to `script_hashes`.
pub fn policy(script_hashes: &[String]) -> String {
    let hashes: Vec<String> = script_hashes.iter().map(|h| format!("'{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; object-src 'none'; \
         base-uri 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'",
        hashes.join(" ")
    )
}

/// The first script of every page: the theme the visitor chose, else their system's, set on
/// `<html data-theme>` before anything is painted, so that a dark page never flashes light.
fn theme_script() -> String {
    format!(
        "try{{var t=localStorage.getItem('{THEME_STORAGE_KEY}');document.documentElement.dataset.theme=\
         t==='dark'||t==='light'?t:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}}catch(e){{}}"
    )
}

/// Where the app reads its dataset, relative to the public URL.
const DATA_PATH: &str = communs_core::publication::DATASET_PATH;

/// Replaces Trunk's loader with one that checks the wasm's integrity, preloads the JS module
/// with its integrity, and adds the CSP `<meta>`. Returns the page and the policy.
pub fn harden(index: &str, dir: &Path, public_path: &str) -> Result<(String, String), String> {
    let files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    let js = files.iter().find(|f| f.starts_with("communs-") && f.ends_with(".js")).ok_or("no app .js in the build")?;
    let wasm = files
        .iter()
        .find(|f| f.starts_with("communs-") && f.ends_with("_bg.wasm"))
        .ok_or("no app .wasm in the build")?;
    let js_sri = sri(&dir.join(js))?;
    let wasm_sri = sri(&dir.join(wasm))?;
    // The wasm, the JS glue and the dataset download at once; the app takes the dataset's
    // response from `communsData` instead of asking for it after it has started (a failure is
    // handled there, so the catch only keeps the console free of an unhandled rejection).
    let script = format!(
        "const wasm = fetch('{public_path}{wasm}', {{ integrity: '{wasm_sri}' }});\n\
         globalThis.communsData = fetch('{public_path}{data}');\n\
         communsData.catch(() => {{}});\n\
         const {{ default: init }} = await import('{public_path}{js}');\n\
         init({{ module_or_path: wasm }});\n",
        data = DATA_PATH,
    );
    let theme = theme_script();
    let csp = policy(&[script_hash(&theme), script_hash(&script)]);
    let start = index.find("<script type=\"module\">").ok_or("Trunk's loader script not found in index.html")?;
    let end = index
        .get(start..)
        .and_then(|rest| rest.find("</script>"))
        .map(|e| start + e + "</script>".len())
        .ok_or("unterminated loader script")?;
    let mut html = format!(
        "{}<script type=\"module\" async>{script}</script>{}",
        index.get(..start).unwrap_or_default(),
        index.get(end..).unwrap_or_default()
    );
    // The wasm and the dataset are asked for by the loader as soon as it runs; the preloads
    // let the browser start both while it reads the page's markup.
    let head_extra = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />\n    \
         <script>{theme}</script>\n    \
         <link rel=\"preload\" href=\"{public_path}{wasm}\" as=\"fetch\" type=\"application/wasm\" \
         crossorigin=\"anonymous\" />\n    \
         <link rel=\"preload\" href=\"{public_path}{DATA_PATH}\" as=\"fetch\" type=\"application/json\" \
         crossorigin=\"anonymous\" />\n    \
         <link rel=\"modulepreload\" href=\"{public_path}{js}\" integrity=\"{js_sri}\" crossorigin=\"anonymous\" />\n"
    );
    let charset_end = html
        .find("<meta charset=\"utf-8\" />")
        .map(|i| i + "<meta charset=\"utf-8\" />".len())
        .ok_or("no <meta charset> in index.html")?;
    html.insert_str(charset_end, &format!("\n    {head_extra}"));
    Ok((html, csp))
}
