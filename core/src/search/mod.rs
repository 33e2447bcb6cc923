//! French-aware text search: folding, tokens, the index, facets and ranking.

mod by_kind;
mod call_groups;
mod catalog;
mod chart;
mod facet_index;
mod fold;
mod highlight;
mod named;
mod paging;
mod query;
mod related;
mod text_index;
mod written_answers;

pub use by_kind::by_kind_newest_first;
pub use call_groups::{call_groups, CallGroups};
pub use catalog::{Catalog, FacetCounts, Results};
pub use chart::{chart_rows, CHARTED, MAX_BARS};
pub use fold::{fold, for_each_token, slugify, tokens};
pub use highlight::highlight;
pub use named::{entries_named, roles_of, Named};
pub use paging::{page_count, page_of, PAGE_SIZE};
pub use query::{FacetKey, Query, Sort, YearMonth, TEXT_PARAM};
pub use related::related;
pub use text_index::Field;
pub use written_answers::{WrittenAnswers, WRITTEN_ANSWERS_MAX_ENTRIES};
