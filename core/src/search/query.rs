//! What the visitor asked for: text, facet filters, sort and page. Lives in the URL.

use crate::model::{Kind, Pillar};

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first when searching, newest first otherwise.
    #[default]
    Relevance,
    /// Newest first.
    Newest,
    /// Oldest first.
    Oldest,
    /// By title, in French order.
    Title,
}

impl Sort {
    /// The URL value (`None` for the default).
    pub fn slug(self) -> Option<&'static str> {
        match self {
            Sort::Relevance => None,
            Sort::Newest => Some("recent"),
            Sort::Oldest => Some("ancien"),
            Sort::Title => Some("titre"),
        }
    }

    /// The value of this order in a sort menu: its URL value, or `pertinence` for the default
    /// (which the URL leaves out).
    pub fn menu_value(self) -> &'static str {
        self.slug().unwrap_or("pertinence")
    }

    /// The order a URL value names (`None` for an unknown one).
    pub fn from_slug(slug: &str) -> Option<Sort> {
        [Sort::Newest, Sort::Oldest, Sort::Title].into_iter().find(|s| s.slug() == Some(slug))
    }
}

/// The facets a visitor can filter on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FacetKey {
    /// Entry kind.
    Kind,
    /// Pillar.
    Pillar,
    /// Year of the start date.
    Year,
    /// Tag.
    Tag,
    /// Person name.
    Person,
    /// Organisation name.
    Organisation,
    /// City.
    City,
}

impl FacetKey {
    /// Every facet, in display order.
    pub const ALL: [FacetKey; 7] = [
        FacetKey::Kind,
        FacetKey::Pillar,
        FacetKey::Year,
        FacetKey::Tag,
        FacetKey::Person,
        FacetKey::Organisation,
        FacetKey::City,
    ];

    /// Position in [`FacetKey::ALL`]: where this facet's index, counts and label sit.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The URL parameter name.
    pub fn param(self) -> &'static str {
        match self {
            FacetKey::Kind => "type",
            FacetKey::Pillar => "pilier",
            FacetKey::Year => "annee",
            FacetKey::Tag => "theme",
            FacetKey::Person => "personne",
            FacetKey::Organisation => "organisation",
            FacetKey::City => "ville",
        }
    }

    fn from_param(param: &str) -> Option<FacetKey> {
        FacetKey::ALL.into_iter().find(|f| f.param() == param)
    }
}

/// A year and month, the timeline's unit (`2024-03`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
}

impl YearMonth {
    /// Parses `YYYY-MM`.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let date = crate::model::PartialDate::parse(text).ok()?;
        (date.precision() == crate::model::Precision::Month)
            .then_some(YearMonth { year: date.year, month: date.month? })
    }

    /// The month after this one.
    pub fn next(self) -> YearMonth {
        if self.month >= 12 {
            YearMonth { year: self.year + 1, month: 1 }
        } else {
            YearMonth { year: self.year, month: self.month + 1 }
        }
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The whole Explore state. Round-trips through URL query pairs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Free text, as typed.
    pub text: String,
    /// Selected values per facet (OR within a facet, AND across facets).
    pub filters: Vec<(FacetKey, Vec<String>)>,
    /// Order.
    pub sort: Sort,
    /// 1-based page.
    pub page: usize,
    /// A span of months (inclusive) chosen on the timeline.
    pub period: Option<(YearMonth, YearMonth)>,
}

/// The URL parameter of the free text (`?q=`), also the search form's field name.
pub const TEXT_PARAM: &str = "q";

/// Longest free text kept from a URL.
const MAX_TEXT: usize = 200;

impl Query {
    /// Every URL parameter a query reads.
    pub fn params() -> Vec<&'static str> {
        let mut keys = vec![TEXT_PARAM, "tri", "page", "du", "au"];
        keys.extend(FacetKey::ALL.iter().map(|f| f.param()));
        keys
    }

    /// Reads URL pairs; unknown or malformed parameters are ignored, never fatal.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut query = Query { page: 1, ..Query::default() };
        let (mut from, mut to) = (None, None);
        for (key, value) in pairs {
            match key {
                "du" => from = YearMonth::parse(value),
                "au" => to = YearMonth::parse(value),
                TEXT_PARAM => query.text = value.chars().take(MAX_TEXT).collect(),
                "tri" => query.sort = Sort::from_slug(value).unwrap_or_default(),
                "page" => query.page = value.parse::<usize>().ok().filter(|p| *p >= 1 && *p < 1_000_000).unwrap_or(1),
                _ => {
                    if let Some(facet) = FacetKey::from_param(key) {
                        if valid_value(facet, value) {
                            query.toggle(facet, value);
                        }
                    }
                }
            }
        }
        let page = query.page;
        query.set_period(from, to);
        query.page = page;
        query
    }

    /// Sets the period from two optional ends (either missing means no period); the ends may
    /// come in any order.
    pub fn set_period(&mut self, from: Option<YearMonth>, to: Option<YearMonth>) {
        self.period = match (from, to) {
            (Some(a), Some(b)) => Some((a.min(b), a.max(b))),
            _ => None,
        };
        self.page = 1;
    }

    /// URL pairs in a stable order; the default state gives none.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.trim().is_empty() {
            pairs.push((TEXT_PARAM, self.text.clone()));
        }
        for facet in FacetKey::ALL {
            for value in self.selected(facet) {
                pairs.push((facet.param(), value.clone()));
            }
        }
        if let Some((from, to)) = self.period {
            pairs.push(("du", from.to_string()));
            pairs.push(("au", to.to_string()));
        }
        if let Some(slug) = self.sort.slug() {
            pairs.push(("tri", slug.to_string()));
        }
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        pairs
    }

    /// Values selected for a facet.
    pub fn selected(&self, facet: FacetKey) -> &[String] {
        self.filters.iter().find(|(f, _)| *f == facet).map(|(_, v)| v.as_slice()).unwrap_or(&[])
    }

    /// True when `value` is selected in `facet`.
    pub fn is_selected(&self, facet: FacetKey, value: &str) -> bool {
        self.selected(facet).iter().any(|v| v == value)
    }

    /// Selects or unselects a value, and goes back to page 1.
    pub fn toggle(&mut self, facet: FacetKey, value: &str) {
        self.page = 1;
        match self.filters.iter_mut().find(|(f, _)| *f == facet) {
            Some((_, values)) => {
                if let Some(i) = values.iter().position(|v| v == value) {
                    values.remove(i);
                } else {
                    values.push(value.to_string());
                }
            }
            None => self.filters.push((facet, vec![value.to_string()])),
        }
        self.filters.retain(|(_, v)| !v.is_empty());
        crate::sort::sort_by_key(&mut self.filters, |(f, _)| f.index());
    }

    /// The query that lists one pillar's entries (`?pilier=…`).
    pub fn of_pillar(pillar: Pillar) -> Query {
        let mut query = Query { page: 1, ..Query::default() };
        query.toggle(FacetKey::Pillar, pillar.slug());
        query
    }

    /// The query that lists the entries with a tag (`?theme=…`).
    pub fn of_tag(tag: &str) -> Query {
        let mut query = Query { page: 1, ..Query::default() };
        query.toggle(FacetKey::Tag, tag);
        query
    }

    /// The kinds selected, typed.
    pub fn kinds(&self) -> Vec<Kind> {
        self.selected(FacetKey::Kind).iter().filter_map(|v| Kind::from_slug(v)).collect()
    }

    /// The pillars selected, typed.
    pub fn pillars(&self) -> Vec<Pillar> {
        self.selected(FacetKey::Pillar).iter().filter_map(|v| Pillar::from_slug(v)).collect()
    }

    /// The years selected, typed.
    pub fn years(&self) -> Vec<i32> {
        self.selected(FacetKey::Year).iter().filter_map(|v| v.parse().ok()).collect()
    }

    /// True when no text and no filter narrow the results.
    pub fn is_unfiltered(&self) -> bool {
        self.text.trim().is_empty() && self.filters.is_empty() && self.period.is_none()
    }

    /// Removes text and filters, keeps the sort.
    pub fn clear(&mut self) {
        self.text.clear();
        self.filters.clear();
        self.period = None;
        self.page = 1;
    }
}

fn valid_value(facet: FacetKey, value: &str) -> bool {
    match facet {
        FacetKey::Kind => Kind::from_slug(value).is_some(),
        FacetKey::Pillar => Pillar::from_slug(value).is_some(),
        FacetKey::Year => value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()),
        _ => !value.trim().is_empty() && value.chars().count() <= 300,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_pairs() {
        let mut query = Query { text: "wiki".into(), page: 2, sort: Sort::Oldest, ..Query::default() };
        query.toggle(FacetKey::Kind, "event");
        query.toggle(FacetKey::Year, "2024");
        query.set_period(YearMonth::parse("2024-03"), YearMonth::parse("2023-01"));
        query.page = 2;
        let pairs = query.to_pairs();
        let back = Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, query);
    }

    #[test]
    fn closed_facets_read_back_typed() {
        let mut query = Query::of_pillar(Pillar::PrendreSaPart);
        query.toggle(FacetKey::Kind, "event");
        query.toggle(FacetKey::Year, "2024");
        assert_eq!(query.pillars(), vec![Pillar::PrendreSaPart]);
        assert_eq!(query.kinds(), vec![Kind::Event]);
        assert_eq!(query.years(), vec![2024]);
        assert_eq!(Query::of_tag("wikipédia").to_pairs(), vec![("theme", "wikipédia".to_string())]);
        assert_eq!(Query::of_pillar(Pillar::Contribuer).to_pairs(), vec![("pilier", "contribuer".to_string())]);
    }

    #[test]
    fn every_sort_reads_back_from_its_slug() {
        for sort in [Sort::Newest, Sort::Oldest, Sort::Title] {
            assert_eq!(sort.slug().and_then(Sort::from_slug), Some(sort));
        }
        assert_eq!(Sort::from_slug("pertinence"), None);
        assert_eq!(Sort::from_slug(Sort::Relevance.menu_value()).unwrap_or_default(), Sort::Relevance);
    }

    #[test]
    fn a_facet_s_index_is_its_place_in_all() {
        for (i, key) in FacetKey::ALL.into_iter().enumerate() {
            assert_eq!(key.index(), i);
        }
    }

    #[test]
    fn ignores_what_it_does_not_know() {
        let query =
            Query::from_pairs([("type", "spaceship"), ("page", "-3"), ("tri", "x"), ("zzz", "1"), ("annee", "20245")]);
        assert_eq!(query, Query { page: 1, ..Query::default() });
    }
}
