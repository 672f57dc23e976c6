//! One chat flooding the bot through the real Telegram front end (teloxide's long polling against a local fake of
//! the Bot API): the others are still answered, the flooding chat is answered in order up to a small queue and then
//! shed with one notice, and the bot still stops promptly. How fast the others are answered during a flood is a
//! figure of `cargo bench --bench flood`, not an assertion here.

mod fake_bot_api;

use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use fake_bot_api::{FakeBotApi, PATIENCE, TgUser};
use pocketcrm::core::{Engine, FixedClock};
use pocketcrm::frontend::telegram::serve;
use pocketcrm::i18n::I18n;
use teloxide::Bot;
use tokio::sync::watch;
use tokio::time::Instant;

const FLOOD: usize = 500;

/// Wait (bounded) until nothing more is sent to `chat` for a while; how many messages it got.
async fn settled(fake: &FakeBotApi, chat: i64) -> usize {
    let start = Instant::now();
    let mut last = (fake.sent_to(chat).len(), Instant::now());
    while start.elapsed() < PATIENCE * 3 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let now = fake.sent_to(chat).len();
        if now != last.0 {
            last = (now, Instant::now());
        } else if last.1.elapsed() > Duration::from_millis(700) {
            return now;
        }
    }
    panic!("chat {chat} kept receiving messages");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooding_chat_is_shed_in_order_and_nobody_else_waits_behind_it() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "error".into());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
    let dir = tempfile::tempdir().unwrap();
    let store = pocketcrm::store::connect(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
    store.migrate().await.unwrap();
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()));
    let engine = Engine::new(store.clone(), clock);
    let fake = FakeBotApi::start().await;
    let bot = Bot::new(fake_bot_api::TOKEN).set_api_url(url::Url::parse(fake.url()).unwrap());
    let i18n = I18n::load().unwrap();
    let (stop, stopped) = watch::channel(false);
    let running = tokio::spawn(serve(bot, engine, Arc::new(I18n::load().unwrap()), stopped));

    let flooder = TgUser::new(6_000_001, "Spam", None, Some("en"));
    let others: Vec<TgUser> = (0..3).map(|i| TgUser::new(6_000_100 + i, "Colleague", None, Some("en"))).collect();
    fake.onboard(&flooder).await;
    for other in &others {
        fake.onboard(other).await;
    }
    let before = fake.sent_to(flooder.id).len();

    // 500 messages from one chat in one go, then one command from each of the others and a newcomer's /start.
    for i in 0..FLOOD {
        fake.push_text(&flooder, &format!("/find zq{i:03}"));
    }
    for other in &others {
        fake.push_text(other, "/today");
    }
    let newcomer = TgUser::new(6_000_200, "New", None, Some("en"));
    fake.push_text(&newcomer, "/start");

    // Everybody else is answered (within the helpers' patience, far less than the flood would take in turn).
    for other in &others {
        let answer = fake.next_message(other.id).await;
        assert!(!answer.text.is_empty());
    }
    let welcome = fake.next_message(newcomer.id).await;
    assert!(welcome.data_starting("l:en").is_some(), "the newcomer is welcomed: {}", welcome.text);

    let received = settled(&fake, flooder.id).await;
    let flood_replies: Vec<String> = fake.sent_to(flooder.id)[before..].iter().map(|s| s.text.clone()).collect();
    let notice = i18n.msg("en", "flood-shed");
    let notices = flood_replies.iter().filter(|t| **t == notice).count();
    assert_eq!(notices, 1, "told once, not once per message: {flood_replies:?}");
    let answered: Vec<usize> = flood_replies
        .iter()
        .filter_map(|t| t.split("zq").nth(1).and_then(|rest| rest.get(..3)).and_then(|n| n.parse().ok()))
        .collect();
    assert!(!answered.is_empty(), "the flooding chat is still answered");
    assert!(answered.len() < FLOOD, "the rest is shed, not queued: {} answered", answered.len());
    assert!(answered.windows(2).all(|w| w[0] < w[1]), "a chat's messages are answered in order: {answered:?}");
    assert_eq!(answered[0], 0, "the first message is answered");

    // After the flood the chat is served normally again.
    fake.push_text(&flooder, "/find zq999");
    assert_eq!(settled(&fake, flooder.id).await, received + 1);
    let after = fake.sent_to(flooder.id).pop().unwrap();
    assert!(after.text.contains("zq999"), "{}", after.text);

    stop.send(true).unwrap();
    let result = tokio::time::timeout(PATIENCE, running).await.expect("the bot stops promptly after a flood");
    result.unwrap().unwrap();
}
