//! Files built from the dataset for other tools: CSV, JSON, iCalendar and an Atom feed, plus the
//! file names that say what they hold.

#[cfg(feature = "csv")]
mod csv;
mod file_name;
mod file_type;
#[cfg(feature = "geojson")]
mod geo;
mod json;

#[cfg(feature = "atom")]
mod atom;
#[cfg(feature = "ics")]
mod ics;
#[cfg(all(feature = "csv", feature = "geojson", feature = "ics"))]
mod job;
#[cfg(any(feature = "ics", feature = "atom"))]
mod midnight;
#[cfg(all(feature = "ics", feature = "atom"))]
mod subscription;
#[cfg(all(feature = "csv", feature = "geojson", feature = "ics"))]
mod worker_protocol;

#[cfg(feature = "csv")]
pub use self::csv::entries_csv;
#[cfg(feature = "atom")]
pub use atom::atom_feed;
pub use file_name::export_file_name;
pub use file_type::FileType;
#[cfg(feature = "geojson")]
pub use geo::entries_geojson;
#[cfg(feature = "ics")]
pub use ics::{calendar, calendar_with_deadlines, deadline_calendar, event_dates};
#[cfg(all(feature = "csv", feature = "geojson", feature = "ics"))]
pub use job::{run_export, ExportError, ExportJob};
pub use json::dataset_json;
#[cfg(all(feature = "ics", feature = "atom"))]
pub use subscription::{subscription_calendar, subscription_feed};
#[cfg(all(feature = "csv", feature = "geojson", feature = "ics"))]
pub use worker_protocol::{word_problems, WordedProblem, WorkerReply, WorkerRequest, WorkerTask};
