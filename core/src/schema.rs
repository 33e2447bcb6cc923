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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Coordinates, LATITUDE_RANGE, LONGITUDE_RANGE};

    /// The `minimum` and `maximum` the schema gives a field of `Coordinates`.
    fn bounds(field: &str) -> (f64, f64) {
        let schema: serde_json::Value = serde_json::from_str(&dataset_schema()).unwrap_or_default();
        let property = &schema["$defs"]["Coordinates"]["properties"][field];
        let bound = |key: &str| property[key].as_f64().unwrap_or_else(|| panic!("{field} has no {key}: {property}"));
        (bound("minimum"), bound("maximum"))
    }

    #[test]
    fn the_schema_bounds_coordinates_as_the_validator_does() {
        assert_eq!(bounds("lat"), (-90.0, 90.0));
        assert_eq!(bounds("lon"), (-180.0, 180.0));
        assert_eq!(bounds("lat"), (*LATITUDE_RANGE.start(), *LATITUDE_RANGE.end()));
        assert_eq!(bounds("lon"), (*LONGITUDE_RANGE.start(), *LONGITUDE_RANGE.end()));
        let at = |lat, lon| Coordinates { lat, lon, precision: None }.problem();
        assert_eq!(at(-90.0, -180.0), None, "the bounds are on Earth");
        assert!(at(90.5, 0.0).is_some() && at(0.0, 180.5).is_some(), "and nothing beyond them");
    }
}
