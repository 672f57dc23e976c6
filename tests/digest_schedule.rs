//! The scheduled digest on both databases: exactly once per member and day across two instances ticking at
//! once, never resent after a crash mid-send, sent late once after downtime (today's only), one a day across
//! daylight-saving changes at the member's local time, only on the chosen weekdays, retried after a transient
//! failure, and posted to the team group.

mod common;
#[macro_use]
mod digest_support;

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use digest_support::{Backend, Recorder, Val, founder, join, joined_at, keys, utc};
use pocketcrm::core::{Actor, Chat, Event, FixedClock};
use pocketcrm::scheduler::{DeliveryError, DigestJob, Job, Scheduler};
use pocketcrm::store::{DigestPatch, Member, RunClaim, RunKey, RunKind, Store};

fn scheduler(store: Arc<dyn Store>, clock: Arc<FixedClock>, rec: Arc<Recorder>, instance: &str) -> Scheduler {
    let engine = pocketcrm::core::Engine::new(store, clock);
    Scheduler::new(engine, rec, instance).with_job(Arc::new(DigestJob))
}

async fn states(b: &Backend, member_id: i64) -> Vec<String> {
    b.db.texts("SELECT state FROM digest_run WHERE member_id = $1 ORDER BY local_date", &[Val::I(member_id)]).await
}

/// A New York owner whose digest comes every day at `time`, with settings in force long before.
async fn new_yorker(b: &Backend, s: &dyn Store, tg: i64, time: &str) -> Member {
    let (m, _) = founder(s, tg, "Nora", "en", "America/New_York").await;
    joined_at(&b.db, m.id, utc(2026, 1, 1, 0, 0)).await;
    let patch = DigestPatch { on: None, time: Some(time.into()), days: Some("1,2,3,4,5,6,7".into()) };
    s.set_digest_settings(m.id, &patch, utc(2026, 1, 1, 0, 0)).await.unwrap();
    m
}

/// Tick every `step` from `from` to `to`; the instants at which each chat got a digest.
async fn walk(
    sched: &Scheduler,
    clock: &FixedClock,
    rec: &Recorder,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    step: Duration,
) -> Vec<(i64, DateTime<Utc>)> {
    let mut got = Vec::new();
    let mut at = from;
    while at <= to {
        clock.set(at);
        let before = rec.count();
        sched.tick().await.unwrap();
        for (chat, _) in rec.sent.lock().unwrap()[before..].iter() {
            got.push((*chat, at));
        }
        at += step;
    }
    got
}

// --- exactly once ---

async fn two_instances_ticking_together_send_each_digest_once(b: Backend) {
    let s = b.store().await;
    let (owner, ws) = founder(s.as_ref(), 10, "Olga", "en", "Europe/Moscow").await;
    let early = utc(2026, 1, 1, 0, 0);
    joined_at(&b.db, owner.id, early).await;
    let lead = join(s.as_ref(), &b.db, ws.id, 11, "Lena", "lead", "Europe/Moscow").await;
    let keen = join(s.as_ref(), &b.db, ws.id, 12, "Kim", "manager", "Asia/Tokyo").await;
    let quiet = join(s.as_ref(), &b.db, ws.id, 13, "Quinn", "manager", "Europe/Moscow").await;
    s.set_digest_settings(keen.id, &DigestPatch { on: Some(true), ..Default::default() }, early).await.unwrap();
    assert!(s.bind_group(ws.id, Some(-4242), early).await.unwrap());

    // Tuesday 24 November, 10:00 in Moscow and 15:00 in Tokyo: every slot of the day has passed within the hour.
    let clock = Arc::new(FixedClock::new(utc(2026, 11, 24, 6, 30)));
    let rec = Arc::new(Recorder::default());
    let a = scheduler(b.store().await, clock.clone(), rec.clone(), "instance-a");
    let c = scheduler(b.store().await, clock.clone(), rec.clone(), "instance-b");
    for _ in 0..5 {
        let (x, y) = tokio::join!(a.tick(), c.tick());
        x.unwrap();
        y.unwrap();
    }
    for chat in [10, 11, 12, -4242] {
        assert_eq!(rec.to(chat).len(), 1, "chat {chat} got one digest");
    }
    assert!(rec.to(13).is_empty(), "a manager without the digest on gets none");
    assert_eq!(rec.count(), 4);
    for id in [owner.id, lead.id, keen.id, 0] {
        assert_eq!(states(&b, id).await, ["sent"], "member {id}");
    }
    assert!(states(&b, quiet.id).await.is_empty());
    // The manager's is their own; the group's has no buttons (a group does not answer them).
    assert!(keys(&rec.to(12)).contains(&"digest-title-own"));
    let group = rec.to(-4242);
    assert!(keys(&group).contains(&"digest-title-team") && group[0].buttons.is_empty());
    // Later rounds that day send nothing more.
    clock.advance(Duration::hours(6));
    a.tick().await.unwrap();
    c.tick().await.unwrap();
    assert_eq!(rec.count(), 4);
}

async fn a_claim_left_by_a_dead_instance_is_never_resent(b: Backend) {
    let s = b.store().await;
    let m = new_yorker(&b, s.as_ref(), 20, "09:00").await;
    // 09:00 EST on Tuesday 24 November is 14:00 UTC.
    let slot = utc(2026, 11, 24, 14, 0);
    let key =
        RunKey { member_id: m.id, chat_id: 20, local_date: slot.with_timezone(&Tz::America__New_York).date_naive() };
    let claim = RunClaim {
        kind: RunKind::Digest,
        workspace_id: m.workspace_id.unwrap(),
        key,
        late: false,
        instance: "dead",
        now: slot,
    };
    assert!(s.claim_daily_run(&claim).await.unwrap());
    assert!(!s.claim_daily_run(&RunClaim { instance: "other", ..claim.clone() }).await.unwrap(), "claimed once");

    let clock = Arc::new(FixedClock::new(slot + Duration::minutes(1)));
    let rec = Arc::new(Recorder::default());
    let sched = scheduler(s.clone(), clock.clone(), rec.clone(), "restarted");
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 0, "still within the lease: the other process may be sending it");
    clock.advance(Duration::minutes(20));
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 0, "never resent");
    assert_eq!(states(&b, m.id).await, ["interrupted"]);
    // The next day comes as usual.
    clock.set(slot + Duration::days(1));
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 1);
}

async fn a_digest_missed_while_down_comes_late_once_and_only_todays(b: Backend) {
    let s = b.store().await;
    let m = new_yorker(&b, s.as_ref(), 30, "09:00").await;
    let slot = utc(2026, 11, 24, 14, 0);
    let clock = Arc::new(FixedClock::new(slot - Duration::hours(1)));
    let rec = Arc::new(Recorder::default());
    let sched = scheduler(s.clone(), clock.clone(), rec.clone(), "a");
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 0, "not yet");
    assert_eq!(DigestJob.next_due(&engine_at(&s, &clock)).await.unwrap(), Some(slot), "sleeps until the slot");

    // Down from 08:00 to 13:00: sent at once, marked late.
    clock.set(slot + Duration::hours(4));
    assert_eq!(DigestJob.next_due(&engine_at(&s, &clock)).await.unwrap(), Some(slot), "due at once");
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 1);
    assert!(keys(&rec.to(30)).contains(&"digest-late"));
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 1, "once");
    assert_eq!(DigestJob.next_due(&engine_at(&s, &clock)).await.unwrap(), Some(slot + Duration::days(1)));

    // Down for three days: only today's digest comes, not a pile of old ones.
    rec.clear();
    clock.set(slot + Duration::days(4) + Duration::hours(2));
    sched.tick().await.unwrap();
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 1);
    assert!(keys(&rec.to(30)).contains(&"digest-late"));
    let dates = b.db.int("SELECT COUNT(*) FROM digest_run WHERE member_id = $1", &[Val::I(m.id)]).await;
    assert_eq!(dates, 2, "the days in between were not sent");

    // On time means not late.
    rec.clear();
    clock.set(slot + Duration::days(5));
    sched.tick().await.unwrap();
    assert!(!keys(&rec.to(30)).contains(&"digest-late"));
}

fn engine_at(s: &Arc<dyn Store>, clock: &Arc<FixedClock>) -> pocketcrm::core::Engine {
    pocketcrm::core::Engine::new(s.clone(), clock.clone())
}

async fn daylight_saving_days_get_one_digest_each_at_local_time(b: Backend) {
    let s = b.store().await;
    new_yorker(&b, s.as_ref(), 40, "09:00").await;
    new_yorker(&b, s.as_ref(), 41, "02:30").await;
    new_yorker(&b, s.as_ref(), 42, "01:30").await;
    let ny = Tz::America__New_York;
    let clock = Arc::new(FixedClock::new(utc(2026, 3, 7, 5, 0)));
    let rec = Arc::new(Recorder::default());
    let sched = scheduler(s.clone(), clock.clone(), rec.clone(), "a");
    let local = |got: &[(i64, DateTime<Utc>)], chat: i64| -> Vec<String> {
        got.iter()
            .filter(|(c, _)| *c == chat)
            .map(|(_, at)| at.with_timezone(&ny).format("%m-%d %H:%M").to_string())
            .collect()
    };

    // Spring forward on Sunday 8 March: 02:00 EST becomes 03:00 EDT.
    let got = walk(&sched, &clock, &rec, utc(2026, 3, 7, 5, 0), utc(2026, 3, 10, 4, 45), Duration::minutes(15)).await;
    assert_eq!(local(&got, 40), ["03-07 09:00", "03-08 09:00", "03-09 09:00"]);
    // 02:30 does not exist that night: the first valid instant after the gap, once.
    assert_eq!(local(&got, 41), ["03-07 02:30", "03-08 03:30", "03-09 02:30"]);
    assert_eq!(local(&got, 42), ["03-07 01:30", "03-08 01:30", "03-09 01:30"]);

    // Fall back on Sunday 1 November: 01:00–02:00 happens twice; the digest comes at the first 01:30 only.
    rec.clear();
    let got = walk(&sched, &clock, &rec, utc(2026, 10, 31, 4, 0), utc(2026, 11, 3, 4, 45), Duration::minutes(15)).await;
    assert_eq!(local(&got, 40), ["10-31 09:00", "11-01 09:00", "11-02 09:00"]);
    assert_eq!(local(&got, 41), ["10-31 02:30", "11-01 02:30", "11-02 02:30"]);
    assert_eq!(local(&got, 42), ["10-31 01:30", "11-01 01:30", "11-02 01:30"]);
    let first = got.iter().find(|(c, at)| *c == 42 && at.with_timezone(&ny).format("%m-%d").to_string() == "11-01");
    assert_eq!(first.map(|(_, at)| *at), Some(utc(2026, 11, 1, 5, 30)), "the earlier 01:30 (EDT)");
    assert!(got.iter().all(|(c, _)| !keys(&rec.to(*c)).contains(&"digest-late")), "all on time");
}

async fn only_the_chosen_weekdays_get_a_digest(b: Backend) {
    let s = b.store().await;
    let m = new_yorker(&b, s.as_ref(), 50, "09:00").await;
    let patch = DigestPatch { days: Some("1,3,5".into()), ..Default::default() };
    s.set_digest_settings(m.id, &patch, utc(2026, 1, 1, 0, 0)).await.unwrap();
    let clock = Arc::new(FixedClock::new(utc(2026, 11, 23, 5, 0)));
    let rec = Arc::new(Recorder::default());
    let sched = scheduler(s.clone(), clock.clone(), rec.clone(), "a");
    // Monday 23 to Sunday 29 November, hour by hour.
    let got = walk(&sched, &clock, &rec, utc(2026, 11, 23, 5, 0), utc(2026, 11, 30, 4, 0), Duration::hours(1)).await;
    let days: Vec<String> =
        got.iter().map(|(_, at)| at.with_timezone(&Tz::America__New_York).format("%a %H:%M").to_string()).collect();
    assert_eq!(days, ["Mon 09:00", "Wed 09:00", "Fri 09:00"]);
}

async fn a_transient_failure_is_retried_and_a_blocked_chat_is_not(b: Backend) {
    let s = b.store().await;
    let m = new_yorker(&b, s.as_ref(), 60, "09:00").await;
    let slot = utc(2026, 11, 24, 14, 0);
    let clock = Arc::new(FixedClock::new(slot));
    let rec = Arc::new(Recorder::default());
    let sched = scheduler(s.clone(), clock.clone(), rec.clone(), "a");
    rec.failures.lock().unwrap().push(DeliveryError::Transient("network down".into()));
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 0);
    assert_eq!(states(&b, m.id).await, ["failed"]);
    let retry = DigestJob.next_due(&engine_at(&s, &clock)).await.unwrap().unwrap();
    assert!(retry > slot && retry <= slot + Duration::minutes(1), "backs off briefly: {retry}");
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 0, "waits for the backoff");
    clock.set(retry);
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 1);
    assert_eq!(states(&b, m.id).await, ["sent"]);
    let attempts =
        b.db.int("SELECT CAST(attempts AS BIGINT) FROM digest_run WHERE member_id = $1", &[Val::I(m.id)]).await;
    assert_eq!(attempts, 1);

    // Blocked: recorded, never tried again.
    clock.set(slot + Duration::days(1));
    rec.failures.lock().unwrap().push(DeliveryError::Permanent("bot was blocked by the user".into()));
    sched.tick().await.unwrap();
    for _ in 0..3 {
        clock.advance(Duration::hours(1));
        sched.tick().await.unwrap();
    }
    assert_eq!(rec.count(), 1);
    assert_eq!(states(&b, m.id).await, ["sent", "failed"]);
}

async fn changing_the_time_after_todays_slot_does_not_send_it_late(b: Backend) {
    let s = b.store().await;
    let m = new_yorker(&b, s.as_ref(), 70, "09:00").await;
    // Tuesday 07:00 in New York, before the 09:00 digest; the member moves it to 06:30, already past today.
    let clock = Arc::new(FixedClock::new(utc(2026, 11, 24, 12, 0)));
    let rec = Arc::new(Recorder::default());
    let sched = scheduler(s.clone(), clock.clone(), rec.clone(), "a");
    sched.tick().await.unwrap();
    let engine = engine_at(&s, &clock);
    let me = Actor { user_id: 70, display_name: "Nora".into(), language_code: Some("en".into()), chat: Chat::Private };
    let reply = engine.handle(&me, Event::Text("/digest 06:30".into())).await;
    assert_eq!(keys(&reply), ["digest-set", "digest-days-all", "digest-next"]);
    for hour in [12, 13, 15, 20] {
        clock.set(utc(2026, 11, 24, hour, 0));
        sched.tick().await.unwrap();
    }
    assert_eq!(rec.count(), 0, "not today's 06:30 late, nor the old 09:00");
    clock.set(utc(2026, 11, 25, 11, 30));
    sched.tick().await.unwrap();
    assert_eq!(rec.count(), 1, "tomorrow at 06:30, on time");
    assert!(!keys(&rec.to(70)).contains(&"digest-late"));
    assert_eq!(states(&b, m.id).await, ["sent"]);
}

both_backends!(
    two_instances_ticking_together_send_each_digest_once,
    a_claim_left_by_a_dead_instance_is_never_resent,
    a_digest_missed_while_down_comes_late_once_and_only_todays,
    daylight_saving_days_get_one_digest_each_at_local_time,
    only_the_chosen_weekdays_get_a_digest,
    a_transient_failure_is_retried_and_a_blocked_chat_is_not,
    changing_the_time_after_todays_slot_does_not_send_it_late,
);
