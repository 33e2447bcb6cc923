//! What the app says to subscribe: « S'abonner », the calendar's and the feed's links, and the
//! names of what each subscription holds (see [`crate::subscription`]).

use crate::display::{pillar_name, Lang};
use crate::model::Kind;
use crate::subscription::FeedScope;

/// The subscription words.
pub struct SubscriptionTexts {
    /// The block's title, and the export menu's line.
    pub subscribe: &'static str,
    /// The `webcal:` link, which a calendar app opens to subscribe.
    pub calendar: &'static str,
    /// The calendar file's own `https:` address, for apps that ask for one.
    pub calendar_file: &'static str,
    /// The Atom feed's link.
    pub feed: &'static str,
    /// What subscribing does, in one sentence.
    pub help: &'static str,
    /// What a scope holds, after « S'abonner » and in the files' titles.
    scope_all: &'static str,
    pillar: fn(&str) -> String,
    kind: fn(Kind) -> &'static str,
}

impl SubscriptionTexts {
    /// What `scope` holds: `tout Communs`, `pilier « Contribuer »`, `appels à contribution`.
    pub fn scope_label(&self, scope: FeedScope, lang: Lang) -> String {
        match scope {
            FeedScope::All => self.scope_all.to_string(),
            FeedScope::Pillar(pillar) => (self.pillar)(pillar_name(pillar, lang)),
            FeedScope::Kind(kind) => (self.kind)(kind).to_string(),
        }
    }
}

const FR: SubscriptionTexts = SubscriptionTexts {
    subscribe: "S'abonner",
    calendar: "S'abonner à l'agenda",
    calendar_file: "Adresse de l'agenda (iCalendar)",
    feed: "Flux Atom",
    help: "L'agenda se met à jour de lui-même dans votre application de calendrier, et le flux dans votre lecteur de flux.",
    scope_all: "tout Communs",
    pillar: |name| format!("pilier « {name} »"),
    kind: |kind| match kind {
        Kind::Initiative => "initiatives",
        Kind::Event => "événements",
        Kind::Interview => "entretiens",
        Kind::Call => "appels à contribution",
    },
};

const EN: SubscriptionTexts = SubscriptionTexts {
    subscribe: "Subscribe",
    calendar: "Subscribe to the calendar",
    calendar_file: "Calendar address (iCalendar)",
    feed: "Atom feed",
    help: "The calendar keeps itself up to date in your calendar app, and the feed in your feed reader.",
    scope_all: "all of Communs",
    pillar: |name| format!("“{name}” pillar"),
    kind: |kind| match kind {
        Kind::Initiative => "initiatives",
        Kind::Event => "events",
        Kind::Interview => "interviews",
        Kind::Call => "calls for contributions",
    },
};

/// The subscription words in `lang`.
pub fn of(lang: Lang) -> &'static SubscriptionTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Pillar;

    #[test]
    fn every_scope_has_a_name_in_both_languages() {
        for scope in FeedScope::every() {
            for lang in [Lang::Fr, Lang::En] {
                assert!(!of(lang).scope_label(scope, lang).is_empty(), "{scope:?} {lang:?}");
            }
        }
        assert_eq!(of(Lang::Fr).scope_label(FeedScope::Pillar(Pillar::Contribuer), Lang::Fr), "pilier « Contribuer »");
    }
}
