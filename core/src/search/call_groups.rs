//! The calls view's three lists: closing soon, open, closed, on a given day.

use crate::model::{CallStatus, Entry, Kind, PartialDate};

/// Indexes of the dataset's calls, by where the calls view lists them, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallGroups {
    /// Open, with a deadline within a few days.
    pub closing_soon: Vec<usize>,
    /// Open (or not open yet), with no deadline close.
    pub open: Vec<usize>,
    /// Their deadline has passed.
    pub closed: Vec<usize>,
}

/// Sorts the calls among `entries` by their status on `today`.
pub fn call_groups(entries: &[Entry], today: &PartialDate) -> CallGroups {
    let mut groups = CallGroups::default();
    let calls = entries.iter().enumerate().filter(|(_, e)| e.kind == Kind::Call);
    for (index, call) in calls.filter_map(|(i, e)| e.call.as_deref().map(|call| (i, call))) {
        match call.status(today) {
            CallStatus::Closed => groups.closed.push(index),
            CallStatus::ClosingSoon { .. } => groups.closing_soon.push(index),
            CallStatus::Upcoming { .. } | CallStatus::Permanent | CallStatus::Open { .. } => groups.open.push(index),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: &str, closes: Option<&str>) -> Entry {
        let closes = closes.map(|c| format!(r#","closes":"{c}""#)).unwrap_or_default();
        let json = format!(
            r#"{{"id":"{id}","kind":"call","title":"T","summary":"S","pillar":"contribuer",
               "call":{{"asks":"A","audience":"B","action":"https://exemple.fr","action_label":"Go"{closes}}}}}"#
        );
        serde_json::from_str(&json).unwrap()
    }

    #[test]
    fn calls_fall_in_the_list_their_deadline_says() {
        let today = PartialDate::parse("2026-11-30").unwrap();
        let initiative: Entry =
            serde_json::from_str(r#"{"id":"i","kind":"initiative","title":"T","summary":"S","pillar":"contribuer"}"#)
                .unwrap();
        let entries = vec![
            call("a", Some("2026-12-02")),
            initiative,
            call("b", None),
            call("c", Some("2026-01-01")),
            call("d", Some("2027-06-01")),
        ];
        let groups = call_groups(&entries, &today);
        assert_eq!(groups, CallGroups { closing_soon: vec![0], open: vec![2, 4], closed: vec![3] });
    }
}
