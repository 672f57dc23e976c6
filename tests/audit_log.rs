//! The audit log: what members do shows up with the right actor and kind; `/audit` filters by member, group and
//! period and pages with Older/Newer; only the team's owner reads it, and only their own team's; retention prunes;
//! a forgotten customer leaves no string of theirs in the log. The store part runs on SQLite and Postgres.

mod common;
mod customers_support;
mod team_support;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Duration, TimeZone, Utc};
use common::databases::{run_postgres, run_sqlite};
use common::{World, actor, world};
use customers_support::{client_of, customer, opt_in, payload, shop};
use pocketcrm::core::{Actor, Event, Reply};
use pocketcrm::scheduler::{AuditPruneJob, DeliveryError, Notifier, Scheduler};
use pocketcrm::store::{AuditCursor, AuditFilter, AuditRaw, NewAuditEvent, NewClient, Store};
use team_support::{add_client, join_as, member, team_of_two};

fn keys(replies: &[Reply]) -> Vec<&'static str> {
    World::keys(replies)
}

/// How many event lines a page shows.
fn lines(replies: &[Reply]) -> usize {
    keys(replies).iter().filter(|k| **k == "audit-when" || **k == "audit-when-dated").count()
}

fn button(replies: &[Reply], label: &str) -> Option<String> {
    team_support::buttons_labelled(replies, label).into_iter().next()
}

async fn raw(w: &World, ws: i64) -> Vec<AuditRaw> {
    w.store.audit_raw(ws).await.unwrap()
}

/// Who did each event of `action`, in order.
fn actors(rows: &[AuditRaw], action: &str) -> Vec<Option<i64>> {
    rows.iter().filter(|r| r.action == action).map(|r| r.member_id).collect()
}

async fn ids(w: &World, who: &Actor) -> (i64, i64) {
    let m = member(w, who).await;
    (m.id, m.workspace_id.unwrap())
}

#[tokio::test]
async fn what_an_owner_and_a_manager_do_is_logged_with_actor_and_kind() {
    let w = world().await;
    let (owner, manager) = team_of_two(&w).await;
    let (owner_id, ws) = ids(&w, &owner).await;
    let (manager_id, _) = ids(&w, &manager).await;

    add_client(&w, &owner, "Ivan Petrov +79991112233").await;
    let deal = w.say(&owner, "/deal 12000 EUR Website").await;
    let mv = World::buttons(&deal).into_iter().find(|d| d.starts_with("D:mv:")).expect("a stage button");
    w.press(&owner, &mv).await;
    add_client(&w, &manager, "Olga Smirnova").await;
    w.say(&manager, "/note wants a discount").await;
    w.press(&owner, &format!("T:r:{ws}:{manager_id}:l")).await;

    let rows = raw(&w, ws).await;
    assert_eq!(actors(&rows, "invite_created"), [Some(owner_id)]);
    assert_eq!(actors(&rows, "member_joined"), [Some(manager_id)]);
    assert_eq!(actors(&rows, "client_added"), [Some(owner_id), Some(manager_id)]);
    assert_eq!(actors(&rows, "deal_created"), [Some(owner_id)]);
    assert_eq!(actors(&rows, "activity_added"), [Some(manager_id)]);
    assert_eq!(actors(&rows, "role_changed"), [Some(owner_id)]);
    let moved: Vec<&AuditRaw> =
        rows.iter().filter(|r| r.action.starts_with("deal_") && r.action != "deal_created").collect();
    assert_eq!(moved.len(), 1, "{rows:?}");
    assert_eq!((moved[0].area.as_str(), moved[0].record_kind.as_str()), ("deals", "deal"));
    let added = rows.iter().find(|r| r.action == "client_added").unwrap();
    assert_eq!((added.area.as_str(), added.record_kind.as_str()), ("clients", "client"));
    let role = rows.iter().find(|r| r.action == "role_changed").unwrap();
    assert_eq!((role.record_kind.as_str(), role.record_id), ("member", Some(manager_id)));
    assert!(role.detail.contains("lead"), "{}", role.detail);

    let page = w.say(&owner, "/audit").await;
    assert_eq!(lines(&page), rows.len());
    let text = w.render(&page);
    for expected in
        ["Member 2: added a note — Olga Smirnova", "Member 1: added a client — Ivan Petrov", "made a member team lead"]
    {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(text.contains("created a deal, 12,000"), "{text}");
    // Newest first.
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
    assert!(at("made a member team lead") < at("added a note") && at("added a note") < at("joined the team"), "{text}");
}

/// An owner, a manager with a client, and `n` notes by the manager on top of the four events that makes.
async fn busy_team(w: &World, n: usize) -> (Actor, Actor, i64) {
    let (owner, manager) = team_of_two(w).await;
    add_client(w, &owner, "Ivan Petrov").await;
    add_client(w, &manager, "Olga Smirnova").await;
    for i in 0..n {
        w.say(&manager, &format!("/note call number {i}")).await;
    }
    let ws = member(w, &owner).await.workspace_id.unwrap();
    (owner, manager, ws)
}

#[tokio::test]
async fn pages_of_fifteen_go_older_and_newer() {
    let w = world().await;
    let (owner, _, ws) = busy_team(&w, 20).await;
    assert_eq!(raw(&w, ws).await.len(), 24);

    let first = w.say(&owner, "/audit").await;
    assert_eq!(lines(&first), 15);
    assert!(button(&first, "audit-btn-newer").is_none(), "nothing newer than the newest");
    let older = button(&first, "audit-btn-older").expect("an Older button");
    assert!(older.len() <= 64);

    let second = w.press(&owner, &older).await;
    assert_eq!(lines(&second), 9);
    assert!(button(&second, "audit-btn-older").is_none(), "the oldest page");
    let text = w.render(&second);
    assert!(text.contains("invited someone as manager"), "the oldest event is on the last page: {text}");

    let back = w.press(&owner, &button(&second, "audit-btn-newer").expect("a Newer button")).await;
    assert_eq!(w.render(&back), w.render(&first), "Newer comes back to the same page");
}

#[tokio::test]
async fn filters_by_member_group_and_period() {
    let w = world().await;
    let (owner, _manager, _ws) = busy_team(&w, 17).await;

    // The manager did 19 things (joined, added a client, 17 notes): two pages, all theirs.
    let theirs = w.say(&owner, "/audit @Member 2").await;
    assert_eq!(lines(&theirs), 15);
    let text = w.render(&theirs);
    assert!(!text.contains("Member 1:"), "{text}");
    let rest = w.press(&owner, &button(&theirs, "audit-btn-older").unwrap()).await;
    assert_eq!(lines(&rest), 4, "the member filter travels with the button");
    assert!(!w.render(&rest).contains("Member 1:"));

    let clients = w.say(&owner, "/audit clients").await;
    assert_eq!(lines(&clients), 2);
    assert!(keys(&clients).contains(&"audit-group"));
    let deals = w.say(&owner, "/audit deals").await;
    assert_eq!(lines(&deals), 0);
    assert!(keys(&deals).contains(&"audit-empty-filter"));

    // A month later the owner renames the team: "this week" shows that alone, November shows the rest.
    w.clock.advance(Duration::days(30));
    w.say(&owner, "/team name Acme").await;
    let week = w.say(&owner, "/audit week").await;
    assert_eq!(lines(&week), 1, "{}", w.render(&week));
    assert!(w.render(&week).contains("changed the team's name"));
    let november = w.say(&owner, "/audit 01.11.2026..30.11.2026").await;
    assert_eq!(lines(&november), 15);
    assert!(!w.render(&november).contains("changed the team's name"));
    let settings = w.say(&owner, "/audit settings week").await;
    assert_eq!(lines(&settings), 1);
    let ru = actor(1, "ru");
    w.say(&ru, "/lang ru").await;
    let sdelki = w.say(&ru, "/audit настройки").await;
    assert_eq!(lines(&sdelki), 1, "group words in the member's language");

    assert_eq!(keys(&w.say(&owner, "/audit bananas").await), ["audit-err-filter"]);
    assert_eq!(keys(&w.say(&owner, "/audit @Nobody").await), ["rep-err-nobody"]);
    assert_eq!(keys(&w.say(&owner, "/audit 30.11.2026..01.11.2026").await), ["rep-err-range-reversed"]);
}

#[tokio::test]
async fn managers_and_leads_cannot_read_the_log() {
    let w = world().await;
    let (owner, manager, _) = busy_team(&w, 15).await;
    let lead = actor(3, "en");
    join_as(&w, &owner, &lead, "lead").await;
    let owners_page = w.say(&owner, "/audit").await;
    let older_data = team_support::buttons_labelled(&owners_page, "audit-btn-older");
    assert_eq!(older_data.len(), 1);
    for who in [&manager, &lead] {
        assert_eq!(keys(&w.say(who, "/audit").await), ["err-role"]);
        assert_eq!(keys(&w.say(who, "/audit keep 90").await), ["err-role"]);
        for data in &older_data {
            assert_eq!(keys(&w.press(who, data).await), ["err-role"]);
        }
    }
    let ws = member(&w, &owner).await.workspace_id.unwrap();
    assert_eq!(w.store.audit_keep_days(ws).await.unwrap(), Some(365));
}

#[tokio::test]
async fn another_teams_owner_sees_nothing_of_this_team() {
    let w = world().await;
    let (owner, _, ws) = busy_team(&w, 15).await;
    let stranger = actor(9, "en");
    w.onboard(&stranger, "en", "Moscow").await;
    let their_ws = member(&w, &stranger).await.workspace_id.unwrap();

    let page = w.say(&stranger, "/audit").await;
    assert_eq!(lines(&page), 0);
    assert!(!w.render(&page).contains("Member 2"));
    // "@Member" names their own Member 9; nothing of this team's Member 2 comes back.
    let named = w.say(&stranger, "/audit @Member 2").await;
    assert_eq!(lines(&named), 0);
    assert!(!w.render(&named).contains("Olga"));

    // The owner's own button, and forgeries of it, pressed by the stranger.
    let older = button(&w.say(&owner, "/audit").await, "audit-btn-older").unwrap();
    assert_eq!(keys(&w.press(&stranger, &older).await), ["audit-err-stale"]);
    let b36 = |n: i64| {
        let mut n = n;
        let mut s = String::new();
        loop {
            s.insert(0, std::char::from_digit((n % 36) as u32, 36).unwrap());
            n /= 36;
            if n == 0 {
                break s;
            }
        }
    };
    // Their own team's id with this team's cursor and member: the member is not theirs, so the page is stale.
    let forged = older.replacen(&format!("A:o:{}:", b36(ws)), &format!("A:o:{}:", b36(their_ws)), 1);
    assert_ne!(forged, older);
    let mut parts: Vec<&str> = forged.split(':').collect();
    let member2 = b36(member(&w, &actor(2, "en")).await.id);
    parts[4] = &member2;
    assert_eq!(keys(&w.press(&stranger, &parts.join(":")).await), ["audit-err-stale"]);
    // With no member: their own (empty) log, nothing of this team's.
    parts[4] = "";
    let theirs = w.press(&stranger, &parts.join(":")).await;
    assert_eq!(lines(&theirs), 0);
    for bad in ["A:o:1:2", "A:zz", "A:o:1:0:::::", "A:n:1:2:::x::"] {
        assert_eq!(keys(&w.press(&owner, bad).await), ["audit-err-stale"], "{bad}");
    }
}

struct Silent;

#[async_trait]
impl Notifier for Silent {
    async fn deliver(&self, _tg_user_id: i64, _reply: Reply) -> Result<(), DeliveryError> {
        Ok(())
    }
}

#[tokio::test]
async fn retention_is_set_within_bounds_and_old_events_are_pruned() {
    let w = world().await;
    let (owner, _, ws) = busy_team(&w, 3).await;
    let before = raw(&w, ws).await.len();
    for bad in ["10", "5000", "ninety", "-30", "90.5"] {
        let replies = w.say(&owner, &format!("/audit keep {bad}")).await;
        assert_eq!(keys(&replies), ["audit-err-keep"], "{bad}");
    }
    assert_eq!(w.store.audit_keep_days(ws).await.unwrap(), Some(365), "bad input changes nothing");
    assert_eq!(keys(&w.say(&owner, "/audit keep").await), ["audit-keep-now"]);
    assert_eq!(keys(&w.say(&owner, "/audit keep 30").await), ["audit-keep-set"]);
    assert_eq!(w.store.audit_keep_days(ws).await.unwrap(), Some(30));
    assert_eq!(raw(&w, ws).await.len(), before + 1, "the change itself is logged");

    let scheduler =
        Scheduler::new(w.engine.clone(), Arc::new(Silent), "test").with_job(Arc::new(AuditPruneJob::default()));
    scheduler.tick().await.unwrap();
    assert_eq!(raw(&w, ws).await.len(), before + 1, "nothing is old yet");

    w.clock.advance(Duration::days(20));
    w.say(&owner, "/team stale 10").await;
    w.clock.advance(Duration::days(11));
    // The job's hour since its first round has long passed: this round prunes.
    scheduler.tick().await.unwrap();
    let rows = raw(&w, ws).await;
    assert_eq!(rows.len(), 1, "only the event from 11 days ago stays: {rows:?}");
    assert_eq!(rows[0].action, "team_settings");
}

#[tokio::test]
async fn a_forgotten_customer_leaves_no_string_of_theirs_in_the_log() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Annabelle Quist", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    w.engine
        .handle(
            &anna,
            Event::Contact { phone: "+79995550199".into(), first_name: "Annabelle".into(), last_name: None, own: true },
        )
        .await;
    w.say(&anna, "Do you have it in teal?").await;
    let client = client_of(&w, shop.ws, &anna).await;
    let owner = &shop.owner;
    w.press(owner, &format!("c:{}", client.id)).await;
    w.say(owner, "/note Annabelle lives at 12 Baker Street").await;
    w.say(owner, "/deal 300 EUR Annabelle teal coat").await;
    w.say(owner, "/remind tomorrow 10:00 call Annabelle about the coat").await;
    w.press(owner, &format!("C:R{}", client.id)).await;
    w.say(owner, "Yes Annabelle, teal in size M").await;
    let logged = raw(&w, shop.ws).await.len();
    assert!(logged >= 4, "{:?}", raw(&w, shop.ws).await);
    let before = w.render(&w.say(owner, "/audit").await);
    assert!(before.contains("Annabelle Quist"), "names are shown while the client exists: {before}");

    let ask = w.say(&anna, "/forget").await;
    assert_eq!(keys(&w.press(&anna, &payload(&ask, "C:F").unwrap()).await), ["cust-forgotten"]);

    let rows = raw(&w, shop.ws).await;
    assert_eq!(actors(&rows, "customer_erased"), [None], "the erasure is logged, by nobody of the team");
    let erased = rows.iter().find(|r| r.action == "customer_erased").unwrap();
    assert_eq!((erased.record_id, erased.client_id), (None, None), "and about no one");
    let theirs = ["Annabelle", "Quist", "79995550199", "5550199", "Baker", "teal", "5001"];
    for row in &rows {
        let text = format!("{} {} {} {} {}", row.action, row.area, row.record_kind, row.detail, row.workspace_id);
        for s in theirs {
            assert!(!text.to_lowercase().contains(&s.to_lowercase()), "{s} in {row:?}");
        }
    }
    let after = w.render(&w.say(owner, "/audit").await);
    for s in theirs {
        assert!(!after.contains(s), "{s} in {after}");
    }
    assert!(after.contains("A customer: erased their data at their request"), "{after}");
    // What the team did on that client (the deal's amount, the reminder) went with them.
    assert!(rows.iter().all(|r| r.client_id != Some(client.id)), "{rows:?}");
    assert!(!after.contains(&format!("#{}", client.id)), "{after}");
}

// --- the store, on both backends ---

async fn team(store: &dyn Store, tg: i64) -> (i64, i64) {
    let m = store.ensure_member(tg, &format!("M{tg}"), "en", "UTC").await.unwrap();
    let ws = store.ensure_workspace(m.id, "Team").await.unwrap();
    (m.id, ws.id)
}

fn event(ws: i64, member: Option<i64>, at: DateTime<Utc>, area: &str, client: Option<i64>) -> NewAuditEvent {
    NewAuditEvent {
        workspace_id: ws,
        at,
        member_id: member,
        action: "client_edited".into(),
        area: area.into(),
        record_kind: "client".into(),
        record_id: client,
        client_id: client,
        detail: r#"{"a":"client_edited"}"#.into(),
    }
}

async fn store_contract(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let (anna, ws) = team(s, 1).await;
    let (boris, other) = team(s, 2).await;
    let client = s
        .insert_client(&NewClient {
            workspace_id: ws,
            name: "Ivan Petrov".into(),
            name_folded: "ivan petrov".into(),
            phones: vec![],
            emails: vec![],
            company: None,
            tags: vec![],
            source: None,
            owner_member_id: anna,
            search_text: "ivan petrov".into(),
        })
        .await
        .unwrap();
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap();
    // 40 events in `ws`, one a day from 39 days back to now, alternating areas; 5 in the other team.
    for day in (0..40).rev() {
        let area = if day % 2 == 0 { "clients" } else { "deals" };
        s.record_audit(&event(ws, Some(anna), now - Duration::days(day), area, Some(client.id))).await.unwrap();
    }
    for day in (0..5).rev() {
        s.record_audit(&event(other, Some(boris), now - Duration::days(day * 100), "clients", None)).await.unwrap();
    }

    let all = AuditFilter::default();
    let page = s.audit_page(ws, &all, AuditCursor::Newest, 15).await.unwrap();
    assert_eq!(page.len(), 15);
    assert_eq!(page[0].at, now, "newest first");
    assert!(page.windows(2).all(|p| p[0].id > p[1].id));
    assert_eq!(page[0].client_name.as_deref(), Some("Ivan Petrov"), "names come from the live record");
    assert_eq!(page[0].actor_name.as_deref(), Some("M1"));
    let next = s.audit_page(ws, &all, AuditCursor::Older(page[14].id), 15).await.unwrap();
    assert_eq!(next.len(), 15);
    assert!(next[0].id < page[14].id);
    let back = s.audit_page(ws, &all, AuditCursor::Newer(next[0].id), 15).await.unwrap();
    assert_eq!(back.iter().map(|r| r.id).collect::<Vec<_>>(), page.iter().map(|r| r.id).collect::<Vec<_>>());

    let deals = AuditFilter { area: Some("deals".into()), ..all.clone() };
    assert_eq!(s.audit_page(ws, &deals, AuditCursor::Newest, 100).await.unwrap().len(), 20);
    let by_boris = AuditFilter { member_id: Some(boris), ..all.clone() };
    assert!(s.audit_page(ws, &by_boris, AuditCursor::Newest, 100).await.unwrap().is_empty(), "never another team's");
    let week = AuditFilter { from: Some(now - Duration::days(7)), to: Some(now), ..all.clone() };
    // Days 1..=7 back: `to` is exclusive, so today's event is out.
    assert_eq!(s.audit_page(ws, &week, AuditCursor::Newest, 100).await.unwrap().len(), 7);
    assert_eq!(s.audit_page(other, &all, AuditCursor::Newest, 100).await.unwrap().len(), 5);

    assert_eq!(s.audit_keep_days(ws).await.unwrap(), Some(365));
    assert!(s.set_audit_keep_days(ws, 30).await.unwrap());
    assert!(!s.set_audit_keep_days(999_999, 30).await.unwrap());
    // In batches of 3: days 31..=39 back in `ws` (9 rows) and 400 days back in the other team (1 row).
    let mut pruned = Vec::new();
    loop {
        let n = s.prune_audit(now, 3).await.unwrap();
        pruned.push(n);
        if n == 0 {
            break;
        }
    }
    assert_eq!(pruned, [3, 3, 3, 1, 0]);
    let left = s.audit_raw(ws).await.unwrap();
    assert_eq!(left.len(), 31, "today and 30 days back stay");
    assert_eq!(s.audit_raw(other).await.unwrap().len(), 4);
    let oldest = s.audit_page(ws, &all, AuditCursor::Older(i64::MAX), 100).await.unwrap();
    assert_eq!(oldest.last().map(|r| r.at), Some(now - Duration::days(30)));
}

#[tokio::test]
async fn store_pages_filters_and_prunes_on_sqlite() {
    run_sqlite(store_contract).await;
}

#[tokio::test]
async fn store_pages_filters_and_prunes_on_postgres() {
    run_postgres(store_contract).await;
}

#[tokio::test]
async fn malformed_filters_are_explained_and_change_nothing() {
    let w = world().await;
    let (owner, _, ws) = busy_team(&w, 2).await;
    let before = raw(&w, ws).await.len();
    let long = "x".repeat(4000);
    for input in [
        "@",
        "@@",
        "@ deals",
        "keep 1e9",
        "keep 99999999999999999999",
        "keep 90 days please",
        "01.13.2026..40.40.2026",
        "01.01.0000..02.01.0000",
        "31.12.99999",
        "deals deals",
        "\u{0}",
        "..",
        "week week week",
        "🙂",
        long.as_str(),
    ] {
        let replies = w.say(&owner, &format!("/audit {input}")).await;
        let k = keys(&replies);
        assert!(!k.is_empty() && !k.contains(&"err-internal"), "{input:?}: {k:?}");
    }
    assert_eq!(w.store.audit_keep_days(ws).await.unwrap(), Some(365));
    assert_eq!(raw(&w, ws).await.len(), before, "reading and refusing write nothing");
}

#[tokio::test]
async fn last_years_events_show_their_year_in_the_readers_zone() {
    let w = world().await;
    let (owner, _, _) = busy_team(&w, 0).await;
    let page = w.say(&owner, "/audit").await;
    assert!(!w.render(&page).contains("2026"), "this year's events go without the year");
    w.clock.advance(Duration::days(60));
    let page = w.say(&owner, "/audit").await;
    assert_eq!(lines(&page), 4);
    let text = w.render(&page);
    // Monday 23 November 2026 10:00 UTC is 13:00 in Moscow, the owner's zone.
    assert!(text.contains("Mon 23 Nov 2026, 13:00"), "{text}");
}

#[tokio::test]
async fn a_customers_own_consent_changes_are_logged_by_no_member() {
    let w = world().await;
    let shop = shop(&w).await;
    let olga = customer(5002, "Olga Brandt", Some("ru"));
    opt_in(&w, &olga, &shop.code).await;
    let client = client_of(&w, shop.ws, &olga).await;
    w.say(&olga, "/stop").await;
    // Stopping again changes nothing, so nothing more is logged.
    w.say(&olga, "/stop").await;
    w.say(&olga, "/start").await;

    let rows = raw(&w, shop.ws).await;
    let consents: Vec<&AuditRaw> = rows.iter().filter(|r| r.action == "consent").collect();
    assert_eq!(consents.len(), 3, "opted in, stopped, resumed: {rows:?}");
    assert!(consents.iter().all(|r| r.member_id.is_none() && r.client_id == Some(client.id)), "{consents:?}");
    let changes: Vec<&str> = consents.iter().map(|r| r.detail.as_str()).collect();
    for (row, change) in changes.iter().zip(["in", "stop", "resume"]) {
        assert!(row.contains(&format!("\"change\":\"{change}\"")), "{changes:?}");
    }

    // The owner reads them under the customers' group, with the client's name and the customer as the one who acted.
    let page = w.render(&w.say(&shop.owner, "/audit customers").await);
    for said in ["A customer: opted in to promotions", "stopped promotions", "subscribed to promotions again"] {
        assert!(page.contains(said), "{said} in {page}");
    }
    assert!(page.contains("Olga Brandt"), "{page}");
}
