//! A typed reply made into `sendMessage` calls: plain text (no parse mode, so nothing a member typed can break
//! the markup), one message per chunk, the inline buttons under the last chunk; a chart goes first as a photo.

use teloxide::RequestError;
use teloxide::payloads::{SendMessageSetters, SendPhotoSetters};
use teloxide::types::{
    ButtonRequest, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, KeyboardButton, KeyboardMarkup,
    ReplyMarkup,
};

use super::TgBot;
use crate::core::{Keyboard, Reply};
use crate::i18n::I18n;

/// Send replies in order; the first failure stops the rest (they would arrive out of context).
pub(super) async fn replies<R: TgBot>(
    bot: &R,
    i18n: &I18n,
    chat: ChatId,
    replies: &[Reply],
) -> Result<(), RequestError> {
    for reply in replies {
        match reply.to {
            // A notice to a colleague must not cost the member their own answer (the colleague may have blocked
            // the bot): log it and go on.
            Some(other) => {
                if let Err(e) = one(bot, i18n, ChatId(other), reply).await {
                    tracing::warn!(error = %e, "a notice to another member could not be sent");
                }
            }
            None => one(bot, i18n, chat, reply).await?,
        }
    }
    Ok(())
}

pub(super) async fn one<R: TgBot>(bot: &R, i18n: &I18n, chat: ChatId, reply: &Reply) -> Result<(), RequestError> {
    body(bot, i18n, chat, reply).await?;
    if let Some(menu) = reply.menu {
        super::commands::set_chat_menu(bot, i18n, chat, menu, &reply.lang).await;
    }
    Ok(())
}

async fn body<R: TgBot>(bot: &R, i18n: &I18n, chat: ChatId, reply: &Reply) -> Result<(), RequestError> {
    if let Some(photo) = &reply.photo {
        bot.send_photo(chat, InputFile::memory(photo.png.clone()).file_name(photo.name.clone())).await?;
    }
    let rendered = i18n.render(reply);
    if let Some(file_id) = &reply.photo_id {
        // A photo Telegram holds goes with the text as its caption (the core keeps such texts within 1024).
        let mut request = bot.send_photo(chat, InputFile::file_id(file_id.clone().into()));
        let caption = rendered.chunks.join("\n");
        if !caption.trim().is_empty() {
            request = request.caption(caption);
        }
        if let Some(markup) = markup(i18n, reply, &rendered.buttons) {
            request = request.reply_markup(markup);
        }
        request.await?;
        return Ok(());
    }
    // Telegram refuses an empty text; a blank chunk has nothing to say anyway.
    let chunks: Vec<&String> = rendered.chunks.iter().filter(|c| !c.trim().is_empty()).collect();
    let last = chunks.len().saturating_sub(1);
    for (i, chunk) in chunks.into_iter().enumerate() {
        let mut request = bot.send_message(chat, chunk.as_str());
        if i == last
            && let Some(markup) = markup(i18n, reply, &rendered.buttons)
        {
            request = request.reply_markup(markup);
        }
        request.await?;
    }
    Ok(())
}

/// Inline buttons win: Telegram allows one markup per message, and the contact keyboard is only ever
/// offered on replies without buttons.
pub(super) fn markup(i18n: &I18n, reply: &Reply, buttons: &[Vec<(String, String)>]) -> Option<ReplyMarkup> {
    if !buttons.is_empty() {
        let rows = buttons.iter().map(|row| {
            row.iter()
                .map(|(label, data)| match link_url(data) {
                    Some(url) => InlineKeyboardButton::url(label.clone(), url),
                    None => InlineKeyboardButton::callback(label.clone(), data.clone()),
                })
                .collect::<Vec<_>>()
        });
        return Some(ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(rows)));
    }
    match reply.keyboard {
        Keyboard::None => None,
        Keyboard::ShareContact => {
            let button =
                KeyboardButton::new(i18n.msg(&reply.lang, "btn-share-contact")).request(ButtonRequest::Contact);
            Some(ReplyMarkup::Keyboard(KeyboardMarkup::new([[button]]).resize_keyboard().one_time_keyboard()))
        }
    }
}

/// A link button's data is its URL (`Button::link`); callback payloads never start with a scheme.
fn link_url(data: &str) -> Option<url::Url> {
    if !(data.starts_with("https://") || data.starts_with("http://")) {
        return None;
    }
    url::Url::parse(data).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Button, Text};

    #[test]
    fn inline_buttons_keep_their_rows_and_payloads() {
        let i18n = I18n::load().expect("locales");
        let reply = Reply::new("en", Text::Raw("x".into()))
            .buttons(vec![vec![Button::new(Text::Raw("A".into()), "c:1"), Button::new(Text::Raw("B".into()), "c:2")]]);
        let rendered = i18n.render(&reply);
        let json = serde_json::to_value(markup(&i18n, &reply, &rendered.buttons)).expect("json");
        assert_eq!(json["inline_keyboard"][0][1]["callback_data"], "c:2");
        assert_eq!(json["inline_keyboard"][0][0]["text"], "A");
    }

    #[test]
    fn the_share_contact_keyboard_asks_for_the_phone_once() {
        let i18n = I18n::load().expect("locales");
        let mut reply = Reply::new("ru", Text::Raw("x".into()));
        reply.keyboard = Keyboard::ShareContact;
        let json = serde_json::to_value(markup(&i18n, &reply, &[])).expect("json");
        assert_eq!(json["keyboard"][0][0]["request_contact"], true);
        assert_eq!(json["keyboard"][0][0]["text"], i18n.msg("ru", "btn-share-contact"));
        assert_eq!(json["one_time_keyboard"], true);
    }
}
