//! French-aware text search: folding, tokens, the index, facets and ranking.

mod catalog;
mod fold;
mod highlight;
mod named;
mod query;

pub use catalog::{facet_values, Catalog, FacetCounts, Field, Results};
pub use fold::{fold, slugify, tokens};
pub use highlight::highlight;
pub use named::entries_named;
pub use query::{FacetKey, Query, Sort, YearMonth};
