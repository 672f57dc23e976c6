//! What the digest says, to whom: a lead sees the team, a manager their own work, another team nothing; the
//! settings a member gives with /digest; its buttons; and the bot in a team group, through the core.

mod common;
mod digest_support;

use std::sync::Arc;

use chrono::Duration;
use digest_support::{Backend, Db, Val, buttons, client, deal, founder, join, keys, render, run_sqlite, stage, utc};
use pocketcrm::core::{Actor, Chat, Engine, Event, Reply};
use pocketcrm::i18n::I18n;
use pocketcrm::store::{ActivityKind, NewActivity, NewReminder, Store};

/// Tuesday 2026-11-24 10:00 in Moscow (UTC+3): "yesterday" is Monday the 23rd.
fn now() -> chrono::DateTime<chrono::Utc> {
    utc(2026, 11, 24, 7, 0)
}

/// Monday 23 November at `h:00` Moscow time.
fn monday(h: u32) -> chrono::DateTime<chrono::Utc> {
    utc(2026, 11, 23, h - 3, 0)
}

fn actor(tg: i64) -> Actor {
    Actor { user_id: tg, display_name: format!("tg{tg}"), language_code: Some("en".into()), chat: Chat::Private }
}

fn in_group(tg: i64, chat: i64) -> Actor {
    Actor { chat: Chat::Group(chat), ..actor(tg) }
}

const OLGA: i64 = 100;
const LENA: i64 = 101;
const MAX: i64 = 102;
const MIA: i64 = 103;
const ZED: i64 = 200;

struct Team {
    engine: Engine,
    store: Arc<dyn Store>,
    db: Db,
    i18n: I18n,
    ws: i64,
    acme: i64,
    max_id: i64,
    old_lead: i64,
}

impl Team {
    async fn say(&self, who: &Actor, text: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Text(text.into())).await
    }
    async fn press(&self, who: &Actor, data: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Button(data.into())).await
    }
    fn text(&self, replies: &[Reply]) -> String {
        render(&self.i18n, replies)
    }
}

async fn done(s: &dyn Store, ws: i64, client: i64, author: i64, kind: ActivityKind, at: chrono::DateTime<chrono::Utc>) {
    let planned = at > now();
    s.insert_activity(&NewActivity {
        workspace_id: ws,
        client_id: client,
        kind,
        happens_at: at,
        done: !planned,
        summary: "talk".into(),
        outcome: None,
        author_member_id: author,
        deal_id: None,
    })
    .await
    .unwrap();
}

/// Olga owns the team; Lena leads; Max and Mia sell. Monday: Max held two meetings and a call, moved a deal,
/// won two and lost one; Mia wrote a note. Zed's team is busy too, and must never show.
async fn team(b: &Backend) -> Team {
    let s = b.store().await;
    let db = b.db.clone();
    let (olga, ws) = founder(s.as_ref(), OLGA, "Olga", "en", "Europe/Moscow").await;
    db.exec("UPDATE workspace SET name = 'Northwind' WHERE id = $1", &[Val::I(ws.id)]).await;
    let ws = ws.id;
    let joined = utc(2026, 1, 1, 0, 0);
    join(s.as_ref(), &db, ws, LENA, "Lena", "lead", "Europe/Moscow").await;
    let max = join(s.as_ref(), &db, ws, MAX, "Max", "manager", "Europe/Moscow").await;
    let mia = join(s.as_ref(), &db, ws, MIA, "Mia", "manager", "Europe/Moscow").await;
    let _ = olga;

    let acme = client(s.as_ref(), &db, ws, max.id, "Acme Corp", Some("Banner"), monday(9)).await;
    let bolt = client(s.as_ref(), &db, ws, mia.id, "Bolt", Some("Referral"), monday(10)).await;
    client(s.as_ref(), &db, ws, max.id, "Cara", None, monday(11)).await;
    client(s.as_ref(), &db, ws, max.id, "Dated", Some("Banner"), utc(2026, 10, 1, 9, 0)).await;

    done(s.as_ref(), ws, acme, max.id, ActivityKind::Meeting, monday(10)).await;
    done(s.as_ref(), ws, acme, max.id, ActivityKind::Meeting, monday(12)).await;
    done(s.as_ref(), ws, acme, max.id, ActivityKind::Call, monday(14)).await;
    done(s.as_ref(), ws, bolt, mia.id, ActivityKind::Note, monday(16)).await;
    // Sunday's call is before the period.
    done(s.as_ref(), ws, acme, max.id, ActivityKind::Call, monday(9) - Duration::days(1)).await;
    // Today: Max meets Acme at 15:00, Mia calls Bolt at 16:00.
    done(s.as_ref(), ws, acme, max.id, ActivityKind::Meeting, utc(2026, 11, 24, 12, 0)).await;
    done(s.as_ref(), ws, bolt, mia.id, ActivityKind::Call, utc(2026, 11, 24, 13, 0)).await;
    s.insert_reminder(&NewReminder {
        workspace_id: ws,
        member_id: max.id,
        client_id: Some(acme),
        activity_id: None,
        text: "send the offer".into(),
        due_at: monday(18),
    })
    .await
    .unwrap();

    let open = stage(&db, ws, "open", 1).await;
    let won = stage(&db, ws, "won", 5).await;
    let lost = stage(&db, ws, "lost", 6).await;
    let site = deal(&db, ws, acme, max.id, won, "Website", 1_200_000, "EUR", monday(15)).await;
    let support = deal(&db, ws, acme, max.id, won, "Support", 50_000, "USD", monday(15)).await;
    let audit = deal(&db, ws, acme, max.id, lost, "Audit", 120_000, "EUR", monday(15)).await;
    for id in [site, support] {
        db.exec("UPDATE deal SET won_at = $1 WHERE id = $2", &[Val::T(monday(15)), Val::I(id)]).await;
    }
    db.exec("UPDATE deal SET lost_at = $1 WHERE id = $2", &[Val::T(monday(16)), Val::I(audit)]).await;
    db.exec(
        "INSERT INTO deal_event (workspace_id, deal_id, member_id, at, kind, from_stage_id, to_stage_id) \
         VALUES ($1, $2, $3, $4, 'moved', $5, $6)",
        &[Val::I(ws), Val::I(site), Val::I(max.id), Val::T(monday(11)), Val::I(open), Val::I(won)],
    )
    .await;
    let old_lead = deal(&db, ws, bolt, mia.id, open, "Old lead", 99_900, "EUR", now() - Duration::days(30)).await;
    for (member, amount) in [(0, 5_000_000), (max.id, 2_000_000)] {
        db.exec(
            "INSERT INTO target (workspace_id, member_id, period_kind, period_start, currency, amount_minor, \
             updated_at) VALUES ($1, $2, 'month', $3, 'EUR', $4, $5)",
            &[
                Val::I(ws),
                Val::I(member),
                Val::D(chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()),
                Val::I(amount),
                Val::T(joined),
            ],
        )
        .await;
    }

    // Another team, just as busy.
    let (zed, zws) = founder(s.as_ref(), ZED, "Zed", "en", "Europe/Moscow").await;
    let zc = client(s.as_ref(), &db, zws.id, zed.id, "Zeta Secret", Some("Banner"), monday(9)).await;
    for h in [10, 11, 12] {
        done(s.as_ref(), zws.id, zc, zed.id, ActivityKind::Call, monday(h)).await;
    }

    let (engine, _clock) = digest_support::engine(s.clone(), now());
    Team { engine, store: s, db, i18n: I18n::load().unwrap(), ws, acme, max_id: max.id, old_lead }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_sees_yesterday_per_member_and_the_team_numbers_but_nothing_of_another_team() {
    run_sqlite(|b| async move {
        let t = team(&b).await;
        let replies = t.say(&actor(LENA), "/digest").await;
        let text = t.text(&replies);
        for part in [
            "☀️ Northwind",
            "Yesterday, Mon 23 Nov",
            "▫️ Nothing logged: Lena, Olga",
            "• Max: 2 meetings · 1 call · 1 deal moved\n   ✅ won 2: 12,000.00 EUR + 500.00 USD · ❌ lost 1: 1,200.00 EUR",
            "• Mia: 1 note",
            "• Team, this month: 12,000.00 EUR of 50,000.00 EUR (24%)",
            "• Max, this month: 12,000.00 EUR of 20,000.00 EUR (60%)",
            "📅 Today: 2",
            "15:00 🤝 Acme Corp — Max",
            "16:00 📞 Bolt — Mia",
            "⚠️ Overdue reminders: 1",
            "send the offer — Max",
            "💤 Quiet for 14+ days: 1",
            "• Old lead (Bolt), 999.00 EUR, 30 d — Mia",
            "🆕 New clients: 3 — Banner 1, Referral 1, no source 1",
            "Comes at 09:00 — Mon–Fri",
        ] {
            assert!(text.contains(part), "missing {part:?} in:\n{text}");
        }
        assert!(!text.contains("Zeta") && !text.contains("Zed"), "another team's data:\n{text}");
        assert!(text.chars().count() < 4096, "one message");
        let b = buttons(&replies);
        assert!(b.contains(&"G:t".to_string()), "{b:?}");
        assert!(b.contains(&format!("c:{}", t.acme)), "{b:?}");
        // The owner reads the same team digest.
        let owner = t.text(&t.say(&actor(OLGA), "/digest").await);
        assert!(owner.contains("• Mia: 1 note") && owner.contains("Old lead"), "{owner}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_sees_only_their_own_work() {
    run_sqlite(|b| async move {
        let t = team(&b).await;
        let text = t.text(&t.say(&actor(MAX), "/digest").await);
        for part in [
            "☀️ Your digest",
            "• 2 meetings · 1 call · 1 deal moved\n   ✅ won 2: 12,000.00 EUR + 500.00 USD",
            "• Max, this month: 12,000.00 EUR of 20,000.00 EUR (60%)",
            "📅 Today: 1",
            "15:00 🤝 Acme Corp",
            "send the offer",
            "🆕 New clients: 2 — Banner 1, no source 1",
            "The daily digest is off",
        ] {
            assert!(text.contains(part), "missing {part:?} in:\n{text}");
        }
        for absent in ["Mia", "Bolt", "Old lead", "Team, this month", "Northwind", "— Max", "Zeta"] {
            assert!(!text.contains(absent), "{absent:?} in a manager's own digest:\n{text}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_take_a_time_days_and_on_off_and_bad_input_changes_nothing() {
    run_sqlite(|b| async move {
        let t = team(&b).await;
        let lena = actor(LENA);
        let text = t.text(&t.say(&lena, "/digest 08:30 mon,wed,fri").await);
        assert!(text.contains("Digest at 08:30 — Mon, Wed, Fri"), "{text}");
        // Tuesday now: the next one is Wednesday's.
        assert!(text.contains("Next: Wed 25 Nov, 08:30"), "{text}");
        let m = t.store.member_by_tg(LENA).await.unwrap().unwrap();
        assert_eq!((m.digest_time.as_str(), m.digest_days.as_str()), ("08:30", "1,3,5"));
        let since = t.store.schedule_members().await.unwrap().into_iter().find(|s| s.member_id == m.id).unwrap();
        assert_eq!(since.digest_since, Some(now()), "a slot earlier today is not missed");

        let text = t.text(&t.say(&lena, "/digest Mon - Fri").await);
        assert!(text.contains("Mon–Fri"), "{text}");
        let text = t.text(&t.say(&lena, "/digest daily").await);
        assert!(text.contains("every day"), "{text}");

        for (bad, key) in
            [("25:00", "err-digest-time"), ("tomorrow", "err-digest-args"), ("mon-funday", "err-digest-args")]
        {
            assert_eq!(keys(&t.say(&lena, &format!("/digest {bad}")).await), vec![key], "{bad}");
        }
        let m = t.store.member_by_tg(LENA).await.unwrap().unwrap();
        assert_eq!((m.digest_time.as_str(), m.digest_days.as_str()), ("08:30", "1,2,3,4,5,6,7"), "unchanged");

        assert_eq!(keys(&t.say(&lena, "/digest off").await), vec!["digest-set-off"]);
        assert_eq!(t.store.member_by_tg(LENA).await.unwrap().unwrap().digest_on, Some(false));
        // A manager turns it on for their own work.
        let text = t.text(&t.say(&actor(MAX), "/digest on").await);
        assert!(text.contains("Digest at 09:00 — Mon–Fri"), "{text}");
        // Weekday words of the member's language.
        digest_support::set_lang(t.store.as_ref(), t.max_id, "ru").await;
        let text = t.text(&t.say(&actor(MAX), "/digest пн-ср 7:15").await);
        assert!(text.contains("Сводка в 07:15 — пн–ср"), "{text}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn its_buttons_decode_strictly_and_answer_like_missing_ones_across_teams() {
    run_sqlite(|b| async move {
        let t = team(&b).await;
        let lena = actor(LENA);
        assert!(keys(&t.press(&lena, "G:t").await).contains(&"agenda-today"));
        for forged in ["G:", "G:x", "G:t:1", "G:z:d:", "G:z:d:0", "G:z:d:+1", "G:z:q:1", "G:z:d:1:2", "G:z:d:1x"] {
            assert_eq!(keys(&t.press(&lena, forged).await), vec!["err-stale-button"], "{forged}");
        }
        // Nothing to snooze yet (no alert went out), and another team's deal answers the same.
        let ours = format!("G:z:d:{}", t.old_lead);
        assert_eq!(keys(&t.press(&lena, &ours).await), vec!["err-stale-button"]);
        assert_eq!(keys(&t.press(&actor(ZED), &ours).await), vec!["err-stale-button"]);
        let _ = &t.db;
        let _ = t.ws;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_group_only_members_of_its_team_get_the_team_digest() {
    run_sqlite(|b| async move {
        let t = team(&b).await;
        let group = -100_500;
        // Not a team's group yet: silence, even for members.
        assert!(t.say(&in_group(MAX, group), "/digest").await.is_empty());
        // A lead cannot bind it; the owner can.
        assert_eq!(keys(&t.say(&in_group(LENA, group), "/digest here").await), Vec::<&str>::new());
        let bound = t.say(&in_group(OLGA, group), "/digest@pocket_crm_bot here").await;
        assert_eq!(bound.len(), 2, "a confirmation and the digest itself");
        let text = t.text(&bound);
        assert!(text.contains("The Northwind digest will be posted here at 09:00 — Mon–Fri"), "{text}");
        assert!(text.contains("• Mia: 1 note"), "{text}");
        assert!(buttons(&bound).is_empty(), "no buttons in a group");
        let ws = t.store.get_workspace(t.ws).await.unwrap().unwrap();
        assert_eq!(ws.group_chat_id, Some(group));

        // A manager of the team gets the team digest there; a lead may not rebind it.
        let text = t.text(&t.say(&in_group(MAX, group), "/digest").await);
        assert!(text.contains("☀️ Northwind") && text.contains("• Mia: 1 note"), "{text}");
        assert_eq!(keys(&t.say(&in_group(LENA, group), "/digest here").await), vec!["digest-here-owner"]);

        // Another team's owner and a stranger: one line, no data; the stranger leaves no trace.
        for who in [ZED, 999] {
            let replies = t.say(&in_group(who, group), "/digest").await;
            assert_eq!(keys(&replies), vec!["digest-group-members-only"], "{who}");
            let text = t.text(&replies);
            assert!(!text.contains("Mia") && !text.contains("Zeta"), "{text}");
        }
        assert!(t.store.member_by_tg(999).await.unwrap().is_none());
        assert_eq!(keys(&t.say(&in_group(ZED, group), "/digest here").await), vec!["digest-here-taken"]);
        assert_eq!(t.store.get_workspace(t.ws).await.unwrap().unwrap().group_chat_id, Some(group));

        // Everything else in a group is ignored, for members too.
        for text in ["/add Ivan", "/start", "/help", "/digest 08:30", "hello", "/find acme"] {
            assert!(t.say(&in_group(MAX, group), text).await.is_empty(), "{text}");
        }
        assert!(t.press(&in_group(MAX, group), &format!("c:{}", t.acme)).await.is_empty());

        // The owner stops it from the group.
        assert_eq!(keys(&t.say(&in_group(OLGA, group), "/digest here off").await), vec!["digest-here-off"]);
        assert_eq!(t.store.get_workspace(t.ws).await.unwrap().unwrap().group_chat_id, None);
        assert!(t.say(&in_group(MAX, group), "/digest").await.is_empty());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_digest_here_explains_the_group_and_off_is_for_the_owner() {
    run_sqlite(|b| async move {
        let t = team(&b).await;
        assert_eq!(keys(&t.say(&actor(OLGA), "/digest here").await), vec!["digest-here-private"]);
        assert_eq!(keys(&t.say(&actor(OLGA), "/digest here off").await), vec!["digest-here-none"]);
        assert_eq!(keys(&t.say(&actor(LENA), "/digest here off").await), vec!["err-role"]);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_big_team_digest_is_split_below_the_telegram_limit_without_cutting_a_line() {
    run_sqlite(|b| async move {
        let t = team(&b).await;
        for i in 0..150 {
            let m =
                join(t.store.as_ref(), &t.db, t.ws, 1_000 + i, &format!("Salesperson Number {i:03}"), "manager", "UTC")
                    .await;
            done(t.store.as_ref(), t.ws, t.acme, m.id, ActivityKind::Note, monday(12)).await;
        }
        let replies = t.say(&actor(LENA), "/digest").await;
        let rendered = t.i18n.render(&replies[0]);
        assert!(rendered.chunks.len() >= 2, "{} chunks", rendered.chunks.len());
        assert!(rendered.chunks.iter().all(|c| c.chars().count() <= 4096));
        let all = rendered.chunks.join("\n");
        for i in [0, 75, 149] {
            assert!(all.contains(&format!("• Salesperson Number {i:03}: 1 note")), "member {i}");
        }
        // No line is cut in two.
        assert!(rendered.chunks.iter().all(|c| !c.ends_with("Salesperson")), "cut mid-line");
        assert!(!rendered.buttons.is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_quiet_deal_in_the_digest_opens_its_card_with_one_tap() {
    let w = common::world().await;
    let owner = common::actor(1, "en");
    w.onboard(&owner, "en", "London").await;
    w.say(&owner, "/add Ivan Petrov").await;
    w.say(&owner, "/deal 12000 EUR Website redesign").await;
    // Three weeks without a word on it: stale for a team with the default 14 days.
    w.clock.advance(Duration::days(21));
    let digest = w.say(&owner, "/digest").await;
    assert!(w.render(&digest).contains("Website redesign"), "{}", w.render(&digest));
    let open = common::World::buttons(&digest).into_iter().find(|b| b.starts_with("D:v:")).expect("a deal button");
    let card = w.press(&owner, &open).await;
    assert!(common::World::keys(&card).contains(&"deal-card-title"), "{:?}", common::World::keys(&card));
}
