//! Issue 4's whole story over the real Telegram front end against the fake Bot API: a customer opts in through
//! the team's link, the owner sends a segment a campaign with a code per customer, the customer receives it in
//! their language, presses its button, the code is redeemed, the customer unsubscribes with one tap and receives
//! nothing more, and the campaign's report shows all of it.

mod fake_bot_api;

use std::sync::Arc;
use std::time::Duration;

use fake_bot_api::{FakeBotApi, PATIENCE, Sent, TgUser};
use pocketcrm::core::{Engine, SystemClock};
use pocketcrm::frontend::telegram::{Promotions, RateLimits, serve_with};
use pocketcrm::i18n::I18n;
use pocketcrm::scheduler::WorkerConfig;
use teloxide::Bot;
use tokio::sync::watch;

/// The first message to `chat` from index `from` on whose text contains `needle`; waits for it. Notices, progress
/// messages and reports arrive in between, so the story looks for what it expects instead of counting messages.
async fn message_with(fake: &FakeBotApi, chat: i64, from: usize, needle: &str) -> (usize, Sent) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let all = fake.sent_to(chat);
        if let Some((i, sent)) = all.iter().enumerate().skip(from).find(|(_, s)| s.text.contains(needle)) {
            return (i + 1, sent.clone());
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no message with {needle:?} to {chat} after #{from}; got:\n{}",
            all.iter().map(|s| format!("{} {:?}", s.text, s.buttons())).collect::<Vec<_>>().join("\n---\n")
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The callback data of the button whose label contains `label`.
fn button(sent: &Sent, label: &str) -> String {
    sent.buttons()
        .into_iter()
        .flatten()
        .find(|(l, _)| l.contains(label))
        .map(|(_, data)| data)
        .unwrap_or_else(|| panic!("no button {label:?} under {:?}: {:?}", sent.text, sent.buttons()))
}

/// Everything sent to `chat` so far (the next story step looks after it).
fn mark(fake: &FakeBotApi, chat: i64) -> usize {
    fake.sent_to(chat).len()
}

struct Story {
    fake: FakeBotApi,
    owner: TgUser,
}

impl Story {
    /// The owner says `text` and the story waits for a reply containing `needle`.
    async fn say(&self, text: &str, needle: &str) -> Sent {
        let from = mark(&self.fake, self.owner.id);
        self.fake.push_text(&self.owner, text);
        message_with(&self.fake, self.owner.id, from, needle).await.1
    }

    /// The owner presses the button labelled `label` under `on`, then waits for a reply containing `needle`.
    async fn press(&self, on: &Sent, label: &str, needle: &str) -> Sent {
        let from = mark(&self.fake, self.owner.id);
        self.fake.push_callback(&self.owner, Some(on), Some(&button(on, label)));
        message_with(&self.fake, self.owner.id, from, needle).await.1
    }

    /// A customer opens the team link and agrees.
    async fn opt_in(&self, customer: &TgUser, code: &str, agree: &str) {
        let from = mark(&self.fake, customer.id);
        self.fake.push_text(customer, &format!("/start {code}"));
        let (from, offer) = message_with(&self.fake, customer.id, from, "").await;
        let agree_data = offer.data_starting("C:A").unwrap_or_else(|| panic!("no Agree under {}", offer.text));
        self.fake.push_callback(customer, Some(&offer), Some(&agree_data));
        message_with(&self.fake, customer.id, from, agree).await;
    }

    /// `/campaign` to segment "Everyone" with `text` (and a Russian version), a link, and a code each.
    async fn campaign(&self, text: &str, russian: Option<&str>) -> Sent {
        let pick = self.say("/campaign", "Pick a segment").await;
        self.press(&pick, "Everyone", "Write the promotion").await;
        let step = self.say(text, "Text saved").await;
        let versions = match russian {
            Some(russian) => {
                self.press(&step, "Русский", "Русский").await;
                self.say(russian, "Text saved").await
            }
            None => step,
        };
        // With every language covered (or one only), the photo question comes at once.
        let has_next = versions.buttons().into_iter().flatten().any(|(l, _)| l.contains("Next"));
        let photo = if has_next { self.press(&versions, "Next", "photo").await } else { versions };
        self.press(&photo, "Skip", "link").await;
        let code = self.say("https://shop.example/sale Open the sale", "promo code").await;
        let follow = self.press(&code, "A code each", "follow-up").await;
        self.press(&follow, "Skip", "will receive").await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_customer_opts_in_gets_the_campaign_in_their_language_redeems_unsubscribes_and_the_report_shows_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("story.db").display());
    let store = pocketcrm::store::connect(&url).await.expect("open the store");
    store.migrate().await.expect("migrate");
    let fake = FakeBotApi::start().await;
    let bot = Bot::new(fake_bot_api::TOKEN).set_api_url(url::Url::parse(fake.url()).expect("fake url"));
    let worker = WorkerConfig {
        poll_every: Duration::from_millis(100),
        progress_every: chrono::Duration::seconds(1),
        ..WorkerConfig::default()
    };
    let promotions = Promotions { bot: bot.clone(), limits: RateLimits::TELEGRAM, worker };
    let (stop, stopped) = watch::channel(false);
    let engine = Engine::new(store.clone(), Arc::new(SystemClock));
    let i18n = Arc::new(I18n::load().expect("locales"));
    let running = tokio::spawn(serve_with(bot, promotions, engine, i18n, stopped));

    let story = Story { fake, owner: TgUser::new(7_300_001, "Olga", None, Some("en")) };
    let fake = &story.fake;
    story.say("/start", "").await;
    let optin = story.say("/optin", "start=").await;
    let at = optin.text.find("start=").expect("the deep link") + "start=".len();
    let code: String =
        optin.text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();

    // Anna reads Russian (her Telegram says so); Boris English.
    let anna = TgUser::new(7_400_001, "Анна", None, Some("ru"));
    let boris = TgUser::new(7_400_002, "Boris", None, Some("en"));
    story.opt_in(&anna, &code, "✅").await;
    story.opt_in(&boris, &code, "Done!").await;

    let segment = story.say("/segment", "2 subscribed").await;
    story.press(&segment, "Save", "Name this segment").await;
    story.say("Everyone", "saved").await;

    let summary = story.campaign("Winter sale: 20% off all week!", Some("Зимняя распродажа: −20% всю неделю!")).await;
    assert!(summary.text.contains("2 will receive"), "{}", summary.text);
    let anna_from = mark(fake, anna.id);
    story.press(&summary, "Send now", "Sending to 2").await;

    // Anna gets the Russian version with her own code and the two buttons.
    let (anna_from, promo) = message_with(fake, anna.id, anna_from, "Зимняя распродажа").await;
    let word = promo.text.split_whitespace().last().expect("a code").to_string();
    assert_eq!(word.len(), 8, "her code ends the message: {}", promo.text);
    let boris_promo = message_with(fake, boris.id, 0, "Winter sale").await.1;
    assert!(!boris_promo.text.contains(&word), "codes are per customer");

    // She presses the link button: the press is counted and the link comes back as a URL button.
    fake.push_callback(&anna, Some(&promo), Some(&button(&promo, "Open the sale")));
    let (anna_from, link) = message_with(fake, anna.id, anna_from, "").await;
    let url_button = link.reply_markup.as_ref().map(|m| m["inline_keyboard"][0][0]["url"].clone());
    assert_eq!(url_button.and_then(|u| u.as_str().map(str::to_string)).as_deref(), Some("https://shop.example/sale"));

    // In the shop, the owner redeems her code; a second time is refused.
    story.say(&format!("/redeem {word}"), "Анна").await;
    story.say(&format!("/redeem {word}"), "already").await;

    // One tap unsubscribes her.
    fake.push_callback(&anna, Some(&promo), Some(&button(&promo, "Отписаться")));
    let (anna_from, _bye) = message_with(fake, anna.id, anna_from, "").await;

    // The next campaign reaches Boris only.
    let summary = story.campaign("Last day of the sale!", None).await;
    assert!(summary.text.contains("1 will receive"), "{}", summary.text);
    story.press(&summary, "Send now", "Sending to 1").await;
    message_with(fake, boris.id, 0, "Last day of the sale!").await;

    // The first campaign's report: two delivered, one press, one code, one unsubscribe.
    let list = story.say("/campaigns", "Recent campaigns").await;
    let labels: Vec<String> = list.buttons().into_iter().flatten().map(|(l, _)| l).collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    let from = mark(fake, story.owner.id);
    let first = list.buttons().into_iter().flatten().last().expect("the first campaign").1;
    fake.push_callback(&story.owner, Some(&list), Some(&first));
    // The second campaign's own final report may arrive meanwhile: look for the first one's.
    let report = message_with(fake, story.owner.id, from, "Delivered: 2").await.1;
    for line in ["Button presses: 1", "Codes redeemed: 1", "Unsubscribed: 1"] {
        assert!(report.text.contains(line), "{line:?} in:\n{}", report.text);
    }

    // Nothing more ever reached Anna.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let after: Vec<String> = fake.sent_to(anna.id).into_iter().skip(anna_from).map(|s| s.text).collect();
    assert!(after.is_empty(), "Anna got more: {after:?}");
    let _ = stop.send(true);
    running.await.expect("the bot task").expect("the bot stops cleanly");
}
