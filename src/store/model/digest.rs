//! Rows of the daily digest and stale alerts (see `store/digest.rs`).

use chrono::{DateTime, Utc};
use sqlx::FromRow;

/// A member in the team they work in now, with what the digest and stale-alert schedules read.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct ScheduleMember {
    pub member_id: i64,
    pub tg_user_id: i64,
    pub display_name: String,
    pub locale: String,
    pub tz: String,
    /// `None`: by role (owners and leads get it).
    pub digest_on: Option<bool>,
    pub digest_time: String,
    pub digest_days: String,
    /// When the digest settings last changed: earlier slots are not "missed".
    pub digest_since: Option<DateTime<Utc>>,
    pub workspace_id: i64,
    pub team_name: String,
    /// `Role::as_str`.
    pub role: String,
    pub joined_at: DateTime<Utc>,
    pub stale_days: i32,
}

/// A team group that gets the team digest; it follows the owner's language, zone, time and days.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct TeamGroup {
    pub workspace_id: i64,
    pub team_name: String,
    pub chat_id: i64,
    pub bound_at: Option<DateTime<Utc>>,
    pub locale: String,
    pub tz: String,
    pub digest_time: String,
    pub digest_days: String,
    pub stale_days: i32,
}

/// The two daily runs: a digest (per member and chat; member 0 for a team group) and a stale-alert sweep
/// (per member).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    Digest,
    StaleSweep,
}

/// One daily run: the key is (member, chat, local date); a sweep's chat is 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RunKey {
    pub member_id: i64,
    pub chat_id: i64,
    pub local_date: chrono::NaiveDate,
}

/// A daily run as stored: `sending` (claimed) → `sent`, or `failed` (retried at `next_attempt_at` while it is
/// set), or `interrupted` (its process died mid-send; never sent again).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct DailyRun {
    pub member_id: i64,
    pub chat_id: i64,
    pub local_date: chrono::NaiveDate,
    pub state: String,
    pub late: bool,
    pub attempts: i32,
    pub next_attempt_at: Option<DateTime<Utc>>,
}

impl DailyRun {
    pub fn key(&self) -> RunKey {
        RunKey { member_id: self.member_id, chat_id: self.chat_id, local_date: self.local_date }
    }
}

/// How a claimed run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum RunOutcome {
    /// Delivered (a sweep with nothing to say is `Sent` with 0 items).
    Sent { at: DateTime<Utc>, items: i32 },
    /// Not delivered; tried again at `retry_at`, or never when `None`.
    Failed { error: String, retry_at: Option<DateTime<Utc>> },
}

/// A member's digest settings to change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DigestPatch {
    pub on: Option<bool>,
    /// "HH:MM".
    pub time: Option<String>,
    /// ISO weekdays, e.g. "1,2,3,4,5".
    pub days: Option<String>,
}

/// A member of a team, for the digest's per-member lines.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct DigestMember {
    pub member_id: i64,
    pub display_name: String,
    pub role: String,
}

/// A count per member and kind (an activity kind, or "moved" for deal moves).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct MemberCount {
    pub member_id: i64,
    pub kind: String,
    pub n: i64,
}

/// Deals won or lost in a period, per owner and currency.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct ClosedSum {
    pub member_id: i64,
    /// "won" or "lost".
    pub outcome: String,
    pub currency: String,
    pub n: i64,
    pub total: i64,
}

/// A revenue target (member 0: the team).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct TargetRow {
    pub member_id: i64,
    /// "month" or "quarter".
    pub period_kind: String,
    pub period_start: chrono::NaiveDate,
    pub currency: String,
    pub amount_minor: i64,
}

/// A planned or held meeting or call, with its client.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct AgendaItem {
    pub happens_at: DateTime<Utc>,
    pub kind: String,
    pub client_id: i64,
    pub client_name: String,
    pub member_id: i64,
}

/// A reminder past its time that nobody marked done.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct OverdueItem {
    pub due_at: DateTime<Utc>,
    pub text: String,
    pub client_id: Option<i64>,
    pub member_id: i64,
}

/// A deal or client without activity: `kind` "deal" or "client"; for a client `title` is its name.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct StaleItem {
    pub kind: String,
    pub id: i64,
    pub client_id: i64,
    pub title: String,
    pub client_name: String,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub quiet_since: DateTime<Utc>,
    pub owner_member_id: i64,
}

/// New clients per lead source (`None`: no source given).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct SourceCount {
    pub source: Option<String>,
    pub n: i64,
}

/// A claim on a daily run, by this instance at `now`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunClaim<'a> {
    pub kind: RunKind,
    pub workspace_id: i64,
    pub key: RunKey,
    /// Sent after its slot had long passed (the bot was down).
    pub late: bool,
    pub instance: &'a str,
    pub now: DateTime<Utc>,
}
