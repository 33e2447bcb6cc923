//! Ready-to-copy header files for hosts that allow headers: Netlify/Cloudflare `_headers`, an
//! nginx snippet and Apache `.htaccess`. Hashed assets are immutable; HTML and data revalidate.
//! No other site may frame a page (`frame-ancestors 'none'`, `X-Frame-Options: DENY`), except
//! the embeds under `embed/`, which are made for it.

use std::path::Path;

use communs_core::export::FileType;
use communs_core::publication::{ANSWERS_FILE_PREFIX, PAGE_FILE, SHELL_PAGE};

use communs_core::route::segment;

/// Headers every response carries, the framing rules aside.
const COMMON: [(&str, &str); 3] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
];
/// Framing refused: the CSP directive (which a `<meta>` policy cannot carry) and the older header.
const UNFRAMED: &str = "frame-ancestors 'none'";
/// Framing allowed, from any site: the embeds.
const FRAMED: &str = "frame-ancestors *";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// What the names of the files named after their content start with: the app's (Trunk's
/// `communs-<hash>.js` and `_bg.wasm`, `main-<hash>.css`) and the answering module's
/// (`fingerprint.rs`). They never change, so they are cached for good.
const HASHED_PREFIXES: [&str; 3] = ["communs", "main", ANSWERS_FILE_PREFIX];

/// A regular expression for those files' names, below `public_path`, for Apache and nginx.
fn hashed_file_pattern(public_path: &str) -> String {
    format!("^{public_path}({})-[0-9a-f]+(_bg)?\\.(js|wasm|css)$", HASHED_PREFIXES.join("|"))
}
const REVALIDATE: &str = "no-cache";

/// The headers of a page that may be framed or not: the policy with its framing rule, then the
/// others; `X-Frame-Options: DENY` where framing is refused.
fn page_headers(csp: &str, framed: bool) -> Vec<(&'static str, String)> {
    let ancestors = if framed { FRAMED } else { UNFRAMED };
    let mut headers = vec![("Content-Security-Policy", format!("{csp}; {ancestors}"))];
    headers.extend(COMMON.iter().map(|(name, value)| (*name, value.to_string())));
    if !framed {
        headers.push(("X-Frame-Options", "DENY".to_string()));
    }
    headers
}

/// The embeds' folder below the public path: `/communs/embed/`.
fn embed_folder(public_path: &str) -> String {
    format!("{public_path}{}/", segment::EMBED)
}

/// Netlify and Cloudflare Pages combine the headers of every rule a path matches (Cloudflare
/// joins two values of one header with a comma: two policies, both enforced), and cannot
/// exclude a folder from `/*`. So `/*` carries the policy without a framing rule, each page
/// but the embeds adds `frame-ancestors 'none'`, and the embeds add `frame-ancestors *`.
fn netlify(csp: &str, public_path: &str) -> String {
    let mut text = format!("{public_path}*\n  Content-Security-Policy: {csp}\n");
    for (name, value) in COMMON {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    let unframed = [public_path.to_string(), format!("{public_path}{PAGE_FILE}"), format!("{public_path}{SHELL_PAGE}")];
    let below = segment::UNFRAMED.iter().map(|first| format!("{public_path}{first}/*"));
    for pattern in unframed.into_iter().chain(below) {
        text.push_str(&format!("{pattern}\n  Content-Security-Policy: {UNFRAMED}\n  X-Frame-Options: DENY\n"));
    }
    text.push_str(&format!("{}*\n  Content-Security-Policy: {FRAMED}\n", embed_folder(public_path)));
    // `no-cache` on `/*` would also reach the hashed assets; HTML already revalidates by default
    // there, the data is said.
    text.push_str(&format!("{public_path}data/*\n  Cache-Control: {REVALIDATE}\n"));
    for prefix in HASHED_PREFIXES {
        text.push_str(&format!("{public_path}{prefix}-*\n  Cache-Control: {IMMUTABLE}\n"));
    }
    text
}

/// Apache: the headers for every file, replaced below `embed/` (Apache 2.4's `<If>`).
fn apache(csp: &str, public_path: &str) -> String {
    let mut text = String::from("# Apache: headers, caching, wasm type and the 404 page that boots the app.\n");
    text.push_str("AddType application/wasm .wasm\nAddType application/atom+xml .xml\nAddType text/calendar .ics\n");
    text.push_str(&format!("ErrorDocument 404 {public_path}{SHELL_PAGE}\n<IfModule mod_headers.c>\n"));
    for (name, value) in page_headers(csp, false) {
        text.push_str(&format!("  Header always set {name} \"{value}\"\n"));
    }
    text.push_str(&format!("  Header set Cache-Control \"{REVALIDATE}\"\n"));
    // FilesMatch sees the file's name alone.
    let files = hashed_file_pattern("");
    text.push_str(&format!(
        "  <FilesMatch \"{files}\">\n    Header set Cache-Control \"{IMMUTABLE}\"\n  </FilesMatch>\n"
    ));
    text.push_str(&format!(
        "  # The embeds are made to be framed by other sites.\n  <If \"%{{REQUEST_URI}} =~ m#^{}#\">\n",
        embed_folder(public_path)
    ));
    text.push_str(&format!("    Header always set Content-Security-Policy \"{csp}; {FRAMED}\"\n"));
    text.push_str("    Header always unset X-Frame-Options\n  </If>\n</IfModule>\n");
    text
}

/// nginx: one block for the site, one nested for the hashed assets and one for the embeds.
fn nginx(csp: &str, public_path: &str) -> String {
    let mut text = format!("# nginx: include inside your server block; the site's files live under {public_path}.\n");
    text.push_str("# gzip_static needs ngx_http_gzip_static_module; brotli_static the ngx_brotli module.\n");
    text.push_str(&format!("location {public_path} {{\n    gzip_static on;\n    # brotli_static on;\n    error_page 404 {public_path}{SHELL_PAGE};\n    try_files $uri $uri/ =404;\n"));
    // nginx drops inherited add_header lines in a block that has its own, so each block repeats them.
    let headers = |indent: &str, framed: bool, cache: &str| {
        let mut block: String = page_headers(csp, framed)
            .iter()
            .map(|(name, value)| format!("{indent}add_header {name} \"{value}\" always;\n"))
            .collect();
        block.push_str(&format!("{indent}add_header Cache-Control \"{cache}\";\n"));
        block
    };
    text.push_str(&headers("    ", false, REVALIDATE));
    text.push_str(&format!("    location ~ \"{}\" {{\n", hashed_file_pattern(public_path)));
    text.push_str(&headers("        ", false, IMMUTABLE));
    // nginx's stock mime.types has no `ics`: without this, calendars would go out as bytes.
    text.push_str(&format!(
        "    }}\n    location ~ \"\\.ics$\" {{\n        types {{ }}\n        default_type \"{}\";\n",
        FileType::Calendar.mime()
    ));
    text.push_str(&headers("        ", false, REVALIDATE));
    text.push_str("    }\n    # The embeds are made to be framed by other sites.\n");
    text.push_str(&format!("    location {} {{\n        try_files $uri $uri/ =404;\n", embed_folder(public_path)));
    text.push_str(&headers("        ", true, REVALIDATE));
    text.push_str("    }\n}\n");
    text
}

/// Writes `_headers`, `.htaccess` and `nginx-communs.conf` into `dir`.
pub fn write_header_files(dir: &Path, csp: &str, public_path: &str) -> Result<(), String> {
    for (name, text) in [
        ("_headers", netlify(csp, public_path)),
        (".htaccess", apache(csp, public_path)),
        ("nginx-communs.conf", nginx(csp, public_path)),
    ] {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSP: &str = "default-src 'self'";

    /// The headers `_headers` gives `path`: every rule whose pattern matches, in order.
    fn netlify_headers(file: &str, path: &str) -> Vec<String> {
        let mut matched = false;
        let mut headers = Vec::new();
        for line in file.lines() {
            match line.strip_prefix("  ") {
                Some(header) if matched => headers.push(header.to_string()),
                Some(_) => {}
                None => {
                    matched = match line.strip_suffix('*') {
                        Some(prefix) => path.starts_with(prefix),
                        None => path == line,
                    }
                }
            }
        }
        headers
    }

    #[test]
    fn netlify_refuses_framing_everywhere_but_in_the_embeds() {
        let file = netlify(CSP, "/sous/chemin/");
        for page in ["/sous/chemin/", "/sous/chemin/timeline/", "/sous/chemin/entry/x/", "/sous/chemin/404.html"] {
            let headers = netlify_headers(&file, page);
            assert!(headers.contains(&format!("Content-Security-Policy: {CSP}")), "{page}: {headers:?}");
            assert!(headers.contains(&"Content-Security-Policy: frame-ancestors 'none'".to_string()), "{page}");
            assert!(headers.contains(&"X-Frame-Options: DENY".to_string()), "{page}");
        }
        for embed in ["/sous/chemin/embed/", "/sous/chemin/embed/calls/", "/sous/chemin/embed/timeline/"] {
            let headers = netlify_headers(&file, embed);
            assert!(headers.contains(&format!("Content-Security-Policy: {CSP}")), "{embed}: {headers:?}");
            assert!(headers.iter().all(|h| !h.contains("'none'") && !h.starts_with("X-Frame-Options")), "{embed}");
            assert!(headers.contains(&"Content-Security-Policy: frame-ancestors *".to_string()), "{embed}");
        }
    }

    #[test]
    fn files_named_after_their_content_are_cached_for_good_the_others_revalidate() {
        let file = netlify(CSP, "/sous/chemin/");
        let immutable = format!("Cache-Control: {IMMUTABLE}");
        for hashed in ["communs-0123abcd_bg.wasm", "main-0123abcd.css", "answers-0123456789abcdef.js"] {
            assert!(netlify_headers(&file, &format!("/sous/chemin/{hashed}")).contains(&immutable), "{hashed}");
        }
        for fixed in ["exporter.js", "sw.js", "data/commons.json"] {
            assert!(!netlify_headers(&file, &format!("/sous/chemin/{fixed}")).contains(&immutable), "{fixed}");
        }
        let pattern = "(communs|main|answers)-[0-9a-f]+(_bg)?\\.(js|wasm|css)$";
        assert!(apache(CSP, "/sous/chemin/").contains(&format!("<FilesMatch \"^{pattern}\">")));
        assert!(nginx(CSP, "/sous/chemin/").contains(&format!("location ~ \"^/sous/chemin/{pattern}\" {{")));
    }

    #[test]
    fn apache_replaces_the_framing_rule_below_embed_only() {
        let file = apache(CSP, "/sous/chemin/");
        let (site, embeds) = file.split_once("<If ").unwrap_or_default();
        assert!(site.contains(&format!("Header always set Content-Security-Policy \"{CSP}; frame-ancestors 'none'\"")));
        assert!(site.contains("Header always set X-Frame-Options \"DENY\""));
        assert!(embeds.starts_with("\"%{REQUEST_URI} =~ m#^/sous/chemin/embed/#\">"), "{embeds}");
        assert!(embeds.contains(&format!("Header always set Content-Security-Policy \"{CSP}; frame-ancestors *\"")));
        assert!(embeds.contains("Header always unset X-Frame-Options"));
    }

    #[test]
    fn nginx_gives_the_embeds_a_block_that_allows_framing() {
        let file = nginx(CSP, "/sous/chemin/");
        let (site, embeds) = file.split_once("location /sous/chemin/embed/ {").unwrap_or_default();
        assert_eq!(site.matches("frame-ancestors 'none'").count(), 3, "the site, its hashed assets, its calendars");
        assert_eq!(site.matches("add_header X-Frame-Options \"DENY\" always;").count(), 3);
        assert!(
            site.contains(
                "location ~ \"\\.ics$\" {\n        types { }\n        default_type \"text/calendar;charset=utf-8\";"
            ),
            "{site}"
        );
        assert!(embeds.contains(&format!("add_header Content-Security-Policy \"{CSP}; frame-ancestors *\" always;")));
        assert!(!embeds.contains("'none'") && !embeds.contains("X-Frame-Options"), "{embeds}");
        assert!(embeds.contains("add_header X-Content-Type-Options \"nosniff\" always;"));
    }
}
