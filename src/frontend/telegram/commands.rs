//! The command menu next to the input field, in each member's language (`setMyCommands`); a customer's chat gets
//! the customers' own menu instead (chat-scoped), and loses it again if they join a team.

use teloxide::payloads::{DeleteMyCommandsSetters, SetMyCommandsSetters};
use teloxide::types::{BotCommand, BotCommandScope, ChatId, Recipient};

use super::TgBot;
use crate::core::Menu;
use crate::i18n::{FALLBACK, I18n, LANGS};

/// One menu per language, plus the default (English) for everyone else. Failures are logged, not fatal:
/// the bot works without a menu.
pub(super) async fn publish<R: TgBot>(bot: &R, i18n: &I18n) {
    for lang in LANGS {
        if let Err(e) = bot.set_my_commands(menu(i18n, lang)).language_code(lang).await {
            tracing::warn!(lang, error = %e, "setting the command menu failed");
        }
    }
    if let Err(e) = bot.set_my_commands(menu(i18n, FALLBACK)).await {
        tracing::warn!(error = %e, "setting the default command menu failed");
    }
}

fn menu(i18n: &I18n, lang: &str) -> Vec<BotCommand> {
    i18n.command_menu(lang).into_iter().map(|(name, description)| BotCommand::new(name, description)).collect()
}

/// Give one private chat its menu: the customers' commands in `lang`, or (`Member`) the default menus again.
/// Failures are logged: the answer itself has gone out.
pub(super) async fn set_chat_menu<R: TgBot>(bot: &R, i18n: &I18n, chat: ChatId, menu: Menu, lang: &str) {
    let scope = BotCommandScope::Chat { chat_id: Recipient::Id(chat) };
    let done = match menu {
        Menu::Customer => bot.set_my_commands(customer_menu(i18n, lang)).scope(scope).await.map(drop),
        Menu::Member => bot.delete_my_commands().scope(scope).await.map(drop),
    };
    if let Err(e) = done {
        tracing::warn!(chat = chat.0, ?menu, error = %e, "setting a chat's command menu failed");
    }
}

fn customer_menu(i18n: &I18n, lang: &str) -> Vec<BotCommand> {
    crate::core::customers::MENU.iter().map(|cmd| BotCommand::new(cmd.name, i18n.msg(lang, cmd.description))).collect()
}
