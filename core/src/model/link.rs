//! Links out of the dataset, and the only schemes we follow.

use serde::{Deserialize, Serialize};

/// What a link leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum LinkType {
    /// An article or blog post.
    Article,
    /// A video.
    Video,
    /// A web page or service.
    Page,
    /// The source this entry was taken from.
    Source,
}

/// A labelled link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// An `http:`, `https:` or `mailto:` address.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^(?i)(https?://|mailto:)")))]
    pub url: String,
    /// What a reader sees.
    pub label: String,
    /// What it leads to.
    #[serde(rename = "type")]
    pub link_type: LinkType,
}

/// True for an `http:` or `https:` address, whatever the case of its scheme: a page a link
/// checker can request (a `mailto:` address is not one).
pub fn is_web_address(url: &str) -> bool {
    let scheme = url.split_once(':').map(|(scheme, _)| scheme.to_ascii_lowercase());
    matches!(scheme.as_deref(), Some("http" | "https"))
}

/// True when `url` is an absolute `http:`, `https:` or `mailto:` address with something after
/// the scheme, and no control character or space that a browser might reinterpret.
///
/// ```
/// use communs_core::model::is_safe_url;
/// assert!(is_safe_url("https://cnnumerique.fr/"));
/// assert!(is_safe_url("mailto:info@cnnumerique.fr?subject=Bonjour"));
/// assert!(!is_safe_url("javascript:alert(1)"));
/// assert!(!is_safe_url("//evil.example/"));
/// ```
pub fn is_safe_url(url: &str) -> bool {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("http://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("mailto:") {
        return rest.contains('@') && !rest.starts_with('@');
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty() && !host.starts_with('@')
}

#[cfg(test)]
mod tests {
    use super::is_safe_url;

    #[test]
    fn refuses_every_dangerous_scheme() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/",
            "/relative",
            "https://",
            "ftp://example.org/",
            "mailto:",
        ] {
            assert!(!is_safe_url(url), "{url:?} should be refused");
        }
    }

    #[test]
    fn accepts_web_and_mail() {
        for url in ["http://a.fr", "HTTPS://cnnumerique.fr/x?y#z", "mailto:info@cnnumerique.fr"] {
            assert!(is_safe_url(url), "{url:?} should be accepted");
        }
    }
}
