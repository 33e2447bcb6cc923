//! Files built from the dataset for other tools: an Atom feed and an iCalendar file.

#[cfg(feature = "atom")]
mod atom;
#[cfg(feature = "ics")]
mod ics;

#[cfg(feature = "atom")]
pub use atom::atom_feed;
#[cfg(feature = "ics")]
pub use ics::{calendar, deadline_calendar, event_dates};
