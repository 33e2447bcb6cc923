//! Files built from the dataset for other tools: an Atom feed and an iCalendar file.

mod atom;
mod ics;

pub use atom::atom_feed;
pub use ics::{calendar, event_dates};
