//! The JSON Schema of the dataset, generated from the Rust types (feature `schema`).

use crate::model::Dataset;

/// The dataset's JSON Schema, pretty-printed with a trailing newline, exactly as committed in
/// `public/data/commons.schema.json`.
pub fn dataset_schema() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
