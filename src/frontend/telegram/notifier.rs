//! Reminders that fall due, sent to the member's private chat (whose id is the member's Telegram user id).

use std::sync::Arc;

use async_trait::async_trait;
use teloxide::types::ChatId;
use teloxide::{ApiError, RequestError};

use super::{TgBot, send};
use crate::core::Reply;
use crate::i18n::I18n;
use crate::scheduler::{DeliveryError, Notifier};

pub struct TelegramNotifier<R> {
    bot: R,
    i18n: Arc<I18n>,
}

impl<R: TgBot> TelegramNotifier<R> {
    pub fn new(bot: R, i18n: Arc<I18n>) -> Self {
        TelegramNotifier { bot, i18n }
    }
}

#[async_trait]
impl<R: TgBot> Notifier for TelegramNotifier<R> {
    async fn deliver(&self, tg_user_id: i64, reply: Reply) -> Result<(), DeliveryError> {
        send::one(&self.bot, &self.i18n, ChatId(tg_user_id), &reply).await.map_err(|e| delivery_error(&e))
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
