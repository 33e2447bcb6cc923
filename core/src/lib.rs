//! Communs core: everything that is pure logic, with no browser dependency.
//!
//! The flow is one way: JSON text → [`validate::load`] → a [`model::Dataset`] of valid
//! entries plus [`validate::Diagnostic`]s → [`search`] index and facets → views.
//! The same code serves the browser app, `cargo xtask check-data` and the tests.

pub mod count;
pub mod export;
pub mod links_report;
pub mod model;
pub mod publication;
pub mod route;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod service_worker;
pub mod sort;
pub mod structured_data;
pub mod subscription;
pub mod text;
pub mod timeline;
pub mod validate;

pub use model::{Dataset, Entry, Kind, Pillar};
/// The words for dates, kinds and statuses (in [`text`]), where they have always been found.
pub use text::display;
pub use validate::{load, load_as_of, Diagnostic, Loaded, Severity};
