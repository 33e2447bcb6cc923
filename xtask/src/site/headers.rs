//! Ready-to-copy header files for hosts that allow headers: Netlify/Cloudflare `_headers`, an
//! nginx snippet and Apache `.htaccess`. Hashed assets are immutable; HTML and data revalidate.

use std::path::Path;

/// Writes `_headers`, `.htaccess` and `nginx-communs.conf` into `dir`.
pub fn write_header_files(dir: &Path, csp: &str, public_path: &str) -> Result<(), String> {
    let csp = format!("{csp}; frame-ancestors 'none'");
    let common = [
        ("Content-Security-Policy", csp.as_str()),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
        ("X-Frame-Options", "DENY"),
    ];
    let immutable = "public, max-age=31536000, immutable";
    let revalidate = "no-cache";

    let mut netlify = format!("{public_path}*\n");
    for (name, value) in common {
        netlify.push_str(&format!("  {name}: {value}\n"));
    }
    // Netlify and Cloudflare combine the values of every matching rule, so `no-cache` here would
    // also reach the hashed assets; HTML already revalidates by default there, the data is said.
    netlify.push_str(&format!("{public_path}data/*\n  Cache-Control: {revalidate}\n"));
    for pattern in ["communs-*", "main-*"] {
        netlify.push_str(&format!("{public_path}{pattern}\n  Cache-Control: {immutable}\n"));
    }
    std::fs::write(dir.join("_headers"), netlify).map_err(|e| e.to_string())?;

    let mut apache = String::from("# Apache: headers, caching, wasm type and the 404 page that boots the app.\n");
    apache.push_str("AddType application/wasm .wasm\nAddType application/atom+xml .xml\nAddType text/calendar .ics\n");
    apache.push_str(&format!("ErrorDocument 404 {public_path}404.html\n<IfModule mod_headers.c>\n"));
    for (name, value) in common {
        apache.push_str(&format!("  Header always set {name} \"{value}\"\n"));
    }
    apache.push_str(&format!("  Header set Cache-Control \"{revalidate}\"\n"));
    apache.push_str(&format!("  <FilesMatch \"^(communs|main)-[0-9a-f]+(_bg)?\\.(js|wasm|css)$\">\n    Header set Cache-Control \"{immutable}\"\n  </FilesMatch>\n</IfModule>\n"));
    std::fs::write(dir.join(".htaccess"), apache).map_err(|e| e.to_string())?;

    let mut nginx = format!("# nginx: include inside your server block; the site's files live under {public_path}.\n");
    nginx.push_str("# gzip_static needs ngx_http_gzip_static_module; brotli_static the ngx_brotli module.\n");
    nginx.push_str(&format!("location {public_path} {{\n    gzip_static on;\n    # brotli_static on;\n    error_page 404 {public_path}404.html;\n    try_files $uri $uri/ =404;\n"));
    // nginx drops inherited add_header lines in a block that has its own, so both blocks repeat them.
    let nginx_headers = |indent: &str, cache: &str| {
        let mut block: String =
            common.iter().map(|(name, value)| format!("{indent}add_header {name} \"{value}\" always;\n")).collect();
        block.push_str(&format!("{indent}add_header Cache-Control \"{cache}\";\n"));
        block
    };
    nginx.push_str(&nginx_headers("    ", revalidate));
    nginx.push_str(&format!("    location ~ \"^{public_path}(communs|main)-[0-9a-f]+(_bg)?\\.(js|wasm|css)$\" {{\n"));
    nginx.push_str(&nginx_headers("        ", immutable));
    nginx.push_str("    }\n}\n");
    std::fs::write(dir.join("nginx-communs.conf"), nginx).map_err(|e| e.to_string())
}
