//! Issue 3's story over the real Telegram front end and the fake Bot API: the owner invites a manager and a
//! lead; the manager adds a client and a deal and moves it to Won with one tap; the lead's `/pipeline` and the
//! next morning's `/digest` show it; the owner hears of each newcomer; a member of another team sees none of it.

mod fake_bot_api;

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use fake_bot_api::{FakeBotApi, PATIENCE, Sent, TgUser};
use pocketcrm::core::{Engine, FixedClock};
use pocketcrm::frontend::telegram::serve;
use pocketcrm::i18n::I18n;
use teloxide::Bot;
use tokio::sync::watch;

/// Read the chat's next messages until one satisfies `wanted` (replies come in one or several messages).
async fn until(fake: &FakeBotApi, chat: i64, what: &str, wanted: impl Fn(&Sent) -> bool) -> Sent {
    for _ in 0..8 {
        let sent = fake.next_message(chat).await;
        if wanted(&sent) {
            return sent;
        }
    }
    panic!("no message to {chat} with {what}");
}

fn code_in(text: &str) -> String {
    let start = text.find("/start ").unwrap_or_else(|| panic!("no /start code in {text}")) + "/start ".len();
    text[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

fn button(sent: &Sent, label_part: &str) -> String {
    sent.buttons()
        .into_iter()
        .flatten()
        .find(|(label, _)| label.contains(label_part))
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {label_part:?} under {}", sent.text))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_two_person_team_sells_and_the_lead_sees_it_while_another_team_sees_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let store = pocketcrm::store::connect(&url).await.expect("open the store");
    store.migrate().await.expect("migrate");
    // Monday 2026-11-23 10:00 UTC.
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()));
    let engine = Engine::new(store.clone(), clock.clone());
    let fake = FakeBotApi::start().await;
    let bot = Bot::new(fake_bot_api::TOKEN).set_api_url(url::Url::parse(fake.url()).expect("fake url"));
    let (stop, stopped) = watch::channel(false);
    let running = tokio::spawn(serve(bot, engine, Arc::new(I18n::load().expect("locales")), stopped));

    let olga = TgUser::new(8_000_001, "Olga", None, Some("en"));
    fake.push_text(&olga, "/start");
    until(&fake, olga.id, "a welcome", |s| s.text.contains("Olga")).await;
    fake.push_text(&olga, "/tz London");
    until(&fake, olga.id, "the zone", |s| s.text.contains("London")).await;
    fake.push_text(&olga, "/invite manager");
    let manager_code = code_in(&until(&fake, olga.id, "an invite", |s| s.text.contains("/start ")).await.text);
    fake.push_text(&olga, "/invite lead");
    let lead_code = code_in(&until(&fake, olga.id, "an invite", |s| s.text.contains("/start ")).await.text);

    let max = TgUser::new(8_000_002, "Max", None, Some("en"));
    fake.push_text(&max, &format!("/start {manager_code}"));
    until(&fake, max.id, "a welcome", |s| s.text.contains("manager")).await;
    // The owner hears of it in her own chat at once.
    until(&fake, olga.id, "a join notice", |s| s.text.contains("Max") && s.text.contains("joined")).await;
    let lena = TgUser::new(8_000_003, "Lena", None, Some("en"));
    fake.push_text(&lena, &format!("/start {lead_code}"));
    until(&fake, lena.id, "a welcome", |s| s.text.contains("lead")).await;

    fake.push_text(&max, "/add Ivan Petrov +7 999 123-45-67 @Acme");
    until(&fake, max.id, "the card", |s| s.text.contains("+79991234567")).await;
    fake.push_text(&max, "/deal 12000 EUR Website redesign");
    let card =
        until(&fake, max.id, "the deal card", |s| s.text.contains("Website redesign") && !s.buttons().is_empty()).await;
    fake.push_callback(&max, Some(&card), Some(&button(&card, "Won")));
    let ask = until(&fake, max.id, "the amount question", |s| s.text.contains("12,000")).await;
    fake.push_callback(&max, Some(&ask), Some(&button(&ask, "as is")));
    until(&fake, max.id, "the win", |s| s.text.contains("won with")).await;

    fake.push_text(&lena, "/pipeline");
    let pipeline = until(&fake, lena.id, "the pipeline", |s| s.text.contains("Won:")).await;
    assert!(pipeline.text.contains("12,000 EUR"), "{}", pipeline.text);
    assert!(!fake.calls("sendphoto").is_empty(), "the chart went out as a photo");

    // The next morning the lead's digest has yesterday's win with its amount.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 24, 7, 0, 0).unwrap());
    fake.push_text(&lena, "/digest");
    let digest = until(&fake, lena.id, "the digest", |s| s.text.contains("Max")).await;
    assert!(digest.text.contains("12,000") && digest.text.contains("won"), "{}", digest.text);

    // Another team: nothing of it.
    let rival = TgUser::new(8_000_009, "Rival", None, Some("en"));
    fake.push_text(&rival, "/start");
    until(&fake, rival.id, "a welcome", |s| s.text.contains("Rival")).await;
    fake.push_text(&rival, "/find ivan");
    let found = until(&fake, rival.id, "a search answer", |s| s.text.contains("ivan")).await;
    assert!(!found.text.contains("+79991234567") && found.buttons().is_empty(), "{}", found.text);
    fake.push_text(&rival, "/pipeline");
    let theirs = until(&fake, rival.id, "their pipeline", |s| s.text.contains("Pipeline")).await;
    assert!(!theirs.text.contains("12,000"), "{}", theirs.text);
    let deal_button = button(&card, "Won");
    // A forged press (the rival never saw the card): the answer goes to their own chat.
    fake.push_callback(&rival, None, Some(&deal_button));
    let refused = fake.next_message(rival.id).await;
    assert!(!refused.text.contains("Website redesign"), "{}", refused.text);

    stop.send(true).expect("the bot listens");
    let stopped = tokio::time::timeout(PATIENCE + Duration::seconds(5).to_std().unwrap(), running).await;
    stopped.expect("the bot stops in time").expect("no panic").expect("a clean stop");
}
