//! What the log records: a typed action and the record it concerns. An action holds ids, codes and amounts
//! only — never a name, a phone or anything a member or customer typed — so it can be stored as it is.

use serde::{Deserialize, Serialize};

use crate::core::roles::Role;
use crate::store::ActivityKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "a", rename_all = "snake_case")]
pub enum Action {
    ClientAdded,
    ClientEdited,
    ClientAssigned {
        to: i64,
    },
    /// A meeting, call or note logged, or a message sent to the customer: `ActivityKind::as_str`.
    ActivityAdded {
        kind: String,
    },
    OutcomeSet,
    ReminderSet,
    ReminderDone,
    ReminderMoved,
    DealCreated {
        minor: i64,
        currency: String,
    },
    /// Stage ids; the names are the pipeline's at read time.
    DealMoved {
        from: i64,
        to: i64,
    },
    DealWon {
        from: i64,
        to: i64,
    },
    DealLost {
        from: i64,
        to: i64,
    },
    /// `amount` or `close`.
    DealEdited {
        field: String,
    },
    DealAssigned {
        to: i64,
    },
    MemberJoined {
        role: String,
    },
    MemberRemoved {
        heir: i64,
    },
    RoleChanged {
        role: String,
    },
    InviteCreated {
        role: String,
    },
    InviteWithdrawn,
    /// `name`, `shared` or `stale`.
    TeamSettings {
        what: String,
    },
    StagesChanged,
    TargetChanged,
    SourceCostSet,
    PromoSettings,
    AuditKeep {
        days: i32,
    },
    /// `created`, `started`, `scheduled`, `paused`, `resumed`, `cancelled`, `deleted`.
    Campaign {
        change: String,
    },
    SegmentCreated,
    CodeRedeemed,
    /// A customer erased what the team kept about them: no actor, no subject.
    CustomerErased,
    /// A customer's own consent to promotions: `in` (opted in), `stop`, `resume`. By the customer, on their client.
    Consent {
        change: String,
    },
}

impl Action {
    pub fn activity(kind: ActivityKind) -> Action {
        Action::ActivityAdded { kind: kind.as_str().to_string() }
    }

    pub fn role_changed(role: Role) -> Action {
        Action::RoleChanged { role: role.as_str().to_string() }
    }

    pub fn campaign(change: &'static str) -> Action {
        Action::Campaign { change: change.to_string() }
    }

    /// The stored code (the serde tag).
    pub fn code(&self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.get("a").and_then(|a| a.as_str()).map(str::to_string))
            .unwrap_or_default()
    }

    pub fn area(&self) -> Group {
        use Action::*;
        match self {
            ClientAdded | ClientEdited | ClientAssigned { .. } => Group::Clients,
            ActivityAdded { .. } | OutcomeSet | ReminderSet | ReminderDone | ReminderMoved => Group::Activities,
            DealCreated { .. }
            | DealMoved { .. }
            | DealWon { .. }
            | DealLost { .. }
            | DealEdited { .. }
            | DealAssigned { .. } => Group::Deals,
            MemberJoined { .. }
            | MemberRemoved { .. }
            | RoleChanged { .. }
            | InviteCreated { .. }
            | InviteWithdrawn => Group::Team,
            TeamSettings { .. } | StagesChanged | TargetChanged | SourceCostSet | PromoSettings | AuditKeep { .. } => {
                Group::Settings
            }
            Campaign { .. } | SegmentCreated | CodeRedeemed => Group::Campaigns,
            CustomerErased | Consent { .. } => Group::Customers,
        }
    }
}

/// The record an action concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// The team itself (its settings).
    Team,
    Client(i64),
    Activity {
        id: i64,
        client: i64,
    },
    Reminder {
        id: i64,
        client: Option<i64>,
    },
    Deal {
        id: i64,
        client: i64,
    },
    Member(i64),
    Invite(i64),
    Campaign(i64),
    Segment(i64),
    Stage(i64),
    /// Nothing a page could name (a customer's erasure).
    Nothing,
}

impl On {
    /// (record kind, record id, client id) as stored.
    pub fn parts(self) -> (&'static str, Option<i64>, Option<i64>) {
        match self {
            On::Team => ("team", None, None),
            On::Client(id) => ("client", Some(id), Some(id)),
            On::Activity { id, client } => ("activity", Some(id), Some(client)),
            On::Reminder { id, client } => ("reminder", Some(id), client),
            On::Deal { id, client } => ("deal", Some(id), Some(client)),
            On::Member(id) => ("member", Some(id), None),
            On::Invite(id) => ("invite", Some(id), None),
            On::Campaign(id) => ("campaign", Some(id), None),
            On::Segment(id) => ("segment", Some(id), None),
            On::Stage(id) => ("stage", Some(id), None),
            On::Nothing => ("none", None, None),
        }
    }
}

/// The groups `/audit` filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Clients,
    Activities,
    Deals,
    Team,
    Settings,
    Campaigns,
    Customers,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Clients,
        Group::Activities,
        Group::Deals,
        Group::Team,
        Group::Settings,
        Group::Campaigns,
        Group::Customers,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Group::Clients => "clients",
            Group::Activities => "activities",
            Group::Deals => "deals",
            Group::Team => "team",
            Group::Settings => "settings",
            Group::Campaigns => "campaigns",
            Group::Customers => "customers",
        }
    }

    pub fn from_code(code: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|a| a.code() == code)
    }

    /// One letter for a button.
    pub fn letter(self) -> char {
        match self {
            Group::Clients => 'c',
            Group::Activities => 'a',
            Group::Deals => 'd',
            Group::Team => 't',
            Group::Settings => 's',
            Group::Campaigns => 'k',
            Group::Customers => 'u',
        }
    }

    pub fn from_letter(c: char) -> Option<Group> {
        Group::ALL.into_iter().find(|a| a.letter() == c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip_through_their_stored_json() {
        let all = [
            Action::ClientAdded,
            Action::ClientAssigned { to: 4 },
            Action::activity(ActivityKind::Meeting),
            Action::DealCreated { minor: 120_000, currency: "EUR".into() },
            Action::DealWon { from: 1, to: 5 },
            Action::role_changed(Role::Lead),
            Action::AuditKeep { days: 90 },
            Action::campaign("started"),
            Action::CustomerErased,
            Action::Consent { change: "stop".into() },
        ];
        for action in all {
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(serde_json::from_str::<Action>(&json).unwrap(), action, "{json}");
            assert!(json.contains(&format!("\"a\":\"{}\"", action.code())), "{json}");
        }
        assert_eq!(Action::DealMoved { from: 1, to: 2 }.code(), "deal_moved");
    }

    #[test]
    fn area_letters_and_codes_are_distinct_and_round_trip() {
        for area in Group::ALL {
            assert_eq!(Group::from_letter(area.letter()), Some(area));
            assert_eq!(Group::from_code(area.code()), Some(area));
        }
    }
}
