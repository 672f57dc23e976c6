//! Rows as the rest of the program sees them. Every row that belongs to a team carries `workspace_id`.

use chrono::{DateTime, Utc};
use sqlx::FromRow;

mod campaigns;
mod customers;
mod deals;
mod digest;
mod reports;
mod team;

pub use campaigns::*;
pub use customers::*;
pub use deals::*;
pub use digest::*;
pub use reports::*;
pub use team::*;

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
    /// At most this many promotions a week reach one customer.
    pub promo_cap_week: i32,
    /// Broadcasts use `allow_paid_broadcast` (up to 1,000 messages a second, paid in Stars).
    pub paid_broadcast: bool,
    /// The birthday greeting in the team's words; `None`: no greetings.
    pub birthday_text: Option<String>,
    /// `none`, `unique` or `percent:N`.
    pub birthday_code: String,
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
    /// The customer's Telegram user id once they opted in (their private chat with the bot).
    pub tg_user_id: Option<i64>,
    /// The customer's language for promotions; `None`: the team's default.
    pub lang: Option<String>,
    /// IANA zone for birthday greetings; `None`: the team owner's.
    pub tz: Option<String>,
    pub birth_month: Option<i32>,
    pub birth_day: Option<i32>,
    pub birth_year: Option<i32>,
    /// `PromoState::as_str`: none, subscribed, stopped or blocked.
    pub promo_state: String,
    pub promo_since: Option<DateTime<Utc>>,
}

impl Client {
    pub fn subscribed(&self) -> bool {
        self.promo_state == PromoState::Subscribed.as_str()
    }

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
/// A `sending` row whose claimant stopped beating (or whose claim is older than the lease) was interrupted
/// mid-send: it becomes `interrupted` and is never sent again (at most once); its member is told once
/// (`notified_at`, not read into this struct) and it stays visible in the agenda.
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
