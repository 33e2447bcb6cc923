//! Groups dated entries by year, then month, for the timeline.

use crate::model::Entry;

/// Entries of one month (or of a year, for entries known only to the year).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGroup {
    /// 1–12, or `None` for entries dated only by their year.
    pub month: Option<u8>,
    /// Indexes of the entries, in the chosen order.
    pub entries: Vec<usize>,
}

/// One year of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearGroup {
    /// The year.
    pub year: i32,
    /// Its months, in the chosen order.
    pub months: Vec<MonthGroup>,
}

/// The timeline: dated years, then the entries without a date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Years, newest first unless `oldest_first`.
    pub years: Vec<YearGroup>,
    /// Entries with no date ("sans date"), in file order.
    pub undated: Vec<usize>,
}

/// `id` of a month's section on the timeline, which the month strip jumps to (`mois-2024-03`).
pub fn month_anchor(month: crate::search::YearMonth) -> String {
    format!("mois-{month}")
}

/// `id` of a year's section on the timeline (`annee-2024`).
pub fn year_anchor(year: i32) -> String {
    format!("annee-{year}")
}

/// `id` of the section of a year's entries dated by year only (`annee-2024-sans-mois`).
pub fn yearly_anchor(year: i32) -> String {
    format!("annee-{year}-sans-mois")
}

/// Groups the entries at `indexes` (of `entries`) by year then month. `indexes` come in date
/// order, newest or oldest first, as the catalog's date orders give them
/// ([`Sort::Newest`](crate::search::Sort::Newest), [`Sort::Oldest`](crate::search::Sort::Oldest)):
/// this only cuts that order where the year or the month changes. Undated entries are set
/// apart, in the order given.
pub fn group(entries: &[Entry], indexes: &[usize]) -> Timeline {
    let mut years: Vec<YearGroup> = Vec::new();
    let mut undated = Vec::new();
    for &i in indexes {
        let Some(date) = entries.get(i).and_then(|e| e.start()) else {
            undated.push(i);
            continue;
        };
        if years.last().is_none_or(|y| y.year != date.year) {
            years.push(YearGroup { year: date.year, months: Vec::new() });
        }
        if let Some(year) = years.last_mut() {
            match year.months.last_mut() {
                Some(m) if m.month == date.month => m.entries.push(i),
                _ => year.months.push(MonthGroup { month: date.month, entries: vec![i] }),
            }
        }
    }
    Timeline { years, undated }
}

/// Most months the strip spans (200 years).
const MAX_MONTHS: usize = 2_400;

/// How many entries start in each month, from the earliest to the latest month with one,
/// empty months included (for the overview strip), whatever the order of `indexes`. Entries
/// known only by year are left out.
pub fn month_counts(entries: &[Entry], indexes: &[usize]) -> Vec<(crate::search::YearMonth, usize)> {
    use crate::search::YearMonth;
    let months = || {
        indexes
            .iter()
            .filter_map(|&i| entries.get(i)?.start())
            .filter_map(|d| Some(YearMonth { year: d.year, month: d.month? }))
    };
    let (Some(first), Some(last)) = (months().min(), months().max()) else { return Vec::new() };
    // Months counted in place, by their distance from the first: no list of months to sort.
    let ordinal = |m: YearMonth| i64::from(m.year) * 12 + i64::from(m.month);
    let span = usize::try_from(ordinal(last) - ordinal(first) + 1).unwrap_or(MAX_MONTHS).min(MAX_MONTHS);
    let mut counts = vec![0; span];
    for month in months() {
        if let Some(count) = usize::try_from(ordinal(month) - ordinal(first)).ok().and_then(|at| counts.get_mut(at)) {
            *count += 1;
        }
    }
    let mut month = first;
    counts
        .into_iter()
        .map(|count| {
            let this = month;
            month = month.next();
            (this, count)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Catalog, Query, Sort};

    fn entry(date: Option<&str>, inferred: bool) -> Entry {
        let mut entry = Entry::sample("x", "t", date);
        if let Some(span) = entry.date.as_mut() {
            span.inferred = inferred;
        }
        entry
    }

    #[test]
    fn groups_by_year_then_month_newest_first_with_undated_apart() {
        let entries = vec![
            entry(Some("2023-11-08"), true),
            entry(Some("2024-03-29"), false),
            entry(None, false),
            entry(Some("2024-03-13"), false),
            entry(Some("2022"), false),
            entry(Some("2022-03"), false),
        ];
        let catalog = Catalog::new(entries.clone());
        let in_order = |sort: Sort| catalog.hits(&Query { page: 1, sort, ..Query::default() });
        let t = group(&entries, &in_order(Sort::Newest));
        type Months = Vec<(Option<u8>, Vec<usize>)>;
        let shape: Vec<(i32, Months)> =
            t.years.iter().map(|y| (y.year, y.months.iter().map(|m| (m.month, m.entries.clone())).collect())).collect();
        assert_eq!(
            shape,
            vec![
                (2024, vec![(Some(3), vec![1, 3])]),
                (2023, vec![(Some(11), vec![0])]),
                (2022, vec![(Some(3), vec![5]), (None, vec![4])]),
            ]
        );
        assert_eq!(t.undated, vec![2]);
        let oldest = group(&entries, &in_order(Sort::Oldest));
        assert_eq!(oldest.years.first().map(|y| y.year), Some(2022));
        assert_eq!(oldest.years.first().and_then(|y| y.months.first()).map(|m| m.month), Some(None));
    }

    #[test]
    fn month_counts_cover_the_span_with_empty_months() {
        let entries = vec![
            entry(Some("2023-11-08"), true),
            entry(Some("2024-01"), false),
            entry(Some("2024-01-09"), false),
            entry(Some("2020"), false),
        ];
        let counts: Vec<(String, usize)> =
            month_counts(&entries, &[0, 1, 2, 3]).into_iter().map(|(m, c)| (m.to_string(), c)).collect();
        assert_eq!(counts, [("2023-11".to_string(), 1), ("2023-12".to_string(), 0), ("2024-01".to_string(), 2)]);
        let reordered: Vec<(String, usize)> =
            month_counts(&entries, &[2, 3, 0, 1]).into_iter().map(|(m, c)| (m.to_string(), c)).collect();
        assert_eq!(reordered, counts);
    }

    #[test]
    fn month_counts_stop_after_two_hundred_years() {
        let entries =
            vec![entry(Some("1800-01"), false), entry(Some("2024-06"), false), entry(Some("1800-01-05"), false)];
        let counts = month_counts(&entries, &[1, 0, 2]);
        assert_eq!(counts.len(), MAX_MONTHS);
        assert_eq!(counts.first().map(|(m, c)| (m.to_string(), *c)), Some(("1800-01".to_string(), 2)));
        assert_eq!(counts.last().map(|(m, _)| m.to_string()), Some("1999-12".to_string()));
    }
}
