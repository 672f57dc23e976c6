//! Promotions through Telegram: one request per delivery (a text, or a photo with its caption), sent with
//! `allow_paid_broadcast` for teams that pay for speed, and the answer read exactly — the delivery worker treats a
//! flood limit, a block, a refused photo, server trouble and a lost answer each differently.

use teloxide::payloads::{SendMessageSetters, SendPhotoSetters};
use teloxide::types::{ChatId, InputFile, MessageId};
use teloxide::{ApiError, RequestError};

use super::{TgBot, send};
use crate::core::Reply;
use crate::core::customers::promo::{MAX_CAPTION_CHARS, MAX_TEXT_CHARS};
use crate::i18n::I18n;
use crate::scheduler::PromoError;

/// Send a promotion now; Telegram's message id.
pub(super) async fn send<P: TgBot>(
    bot: &P,
    i18n: &I18n,
    chat: ChatId,
    reply: &Reply,
    paid: bool,
) -> Result<i64, PromoError> {
    let rendered = i18n.render(reply);
    let text = rendered.chunks.join("\n");
    let markup = send::markup(i18n, reply, &rendered.buttons);
    let sent = match &reply.photo_id {
        Some(file_id) => {
            let mut request = bot.send_photo(chat, InputFile::file_id(file_id.clone().into()));
            if !text.trim().is_empty() {
                request = request.caption(within(&text, MAX_CAPTION_CHARS));
            }
            if let Some(markup) = markup {
                request = request.reply_markup(markup);
            }
            if paid {
                request = request.allow_paid_broadcast(true);
            }
            request.await
        }
        None => {
            let mut request = bot.send_message(chat, within(&text, MAX_TEXT_CHARS));
            if let Some(markup) = markup {
                request = request.reply_markup(markup);
            }
            if paid {
                request = request.allow_paid_broadcast(true);
            }
            request.await
        }
    };
    sent.map(|message| i64::from(message.id.0)).map_err(|e| promo_error(&e, reply.photo_id.is_some()))
}

/// A message that is edited later (a campaign's progress): plain text, no buttons; its message id.
pub(super) async fn post<R: TgBot>(bot: &R, i18n: &I18n, chat: ChatId, reply: &Reply) -> Result<i64, RequestError> {
    let text = i18n.render(reply).chunks.join("\n");
    let message = bot.send_message(chat, within(&text, MAX_TEXT_CHARS)).await?;
    Ok(i64::from(message.id.0))
}

pub(super) async fn edit<R: TgBot>(
    bot: &R,
    i18n: &I18n,
    chat: ChatId,
    message_id: i64,
    reply: &Reply,
) -> Result<(), RequestError> {
    let text = i18n.render(reply).chunks.join("\n");
    let id = MessageId(i32::try_from(message_id).unwrap_or(i32::MAX));
    match bot.edit_message_text(chat, id, within(&text, MAX_TEXT_CHARS)).await {
        // Nothing changed since the last edit (no new sends in a paused spell): not a failure.
        Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
        other => other.map(|_| ()),
    }
}

/// The core keeps promotions within Telegram's limits; should a code line tip one over, it is cut rather than
/// sent in two parts (one request per delivery is what makes "exactly once" checkable).
fn within(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => text[..cut].to_string(),
        None => text.to_string(),
    }
}

/// What a failed promotion send means. `with_photo`: the request carried the campaign's photo, so a complaint about
/// a file or an image is the photo's.
pub fn promo_error(error: &RequestError, with_photo: bool) -> PromoError {
    let reason = error.to_string();
    match error {
        RequestError::RetryAfter(after) => PromoError::RetryAfter(after.duration()),
        RequestError::Api(api) => api_error(api, reason, with_photo),
        // No connection was made: nothing can have arrived.
        RequestError::Network(e) if e.is_connect() || e.is_builder() => PromoError::Transient(reason),
        // A timeout or a broken answer after the request went out: it may have arrived.
        RequestError::Network(_) => PromoError::Unknown(reason),
        // A proxy in front of Telegram answering that it could not reach it: nothing arrived.
        RequestError::InvalidJson { raw, .. } if raw.contains("Bad Gateway") || raw.contains("Service Unavailable") => {
            PromoError::Transient(reason)
        }
        RequestError::InvalidJson { .. } => PromoError::Unknown(reason),
        // Reading a file to upload failed: nothing was sent.
        RequestError::Io(_) => PromoError::Transient(reason),
        RequestError::MigrateToChatId(_) => PromoError::Refused(reason),
    }
}

fn api_error(api: &ApiError, reason: String, with_photo: bool) -> PromoError {
    match api {
        // The customer blocked the bot, deleted the account or the chat is gone: never write again.
        ApiError::BotBlocked
        | ApiError::UserDeactivated
        | ApiError::CantInitiateConversation
        | ApiError::CantTalkWithBots
        | ApiError::ChatNotFound
        | ApiError::UserNotFound
        | ApiError::BotKicked
        | ApiError::BotKickedFromSupergroup
        | ApiError::BotKickedFromChannel => PromoError::Blocked(reason),
        ApiError::WrongFileId
        | ApiError::WrongFileIdOrUrl
        | ApiError::FileIdInvalid
        | ApiError::FailedToGetUrlContent
        | ApiError::ImageProcessFailed
        | ApiError::PhotoAsInputFileRequired
        | ApiError::WrongHttpUrl
            if with_photo =>
        {
            PromoError::BadPhoto(reason)
        }
        ApiError::Unknown(text) => {
            let lower = text.to_ascii_lowercase();
            if lower.starts_with("forbidden") || lower.contains("can't initiate") {
                PromoError::Blocked(reason)
            } else if lower.starts_with("bad request") {
                let about_photo = ["photo", "file", "image", "media", "caption", "dimensions"];
                if with_photo && about_photo.iter().any(|word| lower.contains(word)) {
                    PromoError::BadPhoto(reason)
                } else {
                    PromoError::Refused(reason)
                }
            } else {
                // Internal Server Error, Bad Gateway and the like: Telegram said it failed.
                PromoError::Transient(reason)
            }
        }
        // Every other named error is a 400 about this request.
        _ => PromoError::Refused(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::Seconds;

    fn api(e: ApiError, with_photo: bool) -> PromoError {
        promo_error(&RequestError::Api(e), with_photo)
    }

    #[test]
    fn a_flood_limit_carries_its_wait() {
        let e = promo_error(&RequestError::RetryAfter(Seconds::from_seconds(3)), false);
        assert_eq!(e, PromoError::RetryAfter(std::time::Duration::from_secs(3)));
    }

    #[test]
    fn blocks_and_unreachable_customers_are_final() {
        for e in [
            ApiError::BotBlocked,
            ApiError::UserDeactivated,
            ApiError::CantInitiateConversation,
            ApiError::Unknown("Forbidden: bot can't initiate conversation with a user".into()),
        ] {
            assert!(matches!(api(e, false), PromoError::Blocked(_)));
        }
    }

    #[test]
    fn a_refused_photo_is_told_apart_from_a_refused_message() {
        assert!(matches!(api(ApiError::WrongFileId, true), PromoError::BadPhoto(_)));
        assert!(matches!(
            api(ApiError::Unknown("Bad Request: PHOTO_INVALID_DIMENSIONS".into()), true),
            PromoError::BadPhoto(_)
        ));
        assert!(matches!(
            api(ApiError::Unknown("Bad Request: wrong type of the web page content".into()), false),
            PromoError::Refused(_)
        ));
        assert!(matches!(api(ApiError::MessageIsTooLong, false), PromoError::Refused(_)));
    }

    #[test]
    fn server_trouble_is_retried() {
        assert!(matches!(api(ApiError::Unknown("Internal Server Error".into()), false), PromoError::Transient(_)));
        assert!(matches!(api(ApiError::Unknown("Bad Gateway".into()), true), PromoError::Transient(_)));
    }

    #[test]
    fn an_overlong_text_is_cut_at_a_character() {
        assert_eq!(within("привет", 3), "при");
        assert_eq!(within("hi", 3), "hi");
    }
}
