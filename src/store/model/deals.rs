//! Rows of deals and the pipeline: stages, deals, their history (see `store/deals.rs`).

use chrono::{DateTime, Utc};
use sqlx::FromRow;

/// A stage of a team's pipeline. Its names live in `StageName`, one per language.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Stage {
    pub id: i64,
    pub workspace_id: i64,
    /// Order in the pipeline (open stages first, then won and lost).
    pub position: i32,
    /// `open`, `won` or `lost`.
    pub kind: String,
    /// Percent chance a deal here is won; what weights the forecast.
    pub probability: i32,
    /// Hidden stages keep their deals but are offered no more.
    pub hidden: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct StageName {
    pub stage_id: i64,
    pub lang: String,
    pub name: String,
    /// `parse::fold` of the name: no two stages of a team share it in one language.
    pub name_folded: String,
}

/// A stage to create, with its names: (lang, name, folded name).
#[derive(Debug, Clone, PartialEq)]
pub struct NewStage {
    pub kind: String,
    pub probability: i32,
    pub names: Vec<(String, String, String)>,
}

/// What became of a change to the stages; anything but `Done` changed nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum StageChange<T> {
    Done(T),
    /// No such stage in this team.
    Missing,
    /// Another stage of the team already has this (folded) name in this language.
    NameTaken,
    /// Hiding it would leave no visible stage of its kind (open, won or lost).
    LastOfKind,
}

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Deal {
    pub id: i64,
    pub workspace_id: i64,
    pub client_id: i64,
    pub title: String,
    /// Integer minor units of `currency` (cents), never floats.
    pub amount_minor: i64,
    /// ISO 4217 code.
    pub currency: String,
    pub stage_id: i64,
    /// `None`: the stage's probability.
    pub probability: Option<i32>,
    pub expected_close: Option<chrono::NaiveDate>,
    pub owner_member_id: i64,
    pub source: Option<String>,
    /// Bumped by every change: a button made for an older version is not applied.
    pub version: i32,
    pub won_at: Option<DateTime<Utc>>,
    pub lost_at: Option<DateTime<Utc>>,
    /// A reason code (`price`, `competitor`, `no_budget`, `no_response`, `timing`) or the member's own words.
    pub lost_reason: Option<String>,
    pub last_activity_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewDeal {
    pub workspace_id: i64,
    pub client_id: i64,
    pub title: String,
    pub amount_minor: i64,
    pub currency: String,
    pub stage_id: i64,
    pub expected_close: Option<chrono::NaiveDate>,
    /// The deal's owner; also the author of its `created` event.
    pub owner_member_id: i64,
    pub source: Option<String>,
    pub at: DateTime<Utc>,
}

/// A stage move made from a card showing `version`; applied only if the deal is still at that version.
#[derive(Debug, Clone, PartialEq)]
pub struct DealMove {
    pub workspace_id: i64,
    pub deal_id: i64,
    pub version: i32,
    pub to_stage_id: i64,
    /// Who moved it.
    pub member_id: i64,
    pub at: DateTime<Utc>,
    /// Set on entering a won stage, cleared otherwise.
    pub won_at: Option<DateTime<Utc>>,
    /// Set on entering a lost stage, cleared otherwise.
    pub lost_at: Option<DateTime<Utc>>,
    pub lost_reason: Option<String>,
    /// The amount to record (the amount won may differ from the amount hoped for); `None` keeps it.
    pub amount_minor: Option<i64>,
}

/// An edit of a deal made from a card showing `version`.
#[derive(Debug, Clone, PartialEq)]
pub struct DealEdit {
    pub workspace_id: i64,
    pub deal_id: i64,
    pub version: i32,
    pub member_id: i64,
    pub at: DateTime<Utc>,
    pub amount_minor: Option<i64>,
    /// `Some(None)` clears the expected close date.
    pub expected_close: Option<Option<chrono::NaiveDate>>,
    /// What changed, for the history (e.g. "amount 1200000>1100000").
    pub note: String,
}

/// One line of a deal's history.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct DealEvent {
    pub id: i64,
    pub workspace_id: i64,
    pub deal_id: i64,
    /// Who did it.
    pub member_id: i64,
    pub at: DateTime<Utc>,
    /// `created`, `moved`, `reassigned` or `changed`.
    pub kind: String,
    pub from_stage_id: Option<i64>,
    pub to_stage_id: Option<i64>,
    /// moved to lost: the reason; reassigned: `{"from":<member id>,"to":<member id>}`; changed: what changed.
    pub note: Option<String>,
}

/// Which deals a list shows. Every field narrows it; `None`/`false` does not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DealFilter {
    pub owner: Option<i64>,
    pub client_id: Option<i64>,
    pub stage_id: Option<i64>,
    /// Only deals in open stages.
    pub open_only: bool,
    /// Overdue: expected to close before this day.
    pub close_before: Option<chrono::NaiveDate>,
    /// Stale: no activity since this moment.
    pub quiet_since: Option<DateTime<Utc>>,
}

/// A deal in a list, with its client's name.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct DealRow {
    #[sqlx(flatten)]
    pub deal: Deal,
    pub client_name: String,
}
