//! The bot's life: introduce itself (getMe, the command menus), poll for updates, deliver reminders and send
//! campaigns until told to stop, then stop in order — updates first (replies in flight are finished), then the
//! scheduler and the campaign worker (promotions in flight are recorded).

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use teloxide::dispatching::Dispatcher;
use teloxide::dptree;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::update_listeners::Polling;
use teloxide::{ApiError, RequestError};
use tokio::sync::watch;

use super::gate::{Gate, RateLimits};
use super::handlers::{self, App};
use super::lanes::{DEFAULT_DEPTH, Lanes};
use super::outage::Outage;
use super::{TelegramNotifier, TgBot, commands};
use crate::core::Engine;
use crate::i18n::I18n;
use crate::scheduler::{CampaignWorker, Scheduler, WorkerConfig, instance_id};

/// How long one getUpdates call may wait for news (below reqwest's 17 s client timeout).
const POLL_TIMEOUT: Duration = Duration::from_secs(10);

/// How promotions go out: through their own bot (not a throttling one: the gate paces them and a flood answer must
/// reach the worker), at these limits, with this worker.
pub struct Promotions<P> {
    pub bot: P,
    pub limits: RateLimits,
    pub worker: WorkerConfig,
}

/// Run the bot until `shutdown` turns true (or its sender is dropped); promotions through the same bot, at the
/// limits the environment gives (`RateLimits::from_env`).
pub async fn serve<R: TgBot>(
    bot: R,
    engine: Engine,
    i18n: Arc<I18n>,
    shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let promotions = Promotions { bot: bot.clone(), limits: RateLimits::from_env(), worker: WorkerConfig::from_env() };
    serve_with(bot, promotions, engine, i18n, shutdown).await
}

/// `serve`, with promotions as given.
pub async fn serve_with<R: TgBot, P: TgBot>(
    bot: R,
    promotions: Promotions<P>,
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

    let gate = Arc::new(Gate::new(promotions.limits));
    let notifier = Arc::new(TelegramNotifier::with_promotions(bot.clone(), promotions.bot, gate.clone(), i18n.clone()));
    let (stop_scheduler, scheduler_stop) = watch::channel(false);
    let instance = instance_id("telegram");
    let scheduler = tokio::spawn(
        Scheduler::standard(engine.clone(), notifier.clone(), instance.clone()).run(scheduler_stop.clone()),
    );
    // Campaigns go out in their own tasks, beside the scheduler and the members' updates.
    let campaigns =
        tokio::spawn(CampaignWorker::new(engine.clone(), notifier, instance, promotions.worker).run(scheduler_stop));

    let app = Arc::new(App { engine, i18n, lanes: Lanes::new(DEFAULT_DEPTH), outage: Outage::new(shutdown.clone()) });
    // Whatever a member does is answered without waiting for the gate; its slot is taken at once, so a running
    // campaign yields to the members' replies and the bot stays within its limit.
    let members_first = dptree::entry().inspect(move || gate.debit()).chain(handlers::schema::<R>());
    let mut dispatcher = Dispatcher::builder(bot.clone(), members_first)
        .dependencies(dptree::deps![app])
        // Updates the schema does not take (group messages, edits, …) are dropped without a log line each.
        .default_handler(|_| async {})
        // Every update straight to one concurrent worker; a chat's order is kept by our own lanes, which shed a
        // flooding chat instead of letting it stop the dispatcher (see `lanes`).
        .distribution_function(|_| None::<()>)
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
    let campaigned = campaigns.await;
    tracing::info!(bot = %username, "Telegram bot stopped");
    dispatched.context("the Bot API refused to start polling")?;
    scheduled.context("the reminder scheduler crashed")?;
    campaigned.context("the campaign worker crashed")?;
    Ok(())
}
