//! Reminders that fall due, sent to the member's private chat (whose id is the member's Telegram user id); and
//! promotions to customers, paced by the rate gate.

use std::sync::Arc;

use async_trait::async_trait;
use teloxide::types::ChatId;
use teloxide::{ApiError, RequestError};

use super::gate::{Gate, RateLimits};
use super::{TgBot, promo, send};
use crate::core::Reply;
use crate::i18n::I18n;
use crate::scheduler::{DeliveryError, Notifier, PromoError};

/// `bot` says what members are told (reminders, digests, a campaign's progress); `promo_bot` sends promotions,
/// which the gate paces instead of a queue in the bot, so a flood answer reaches the delivery worker.
pub struct TelegramNotifier<R, P = R> {
    bot: R,
    promo_bot: P,
    gate: Arc<Gate>,
    i18n: Arc<I18n>,
}

impl<R: TgBot> TelegramNotifier<R> {
    /// One bot for everything, at Telegram's limits.
    pub fn new(bot: R, i18n: Arc<I18n>) -> Self {
        let gate = Arc::new(Gate::new(RateLimits::TELEGRAM));
        TelegramNotifier { promo_bot: bot.clone(), bot, gate, i18n }
    }
}

impl<R: TgBot, P: TgBot> TelegramNotifier<R, P> {
    pub fn with_promotions(bot: R, promo_bot: P, gate: Arc<Gate>, i18n: Arc<I18n>) -> Self {
        TelegramNotifier { bot, promo_bot, gate, i18n }
    }
}

#[async_trait]
impl<R: TgBot, P: TgBot> Notifier for TelegramNotifier<R, P> {
    async fn deliver(&self, tg_user_id: i64, reply: Reply) -> Result<(), DeliveryError> {
        self.gate.debit();
        send::one(&self.bot, &self.i18n, ChatId(tg_user_id), &reply).await.map_err(|e| delivery_error(&e))
    }

    async fn promo_turn(&self, paid: bool, max: usize) -> usize {
        self.gate.acquire(paid, max).await
    }

    async fn send_promo(&self, tg_user_id: i64, reply: &Reply, paid: bool) -> Result<i64, PromoError> {
        let sent = promo::send(&self.promo_bot, &self.i18n, ChatId(tg_user_id), reply, paid).await;
        if let Err(PromoError::RetryAfter(after)) = &sent {
            // The bot's limit, not this chat's: every promotion waits.
            self.gate.pause(*after);
            tracing::warn!(retry_after = ?after, "Telegram asked the bot to slow down; promotions wait");
        }
        sent
    }

    async fn post(&self, tg_user_id: i64, reply: &Reply) -> Result<i64, DeliveryError> {
        self.gate.debit();
        promo::post(&self.bot, &self.i18n, ChatId(tg_user_id), reply).await.map_err(|e| delivery_error(&e))
    }

    async fn edit(&self, tg_user_id: i64, message_id: i64, reply: &Reply) -> Result<(), DeliveryError> {
        promo::edit(&self.bot, &self.i18n, ChatId(tg_user_id), message_id, reply).await.map_err(|e| delivery_error(&e))
    }
}

/// Never again (the member blocked the bot, left Telegram, or never started it) or worth another try.
pub fn delivery_error(error: &RequestError) -> DeliveryError {
    let reason = error.to_string();
    let permanent = match error {
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::UserNotFound
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel => true,
            // Telegram words some of these differently from what teloxide matches ("Forbidden: bot can't
            // initiate conversation with a user" arrives as 403 with that text).
            ApiError::Unknown(text) => {
                let text = text.to_ascii_lowercase();
                // A refused request fails the same way every time; server trouble (5xx) passes.
                text.starts_with("forbidden") || text.starts_with("bad request") || text.contains("can't initiate")
            }
            _ => false,
        },
        RequestError::MigrateToChatId(_) => true,
        RequestError::RetryAfter(_)
        | RequestError::Network(_)
        | RequestError::InvalidJson { .. }
        | RequestError::Io(_) => false,
    };
    if permanent { DeliveryError::Permanent(reason) } else { DeliveryError::Transient(reason) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::Seconds;

    #[test]
    fn a_blocked_or_unreachable_member_is_never_retried() {
        for api in [
            ApiError::BotBlocked,
            ApiError::UserDeactivated,
            ApiError::ChatNotFound,
            ApiError::CantInitiateConversation,
            ApiError::Unknown("Forbidden: bot can't initiate conversation with a user".into()),
        ] {
            assert!(matches!(delivery_error(&RequestError::Api(api)), DeliveryError::Permanent(_)));
        }
    }

    #[test]
    fn flood_limits_and_server_trouble_are_retried() {
        let retry = RequestError::RetryAfter(Seconds::from_seconds(5));
        assert!(matches!(delivery_error(&retry), DeliveryError::Transient(_)));
        let server = RequestError::Api(ApiError::Unknown("Internal Server Error".into()));
        assert!(matches!(delivery_error(&server), DeliveryError::Transient(_)));
        let bad_gateway = RequestError::Api(ApiError::Unknown("Bad Gateway".into()));
        assert!(matches!(delivery_error(&bad_gateway), DeliveryError::Transient(_)));
    }
}
