//! Updates in, core events out: who acted (`Actor`), what they did (`Event`), and the replies sent back.
//! Private chats, plus commands addressed to the bot in a group (the core answers only `/digest` there, and only
//! to the team's members); every other group message is ignored without a word.

use std::sync::Arc;

use teloxide::RequestError;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::dptree;
use teloxide::types::{CallbackQuery, ChatId, Message, MessageKind, Update, User};

use super::lanes::{Entry, Lanes, Ticket};
use super::outage::Outage;
use super::{TgBot, send};
use crate::core::{Actor, Chat, Engine, Event, Reply, Text};
use crate::i18n::{I18n, supported_lang};

/// What every handler needs besides the bot (a `dptree` dependency).
pub(super) struct App {
    pub engine: Engine,
    pub i18n: Arc<I18n>,
    pub lanes: Arc<Lanes>,
    pub outage: Outage,
}

pub(super) fn schema<R: TgBot>() -> UpdateHandler<RequestError> {
    dptree::entry()
        .branch(
            Update::filter_message()
                .filter(|msg: Message, app: Arc<App>| msg.chat.is_private() || group_command(&msg, &app))
                .endpoint(on_message::<R>),
        )
        .branch(Update::filter_callback_query().endpoint(on_callback::<R>))
}

/// Wait for the turn of an update that entered its chat's lane (`Lanes::enter`, called before anything is
/// awaited so that a chat's updates keep their order); `None` when the chat is flooding and this update is dropped
/// (the chat is told once).
async fn take_turn<R: TgBot>(bot: &R, app: &App, chat: ChatId, user: &User, entry: Entry) -> Option<Ticket> {
    match entry {
        Entry::Queued(mut ticket) => {
            ticket.turn().await;
            Some(ticket)
        }
        Entry::Shed { notify } => {
            tracing::warn!(chat = chat.0, "a chat sends faster than it can be answered; update dropped");
            if notify {
                let notice = Reply::new(supported_lang(user.language_code.as_deref()), Text::key("flood-shed"));
                if let Err(e) = send::one(bot, &app.i18n, chat, &notice).await {
                    tracing::warn!(error = %e, "telling a flooding chat to slow down failed");
                }
            }
            None
        }
    }
}

async fn on_message<R: TgBot>(bot: R, msg: Message, update: Update, app: Arc<App>) -> Result<(), RequestError> {
    let Some(user) = msg.from.as_ref().filter(|u| !u.is_bot) else {
        return Ok(());
    };
    // Held until the reply is sent: the chat's next update waits for it.
    let entry = app.lanes.enter(msg.chat.id.0);
    let Some(_turn) = take_turn(&bot, &app, msg.chat.id, user, entry).await else { return Ok(()) };
    let event = if let Some(text) = msg.text() {
        Event::Text(text.to_string())
    } else if let Some(contact) = msg.contact() {
        Event::Contact {
            phone: contact.phone_number.clone(),
            first_name: contact.first_name.clone(),
            last_name: contact.last_name.clone(),
            // Only a contact carrying the sender's own user id is their verified phone (a forwarded phone-book
            // entry is someone else's).
            own: contact.user_id.is_some_and(|id| id == user.id),
        }
    } else if let Some(sizes) = msg.photo() {
        // Telegram sends several sizes, smallest first: keep the largest.
        match sizes.last() {
            Some(largest) => {
                Event::Photo { file_id: largest.file.id.to_string(), caption: msg.caption().map(str::to_string) }
            }
            None => Event::Text(String::new()),
        }
    } else if matches!(msg.kind, MessageKind::Common(_)) {
        // A photo, a sticker, a voice note…: the core answers an empty text with what it does understand.
        Event::Text(String::new())
    } else {
        // Service messages (pins, payments, …) are not something a member said.
        return Ok(());
    };
    let mut who = actor(user);
    if !msg.chat.is_private() {
        who.chat = Chat::Group(msg.chat.id.0);
    }
    let update_id = i64::from(update.id.0);
    let Some(replies) = app.outage.answer(&bot, &app, msg.chat.id, &who, event, update_id).await else {
        return Ok(());
    };
    send::replies(&bot, &app.i18n, msg.chat.id, &replies).await
}

/// A group or supergroup message that is a command for this bot: `/digest`, or `/digest@ThisBot` (a command
/// addressed to another bot in the same group is not ours).
fn group_command(msg: &Message, app: &App) -> bool {
    if !(msg.chat.is_group() || msg.chat.is_supergroup()) {
        return false;
    }
    let Some(first) = msg.text().and_then(|t| t.split_whitespace().next()) else { return false };
    let Some(command) = first.strip_prefix('/') else { return false };
    match command.split_once('@') {
        None => true,
        Some((_, to)) => app.engine.bot_username().is_some_and(|me| me.eq_ignore_ascii_case(to)),
    }
}

async fn on_callback<R: TgBot>(
    bot: R,
    query: CallbackQuery,
    update: Update,
    app: Arc<App>,
) -> Result<(), RequestError> {
    // A press on an old inline message has no message (hence no chat): answer in the member's private chat.
    let chat = match &query.message {
        Some(message) if !message.chat().is_private() => None,
        Some(message) => Some(message.chat().id),
        None => Some(ChatId(user_id(&query.from))),
    };
    // The place in the lane before the first await (the order of a chat's presses), then the answer whatever
    // follows: until then the member's phone shows a spinner on the button.
    let entry = chat.filter(|_| !query.from.is_bot).map(|chat| (chat, app.lanes.enter(chat.0)));
    if let Err(e) = bot.answer_callback_query(query.id.clone()).await {
        tracing::warn!(error = %e, "answering a button press failed");
    }
    let Some((chat, entry)) = entry else { return Ok(()) };
    let Some(_turn) = take_turn(&bot, &app, chat, &query.from, entry).await else { return Ok(()) };
    // No data is pressed as an empty payload: the core answers it like any stale button.
    let event = Event::Button(query.data.clone().unwrap_or_default());
    let who = actor(&query.from);
    let update_id = i64::from(update.id.0);
    let Some(replies) = app.outage.answer(&bot, &app, chat, &who, event, update_id).await else {
        return Ok(());
    };
    send::replies(&bot, &app.i18n, chat, &replies).await
}

fn actor(user: &User) -> Actor {
    Actor {
        user_id: user_id(user),
        display_name: user.full_name(),
        language_code: user.language_code.clone(),
        chat: Chat::Private,
    }
}

/// Telegram user ids fit in 52 bits; the store keeps them as i64.
fn user_id(user: &User) -> i64 {
    i64::try_from(user.id.0).unwrap_or(i64::MAX)
}
