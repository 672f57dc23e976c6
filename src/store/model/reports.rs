//! Rows of the numbers on demand: pipeline aggregates, targets, sources (see `store/reports.rs`).

use sqlx::FromRow;

use super::Activity;

/// A member of a team as reports name them (`@Name`).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct RepMember {
    pub member_id: i64,
    pub display_name: String,
    /// `Role::as_str`
    pub role: String,
}

/// A pipeline stage with its name in the asked language (else in any language the team named it in).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct RepStage {
    pub id: i64,
    pub position: i32,
    /// open, won or lost
    pub kind: String,
    pub probability: i32,
    pub hidden: bool,
    pub name: Option<String>,
}

/// Open deals of one stage in one currency: how many, their sum, and the sum weighted by probability
/// (`weighted_pct` is Σ amount × percent, i.e. 100 × the weighted sum, so no rounding happens in SQL).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct StageOpenTotal {
    pub stage_id: i64,
    pub currency: String,
    pub n: i64,
    pub amount_minor: i64,
    pub weighted_pct: i64,
}

/// Deals created, won or lost in a period, per currency. `days` is the sum of days from creation to the win
/// (won only; 0 otherwise).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct DealFlowTotal {
    /// new, won or lost
    pub kind: String,
    pub currency: String,
    pub n: i64,
    pub amount_minor: i64,
    pub days: f64,
}

/// Moves out of one stage in a period: how many there were, and how many of them went forward (to a later open
/// stage or to a won stage). A deal that bounced back and out again counts each time.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct StageMoveCount {
    pub stage_id: i64,
    pub left_n: i64,
    pub forward_n: i64,
}

/// A revenue target (member 0: the whole team).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct RevenueTarget {
    pub workspace_id: i64,
    pub member_id: i64,
    /// month or quarter
    pub period_kind: String,
    pub period_start: chrono::NaiveDate,
    pub currency: String,
    pub amount_minor: i64,
}

/// Meetings held in a period, and how many of them ended with a next step or a win.
#[derive(Debug, Clone, Default, PartialEq, FromRow)]
pub struct MeetingCounts {
    pub held: i64,
    pub next_step: i64,
    pub won: i64,
}

/// A client's nearest meetings and calls around a moment.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientMoments {
    pub next_meeting: Option<Activity>,
    pub last_meeting: Option<Activity>,
    pub next_call: Option<Activity>,
    pub last_call: Option<Activity>,
}

/// A count per lead source (`None`: no source).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct SourceTally {
    pub source: Option<String>,
    pub n: i64,
}

/// Money per lead source and currency (won revenue or cost).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct SourceMoney {
    pub source: Option<String>,
    pub currency: String,
    pub n: i64,
    pub amount_minor: i64,
}

/// What a source cost in a month.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSourceCost {
    pub workspace_id: i64,
    pub source: String,
    /// The first day of the month.
    pub month: chrono::NaiveDate,
    pub currency: String,
    pub amount_minor: i64,
}
