//! Every text a visitor or a contributor reads, in French and in English, in one place: the
//! interface's labels, the statements' paragraphs, the words for dates, kinds and statuses, and
//! the validator's problems. A language missing a text does not compile.

pub mod display;
pub mod interface;
pub mod offline;
pub mod problems;
pub mod sharing;
pub mod statements;
pub mod subscriptions;
