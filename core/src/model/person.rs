//! People named by an entry, and what they did.

use serde::{Deserialize, Serialize};

/// What a person did in an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Organised or led the event or initiative.
    Organiser,
    /// Spoke at an event.
    Speaker,
    /// Answered an interview.
    Interviewee,
    /// Moderated or facilitated a session.
    Moderator,
    /// Invited guest or expert.
    Guest,
    /// Wrote the work discussed.
    Author,
    /// Took part.
    Participant,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 7] = [
        Role::Organiser,
        Role::Speaker,
        Role::Interviewee,
        Role::Moderator,
        Role::Guest,
        Role::Author,
        Role::Participant,
    ];

    /// The slug used in JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Organiser => "organiser",
            Role::Speaker => "speaker",
            Role::Interviewee => "interviewee",
            Role::Moderator => "moderator",
            Role::Guest => "guest",
            Role::Author => "author",
            Role::Participant => "participant",
        }
    }
}

/// A named person and their part in an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name as the source writes it.
    pub name: String,
    /// What they did.
    pub role: Role,
    /// Their position or organisation, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}
