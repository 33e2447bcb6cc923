//! French-aware text search: folding, tokens, the index, facets and ranking.

mod catalog;
mod facet_index;
mod fold;
mod highlight;
mod named;
mod query;
mod text_index;

pub use catalog::{Catalog, FacetCounts, Results};
pub use fold::{fold, for_each_token, slugify, tokens};
pub use highlight::highlight;
pub use named::entries_named;
pub use query::{FacetKey, Query, Sort, YearMonth};
pub use text_index::Field;
