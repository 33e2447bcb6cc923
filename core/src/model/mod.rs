//! The typed dataset: one source of truth for the JSON file, its schema and the app.

mod call;
mod dataset;
mod date;
mod entry;
mod link;
mod person;
mod place;

pub use call::{CallDetails, CallStatus, CLOSING_SOON_DAYS};
pub use dataset::Dataset;
pub(crate) use date::days_in_month;
pub use date::{DateError, DateSpan, PartialDate, Precision};
pub(crate) use entry::present;
pub use entry::{AddressField, Entry, Kind, Pillar};
pub use link::{is_safe_url, is_web_address, Link, LinkType};
pub use person::{Person, Role};
pub use place::{Coordinates, OffEarth, Place, PositionPrecision, LATITUDE_RANGE, LONGITUDE_RANGE};
