//! Where an entry happened.

use serde::{Deserialize, Serialize};

/// A venue and city, with optional coordinates for maps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The building or institution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// WGS 84 position, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
}

/// The latitudes on Earth, in degrees: the validator's range and the schema's.
pub const LATITUDE_RANGE: std::ops::RangeInclusive<f64> = -90.0..=90.0;

/// The longitudes on Earth, in degrees: the validator's range and the schema's.
pub const LONGITUDE_RANGE: std::ops::RangeInclusive<f64> = -180.0..=180.0;

/// A WGS 84 position.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    /// Latitude in degrees, −90 to 90 (north is positive).
    #[cfg_attr(feature = "schema", schemars(range(min = *LATITUDE_RANGE.start(), max = *LATITUDE_RANGE.end())))]
    pub lat: f64,
    /// Longitude in degrees, −180 to 180 (east is positive).
    #[cfg_attr(feature = "schema", schemars(range(min = *LONGITUDE_RANGE.start(), max = *LONGITUDE_RANGE.end())))]
    pub lon: f64,
    /// How closely the position is known: write no more than the source gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<PositionPrecision>,
}

/// How closely a position is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PositionPrecision {
    /// The exact spot (a room, an entrance), to a few metres.
    Exact,
    /// The building's street address, to about 50 m.
    Address,
    /// The city only: its centre, to a few kilometres.
    City,
    /// The region only: its main city or centre, to tens of kilometres.
    Region,
}

impl PositionPrecision {
    /// The slug written in JSON and exports.
    pub fn slug(self) -> &'static str {
        match self {
            PositionPrecision::Exact => "exact",
            PositionPrecision::Address => "address",
            PositionPrecision::City => "city",
            PositionPrecision::Region => "region",
        }
    }
}

/// Whether a point lies in metropolitan France or Corsica, roughly: where most of the
/// Council's places are.
fn in_metropolitan_france(lat: f64, lon: f64) -> bool {
    (41.0..=51.5).contains(&lat) && (-5.5..=10.0).contains(&lon)
}

impl Coordinates {
    /// True when the point is outside metropolitan France but would be inside it with
    /// latitude and longitude exchanged (Lille written `lat 3.06, lon 50.63`): likely a slip,
    /// though a real place may lie there, so the validator only warns.
    pub fn seems_swapped(&self) -> bool {
        !in_metropolitan_france(self.lat, self.lon) && in_metropolitan_france(self.lon, self.lat)
    }

    /// Why these coordinates cannot be a position on Earth, or `None` when they can. The
    /// validator says it in words (`Problem::ImpossibleCoordinates`).
    pub fn problem(&self) -> Option<OffEarth> {
        let on_earth = |lat: f64, lon: f64| LATITUDE_RANGE.contains(&lat) && LONGITUDE_RANGE.contains(&lon);
        if on_earth(self.lat, self.lon) {
            None
        } else if on_earth(self.lon, self.lat) {
            Some(OffEarth::Swapped)
        } else {
            Some(OffEarth::OutOfRange)
        }
    }
}

/// Why coordinates cannot be a position on Earth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffEarth {
    /// Latitude and longitude seem written the wrong way round: exchanged, they would fit.
    Swapped,
    /// Out of range either way.
    OutOfRange,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates { lat, lon, precision: None }
    }

    #[test]
    fn positions_on_earth_have_no_problem() {
        assert_eq!(at(50.6292, 3.0573).problem(), None);
        assert_eq!(at(-90.0, 180.0).problem(), None);
    }

    #[test]
    fn out_of_range_and_swapped_coordinates_are_named() {
        // Their wording is pinned in text/problems.rs.
        assert_eq!(at(150.0, 3.0).problem(), Some(OffEarth::Swapped));
        assert_eq!(at(95.0, 200.0).problem(), Some(OffEarth::OutOfRange));
    }

    #[test]
    fn a_french_place_written_lon_first_seems_swapped() {
        assert!(at(3.0573, 50.6292).seems_swapped());
        assert!(!at(50.6292, 3.0573).seems_swapped());
        assert!(!at(-21.1151, 55.5364).seems_swapped(), "La Réunion is where it is");
    }

    #[test]
    fn precision_reads_as_written() {
        let parsed: Coordinates =
            serde_json::from_str(r#"{"lat": 48.8617, "lon": 2.3186, "precision": "address"}"#).unwrap_or(at(0.0, 0.0));
        assert_eq!(parsed.precision, Some(PositionPrecision::Address));
        assert!(serde_json::from_str::<Coordinates>(r#"{"lat": 1, "lon": 2, "precision": "street"}"#).is_err());
    }
}
