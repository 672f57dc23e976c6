//! Fixtures for the delivery tests: a team, many customers made directly in the database (the opt-in flow is the
//! customers area's), a campaign started through the campaign store, and a notifier that records what the worker
//! sends and answers as scripted.
#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, TimeZone, Utc};
use pocketcrm::core::Reply;
use pocketcrm::scheduler::{DeliveryError, Notifier, PromoError};
use pocketcrm::store::{CampaignState, Delivery, NewCampaign, SegmentFilter, Store};

use super::common::databases::{fresh_sqlite, with_fresh_postgres};

/// Direct access to the test database, for rows outside the delivery API.
#[derive(Clone)]
pub enum Raw {
    Sqlite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

macro_rules! on_raw {
    ($raw:expr, |$pool:ident| $body:expr) => {
        match $raw {
            Raw::Sqlite($pool) => $body,
            Raw::Pg($pool) => $body,
        }
    };
}

/// A statement with binds, run on whichever backend; rows affected.
macro_rules! exec {
    ($raw:expr, $sql:expr $(, $bind:expr)* $(,)?) => {
        on_raw!($raw, |pool| sqlx::query($sql)$(.bind($bind))*.execute(pool).await.unwrap().rows_affected())
    };
}

/// One value from a query.
macro_rules! scalar {
    ($raw:expr, $ty:ty, $sql:expr $(, $bind:expr)* $(,)?) => {
        on_raw!($raw, |pool| sqlx::query_scalar::<_, $ty>($sql)$(.bind($bind))*.fetch_one(pool).await.unwrap())
    };
}

/// Monday 2026-11-23 10:00 UTC.
pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

/// A migrated database: the store, raw access, and its URL (to open more stores on it, as other instances do).
#[derive(Clone)]
pub struct Db {
    pub store: Arc<dyn Store>,
    pub raw: Raw,
    pub url: String,
}

impl Db {
    pub async fn open(url: &str) -> Db {
        let store = pocketcrm::store::connect(url).await.expect("open the store");
        store.migrate().await.expect("migrate");
        let raw = if url.starts_with("sqlite:") {
            Raw::Sqlite(sqlx::SqlitePool::connect(url).await.expect("raw sqlite"))
        } else {
            Raw::Pg(sqlx::PgPool::connect(url).await.expect("raw postgres"))
        };
        Db { store, raw, url: url.to_string() }
    }

    /// Another instance's store on the same database.
    pub async fn another_store(&self) -> Arc<dyn Store> {
        pocketcrm::store::connect(&self.url).await.expect("open a second store")
    }
}

/// Run the test on a fresh SQLite file, then on a fresh Postgres database.
pub async fn on_both<F, Fut>(test: F)
where
    F: Fn(Db) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let (url, _dir) = fresh_sqlite();
    test.clone()(Db::open(&url).await).await;
    with_fresh_postgres(|url| async move {
        let db = Db::open(&url).await;
        test(db).await
    })
    .await;
}

/// A team, its owner (who sends the campaigns) and its customers' Telegram ids.
#[derive(Debug, Clone)]
pub struct Team {
    pub workspace_id: i64,
    pub member_id: i64,
    pub owner_tg: i64,
    pub customers: Vec<i64>,
}

/// A team owned by Telegram user `owner_tg`, with `n` subscribed customers whose Telegram ids start at
/// `first_tg`; `paid`: the team pays for broadcasts.
pub async fn team(db: &Db, owner_tg: i64, n: i64, first_tg: i64, paid: bool) -> Team {
    let member = db.store.ensure_member(owner_tg, "Maria", "en", "Europe/Madrid").await.unwrap();
    let ws = db.store.ensure_workspace(member.id, "Flowers").await.unwrap();
    exec!(&db.raw, "UPDATE workspace SET paid_broadcast = $2 WHERE id = $1", ws.id, paid);
    // One statement for any number of customers (100,000 in the benchmark).
    exec!(
        &db.raw,
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $1) \
         INSERT INTO client (workspace_id, name, owner_member_id, created_at, updated_at, tg_user_id, lang, \
                             promo_state, promo_since) \
         SELECT $2, 'Customer ' || i, $3, $4, $4, $5 + i, 'en', 'subscribed', $4 FROM n",
        n,
        ws.id,
        member.id,
        t0(),
        first_tg,
    );
    Team { workspace_id: ws.id, member_id: member.id, owner_tg, customers: (first_tg..first_tg + n).collect() }
}

/// What the campaign says and carries.
#[derive(Debug, Clone)]
pub struct Promo {
    pub text: String,
    pub photo: Option<String>,
    pub code_kind: &'static str,
    pub code_value: Option<String>,
}

impl Default for Promo {
    fn default() -> Self {
        Promo { text: "Spring sale: -20% on tulips".into(), photo: None, code_kind: "none", code_value: None }
    }
}

/// A campaign to every subscribed customer of the team, started at `now` (its deliveries are pending).
pub async fn start(db: &Db, team: &Team, promo: Promo, now: DateTime<Utc>) -> i64 {
    let mut new = NewCampaign::draft(team.workspace_id, team.member_id, "en");
    new.name = "Spring".into();
    new.filter = Some(SegmentFilter::default().to_json());
    new.texts = serde_json::json!({ "en": promo.text }).to_string();
    new.photo_file_id = promo.photo;
    new.code_kind = promo.code_kind.into();
    new.code_value = promo.code_value;
    new.state = CampaignState::Draft;
    let campaign = db.store.insert_campaign(&new).await.unwrap();
    let rows = db.store.start_campaign(campaign.id, now).await.unwrap().expect("the campaign starts");
    assert_eq!(rows, team.customers.len(), "a delivery row per subscribed customer");
    campaign.id
}

/// Every delivery row of a campaign, by id.
pub async fn deliveries(db: &Db, campaign_id: i64) -> Vec<Delivery> {
    on_raw!(&db.raw, |pool| {
        sqlx::query_as::<_, Delivery>("SELECT * FROM delivery WHERE campaign_id = $1 ORDER BY id")
            .bind(campaign_id)
            .fetch_all(pool)
            .await
            .unwrap()
    })
}

/// How many of the campaign's rows are in `state`.
pub async fn count_state(db: &Db, campaign_id: i64, state: &str) -> i64 {
    scalar!(&db.raw, i64, "SELECT COUNT(*) FROM delivery WHERE campaign_id = $1 AND state = $2", campaign_id, state)
}

pub async fn campaign_state(db: &Db, campaign_id: i64) -> String {
    scalar!(&db.raw, String, "SELECT state FROM campaign WHERE id = $1", campaign_id)
}

pub async fn client_promo_state(db: &Db, tg: i64) -> String {
    scalar!(&db.raw, String, "SELECT promo_state FROM client WHERE tg_user_id = $1", tg)
}

pub async fn consents(db: &Db, action: &str) -> i64 {
    scalar!(&db.raw, i64, "SELECT COUNT(*) FROM consent WHERE action = $1", action)
}

/// The customer stops promotions (as `/stop` does).
pub async fn unsubscribe(db: &Db, tg: i64) {
    exec!(&db.raw, "UPDATE client SET promo_state = 'stopped' WHERE tg_user_id = $1", tg);
}

/// Pretend another instance claimed a row of the campaign at `at` and died without a beat.
pub async fn claim_as_dead_instance(db: &Db, campaign_id: i64, at: DateTime<Utc>) -> Delivery {
    let mut rows = db.store.claim_deliveries(campaign_id, "dead-instance", at, 1).await.unwrap();
    rows.pop().expect("a row to claim")
}

pub type Hook = Arc<dyn Fn(usize) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// What the recorder saw, and the answers it gives.
#[derive(Default)]
pub struct Recorder {
    /// Promotions: (chat, reply, paid).
    pub promos: Mutex<Vec<(i64, Reply, bool)>>,
    /// Messages posted to members (progress, reports, notices): (chat, reply).
    pub posts: Mutex<Vec<(i64, Reply)>>,
    /// Edits: (chat, message id, reply).
    pub edits: Mutex<Vec<(i64, i64, Reply)>>,
    /// Answers to give one chat's promotions, in order, before succeeding.
    pub script: Mutex<HashMap<i64, VecDeque<PromoError>>>,
    /// An answer for every promotion (a refused photo), when set.
    pub always: Mutex<Option<PromoError>>,
    /// How long a promotion takes, so senders overlap.
    pub latency: Duration,
    /// Awaited with the number of promotions sent so far, after each (to pause or cancel mid-campaign).
    pub after_send: Mutex<Option<Hook>>,
    next_id: AtomicI64,
}

impl Recorder {
    pub fn new(latency: Duration) -> Arc<Self> {
        Arc::new(Recorder { latency, next_id: AtomicI64::new(1000), ..Default::default() })
    }

    pub fn fail(&self, chat: i64, errors: impl IntoIterator<Item = PromoError>) {
        self.script.lock().unwrap().entry(chat).or_default().extend(errors);
    }

    /// Promotions each chat received.
    pub fn per_chat(&self) -> HashMap<i64, usize> {
        let mut per_chat = HashMap::new();
        for (chat, _, _) in self.promos.lock().unwrap().iter() {
            *per_chat.entry(*chat).or_default() += 1;
        }
        per_chat
    }

    pub fn promo_count(&self) -> usize {
        self.promos.lock().unwrap().len()
    }

    /// The message keys of every post, one list per post.
    pub fn post_keys(&self) -> Vec<Vec<&'static str>> {
        self.posts.lock().unwrap().iter().map(|(_, r)| r.text.keys()).collect()
    }
}

#[async_trait]
impl Notifier for Recorder {
    async fn deliver(&self, tg_user_id: i64, reply: Reply) -> Result<(), DeliveryError> {
        self.posts.lock().unwrap().push((tg_user_id, reply));
        Ok(())
    }

    async fn send_promo(&self, tg_user_id: i64, reply: &Reply, paid: bool) -> Result<i64, PromoError> {
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        if let Some(error) = self.always.lock().unwrap().clone() {
            return Err(error);
        }
        if let Some(error) = self.script.lock().unwrap().get_mut(&tg_user_id).and_then(VecDeque::pop_front) {
            return Err(error);
        }
        let count = {
            let mut promos = self.promos.lock().unwrap();
            promos.push((tg_user_id, reply.clone(), paid));
            promos.len()
        };
        let hook = self.after_send.lock().unwrap().clone();
        if let Some(hook) = hook {
            hook(count).await;
        }
        Ok(self.next_id.fetch_add(1, Ordering::Relaxed))
    }

    async fn post(&self, tg_user_id: i64, reply: &Reply) -> Result<i64, DeliveryError> {
        self.posts.lock().unwrap().push((tg_user_id, reply.clone()));
        Ok(self.next_id.fetch_add(1, Ordering::Relaxed))
    }

    async fn edit(&self, tg_user_id: i64, message_id: i64, reply: &Reply) -> Result<(), DeliveryError> {
        self.edits.lock().unwrap().push((tg_user_id, message_id, reply.clone()));
        Ok(())
    }
}
