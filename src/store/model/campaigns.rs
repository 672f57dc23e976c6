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
