//! One storage API, two backends (SQLite and Postgres) chosen from the URL scheme.
//!
//! Every method that reads or writes team data takes the `workspace_id`: a row of another workspace answers
//! exactly as a missing one does.

mod audit;
mod campaigns;
mod customers;
mod deals;
mod delivery;
mod digest;
mod model;
mod postgres;
mod reports;
mod shared;
mod sqlite;
mod team;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::sync::Arc;

pub use audit::{
    AUDIT_KEEP_DEFAULT, AUDIT_KEEP_MAX, AUDIT_KEEP_MIN, AuditCursor, AuditFilter, AuditRaw, AuditRow, AuditStore,
    NewAuditEvent,
};
pub use campaigns::CampaignStore;
pub use customers::CustomerStore;
pub use deals::DealStore;
pub use delivery::{Arrived, BLOCK_TEXT_VERSION, DeliveryStore, SendingCampaign, Setback};
pub use digest::{DigestStore, STALE_COUNT_CAP};
pub use model::*;
pub use reports::ReportStore;
pub use team::TeamStore;

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error")]
    Db(#[from] sqlx::Error),
    #[error("migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL scheme (use sqlite:// or postgres://)")]
    UnsupportedUrl,
    #[error("cannot create or protect the database file")]
    File(#[from] std::io::Error),
}

impl StoreError {
    /// The database is out of reach or busy (down, restarting, the network gone, every connection taken): the same
    /// request may well succeed in a moment. Anything else (a constraint, a bad statement) would fail again.
    pub fn is_unavailable(&self) -> bool {
        let StoreError::Db(e) = self else { return false };
        match e {
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed
            | sqlx::Error::Protocol(_) => true,
            sqlx::Error::Database(db) => db.code().is_some_and(|code| unavailable_code(&code)),
            _ => false,
        }
    }
}

/// Postgres: class 08 (connection exceptions), 57P01–57P03 (shutting down, crashed, starting up), 53300 (too many
/// connections). SQLite: 5 and 6 (busy, locked), with their extended codes (`code & 0xff`).
fn unavailable_code(code: &str) -> bool {
    if code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P03" | "53300") {
        return true;
    }
    code.parse::<u32>().is_ok_and(|n| matches!(n & 0xff, 5 | 6))
}

/// Fields of a member that a settings change may set; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemberPatch {
    pub display_name: Option<String>,
    pub locale: Option<String>,
    pub tz: Option<String>,
    pub remind_before_min: Option<i32>,
    /// `Some(None)` clears the focus.
    pub focus_client_id: Option<Option<i64>>,
    /// `Some(None)` ends the dialogue.
    pub dialog: Option<Option<String>>,
}

/// The whole storage API: the core data below plus one trait per area (teams, deals, reports, digests, customers,
/// campaigns, delivery),
/// each implemented for both backends in its own file.
#[async_trait]
pub trait Store:
    TeamStore
    + DealStore
    + ReportStore
    + DigestStore
    + CustomerStore
    + CampaignStore
    + DeliveryStore
    + AuditStore
    + Send
    + Sync
    + 'static
{
    /// Apply this backend's migrations.
    async fn migrate(&self) -> StoreResult<()>;

    // --- members and workspaces ---
    async fn member_by_tg(&self, tg_user_id: i64) -> StoreResult<Option<Member>>;
    /// Create the member if new (with the given locale and tz); an existing member is returned unchanged.
    async fn ensure_member(&self, tg_user_id: i64, display_name: &str, locale: &str, tz: &str) -> StoreResult<Member>;
    async fn update_member(&self, member_id: i64, patch: &MemberPatch) -> StoreResult<Member>;
    /// Create a workspace owned by the member (with the owner's membership) and attach the member to it, in one
    /// transaction. If the member already has one, it is returned unchanged.
    async fn ensure_workspace(&self, member_id: i64, name: &str) -> StoreResult<Workspace>;
    async fn get_workspace(&self, workspace_id: i64) -> StoreResult<Option<Workspace>>;
    /// The member's membership of a workspace; `None` once removed (access ends at once).
    async fn membership(&self, workspace_id: i64, member_id: i64) -> StoreResult<Option<Membership>>;
    async fn get_member(&self, member_id: i64) -> StoreResult<Option<Member>>;

    // --- clients ---
    async fn insert_client(&self, new: &NewClient) -> StoreResult<Client>;
    async fn get_client(&self, workspace_id: i64, client_id: i64) -> StoreResult<Option<Client>>;
    /// Replace the editable fields of a client (name, phones, emails, company, tags, source, search_text).
    async fn update_client(&self, client: &Client) -> StoreResult<Client>;
    /// Clients whose `search_text` contains `needle` (already folded), newest first; only those owned by `owner`
    /// when given (a manager without the shared base). Returns one page and the total count.
    async fn find_clients(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        needle: &str,
        limit: i64,
        offset: i64,
    ) -> StoreResult<(Vec<Client>, i64)>;
    /// Clients that share any phone or e-mail (exact, one list entry) or whose folded name equals `folded_name`.
    async fn find_duplicates(
        &self,
        workspace_id: i64,
        phones: &[String],
        emails: &[String],
        folded_name: &str,
    ) -> StoreResult<Vec<Client>>;

    // --- activities ---
    async fn insert_activity(&self, new: &NewActivity) -> StoreResult<Activity>;
    async fn get_activity(&self, workspace_id: i64, activity_id: i64) -> StoreResult<Option<Activity>>;
    /// Record what came of a meeting or call. Returns false if no such activity in that workspace.
    async fn set_activity_outcome(&self, workspace_id: i64, activity_id: i64, outcome: &str) -> StoreResult<bool>;
    async fn recent_activities(&self, workspace_id: i64, client_id: i64, limit: i64) -> StoreResult<Vec<Activity>>;
    /// The member's activities (as author) with `happens_at` in `[from, to)`, oldest first.
    async fn activities_between(
        &self,
        workspace_id: i64,
        member_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<Activity>>;

    // --- reminders ---
    async fn insert_reminder(&self, new: &NewReminder) -> StoreResult<Reminder>;
    async fn get_reminder(&self, workspace_id: i64, reminder_id: i64) -> StoreResult<Option<Reminder>>;
    /// Set the state of a reminder (e.g. `done`, `cancelled`). Returns false if no such reminder in that workspace.
    async fn set_reminder_state(&self, workspace_id: i64, reminder_id: i64, state: &str) -> StoreResult<bool>;
    /// Reschedule: new `due_at` (and `next_attempt_at`), state back to `pending`, attempts reset.
    async fn reschedule_reminder(
        &self,
        workspace_id: i64,
        reminder_id: i64,
        due_at: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// The member's reminders (any state but `cancelled`) with `due_at` in `[from, to)`, oldest first.
    async fn reminders_between(
        &self,
        workspace_id: i64,
        member_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<Reminder>>;
    /// The earliest `pending` reminder of a client with `due_at` after `after`.
    async fn next_reminder_for_client(
        &self,
        workspace_id: i64,
        client_id: i64,
        after: DateTime<Utc>,
    ) -> StoreResult<Option<Reminder>>;

    // --- scheduler ---
    /// The earliest `next_attempt_at` among `pending` reminders (what to sleep until).
    async fn next_pending_at(&self) -> StoreResult<Option<DateTime<Utc>>>;
    /// Atomically move the one earliest due pending reminder (`next_attempt_at <= now`) to `sending`, stamped with
    /// `instance` and `now`, and return it; `None` when nothing is due. One row per call, claimed the moment its
    /// send starts, so a crash leaves at most the send in flight in `sending`. Safe with several instances on one
    /// database: a row is claimed once.
    async fn claim_next_reminder(&self, now: DateTime<Utc>, instance: &str) -> StoreResult<Option<DueReminder>>;
    /// After a successful send: `sending` → `sent`, `sent_at = now`.
    async fn mark_reminder_sent(&self, reminder_id: i64, now: DateTime<Utc>) -> StoreResult<()>;
    /// After a failed send: attempts + 1, `last_error`; back to `pending` at `retry_at`, or `failed` if `None`.
    async fn mark_reminder_failed(
        &self,
        reminder_id: i64,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
    ) -> StoreResult<()>;
    /// Rows stuck in `sending` with `claimed_at < older_than` become `interrupted`. Returns how many.
    async fn expire_stale_claims(&self, older_than: DateTime<Utc>) -> StoreResult<u64>;
    /// Rows left in `sending` since before `stale_before` by an instance with no heartbeat (`sender_beat`) since
    /// `stale_before` become `interrupted` (never resent). Returns how many.
    async fn resolve_orphan_reminders(&self, stale_before: DateTime<Utc>, now: DateTime<Utc>) -> StoreResult<u64>;
    /// When the oldest reminder another instance holds in `sending` was claimed (`None`: none), so the scheduler
    /// knows when it could be taken for an orphan.
    async fn oldest_foreign_claim(&self, instance: &str) -> StoreResult<Option<DateTime<Utc>>>;
    /// Atomically take one `interrupted` reminder whose member has not been told yet (`notified_at = now`) and
    /// return it; `None` when none is left. Whoever takes it tells the member: exactly one instance does.
    async fn claim_interrupted_notice(&self, now: DateTime<Utc>) -> StoreResult<Option<DueReminder>>;
    /// Telling failed without reaching the member (a passing error): the notice may be taken again.
    async fn release_interrupted_notice(&self, reminder_id: i64) -> StoreResult<()>;

    // --- Telegram updates ---
    /// Record an update id as handled; false if it was handled before (Telegram re-sends after a crash).
    async fn first_time_update(&self, update_id: i64) -> StoreResult<bool>;
}

/// Open the store the URL names (`sqlite://…` or `postgres://…`), creating a SQLite file if missing.
pub async fn connect(url: &str) -> StoreResult<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(sqlite::SqliteStore::connect(url).await?))
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Ok(Arc::new(postgres::PgStore::connect(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl)
    }
}
