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

/// Groups the entries at `indexes` (of `entries`) by year then month.
pub fn group(entries: &[Entry], indexes: &[usize], oldest_first: bool) -> Timeline {
    let mut dated: Vec<(crate::model::PartialDate, usize)> = Vec::new();
    let mut undated = Vec::new();
    for &i in indexes {
        match entries.get(i).and_then(|e| e.start()) {
            Some(date) => dated.push((*date, i)),
            None => undated.push(i),
        }
    }
    crate::sort::sort(&mut dated);
    if !oldest_first {
        dated.reverse();
    }
    let mut years: Vec<YearGroup> = Vec::new();
    for (date, i) in dated {
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
    crate::sort::sort(&mut undated);
    Timeline { years, undated }
}

/// How many entries start in each month, from the earliest to the latest month with one,
/// empty months included (for the overview strip). Entries known only by year are left out.
pub fn month_counts(entries: &[Entry], indexes: &[usize]) -> Vec<(crate::search::YearMonth, usize)> {
    use crate::search::YearMonth;
    let mut months: Vec<YearMonth> = indexes
        .iter()
        .filter_map(|&i| entries.get(i)?.start())
        .filter_map(|d| Some(YearMonth { year: d.year, month: d.month? }))
        .collect();
    crate::sort::sort(&mut months);
    let (Some(&first), Some(&last)) = (months.first(), months.last()) else { return Vec::new() };
    let mut counts = Vec::new();
    let mut month = first;
    let mut i = 0;
    while month <= last && counts.len() < 2_400 {
        let start = i;
        while months.get(i) == Some(&month) {
            i += 1;
        }
        counts.push((month, i - start));
        month = month.next();
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let all: Vec<usize> = (0..entries.len()).collect();
        let t = group(&entries, &all, false);
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
        let oldest = group(&entries, &all, true);
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
    }
}
