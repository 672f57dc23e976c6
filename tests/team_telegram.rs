//! A two-person team over the real Telegram front end against the fake Bot API: the owner's invite carries a
//! t.me deep link with the bot's own username, the colleague opens it (`/start CODE`) and joins; a second
//! colleague with the same link is told it was used.

mod fake_bot_api;

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use fake_bot_api::{FakeBotApi, PATIENCE, TgUser};
use pocketcrm::core::{Engine, FixedClock};
use pocketcrm::frontend::telegram::serve;
use pocketcrm::i18n::I18n;
use teloxide::Bot;
use tokio::sync::watch;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invite_link_from_telegram_brings_a_colleague_into_the_team() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let store = pocketcrm::store::connect(&url).await.expect("open the store");
    store.migrate().await.expect("migrate");
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()));
    let engine = Engine::new(store.clone(), clock);
    let fake = FakeBotApi::start().await;
    let bot = Bot::new(fake_bot_api::TOKEN).set_api_url(url::Url::parse(fake.url()).expect("fake url"));
    let (stop, stopped) = watch::channel(false);
    let running = tokio::spawn(serve(bot, engine, Arc::new(I18n::load().expect("locales")), stopped));

    let owner = TgUser::new(7_000_001, "Olga", None, Some("en"));
    fake.push_text(&owner, "/start");
    fake.next_message(owner.id).await;
    fake.push_text(&owner, "/invite");
    let invite = fake.next_message(owner.id).await;
    let prefix = "https://t.me/pocket_crm_test_bot?start=";
    let start = invite.text.find(prefix).unwrap_or_else(|| panic!("no deep link in {}", invite.text));
    let code: String = invite.text[start + prefix.len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert!(code.len() >= 22, "{}", invite.text);
    assert!(invite.text.contains(&format!("/start {code}")), "the raw command too: {}", invite.text);

    // Telegram turns the opened link into "/start CODE".
    let max = TgUser::new(7_000_002, "Max", None, Some("ru"));
    fake.push_text(&max, &format!("/start {code}"));
    let welcome = fake.next_message(max.id).await;
    assert!(welcome.text.contains("Добро пожаловать") && welcome.text.contains("менеджер"), "{}", welcome.text);
    fake.push_text(&max, "/team");
    let team = fake.next_message(max.id).await;
    assert!(team.text.contains("Olga") && team.text.contains("Max"), "{}", team.text);

    let late = TgUser::new(7_000_003, "Late", None, Some("en"));
    fake.push_text(&late, &format!("/start {code}"));
    let used = fake.next_message(late.id).await;
    assert!(used.text.contains("already been used") && used.text.contains("new link"), "{}", used.text);
    let late_member = store.member_by_tg(late.id).await.unwrap().unwrap();
    assert_eq!(late_member.workspace_id, None, "nothing changed for the late colleague");

    stop.send(true).expect("the bot listens");
    let stopped = tokio::time::timeout(PATIENCE, running).await.expect("the bot stops in time");
    stopped.expect("no panic").expect("a clean stop");
}
