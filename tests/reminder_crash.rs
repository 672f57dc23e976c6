//! A crash in the middle of a reminder round loses no reminder: the real binary killed with SIGKILL while 50
//! reminders go out, and started again, delivers every one exactly once — except at most the send in flight at the
//! kill, which is never repeated but reported to its member — and the ones sent after the restart say they are
//! late. On SQLite and Postgres alike; with the store-level guarantees under it: one row per claim, two claimers
//! never share one, a silent claimant's row is interrupted and told once.

mod common;
mod fake_bot_api;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, DurationRound, TimeZone, Utc};
use chrono_tz::Tz;
use common::databases::{run_postgres, run_sqlite, with_fresh_postgres};
use fake_bot_api::bot_process::spawn_bot;
use fake_bot_api::{FakeBotApi, Options};
use pocketcrm::core::{Arg, Text, TimeStyle};
use pocketcrm::i18n::I18n;
use pocketcrm::store::{NewReminder, Reminder, Store};

const REMINDERS: usize = 50;
const MEMBERS: i64 = 10;
const FIRST_MEMBER: i64 = 7_100_001;
/// Deliveries before the kill.
const KILL_AFTER: usize = 12;
const ZONE: &str = "Europe/Berlin";
/// A dead instance is recognised after 2 s of silence instead of 10.
const STALE: &[(&str, &str)] = &[("POCKETCRM_SENDER_STALE_SECS", "2")];

/// Members (each with their own team) and their reminders, all due at `due`: the i-th belongs to member i % MEMBERS,
/// so a round goes from chat to chat. Returns (member id, workspace id) per Telegram id.
async fn seed(store: &Arc<dyn Store>, due: DateTime<Utc>) -> HashMap<i64, (i64, i64)> {
    let mut members = HashMap::new();
    for n in 0..MEMBERS {
        let tg = FIRST_MEMBER + n;
        let member = store.ensure_member(tg, &format!("Member {n}"), "en", ZONE).await.unwrap();
        let workspace = store.ensure_workspace(member.id, "Team").await.unwrap();
        members.insert(tg, (member.id, workspace.id));
    }
    for i in 0..REMINDERS {
        let (member_id, workspace_id) = members[&(FIRST_MEMBER + i as i64 % MEMBERS)];
        let new =
            NewReminder { workspace_id, member_id, client_id: None, activity_id: None, text: task(i), due_at: due };
        store.insert_reminder(&new).await.unwrap();
    }
    members
}

fn task(i: usize) -> String {
    format!("task-{i:02} call back")
}

/// Every seeded reminder, with the chat it belongs to.
async fn reminders(
    store: &Arc<dyn Store>,
    members: &HashMap<i64, (i64, i64)>,
    due: DateTime<Utc>,
) -> Vec<(i64, Reminder)> {
    let mut all = Vec::new();
    for (tg, (member_id, workspace_id)) in members {
        let rows = store
            .reminders_between(*workspace_id, *member_id, due - Duration::hours(1), due + Duration::hours(1))
            .await
            .unwrap();
        all.extend(rows.into_iter().map(|r| (*tg, r)));
    }
    all.sort_by_key(|(_, r)| r.id);
    all
}

fn count_state(all: &[(i64, Reminder)], state: &str) -> usize {
    all.iter().filter(|(_, r)| r.state == state).count()
}

fn log_of(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Seed 50 reminders due five minutes ago, run the binary, kill it after 12 deliveries, run it again until nothing
/// is pending or being sent, and check what every member got.
async fn killed_mid_round(url: String) {
    // Each send takes 100 ms to be answered (it counts as delivered on arrival, as with Telegram), so a send is
    // in flight at the kill.
    let fake = FakeBotApi::start_with(Options { latency: StdDuration::from_millis(100), ..Options::default() }).await;
    let store = pocketcrm::store::connect(&url).await.expect("open the database");
    store.migrate().await.expect("migrate");
    // Due at one minute, long enough ago that everything sent now is late.
    let due = (Utc::now() - Duration::minutes(5)).duration_trunc(Duration::minutes(1)).unwrap();
    let members = seed(&store, due).await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("bot.log");

    let mut bot = spawn_bot(&fake, &url, &log, STALE).expect("start the bot");
    let deadline = tokio::time::Instant::now() + StdDuration::from_secs(30);
    while fake.delivered_count() < KILL_AFTER {
        assert!(tokio::time::Instant::now() < deadline, "no {KILL_AFTER} deliveries; the log:\n{}", log_of(&log));
        tokio::time::sleep(StdDuration::from_millis(5)).await;
    }
    bot.kill().expect("SIGKILL");
    let killed_at = tokio::time::Instant::now();
    let at_kill = fake.delivered_count();
    let states = reminders(&store, &members, due).await;
    let sending_at_kill = count_state(&states, "sending");
    let pending_at_kill = count_state(&states, "pending");

    let mut bot = spawn_bot(&fake, &url, &log, STALE).expect("start the bot");
    let i18n = I18n::load().unwrap();
    let tz: Tz = ZONE.parse().unwrap();
    let when = Arg::time(due, tz, TimeStyle::DateTime);
    let notice_of = |text: String| {
        i18n.text("en", &Text::key("reminder-interrupted").with("text", text).with("when", when.clone()))
    };
    let notices = |all: &[(i64, Reminder)]| {
        let delivered = fake.delivered();
        all.iter()
            .filter(|(tg, r)| {
                r.state == "interrupted"
                    && delivered.iter().any(|d| d.chat_id == *tg && d.text.starts_with(&notice_of(r.text.clone())))
            })
            .count()
    };
    // Settled: nothing pending or in flight, every interrupted reminder reported.
    let deadline = tokio::time::Instant::now() + StdDuration::from_secs(40);
    loop {
        let all = reminders(&store, &members, due).await;
        let open = count_state(&all, "pending") + count_state(&all, "sending");
        if open == 0 && notices(&all) == count_state(&all, "interrupted") {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "not settled after the restart ({open} open); the log:\n{}",
            log_of(&log)
        );
        tokio::time::sleep(StdDuration::from_millis(50)).await;
    }
    // Anything sent twice would have arrived by now.
    tokio::time::sleep(StdDuration::from_millis(500)).await;
    bot.kill().expect("SIGKILL");

    let due_line = |text: &str| i18n.text("en", &Text::key("reminder-due").with("text", text.to_string()));
    let late_line = i18n.text("en", &Text::key("reminder-late").with("when", when.clone()));
    let delivered = fake.delivered();
    let all = reminders(&store, &members, due).await;
    assert_eq!(all.len(), REMINDERS);
    let (mut interrupted, mut arrived_anyway, mut duplicates) = (0, 0, 0);
    let (mut copies_total, mut late, mut after_restart) = (0, 0, 0);
    for (tg, r) in &all {
        let to_member: Vec<_> = delivered.iter().filter(|d| d.chat_id == *tg).collect();
        let copies: Vec<_> = to_member.iter().filter(|d| d.text.lines().next() == Some(&due_line(&r.text))).collect();
        let told = to_member.iter().filter(|d| d.text.starts_with(&notice_of(r.text.clone()))).count();
        duplicates += copies.len().saturating_sub(1);
        copies_total += copies.len();
        late += copies.iter().filter(|d| d.text.contains(&late_line)).count();
        after_restart += copies.iter().filter(|d| d.at > killed_at).count();
        match r.state.as_str() {
            "sent" => assert_eq!((copies.len(), told), (1, 0), "{} {r:?}", r.text),
            // In flight at the kill: it may or may not have arrived; never sent again, and reported once.
            "interrupted" => {
                interrupted += 1;
                arrived_anyway += copies.len();
                assert_eq!(told, 1, "the member of {r:?} is told once");
                assert!(copies.len() <= 1, "{r:?} was sent again");
            }
            other => panic!("a reminder ended {other}: {r:?}"),
        }
    }
    eprintln!(
        "reminder kill test: {at_kill} delivered before the kill, {sending_at_kill} in flight and {pending_at_kill} \
         pending at the kill; {after_restart} delivered after the restart; {interrupted} interrupted (of which \
         {arrived_anyway} had arrived) and reported; {duplicates} duplicates; {late} of {copies_total} marked late"
    );
    assert_eq!(duplicates, 0, "nobody got a reminder twice");
    assert!(sending_at_kill <= 1, "a kill catches at most the one send in flight, not a claimed batch");
    assert!(interrupted <= sending_at_kill, "only the send in flight at the kill is interrupted");
    assert!(pending_at_kill >= REMINDERS - at_kill - 1, "whatever was not sent before the kill was still pending");
    assert_eq!(copies_total, REMINDERS - interrupted + arrived_anyway);
    assert!(after_restart >= REMINDERS - at_kill - 1, "the rest went out after the restart");
    assert_eq!(late, copies_total, "every copy, before and after the restart, says it is late");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_killed_mid_round_every_reminder_goes_out_once_or_is_reported() {
    let (url, _dir) = common::databases::fresh_sqlite();
    killed_mid_round(url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_killed_mid_round_every_reminder_goes_out_once_or_is_reported() {
    with_fresh_postgres(killed_mid_round).await;
}

// --- the store under it, on both databases ---

fn at(minute: u32, second: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2030, 1, 10, 12, minute, second).unwrap()
}

/// Two claimers racing over 50 due reminders: each claim takes exactly one row, no row goes to both, and together
/// they take them all.
async fn one_row_per_claim_and_never_one_row_twice(store: Arc<dyn Store>) {
    let now = at(0, 0);
    let members = seed(&store, now).await;
    // The first claim takes one row and leaves the other 49 pending.
    let first = store.claim_next_reminder(now, "a").await.unwrap().expect("one due");
    let states = reminders(&store, &members, now).await;
    assert_eq!((count_state(&states, "sending"), count_state(&states, "pending")), (1, REMINDERS - 1));
    assert_eq!(first.reminder.text, task(0), "the earliest first (by id among equals)");
    assert_eq!(first.reminder.claimed_by.as_deref(), Some("a"));
    assert_eq!((first.tg_user_id, first.locale.as_str(), first.tz.as_str()), (FIRST_MEMBER, "en", ZONE));

    let claimer = |instance: &'static str| {
        let store = store.clone();
        tokio::spawn(async move {
            let mut got = Vec::new();
            while let Some(due) = store.claim_next_reminder(now, instance).await.unwrap() {
                assert_eq!(due.reminder.claimed_by.as_deref(), Some(instance));
                assert_eq!(due.reminder.state, "sending");
                got.push(due.reminder.id);
            }
            got
        })
    };
    let (a, b) = (claimer("a"), claimer("b"));
    let (a, b) = (a.await.unwrap(), b.await.unwrap());
    let mut seen = HashSet::from([first.reminder.id]);
    for id in a.iter().chain(&b) {
        assert!(seen.insert(*id), "reminder {id} was claimed twice");
    }
    // A claim that took a second row without returning it would leave that row unseen here.
    let all = reminders(&store, &members, now).await;
    assert_eq!(seen, all.iter().map(|(_, r)| r.id).collect::<HashSet<_>>(), "together they took every one");
    assert_eq!(count_state(&all, "sending"), REMINDERS);
    assert!(store.claim_next_reminder(now + Duration::hours(1), "c").await.unwrap().is_none());
}

/// A row left in `sending` by a claimant whose beat stopped is interrupted once its silence lasts; a live
/// claimant's is not. The member is told once: of two concurrent takers of the notice, one gets it.
async fn a_silent_claimants_row_is_interrupted_and_told_once(store: Arc<dyn Store>) {
    let t0 = at(0, 0);
    let members = seed(&store, t0).await;
    let alive = store.claim_next_reminder(t0, "alive").await.unwrap().unwrap();
    let dead = store.claim_next_reminder(t0, "dead").await.unwrap().unwrap();
    store.sender_beat("dead", t0).await.unwrap();
    store.sender_beat("alive", t0 + Duration::seconds(9)).await.unwrap();

    let stale = Duration::seconds(10);
    let now = t0 + Duration::seconds(10);
    assert_eq!(store.resolve_orphan_reminders(now - stale, now).await.unwrap(), 0, "not silent long enough");
    assert!(store.claim_interrupted_notice(now).await.unwrap().is_none());
    let now = t0 + Duration::seconds(12);
    assert_eq!(store.oldest_foreign_claim("alive").await.unwrap(), Some(t0), "the dead one's claim");
    assert_eq!(store.resolve_orphan_reminders(now - stale, now).await.unwrap(), 1);
    let all = reminders(&store, &members, t0).await;
    let state = |id: i64| all.iter().find(|(_, r)| r.id == id).unwrap().1.state.clone();
    assert_eq!((state(alive.reminder.id), state(dead.reminder.id)), ("sending".into(), "interrupted".into()));
    assert_eq!(store.resolve_orphan_reminders(now - stale, now).await.unwrap(), 0, "once");
    assert!(store.claim_next_reminder(now, "x").await.unwrap().is_some_and(|d| d.reminder.id != dead.reminder.id));

    let taker = || {
        let store = store.clone();
        tokio::spawn(async move { store.claim_interrupted_notice(now).await.unwrap() })
    };
    let (one, two) = (taker(), taker());
    let taken: Vec<_> = [one.await.unwrap(), two.await.unwrap()].into_iter().flatten().collect();
    assert_eq!(taken.len(), 1, "exactly one instance tells");
    assert_eq!((taken[0].reminder.id, taken[0].tg_user_id), (dead.reminder.id, dead.tg_user_id));
    assert!(store.claim_interrupted_notice(now).await.unwrap().is_none(), "told once");
    // A send that did not reach the member puts the notice back, once more to take.
    store.release_interrupted_notice(dead.reminder.id).await.unwrap();
    assert_eq!(store.claim_interrupted_notice(now).await.unwrap().map(|d| d.reminder.id), Some(dead.reminder.id));
    assert!(store.claim_interrupted_notice(now).await.unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_one_row_per_claim_and_never_one_row_twice() {
    run_sqlite(one_row_per_claim_and_never_one_row_twice).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_one_row_per_claim_and_never_one_row_twice() {
    run_postgres(one_row_per_claim_and_never_one_row_twice).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_silent_claimants_row_is_interrupted_and_told_once() {
    run_sqlite(a_silent_claimants_row_is_interrupted_and_told_once).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_silent_claimants_row_is_interrupted_and_told_once() {
    run_postgres(a_silent_claimants_row_is_interrupted_and_told_once).await;
}
