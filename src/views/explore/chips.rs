//! The filters in force, each a chip that removes it.

use communs_core::search::Query;
use leptos::prelude::*;

use super::value_label;
use crate::i18n::t;
use crate::query::LiveQuery;

/// The filters chosen, as chips that remove them, and « Tout effacer ».
#[component]
pub fn Chips(filters: Memo<Query>, live: LiveQuery) -> impl IntoView {
    let t = t();
    let query = live.query;
    move || {
        let q = filters.get();
        if q.filters.is_empty() && q.period.is_none() {
            return ().into_any();
        }
        let period_chip = q.period.map(|(from, to)| {
            let text = (t.period_chip)(&from.to_string(), &to.to_string());
            let remove = move |_| {
                let mut q = query.get_untracked();
                q.set_period(None, None);
                live.change_query(q);
            };
            view! {
                <li><button type="button" class="chip" on:click=remove aria-label=(t.remove_filter)(&text)>{text.clone()}" ×"</button></li>
            }
        });
        let chips = q
            .filters
            .iter()
            .flat_map(|(key, values)| values.iter().map(move |v| (*key, v.clone())))
            .map(|(key, value)| {
                let text = format!("{}{}{}", (t.facet_name)(key), t.colon, value_label(key, &value));
                let remove = move |_| {
                    let mut q = query.get_untracked();
                    q.toggle(key, &value);
                    live.change_query(q);
                };
                view! {
                    <li><button type="button" class="chip" on:click=remove aria-label=(t.remove_filter)(&text)>{text.clone()}" ×"</button></li>
                }
            })
            .collect_view();
        let clear_all = move |_| {
            let mut q = query.get_untracked();
            q.filters.clear();
            q.set_period(None, None);
            live.change_query(q);
        };
        view! {
            <ul class="chips" aria-label=t.active_filters>
                {chips}
                {period_chip}
                <li><button type="button" class="button-quiet" on:click=clear_all>{t.clear_all}</button></li>
            </ul>
        }
        .into_any()
    }
}
