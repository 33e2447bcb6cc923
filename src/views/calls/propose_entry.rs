//! How to add an entry to the data: by mail, with the guide, or by checking a file first.

use communs_core::publication::CONTACT_EMAIL;
use communs_core::route::Route;
use leptos::prelude::*;

use crate::i18n::t;

/// A mail to the Council, ready with the fields an entry needs.
fn proposal_mail() -> String {
    format!(
        "mailto:{CONTACT_EMAIL}?subject=Communs%20%3A%20proposition%20d%27entr%C3%A9e&body=Titre%20%3A%0ADate%20%3A%0AR%C3%A9sum%C3%A9%20%3A%0ALien%20%3A"
    )
}

/// The section at the foot of the calls view.
pub fn propose_entry() -> impl IntoView {
    let t = t();
    view! {
        <section class="contribute-data">
            <h2>{t.contribute_data}</h2>
            <p>{t.contribute_data_text}</p>
            <p><a href=proposal_mail()>{t.propose_by_mail}</a></p>
            <p><a href="CONTRIBUTING.md">{t.contributing_guide}</a></p>
            <p><a href=Route::Contribute.href("")>{t.check_file_link}</a></p>
        </section>
    }
}
