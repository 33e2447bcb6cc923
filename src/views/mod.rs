//! One file per route.

pub mod accessibility;
pub mod calls;
pub mod contribute;
pub mod embed;
pub mod explore;
pub mod item;
pub mod legal_notice;
pub mod not_found;
pub mod organisation;
pub mod person;
pub mod site_map;
pub mod timeline;
