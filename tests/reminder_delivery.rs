//! Reminders arrive at their minute, once; late ones say so; failures are retried and recorded; a send cut
//! short by a crash is never repeated.

mod common;

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::Duration;
use common::{World, actor, world};
use pocketcrm::core::Reply;
use pocketcrm::scheduler::{DeliveryError, MAX_ATTEMPTS, Notifier, Scheduler};

#[derive(Default)]
struct Recorder {
    sent: Mutex<Vec<(i64, Reply)>>,
    /// Errors to return, one per call, before succeeding.
    failures: Mutex<Vec<DeliveryError>>,
}

#[async_trait]
impl Notifier for Recorder {
    async fn deliver(&self, tg_user_id: i64, reply: Reply) -> Result<(), DeliveryError> {
        if let Some(err) = self.failures.lock().unwrap().pop() {
            return Err(err);
        }
        self.sent.lock().unwrap().push((tg_user_id, reply));
        Ok(())
    }
}

impl Recorder {
    fn count(&self) -> usize {
        self.sent.lock().unwrap().len()
    }
    fn last(&self) -> Reply {
        self.sent.lock().unwrap().last().unwrap().1.clone()
    }
}

async fn setup() -> (World, Arc<Recorder>, Scheduler, pocketcrm::core::Actor) {
    let w = world().await;
    let me = actor(7, "en");
    w.onboard(&me, "en", "Moscow").await;
    let rec = Arc::new(Recorder::default());
    let sched = Scheduler::new(w.engine.clone(), rec.clone(), "test-instance");
    (w, rec, sched, me)
}

async fn only_reminder(w: &World) -> pocketcrm::store::Reminder {
    let m = w.store.member_by_tg(7).await.unwrap().unwrap();
    let now = w.engine.clock().now();
    let mut all = w
        .store
        .reminders_between(m.workspace_id.unwrap(), m.id, now - Duration::days(30), now + Duration::days(30))
        .await
        .unwrap();
    assert_eq!(all.len(), 1);
    all.remove(0)
}

#[tokio::test]
async fn a_reminder_arrives_at_its_minute_with_its_buttons_and_only_once() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/remind in 1 minute call Ivan").await;
    assert_eq!(sched.tick().await.unwrap(), 0, "not due yet");
    w.clock.advance(Duration::seconds(61));
    assert_eq!(sched.tick().await.unwrap(), 1);
    assert_eq!(rec.count(), 1);
    let reply = rec.last();
    assert_eq!(rec.sent.lock().unwrap()[0].0, 7, "sent to the member's chat");
    assert!(reply.text.keys().contains(&"reminder-due"));
    assert!(!reply.text.keys().contains(&"reminder-late"));
    let buttons = World::buttons(std::slice::from_ref(&reply));
    assert!(buttons.iter().any(|b| b.starts_with("rd:")));
    assert!(buttons.iter().any(|b| b.starts_with("rh:")));
    assert!(buttons.iter().any(|b| b.starts_with("rt:")));
    // Further rounds find nothing: it is never sent twice.
    w.clock.advance(Duration::minutes(10));
    assert_eq!(sched.tick().await.unwrap(), 0);
    assert_eq!(rec.count(), 1);
    assert_eq!(only_reminder(&w).await.state, "sent");
}

#[tokio::test]
async fn snoozing_an_hour_brings_it_back_an_hour_later() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/remind in 5 minutes call Ivan").await;
    w.clock.advance(Duration::minutes(5));
    sched.tick().await.unwrap();
    let hour = World::buttons(&[rec.last()]).into_iter().find(|b| b.starts_with("rh:")).unwrap();
    assert_eq!(World::keys(&w.press(&me, &hour).await), vec!["remind-moved"]);
    w.clock.advance(Duration::minutes(59));
    assert_eq!(sched.tick().await.unwrap(), 0);
    w.clock.advance(Duration::minutes(2));
    assert_eq!(sched.tick().await.unwrap(), 1);
    assert_eq!(rec.count(), 2);
    let done = World::buttons(&[rec.last()]).into_iter().find(|b| b.starts_with("rd:")).unwrap();
    assert_eq!(World::keys(&w.press(&me, &done).await), vec!["reminder-done"]);
    assert_eq!(only_reminder(&w).await.state, "done");
}

#[tokio::test]
async fn after_downtime_an_overdue_reminder_is_sent_at_once_marked_late() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/remind in 10 minutes call Ivan").await;
    w.clock.advance(Duration::hours(3));
    assert_eq!(sched.tick().await.unwrap(), 1);
    assert!(rec.last().text.keys().contains(&"reminder-late"));
}

#[tokio::test]
async fn a_failed_send_is_retried_with_backoff_and_recorded() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/remind in 1 minute call Ivan").await;
    rec.failures.lock().unwrap().push(DeliveryError::Transient("network down".into()));
    w.clock.advance(Duration::minutes(1));
    assert_eq!(sched.tick().await.unwrap(), 1);
    assert_eq!(rec.count(), 0);
    let r = only_reminder(&w).await;
    assert_eq!(r.state, "pending");
    assert_eq!(r.attempts, 1);
    assert_eq!(r.last_error.as_deref(), Some("network down"));
    assert!(r.next_attempt_at > w.engine.clock().now());
    assert_eq!(sched.tick().await.unwrap(), 0, "waits for the backoff");
    w.clock.advance(Duration::minutes(1));
    assert_eq!(sched.tick().await.unwrap(), 1);
    assert_eq!(rec.count(), 1);
    assert_eq!(only_reminder(&w).await.state, "sent");
}

#[tokio::test]
async fn a_reminder_that_keeps_failing_is_given_up_and_shown_as_failed() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/remind in 1 minute call Ivan").await;
    for _ in 0..MAX_ATTEMPTS {
        rec.failures.lock().unwrap().push(DeliveryError::Transient("timeout".into()));
    }
    for _ in 0..MAX_ATTEMPTS {
        w.clock.advance(Duration::hours(2));
        sched.tick().await.unwrap();
    }
    let r = only_reminder(&w).await;
    assert_eq!(r.state, "failed");
    assert_eq!(r.attempts, MAX_ATTEMPTS);
    assert_eq!(rec.count(), 0);
}

#[tokio::test]
async fn a_blocked_bot_is_not_retried() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/remind in 1 minute call Ivan").await;
    rec.failures.lock().unwrap().push(DeliveryError::Permanent("bot was blocked by the user".into()));
    w.clock.advance(Duration::minutes(1));
    sched.tick().await.unwrap();
    let r = only_reminder(&w).await;
    assert_eq!(r.state, "failed");
    assert_eq!(r.attempts, 1);
}

#[tokio::test]
async fn a_send_cut_short_by_a_crash_is_not_repeated_but_stays_visible() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/remind in 1 minute call Ivan").await;
    w.clock.advance(Duration::minutes(1));
    // Another process claimed it and died before recording the send.
    let claimed = w.store.claim_next_reminder(w.engine.clock().now(), "dead-instance").await.unwrap();
    assert!(claimed.is_some());
    w.clock.advance(Duration::minutes(15));
    assert_eq!(sched.tick().await.unwrap(), 0);
    // Never sent twice: the member is told it may not have arrived, once.
    assert_eq!(rec.count(), 1);
    let keys = rec.last().text.keys();
    assert!(keys.contains(&"reminder-interrupted") && !keys.contains(&"reminder-due"), "{keys:?}");
    assert!(w.render(&[rec.last()]).contains("call Ivan"));
    assert_eq!(sched.tick().await.unwrap(), 0);
    assert_eq!(rec.count(), 1, "told once");
    assert_eq!(only_reminder(&w).await.state, "interrupted");
    w.clock.set(common::monday_morning());
    let today = w.render(&w.say(&me, "/today").await);
    assert!(today.contains("call Ivan") && today.contains("⚠️"), "{today}");
}

#[tokio::test]
async fn a_planned_meeting_reminder_names_the_meeting_and_the_client() {
    let (w, rec, sched, me) = setup().await;
    w.say(&me, "/add Ivan Petrov").await;
    w.say(&me, "/meet in 2 hours demo").await;
    w.clock.advance(Duration::minutes(90));
    assert_eq!(sched.tick().await.unwrap(), 1);
    let text = w.render(&[rec.last()]);
    assert!(text.contains("Meeting") && text.contains("Ivan Petrov") && text.contains("demo"), "{text}");
    assert!(World::buttons(&[rec.last()]).iter().any(|b| b.starts_with("c:")));
}

#[tokio::test]
async fn the_running_scheduler_wakes_for_a_new_reminder_and_stops_cleanly() {
    let (w, rec, sched, me) = setup().await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let task = tokio::spawn(sched.run(stopped));
    // Due at once (the clock stands still): the scheduler must be woken, not wait for its next poll.
    w.say(&me, "/remind in 1 minute call Ivan").await;
    w.clock.advance(Duration::minutes(2));
    w.engine.wake_handle().notify_one();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    while rec.count() == 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(rec.count(), 1);
    stop.send(true).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(5), task).await.expect("stops promptly").unwrap();
}
