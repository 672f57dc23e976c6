//! The Telegram front end: long polling in, plain-text messages out, the core in between.
//!
//! `run` turns settings into a bot and waits for a stop signal; `serve` is the bot itself, callable in-process
//! with any `Requester` (tests point a plain `Bot` at a local fake of the Bot API).

mod commands;
mod gate;
mod handlers;
mod lanes;
mod notifier;
mod outage;
mod promo;
mod send;
mod serve;

use std::sync::Arc;

use anyhow::Context;
use secrecy::ExposeSecret;
use teloxide::adaptors::throttle::Limits;
use teloxide::requests::{Requester, RequesterExt};
use teloxide::{Bot, RequestError};
use tokio::sync::watch;

use crate::config::RunArgs;
use crate::core::{Engine, SystemClock};
use crate::i18n::I18n;
use crate::secret::ServerSecret;
use crate::store::Store;

pub use gate::{Gate, RateLimits};
pub use notifier::{TelegramNotifier, delivery_error};
pub use promo::promo_error;
pub use serve::{Promotions, serve, serve_with};

/// What the front end needs of a bot: plain `Bot` in tests, `Throttle<Bot>` in production.
pub trait TgBot:
    Requester<
        Err = RequestError,
        GetUpdates: Send,
        SendMessage: Send,
        SendPhoto: Send,
        SetMyCommands: Send,
        DeleteMyCommands: Send,
        EditMessageText: Send,
    > + Clone
    + Send
    + Sync
    + 'static
{
}
impl<T> TgBot for T where
    T: Requester<
            Err = RequestError,
            GetUpdates: Send,
            SendMessage: Send,
            SendPhoto: Send,
            SetMyCommands: Send,
            DeleteMyCommands: Send,
            EditMessageText: Send,
        > + Clone
        + Send
        + Sync
        + 'static
{
}

const NO_TOKEN: &str =
    "TELOXIDE_TOKEN is not set: get a token from @BotFather, or try `pocketcrm console`, which needs none";

pub async fn run(store: Arc<dyn Store>, args: RunArgs, secret: ServerSecret) -> anyhow::Result<()> {
    let bot = bot_from(&args)?;
    let i18n = Arc::new(I18n::load().context("loading the translations")?);
    let engine = Engine::new(store, Arc::new(SystemClock)).with_secret(secret);
    let (stop, stopped) = watch::channel(false);
    tokio::spawn(async move {
        stop_signal().await;
        let _ = stop.send(true);
    });
    let limits = RateLimits::from_env();
    // Members' replies queue in teloxide's throttle; promotions go through the plain bot, paced by the gate.
    // Telegram's 20-a-minute limit is for groups; teloxide applies its per-chat minute limit to private chats as
    // well, which held a member who taps quickly to one reply every 3 seconds. A private chat gets about one a
    // second (the per-second limit); supergroups keep their limit.
    let members = bot.clone().throttle(Limits {
        messages_per_sec_overall: limits.per_sec,
        messages_per_min_chat: 60,
        messages_per_min_channel_or_supergroup: 20,
        ..Limits::default()
    });
    let promotions = Promotions { bot, limits, worker: crate::scheduler::WorkerConfig::from_env() };
    serve_with(members, promotions, engine, i18n, stopped).await
}

/// The bot the settings describe; a missing token or a bad URL is a one-line error.
fn bot_from(args: &RunArgs) -> anyhow::Result<Bot> {
    let token = args.token.as_ref().map(|t| t.expose_secret().trim().to_string()).filter(|t| !t.is_empty());
    let Some(token) = token else {
        anyhow::bail!(NO_TOKEN);
    };
    let bot = Bot::new(token);
    Ok(match &args.api_url {
        Some(url) => bot.set_api_url(parse_api_url(url)?),
        None => bot,
    })
}

/// `TELOXIDE_API_URL` / `--api-url`: an http(s) base URL; a trailing slash is dropped, as teloxide does.
fn parse_api_url(raw: &str) -> anyhow::Result<url::Url> {
    let trimmed = raw.trim().trim_end_matches('/');
    let url = url::Url::parse(trimmed)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
        .ok_or_else(|| anyhow::anyhow!("TELOXIDE_API_URL is not a valid http(s) URL: {trimmed:?}"))?;
    Ok(url)
}

/// Ctrl-C or SIGTERM (what `docker stop` and systemd send).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => tracing::info!("Ctrl-C received, stopping"),
                    _ = term.recv() => tracing::info!("SIGTERM received, stopping"),
                }
                return;
            }
            Err(e) => tracing::warn!(error = %e, "cannot listen for SIGTERM; only Ctrl-C stops the bot"),
        }
    }
    match tokio::signal::ctrl_c().await {
        Ok(()) => tracing::info!("Ctrl-C received, stopping"),
        Err(e) => {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_api_url_must_be_http_with_a_host() {
        assert_eq!(parse_api_url("http://127.0.0.1:8081/").unwrap().as_str(), "http://127.0.0.1:8081/");
        assert_eq!(parse_api_url("https://tba.local/prefix/").unwrap().as_str(), "https://tba.local/prefix");
        for bad in ["", "not a url", "ftp://x.org", "localhost:8081", "file:///tmp/x"] {
            assert!(parse_api_url(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_missing_token_says_where_to_get_one_in_one_line() {
        for token in [None, Some(""), Some("  ")] {
            let args = RunArgs { token: token.map(secrecy::SecretString::from), api_url: None };
            let err = bot_from(&args).unwrap_err().to_string();
            assert_eq!(err, NO_TOKEN);
        }
        let args = RunArgs { token: Some("123:abc".into()), api_url: Some("nonsense".into()) };
        assert!(bot_from(&args).unwrap_err().to_string().starts_with("TELOXIDE_API_URL is not a valid"));
    }
}
