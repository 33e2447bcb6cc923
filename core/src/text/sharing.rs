//! What the app says to share a view: « Partager », « Copier le lien » and whether the copy
//! worked, and « Intégrer » with its `<iframe>` snippet and the embedded views' own words.

use crate::display::Lang;
use crate::route::EmbedView;

/// The sharing and embedding words.
pub struct SharingTexts {
    /// The button that opens the device's share sheet (Web Share API).
    pub share: &'static str,
    /// That the link could not be copied, and what to do instead.
    pub link_copy_failed: &'static str,
    /// The disclosure that shows the `<iframe>` snippet.
    pub embed: &'static str,
    /// What the snippet is for.
    pub embed_help: &'static str,
    /// The snippet's field.
    pub embed_code: &'static str,
    /// The button that copies the snippet.
    pub copy_code: &'static str,
    /// That the snippet is in the clipboard.
    pub code_copied: &'static str,
    /// That the snippet could not be copied, and what to do instead.
    pub code_copy_failed: &'static str,
    /// The link from an embedded view to the full site's same view.
    pub see_on_site: &'static str,
    /// What a page of the full site shows when another site frames it: a link out of the frame.
    pub open_outside_frame: &'static str,
    /// The `title` of the `<iframe>` for each view, which screen readers announce.
    pub frame_title: fn(EmbedView) -> &'static str,
}

/// The link back to the site from an embedded view, in both languages.
pub const BRAND: &str = "Communs — CNNum";

const FR: SharingTexts = SharingTexts {
    share: "Partager",
    link_copy_failed: "Le lien n'a pas pu être copié : copiez l'adresse de la page.",
    embed: "Intégrer",
    embed_help: "Collez ce code dans une page de votre site pour y montrer cette vue, à jour à chaque visite.",
    embed_code: "Code à intégrer",
    copy_code: "Copier le code",
    code_copied: "Code copié",
    code_copy_failed: "Le code n'a pas pu être copié : sélectionnez-le et copiez-le.",
    see_on_site: "Tout voir sur Communs",
    open_outside_frame: "Ouvrir cette page de Communs",
    frame_title: |view| match view {
        EmbedView::List => "Communs — CNNum : les communs numériques",
        EmbedView::Calls => "Communs — CNNum : appels à contribution",
        EmbedView::Timeline => "Communs — CNNum : frise chronologique",
    },
};

const EN: SharingTexts = SharingTexts {
    share: "Share",
    link_copy_failed: "The link could not be copied: copy the page's address.",
    embed: "Embed",
    embed_help: "Paste this code into a page of your site to show this view there, up to date at every visit.",
    embed_code: "Code to embed",
    copy_code: "Copy the code",
    code_copied: "Code copied",
    code_copy_failed: "The code could not be copied: select it and copy it.",
    see_on_site: "See everything on Communs",
    open_outside_frame: "Open this page of Communs",
    frame_title: |view| match view {
        EmbedView::List => "Communs — CNNum: digital commons",
        EmbedView::Calls => "Communs — CNNum: calls for contributions",
        EmbedView::Timeline => "Communs — CNNum: timeline",
    },
};

impl SharingTexts {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static SharingTexts {
        match lang {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}
