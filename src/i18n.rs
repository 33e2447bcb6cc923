//! The interface's language: chosen from `?lang=`, then what the visitor chose before (local
//! storage), then the browser's language; `<html lang>` follows it. The words themselves are
//! in `communs_core::text::interface`.

use communs_core::display::Lang;
pub use communs_core::text::interface::Texts;
use leptos::prelude::*;

/// The current language, shared by every view.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language; the app re-renders when it changes.
    pub lang: RwSignal<Lang>,
}

const STORAGE_KEY: &str = "communs-langue";

fn storage() -> Option<web_sys::Storage> {
    crate::browser::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language a visit starts in: `?lang=`, then the remembered choice, then the browser's.
fn initial_lang() -> Lang {
    let window = crate::browser::window();
    let from_url = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get(Lang::PARAM))
        .and_then(|tag| Lang::from_tag(&tag));
    let remembered = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t));
    let browser = window.and_then(|w| w.navigator().language()).and_then(|t| Lang::from_tag(&t));
    from_url.or(remembered).or(browser).unwrap_or_default()
}

/// Sets `<html lang>`.
fn apply(lang: Lang) {
    if let Some(html) = crate::browser::document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

impl I18n {
    /// Chooses the starting language and shares it.
    pub fn provide() -> I18n {
        let lang = initial_lang();
        apply(lang);
        let i18n = I18n { lang: RwSignal::new(lang) };
        provide_context(i18n);
        i18n
    }

    /// Switches language, remembers it and updates `<html lang>`.
    pub fn set(&self, lang: Lang) {
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, lang.tag());
        }
        apply(lang);
        self.lang.set(lang);
    }
}

/// The URL parameter that says `lang`: none for French, the default, so that French links stay
/// short; any other language is spelled, so that a shared link opens in it.
pub fn lang_param(lang: Lang) -> Option<(&'static str, &'static str)> {
    (lang != Lang::Fr).then_some((Lang::PARAM, lang.tag()))
}

/// Writes `lang` into a URL's parameters (see [`lang_param`]).
pub fn write_lang_param(params: &web_sys::UrlSearchParams, lang: Lang) {
    params.delete(Lang::PARAM);
    if let Some((key, value)) = lang_param(lang) {
        params.append(key, value);
    }
}

/// The current language (untracked: the app re-renders as a whole on a switch).
pub fn lang() -> Lang {
    use_context::<I18n>().map(|i| i.lang.get_untracked()).unwrap_or_default()
}

/// The current language's texts.
pub fn t() -> &'static Texts {
    Texts::of(lang())
}
