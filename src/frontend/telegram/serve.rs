//! The bot's life: introduce itself (getMe, the command menus), poll for updates and deliver reminders until
//! told to stop, then stop in order — updates first (replies in flight are finished), then the scheduler.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use teloxide::dispatching::Dispatcher;
use teloxide::dptree;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::update_listeners::Polling;
use teloxide::{ApiError, RequestError};
use tokio::sync::watch;

use super::handlers::{self, App};
use super::{TelegramNotifier, TgBot, commands};
use crate::core::Engine;
use crate::i18n::I18n;
use crate::scheduler::{Scheduler, instance_id};

/// How long one getUpdates call may wait for news (below reqwest's 17 s client timeout).
const POLL_TIMEOUT: Duration = Duration::from_secs(10);

/// Run the bot until `shutdown` turns true (or its sender is dropped).
pub async fn serve<R: TgBot>(
    bot: R,
    mut engine: Engine,
    i18n: Arc<I18n>,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let me = bot.get_me().await.map_err(|e| match e {
        RequestError::Api(ApiError::InvalidToken) => {
            anyhow::anyhow!("the Bot API refused the token: check TELOXIDE_TOKEN with @BotFather")
        }
        other => anyhow::anyhow!("cannot reach the Bot API (getMe failed): {other}"),
    })?;
    let username = me.user.username.clone().unwrap_or_default();
    // Invite and opt-in links are t.me/<username>?start=… deep links.
    engine.set_bot_username(&username);
    commands::publish(&bot, &i18n).await;

    let notifier = Arc::new(TelegramNotifier::new(bot.clone(), i18n.clone()));
    let (stop_scheduler, scheduler_stop) = watch::channel(false);
    let scheduler =
        tokio::spawn(Scheduler::standard(engine.clone(), notifier, instance_id("telegram")).run(scheduler_stop));

    let app = Arc::new(App { engine, i18n });
    let mut dispatcher = Dispatcher::builder(bot.clone(), handlers::schema::<R>())
        .dependencies(dptree::deps![app])
        // Updates the schema does not take (group messages, edits, …) are dropped without a log line each.
        .default_handler(|_| async {})
        .build();
    let token = dispatcher.shutdown_token();
    let stopper = tokio::spawn(async move {
        let _ = shutdown.wait_for(|stop| *stop).await;
        // The dispatcher may still be starting (deleteWebhook, getMe): ask again until it is listening.
        while token.shutdown().is_err() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    });

    let listener = Polling::builder(bot).timeout(POLL_TIMEOUT).delete_webhook().await.build();
    tracing::info!(bot = %username, "Telegram bot started");
    let dispatched = dispatcher
        .try_dispatch_with_listener(listener, LoggingErrorHandler::with_custom_text("getting updates failed"))
        .await;
    stopper.abort();
    let _ = stop_scheduler.send(true);
    let scheduled = scheduler.await;
    tracing::info!(bot = %username, "Telegram bot stopped");
    dispatched.context("the Bot API refused to start polling")?;
    scheduled.context("the reminder scheduler crashed")?;
    Ok(())
}
