//! The real Telegram front end, in-process, against a local fake of the Bot API: what a member types and
//! presses goes through teloxide's long polling to the core, and the replies come back as sendMessage calls.

mod fake_bot_api;

use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use fake_bot_api::{FakeBotApi, PATIENCE, TgUser};
use pocketcrm::core::{Engine, FixedClock};
use pocketcrm::frontend::telegram::serve;
use pocketcrm::i18n::{I18n, LANGS};
use pocketcrm::store::Store;
use teloxide::Bot;
use tempfile::TempDir;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The bot running against the fake, on a fresh SQLite file, at a fixed moment.
struct Harness {
    fake: FakeBotApi,
    clock: Arc<FixedClock>,
    engine: Engine,
    store: Arc<dyn Store>,
    i18n: I18n,
    stop: watch::Sender<bool>,
    bot: JoinHandle<anyhow::Result<()>>,
    _dir: TempDir,
}

impl Harness {
    async fn start() -> Harness {
        // Shown only for a failing test.
        let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
        let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = pocketcrm::store::connect(&url).await.expect("open the store");
        store.migrate().await.expect("migrate");
        // A Tuesday morning, well away from any DST change.
        let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()));
        let engine = Engine::new(store.clone(), clock.clone());
        let fake = FakeBotApi::start().await;
        let bot = Bot::new(fake_bot_api::TOKEN).set_api_url(url::Url::parse(fake.url()).expect("fake url"));
        let i18n = Arc::new(I18n::load().expect("locales"));
        let (stop, stopped) = watch::channel(false);
        let bot = tokio::spawn(serve(bot, engine.clone(), i18n, stopped));
        Harness { fake, clock, engine, store, i18n: I18n::load().expect("locales"), stop, bot, _dir: dir }
    }

    /// Stop the bot as SIGTERM would, and require that it stops cleanly and promptly.
    async fn stop(self) {
        self.stop.send(true).expect("the bot listens for the stop signal");
        let stopped = tokio::time::timeout(PATIENCE, self.bot).await.expect("the bot stops within the patience");
        stopped.expect("the bot task did not panic").expect("the bot stopped without an error");
    }

    fn msg(&self, key: &str) -> String {
        self.i18n.msg("en", key)
    }

    /// /start, then English, then the first zone offered: a member with a workspace.
    async fn onboard(&self, user: &TgUser) {
        self.fake.onboard(user).await;
    }
}

fn maria() -> TgUser {
    TgUser::new(5_000_001, "Maria", Some("Sales"), Some("en-GB"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_goes_from_start_to_a_delivered_reminder_and_marks_it_done() {
    let h = Harness::start().await;
    let user = maria();
    let chat = user.id;

    // The command menu went out in every language we speak, plus the default one.
    let menus = h.fake.wait_calls("setMyCommands", LANGS.len() + 1).await;
    for lang in LANGS {
        let menu = menus.iter().find(|m| m["language_code"] == lang).unwrap_or_else(|| panic!("no menu in {lang}"));
        let commands = menu["commands"].as_array().expect("commands");
        assert!(commands.iter().any(|c| c["command"] == "add"), "{lang}: {menu}");
        assert!(commands.iter().all(|c| !c["description"].as_str().unwrap_or_default().is_empty()), "{lang}");
    }
    assert!(menus.iter().any(|m| m.get("language_code").is_none()), "a default menu without a language");

    // /start: a welcome with the language buttons.
    h.fake.push_text(&user, "/start");
    let welcome = h.fake.next_message(chat).await;
    assert!(welcome.text.contains("Maria Sales"), "greets by name: {}", welcome.text);
    let langs = welcome.button_data();
    assert_eq!(langs.len(), LANGS.len(), "one button per language: {langs:?}");
    assert!(welcome.reply_markup.as_ref().is_some_and(|m| m.get("inline_keyboard").is_some()));

    // English: the zones to choose from.
    let en = welcome.data_starting("l:en").expect("an English button");
    let (_, lang_press) = h.fake.push_callback(&user, Some(&welcome), Some(&en));
    let zones = h.fake.next_message(chat).await;
    assert!(zones.text.starts_with(&h.msg("lang-set")), "{}", zones.text);
    let zone = zones.data_starting("z:").expect("zone buttons");
    h.fake.push_callback(&user, Some(&zones), Some(&zone));
    let zone_set = h.fake.next_message(chat).await;
    assert!(zone_set.button_data().is_empty(), "{zone_set:?}");

    // A client in one line: the card comes back with its buttons.
    h.fake.push_text(&user, "/add Ivan Petrov +7 999 123-45-67 ivan@example.com #vip @Acme");
    let card = h.fake.next_message(chat).await;
    for part in ["Ivan Petrov", "ivan@example.com", "Acme", "vip"] {
        assert!(card.text.contains(part), "the card shows {part}: {}", card.text);
    }
    assert!(!card.button_data().is_empty(), "the card has buttons");
    assert!(card.button_data().iter().all(|d| d.len() <= 64), "{:?}", card.button_data());

    // A reminder in a minute: confirmed, and nothing is sent before its time.
    h.fake.push_text(&user, "/remind in 1 minute call Ivan");
    let confirmation = h.fake.next_message(chat).await;
    assert!(confirmation.text.contains("call Ivan"), "{}", confirmation.text);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(h.fake.sent_to(chat).len(), 5, "nothing due yet");

    // Two minutes later the scheduler wakes and the reminder arrives with Done / +1 hour / Tomorrow.
    h.clock.advance(chrono::Duration::minutes(2));
    h.engine.wake_handle().notify_one();
    let reminder = h.fake.next_message(chat).await;
    assert!(reminder.text.contains("call Ivan"), "{}", reminder.text);
    let first_row: Vec<String> = reminder.buttons()[0].iter().map(|(label, _)| label.clone()).collect();
    assert_eq!(first_row, [h.msg("btn-done"), h.msg("btn-hour"), h.msg("btn-tomorrow")]);
    let done = reminder.data_starting("rd:").expect("a Done button");
    let id: i64 = done["rd:".len()..].parse().expect("Done carries the reminder id");
    assert_eq!(reminder.data_starting("rh:"), Some(format!("rh:{id}")));
    assert_eq!(reminder.data_starting("rt:"), Some(format!("rt:{id}")));

    // Done: the press is answered (no spinner left) and confirmed in words.
    let (_, press) = h.fake.push_callback(&user, Some(&reminder), Some(&done));
    let confirmed = h.fake.next_message(chat).await;
    assert!(confirmed.text.contains("call Ivan"), "{}", confirmed.text);
    let answers = h.fake.calls("answerCallbackQuery");
    for id in [&lang_press, &press] {
        assert!(answers.iter().any(|a| a["callback_query_id"] == id.as_str()), "{id} answered: {answers:?}");
    }
    // Plain text only: nothing a member typed can be read as markup.
    assert!(h.fake.calls("sendMessage").iter().all(|m| m.get("parse_mode").is_none()));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_delivered_twice_is_handled_once() {
    let h = Harness::start().await;
    let user = TgUser::new(5_000_002, "Oleg", None, Some("en"));
    let cancelled = h.msg("cancelled");

    let first = h.fake.push_text(&user, "/cancel");
    assert_eq!(h.fake.next_message(user.id).await.text, cancelled);

    // Telegram sends it again (as after a crash before the offset was confirmed), then something new.
    h.fake.redeliver(first);
    h.fake.wait_delivered(first, 2).await;
    h.fake.push_text(&user, "/help");
    // Updates of one chat are handled in order: had the copy been handled, its answer would come first.
    let next = h.fake.next_message(user.id).await;
    assert_ne!(next.text, cancelled, "the re-delivered update was handled again");
    assert!(next.text.contains("/add"), "{}", next.text);
    assert!(!h.store.first_time_update(first).await.expect("store"), "the update id is remembered");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_or_empty_button_is_answered_and_explained_without_a_crash() {
    let h = Harness::start().await;
    let user = TgUser::new(5_000_003, "Ana", None, Some("en"));
    h.onboard(&user).await;
    let stale = h.msg("err-stale-button");
    let last = h.fake.sent_to(user.id).last().cloned().expect("onboarding messages");

    // Well-formed but naming no client of this member: the core says the client is gone.
    let (_, forged) = h.fake.push_callback(&user, Some(&last), Some("c:999999"));
    assert_eq!(h.fake.next_message(user.id).await.text, h.msg("err-client-gone"));

    let (_, garbage) = h.fake.push_callback(&user, Some(&last), Some("zz:1:2:3"));
    assert_eq!(h.fake.next_message(user.id).await.text, stale);

    // A press without data, on an old inline message (no message, no chat): answered in the private chat.
    let (_, bare) = h.fake.push_callback(&user, None, None);
    assert_eq!(h.fake.next_message(user.id).await.text, stale);

    let answers = h.fake.calls("answerCallbackQuery");
    for id in [forged, garbage, bare] {
        assert!(answers.iter().any(|a| a["callback_query_id"] == id.as_str()), "{id} answered: {answers:?}");
    }
    // The bot is still alive.
    h.fake.push_text(&user, "/cancel");
    assert_eq!(h.fake.next_message(user.id).await.text, h.msg("cancelled"));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_messages_are_ignored_and_a_sticker_gets_a_hint() {
    let h = Harness::start().await;
    let user = TgUser::new(5_000_004, "Li", None, Some("en"));

    let in_group = h.fake.push_group_text(&user, -100_777, "/start");
    h.fake.push_sticker(&user);
    let hint = h.fake.next_message(user.id).await;
    assert_eq!(hint.text, h.msg("err-empty"));
    // The group message was fetched with the sticker; give a wrong answer time to show up.
    assert_eq!(h.fake.deliveries(in_group), 1);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(h.fake.sent_to(-100_777).is_empty(), "nothing is said in a group yet");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shared_contact_becomes_a_client_card() {
    let h = Harness::start().await;
    let user = TgUser::new(5_000_005, "Sam", None, Some("en"));
    h.onboard(&user).await;

    h.fake.push_contact(&user, "+44 20 7946 0958", "Olga", Some("Ivanova"));
    let card = h.fake.next_message(user.id).await;
    assert!(card.text.contains("Olga Ivanova"), "{}", card.text);
    assert!(!card.button_data().is_empty(), "the card has buttons");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_stops_the_bot_with_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store =
        pocketcrm::store::connect(&format!("sqlite://{}", dir.path().join("t.db").display())).await.expect("store");
    store.migrate().await.expect("migrate");
    let engine = Engine::new(store, Arc::new(FixedClock::new(Utc::now())));
    let fake = FakeBotApi::start().await;
    let bot = Bot::new("999:wrong").set_api_url(url::Url::parse(fake.url()).expect("fake url"));
    let (_stop, stopped) = watch::channel(false);
    let served = tokio::time::timeout(PATIENCE, serve(bot, engine, Arc::new(I18n::load().expect("locales")), stopped));
    let err = served.await.expect("fails fast").expect_err("a refused token is an error");
    assert!(err.to_string().contains("refused the token"), "{err}");
    assert!(!format!("{err:#}").contains("999:wrong"), "the token never appears in the error");
}
