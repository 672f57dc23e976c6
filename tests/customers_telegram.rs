//! A customer over the real Telegram front end against the fake Bot API: the owner's /optin sends the QR code
//! and the t.me link, the customer opens it (`/start CODE`) and agrees, their chat gets the customers' menu
//! (chat-scoped setMyCommands), they share their phone, write to the shop, the owner answers with Reply, and
//! /forget takes the customers' menu away again.

mod fake_bot_api;

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use fake_bot_api::{FakeBotApi, PATIENCE, TgUser};
use pocketcrm::core::{Engine, FixedClock};
use pocketcrm::frontend::telegram::serve;
use pocketcrm::i18n::I18n;
use serde_json::{Value, json};
use teloxide::Bot;
use tokio::sync::watch;

/// The calls to `method` (setMyCommands, deleteMyCommands) scoped to one chat, once there is one.
async fn chat_calls(fake: &FakeBotApi, method: &str, chat: i64) -> Vec<Value> {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let scoped: Vec<Value> = fake
            .calls(method)
            .into_iter()
            .filter(|c| c["scope"] == json!({ "type": "chat", "chat_id": chat }))
            .collect();
        if !scoped.is_empty() || tokio::time::Instant::now() >= deadline {
            return scoped;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_customer_opts_in_writes_to_the_shop_and_gets_an_answer() {
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

    let owner = TgUser::new(7_100_001, "Olga", None, Some("en"));
    fake.push_text(&owner, "/start");
    fake.next_message(owner.id).await;
    let photos_before = fake.calls("sendPhoto").len();
    fake.push_text(&owner, "/optin");
    let optin = fake.next_message(owner.id).await;
    assert!(fake.calls("sendPhoto").len() > photos_before, "the QR code goes as a photo");
    let prefix = "https://t.me/pocket_crm_test_bot?start=";
    let at = optin.text.find(prefix).unwrap_or_else(|| panic!("no deep link in {}", optin.text)) + prefix.len();
    let code: String =
        optin.text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    assert_eq!(code.len(), 24, "{}", optin.text);

    // Telegram turns the opened link into "/start CODE".
    let anna = TgUser::new(7_200_001, "Anna", Some("Smith"), Some("en"));
    fake.push_text(&anna, &format!("/start {code}"));
    let offer = fake.next_message(anna.id).await;
    assert!(offer.text.contains("Olga") && offer.text.contains("a week"), "{}", offer.text);
    let agree = offer.data_starting("C:A").expect("an Agree button");
    fake.push_callback(&anna, Some(&offer), Some(&agree));
    let welcome = fake.next_message(anna.id).await;
    assert!(welcome.text.contains("Done!"), "{}", welcome.text);
    let keyboard = welcome.reply_markup.as_ref().expect("the share-contact keyboard");
    assert_eq!(keyboard["keyboard"][0][0]["request_contact"], true);
    // The menu is set right after the welcome is sent.
    let menus = chat_calls(&fake, "setMyCommands", anna.id).await;
    assert_eq!(menus.len(), 1, "the customer's chat gets its own menu");
    let commands: Vec<&str> =
        menus[0]["commands"].as_array().unwrap().iter().filter_map(|c| c["command"].as_str()).collect();
    assert_eq!(commands, ["stop", "start", "lang", "mydata", "forget"]);
    let notice = fake.next_message(owner.id).await;
    assert!(notice.text.contains("New subscriber") && notice.text.contains("Anna Smith"), "{}", notice.text);

    fake.push_own_contact(&anna, "79991234567");
    let thanks = fake.next_message(anna.id).await;
    assert!(thanks.text.contains("has your phone"), "{}", thanks.text);
    let phone_notice = fake.next_message(owner.id).await;
    assert!(phone_notice.text.contains("+79991234567"), "{}", phone_notice.text);

    fake.push_text(&anna, "Do you have the coat in blue?");
    let sent = fake.next_message(anna.id).await;
    assert!(sent.text.contains("Sent to Olga"), "{}", sent.text);
    let inbound = fake.next_message(owner.id).await;
    assert!(inbound.text.contains("coat in blue"), "{}", inbound.text);
    let reply = inbound.data_starting("C:R").expect("a Reply button");
    assert!(inbound.data_starting("c:").is_some(), "an Open card button");
    fake.push_callback(&owner, Some(&inbound), Some(&reply));
    let ask = fake.next_message(owner.id).await;
    assert!(ask.text.contains("Write your reply"), "{}", ask.text);
    fake.push_text(&owner, "Yes! Size M is in stock.");
    let answer = fake.next_message(anna.id).await;
    assert!(answer.text.contains("Olga") && answer.text.contains("Size M is in stock"), "{}", answer.text);
    let done = fake.next_message(owner.id).await;
    assert!(done.text.contains("Sent to Anna Smith"), "{}", done.text);

    // A CRM command from the customer: their own help, no CRM.
    fake.push_text(&anna, "/find Olga");
    let help = fake.next_message(anna.id).await;
    assert!(help.text.contains("/mydata") && help.text.contains("/forget"), "{}", help.text);

    fake.push_text(&anna, "/forget");
    let ask = fake.next_message(anna.id).await;
    let yes = ask.data_starting("C:F").expect("a confirm button");
    fake.push_callback(&anna, Some(&ask), Some(&yes));
    let forgotten = fake.next_message(anna.id).await;
    assert!(forgotten.text.contains("keeps nothing about you"), "{}", forgotten.text);
    let deleted = chat_calls(&fake, "deleteMyCommands", anna.id).await;
    assert_eq!(deleted.len(), 1, "the customers' menu goes with the data");
    assert!(store.customer_links(anna.id).await.unwrap().is_empty());

    stop.send(true).expect("the bot listens");
    let stopped = tokio::time::timeout(PATIENCE, running).await.expect("the bot stops in time");
    stopped.expect("no panic").expect("a clean stop");
}
