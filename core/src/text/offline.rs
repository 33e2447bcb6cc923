//! What the app says when a new version of the site is ready (the service worker's update).

use crate::display::Lang;

/// The update notice's words.
pub struct UpdateTexts {
    /// That a new version (of the data or the app) is ready.
    pub available: &'static str,
    /// The button that shows it.
    pub reload: &'static str,
}

const FR: UpdateTexts = UpdateTexts { available: "Une nouvelle version est disponible.", reload: "Recharger" };

const EN: UpdateTexts = UpdateTexts { available: "A new version is available.", reload: "Reload" };

impl UpdateTexts {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static UpdateTexts {
        match lang {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}
