//! The legal notice (`mentions-legales/`): publisher, host, licence and personal data.

use communs_core::publication::{
    CONTACT_EMAIL, DATA_LICENCE, DATA_LICENCE_URL, DEFAULT_HOST_NAME, HOST_META_NAME, PUBLISHER, PUBLISHER_ADDRESS,
};
use leptos::prelude::*;

use crate::i18n::lang;
use crate::site::meta_content;
use communs_core::text::statements::statements;

/// The host named by the build (`cargo xtask dist --host-name`), read from the page's
/// `<meta name="communs:host">`; the default host when the page has none (`cargo xtask serve`).
fn host_name() -> String {
    meta_content(HOST_META_NAME).filter(|name| !name.trim().is_empty()).unwrap_or_else(|| DEFAULT_HOST_NAME.to_string())
}

/// The legal notice.
#[component]
pub fn LegalNotice() -> impl IntoView {
    let s = statements(lang());
    view! {
        <article class="statement">
            <h1>{s.legal_title}</h1>
            <h2>{s.legal_publisher_title}</h2>
            <p>{PUBLISHER}<br/>{PUBLISHER_ADDRESS}<br/>{s.legal_contact}<a href=format!("mailto:{CONTACT_EMAIL}")>{CONTACT_EMAIL}</a></p>
            <h2>{s.legal_host_title}</h2>
            <p class="host-name">{host_name()}</p>
            <h2>{s.legal_licence_title}</h2>
            <p>{s.legal_licence}<a href=DATA_LICENCE_URL rel="external">{DATA_LICENCE}</a>"."</p>
            <p>{s.legal_code_licence}</p>
            <p>{s.legal_source}</p>
            <h2>{s.legal_privacy_title}</h2>
            <p>{s.legal_privacy_none}</p>
            <p>{s.legal_privacy_stored}</p>
            <ul>
                <li>{s.legal_privacy_language}</li>
                <li>{s.legal_privacy_theme}</li>
                <li>{s.legal_privacy_offline}</li>
                <li>{s.legal_privacy_preview}</li>
            </ul>
            <p>{s.legal_privacy_clear}</p>
            <p>{s.legal_privacy_host}</p>
        </article>
    }
}
