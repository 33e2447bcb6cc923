//! Content-Security-Policy and Subresource Integrity for the app shell.

use std::path::Path;

use base64::Engine;
use communs_core::publication::{carries_written_cards, THEME_STORAGE_KEY, WRITTEN_CARDS_ID};
use sha2::Digest;

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// `sha384-…` integrity value of a file.
fn sri(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!("sha384-{}", b64(&sha2::Sha384::digest(&bytes))))
}

/// `sha256-…` of an inline script or stylesheet, for the CSP.
fn inline_hash(text: &str) -> String {
    format!("sha256-{}", b64(&sha2::Sha256::digest(text.as_bytes())))
}

/// The policy for a page whose only inline scripts hash to `script_hashes` and whose only
/// inline stylesheet, if any, hashes to `style_hash`.
pub fn policy(script_hashes: &[String], style_hash: Option<&str>) -> String {
    let hashes: Vec<String> = script_hashes.iter().map(|h| format!("'{h}'")).collect();
    let style = style_hash.map(|h| format!(" '{h}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; object-src 'none'; \
         base-uri 'self'; img-src 'self' data:; style-src 'self'{style}; form-action 'self'",
        hashes.join(" ")
    )
}

/// Up to this many entry pages (entries, or `--max-pages` when lower), every page carries the
/// stylesheet (see [`inline_stylesheet`]): 16 KB more per page, a few megabytes in all. A larger
/// site, whose entry, person and organisation pages number in the thousands, links it instead,
/// so that its size on the host does not double (at 100k entries, 2.5 GB more).
pub const INLINE_STYLESHEET_UP_TO: usize = 500;

/// Puts the stylesheet Trunk linked into the page itself, and removes its file: the first
/// paint then needs nothing but the page (on a slow phone, a stylesheet is one more round trip
/// before anything shows; 3 KB brotli, one request less). Returns the page and the
/// stylesheet's hash for the CSP.
fn inline_stylesheet(html: &str, dir: &Path, public_path: &str) -> Result<(String, String), String> {
    let start = html.find("<link rel=\"stylesheet\"").ok_or("Trunk's stylesheet link not found in index.html")?;
    let end = html.get(start..).and_then(|rest| rest.find('>')).map(|e| start + e + 1).ok_or("unterminated <link>")?;
    let link = html.get(start..end).unwrap_or_default();
    let href = link
        .split("href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("the stylesheet link has no href")?;
    let file = dir.join(href.strip_prefix(public_path).unwrap_or(href));
    // As the browser reads a `<style>`: line ends normalised, so that the hash matches a
    // stylesheet checked out with CRLF line ends.
    let css = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?.replace("\r\n", "\n");
    if css.contains("</") {
        return Err(format!("{}: a stylesheet with `</` cannot be inlined", file.display()));
    }
    std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let page =
        format!("{}<style>{css}</style>{}", html.get(..start).unwrap_or_default(), html.get(end..).unwrap_or_default());
    Ok((page, inline_hash(&css)))
}

/// The first script of every page: the theme the visitor chose, else their system's, set on
/// `<html data-theme>` before anything is painted, so that a dark page never flashes light; and
/// `<html data-app>` set to [`APP_COMING`], since scripts run.
fn theme_script() -> String {
    format!(
        "document.documentElement.dataset.app='{APP_COMING}';try{{var t=localStorage.getItem('{THEME_STORAGE_KEY}');document.documentElement.dataset.theme=\
         t==='dark'||t==='light'?t:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}}catch(e){{}}"
    )
}

/// `<html data-app>` while the app is on its way: scripts run (the head's first script sets it).
/// Without it, or with [`APP_ABSENT`], the written page hides its controls, which need the app,
/// and never says a search is coming (style/main.css spells both values).
const APP_COMING: &str = "en-route";

/// `<html data-app>` once the app could not start: its module or its wasm failed to load or to
/// run (set by the loader).
const APP_ABSENT: &str = "absente";

/// Where the app reads its dataset, relative to the public URL.
const DATA_PATH: &str = communs_core::publication::DATASET_PATH;

/// The app shell, made ready for any page.
pub struct Hardened {
    /// The page every other page starts from.
    pub shell: String,
    /// Its Content-Security-Policy.
    pub csp: String,
    /// The preload of the app's wasm, at the end of the shell's body (see [`with_answers`]).
    pub app_wasm_preload: String,
    /// The preloads of the written home's answering module (`src/bin/answers.rs`), for the
    /// pages that carry its cards (see [`with_answers`]).
    pub answers_preloads: String,
}

/// Replaces Trunk's loader with one that checks the wasm's integrity, preloads the JS module
/// with its integrity, puts the stylesheet in the page when `inline_style`, and adds the CSP
/// `<meta>`. The loader also starts the answering module on a page that carries the written
/// cards (its files' integrity checked too).
pub fn harden(index: &str, dir: &Path, public_path: &str, inline_style: bool) -> Result<Hardened, String> {
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
    let (answers_js, answers_wasm) = super::fingerprint::answering_module(dir)?;
    let answers_js_sri = sri(&dir.join(&answers_js))?;
    let answers_wasm_sri = sri(&dir.join(&answers_wasm))?;
    // The wasm, the JS glue and the dataset download at once; the app takes the dataset's
    // response from `communsData` instead of asking for it after it has started (a failure is
    // handled there, so the catch only keeps the console free of an unhandled rejection; the
    // same for the glue, imported before it is awaited). An app that cannot start marks the
    // page [`APP_ABSENT`], and the error still reaches the console.
    // On a page with the cards (they come before this script): first the answering module,
    // started once the page is read (its failure only leaves the line saying the search is
    // coming), and the app's 350 KB of wasm only once the module's wasm has arrived (or
    // failed): alone on a slow network, the module answers a typed word about 150 ms sooner
    // (bench/RESULTS.md), and the app is seconds behind it anyway.
    let script = format!(
        "const answersWasm = document.getElementById('{WRITTEN_CARDS_ID}') \
         ? fetch('{public_path}{answers_wasm}', {{ integrity: '{answers_wasm_sri}' }}) : null;\n\
         const answers = () => import('{public_path}{answers_js}')\n\
         .then(({{ default: init }}) => init({{ module_or_path: answersWasm }}))\n\
         .catch((error) => console.warn('Communs: the answers before the app did not start:', error));\n\
         if (answersWasm && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', answers);\n\
         else if (answersWasm) answers();\n\
         globalThis.communsData = fetch('{public_path}{data}');\n\
         communsData.catch(() => {{}});\n\
         const glue = import('{public_path}{js}');\n\
         glue.catch(() => {{}});\n\
         if (answersWasm) await answersWasm.then((response) => response.clone().arrayBuffer()).catch(() => {{}});\n\
         const wasm = fetch('{public_path}{wasm}', {{ integrity: '{wasm_sri}' }});\n\
         try {{\n\
         const {{ default: init }} = await glue;\n\
         await init({{ module_or_path: wasm }});\n\
         }} catch (error) {{\n\
         document.documentElement.dataset.app = '{APP_ABSENT}';\n\
         throw error;\n\
         }}\n",
        data = DATA_PATH,
    );
    let theme = theme_script();
    let (index, style_hash) = if inline_style {
        let (page, hash) = inline_stylesheet(index, dir, public_path)?;
        (page, Some(hash))
    } else {
        (index.to_string(), None)
    };
    let index = index.as_str();
    let csp = policy(&[inline_hash(&theme), inline_hash(&script)], style_hash.as_deref());
    let start = index.find("<script type=\"module\">").ok_or("Trunk's loader script not found in index.html")?;
    let end = index
        .get(start..)
        .and_then(|rest| rest.find("</script>"))
        .map(|e| start + e + "</script>".len())
        .ok_or("unterminated loader script")?;
    let mut html = format!("{}{}", index.get(..start).unwrap_or_default(), index.get(end..).unwrap_or_default());
    // Only what the first paint needs is in the head. The wasm, the dataset and the module are
    // preloaded, and the loader runs, at the end of the body: on a slow network the page's own
    // markup then comes first, instead of sharing the bandwidth with 350 KB of wasm.
    let head_extra =
        format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />\n    <script>{theme}</script>\n");
    let app_wasm_preload = format!(
        "<link rel=\"preload\" href=\"{public_path}{wasm}\" as=\"fetch\" type=\"application/wasm\" \
         crossorigin=\"anonymous\" />\n    "
    );
    let tail = format!(
        "{app_wasm_preload}<link rel=\"preload\" href=\"{public_path}{DATA_PATH}\" as=\"fetch\" type=\"application/json\" \
         crossorigin=\"anonymous\" />\n    \
         <link rel=\"modulepreload\" href=\"{public_path}{js}\" integrity=\"{js_sri}\" crossorigin=\"anonymous\" />\n    \
         <script type=\"module\" async>{script}</script>\n  "
    );
    let charset_end = html
        .find("<meta charset=\"utf-8\" />")
        .map(|i| i + "<meta charset=\"utf-8\" />".len())
        .ok_or("no <meta charset> in index.html")?;
    html.insert_str(charset_end, &format!("\n    {head_extra}"));
    let body_end = html.rfind("</body>").ok_or("no </body> in index.html")?;
    html.insert_str(body_end, &tail);
    let answers_preloads = format!(
        "<link rel=\"modulepreload\" href=\"{public_path}{answers_js}\" integrity=\"{answers_js_sri}\" \
         crossorigin=\"anonymous\" />\n    \
         <link rel=\"preload\" href=\"{public_path}{answers_wasm}\" as=\"fetch\" type=\"application/wasm\" \
         crossorigin=\"anonymous\" />\n    "
    );
    Ok(Hardened { shell: html, csp, app_wasm_preload, answers_preloads })
}

/// `page` with the answering module's preloads in place of the app's wasm's (see [`Hardened`])
/// when `body` carries the written cards: the loader asks for the app's wasm once the module's
/// has arrived. Else `page` as it is. The preloads and the loader stay after the cards:
/// before them, they measured slower on the shipped data's first entry (bench/RESULTS.md).
pub fn with_answers(page: String, body: &str, hardened: &Hardened) -> String {
    if carries_written_cards(body) {
        page.replacen(&hardened.app_wasm_preload, &hardened.answers_preloads, 1)
    } else {
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A build folder of its own for the test `name`, with `css` as Trunk's stylesheet.
    fn build_dir(name: &str, css: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("communs-inline-css-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("main-abc.css"), css).unwrap();
        dir
    }

    #[test]
    fn the_stylesheet_moves_into_the_page_with_its_hash_in_the_policy() {
        let css = "body{color:#111}";
        let dir = build_dir("inlined", css);
        let html = "<head><link rel=\"stylesheet\" href=\"/sous/chemin/main-abc.css\" integrity=\"sha384-x\"/>\n<title>t</title>";
        let (page, hash) = inline_stylesheet(html, &dir, "/sous/chemin/").unwrap();
        assert_eq!(page, "<head><style>body{color:#111}</style>\n<title>t</title>");
        assert!(!dir.join("main-abc.css").exists(), "the file is no longer shipped");
        assert_eq!(hash, inline_hash(css));
        assert!(policy(&[], Some(&hash)).contains(&format!("style-src 'self' '{hash}';")));
        assert!(!policy(&[], Some(&hash)).contains("unsafe-inline"));
        assert!(policy(&[], None).contains("style-src 'self';"));
    }

    #[test]
    fn crlf_line_ends_are_hashed_as_the_browser_reads_them() {
        let dir = build_dir("crlf", "a{color:red}\r\nb{color:blue}\r\n");
        let (page, hash) = inline_stylesheet("<link rel=\"stylesheet\" href=\"/main-abc.css\"/>", &dir, "/").unwrap();
        assert_eq!(page, "<style>a{color:red}\nb{color:blue}\n</style>");
        assert_eq!(hash, inline_hash("a{color:red}\nb{color:blue}\n"));
    }

    #[test]
    fn a_large_site_links_its_stylesheet_and_its_policy_hashes_no_style() {
        let css = "main{margin:0}";
        let dir = build_dir("linked", css);
        for (name, body) in [
            ("communs-abc.js", "export default 1"),
            ("communs-abc_bg.wasm", "\0asm"),
            ("answers.js", "export default 2"),
            ("answers_bg.wasm", "\0asm"),
        ] {
            std::fs::write(dir.join(name), body).unwrap();
        }
        let index = "<head><meta charset=\"utf-8\" /><link rel=\"stylesheet\" href=\"/main-abc.css\"/>\
                     <script type=\"module\">import init from '/communs-abc.js';</script></head><body></body>";
        let Hardened { shell: page, csp, .. } = harden(index, &dir, "/", false).unwrap();
        assert!(page.contains("<link rel=\"stylesheet\" href=\"/main-abc.css\"/>"));
        assert!(!page.contains("<style>"));
        assert!(dir.join("main-abc.css").exists());
        assert!(csp.contains("style-src 'self';"), "{csp}");
        let hardened = harden(index, &dir, "/", true).unwrap();
        let Hardened { shell: inlined, csp, answers_preloads, .. } = &hardened;
        assert!(inlined.contains("<style>main{margin:0}</style>"));
        assert!(csp.contains(&format!("style-src 'self' '{}';", inline_hash(css))), "{csp}");
        // The answering module, named after its content: its preloads carry its integrity, and
        // take the place of the app's on a page with cards only.
        let (answers_js, answers_wasm) = super::super::fingerprint::answering_module(&dir).unwrap();
        assert!(answers_js.starts_with("answers-") && !dir.join("answers.js").exists(), "{answers_js}");
        assert!(answers_preloads
            .contains(&format!("href=\"/{answers_js}\" integrity=\"{}\"", sri(&dir.join(&answers_js)).unwrap())));
        let body = "<template id=\"cartes-ecrites\" data-mots=\"\"></template>";
        let written = inlined.replace("<body>", &format!("<body><main>list</main>{body}"));
        let home = with_answers(written.clone(), body, &hardened);
        let at = |text: &str| home.find(text).unwrap_or_else(|| panic!("{text} in {home}"));
        // The module's preloads first, then the data's and the app's glue, then the loader, all
        // after the page's markup; the app's wasm is asked for by the loader, after the module's.
        assert!(at("<template") < at(&answers_js));
        assert!(at(&answers_js) < at("<link rel=\"preload\" href=\"/data/commons.json\""));
        assert!(at("<link rel=\"modulepreload\" href=\"/communs-abc.js\"") < at("<script type=\"module\" async>"));
        assert!(!home.contains("<link rel=\"preload\" href=\"/communs-abc_bg.wasm\""), "{home}");
        assert!(at("await answersWasm") < at("fetch('/communs-abc_bg.wasm'"));
        assert_eq!(home.len(), written.len() - hardened.app_wasm_preload.len() + answers_preloads.len());
        // A page without the cards keeps the app's preloads.
        assert_eq!(with_answers(inlined.clone(), "<main></main>", &hardened), *inlined);
        assert!(inlined.contains("<link rel=\"preload\" href=\"/communs-abc_bg.wasm\""));
        let wasm_fetch =
            format!("fetch('/{answers_wasm}', {{ integrity: '{}' }})", sri(&dir.join(&answers_wasm)).unwrap());
        assert!(inlined.contains(&wasm_fetch), "{inlined}");
        // The head holds what the first paint needs; the loader and the preloads end the body.
        let head = inlined.split("</head>").next().unwrap();
        assert!(!head.contains("preload") && !head.contains("type=\"module\""), "{head}");
        assert!(inlined.find("<script type=\"module\" async>").unwrap() > inlined.find("<body>").unwrap());
    }

    #[test]
    fn a_stylesheet_that_could_close_its_element_is_refused() {
        let dir = build_dir("closing", "a::after{content:'</style>'}");
        let html = "<link rel=\"stylesheet\" href=\"/main-abc.css\"/>";
        assert!(inline_stylesheet(html, &dir, "/").is_err());
        assert!(dir.join("main-abc.css").exists());
    }
}
