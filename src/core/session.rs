//! A member's dialogue in progress, kept in the database (as JSON on the member row) so a restart or a second
//! instance never loses what was typed half-way.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    #[serde(default)]
    pub state: State,
    /// The last `/find` query, so "next page" buttons carry only an offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// Plain text the member sent with a client in focus, waiting for "save as note".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_note: Option<String>,
    /// A client held back because it looks like a duplicate, waiting for "create anyway".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_client: Option<PendingClient>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingClient {
    pub name: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub tags: Vec<String>,
    pub company: Option<String>,
    pub source: Option<String>,
}

/// What the next plain message means.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "s", rename_all = "snake_case")]
pub enum State {
    #[default]
    Idle,
    /// `/add` alone: waiting for the name.
    AddName,
    /// `/add` step two: phones, e-mails, #tags, @company in one line (or "-" to skip).
    AddDetails { name: String },
    /// Waiting for a city, zone name or UTC offset.
    AwaitTz,
    /// Card button Meeting/Call/Note pressed: waiting for "when and what".
    AwaitActivity { kind: String, client_id: i64 },
    /// Card button Remind pressed: waiting for "when and what".
    AwaitRemind { client_id: i64 },
    /// Card button Edit pressed: waiting for a line in `/add` format.
    AwaitEdit { client_id: i64 },
    /// A question of the deals area (amount, title, lost reason, won amount, close date, stage name…).
    Deal(super::deals::Step),
    /// A question of the customers area (a reply to a customer's message…).
    Customer(super::customers::Step),
    /// A question of the segments and campaigns area (a value for a filter, a campaign's text, link, time…).
    Campaign(super::campaigns::Step),
}

impl Session {
    pub fn from_json(json: Option<&str>) -> Session {
        // A session written by an older version that no longer reads is dropped, not fatal.
        json.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default()
    }

    pub fn to_json(&self) -> Option<String> {
        if *self == Session::default() {
            return None;
        }
        serde_json::to_string(self).ok()
    }
}
