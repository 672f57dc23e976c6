//! Segments, campaigns and their per-customer deliveries.

use chrono::{DateTime, Utc};
use sqlx::FromRow;

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Segment {
    pub id: i64,
    pub workspace_id: i64,
    pub name: String,
    /// JSON of `core::segments::Filter`.
    pub filter: String,
    pub created_by: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignState {
    Draft,
    Scheduled,
    Sending,
    Paused,
    Done,
    Cancelled,
}

impl CampaignState {
    pub fn as_str(self) -> &'static str {
        match self {
            CampaignState::Draft => "draft",
            CampaignState::Scheduled => "scheduled",
            CampaignState::Sending => "sending",
            CampaignState::Paused => "paused",
            CampaignState::Done => "done",
            CampaignState::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "draft" => CampaignState::Draft,
            "scheduled" => CampaignState::Scheduled,
            "sending" => CampaignState::Sending,
            "paused" => CampaignState::Paused,
            "done" => CampaignState::Done,
            "cancelled" => CampaignState::Cancelled,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Campaign {
    pub id: i64,
    pub workspace_id: i64,
    pub created_by: i64,
    /// promo, birthday or followup
    pub kind: String,
    pub name: String,
    pub filter: Option<String>,
    pub segment_id: Option<i64>,
    /// JSON object {lang: text}.
    pub texts: String,
    pub default_lang: String,
    pub photo_file_id: Option<String>,
    pub link_url: Option<String>,
    pub link_label: Option<String>,
    /// none, shared, unique or percent
    pub code_kind: String,
    pub code_value: Option<String>,
    /// `CampaignState::as_str`
    pub state: String,
    pub send_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub progress_chat: Option<i64>,
    pub progress_message_id: Option<i64>,
    pub progress_at: Option<DateTime<Utc>>,
    pub parent_id: Option<i64>,
    pub followup_days: Option<i32>,
    pub year: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Where one (campaign, customer) delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryState {
    Pending,
    /// Claimed by an instance that is sending it now.
    Sending,
    Sent,
    Failed,
    /// Telegram answered 403: the customer blocked the bot (and is unsubscribed).
    Blocked,
    /// Kept back by the weekly cap.
    Held,
    Cancelled,
    /// The sender died between the send and its record: not sent again, so never twice.
    Unconfirmed,
}

impl DeliveryState {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Sending => "sending",
            DeliveryState::Sent => "sent",
            DeliveryState::Failed => "failed",
            DeliveryState::Blocked => "blocked",
            DeliveryState::Held => "held",
            DeliveryState::Cancelled => "cancelled",
            DeliveryState::Unconfirmed => "unconfirmed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Delivery {
    pub id: i64,
    pub campaign_id: i64,
    pub workspace_id: i64,
    pub client_id: Option<i64>,
    pub tg_user_id: Option<i64>,
    pub lang: String,
    pub code: Option<String>,
    /// `DeliveryState::as_str`
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub claimed_by: Option<String>,
    pub claimed_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    pub message_id: Option<i64>,
    pub error: Option<String>,
    pub pressed_at: Option<DateTime<Utc>>,
    pub redeemed_at: Option<DateTime<Utc>>,
    pub unsubscribed_at: Option<DateTime<Utc>>,
}

/// What a segment selects, saved as JSON in `segment.filter` (and copied to `campaign.filter` when a campaign
/// starts). Every condition given must hold; an empty filter is every client of the team.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SegmentFilter {
    /// Any of these tags, each an exact spelling present in the team (a typed tag is resolved to all of its
    /// spellings before it is saved, so matching needs no case folding in SQL).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Has an open deal in this stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<i64>,
    /// Has won at least one deal.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub won: bool,
    /// Has lost at least one deal.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lost: bool,
    /// Last activity (or, with none, creation) before this moment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_before: Option<DateTime<Utc>>,
    /// Last activity at or after this moment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_after: Option<DateTime<Utc>>,
    /// Won deals in this currency add up to at least this much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub won_total_min: Option<AmountMin>,
    /// At least this many won deals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchases_min: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_month: Option<i32>,
    /// The customer's language (`client.lang`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `None`: either.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed: Option<bool>,
}

impl SegmentFilter {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// A stored filter; one that no longer reads selects nobody rather than everybody.
    pub fn from_json(json: &str) -> Option<SegmentFilter> {
        serde_json::from_str(json).ok()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AmountMin {
    pub minor: i64,
    /// ISO 4217 code.
    pub currency: String,
}

/// How many clients a filter matches (as the member may see them), how many of them are subscribed, and a few
/// of their names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SegmentCount {
    pub total: i64,
    pub subscribed: i64,
    pub sample: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewSegment {
    pub workspace_id: i64,
    pub name: String,
    pub filter: SegmentFilter,
    pub created_by: i64,
}

/// Who a campaign would reach now: subscribed customers with a chat in the segment, and how many of them the
/// weekly cap holds back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Audience {
    pub subscribed: i64,
    pub held: i64,
    /// Subscribers per language (`client.lang`, else the campaign's default), most first.
    pub langs: Vec<(String, i64)>,
}

impl Audience {
    pub fn will_receive(&self) -> i64 {
        self.subscribed - self.held
    }
}

/// A campaign to create (a draft being composed, a scheduled one, a follow-up).
#[derive(Debug, Clone, PartialEq)]
pub struct NewCampaign {
    pub workspace_id: i64,
    pub created_by: i64,
    /// promo, birthday or followup
    pub kind: String,
    pub name: String,
    /// `SegmentFilter` JSON.
    pub filter: Option<String>,
    pub segment_id: Option<i64>,
    /// JSON object {lang: text}.
    pub texts: String,
    pub default_lang: String,
    pub photo_file_id: Option<String>,
    pub link_url: Option<String>,
    pub link_label: Option<String>,
    /// none, shared, unique or percent
    pub code_kind: String,
    pub code_value: Option<String>,
    pub state: CampaignState,
    pub send_at: Option<DateTime<Utc>>,
    pub parent_id: Option<i64>,
    pub followup_days: Option<i32>,
    pub year: Option<i32>,
}

impl NewCampaign {
    /// A promotion draft with nothing chosen yet.
    pub fn draft(workspace_id: i64, created_by: i64, default_lang: &str) -> Self {
        NewCampaign {
            workspace_id,
            created_by,
            kind: "promo".into(),
            name: String::new(),
            filter: None,
            segment_id: None,
            texts: "{}".into(),
            default_lang: default_lang.into(),
            photo_file_id: None,
            link_url: None,
            link_label: None,
            code_kind: "none".into(),
            code_value: None,
            state: CampaignState::Draft,
            send_at: None,
            parent_id: None,
            followup_days: None,
            year: None,
        }
    }
}

/// A campaign's figures: its deliveries by state, and what they brought.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignTally {
    pub campaign_id: i64,
    /// `CampaignState::as_str` (empty if there is no such campaign).
    pub state: String,
    pub pending: i64,
    pub sending: i64,
    /// Delivered.
    pub sent: i64,
    pub failed: i64,
    pub blocked: i64,
    /// Kept back by the weekly cap.
    pub held: i64,
    pub cancelled: i64,
    pub unconfirmed: i64,
    /// Deliveries whose link button was pressed.
    pub presses: i64,
    /// Redemptions of the campaign's codes.
    pub redeemed: i64,
    /// Customers who unsubscribed from this campaign's message.
    pub unsubscribes: i64,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
}

impl CampaignTally {
    /// Not sent yet: waiting or being sent right now.
    pub fn remaining(&self) -> i64 {
        self.pending + self.sending
    }

    /// Attempted and settled one way or another.
    pub fn settled(&self) -> i64 {
        self.sent + self.failed + self.blocked + self.unconfirmed
    }
}

/// A team's promotion settings to change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromoPatch {
    pub cap_week: Option<i32>,
    pub paid_broadcast: Option<bool>,
    /// `Some(None)` turns birthday greetings off.
    pub birthday_text: Option<Option<String>>,
    /// none, unique or percent:N
    pub birthday_code: Option<String>,
}

/// What `/redeem CODE` found.
#[derive(Debug, Clone, PartialEq)]
pub enum Redeemed {
    /// Recorded now.
    Done { client_id: Option<i64>, campaign_id: Option<i64> },
    /// Redeemed before (by that member, at that time); nothing changed.
    Already { at: DateTime<Utc>, member_name: String },
    /// A shared code: say which customer it is for.
    NeedsClient { campaign_id: i64 },
    /// No such code in this team.
    Unknown,
}

/// A subscribed client whose birthday may be today somewhere, with what the greeting needs.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct BirthdayCandidate {
    pub workspace_id: i64,
    pub client_id: i64,
    pub birth_month: i32,
    pub birth_day: i32,
    /// The client's zone, else the team owner's.
    pub tz: String,
}

/// A campaign in a list, with the segment's name when it had one.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct CampaignRow {
    #[sqlx(flatten)]
    pub campaign: Campaign,
    pub segment_name: Option<String>,
}
