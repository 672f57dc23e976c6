//! Customers' side of a client: subscription state, opt-in links and the consent trail.

use chrono::{DateTime, Utc};
use sqlx::FromRow;

/// Whether promotions may reach a client. Only `Subscribed` ever receives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromoState {
    /// Never opted in.
    None,
    Subscribed,
    /// `/stop` or the Unsubscribe button.
    Stopped,
    /// Telegram answered 403: the customer blocked the bot.
    Blocked,
}

impl PromoState {
    pub fn as_str(self) -> &'static str {
        match self {
            PromoState::None => "none",
            PromoState::Subscribed => "subscribed",
            PromoState::Stopped => "stopped",
            PromoState::Blocked => "blocked",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "none" => PromoState::None,
            "subscribed" => PromoState::Subscribed,
            "stopped" => PromoState::Stopped,
            "blocked" => PromoState::Blocked,
            _ => return None,
        })
    }
}

/// An opt-in deep link: the team's own (`client_id` None) or a personal one for one client.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct OptinLink {
    pub code: String,
    pub workspace_id: i64,
    pub client_id: Option<i64>,
    pub created_by: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentAction {
    Optin,
    Stop,
    Resume,
    Block,
    Forget,
}

impl ConsentAction {
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentAction::Optin => "optin",
            ConsentAction::Stop => "stop",
            ConsentAction::Resume => "resume",
            ConsentAction::Block => "block",
            ConsentAction::Forget => "forget",
        }
    }
}

/// One recorded change of consent.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Consent {
    pub id: i64,
    pub workspace_id: i64,
    pub client_id: Option<i64>,
    /// `ConsentAction::as_str`
    pub action: String,
    /// The version of the consent text the customer saw (a Fluent key and revision, e.g. "optin-consent@1").
    pub text_version: String,
    pub link_code: Option<String>,
    pub at: DateTime<Utc>,
}
