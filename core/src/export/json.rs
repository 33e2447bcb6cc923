//! The dataset's own format, for re-import: same schema, canonical key order.

use std::collections::HashSet;

use crate::model::{Dataset, Entry, PartialDate};

/// A dataset holding `entries`, pretty-printed, with the given `$schema`, version and date. Links to
/// entries left out of the export (`related`, a call's `initiative`) are dropped, so that the
/// file passes the validator on its own.
pub fn dataset_json(entries: &[&Entry], schema: Option<&str>, version: &str, updated: &PartialDate) -> String {
    let kept: HashSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    let entries = entries
        .iter()
        .map(|entry| {
            let mut entry = (*entry).clone();
            entry.related.retain(|id| kept.contains(id.as_str()));
            if let Some(call) = entry.call.as_mut() {
                if call.initiative.as_deref().is_some_and(|id| !kept.contains(id)) {
                    call.initiative = None;
                }
            }
            entry
        })
        .collect();
    let dataset =
        Dataset { schema: schema.map(str::to_string), version: version.to_string(), updated: *updated, entries };
    let mut text = serde_json::to_string_pretty(&dataset).unwrap_or_default();
    text.push('\n');
    text
}
