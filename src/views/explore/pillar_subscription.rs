//! « S'abonner » to a pillar, while exactly one pillar is selected.

use communs_core::search::Query;
use communs_core::subscription::FeedScope;
use leptos::prelude::*;

use crate::components::subscribe::Subscribe;

/// The selected pillar's subscription, or nothing unless exactly one pillar is selected. Typing
/// or ticking another box leaves it alone: only a change of pillar redraws it.
pub fn pillar_subscription(query: Memo<Query>) -> impl IntoView {
    let pillar = Memo::new(move |_| {
        query.with(|q| match q.pillars().as_slice() {
            [pillar] => Some(*pillar),
            _ => None,
        })
    });
    move || pillar.get().map(|pillar| view! { <Subscribe scope=FeedScope::Pillar(pillar)/> })
}
