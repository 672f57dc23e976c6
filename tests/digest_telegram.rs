//! The team group through the real Telegram front end and a local fake of the Bot API: the owner makes a group
//! the team's with `/digest here`, strangers get one line and no data, other commands and other bots' commands
//! are ignored there, and the scheduled team digest is posted in the group.

mod fake_bot_api;

use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use fake_bot_api::{FakeBotApi, PATIENCE, TgUser};
use pocketcrm::core::{Engine, FixedClock, Text};
use pocketcrm::frontend::telegram::serve;
use pocketcrm::i18n::I18n;
use pocketcrm::store::Store;
use teloxide::Bot;
use tokio::sync::watch;

const GROUP: i64 = -100_777;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_owner_binds_a_group_strangers_get_one_line_and_the_digest_is_posted_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let store: Arc<dyn Store> = pocketcrm::store::connect(&url).await.expect("store");
    store.migrate().await.expect("migrate");
    // Tuesday 10 March 2026, 09:00 UTC.
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()));
    let engine = Engine::new(store.clone(), clock.clone());
    let fake = FakeBotApi::start().await;
    let bot = Bot::new(fake_bot_api::TOKEN).set_api_url(url::Url::parse(fake.url()).expect("fake url"));
    let (stop, stopped) = watch::channel(false);
    let running = tokio::spawn(serve(bot, engine.clone(), Arc::new(I18n::load().expect("locales")), stopped));
    let i18n = I18n::load().expect("locales");

    // The owner starts in private: English, the first zone offered.
    let owner = TgUser::new(6_000_001, "Maria", None, Some("en"));
    fake.push_text(&owner, "/start");
    let welcome = fake.next_message(owner.id).await;
    fake.push_callback(&owner, Some(&welcome), welcome.data_starting("l:en").as_deref());
    let zones = fake.next_message(owner.id).await;
    fake.push_callback(&owner, Some(&zones), zones.data_starting("z:").as_deref());
    fake.next_message(owner.id).await;
    let ws = store.member_by_tg(owner.id).await.unwrap().unwrap().workspace_id.unwrap();
    let team = store.get_workspace(ws).await.unwrap().unwrap().name;

    // In the group, a stranger asks first: nothing to say, the group is no team's yet.
    let stranger = TgUser::new(6_000_009, "Li", None, Some("en"));
    fake.push_group_text(&stranger, GROUP, "/digest");
    // The owner makes it the team's group: a confirmation and the team digest, without buttons.
    fake.push_group_text(&owner, GROUP, "/digest@pocket_crm_test_bot here");
    let posted = fake.next_messages(GROUP, 2).await;
    assert!(posted[0].text.starts_with("✅") && posted[0].text.contains(&team), "{}", posted[0].text);
    assert!(posted[1].text.starts_with(&format!("☀️ {team}")), "{}", posted[1].text);
    assert!(posted.iter().all(|m| m.button_data().is_empty()), "no buttons in a group");
    assert_eq!(store.get_workspace(ws).await.unwrap().unwrap().group_chat_id, Some(GROUP));

    // Now the stranger gets one line saying whose bot it is, and no data.
    fake.push_group_text(&stranger, GROUP, "/digest");
    let line = fake.next_message(GROUP).await;
    let expected = i18n.text("en", &Text::key("digest-group-members-only").with("team", team.clone()));
    assert_eq!(line.text, expected);
    assert!(store.member_by_tg(stranger.id).await.unwrap().is_none(), "a stranger leaves no trace");

    // Other commands, plain talk and other bots' commands are ignored in a group, also from the owner.
    for text in ["/add Ivan Petrov", "/help", "hello everyone", "/digest@some_other_bot"] {
        fake.push_group_text(&owner, GROUP, text);
    }
    // A private message after them: answered, while the group stayed silent.
    fake.push_text(&owner, "/cancel");
    fake.next_message(owner.id).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(fake.sent_to(GROUP).len(), 3, "nothing more was said in the group");

    // The next working day, the scheduler posts the team digest in the group by itself.
    clock.set(Utc.with_ymd_and_hms(2026, 3, 11, 23, 30, 0).unwrap());
    engine.wake_handle().notify_one();
    let scheduled = fake.next_message(GROUP).await;
    assert!(scheduled.text.starts_with(&format!("☀️ {team}")), "{}", scheduled.text);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(fake.sent_to(GROUP).len(), 4, "once");

    stop.send(true).expect("stop");
    tokio::time::timeout(PATIENCE, running).await.expect("stops").expect("no panic").expect("no error");
}
