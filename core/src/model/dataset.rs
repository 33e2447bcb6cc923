//! The whole file: metadata and entries.

use serde::{Deserialize, Serialize};

use super::{Entry, PartialDate};

/// The dataset: metadata and every entry, in file order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        title = "Communs numériques du CNNum",
        description = "Initiatives, events, interviews and contribution calls of the Conseil national du numérique on digital commons."
    )
)]
pub struct Dataset {
    /// Path or URL of the JSON Schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version of the data, bumped on each published change (`1.2.0`).
    pub version: String,
    /// Day of the last edit.
    pub updated: PartialDate,
    /// Every entry.
    pub entries: Vec<Entry>,
}

impl Dataset {
    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}
