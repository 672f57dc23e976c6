//! Rows as the rest of the program sees them. Every row that belongs to a team carries `workspace_id`.

use chrono::{DateTime, Utc};
use sqlx::FromRow;

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Member {
    pub id: i64,
    /// Telegram user id.
    pub tg_user_id: i64,
    pub display_name: String,
    pub locale: String,
    /// IANA zone name, e.g. `Europe/Moscow`.
    pub tz: String,
    /// `None` until /start has created one.
    pub workspace_id: Option<i64>,
    /// The client last opened or added; `/meet`, `/call`, `/note` act on it.
    pub focus_client_id: Option<i64>,
    /// Minutes before a scheduled meeting or call that its reminder fires.
    pub remind_before_min: i32,
    /// The step-by-step dialogue in progress, as JSON (`core::session::Session`).
    pub dialog: Option<String>,
    /// The daily digest: `None` means by role (owners and leads get it).
    pub digest_on: Option<bool>,
    /// Local time of the digest, "HH:MM".
    pub digest_time: String,
    /// ISO weekdays the digest comes on, e.g. "1,2,3,4,5".
    pub digest_days: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Workspace {
    pub id: i64,
    pub name: String,
    pub owner_member_id: i64,
    /// Managers see the whole team's base read-only (true), or only their own clients and deals.
    pub shared_base: bool,
    /// Days without activity after which a deal or client is stale.
    pub stale_days: i32,
    /// The Telegram group where `/digest here` posts the team digest.
    pub group_chat_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

/// A member's place in a team.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Membership {
    pub workspace_id: i64,
    pub member_id: i64,
    /// `Role::as_str`: owner, lead or manager.
    pub role: String,
    pub joined_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Client {
    pub id: i64,
    pub workspace_id: i64,
    pub name: String,
    /// `parse::fold` of the name: what duplicate detection compares.
    pub name_folded: String,
    /// E.164 where it could be normalised, else as typed; several joined by `\n`.
    pub phones: String,
    /// Lower-cased; several joined by `\n`.
    pub emails: String,
    pub company: Option<String>,
    /// Without `#`; several joined by `\n`.
    pub tags: String,
    pub source: Option<String>,
    pub owner_member_id: i64,
    /// Folded name, company, e-mails and tags (see `parse::fold`) plus phone digits: what `/find` matches.
    pub search_text: String,
    /// The latest meeting, call, note or message that happened (planned ones do not count).
    pub last_activity_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Client {
    pub fn phone_list(&self) -> Vec<&str> {
        split_list(&self.phones)
    }
    pub fn email_list(&self) -> Vec<&str> {
        split_list(&self.emails)
    }
    pub fn tag_list(&self) -> Vec<&str> {
        split_list(&self.tags)
    }
}

fn split_list(s: &str) -> Vec<&str> {
    s.split('\n').filter(|p| !p.is_empty()).collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewClient {
    pub workspace_id: i64,
    pub name: String,
    /// `parse::fold` of the name: what duplicate detection compares.
    pub name_folded: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub company: Option<String>,
    pub tags: Vec<String>,
    pub source: Option<String>,
    pub owner_member_id: i64,
    pub search_text: String,
}

/// `meeting | call | note | message`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityKind {
    Meeting,
    Call,
    Note,
    Message,
}

impl ActivityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityKind::Meeting => "meeting",
            ActivityKind::Call => "call",
            ActivityKind::Note => "note",
            ActivityKind::Message => "message",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "meeting" => ActivityKind::Meeting,
            "call" => ActivityKind::Call,
            "note" => ActivityKind::Note,
            "message" => ActivityKind::Message,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Activity {
    pub id: i64,
    pub workspace_id: i64,
    pub client_id: i64,
    /// `ActivityKind::as_str`
    pub kind: String,
    /// When it happened or is planned (UTC).
    pub happens_at: DateTime<Utc>,
    /// `true` once held or written; `false` while it is planned in the future.
    pub done: bool,
    pub summary: String,
    pub outcome: Option<String>,
    pub author_member_id: i64,
    /// The deal it concerns, if any.
    pub deal_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewActivity {
    pub workspace_id: i64,
    pub client_id: i64,
    pub kind: ActivityKind,
    pub happens_at: DateTime<Utc>,
    pub done: bool,
    pub summary: String,
    pub outcome: Option<String>,
    pub author_member_id: i64,
    pub deal_id: Option<i64>,
}

/// A reminder's life: `pending` → `sending` (claimed) → `sent`; a failed send goes back to `pending` with a later
/// `due_at` until attempts run out (`failed`); `done` when the member pressed Done; `cancelled`.
/// A `sending` row whose claim is older than the lease was interrupted mid-send: it becomes `interrupted` and is
/// never sent again (at most once), but it stays visible in the agenda.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Reminder {
    pub id: i64,
    pub workspace_id: i64,
    pub member_id: i64,
    pub client_id: Option<i64>,
    /// The activity it announces, if it was created by `/meet` or `/call`.
    pub activity_id: Option<i64>,
    pub text: String,
    /// When the member wants it (UTC); never changed by retries.
    pub due_at: DateTime<Utc>,
    /// When the scheduler should next try (UTC): `due_at`, or later after a failed attempt.
    pub next_attempt_at: DateTime<Utc>,
    pub state: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub claimed_by: Option<String>,
    pub claimed_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewReminder {
    pub workspace_id: i64,
    pub member_id: i64,
    pub client_id: Option<i64>,
    pub activity_id: Option<i64>,
    pub text: String,
    pub due_at: DateTime<Utc>,
}

/// A claimed reminder with what is needed to deliver it.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct DueReminder {
    #[sqlx(flatten)]
    pub reminder: Reminder,
    pub tg_user_id: i64,
    pub locale: String,
    pub tz: String,
    pub client_name: Option<String>,
}

// --- teams (store/team.rs) ---

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

// --- the daily digest and stale alerts (store/digest.rs) ---

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

// --- numbers on demand (store/reports.rs) ---

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

// --- deals and the pipeline (store/deals.rs) ---

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
