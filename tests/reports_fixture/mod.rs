//! Hand-made data for the report tests: stages, deals, their history and activities written with raw SQL, so
//! every timestamp is exactly what the test says (the store stamps rows with the wall clock), and nothing
//! depends on how deals are created or moved. Both backends: a fresh SQLite file, or a fresh Postgres database
//! on `POCKETCRM_TEST_PG` (skipped with a note when unreachable, unless `CI` is set).
#![allow(dead_code)]

use std::future::Future;
use std::sync::Arc;

use crate::common::databases::{fresh_sqlite, with_fresh_postgres};
use chrono::{DateTime, TimeZone, Utc};
use pocketcrm::core::{Actor, Chat, Engine, Event, FixedClock, Reply};
use pocketcrm::i18n::I18n;
use pocketcrm::store::{self, Client, NewClient, Store};

/// A second connection to the store's database, for writing fixtures.
#[derive(Clone)]
pub enum Db {
    Sqlite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

/// Run one statement that returns an id (`RETURNING id`) on either backend, binding every value.
macro_rules! returning_id {
    ($db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            Db::Sqlite(pool) => sqlx::query_scalar::<_, i64>($sql)$(.bind($arg))*.fetch_one(pool).await,
            Db::Pg(pool) => sqlx::query_scalar::<_, i64>($sql)$(.bind($arg))*.fetch_one(pool).await,
        }
        .expect($sql)
    };
}

/// Run one statement on either backend, binding every value.
macro_rules! execute {
    ($db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            Db::Sqlite(pool) => sqlx::query($sql)$(.bind($arg))*.execute(pool).await.map(|_| ()),
            Db::Pg(pool) => sqlx::query($sql)$(.bind($arg))*.execute(pool).await.map(|_| ()),
        }
        .expect($sql)
    };
}

/// 2026-11-`day` at `hour`:00 UTC (November unless the day says otherwise via [`on`]).
pub fn nov(day: u32, hour: u32) -> DateTime<Utc> {
    on(11, day, hour)
}

pub fn on(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, hour, 0, 0).unwrap()
}

/// A deal as the fixture writes it.
#[derive(Debug, Clone)]
pub struct D {
    pub client: i64,
    pub minor: i64,
    pub currency: &'static str,
    pub stage: i64,
    pub probability: Option<i32>,
    pub owner: i64,
    pub source: Option<&'static str>,
    pub created: DateTime<Utc>,
    pub won: Option<DateTime<Utc>>,
    pub lost: Option<DateTime<Utc>>,
}

impl Db {
    pub async fn open(url: &str) -> Db {
        if url.starts_with("sqlite:") {
            Db::Sqlite(sqlx::SqlitePool::connect(url).await.expect("fixture sqlite pool"))
        } else {
            Db::Pg(sqlx::PgPool::connect(url).await.expect("fixture postgres pool"))
        }
    }

    /// Put a member into a team with a role, and make it the team they work in.
    pub async fn join(&self, workspace_id: i64, member_id: i64, role: &str) {
        execute!(
            self,
            "INSERT INTO membership (workspace_id, member_id, role, joined_at) VALUES ($1, $2, $3, $4)",
            workspace_id,
            member_id,
            role,
            nov(1, 0)
        );
        execute!(self, "UPDATE member SET workspace_id = $1 WHERE id = $2", workspace_id, member_id);
    }

    /// A stage with its names (lang, name).
    pub async fn stage(&self, ws: i64, position: i32, kind: &str, probability: i32, names: &[(&str, &str)]) -> i64 {
        let id = returning_id!(
            self,
            "INSERT INTO stage (workspace_id, position, kind, probability, hidden, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, FALSE, $5, $5) RETURNING id",
            ws,
            position,
            kind,
            probability,
            nov(1, 0)
        );
        for (lang, name) in names {
            execute!(
                self,
                "INSERT INTO stage_name (stage_id, lang, name, name_folded) VALUES ($1, $2, $3, $4)",
                id,
                *lang,
                *name,
                name.to_lowercase()
            );
        }
        id
    }

    /// The usual pipeline: Lead (10%) → Proposal (50%) → Won / Lost. Returns their ids in that order.
    pub async fn pipeline(&self, ws: i64) -> [i64; 4] {
        [
            self.stage(ws, 1, "open", 10, &[("en", "Lead"), ("ru", "Лид")]).await,
            self.stage(ws, 2, "open", 50, &[("en", "Proposal")]).await,
            self.stage(ws, 3, "won", 100, &[("en", "Won")]).await,
            self.stage(ws, 4, "lost", 0, &[("en", "Lost")]).await,
        ]
    }

    pub async fn hide_stage(&self, stage_id: i64) {
        execute!(self, "UPDATE stage SET hidden = TRUE WHERE id = $1", stage_id);
    }

    pub async fn deal(&self, ws: i64, d: D) -> i64 {
        returning_id!(
            self,
            "INSERT INTO deal (workspace_id, client_id, title, amount_minor, currency, stage_id, probability, \
             owner_member_id, source, version, won_at, lost_at, last_activity_at, created_at, updated_at) \
             VALUES ($1, $2, 'Deal', $3, $4, $5, $6, $7, $8, 1, $9, $10, $11, $11, $11) RETURNING id",
            ws,
            d.client,
            d.minor,
            d.currency,
            d.stage,
            d.probability,
            d.owner,
            d.source,
            d.won,
            d.lost,
            d.created
        )
    }

    pub async fn moved(&self, ws: i64, deal: i64, member: i64, at: DateTime<Utc>, from: i64, to: i64) {
        execute!(
            self,
            "INSERT INTO deal_event (workspace_id, deal_id, member_id, at, kind, from_stage_id, to_stage_id) \
             VALUES ($1, $2, $3, $4, 'moved', $5, $6)",
            ws,
            deal,
            member,
            at,
            from,
            to
        );
    }

    /// A meeting or call (`kind`), with when it was written down (`created`).
    #[allow(clippy::too_many_arguments)]
    pub async fn activity(
        &self,
        ws: i64,
        client: i64,
        kind: &str,
        happens: DateTime<Utc>,
        outcome: Option<&str>,
        author: i64,
        created: DateTime<Utc>,
        summary: &str,
    ) -> i64 {
        returning_id!(
            self,
            "INSERT INTO activity (workspace_id, client_id, kind, happens_at, done, summary, outcome, \
             author_member_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
            ws,
            client,
            kind,
            happens,
            happens <= created,
            summary,
            outcome,
            author,
            created
        )
    }

    pub async fn client_created(&self, client_id: i64, at: DateTime<Utc>) {
        execute!(self, "UPDATE client SET created_at = $1 WHERE id = $2", at, client_id);
    }
}

/// A client in a team, owned by `owner`, with a source and a creation time.
pub async fn client(
    store: &Arc<dyn Store>,
    db: &Db,
    ws: i64,
    owner: i64,
    name: &str,
    source: Option<&str>,
    created: DateTime<Utc>,
) -> Client {
    let folded = name.to_lowercase();
    let c = store
        .insert_client(&NewClient {
            workspace_id: ws,
            name: name.to_string(),
            name_folded: folded.clone(),
            phones: vec![],
            emails: vec![],
            company: None,
            tags: vec![],
            source: source.map(str::to_string),
            owner_member_id: owner,
            search_text: folded,
        })
        .await
        .expect("insert client");
    db.client_created(c.id, created).await;
    c
}

// --- backends ---

pub async fn run_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Db) -> Fut,
    Fut: Future<Output = ()>,
{
    let (url, _dir) = fresh_sqlite();
    let store = store::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    let db = Db::open(&url).await;
    test(store, db).await;
}

pub async fn run_postgres<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Db) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_fresh_postgres(|url| async move {
        let store = store::connect(&url).await.expect("open postgres");
        store.migrate().await.expect("migrate postgres");
        let db = Db::open(&url).await;
        let pool = db.clone();
        test(store, db).await;
        if let Db::Pg(p) = pool {
            p.close().await;
        }
    })
    .await;
}

/// `both_backends!(a, b)` makes `sqlite::a`, `postgres::a`, … from `async fn a(Arc<dyn Store>, Db)`
/// (declare the module with `#[macro_use]`).
#[allow(unused_macros)] // the engine tests need no second backend
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::reports_fixture::run_sqlite(super::$name).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::reports_fixture::run_postgres(super::$name).await;
                }
            )*
        }
    };
}

// --- the engine, for conversations ---

/// Monday 2026-11-23 10:00 UTC.
pub fn monday_morning() -> DateTime<Utc> {
    nov(23, 10)
}

pub struct World {
    pub engine: Engine,
    pub clock: Arc<FixedClock>,
    pub store: Arc<dyn Store>,
    pub db: Db,
    pub i18n: I18n,
    _dir: tempfile::TempDir,
}

pub async fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let store = store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let clock = Arc::new(FixedClock::new(monday_morning()));
    let engine = Engine::new(store.clone(), clock.clone());
    let db = Db::open(&url).await;
    World { engine, clock, store, db, i18n: I18n::load().unwrap(), _dir: dir }
}

pub fn actor(id: i64, lang: &str, name: &str) -> Actor {
    Actor { user_id: id, display_name: name.to_string(), language_code: Some(lang.to_string()), chat: Chat::Private }
}

impl World {
    pub async fn say(&self, who: &Actor, text: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Text(text.to_string())).await
    }

    pub async fn press(&self, who: &Actor, data: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Button(data.to_string())).await
    }

    /// /start, pick the language, set the zone: a member with a team of their own. Returns (member, team) ids.
    pub async fn onboard(&self, who: &Actor, lang: &str, zone: &str) -> (i64, i64) {
        self.say(who, "/start").await;
        self.press(who, &format!("l:{lang}")).await;
        self.say(who, &format!("/tz {zone}")).await;
        let m = self.store.member_by_tg(who.user_id).await.unwrap().unwrap();
        (m.id, m.workspace_id.unwrap())
    }

    /// A member who joined `ws` in `role` (never ran /start: the team is theirs from the start).
    pub async fn colleague(&self, who: &Actor, lang: &str, ws: i64, role: &str) -> i64 {
        let m = self.store.ensure_member(who.user_id, &who.display_name, lang, "UTC").await.unwrap();
        self.db.join(ws, m.id, role).await;
        m.id
    }

    pub fn render(&self, replies: &[Reply]) -> String {
        replies.iter().map(|r| self.i18n.render(r).chunks.join("\n")).collect::<Vec<_>>().join("\n---\n")
    }

    pub fn keys(replies: &[Reply]) -> Vec<&'static str> {
        replies.iter().flat_map(|r| r.text.keys()).collect()
    }

    pub fn buttons(replies: &[Reply]) -> Vec<String> {
        replies.iter().flat_map(|r| r.buttons.iter().flatten().map(|b| b.data.clone())).collect()
    }
}
