//! GeoJSON for uMap, through the `geojson` crate: one point per entry with coordinates, with the
//! `name` and `description` properties uMap shows in its popups.

use geojson::{Feature, FeatureCollection, Geometry, JsonObject, Value};

use crate::display::{kind_name, span_label, Lang};
use crate::model::Entry;

/// A FeatureCollection of the entries that have coordinates (the others are left out).
/// `page_url(id)` links each point back to its entry page.
pub fn entries_geojson(entries: &[&Entry], page_url: &dyn Fn(&str) -> String) -> String {
    let features = entries
        .iter()
        .filter_map(|entry| {
            let point = entry.place.as_ref()?.coordinates?;
            let mut properties = JsonObject::new();
            properties.insert("name".into(), entry.title.clone().into());
            let date = entry.date.as_ref().map(|d| format!("{} — ", span_label(d, Lang::Fr))).unwrap_or_default();
            let description =
                format!("{}{}\n\n{}\n\n{}", date, kind_name(entry.kind, Lang::Fr), entry.summary, page_url(&entry.id));
            properties.insert("description".into(), description.into());
            properties.insert("id".into(), entry.id.clone().into());
            properties.insert("kind".into(), entry.kind.slug().into());
            if let Some(precision) = point.precision {
                properties.insert("precision".into(), precision.slug().into());
            }
            Some(Feature {
                bbox: None,
                geometry: Some(Geometry::new(Value::Point(vec![point.lon, point.lat]))),
                id: None,
                properties: Some(properties),
                foreign_members: None,
            })
        })
        .collect();
    let collection = FeatureCollection { bbox: None, features, foreign_members: None };
    collection.to_string()
}
