//! One file per route.

pub mod calls;
pub mod contribute;
pub mod explore;
pub mod item;
pub mod not_found;
pub mod organisation;
pub mod person;
pub mod timeline;
