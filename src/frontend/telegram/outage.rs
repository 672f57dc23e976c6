//! When the database is out of reach: the member hears it once ("I'll answer in a moment") instead of silence, and
//! their update is handled when the database is back; after `patience`, or when the bot is stopping, it is
//! refused in so many words ("not saved, send it again") rather than dropped.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use teloxide::types::ChatId;
use tokio::sync::watch;
use tokio::time::Instant;

use super::handlers::App;
use super::{TgBot, send};
use crate::core::{Actor, Event, Reply, Text};
use crate::i18n::supported_lang;

/// How long an update waits for the database by default (`POCKETCRM_OUTAGE_SECS`): longer than a database restart
/// or a failover takes, short enough that a person is not left wondering.
const DEFAULT_PATIENCE: Duration = Duration::from_secs(120);
/// Between two tries: quick at first (a blip), then every few seconds.
const FIRST_PAUSE: Duration = Duration::from_millis(250);
const LONGEST_PAUSE: Duration = Duration::from_secs(4);

pub struct Outage {
    patience: Duration,
    /// Chats told that the storage is out of reach, until one of their updates goes through again.
    told: Mutex<HashSet<i64>>,
    stopping: watch::Receiver<bool>,
}

impl Outage {
    pub fn new(stopping: watch::Receiver<bool>) -> Self {
        let patience = std::env::var("POCKETCRM_OUTAGE_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .map(Duration::from_secs)
            .unwrap_or(DEFAULT_PATIENCE);
        Outage { patience, told: Mutex::new(HashSet::new()), stopping }
    }

    /// The core's answer to update `update_id` (`event`), waiting out an outage of the database; `None` for an update
    /// handled before (Telegram sends an update again when the previous run did not confirm it: handle each once).
    pub async fn answer<R: TgBot>(
        &self,
        bot: &R,
        app: &App,
        chat: ChatId,
        who: &Actor,
        event: Event,
        update_id: i64,
    ) -> Option<Vec<Reply>> {
        let (engine, i18n) = (&app.engine, &app.i18n);
        let started = Instant::now();
        let mut pause = FIRST_PAUSE;
        let mut stopping = self.stopping.clone();
        let mut recorded = false;
        loop {
            if !recorded {
                match engine.store().first_time_update(update_id).await {
                    Ok(true) => recorded = true,
                    Ok(false) => {
                        tracing::info!(update = update_id, "update seen before; skipped");
                        return None;
                    }
                    Err(e) if e.is_unavailable() => {}
                    Err(e) => {
                        // Better a possible second answer than silence.
                        tracing::error!(error = ?e, "recording the update id failed; handling it anyway");
                        recorded = true;
                    }
                }
            }
            // `Err(Unavailable)`: nothing of the update was kept; wait and try again.
            if recorded && let Ok(replies) = engine.try_handle(who, event.clone()).await {
                self.told().remove(&chat.0);
                return Some(replies);
            }
            let lang = supported_lang(who.language_code.as_deref());
            if *stopping.borrow() || started.elapsed() >= self.patience {
                tracing::warn!(chat = chat.0, "the database stayed out of reach; an update was refused");
                return Some(vec![Reply::new(lang, Text::key("storage-gave-up"))]);
            }
            if self.told().insert(chat.0) {
                tracing::warn!(chat = chat.0, "the database is out of reach; the update waits for it");
                let notice = Reply::new(lang, Text::key("storage-down"));
                if let Err(e) = send::one(bot, i18n, chat, &notice).await {
                    tracing::warn!(error = %e, "telling a member that the storage is out of reach failed");
                }
            }
            let stop = async {
                // A dropped sender never says stop: wait out the pause.
                if stopping.wait_for(|stop| *stop).await.is_err() {
                    std::future::pending::<()>().await;
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                _ = stop => {}
            }
            pause = (pause * 2).min(LONGEST_PAUSE);
        }
    }

    fn told(&self) -> std::sync::MutexGuard<'_, HashSet<i64>> {
        self.told.lock().unwrap_or_else(|e| e.into_inner())
    }
}
