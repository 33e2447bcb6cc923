//! The accessibility statement (`accessibilite/`), after the French government's model.

use communs_core::display::date_label;
use communs_core::model::PartialDate;
use communs_core::publication::{CONTACT_EMAIL, RGAA_VERSION, STATEMENT_DATE};
use leptos::prelude::*;

use crate::i18n::lang;
use communs_core::text::statements::statements;

/// The Défenseur des droits' online form.
const RECOURSE_FORM: &str = "https://formulaire.defenseurdesdroits.fr/";
/// The Défenseur des droits' delegates, by region.
const RECOURSE_DELEGATES: &str = "https://www.defenseurdesdroits.fr/saisir/delegues";

/// The statement: status, method, criteria not met, contact and recourse.
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let lang = lang();
    let s = statements(lang);
    let date = PartialDate::parse(STATEMENT_DATE).map(|d| date_label(&d, lang)).unwrap_or_default();
    let gaps = s.a11y_gaps.iter().map(|gap| view! { <li>{*gap}</li> }).collect_view();
    view! {
        <article class="statement">
            <h1>{s.a11y_title}</h1>
            <p>{s.a11y_commitment}</p>
            <p>{s.a11y_scope}</p>
            <h2>{s.a11y_status_title}</h2>
            <p>{(s.a11y_status)(RGAA_VERSION)}</p>
            <h2>{s.a11y_method_title}</h2>
            <ul>
                <li>{s.a11y_method_automated}</li>
                <li>{s.a11y_method_keyboard}</li>
                <li>{s.a11y_method_browsers}</li>
                <li>{s.a11y_method_assistive}</li>
                <li>{s.a11y_method_pages}</li>
            </ul>
            <h2>{s.a11y_gaps_title}</h2>
            <ul>{gaps}</ul>
            <h2>{s.a11y_exempt_title}</h2>
            <p>{s.a11y_exempt}</p>
            <p>{s.a11y_technologies}</p>
            <p>{(s.a11y_date)(&date)}</p>
            <h2>{s.a11y_contact_title}</h2>
            <p>{s.a11y_contact}" "<a href=format!("mailto:{CONTACT_EMAIL}")>{CONTACT_EMAIL}</a></p>
            <h2>{s.a11y_recourse_title}</h2>
            <p>{s.a11y_recourse}</p>
            <ul>
                <li><a href=RECOURSE_FORM rel="external">{s.a11y_recourse_form}</a></li>
                <li><a href=RECOURSE_DELEGATES rel="external">{s.a11y_recourse_delegate}</a></li>
                <li>{s.a11y_recourse_mail}</li>
            </ul>
        </article>
    }
}
