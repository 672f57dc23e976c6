//! Campaigns end to end through the core: composing step by step, preview, send now, schedule; pause, resume,
//! cancel; `/campaigns`; `/redeem`; `/promo`; `/birthday`; the scheduler job that starts scheduled campaigns,
//! follow-ups and birthday greetings exactly once; and every mistake a member can make, explained with nothing
//! changed.

mod campaigns_support;
mod common;

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use campaigns_support::{Flow, Raw, all_buttons, arg, button, exec, flow, keys, on_raw, raw_button, scalar};
use chrono::Duration;
use common::actor;
use pocketcrm::core::{Actor, Reply};
use pocketcrm::scheduler::{DeliveryError, Notifier, Scheduler};

#[derive(Default)]
struct Recorder(Mutex<Vec<(i64, Reply)>>);

#[async_trait]
impl Notifier for Recorder {
    async fn deliver(&self, tg_user_id: i64, reply: Reply) -> Result<(), DeliveryError> {
        self.0.lock().unwrap().push((tg_user_id, reply));
        Ok(())
    }
}

fn scheduler(f: &Flow, instance: &str) -> Scheduler {
    Scheduler::standard(f.engine.clone(), Arc::new(Recorder::default()), instance)
}

/// An owner with three subscribed customers (one reads Russian), a plain client, and the segment "All".
async fn team(f: &Flow) -> Actor {
    let owner = actor(1, "en");
    f.onboard(&owner, "en", "London").await;
    f.customer(&owner, "Anna Vip #vip", 101, None).await;
    f.customer(&owner, "Boris Vip #vip", 102, Some("ru")).await;
    f.customer(&owner, "Carla Gold #gold", 103, Some("en")).await;
    f.add(&owner, "Dmitry Plain").await;
    let r = f.say(&owner, "/segment").await;
    f.press(&owner, &button(&r, "seg-btn-save")).await;
    let r = f.say(&owner, "All").await;
    assert!(keys(&r).contains(&"seg-saved"));
    owner
}

/// `/campaign`, pick "All", write the text: the replies of the text step.
async fn compose(f: &Flow, who: &Actor, text: &str) -> Vec<Reply> {
    let r = f.say(who, "/campaign").await;
    let r = f.press(who, &raw_button(&r, "All")).await;
    assert_eq!(arg(&r, "camp-picked", "subscribed").as_deref(), Some("3"), "{}", f.render(&r));
    f.say(who, text).await
}

/// Through every optional step without adding anything: the summary.
async fn skip_to_summary(f: &Flow, who: &Actor, mut r: Vec<Reply>) -> Vec<Reply> {
    for _ in 0..6 {
        if keys(&r).contains(&"camp-summary-title") {
            return r;
        }
        let all = all_buttons(&r);
        let next = all
            .iter()
            .find(|(label, _)| matches!(label.as_str(), "camp-btn-next" | "camp-btn-skip" | "camp-btn-code-none"))
            .unwrap_or_else(|| panic!("no way on from {:?} / {all:?}", keys(&r)));
        r = f.press(who, &next.1).await;
    }
    panic!("no summary: {:?}", keys(&r));
}

async fn campaign_id(f: &Flow) -> i64 {
    scalar!(&f.raw, i64, "SELECT MAX(id) FROM campaign WHERE kind = 'promo'")
}

#[tokio::test]
async fn a_campaign_is_composed_previewed_and_sent_with_unique_codes_in_each_language() {
    let f = flow().await;
    let owner = team(&f).await;
    let r = compose(&f, &owner, "Spring sale: 20% off everything until Sunday!").await;
    // Boris reads Russian: a version for him is offered.
    assert!(keys(&r).contains(&"camp-ask-versions"), "{}", f.render(&r));
    let r = f.press(&owner, &button(&r, "camp-btn-version")).await;
    assert!(f.render(&r).contains("Русский"), "{}", f.render(&r));
    let r = f.say(&owner, "Весенняя распродажа: −20% на всё!").await;
    assert!(all_buttons(&r).iter().any(|(l, _)| l.starts_with("camp-btn-version-done")), "{:?}", all_buttons(&r));
    let r = f.press(&owner, &button(&r, "camp-btn-next")).await;
    assert!(keys(&r).contains(&"camp-ask-photo"));
    let r = f.photo(&owner, "AgACphoto").await;
    assert!(keys(&r).contains(&"camp-photo-saved") && keys(&r).contains(&"camp-ask-link"), "{:?}", keys(&r));
    let r = f.say(&owner, "https://shop.example/sale Open the sale").await;
    assert!(keys(&r).contains(&"camp-ask-code"));
    let r = f.press(&owner, &button(&r, "camp-btn-code-unique")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    assert!(keys(&r).contains(&"camp-summary-title"), "{:?}", keys(&r));
    assert_eq!(arg(&r, "camp-audience", "subscribed").as_deref(), Some("3"));
    assert_eq!(arg(&r, "camp-audience", "held").as_deref(), Some("0"));
    assert_eq!(arg(&r, "camp-audience", "receive").as_deref(), Some("3"));
    assert_eq!(arg(&r, "camp-summary-langs", "langs").as_deref(), Some("en, ru"));
    assert!(keys(&r).contains(&"camp-summary-code-unique") && keys(&r).contains(&"camp-summary-photo"));

    // The preview is the promotion exactly as a customer gets it, to the member.
    let preview = f.press(&owner, &button(&r, "camp-btn-preview")).await;
    let promo = &preview[0];
    assert_eq!(promo.to, None);
    assert_eq!(promo.photo_id.as_deref(), Some("AgACphoto"));
    let text = f.render(&preview[..1]);
    assert!(text.contains("Spring sale") && text.contains("K7M2QX9A"), "{text}");
    assert!(
        keys(&preview).contains(&"promo-unsubscribe")
            || all_buttons(&preview).iter().any(|(l, _)| l == "promo-unsubscribe")
    );
    assert!(keys(&preview).contains(&"camp-preview-note"));

    let r = f.press(&owner, &button(&preview, "camp-btn-send")).await;
    assert_eq!(arg(&r, "camp-started", "receive").as_deref(), Some("3"), "{}", f.render(&r));
    let id = campaign_id(&f).await;
    let rows: Vec<(i64, String, Option<String>, String)> = f.raw.deliveries(id).await;
    assert_eq!(rows.len(), 3);
    let langs: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
    assert_eq!(langs, vec!["en", "ru", "en"]);
    assert!(rows.iter().all(|r| r.2.as_ref().is_some_and(|c| c.len() == 8)));
    assert!(all_buttons(&r).iter().any(|(l, _)| l == "camp-btn-pause"));

    // Started: the draft's buttons do nothing more.
    let again = f.press(&owner, &button(&preview, "camp-btn-send")).await;
    assert!(keys(&again).contains(&"camp-err-state"), "{:?}", keys(&again));
    assert_eq!(f.raw.deliveries(id).await.len(), 3);

    // /campaigns lists it; its report has pause and cancel; pause, resume, cancel.
    let list = f.say(&owner, "/campaigns").await;
    assert!(keys(&list).contains(&"camp-list-figures"));
    let report = f.press(&owner, &raw_button(&list, "All")).await;
    assert!(keys(&report).contains(&"camp-report-delivered") && keys(&report).contains(&"camp-progress"));
    let r = f.press(&owner, &button(&report, "camp-btn-pause")).await;
    assert!(keys(&r).contains(&"camp-paused") && keys(&r).contains(&"camp-progress-paused"), "{:?}", keys(&r));
    let r2 = f.press(&owner, &button(&report, "camp-btn-pause")).await;
    assert!(keys(&r2).contains(&"camp-err-state"), "pausing twice changes nothing");
    let r = f.press(&owner, &button(&r, "camp-btn-resume")).await;
    assert!(keys(&r).contains(&"camp-resumed"));
    let r = f.press(&owner, &button(&r, "camp-btn-cancel")).await;
    assert!(keys(&r).contains(&"camp-cancelled"));
    let states = f.raw.states(id).await;
    assert_eq!(states, vec![("cancelled".to_string(), 3)]);
}

#[tokio::test]
async fn every_mistake_while_composing_is_explained_and_changes_nothing() {
    let f = flow().await;
    let owner = team(&f).await;
    // 5,000 characters never reach the composer (Telegram's own limit applies first).
    let r = compose(&f, &owner, &"x".repeat(5000)).await;
    assert_eq!(keys(&r), vec!["err-too-long"]);
    let id = campaign_id(&f).await;
    assert_eq!(f.store.get_campaign(f.workspace(&owner).await, id).await.unwrap().unwrap().texts, "{}");
    // Nothing but spaces is no text; nor can a draft without text be sent or previewed.
    assert_eq!(keys(&f.say(&owner, "   ").await), vec!["err-empty"]);
    assert_eq!(keys(&f.press(&owner, &format!("K:go:{id}")).await), vec!["camp-err-text-empty"]);
    assert_eq!(keys(&f.press(&owner, &format!("K:pv:{id}")).await), vec!["camp-err-text-empty"]);
    assert_eq!(keys(&f.press(&owner, &format!("K:sc:{id}")).await), vec!["camp-err-text-empty"]);
    assert!(f.raw.deliveries(id).await.is_empty());
    // A text too long for a caption once a photo is added.
    let r = f.say(&owner, &"y".repeat(1500)).await;
    assert!(keys(&r).contains(&"camp-photo-saved") || keys(&r).contains(&"camp-text-saved"), "{:?}", keys(&r));
    let r = f.press(&owner, &button(&r, "camp-btn-next")).await;
    let photo = f.photo(&owner, "AgACbig").await;
    assert!(keys(&photo).contains(&"camp-err-caption-long"), "{:?}", keys(&photo));
    assert_eq!(arg(&photo, "camp-err-caption-long", "length").as_deref(), Some("1500"));
    let c = f.store.get_campaign(f.workspace(&owner).await, id).await.unwrap().unwrap();
    assert_eq!(c.photo_file_id, None, "the photo was not taken");
    // Skip the photo; a bad link, then a good one.
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    for bad in ["shop.example", "ftp://shop.example/x", "javascript:alert(1)"] {
        let e = f.say(&owner, bad).await;
        assert!(keys(&e).contains(&"camp-err-link"), "{bad}: {:?}", keys(&e));
    }
    let _ = r;
    let r = f.say(&owner, "https://shop.example").await;
    // A shared code that is no code, then a percent out of range.
    let r2 = f.press(&owner, &button(&r, "camp-btn-code-shared")).await;
    assert!(keys(&r2).contains(&"camp-ask-shared-code"));
    let e = f.say(&owner, "no!").await;
    assert!(keys(&e).contains(&"camp-err-code"));
    let r2 = f.press(&owner, &button(&r, "camp-btn-code-percent")).await;
    assert!(keys(&r2).contains(&"camp-ask-percent"));
    for bad in ["0", "95", "ten"] {
        let e = f.say(&owner, bad).await;
        assert!(keys(&e).contains(&"camp-err-percent"), "{bad}");
    }
    let r = f.say(&owner, "15%").await;
    let c = f.store.get_campaign(f.workspace(&owner).await, id).await.unwrap().unwrap();
    assert_eq!((c.code_kind.as_str(), c.code_value.as_deref()), ("percent", Some("15")));
    // A follow-up without its days.
    let r2 = f.press(&owner, &button(&r, "camp-btn-followup")).await;
    assert!(keys(&r2).contains(&"camp-ask-followup-text"));
    let e = f.say(&owner, "Last chance!").await;
    assert!(keys(&e).contains(&"camp-err-followup"));
    assert!(f.store.followup_of(c.workspace_id, c.id).await.unwrap().is_none());
    let summary = f.say(&owner, "3 Last chance!").await;
    assert!(keys(&summary).contains(&"camp-summary-followup"), "{:?}", keys(&summary));

    // A schedule that cannot be read, or lies in the past.
    f.press(&owner, &button(&summary, "camp-btn-schedule")).await;
    let e = f.say(&owner, "someday").await;
    assert!(keys(&e).contains(&"camp-err-when"), "{:?}", keys(&e));
    let e = f.say(&owner, "yesterday 10:00").await;
    assert!(keys(&e).contains(&"camp-err-past"), "{:?}", keys(&e));
    let e = f.say(&owner, "today 09:00").await;
    assert!(keys(&e).contains(&"camp-err-past"), "{:?}", keys(&e));
    assert_eq!(f.store.get_campaign(c.workspace_id, id).await.unwrap().unwrap().state, "draft");
    let r = f.say(&owner, "tomorrow 12:00").await;
    assert!(keys(&r).contains(&"camp-scheduled"), "{:?}", keys(&r));
    let c = f.store.get_campaign(c.workspace_id, id).await.unwrap().unwrap();
    assert_eq!(c.state, "scheduled");
    assert_eq!(c.send_at, Some(common::monday_morning() + Duration::hours(26)), "12:00 London in November is UTC");
}

#[tokio::test]
async fn a_segment_nobody_subscribed_to_cannot_be_used_and_no_segment_is_explained() {
    let f = flow().await;
    let owner = actor(1, "en");
    f.onboard(&owner, "en", "London").await;
    let r = f.say(&owner, "/campaign").await;
    assert_eq!(keys(&r), vec!["camp-no-segments"]);
    f.add(&owner, "Plain Client").await;
    let r = f.say(&owner, "/segment").await;
    f.press(&owner, &button(&r, "seg-btn-save")).await;
    f.say(&owner, "Plain").await;
    let r = f.say(&owner, "/campaign").await;
    let r = f.press(&owner, &raw_button(&r, "Plain")).await;
    assert_eq!(arg(&r, "camp-err-nobody", "total").as_deref(), Some("1"), "{:?}", keys(&r));
    let drafts: i64 = scalar!(&f.raw, i64, "SELECT COUNT(*) FROM campaign");
    assert_eq!(drafts, 0, "no draft was made");
    let r = f.photo(&owner, "AgACstray").await;
    assert_eq!(keys(&r), vec!["camp-photo-unexpected"]);
}

#[tokio::test]
async fn a_scheduled_campaign_starts_once_even_with_two_instances_and_can_be_cancelled_before() {
    let f = flow().await;
    let owner = team(&f).await;
    let r = compose(&f, &owner, "Tomorrow only!").await;
    let r = skip_to_summary(&f, &owner, r).await;
    f.press(&owner, &button(&r, "camp-btn-schedule")).await;
    let r = f.say(&owner, "tomorrow 09:00").await;
    assert!(keys(&r).contains(&"camp-scheduled"));
    let id = campaign_id(&f).await;
    let (a, b) = (scheduler(&f, "one"), scheduler(&f, "two"));
    a.tick().await.unwrap();
    assert!(f.raw.deliveries(id).await.is_empty(), "not yet");
    f.clock.advance(Duration::hours(23));
    let (x, y) = tokio::join!(a.tick(), b.tick());
    x.unwrap();
    y.unwrap();
    a.tick().await.unwrap();
    assert_eq!(f.raw.deliveries(id).await.len(), 3, "started once");
    let c = f.store.get_campaign(f.workspace(&owner).await, id).await.unwrap().unwrap();
    assert_eq!(c.started_at, Some(f.engine.clock().now()));

    // Another one, cancelled before its time: never starts.
    let r = compose(&f, &owner, "Never mind").await;
    let r = skip_to_summary(&f, &owner, r).await;
    f.press(&owner, &button(&r, "camp-btn-schedule")).await;
    let r = f.say(&owner, "tomorrow 09:00").await;
    let later = campaign_id(&f).await;
    let r = f.press(&owner, &button(&r, "camp-btn-cancel")).await;
    assert!(keys(&r).contains(&"camp-cancelled"), "{:?}", keys(&r));
    f.clock.advance(Duration::days(2));
    a.tick().await.unwrap();
    assert!(f.raw.deliveries(later).await.is_empty());
}

#[tokio::test]
async fn a_follow_up_goes_after_its_days_to_those_who_did_not_press() {
    let f = flow().await;
    let owner = team(&f).await;
    let r = compose(&f, &owner, "New collection!").await;
    let r = f.press(&owner, &button(&r, "camp-btn-next")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-code-none")).await;
    f.press(&owner, &button(&r, "camp-btn-followup")).await;
    let r = f.say(&owner, "2 Still thinking? The collection is selling fast.").await;
    let preview = f.press(&owner, &button(&r, "camp-btn-preview")).await;
    assert_eq!(arg(&preview, "camp-preview-followup", "days").as_deref(), Some("2"));
    assert!(f.render(&preview).contains("Still thinking?"));
    f.press(&owner, &button(&r, "camp-btn-send")).await;
    let id = campaign_id(&f).await;
    let rows = f.raw.deliveries(id).await;
    for (client, _, _, _) in &rows {
        f.raw.mark_sent(id, *client, f.engine.clock().now()).await;
    }
    f.raw.set_delivery(id, rows[0].0, "pressed_at", f.engine.clock().now()).await;
    let follow: i64 = scalar!(&f.raw, i64, "SELECT id FROM campaign WHERE parent_id = $1", id);
    let s = scheduler(&f, "one");
    f.clock.advance(Duration::days(1));
    s.tick().await.unwrap();
    assert!(f.raw.deliveries(follow).await.is_empty(), "not before its days");
    f.clock.advance(Duration::days(1));
    s.tick().await.unwrap();
    let got: Vec<i64> = f.raw.deliveries(follow).await.into_iter().map(|r| r.0).collect();
    assert_eq!(got, vec![rows[1].0, rows[2].0], "those who did not press");
}

#[tokio::test]
async fn birthdays_are_set_shown_and_greeted_at_ten_local_once_a_year() {
    let f = flow().await;
    let owner = team(&f).await;
    let anna: i64 = scalar!(&f.raw, i64, "SELECT id FROM client WHERE name = 'Anna Vip'");
    let boris: i64 = scalar!(&f.raw, i64, "SELECT id FROM client WHERE name = 'Boris Vip'");
    exec!(&f.raw, "UPDATE client SET tz = 'Asia/Tokyo' WHERE id = $1", anna);
    exec!(&f.raw, "UPDATE client SET tz = 'America/New_York' WHERE id = $1", boris);

    // Mistakes first: no date, a bad date, nobody in focus.
    let r = f.say(&owner, "/birthday").await;
    assert_eq!(keys(&r), vec!["camp-err-birthday-usage"]);
    let r = f.say(&owner, "/birthday Anna Vip 31.02").await;
    assert_eq!(keys(&r), vec!["camp-err-birthday-date"]);
    let r = f.say(&owner, "/birthday Nobody Here 12.05").await;
    assert_eq!(keys(&r), vec!["camp-err-client"]);
    let r = f.say(&owner, "/birthday Anna Vip 23 Nov").await;
    assert!(keys(&r).contains(&"camp-birthday-set") && keys(&r).contains(&"camp-birthday-hint"), "{:?}", keys(&r));
    assert!(f.render(&r).contains("23 November"), "{}", f.render(&r));
    let r = f.say(&owner, "/find Boris").await;
    assert!(keys(&r).contains(&"card-name"));
    let r = f.say(&owner, "/birthday 23.11.1990").await;
    assert!(f.render(&r).contains("Boris Vip") && f.render(&r).contains("1990"), "{}", f.render(&r));
    let card = f.say(&owner, "/find Boris").await;
    assert!(f.render(&card).contains("🎂"), "{}", f.render(&card));

    // Greetings need a greeting.
    let r = f.say(&owner, "/promo birthday Happy birthday! A gift for you 🎁").await;
    assert!(keys(&r).contains(&"camp-promo-saved"), "{:?}", keys(&r));
    let r = f.say(&owner, "/promo gift 10%").await;
    assert!(keys(&r).contains(&"camp-promo-gift-percent"));

    // Monday 23 Nov 10:00 UTC: 19:00 in Tokyo (greeted), 05:00 in New York (not yet).
    let s = scheduler(&f, "one");
    s.tick().await.unwrap();
    let greeted = |f: &Flow| {
        let raw = f.raw.clone();
        async move {
            on_raw!(&raw, |pool| {
                sqlx::query_scalar::<_, i64>(
                    "SELECT d.client_id FROM delivery d JOIN campaign k ON k.id = d.campaign_id \
                     WHERE k.kind = 'birthday' ORDER BY d.id",
                )
                .fetch_all(pool)
                .await
                .unwrap()
            })
        }
    };
    assert_eq!(greeted(&f).await, vec![anna]);
    f.clock.advance(Duration::hours(5));
    s.tick().await.unwrap();
    assert_eq!(greeted(&f).await, vec![anna, boris], "10:00 in New York");
    f.clock.advance(Duration::hours(1));
    s.tick().await.unwrap();
    let s2 = scheduler(&f, "two");
    s2.tick().await.unwrap();
    assert_eq!(greeted(&f).await, vec![anna, boris], "never twice");
    let code: Option<String> = scalar!(&f.raw, Option<String>, "SELECT code FROM delivery WHERE client_id = $1", anna);
    assert_eq!(code.map(|c| c.len()), Some(8), "a personal code");

    // A year later, once again, each at 10:00 in their own zone.
    f.clock.set(common::monday_morning() + Duration::days(365));
    s.tick().await.unwrap();
    assert_eq!(greeted(&f).await.len(), 3, "Tokyo");
    f.clock.advance(Duration::hours(5));
    s.tick().await.unwrap();
    assert_eq!(greeted(&f).await.len(), 4, "New York");
    let years: i64 = scalar!(&f.raw, i64, "SELECT COUNT(*) FROM campaign WHERE kind = 'birthday'");
    assert_eq!(years, 2);
}

#[tokio::test]
async fn codes_are_redeemed_once_and_every_wrong_code_is_explained() {
    let f = flow().await;
    let owner = team(&f).await;
    let manager = actor(2, "en");
    f.join(&owner, &manager, "manager").await;
    let r = compose(&f, &owner, "Your code inside").await;
    let r = f.press(&owner, &button(&r, "camp-btn-next")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-code-unique")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    f.press(&owner, &button(&r, "camp-btn-send")).await;
    let id = campaign_id(&f).await;
    let code: String =
        scalar!(&f.raw, String, "SELECT code FROM delivery WHERE campaign_id = $1 ORDER BY id LIMIT 1", id);

    // Any member redeems, typed in any case; the second time says when and by whom.
    let r = f.say(&manager, &format!("/redeem {}", code.to_lowercase())).await;
    assert_eq!(arg(&r, "camp-redeemed", "code"), Some(code.clone()), "{:?}", keys(&r));
    assert_eq!(arg(&r, "camp-redeemed-client", "name").as_deref(), Some("Anna Vip"));
    let r = f.say(&owner, &format!("/redeem {code}")).await;
    assert_eq!(arg(&r, "camp-err-redeemed-before", "member").as_deref(), Some("Member 2"));
    assert!(f.render(&r).contains("23 Nov"), "{}", f.render(&r));
    let n: i64 = scalar!(&f.raw, i64, "SELECT COUNT(*) FROM redemption");
    assert_eq!(n, 1);
    let report = f.say(&owner, "/campaigns").await;
    assert_eq!(arg(&report, "camp-list-figures", "redeemed").as_deref(), Some("1"));

    let r = f.say(&owner, "/redeem").await;
    assert_eq!(keys(&r), vec!["camp-err-redeem-usage"]);
    let r = f.say(&owner, "/redeem ZZZZ9999").await;
    assert_eq!(keys(&r), vec!["camp-err-no-code"]);
    // Another team's code is no code here.
    let stranger = actor(5, "en");
    f.onboard(&stranger, "en", "London").await;
    let unused: String =
        scalar!(&f.raw, String, "SELECT code FROM delivery WHERE campaign_id = $1 ORDER BY id DESC LIMIT 1", id);
    let r = f.say(&stranger, &format!("/redeem {unused}")).await;
    assert_eq!(keys(&r), vec!["camp-err-no-code"]);

    // A shared code: for whom? the focused client, or one named.
    let r = compose(&f, &owner, "One code for all").await;
    let r = f.press(&owner, &button(&r, "camp-btn-next")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    f.press(&owner, &button(&r, "camp-btn-code-shared")).await;
    let r = f.say(&owner, "spring25").await;
    let r = f.press(&owner, &button(&r, "camp-btn-skip")).await;
    f.press(&owner, &button(&r, "camp-btn-send")).await;
    f.say(&owner, "/cancel").await;
    exec!(&f.raw, "UPDATE member SET focus_client_id = NULL WHERE tg_user_id = 1");
    let r = f.say(&owner, "/redeem SPRING25").await;
    assert_eq!(keys(&r), vec!["camp-err-redeem-who"]);
    let r = f.say(&owner, "/redeem SPRING25 Carla").await;
    assert_eq!(arg(&r, "camp-redeemed-client", "name").as_deref(), Some("Carla Gold"));
    let r = f.say(&owner, "/redeem SPRING25 Carla Gold").await;
    assert!(keys(&r).contains(&"camp-err-redeemed-before"));
    let r = f.say(&owner, "/redeem SPRING25 Vip").await;
    assert_eq!(keys(&r), vec!["camp-err-clients"], "two clients match");
    f.say(&owner, "/find Boris").await;
    let r = f.say(&owner, "/redeem SPRING25").await;
    assert_eq!(arg(&r, "camp-redeemed-client", "name").as_deref(), Some("Boris Vip"));
}

#[tokio::test]
async fn only_owners_and_leads_send_and_change_settings_and_managers_look() {
    let f = flow().await;
    let owner = team(&f).await;
    let manager = actor(2, "en");
    let lead = actor(3, "en");
    f.join(&owner, &manager, "manager").await;
    f.join(&owner, &lead, "lead").await;
    let r = compose(&f, &owner, "Hello").await;
    let r = skip_to_summary(&f, &owner, r).await;
    let send = button(&r, "camp-btn-send");
    let r = f.press(&manager, &send).await;
    assert_eq!(keys(&r), vec!["camp-err-role"]);
    let r = f.press(&lead, &send).await;
    assert!(keys(&r).contains(&"camp-started"), "a lead sends: {:?}", keys(&r));
    let r = f.say(&manager, "/campaigns").await;
    assert!(keys(&r).contains(&"camp-list-title"));
    let report = f.press(&manager, &raw_button(&r, "All")).await;
    assert!(keys(&report).contains(&"camp-report-delivered"));
    assert!(all_buttons(&report).is_empty(), "no controls for a manager");
    let id = campaign_id(&f).await;
    let r = f.press(&manager, &format!("K:pa:{id}")).await;
    assert_eq!(keys(&r), vec!["camp-err-role"]);
    let r = f.press(&manager, "K:go:999999").await;
    assert_eq!(keys(&r), vec!["camp-err-role"]);
    // Another team's campaign answers as a missing one.
    let other = actor(7, "en");
    f.onboard(&other, "en", "London").await;
    let r = f.press(&other, &format!("K:pa:{id}")).await;
    assert_eq!(keys(&r), vec!["camp-err-gone"]);
    let r = f.press(&other, &format!("K:o:{id}")).await;
    assert_eq!(keys(&r), vec!["camp-err-gone"]);

    // Settings: managers read; leads change the cap and greeting; only the owner turns on paid broadcasts.
    let r = f.say(&manager, "/promo").await;
    assert!(keys(&r).contains(&"camp-promo-read-only") && keys(&r).contains(&"camp-promo-paid-off"));
    let r = f.say(&manager, "/promo cap 5").await;
    assert_eq!(keys(&r), vec!["camp-err-role"]);
    let r = f.say(&lead, "/promo cap 5").await;
    assert_eq!(arg(&r, "camp-promo-cap", "cap").as_deref(), Some("5"));
    let r = f.say(&lead, "/promo paid on").await;
    assert_eq!(keys(&r), vec!["camp-err-owner"]);
    let r = f.say(&lead, "/promo cap 101").await;
    assert_eq!(keys(&r), vec!["camp-err-cap"]);
    let r = f.say(&lead, "/promo gift lots").await;
    assert_eq!(keys(&r), vec!["camp-err-gift"]);
    let r = f.say(&lead, "/promo volume 11").await;
    assert_eq!(keys(&r), vec!["camp-err-promo-args"]);
    let r = f.say(&owner, "/promo").await;
    assert!(keys(&r).contains(&"camp-promo-paid-explain"));
    let r = f.press(&owner, &button(&r, "camp-btn-paid-on")).await;
    assert!(keys(&r).contains(&"camp-promo-paid-on"));
    let team = f.store.get_workspace(f.workspace(&owner).await).await.unwrap().unwrap();
    assert_eq!((team.promo_cap_week, team.paid_broadcast), (5, true));
}
