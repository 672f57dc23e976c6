//! `/forget` erases everything a team holds about the customer, on both databases: the client row with its phone,
//! e-mail, tags, company, birthday and source; the team's notes, meetings and calls and the customer's messages;
//! reminders; deals with their history and stale alerts; personal links, consents, promotions and redeemed codes.
//! Only the anonymous `forget` consent and the do-not-contact key remain, and other clients keep all theirs.
//! On SQLite the database file, its WAL and its shared-memory file hold none of the customer's strings afterwards.

mod common;

use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::databases::{fresh_sqlite, with_fresh_postgres};
use pocketcrm::core::customers::subject_keys;
use pocketcrm::core::{Actor, Chat, Engine, Event, FixedClock, Reply};
use pocketcrm::store::{
    ActivityKind, DealMove, MemberPatch, NewActivity, NewCampaign, NewClient, NewDeal, NewReminder, NewStage, Redeemed,
    SegmentFilter, Store,
};

const NAME: &str = "Anastasia Quillfeather";
const PHONE: &str = "+447700900123";
const EMAIL: &str = "quillfeather@example.org";
const CARD: &str = "4929 7310 5582 6604";
const NOTE: &str = "lives at 12 Baker Street";
const TAG: &str = "vip-quillfeather";
const COMPANY: &str = "Quillfeather Hats";
const DEAL: &str = "Feathered hat order";

/// What must be nowhere after the forget (as typed, and as `search_text` folds them).
const NEEDLES: &[&str] =
    &[NAME, "anastasia quillfeather", PHONE, "447700900123", EMAIL, CARD, NOTE, "Baker Street", TAG, COMPANY, DEAL];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

/// Counts straight from the tables: the store's API has no reason to offer them.
enum Raw {
    Lite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

/// What a reference query is given: $1 the client, $2 its deal, $3 the customer's Telegram id (or -1).
#[derive(Debug, Clone, Copy)]
struct Ids {
    client: i64,
    deal: i64,
    tg: i64,
}

impl Raw {
    /// `condition` may use $1, $2 and $3 (see `Ids`); each is bound whether used or not.
    async fn count(&self, table: &str, condition: &str, ids: Ids) -> i64 {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE ({condition}) AND $1 = $1 AND $2 = $2 AND $3 = $3");
        let sql = sqlx::AssertSqlSafe(sql);
        let (a, b, c) = (ids.client, ids.deal, ids.tg);
        match self {
            Raw::Lite(pool) => sqlx::query_scalar::<_, i64>(sql).bind(a).bind(b).bind(c).fetch_one(pool).await.unwrap(),
            Raw::Pg(pool) => sqlx::query_scalar::<_, i64>(sql).bind(a).bind(b).bind(c).fetch_one(pool).await.unwrap(),
        }
    }

    async fn close(self) {
        match self {
            Raw::Lite(pool) => pool.close().await,
            Raw::Pg(pool) => pool.close().await,
        }
    }
}

fn person(id: i64, name: &str) -> Actor {
    Actor { user_id: id, display_name: name.into(), language_code: Some("en".into()), chat: Chat::Private }
}

async fn say(engine: &Engine, who: &Actor, text: &str) -> Vec<Reply> {
    engine.handle(who, Event::Text(text.into())).await
}

async fn press(engine: &Engine, who: &Actor, data: &str) -> Vec<Reply> {
    engine.handle(who, Event::Button(data.into())).await
}

fn button(replies: &[Reply], prefix: &str) -> String {
    let all: Vec<String> = replies.iter().flat_map(|r| r.buttons.iter().flatten().map(|b| b.data.clone())).collect();
    all.iter().find(|d| d.starts_with(prefix)).cloned().unwrap_or_else(|| panic!("no {prefix} button in {all:?}"))
}

/// Opens the team's link and agrees; returns the customer's client id.
async fn opt_in(engine: &Engine, store: &Arc<dyn Store>, ws: i64, who: &Actor) -> i64 {
    let offer = say(engine, who, "/start shopcode123").await;
    press(engine, who, &button(&offer, "C:A")).await;
    store.customer_in_team(ws, who.user_id).await.unwrap().expect("subscribed").id
}

/// What the team writes about a client: phone, e-mail, tags, company, birthday, notes, a meeting, a call, a
/// reminder, a deal moved once, stale alerts, the owner's focus on it.
async fn team_writes(store: &Arc<dyn Store>, ws: i64, member: i64, client_id: i64, words: &str, tg: i64) -> Ids {
    let mut client = store.get_client(ws, client_id).await.unwrap().unwrap();
    if words == NOTE {
        client.name = NAME.into();
        client.phones = PHONE.into();
        client.emails = EMAIL.into();
        client.tags = TAG.into();
        client.company = Some(COMPANY.into());
        client.source = Some("Baker Street fair".into());
        client.search_text = format!("{} {COMPANY} {PHONE}", NAME.to_lowercase());
        store.update_client(&client).await.unwrap();
    }
    assert!(store.set_birthday(ws, client_id, Some((3, 14, Some(1990)))).await.unwrap());
    let stages = store
        .ensure_stages(
            ws,
            &[
                NewStage {
                    kind: "open".into(),
                    probability: 10,
                    names: vec![("en".into(), "New".into(), "new".into())],
                },
                NewStage {
                    kind: "open".into(),
                    probability: 50,
                    names: vec![("en".into(), "Talk".into(), "talk".into())],
                },
                NewStage {
                    kind: "won".into(),
                    probability: 100,
                    names: vec![("en".into(), "Won".into(), "won".into())],
                },
            ],
            now(),
        )
        .await
        .unwrap();
    let title = if words == NOTE { DEAL.to_string() } else { format!("Deal: {words}") };
    let deal = store
        .insert_deal(&NewDeal {
            workspace_id: ws,
            client_id,
            title,
            amount_minor: 125_000,
            currency: "EUR".into(),
            stage_id: stages[0].id,
            expected_close: None,
            owner_member_id: member,
            source: Some("fair".into()),
            at: now(),
        })
        .await
        .unwrap();
    let moved = DealMove {
        workspace_id: ws,
        deal_id: deal.id,
        version: deal.version,
        to_stage_id: stages[1].id,
        member_id: member,
        at: now(),
        won_at: None,
        lost_at: None,
        lost_reason: None,
        amount_minor: None,
    };
    assert!(store.move_deal(&moved).await.unwrap().is_some());
    let mut first = None;
    for (kind, summary) in [
        (ActivityKind::Note, words.to_string()),
        (ActivityKind::Meeting, format!("meeting: {words}")),
        (ActivityKind::Call, format!("call: {words}")),
    ] {
        let activity = NewActivity {
            workspace_id: ws,
            client_id,
            kind,
            happens_at: now() - Duration::days(40),
            done: true,
            summary,
            outcome: None,
            author_member_id: member,
            deal_id: Some(deal.id),
        };
        let inserted = store.insert_activity(&activity).await.unwrap();
        first.get_or_insert(inserted.id);
    }
    let reminder = NewReminder {
        workspace_id: ws,
        member_id: member,
        client_id: Some(client_id),
        activity_id: first,
        text: format!("ring about: {words}"),
        due_at: now() + Duration::days(1),
    };
    store.insert_reminder(&reminder).await.unwrap();
    store.claim_stale_alert(ws, "client", client_id, now()).await.unwrap();
    store.claim_stale_alert(ws, "deal", deal.id, now()).await.unwrap();
    Ids { client: client_id, deal: deal.id, tg }
}

/// Everything that can refer to a client, its deal or the customer's Telegram id, table by table (every table of
/// the migrations with a client, deal or Telegram id in it).
const REFERENCES: &[(&str, &str)] = &[
    ("client", "id = $1 OR tg_user_id = $3"),
    ("activity", "client_id = $1 OR deal_id = $2"),
    ("reminder", "client_id = $1"),
    ("deal", "client_id = $1 OR id = $2"),
    ("deal_event", "deal_id = $2"),
    ("stale_alert", "(subject_kind = 'client' AND subject_id = $1) OR (subject_kind = 'deal' AND subject_id = $2)"),
    ("optin_link", "client_id = $1"),
    ("consent", "client_id = $1"),
    ("delivery", "client_id = $1 OR tg_user_id = $3"),
    ("redemption", "client_id = $1 OR code IN (SELECT code FROM delivery WHERE client_id = $1)"),
    ("member", "focus_client_id = $1"),
];

async fn references(raw: &Raw, ids: Ids) -> Vec<(&'static str, i64)> {
    let mut out = Vec::new();
    for (table, condition) in REFERENCES {
        out.push((*table, raw.count(table, condition, ids).await));
    }
    out
}

/// The whole story, on either database.
async fn forget_erases_everything(store: Arc<dyn Store>, raw: &Raw) {
    let clock = Arc::new(FixedClock::new(now()));
    let engine = Engine::new(store.clone(), clock.clone());
    let owner = store.ensure_member(1001, "Owner", "en", "UTC").await.unwrap();
    let ws = store.ensure_workspace(owner.id, "Hat shop").await.unwrap().id;
    store.ensure_optin_link(ws, None, owner.id, "shopcode123", now()).await.unwrap();

    let anna = person(5001, NAME);
    let carol = person(5003, "Carol Other");
    let anna_client = opt_in(&engine, &store, ws, &anna).await;
    let carol_client = opt_in(&engine, &store, ws, &carol).await;
    say(&engine, &anna, &format!("Please charge my card {CARD}")).await;
    say(&engine, &carol, "Carol asks about gloves").await;
    store.ensure_optin_link(ws, Some(anna_client), owner.id, "annapersonal1", now()).await.unwrap();

    let anna_ids = team_writes(&store, ws, owner.id, anna_client, NOTE, anna.user_id).await;
    let carol_ids = team_writes(&store, ws, owner.id, carol_client, "Carol's own note", carol.user_id).await;
    let bob = store
        .insert_client(&NewClient {
            workspace_id: ws,
            name: "Bob Keeps".into(),
            name_folded: "bob keeps".into(),
            phones: vec!["+447700900999".into()],
            emails: vec![],
            company: None,
            tags: vec![],
            source: None,
            owner_member_id: owner.id,
            search_text: "bob keeps".into(),
        })
        .await
        .unwrap();
    let bob_ids = team_writes(&store, ws, owner.id, bob.id, "Bob's own note", -1).await;
    // The owner has her card open with a note typed for it, not yet saved.
    let dialog = format!(r#"{{"pending_note":"moved from {NOTE}"}}"#);
    let focus =
        MemberPatch { focus_client_id: Some(Some(anna_client)), dialog: Some(Some(dialog)), ..Default::default() };
    store.update_member(owner.id, &focus).await.unwrap();

    // A promotion with personal codes to both customers; Anna's code is redeemed at the till.
    let mut promo = NewCampaign::draft(ws, owner.id, "en");
    promo.name = "Spring".into();
    promo.filter = Some(SegmentFilter::default().to_json());
    promo.texts = r#"{"en":"Spring sale"}"#.into();
    promo.code_kind = "unique".into();
    let campaign = store.insert_campaign(&promo).await.unwrap();
    store.start_campaign(campaign.id, now()).await.unwrap().expect("started");
    let rows = store.claim_deliveries(campaign.id, "test", now(), 100).await.unwrap();
    assert_eq!(rows.len(), 2, "both customers get it");
    for (i, row) in rows.iter().enumerate() {
        assert!(store.record_sent(row.id, "test", 100 + i as i64, now()).await.unwrap());
    }
    let anna_code = rows.iter().find(|r| r.client_id == Some(anna_client)).and_then(|r| r.code.clone()).unwrap();
    let redeemed = store.redeem_code(ws, &anna_code, None, owner.id, now()).await.unwrap();
    assert!(matches!(redeemed, Redeemed::Done { .. }), "{redeemed:?}");

    // Everything is there before, so the check after can fail.
    let before = references(raw, anna_ids).await;
    assert_eq!(raw.count("member", "dialog LIKE '%Baker Street%'", anna_ids).await, 1);
    assert!(before.iter().all(|(_, n)| *n > 0), "the setup wrote nothing somewhere: {before:?}");
    let carol_before = references(raw, carol_ids).await;
    let bob_before = references(raw, bob_ids).await;

    let ask = say(&engine, &anna, "/forget").await;
    let done = press(&engine, &anna, &button(&ask, "C:F")).await;
    assert_eq!(done.iter().flat_map(|r| r.text.keys()).collect::<Vec<_>>(), ["cust-forgotten"]);

    let after = references(raw, anna_ids).await;
    assert!(after.iter().all(|(_, n)| *n == 0), "left behind: {after:?}");
    assert_eq!(raw.count("member", "dialog LIKE '%Baker Street%'", anna_ids).await, 0, "the unsaved note goes");
    let team = Ids { client: ws, deal: 0, tg: 0 };
    assert_eq!(raw.count("redemption", "workspace_id = $1", team).await, 0, "her redeemed code goes too");
    let proof = "workspace_id = $1 AND client_id IS NULL AND action = 'forget'";
    assert_eq!(raw.count("consent", proof, team).await, 1, "the anonymous proof stays");
    assert_eq!(raw.count("do_not_contact", "workspace_id = $1", team).await, 1, "and the do-not-contact key");
    assert!(store.is_do_not_contact(ws, &subject_keys(engine.secret(), ws, anna.user_id)).await.unwrap());

    // Others keep everything: Carol (a customer too) and Bob (the team's own client).
    assert_eq!(references(raw, carol_ids).await, carol_before);
    assert_eq!(references(raw, bob_ids).await, bob_before);
    // (She has no personal link, redemption or focus; the rest she has.)
    let hers = carol_before.iter().filter(|(t, _)| !["member", "redemption", "optin_link"].contains(t));
    assert!(hers.clone().all(|(_, n)| *n > 0), "{carol_before:?}");
    let carol_row = store.get_client(ws, carol_client).await.unwrap().unwrap();
    assert_eq!((carol_row.name.as_str(), carol_row.tg_user_id), ("Carol Other", Some(carol.user_id)));
}

#[tokio::test]
async fn forget_erases_everything_on_sqlite_to_the_last_byte() {
    let (url, dir) = fresh_sqlite();
    let store = pocketcrm::store::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    let raw = Raw::Lite(sqlx::SqlitePool::connect(&url).await.expect("raw sqlite"));
    forget_erases_everything(store.clone(), &raw).await;
    // The /find index drops a deleted row's tokens at once instead of keeping them in its segments until a merge.
    let Raw::Lite(pool) = &raw else { unreachable!() };
    let option: i64 = sqlx::query_scalar("SELECT v FROM client_search_config WHERE k = 'secure-delete'")
        .fetch_one(pool)
        .await
        .expect("the FTS5 secure-delete option is set");
    assert_eq!(option, 1);
    raw.close().await;

    let db = dir.path().join("crm.db");
    let mut files = vec![db.clone()];
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        files.push(name.into());
    }
    // The store is still open: this is what a thief copying the files at this moment would get.
    let mut scanned = 0;
    for file in &files {
        let Ok(bytes) = std::fs::read(file) else { continue };
        scanned += bytes.len();
        for needle in NEEDLES {
            let hit = bytes.windows(needle.len()).position(|w| w == needle.as_bytes());
            assert_eq!(hit, None, "{needle:?} is still readable in {} at byte {hit:?}", file.display());
        }
    }
    assert!(scanned > 0);
    // The same search finds what was not forgotten: the scan would see the strings if they were there.
    let bytes = std::fs::read(&db).unwrap();
    assert!(bytes.windows(b"Carol's own note".len()).any(|w| w == b"Carol's own note"), "the scan reads rows");
    drop(store);
}

#[tokio::test]
async fn forget_erases_everything_on_postgres() {
    with_fresh_postgres(|url| async move {
        let store = pocketcrm::store::connect(&url).await.expect("open postgres");
        store.migrate().await.expect("migrate postgres");
        let raw = Raw::Pg(sqlx::PgPool::connect(&url).await.expect("raw postgres"));
        forget_erases_everything(store, &raw).await;
        raw.close().await;
    })
    .await;
}
