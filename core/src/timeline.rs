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
    dated.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    if !oldest_first {
        dated.reverse();
    }
    let mut years: Vec<YearGroup> = Vec::new();
    for (date, i) in dated {
        if years.last().is_none_or(|y| y.year != date.year) {
            years.push(YearGroup {
                year: date.year,
                months: Vec::new(),
            });
        }
        if let Some(year) = years.last_mut() {
            match year.months.last_mut() {
                Some(m) if m.month == date.month => m.entries.push(i),
                _ => year.months.push(MonthGroup {
                    month: date.month,
                    entries: vec![i],
                }),
            }
        }
    }
    undated.sort_unstable();
    Timeline { years, undated }
}
