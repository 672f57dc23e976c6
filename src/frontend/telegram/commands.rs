//! The command menu next to the input field, in each member's language (`setMyCommands`).

use teloxide::payloads::SetMyCommandsSetters;
use teloxide::types::BotCommand;

use super::TgBot;
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
