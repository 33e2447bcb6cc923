//! Calls for contribution: what is asked, who may answer, how, until when.

use serde::{Deserialize, Serialize};

use super::PartialDate;

/// A call closes "soon" when its deadline is at most this many days away.
pub const CLOSING_SOON_DAYS: i64 = 14;

/// What a call asks and how to answer it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CallDetails {
    /// What is asked of people, in one sentence.
    pub asks: String,
    /// Who may answer.
    pub audience: String,
    /// How to answer: a `mailto:` address with a `subject`, or an `https:` link.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^(?i)(https?://|mailto:)")))]
    pub action: String,
    /// The button's label ("Écrire au Conseil").
    pub action_label: String,
    /// First day answers are welcome, when it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<PartialDate>,
    /// Last day answers are welcome; absent for a permanent call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<PartialDate>,
    /// Id of the initiative or event this call belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiative: Option<String>,
}

/// Where a call stands today. Always computed, never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallStatus {
    /// Not open yet: opens in this many days.
    Upcoming { opens_in: i64 },
    /// Open with no deadline.
    Permanent,
    /// Open; the deadline is this many days away (more than [`CLOSING_SOON_DAYS`]).
    Open { days_left: i64 },
    /// Open; the deadline is within [`CLOSING_SOON_DAYS`] days (0 means today).
    ClosingSoon { days_left: i64 },
    /// The deadline has passed.
    Closed,
}

impl CallStatus {
    /// True while people can still answer.
    pub fn is_open(self) -> bool {
        matches!(self, CallStatus::Permanent | CallStatus::Open { .. } | CallStatus::ClosingSoon { .. })
    }
}

impl CallDetails {
    /// The status on `today` (a day-precise date). A deadline given as a month or year
    /// runs to the last day of that month or year.
    pub fn status(&self, today: &PartialDate) -> CallStatus {
        let now = today.day_number();
        if let Some(opens) = &self.opens {
            let opens_in = opens.first_day().day_number() - now;
            if opens_in > 0 {
                return CallStatus::Upcoming { opens_in };
            }
        }
        let Some(closes) = &self.closes else {
            return CallStatus::Permanent;
        };
        let days_left = closes.last_day().day_number() - now;
        if days_left < 0 {
            CallStatus::Closed
        } else if days_left <= CLOSING_SOON_DAYS {
            CallStatus::ClosingSoon { days_left }
        } else {
            CallStatus::Open { days_left }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap_or(PartialDate { year: 1, month: None, day: None })
    }

    fn call(closes: Option<&str>) -> CallDetails {
        CallDetails {
            asks: "Envoyez vos événements".into(),
            audience: "Tout le monde".into(),
            action: "mailto:info@cnnumerique.fr?subject=x".into(),
            action_label: "Écrire".into(),
            opens: None,
            closes: closes.map(date),
            initiative: None,
        }
    }

    #[test]
    fn deadline_boundaries() {
        let today = date("2026-11-28");
        assert_eq!(call(Some("2026-11-28")).status(&today), CallStatus::ClosingSoon { days_left: 0 });
        assert_eq!(call(Some("2026-11-27")).status(&today), CallStatus::Closed);
        assert_eq!(call(Some("2026-12-12")).status(&today), CallStatus::ClosingSoon { days_left: 14 });
        assert_eq!(call(Some("2026-12-13")).status(&today), CallStatus::Open { days_left: 15 });
        assert_eq!(call(None).status(&today), CallStatus::Permanent);
    }

    #[test]
    fn a_month_deadline_runs_to_the_end_of_the_month() {
        let today = date("2026-11-28");
        assert_eq!(call(Some("2026-11")).status(&today), CallStatus::ClosingSoon { days_left: 2 });
    }

    #[test]
    fn not_yet_open() {
        let mut c = call(None);
        c.opens = Some(date("2026-12-01"));
        assert_eq!(c.status(&date("2026-11-28")), CallStatus::Upcoming { opens_in: 3 });
        assert!(!c.status(&date("2026-11-28")).is_open());
        assert!(c.status(&date("2026-12-01")).is_open());
    }
}
