//! The CRM itself: takes "this member said or pressed X", returns typed replies. Knows nothing of Telegram.

pub mod audit;
pub mod callback;
pub mod campaigns;
mod card;
mod clients;
pub mod clock;
pub mod commands;
mod context;
pub mod customers;
mod deals;
pub mod digest;
mod dispatch;
pub mod input;
mod journal;
mod reach;
mod reminders;
pub mod reply;
mod reports;
pub mod roles;
pub mod session;
mod settings;
mod similar;
mod team;

use std::sync::Arc;

use tokio::sync::Notify;

use crate::secret::ServerSecret;
use crate::store::{DueReminder, Store};
pub use clock::{Clock, FixedClock, SystemClock};
pub use dispatch::Unavailable;
pub use input::{Actor, Chat, Event};
pub use reply::{Arg, Button, Keyboard, Menu, Photo, Reply, Text, TimeStyle};

/// The longest message the core reads; Telegram's own limit, so the console cannot smuggle in more.
pub const MAX_INPUT_CHARS: usize = 4096;

#[derive(Clone)]
pub struct Engine {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    /// Wakes the scheduler when a reminder is added or moved, so it never polls.
    wake: Arc<Notify>,
    /// The bot's Telegram username, for t.me deep links; `None` in the console (links show as `/start CODE`).
    bot_username: Option<String>,
    /// Keys the do-not-contact hash (`customers::subject_hash`).
    secret: Arc<ServerSecret>,
}

impl Engine {
    /// An engine with a secret of its own that dies with the process: the front ends give it the server's
    /// (`with_secret`), and tests need no other.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        let secret = Arc::new(ServerSecret::ephemeral());
        Engine { store, clock, wake: Arc::new(Notify::new()), bot_username: None, secret }
    }

    pub fn with_secret(mut self, secret: ServerSecret) -> Self {
        self.secret = Arc::new(secret);
        self
    }

    pub fn secret(&self) -> &ServerSecret {
        &self.secret
    }

    pub fn set_bot_username(&mut self, username: &str) {
        self.bot_username = Some(username.to_string()).filter(|u| !u.is_empty());
    }

    pub fn bot_username(&self) -> Option<&str> {
        self.bot_username.as_deref()
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// The scheduler waits on this.
    pub fn wake_handle(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Handle one thing a member did. Never fails: problems become a localized explanation.
    pub async fn handle(&self, actor: &Actor, event: Event) -> Vec<Reply> {
        let lang = crate::i18n::supported_lang(actor.language_code.as_deref());
        self.try_handle(actor, event)
            .await
            .unwrap_or_else(|Unavailable| vec![Reply::new(lang, Text::key("storage-gave-up"))])
    }

    /// `handle`, except that a database out of reach is not answered: the caller may wait and try again (nothing
    /// of this update was kept), or answer `storage-gave-up`, which is what `handle` does.
    pub async fn try_handle(&self, actor: &Actor, event: Event) -> Result<Vec<Reply>, Unavailable> {
        let replies = dispatch::try_handle(self, actor, event).await?;
        let now = self.clock.now();
        Ok(replies.into_iter().map(|r| r.show_years(now)).collect())
    }

    /// The message a due reminder arrives as (used by the scheduler).
    pub async fn reminder_message(&self, due: &DueReminder) -> Reply {
        reminders::due_message(self, due).await.show_years(self.clock.now())
    }

    /// The one message saying a reminder's send was cut short by a crash (used by the scheduler).
    pub fn interrupted_message(&self, due: &DueReminder) -> Reply {
        reminders::interrupted_message(due).show_years(self.clock.now())
    }
}
