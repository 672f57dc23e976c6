//! Shared by the digest tests: both backends (a fresh SQLite file, a fresh Postgres database), raw SQL to seed
//! what other areas own (memberships, stages, deals, targets), a recording notifier, and a world at a fixed time.
#![allow(dead_code)] // Each test binary uses a different part.

use std::future::Future;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use pocketcrm::core::{Engine, FixedClock, Reply};
use pocketcrm::i18n::I18n;
use pocketcrm::scheduler::{DeliveryError, Notifier};
use pocketcrm::store::{self, Member, MemberPatch, NewClient, Store, Workspace};
use sqlx::AssertSqlSafe;

use crate::common::databases::{fresh_sqlite, with_fresh_postgres};

// --- backends ---

/// Raw access to the database under test, to seed rows other areas' code would write.
#[derive(Clone)]
pub enum Db {
    Sqlite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

/// A bound value for `Db::exec`.
#[derive(Debug, Clone)]
pub enum Val {
    I(i64),
    S(String),
    T(DateTime<Utc>),
    D(NaiveDate),
    B(bool),
}

macro_rules! bind_all {
    ($q:expr, $vals:expr) => {{
        let mut q = $q;
        for v in $vals {
            q = match v {
                Val::I(n) => q.bind(*n),
                Val::S(s) => q.bind(s.clone()),
                Val::T(t) => q.bind(*t),
                Val::D(d) => q.bind(*d),
                Val::B(b) => q.bind(*b),
            };
        }
        q
    }};
}

impl Db {
    pub async fn exec(&self, sql: &str, vals: &[Val]) {
        match self {
            Db::Sqlite(p) => {
                bind_all!(sqlx::query(AssertSqlSafe(sql.to_string())), vals).execute(p).await.expect(sql);
            }
            Db::Pg(p) => {
                bind_all!(sqlx::query(AssertSqlSafe(sql.to_string())), vals).execute(p).await.expect(sql);
            }
        }
    }

    /// One i64 back (an id from `RETURNING id`, a count).
    pub async fn int(&self, sql: &str, vals: &[Val]) -> i64 {
        match self {
            Db::Sqlite(p) => bind_all!(sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql.to_string())), vals)
                .fetch_one(p)
                .await
                .expect(sql),
            Db::Pg(p) => bind_all!(sqlx::query_scalar::<_, i64>(AssertSqlSafe(sql.to_string())), vals)
                .fetch_one(p)
                .await
                .expect(sql),
        }
    }

    /// Rows of one text column.
    pub async fn texts(&self, sql: &str, vals: &[Val]) -> Vec<String> {
        match self {
            Db::Sqlite(p) => bind_all!(sqlx::query_scalar::<_, String>(AssertSqlSafe(sql.to_string())), vals)
                .fetch_all(p)
                .await
                .expect(sql),
            Db::Pg(p) => bind_all!(sqlx::query_scalar::<_, String>(AssertSqlSafe(sql.to_string())), vals)
                .fetch_all(p)
                .await
                .expect(sql),
        }
    }
}

/// A database under test: its URL (to open more stores on it, as more instances would) and raw access.
pub struct Backend {
    pub url: String,
    pub db: Db,
}

impl Backend {
    /// A new connection pool to the same database: another instance of the bot.
    pub async fn store(&self) -> Arc<dyn Store> {
        store::connect(&self.url).await.expect("open the store")
    }
}

pub async fn run_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Backend) -> Fut,
    Fut: Future<Output = ()>,
{
    let (url, _dir) = fresh_sqlite();
    let store = store::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    let pool = sqlx::SqlitePool::connect(&url).await.expect("raw sqlite");
    test(Backend { url, db: Db::Sqlite(pool) }).await;
}

pub async fn run_postgres<F, Fut>(test: F)
where
    F: FnOnce(Backend) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_fresh_postgres(|url| async move {
        let store = store::connect(&url).await.expect("open postgres");
        store.migrate().await.expect("migrate postgres");
        let pool = sqlx::PgPool::connect(&url).await.expect("raw postgres");
        test(Backend { url, db: Db::Pg(pool.clone()) }).await;
        pool.close().await;
    })
    .await;
}

/// `sqlite::<name>` and `postgres::<name>` for each `async fn <name>(Backend)`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    $crate::digest_support::run_sqlite(super::$name).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    $crate::digest_support::run_postgres(super::$name).await;
                }
            )*
        }
    };
}

// --- seeding ---

pub fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

/// A member who founded a team (the owner), speaking `lang` in zone `tz`.
pub async fn founder(s: &dyn Store, tg: i64, name: &str, lang: &str, tz: &str) -> (Member, Workspace) {
    let m = s.ensure_member(tg, name, lang, tz).await.unwrap();
    let ws = s.ensure_workspace(m.id, &format!("{name}'s team")).await.unwrap();
    (s.get_member(m.id).await.unwrap().unwrap(), ws)
}

/// A member who joined team `ws` as `role` on 1 January 2026, and works in it now.
pub async fn join(s: &dyn Store, db: &Db, ws: i64, tg: i64, name: &str, role: &str, tz: &str) -> Member {
    let m = s.ensure_member(tg, name, "en", tz).await.unwrap();
    db.exec(
        "INSERT INTO membership (workspace_id, member_id, role, joined_at) VALUES ($1, $2, $3, $4)",
        &[Val::I(ws), Val::I(m.id), Val::S(role.into()), Val::T(utc(2026, 1, 1, 0, 0))],
    )
    .await;
    db.exec("UPDATE member SET workspace_id = $1 WHERE id = $2", &[Val::I(ws), Val::I(m.id)]).await;
    s.get_member(m.id).await.unwrap().unwrap()
}

/// Backdate a membership (the founder's is stamped with the real time of the test run).
pub async fn joined_at(db: &Db, member_id: i64, at: DateTime<Utc>) {
    db.exec("UPDATE membership SET joined_at = $1 WHERE member_id = $2", &[Val::T(at), Val::I(member_id)]).await;
}

pub async fn set_lang(s: &dyn Store, member_id: i64, lang: &str) {
    s.update_member(member_id, &MemberPatch { locale: Some(lang.into()), ..Default::default() }).await.unwrap();
}

/// A client created at `created` (with a lead source).
pub async fn client(
    s: &dyn Store,
    db: &Db,
    ws: i64,
    owner: i64,
    name: &str,
    source: Option<&str>,
    created: DateTime<Utc>,
) -> i64 {
    let c = s
        .insert_client(&NewClient {
            workspace_id: ws,
            name: name.into(),
            name_folded: name.to_lowercase(),
            phones: vec![],
            emails: vec![],
            company: None,
            tags: vec![],
            source: source.map(Into::into),
            owner_member_id: owner,
            search_text: name.to_lowercase(),
        })
        .await
        .unwrap();
    db.exec("UPDATE client SET created_at = $1 WHERE id = $2", &[Val::T(created), Val::I(c.id)]).await;
    c.id
}

pub async fn stage(db: &Db, ws: i64, kind: &str, position: i64) -> i64 {
    let at = utc(2026, 1, 1, 0, 0);
    db.int(
        "INSERT INTO stage (workspace_id, position, kind, probability, hidden, created_at, updated_at) \
         VALUES ($1, $2, $3, 50, $4, $5, $5) RETURNING id",
        &[Val::I(ws), Val::I(position), Val::S(kind.into()), Val::B(false), Val::T(at)],
    )
    .await
}

/// A deal last active at `active` (and created then).
#[allow(clippy::too_many_arguments)]
pub async fn deal(
    db: &Db,
    ws: i64,
    client: i64,
    owner: i64,
    stage: i64,
    title: &str,
    amount_minor: i64,
    currency: &str,
    active: DateTime<Utc>,
) -> i64 {
    db.int(
        "INSERT INTO deal (workspace_id, client_id, title, amount_minor, currency, stage_id, owner_member_id, \
         last_activity_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8) RETURNING id",
        &[
            Val::I(ws),
            Val::I(client),
            Val::S(title.into()),
            Val::I(amount_minor),
            Val::S(currency.into()),
            Val::I(stage),
            Val::I(owner),
            Val::T(active),
        ],
    )
    .await
}

// --- delivery ---

/// Records what would have been sent, and fails on demand.
#[derive(Default)]
pub struct Recorder {
    pub sent: Mutex<Vec<(i64, Reply)>>,
    /// Errors to return, one per call (last first), before succeeding.
    pub failures: Mutex<Vec<DeliveryError>>,
}

#[async_trait]
impl Notifier for Recorder {
    async fn deliver(&self, chat_id: i64, reply: Reply) -> Result<(), DeliveryError> {
        if let Some(err) = self.failures.lock().unwrap().pop() {
            return Err(err);
        }
        self.sent.lock().unwrap().push((chat_id, reply));
        Ok(())
    }
}

impl Recorder {
    pub fn count(&self) -> usize {
        self.sent.lock().unwrap().len()
    }
    pub fn to(&self, chat_id: i64) -> Vec<Reply> {
        self.sent.lock().unwrap().iter().filter(|(c, _)| *c == chat_id).map(|(_, r)| r.clone()).collect()
    }
    pub fn clear(&self) {
        self.sent.lock().unwrap().clear();
    }
}

/// An engine over `store` at a fixed moment.
pub fn engine(store: Arc<dyn Store>, at: DateTime<Utc>) -> (Engine, Arc<FixedClock>) {
    let clock = Arc::new(FixedClock::new(at));
    (Engine::new(store, clock.clone()), clock)
}

pub fn render(i18n: &I18n, replies: &[Reply]) -> String {
    replies.iter().map(|r| i18n.render(r).chunks.join("\n")).collect::<Vec<_>>().join("\n---\n")
}

pub fn keys(replies: &[Reply]) -> Vec<&'static str> {
    replies.iter().flat_map(|r| r.text.keys()).collect()
}

pub fn buttons(replies: &[Reply]) -> Vec<String> {
    replies.iter().flat_map(|r| r.buttons.iter().flatten().map(|b| b.data.clone())).collect()
}
