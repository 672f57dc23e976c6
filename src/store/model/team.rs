//! Rows of teams: invites, members and their roles, hand-overs (see `store/team.rs`).

use chrono::{DateTime, Utc};
use sqlx::FromRow;

/// An invitation to a team: the deep link carries `code`.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Invite {
    pub id: i64,
    pub workspace_id: i64,
    /// Random, unguessable, base64url.
    pub code: String,
    /// `Role::as_str`: lead or manager.
    pub role: String,
    pub created_by: i64,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub used_by: Option<i64>,
    pub used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewInvite {
    pub workspace_id: i64,
    pub code: String,
    pub role: String,
    pub created_by: i64,
    pub expires_at: DateTime<Utc>,
}

/// Why an invite could not be accepted; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteRefusal {
    /// No invite has this code.
    Unknown,
    Expired,
    Revoked,
    /// Someone (maybe this very member) used it already.
    Used,
    /// The member is in that team already.
    AlreadyMember,
    /// The member owns a team with other members in it: they cannot leave it to work elsewhere.
    OwnsTeam,
}

/// One member of a team as `/team` lists them.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct TeamMember {
    pub member_id: i64,
    pub display_name: String,
    /// `Role::as_str`
    pub role: String,
    pub joined_at: DateTime<Utc>,
    /// Clients they own in this team.
    pub clients: i64,
}

/// One team a member belongs to, as `/teams` lists them.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct TeamOf {
    pub workspace_id: i64,
    pub name: String,
    /// `Role::as_str`
    pub role: String,
    pub members: i64,
}

/// Fields of a team's settings to change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TeamPatch {
    pub name: Option<String>,
    pub shared_base: Option<bool>,
    pub stale_days: Option<i32>,
}

/// What removing a member handed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub clients: u64,
    pub deals: u64,
    pub reminders_cancelled: u64,
    /// The team the removed member works in now (their own), if any.
    pub their_team_now: Option<i64>,
}

/// Why a member could not be removed; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoveRefusal {
    /// Not a member of the team (already removed, or never was).
    NotMember,
    /// The owner cannot be removed.
    Owner,
    /// The heir is not a member of the team, or is the member being removed.
    BadHeir,
}
