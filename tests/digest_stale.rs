//! Stale alerts on both databases: a deal or client quiet for the team's `stale_days` reaches its owner once per
//! quiet spell, batched in one message at the owner's digest hour, with Log call / Remind / Snooze a week; a new
//! activity starts a new spell; a snooze lets it come once more a week later; a failed send is retried.

mod common;
#[macro_use]
mod digest_support;

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use digest_support::{Backend, Recorder, Val, buttons, client, deal, founder, join, joined_at, keys, stage, utc};
use pocketcrm::core::{Actor, Chat, Engine, Event, FixedClock, Reply};
use pocketcrm::i18n::I18n;
use pocketcrm::scheduler::{DeliveryError, Scheduler, StaleJob};
use pocketcrm::store::{ActivityKind, NewActivity, Store};

const OLGA: i64 = 10;
const MAX: i64 = 11;
const ZED: i64 = 20;

struct World {
    s: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    rec: Arc<Recorder>,
    sched: Scheduler,
    engine: Engine,
    ws: i64,
    max_id: i64,
    acme: i64,
    quiet: i64,
    website: i64,
}

/// Local midnight of a Moscow date (UTC+3, no daylight saving).
fn moscow(date: NaiveDate, hour: u32) -> DateTime<Utc> {
    date.and_hms_opt(hour, 0, 0).unwrap().and_utc() - Duration::hours(3)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// Tuesday 24 November 2026 is the first day.
async fn world(b: &Backend) -> World {
    let s = b.store().await;
    let early = utc(2026, 1, 1, 0, 0);
    let start = moscow(day(24), 0);
    let (olga, ws) = founder(s.as_ref(), OLGA, "Olga", "en", "Europe/Moscow").await;
    joined_at(&b.db, olga.id, early).await;
    let max = join(s.as_ref(), &b.db, ws.id, MAX, "Max", "manager", "Europe/Moscow").await;
    let ws = ws.id;

    let acme = client(s.as_ref(), &b.db, ws, max.id, "Acme", None, start - Duration::days(40)).await;
    let quiet = client(s.as_ref(), &b.db, ws, max.id, "Quiet Ltd", None, start - Duration::days(30)).await;
    client(s.as_ref(), &b.db, ws, max.id, "Fresh", None, start - Duration::days(2)).await;
    client(s.as_ref(), &b.db, ws, olga.id, "Owners Own", None, start - Duration::days(15)).await;
    // Acme was called 20 days ago: quiet since then.
    activity(s.as_ref(), ws, acme, max.id, None, start - Duration::days(20)).await;
    let open = stage(&b.db, ws, "open", 1).await;
    let won = stage(&b.db, ws, "won", 2).await;
    let website = deal(&b.db, ws, acme, max.id, open, "Website", 1_200_000, "EUR", start - Duration::days(18)).await;
    deal(&b.db, ws, acme, max.id, won, "Closed long ago", 5_000, "EUR", start - Duration::days(90)).await;

    // Another team's quiet client never reaches this one.
    let (zed, zws) = founder(s.as_ref(), ZED, "Zed", "en", "Europe/Moscow").await;
    joined_at(&b.db, zed.id, early).await;
    client(s.as_ref(), &b.db, zws.id, zed.id, "Zeta Secret", None, start - Duration::days(60)).await;

    let clock = Arc::new(FixedClock::new(start));
    let rec = Arc::new(Recorder::default());
    let engine = Engine::new(s.clone(), clock.clone());
    let sched = Scheduler::new(engine.clone(), rec.clone(), "a").with_job(Arc::new(StaleJob));
    World { s, clock, rec, sched, engine, ws, max_id: max.id, acme, quiet, website }
}

async fn activity(s: &dyn Store, ws: i64, client: i64, author: i64, deal: Option<i64>, at: DateTime<Utc>) {
    s.insert_activity(&NewActivity {
        workspace_id: ws,
        client_id: client,
        kind: ActivityKind::Call,
        happens_at: at,
        done: true,
        summary: "called".into(),
        outcome: None,
        author_member_id: author,
        deal_id: deal,
    })
    .await
    .unwrap();
}

impl World {
    /// Tick hour by hour through a Moscow day; what each chat got, with the local hour.
    async fn live_day(&self, date: NaiveDate) -> Vec<(i64, u32, Reply)> {
        let mut got = Vec::new();
        for hour in 0..24 {
            self.clock.set(moscow(date, hour));
            let before = self.rec.count();
            self.sched.tick().await.unwrap();
            for (chat, reply) in self.rec.sent.lock().unwrap()[before..].iter() {
                got.push((*chat, hour, reply.clone()));
            }
        }
        got
    }

    fn text(&self, reply: &Reply) -> String {
        I18n::load().unwrap().render(reply).chunks.join("\n")
    }
}

fn to(got: &[(i64, u32, Reply)], chat: i64) -> Vec<(u32, Reply)> {
    got.iter().filter(|(c, _, _)| *c == chat).map(|(_, h, r)| (*h, r.clone())).collect()
}

async fn quiet_work_reaches_its_owner_once_per_spell_in_one_message_at_the_digest_hour(b: Backend) {
    let w = world(&b).await;
    let got = w.live_day(day(24)).await;
    let max = to(&got, MAX);
    assert_eq!(max.len(), 1, "one message for all of Max's quiet work");
    let (hour, reply) = &max[0];
    assert_eq!(*hour, 9, "at the digest hour, not at night");
    let text = w.text(reply);
    for part in ["No activity for 14+ days: 3", "Website (Acme), 12,000.00 EUR", "• Quiet Ltd", "• Acme"] {
        assert!(text.contains(part), "missing {part:?}:\n{text}");
    }
    for absent in ["Fresh", "Closed long ago", "Owners Own", "Zeta"] {
        assert!(!text.contains(absent), "{absent:?} in:\n{text}");
    }
    let b_ = buttons(std::slice::from_ref(reply));
    for want in [
        format!("k:{}", w.acme),
        format!("rn:{}", w.acme),
        format!("G:z:d:{}", w.website),
        format!("k:{}", w.quiet),
        format!("G:z:c:{}", w.quiet),
    ] {
        assert!(b_.contains(&want), "{want} in {b_:?}");
    }
    let olga = to(&got, OLGA);
    assert_eq!(olga.len(), 1);
    assert!(w.text(&olga[0].1).contains("Owners Own"));
    assert!(to(&got, ZED).iter().all(|(_, r)| !w.text(r).contains("Acme")));

    // The next days: nothing new to say (still the same quiet spells).
    for d in [25, 26] {
        assert!(to(&w.live_day(day(d)).await, MAX).is_empty(), "day {d}");
    }

    // A call on Acme's Website deal ends both spells; fourteen quiet days later they come again, alone.
    w.clock.set(moscow(day(26), 12));
    activity(w.s.as_ref(), w.ws, w.acme, w.max_id, Some(w.website), moscow(day(26), 12)).await;
    let mut again = Vec::new();
    for d in 27..=30 {
        again.extend(to(&w.live_day(day(d)).await, MAX));
    }
    let december = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    for d in 1..=11 {
        again.extend(to(&w.live_day(december(d)).await, MAX));
    }
    let texts: Vec<String> = again.iter().map(|(_, r)| w.text(r)).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    // Fresh (added on the 22nd) goes quiet on 7 December; Acme and its deal fourteen days after the call.
    assert!(texts[0].contains("• Fresh") && !texts[0].contains("Acme"), "{}", texts[0]);
    assert!(texts[1].contains("Website") && texts[1].contains("• Acme"), "{}", texts[1]);
    assert!(texts.iter().all(|t| !t.contains("Quiet Ltd")), "Quiet Ltd's spell was already alerted");
}

async fn snooze_holds_an_alert_back_a_week_then_it_comes_once_more(b: Backend) {
    let w = world(&b).await;
    let first = to(&w.live_day(day(24)).await, MAX);
    assert_eq!(first.len(), 1);
    let snooze = format!("G:z:c:{}", w.quiet);
    assert!(buttons(&[first[0].1.clone()]).contains(&snooze));
    let max = Actor { user_id: MAX, display_name: "Max".into(), language_code: Some("en".into()), chat: Chat::Private };
    w.clock.set(moscow(day(24), 10));
    let reply = w.engine.handle(&max, Event::Button(snooze.clone())).await;
    assert_eq!(keys(&reply), ["stale-snoozed"]);
    let text = w.text(&reply[0]);
    assert!(text.contains("Quiet Ltd") && text.contains("Tue 01 Dec"), "{text}");
    // Another member of another team cannot snooze it: answered like a missing one.
    let zed = Actor { user_id: ZED, ..max.clone() };
    assert_eq!(keys(&w.engine.handle(&zed, Event::Button(snooze)).await), ["err-stale-button"]);

    let mut later = Vec::new();
    for d in 25..=30 {
        later.extend(to(&w.live_day(day(d)).await, MAX).into_iter().map(|(h, r)| (format!("11-{d}"), h, r)));
    }
    for d in 1..=4 {
        let date = NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        later.extend(to(&w.live_day(date).await, MAX).into_iter().map(|(h, r)| (format!("12-{d}"), h, r)));
    }
    assert_eq!(later.len(), 1, "once more after the snooze, and only once");
    let (when, hour, reply) = &later[0];
    assert_eq!((when.as_str(), *hour), ("12-1", 9));
    let text = w.text(reply);
    assert!(text.contains("Quiet Ltd") && !text.contains("Website"), "{text}");
}

async fn a_failed_send_comes_again_and_one_cut_short_is_not_repeated(b: Backend) {
    let w = world(&b).await;
    w.rec.failures.lock().unwrap().push(DeliveryError::Transient("network down".into()));
    // 09:00 in Moscow: Olga's sweep goes first (member order) and fails; Max's goes through.
    w.clock.set(moscow(day(24), 9));
    w.sched.tick().await.unwrap();
    assert_eq!(w.rec.to(MAX).len() + w.rec.to(OLGA).len(), 1);
    w.clock.advance(Duration::minutes(1));
    w.sched.tick().await.unwrap();
    assert_eq!(w.rec.to(MAX).len(), 1);
    assert_eq!(w.rec.to(OLGA).len(), 1, "retried after the backoff");
    let states = b.db.texts("SELECT state FROM stale_alert ORDER BY subject_id", &[]).await;
    assert!(states.iter().all(|s| s == "sent"), "{states:?}");

    // A sweep claimed by a process that died: its alerts are not sent again.
    let gone = client(w.s.as_ref(), &b.db, w.ws, w.max_id, "Gone Quiet", None, moscow(day(1), 0)).await;
    assert!(w.s.claim_stale_alert(w.ws, "client", gone, moscow(day(25), 9)).await.unwrap());
    let got = w.live_day(day(25)).await;
    assert!(got.iter().all(|(_, _, r)| !w.text(r).contains("Gone Quiet")), "claimed elsewhere");
    let state =
        b.db.texts("SELECT state FROM stale_alert WHERE subject_id = $1 AND subject_kind = 'client'", &[Val::I(gone)])
            .await;
    assert_eq!(state, ["interrupted"]);
}

both_backends!(
    quiet_work_reaches_its_owner_once_per_spell_in_one_message_at_the_digest_hour,
    snooze_holds_an_alert_back_a_week_then_it_comes_once_more,
    a_failed_send_comes_again_and_one_cut_short_is_not_repeated,
);
