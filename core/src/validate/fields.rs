//! An object's fields as raw JSON slices, so each can be decoded and located on its own.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// The fields of one JSON object in file order, each value kept as its raw text.
pub struct ObjectFields<'a> {
    /// `(name, raw value)` pairs, duplicates included.
    pub pairs: Vec<(Cow<'a, str>, &'a RawValue)>,
}

impl<'a> ObjectFields<'a> {
    /// The first value given for `name`.
    pub fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, raw)| *raw)
    }

    /// Names given more than once, with their second occurrence.
    pub fn duplicates(&self) -> Vec<(&str, &'a RawValue)> {
        let mut seen: Vec<&str> = Vec::new();
        let mut repeated = Vec::new();
        for (key, raw) in &self.pairs {
            if seen.contains(&key.as_ref()) {
                repeated.push((key.as_ref(), *raw));
            } else {
                seen.push(key.as_ref());
            }
        }
        repeated
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for ObjectFields<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;

        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = ObjectFields<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut pairs = Vec::new();
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    let value: &'de RawValue = map.next_value()?;
                    pairs.push((key, value));
                }
                Ok(ObjectFields { pairs })
            }
        }

        deserializer.deserialize_map(FieldsVisitor)
    }
}
