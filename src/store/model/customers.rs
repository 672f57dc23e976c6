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

/// Who a Telegram user is to the bot, without creating anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, FromRow)]
pub struct Standing {
    /// Belongs to at least one team.
    pub member: bool,
    /// Linked to a client of at least one team.
    pub customer: bool,
}

/// A customer's client row in one team, with what the customer's side needs of the team.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct CustomerLink {
    #[sqlx(flatten)]
    pub client: super::Client,
    pub team_name: String,
    pub promo_cap_week: i32,
    /// When the customer last dealt with this team (`None`: not since the link was made).
    pub seen_at: Option<DateTime<Utc>>,
}

/// A customer agreeing to a team's promotions.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSubscription<'a> {
    pub workspace_id: i64,
    pub tg_user_id: i64,
    /// The language the customer chose (or Telegram's guess).
    pub lang: &'a str,
    /// A personal link's client. `None`: the client already linked to this Telegram user, else `new_client`.
    pub client_id: Option<i64>,
    pub new_client: &'a super::NewClient,
    pub link_code: Option<&'a str>,
    pub text_version: &'a str,
    /// This user's `do_not_contact` keys in this team: a fresh opt-in lifts them.
    pub subject: &'a SubjectKeys,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Subscribed {
    /// Subscribed now; `action` is what the consent trail recorded (optin or resume), `created` when the client
    /// row is new.
    Done { client: super::Client, action: ConsentAction, created: bool },
    /// Nothing changed: this client was subscribed already.
    Already(super::Client),
    /// The personal link's client is linked to another Telegram user, or is gone.
    Taken,
}

/// A Telegram user's do-not-contact keys in one team: the keyed HMAC every new row gets, and the unkeyed SHA-256
/// of rows written before the server secret existed (honoured, and rewritten to `keyed` when found).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectKeys {
    pub keyed: String,
    pub legacy: String,
}

/// A customer stopping or resuming a team's promotions.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionChange<'a> {
    pub workspace_id: i64,
    pub tg_user_id: i64,
    /// `Subscribed` (resume) or `Stopped`.
    pub to: PromoState,
    pub text_version: &'a str,
    /// The promotion whose Unsubscribe button was pressed: it is credited with the unsubscribe.
    pub delivery_id: Option<i64>,
    pub now: DateTime<Utc>,
}

/// What moving a customer's Telegram link onto another client did.
#[derive(Debug, Clone, PartialEq)]
pub enum Relinked {
    /// Linked to `client`; `removed_old` when the client the customer had was deleted (nothing referred to it).
    Moved { client: super::Client, removed_old: bool },
    /// The customer is linked to that very client already.
    Same(super::Client),
    /// That client is linked to another Telegram user, or is not in the team.
    Taken,
    /// This Telegram user is not a customer of the team.
    NotCustomer,
}

/// A promotion's button pressed by a customer: the delivery, its campaign's link and the team.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct PromoPress {
    pub delivery_id: i64,
    pub workspace_id: i64,
    pub campaign_id: i64,
    pub client_id: Option<i64>,
    /// `None` once the customer is forgotten.
    pub tg_user_id: Option<i64>,
    pub pressed_at: Option<DateTime<Utc>>,
    pub link_url: Option<String>,
    pub link_label: Option<String>,
    pub team_name: String,
}

/// A promotion a customer received, as `/mydata` lists it.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct CustomerDelivery {
    pub delivery_id: i64,
    pub campaign_name: String,
    /// promo, birthday or followup
    pub kind: String,
    pub sent_at: Option<DateTime<Utc>>,
    pub code: Option<String>,
    pub pressed_at: Option<DateTime<Utc>>,
}

/// A code of the customer's that the team marked redeemed.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct CustomerRedemption {
    pub code: String,
    pub at: DateTime<Utc>,
}
