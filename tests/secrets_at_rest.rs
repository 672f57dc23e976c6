//! Secrets at rest: SQLite files (and their -wal/-shm) are private to the server's user, a looser existing file is
//! tightened; the do-not-contact key is an HMAC under the server secret, honours rows written with the old
//! unkeyed hash and rewrites them when they match (both databases).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use common::databases::{fresh_sqlite, with_fresh_postgres};
use pocketcrm::core::customers::{legacy_subject_hash, subject_hash, subject_keys};
use pocketcrm::core::{Actor, Chat, Engine, Event, FixedClock};
use pocketcrm::private_file::sibling;
use pocketcrm::secret::ServerSecret;
use pocketcrm::store::Store;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

#[tokio::test]
async fn a_fresh_sqlite_database_and_its_wal_are_private() {
    let (url, dir) = fresh_sqlite();
    let db = dir.path().join("crm.db");
    let store = pocketcrm::store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    // A write goes through the WAL, so both companion files exist now.
    store.ensure_member(1, "Owner", "en", "UTC").await.unwrap();
    for file in [db.clone(), sibling(&db, "-wal"), sibling(&db, "-shm")] {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

#[tokio::test]
async fn a_looser_existing_database_is_tightened() {
    let (url, dir) = fresh_sqlite();
    let db = dir.path().join("crm.db");
    {
        let store = pocketcrm::store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        store.ensure_member(1, "Owner", "en", "UTC").await.unwrap();
    }
    // As an older version (or a copy made under the default umask) left them.
    for file in [db.clone(), sibling(&db, "-wal"), sibling(&db, "-shm")] {
        if file.exists() {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    assert_eq!(mode(&db), 0o644);
    let store = pocketcrm::store::connect(&url).await.unwrap();
    assert!(store.member_by_tg(1).await.unwrap().is_some(), "the data is still there");
    for file in [db.clone(), sibling(&db, "-wal"), sibling(&db, "-shm")] {
        if file.exists() {
            assert_eq!(mode(&file), 0o600, "{}", file.display());
        }
    }
}

#[test]
fn different_secrets_give_different_keys() {
    let one = ServerSecret::new(b"the first server secret".to_vec()).unwrap();
    let two = ServerSecret::new(b"the second server secret".to_vec()).unwrap();
    assert_ne!(subject_hash(&one, 7, 123_456_789), subject_hash(&two, 7, 123_456_789));
    assert_eq!(subject_hash(&one, 7, 123_456_789), subject_hash(&one, 7, 123_456_789));
    // Neither is the old unkeyed hash that anyone can compute from the ids alone.
    assert_ne!(subject_hash(&one, 7, 123_456_789), legacy_subject_hash(7, 123_456_789));
}

fn customer(id: i64) -> Actor {
    Actor { user_id: id, display_name: "Anna".into(), language_code: Some("en".into()), chat: Chat::Private }
}

/// A team with its opt-in link; the engine runs with `secret`.
async fn team(store: &Arc<dyn Store>) -> i64 {
    let owner = store.ensure_member(1001, "Owner", "en", "UTC").await.unwrap();
    let ws = store.ensure_workspace(owner.id, "Shop").await.unwrap().id;
    store.ensure_optin_link(ws, None, owner.id, "shopcode123", now()).await.unwrap();
    ws
}

async fn opt_in_and_forget(engine: &Engine, who: &Actor) {
    let offer = engine.handle(who, Event::Text("/start shopcode123".into())).await;
    let agree = offer.iter().flat_map(|r| r.buttons.iter().flatten()).find(|b| b.data.starts_with("C:A")).unwrap();
    engine.handle(who, Event::Button(agree.data.clone())).await;
    let ask = engine.handle(who, Event::Text("/forget".into())).await;
    let yes = ask.iter().flat_map(|r| r.buttons.iter().flatten()).find(|b| b.data.starts_with("C:F")).unwrap();
    let done = engine.handle(who, Event::Button(yes.data.clone())).await;
    assert_eq!(done.iter().flat_map(|r| r.text.keys()).collect::<Vec<_>>(), ["cust-forgotten"]);
}

/// Raw access to `do_not_contact`, to plant an old unkeyed row and look at what is stored.
enum Raw {
    Lite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

impl Raw {
    async fn plant(&self, ws: i64, hash: &str) {
        let sql = "INSERT INTO do_not_contact (workspace_id, subject_hash, at) VALUES ($1, $2, $3)";
        match self {
            Raw::Lite(p) => sqlx::query(sql).bind(ws).bind(hash).bind(now()).execute(p).await.map(|_| ()),
            Raw::Pg(p) => sqlx::query(sql).bind(ws).bind(hash).bind(now()).execute(p).await.map(|_| ()),
        }
        .unwrap();
    }

    async fn hashes(&self, ws: i64) -> Vec<String> {
        let sql = "SELECT subject_hash FROM do_not_contact WHERE workspace_id = $1 ORDER BY subject_hash";
        match self {
            Raw::Lite(p) => sqlx::query_scalar(sql).bind(ws).fetch_all(p).await,
            Raw::Pg(p) => sqlx::query_scalar(sql).bind(ws).fetch_all(p).await,
        }
        .unwrap()
    }
}

async fn the_keyed_hash_keeps_the_forgotten_uncontacted(store: Arc<dyn Store>, raw: Raw) {
    let ws = team(&store).await;
    let secret = ServerSecret::new(b"this server's own secret".to_vec()).unwrap();
    let other = ServerSecret::new(b"somebody else's secret!!".to_vec()).unwrap();
    let engine = Engine::new(store.clone(), Arc::new(FixedClock::new(now()))).with_secret(secret.clone());

    // Forgotten under this secret: on the list by the keyed hash, and the row says so without the user's id.
    let anna = customer(5001);
    opt_in_and_forget(&engine, &anna).await;
    assert!(store.is_do_not_contact(ws, &subject_keys(&secret, ws, anna.user_id)).await.unwrap());
    assert_eq!(raw.hashes(ws).await, [subject_hash(&secret, ws, anna.user_id)]);
    assert!(!store.is_do_not_contact(ws, &subject_keys(&other, ws, anna.user_id)).await.unwrap(), "keyed");

    // Forgotten before the secret existed: the old unkeyed row is still honoured, and rewritten keyed.
    let boris = customer(5002);
    raw.plant(ws, &legacy_subject_hash(ws, boris.user_id)).await;
    assert!(store.is_do_not_contact(ws, &subject_keys(&secret, ws, boris.user_id)).await.unwrap());
    let keyed = subject_hash(&secret, ws, boris.user_id);
    assert!(raw.hashes(ws).await.contains(&keyed), "rewritten to the keyed form");
    assert!(!raw.hashes(ws).await.contains(&legacy_subject_hash(ws, boris.user_id)), "the old form is gone");
    assert!(store.is_do_not_contact(ws, &subject_keys(&secret, ws, boris.user_id)).await.unwrap());
    assert!(!store.is_do_not_contact(ws, &subject_keys(&secret, ws, 5003)).await.unwrap(), "nobody else");

    // An old row of someone who opts in again is lifted like a keyed one.
    let vera = customer(5004);
    raw.plant(ws, &legacy_subject_hash(ws, vera.user_id)).await;
    let offer = engine.handle(&vera, Event::Text("/start shopcode123".into())).await;
    let agree = offer.iter().flat_map(|r| r.buttons.iter().flatten()).find(|b| b.data.starts_with("C:A")).unwrap();
    engine.handle(&vera, Event::Button(agree.data.clone())).await;
    assert!(!raw.hashes(ws).await.contains(&legacy_subject_hash(ws, vera.user_id)));
    assert!(!store.is_do_not_contact(ws, &subject_keys(&secret, ws, vera.user_id)).await.unwrap());
}

#[tokio::test]
async fn the_keyed_hash_keeps_the_forgotten_uncontacted_on_sqlite() {
    let (url, _dir) = fresh_sqlite();
    let store = pocketcrm::store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let raw = Raw::Lite(sqlx::SqlitePool::connect(&url).await.unwrap());
    the_keyed_hash_keeps_the_forgotten_uncontacted(store, raw).await;
}

#[tokio::test]
async fn the_keyed_hash_keeps_the_forgotten_uncontacted_on_postgres() {
    with_fresh_postgres(|url| async move {
        let store = pocketcrm::store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        let raw = Raw::Pg(sqlx::PgPool::connect(&url).await.unwrap());
        the_keyed_hash_keeps_the_forgotten_uncontacted(store, raw).await;
    })
    .await;
}
