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

#[cfg(test)]
mod tests {
    use super::*;

    /// The dataset the site ships.
    const SHIPPED: &str = include_str!("../../../public/data/commons.json");

    /// Issue #23: the shipped data names two places, Lille for NEC Hauts-de-France 2023 (a city)
    /// and the Assemblée nationale for the CSNP round table (a building's address). Its uMap
    /// export holds both, longitude first, with the precision the data states.
    #[test]
    fn the_shipped_data_exports_its_two_places_with_their_precision() {
        let dataset = crate::load(SHIPPED).dataset.unwrap();
        let entries: Vec<&Entry> = dataset.entries.iter().collect();
        let text = entries_geojson(&entries, &|id| format!("https://exemple.fr/entry/{id}/"));
        let geojson::GeoJson::FeatureCollection(collection) = text.parse::<geojson::GeoJson>().unwrap() else {
            panic!("not a FeatureCollection: {text}")
        };
        let features: Vec<(String, String, Vec<f64>)> = collection
            .features
            .iter()
            .map(|feature| {
                let property = |name: &str| feature.property(name).and_then(|v| v.as_str()).unwrap().to_string();
                let Some(Value::Point(point)) = feature.geometry.as_ref().map(|g| &g.value) else {
                    panic!("not a point: {feature:?}")
                };
                (property("id"), property("precision"), point.clone())
            })
            .collect();
        let ids: Vec<(&str, &str)> =
            features.iter().map(|(id, precision, _)| (id.as_str(), precision.as_str())).collect();
        assert_eq!(ids, [("nec-hauts-de-france-2023", "city"), ("csnp-modele-europeen", "address")]);

        let place = |id: &str| dataset.entries.iter().find(|e| e.id == id).and_then(|e| e.place.as_deref()).unwrap();
        let lille = place("nec-hauts-de-france-2023");
        assert_eq!(lille.city.as_deref(), Some("Lille"));
        let assembly = place("csnp-modele-europeen");
        assert_eq!(assembly.venue.as_deref(), Some("Assemblée nationale"));
        for ((_, _, point), place) in features.iter().zip([lille, assembly]) {
            let coordinates = place.coordinates.unwrap();
            assert_eq!(point, &vec![coordinates.lon, coordinates.lat], "GeoJSON is longitude first");
        }
        let near = |point: &[f64], (lon, lat): (f64, f64)| (point[0] - lon).abs() < 0.1 && (point[1] - lat).abs() < 0.1;
        assert!(near(&features[0].2, (3.06, 50.63)), "Lille: {:?}", features[0].2);
        assert!(near(&features[1].2, (2.32, 48.86)), "the Palais Bourbon, Paris: {:?}", features[1].2);
    }
}
