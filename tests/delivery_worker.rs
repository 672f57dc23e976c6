//! The campaign worker with a recording notifier: each customer gets a campaign exactly once, whatever Telegram
//! answers (a flood limit, a block, server trouble, a refused photo), whoever pauses or cancels it mid-way, however
//! many workers share the database, and after a crash; the sender sees one progress message and one report.

mod common;
mod delivery_support;

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::Duration;
use delivery_support::{
    Db, Promo, Recorder, Team, campaign_state, claim_as_dead_instance, client_promo_state, count_state, deliveries,
    on_both, start, t0, team,
};
use pocketcrm::core::{Engine, FixedClock, SystemClock};
use pocketcrm::i18n::I18n;
use pocketcrm::scheduler::{CampaignWorker, PromoError, WorkerConfig};
use pocketcrm::store::{CampaignState, Store};

fn config() -> WorkerConfig {
    WorkerConfig { senders: 8, ..WorkerConfig::default() }
}

/// A worker over `store` on a clock standing at `t0`, and the clock.
fn worker(store: Arc<dyn Store>, recorder: &Arc<Recorder>, instance: &str) -> (CampaignWorker, Arc<FixedClock>) {
    let clock = Arc::new(FixedClock::new(t0()));
    let engine = Engine::new(store, clock.clone());
    (CampaignWorker::new(engine, recorder.clone(), instance, config()), clock)
}

fn everyone_once(team: &Team, recorder: &Recorder) {
    let per_chat = recorder.per_chat();
    for tg in &team.customers {
        assert_eq!(per_chat.get(tg), Some(&1), "customer {tg}");
    }
    assert_eq!(recorder.promo_count(), team.customers.len(), "nobody else, nothing twice");
}

/// How many posts say `key`.
fn posts_with(recorder: &Recorder, key: &str) -> usize {
    recorder.post_keys().iter().filter(|keys| keys.contains(&key)).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_customer_gets_the_campaign_once_in_their_words_with_their_code_and_the_sender_one_report() {
    on_both(|db: Db| async move {
        let team = team(&db, 7, 40, 70_000, true).await;
        let promo = Promo { code_kind: "unique", ..Promo::default() };
        let campaign = start(&db, &team, promo, t0()).await;
        let recorder = Recorder::new(StdDuration::from_millis(2));
        let (worker, _clock) = worker(db.store.clone(), &recorder, "w1");

        assert_eq!(worker.round().await.unwrap(), 40);
        everyone_once(&team, &recorder);
        assert_eq!(count_state(&db, campaign, "sent").await, 40);
        assert_eq!(campaign_state(&db, campaign).await, "done");

        // Each message: the team's words, the customer's own code, the Unsubscribe button naming their row; sent
        // as a paid broadcast since the team pays for it.
        let i18n = I18n::load().unwrap();
        let rows = deliveries(&db, campaign).await;
        for (chat, reply, paid) in recorder.promos.lock().unwrap().iter() {
            let row = rows.iter().find(|d| d.tg_user_id == Some(*chat)).unwrap();
            let text = i18n.render(reply).chunks.join("\n");
            assert!(text.contains("Spring sale") && text.contains(row.code.as_deref().unwrap()), "{text}");
            assert!(reply.buttons.iter().flatten().any(|b| b.data.ends_with(&format!("U{}", row.id))));
            assert!(*paid);
            assert!(row.message_id.is_some());
        }

        // The sender: the progress message first, then the report, once.
        let keys = recorder.post_keys();
        assert_eq!(keys.len(), 2, "{keys:?}");
        assert!(keys[0].contains(&"camp-progress"));
        assert!(keys[1].contains(&"dlv-finished") && keys[1].contains(&"camp-report-delivered"));
        assert!(recorder.posts.lock().unwrap().iter().all(|(chat, _)| *chat == team.owner_tg));

        // Nothing more to do, nothing said again.
        assert_eq!(worker.round().await.unwrap(), 0);
        assert_eq!(recorder.promo_count(), 40);
        assert_eq!(recorder.post_keys().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn a_flood_answer_waits_its_retry_after_costs_no_attempt_and_loses_no_one() {
    on_both(|db: Db| async move {
        let team = team(&db, 7, 5, 70_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let recorder = Recorder::new(StdDuration::ZERO);
        let slowed = team.customers[2];
        recorder.fail(slowed, [PromoError::RetryAfter(StdDuration::from_secs(5))]);
        let (worker, clock) = worker(db.store.clone(), &recorder, "w1");

        worker.round().await.unwrap();
        assert_eq!(recorder.promo_count(), 4);
        let row = deliveries(&db, campaign).await.into_iter().find(|d| d.tg_user_id == Some(slowed)).unwrap();
        assert_eq!(
            (row.state.as_str(), row.attempts, row.next_attempt_at),
            ("pending", 0, t0() + Duration::seconds(5))
        );
        assert_eq!(worker.round().await.unwrap(), 0, "not before retry_after");
        assert_eq!(campaign_state(&db, campaign).await, "sending");

        clock.advance(Duration::seconds(5));
        assert_eq!(worker.round().await.unwrap(), 1);
        everyone_once(&team, &recorder);
        assert_eq!(campaign_state(&db, campaign).await, "done");
    })
    .await;
}

#[tokio::test]
async fn a_customer_who_blocked_the_bot_is_unsubscribed_and_never_tried_again() {
    on_both(|db: Db| async move {
        let team = team(&db, 7, 4, 70_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let recorder = Recorder::new(StdDuration::ZERO);
        let gone = team.customers[1];
        recorder.fail(gone, [PromoError::Blocked("Forbidden: bot was blocked by the user".into())]);
        let (worker, clock) = worker(db.store.clone(), &recorder, "w1");

        worker.round().await.unwrap();
        assert_eq!(recorder.promo_count(), 3);
        assert_eq!(count_state(&db, campaign, "blocked").await, 1);
        assert_eq!(client_promo_state(&db, gone).await, "blocked");
        assert_eq!(campaign_state(&db, campaign).await, "done");
        assert_eq!(posts_with(&recorder, "camp-report-blocked"), 1);

        // The next campaign leaves them out altogether.
        clock.advance(Duration::hours(1));
        let mut next = pocketcrm::store::NewCampaign::draft(team.workspace_id, team.member_id, "en");
        next.filter = Some("{}".into());
        next.texts = r#"{"en":"Second"}"#.into();
        let next = db.store.insert_campaign(&next).await.unwrap();
        assert_eq!(db.store.start_campaign(next.id, clock_now(&clock)).await.unwrap(), Some(3));
        worker.round().await.unwrap();
        assert_eq!(recorder.promo_count(), 6);
        assert!(!recorder.per_chat().contains_key(&gone));
    })
    .await;
}

fn clock_now(clock: &FixedClock) -> chrono::DateTime<chrono::Utc> {
    use pocketcrm::core::Clock;
    clock.now()
}

#[tokio::test]
async fn server_trouble_is_retried_with_backoff_and_given_up_after_a_few_tries() {
    let (url, _dir) = common::databases::fresh_sqlite();
    let db = Db::open(&url).await;
    let team = team(&db, 7, 3, 70_000, false).await;
    let campaign = start(&db, &team, Promo::default(), t0()).await;
    let recorder = Recorder::new(StdDuration::ZERO);
    let (flaky, broken) = (team.customers[0], team.customers[1]);
    recorder.fail(flaky, [PromoError::Transient("Bad Gateway".into())]);
    recorder.fail(broken, (0..3).map(|_| PromoError::Transient("Internal Server Error".into())));
    let (worker, clock) = worker(db.store.clone(), &recorder, "w1");

    worker.round().await.unwrap();
    assert_eq!(recorder.promo_count(), 1);
    // 15 s later both are tried again: the flaky one arrives, the broken one fails a second time.
    clock.advance(Duration::seconds(15));
    assert_eq!(worker.round().await.unwrap(), 2);
    assert_eq!(recorder.per_chat().get(&flaky), Some(&1));
    // A minute later the third and last try.
    clock.advance(Duration::minutes(1));
    assert_eq!(worker.round().await.unwrap(), 1);
    let row = deliveries(&db, campaign).await.into_iter().find(|d| d.tg_user_id == Some(broken)).unwrap();
    assert_eq!((row.state.as_str(), row.attempts), ("failed", 3));
    assert_eq!(row.error.as_deref(), Some("Internal Server Error"));
    assert_eq!(campaign_state(&db, campaign).await, "done");
    clock.advance(Duration::hours(2));
    assert_eq!(worker.round().await.unwrap(), 0);
    assert_eq!(recorder.per_chat().get(&broken), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_photo_pauses_the_campaign_and_tells_the_sender_once() {
    on_both(|db: Db| async move {
        let team = team(&db, 7, 30, 70_000, false).await;
        let promo = Promo { photo: Some("AgAD-broken".into()), ..Promo::default() };
        let campaign = start(&db, &team, promo, t0()).await;
        let recorder = Recorder::new(StdDuration::from_millis(2));
        *recorder.always.lock().unwrap() = Some(PromoError::BadPhoto("Bad Request: wrong file identifier".into()));
        let (worker, _clock) = worker(db.store.clone(), &recorder, "w1");

        worker.round().await.unwrap();
        assert_eq!(campaign_state(&db, campaign).await, "paused");
        assert_eq!(posts_with(&recorder, "dlv-photo-refused"), 1, "{:?}", recorder.post_keys());
        assert_eq!(count_state(&db, campaign, "pending").await, 30, "no one lost to the broken photo");
        assert_eq!(recorder.promo_count(), 0);

        // With the photo fixed and the campaign resumed, everyone gets it once.
        *recorder.always.lock().unwrap() = None;
        let (ws, paused, sending) = (team.workspace_id, CampaignState::Paused, CampaignState::Sending);
        assert!(db.store.set_campaign_state(ws, campaign, paused, sending, t0()).await.unwrap());
        worker.round().await.unwrap();
        everyone_once(&team, &recorder);
        assert_eq!(posts_with(&recorder, "dlv-photo-refused"), 1);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pausing_or_cancelling_mid_campaign_stops_the_sends_at_once() {
    let (url, _dir) = common::databases::fresh_sqlite();
    let db = Db::open(&url).await;
    let team = team(&db, 7, 60, 70_000, false).await;
    let campaign = start(&db, &team, Promo::default(), t0()).await;
    let recorder = Recorder::new(StdDuration::from_millis(2));
    let (ws, store) = (team.workspace_id, db.store.clone());
    *recorder.after_send.lock().unwrap() = Some(Arc::new(move |sent| {
        let store = store.clone();
        Box::pin(async move {
            if sent == 10 {
                let (from, to) = (CampaignState::Sending, CampaignState::Paused);
                store.set_campaign_state(ws, campaign, from, to, t0()).await.unwrap();
            }
        })
    }));
    let (worker, clock) = worker(db.store.clone(), &recorder, "w1");

    worker.round().await.unwrap();
    let sent = recorder.promo_count();
    // Only the sends already claimed when it was paused went out (a claim takes a grant of the gate, so how many
    // were under way depends on the machine's timing): the pause stopped it well before the end, and nothing was
    // lost — every row not sent is still pending.
    assert!((10..60).contains(&sent), "{sent}");
    assert_eq!(count_state(&db, campaign, "pending").await, 60 - sent as i64);
    assert_eq!(campaign_state(&db, campaign).await, "paused");

    *recorder.after_send.lock().unwrap() = None;
    let (paused, sending) = (CampaignState::Paused, CampaignState::Sending);
    assert!(db.store.set_campaign_state(ws, campaign, paused, sending, t0()).await.unwrap());
    worker.round().await.unwrap();
    everyone_once(&team, &recorder);

    // A second campaign, cancelled after ten: the rest are never sent, and it is not reported as done.
    clock.advance(Duration::hours(1));
    let mut next = pocketcrm::store::NewCampaign::draft(ws, team.member_id, "en");
    next.filter = Some("{}".into());
    next.texts = r#"{"en":"Second"}"#.into();
    let next = db.store.insert_campaign(&next).await.unwrap().id;
    db.store.start_campaign(next, clock_now(&clock)).await.unwrap();
    let store = db.store.clone();
    *recorder.after_send.lock().unwrap() = Some(Arc::new(move |sent| {
        let store = store.clone();
        Box::pin(async move {
            if sent == 70 {
                assert!(store.cancel_campaign(ws, next, t0()).await.unwrap());
            }
        })
    }));
    let reports_before = posts_with(&recorder, "dlv-finished");
    worker.round().await.unwrap();
    let second = recorder.promo_count() - 60;
    assert!((10..60).contains(&second), "{second}");
    assert_eq!(count_state(&db, next, "cancelled").await, 60 - second as i64);
    assert_eq!(campaign_state(&db, next).await, "cancelled");
    assert_eq!(posts_with(&recorder, "dlv-finished"), reports_before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_on_one_database_never_send_twice() {
    on_both(|db: Db| async move {
        let team = team(&db, 7, 200, 70_000, false).await;
        start(&db, &team, Promo::default(), t0()).await;
        let recorder = Recorder::new(StdDuration::from_millis(1));
        // Two instances, each with its own connection pool, sending the same campaign at the same time.
        let (one, _) = worker(db.store.clone(), &recorder, "instance-one");
        let (two, _) = worker(db.another_store().await, &recorder, "instance-two");
        let (a, b) = tokio::join!(one.round(), two.round());
        assert_eq!(a.unwrap() + b.unwrap(), 200, "each row claimed by one of them");
        everyone_once(&team, &recorder);
        assert_eq!(posts_with(&recorder, "dlv-finished"), 1, "one report");
    })
    .await;
}

#[tokio::test]
async fn rows_in_flight_when_an_instance_died_become_unconfirmed_and_are_never_resent() {
    on_both(|db: Db| async move {
        let team = team(&db, 7, 10, 70_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        // Another instance claimed two rows, perhaps sent them, and was killed; its last beat was then.
        db.store.sender_beat("dead-instance", t0()).await.unwrap();
        let lost =
            [claim_as_dead_instance(&db, campaign, t0()).await, claim_as_dead_instance(&db, campaign, t0()).await];
        let recorder = Recorder::new(StdDuration::ZERO);
        let (worker, clock) = worker(db.store.clone(), &recorder, "after-restart");

        // While its beat is fresh its rows are left alone, and the campaign cannot end.
        worker.round().await.unwrap();
        assert_eq!(recorder.promo_count(), 8);
        assert_eq!(campaign_state(&db, campaign).await, "sending");
        // Once it has been silent longer than `stale_after`: unconfirmed, not resent, and the campaign is done.
        clock.advance(Duration::seconds(11));
        worker.round().await.unwrap();
        assert_eq!(recorder.promo_count(), 8);
        for row in &lost {
            assert!(!recorder.per_chat().contains_key(&row.tg_user_id.unwrap()));
        }
        assert_eq!(count_state(&db, campaign, "unconfirmed").await, 2);
        assert_eq!(campaign_state(&db, campaign).await, "done");
        assert_eq!(posts_with(&recorder, "camp-report-unconfirmed"), 1);
    })
    .await;
}

#[tokio::test]
async fn a_customer_who_stops_promotions_mid_campaign_gets_nothing_more() {
    let (url, _dir) = common::databases::fresh_sqlite();
    let db = Db::open(&url).await;
    let team = team(&db, 7, 6, 70_000, false).await;
    let campaign = start(&db, &team, Promo::default(), t0()).await;
    delivery_support::unsubscribe(&db, team.customers[3]).await;
    let recorder = Recorder::new(StdDuration::ZERO);
    let (worker, _clock) = worker(db.store.clone(), &recorder, "w1");
    worker.round().await.unwrap();
    assert_eq!(recorder.promo_count(), 5);
    assert!(!recorder.per_chat().contains_key(&team.customers[3]));
    assert_eq!(count_state(&db, campaign, "cancelled").await, 1);
    assert_eq!(campaign_state(&db, campaign).await, "done");
}

#[tokio::test]
async fn the_progress_message_is_posted_once_and_edited_once_per_round() {
    let (url, _dir) = common::databases::fresh_sqlite();
    let db = Db::open(&url).await;
    let team = team(&db, 7, 20, 70_000, false).await;
    let campaign = start(&db, &team, Promo::default(), t0()).await;
    let recorder = Recorder::new(StdDuration::ZERO);
    // One customer's message is held back by a flood limit, which keeps the campaign going for a while.
    recorder.fail(team.customers[0], [PromoError::RetryAfter(StdDuration::from_secs(10))]);
    let (worker, clock) = worker(db.store.clone(), &recorder, "w1");

    worker.round().await.unwrap();
    assert_eq!(posts_with(&recorder, "camp-progress"), 1);
    let posted_id = db.store.get_campaign(team.workspace_id, campaign).await.unwrap().unwrap().progress_message_id;
    assert!(posted_id.is_some_and(|id| id > 0));
    assert!(recorder.edits.lock().unwrap().is_empty());

    // Three seconds later one edit, and none more in the same round.
    clock.advance(Duration::seconds(3));
    worker.round().await.unwrap();
    worker.round().await.unwrap();
    assert_eq!(recorder.edits.lock().unwrap().len(), 1);

    // The last one goes out: a final edit with nothing left, then the report.
    clock.advance(Duration::seconds(10));
    worker.round().await.unwrap();
    let edits = recorder.edits.lock().unwrap().clone();
    assert!(edits.iter().all(|(chat, id, _)| *chat == team.owner_tg && Some(*id) == posted_id));
    let i18n = I18n::load().unwrap();
    let last = i18n.render(&edits.last().unwrap().2).chunks.join("\n");
    assert!(last.contains("Sent 20") && last.contains("left 0"), "{last}");
    assert_eq!(posts_with(&recorder, "camp-progress"), 1, "posted once");
    assert_eq!(posts_with(&recorder, "dlv-finished"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_running_worker_sends_in_the_background_and_stops_cleanly() {
    let (url, _dir) = common::databases::fresh_sqlite();
    let db = Db::open(&url).await;
    let team = team(&db, 7, 50, 70_000, false).await;
    let recorder = Recorder::new(StdDuration::from_millis(1));
    let engine = Engine::new(db.store.clone(), Arc::new(SystemClock));
    let config = WorkerConfig { poll_every: StdDuration::from_millis(50), ..config() };
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(CampaignWorker::new(engine, recorder.clone(), "bg", config).run(stopped));

    // Started while the worker runs: it is found at the next poll.
    start(&db, &team, Promo::default(), chrono::Utc::now()).await;
    let deadline = tokio::time::Instant::now() + StdDuration::from_secs(10);
    while posts_with(&recorder, "dlv-finished") == 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(StdDuration::from_millis(20)).await;
    }
    everyone_once(&team, &recorder);
    assert_eq!(posts_with(&recorder, "dlv-finished"), 1);

    stop.send(true).unwrap();
    tokio::time::timeout(StdDuration::from_secs(5), running).await.expect("stops").unwrap();
    // A clean stop leaves no beat behind.
    let beats: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sender_beat")
        .fetch_one(&sqlx::SqlitePool::connect(&url).await.unwrap())
        .await
        .unwrap();
    assert_eq!(beats, 0);
}
