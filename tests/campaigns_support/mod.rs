//! Fixtures for the segment and campaign tests: a team, clients made customers directly in the database (the
//! opt-in flow is the customers area's), deals, and deliveries put into the states the sender would leave them in.
#![allow(dead_code, unused_imports, unused_macros)]

use std::future::Future;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use pocketcrm::store::{self, Client, Member, NewClient, Store, Workspace};

use super::common::databases::{fresh_sqlite, with_fresh_postgres};

/// Direct access to the test database, for rows outside the campaign API.
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
pub(crate) use on_raw;

/// A statement with binds, run on whichever backend.
macro_rules! exec {
    ($raw:expr, $sql:expr $(, $bind:expr)* $(,)?) => {
        on_raw!($raw, |pool| {
            sqlx::query($sql)$(.bind($bind))*.execute(pool).await.unwrap().rows_affected()
        })
    };
}
pub(crate) use exec;

/// One value from a query.
macro_rules! scalar {
    ($raw:expr, $ty:ty, $sql:expr $(, $bind:expr)* $(,)?) => {
        on_raw!($raw, |pool| {
            sqlx::query_scalar::<_, $ty>($sql)$(.bind($bind))*.fetch_one(pool).await.unwrap()
        })
    };
}
pub(crate) use scalar;

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

impl Raw {
    /// Make the client a customer: a Telegram chat, subscribed, in `lang` (None: the team's default).
    pub async fn subscribe(&self, client: i64, tg: i64, lang: Option<&str>) {
        exec!(
            self,
            "UPDATE client SET tg_user_id = $2, promo_state = 'subscribed', lang = $3 WHERE id = $1",
            client,
            tg,
            lang
        );
    }

    pub async fn set_promo_state(&self, client: i64, state: &str) {
        exec!(self, "UPDATE client SET promo_state = $2 WHERE id = $1", client, state);
    }

    /// A stage of the team of that kind (`open`, `won`, `lost`), created on first use.
    pub async fn stage(&self, ws: i64, kind: &str) -> i64 {
        let found = on_raw!(self, |pool| {
            sqlx::query_scalar::<_, i64>("SELECT id FROM stage WHERE workspace_id = $1 AND kind = $2")
                .bind(ws)
                .bind(kind)
                .fetch_optional(pool)
                .await
                .unwrap()
        });
        if let Some(id) = found {
            return id;
        }
        scalar!(
            self,
            i64,
            "INSERT INTO stage (workspace_id, position, kind, probability, created_at, updated_at) \
             VALUES ($1, 1, $2, 10, $3, $3) RETURNING id",
            ws,
            kind,
            t0()
        )
    }

    /// A deal of the client in a stage of that kind; won and lost ones carry their date.
    pub async fn deal(&self, ws: i64, client: i64, owner: i64, kind: &str, amount_minor: i64, currency: &str) -> i64 {
        let stage = self.stage(ws, kind).await;
        let won = (kind == "won").then(t0);
        let lost = (kind == "lost").then(t0);
        scalar!(
            self,
            i64,
            "INSERT INTO deal (workspace_id, client_id, title, amount_minor, currency, stage_id, owner_member_id, \
             won_at, lost_at, last_activity_at, created_at, updated_at) \
             VALUES ($1, $2, 'Deal', $3, $4, $5, $6, $7, $8, $9, $9, $9) RETURNING id",
            ws,
            client,
            amount_minor,
            currency,
            stage,
            owner,
            won,
            lost,
            t0()
        )
    }

    pub async fn set_last_activity(&self, client: i64, at: DateTime<Utc>) {
        exec!(self, "UPDATE client SET last_activity_at = $2 WHERE id = $1", client, at);
    }

    pub async fn set_birthday(&self, client: i64, month: i32, day: i32) {
        exec!(self, "UPDATE client SET birth_month = $2, birth_day = $3 WHERE id = $1", client, month, day);
    }

    /// How many deliveries of the campaign are in each state, as "state=n" sorted.
    pub async fn states(&self, campaign: i64) -> Vec<(String, i64)> {
        on_raw!(self, |pool| {
            sqlx::query_as::<_, (String, i64)>(
                "SELECT state, COUNT(*) FROM delivery WHERE campaign_id = $1 GROUP BY state ORDER BY state",
            )
            .bind(campaign)
            .fetch_all(pool)
            .await
            .unwrap()
        })
    }

    /// (client, state, code, lang) of every delivery of the campaign, by client.
    pub async fn deliveries(&self, campaign: i64) -> Vec<(i64, String, Option<String>, String)> {
        on_raw!(self, |pool| {
            sqlx::query_as::<_, (i64, String, Option<String>, String)>(
                "SELECT client_id, state, code, lang FROM delivery WHERE campaign_id = $1 ORDER BY client_id",
            )
            .bind(campaign)
            .fetch_all(pool)
            .await
            .unwrap()
        })
    }

    /// What the sender does after a send: the row is `sent` at `at`.
    pub async fn mark_sent(&self, campaign: i64, client: i64, at: DateTime<Utc>) {
        exec!(
            self,
            "UPDATE delivery SET state = 'sent', sent_at = $3 WHERE campaign_id = $1 AND client_id = $2",
            campaign,
            client,
            at
        );
    }

    pub async fn set_delivery(&self, campaign: i64, client: i64, column: &str, at: DateTime<Utc>) {
        let sql = match column {
            "pressed_at" => "UPDATE delivery SET pressed_at = $3 WHERE campaign_id = $1 AND client_id = $2",
            "unsubscribed_at" => "UPDATE delivery SET unsubscribed_at = $3 WHERE campaign_id = $1 AND client_id = $2",
            _ => panic!("{column}"),
        };
        exec!(self, sql, campaign, client, at);
    }

    pub async fn set_delivery_state(&self, campaign: i64, client: i64, state: &str) {
        exec!(
            self,
            "UPDATE delivery SET state = $3 WHERE campaign_id = $1 AND client_id = $2",
            campaign,
            client,
            state
        );
    }

    /// `n` subscribed customers named "Bulk i" owned by `owner`, in one statement.
    pub async fn bulk_customers(&self, ws: i64, owner: i64, n: i64, tg_base: i64) {
        exec!(
            self,
            "INSERT INTO client (workspace_id, name, owner_member_id, tg_user_id, promo_state, created_at, updated_at) \
             WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $3) \
             SELECT $1, 'Bulk ' || i, $2, $4 + i, 'subscribed', $5, $5 FROM seq",
            ws,
            owner,
            n,
            tg_base,
            t0()
        );
    }
}

pub async fn run_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Raw) -> Fut,
    Fut: Future<Output = ()>,
{
    let (url, _dir) = fresh_sqlite();
    let store = store::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    let raw = sqlx::SqlitePool::connect(&url).await.expect("raw sqlite");
    test(store, Raw::Sqlite(raw)).await;
}

pub async fn run_postgres<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Raw) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_fresh_postgres(|url| async move {
        let store = store::connect(&url).await.expect("open postgres");
        store.migrate().await.expect("migrate postgres");
        let raw = sqlx::PgPool::connect(&url).await.expect("raw postgres");
        test(store, Raw::Pg(raw.clone())).await;
        raw.close().await;
    })
    .await;
}

/// Each test on both backends: `name::sqlite` and `name::postgres`.
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::campaigns_support::run_sqlite(super::$name).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::campaigns_support::run_postgres(super::$name).await;
                }
            )*
        }
    };
}
pub(crate) use both_backends;

/// A member with a team of their own.
pub async fn owner(s: &Arc<dyn Store>, tg: i64, name: &str) -> (Member, Workspace) {
    let m = s.ensure_member(tg, name, "en", "UTC").await.unwrap();
    let ws = s.ensure_workspace(m.id, &format!("{name}'s team")).await.unwrap();
    (s.get_member(m.id).await.unwrap().unwrap(), ws)
}

pub async fn client(
    s: &Arc<dyn Store>,
    ws: i64,
    owner: i64,
    name: &str,
    tags: &[&str],
    source: Option<&str>,
) -> Client {
    let new = NewClient {
        workspace_id: ws,
        name: name.to_string(),
        name_folded: name.to_lowercase(),
        phones: vec![],
        emails: vec![],
        company: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        source: source.map(str::to_string),
        owner_member_id: owner,
        search_text: name.to_lowercase(),
    };
    s.insert_client(&new).await.unwrap()
}

// --- flows through the core ---

use pocketcrm::core::{Actor, Arg, Engine, Event, FixedClock, Reply, Text};
use pocketcrm::i18n::I18n;

/// Like `common::World`, with direct access to its database.
pub struct Flow {
    pub engine: Engine,
    pub clock: Arc<FixedClock>,
    pub store: Arc<dyn Store>,
    pub i18n: I18n,
    pub raw: Raw,
    _dir: tempfile::TempDir,
}

pub async fn flow() -> Flow {
    let (url, dir) = fresh_sqlite();
    let store = store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let raw = Raw::Sqlite(sqlx::SqlitePool::connect(&url).await.unwrap());
    let clock = Arc::new(FixedClock::new(super::common::monday_morning()));
    let engine = Engine::new(store.clone(), clock.clone());
    Flow { engine, clock, store, i18n: I18n::load().unwrap(), raw, _dir: dir }
}

impl Flow {
    pub async fn say(&self, who: &Actor, text: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Text(text.to_string())).await
    }

    pub async fn press(&self, who: &Actor, data: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Button(data.to_string())).await
    }

    pub async fn photo(&self, who: &Actor, file_id: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Photo { file_id: file_id.to_string(), caption: None }).await
    }

    /// /start, the language and the zone: a member with a team of their own.
    pub async fn onboard(&self, who: &Actor, lang: &str, zone: &str) {
        self.say(who, "/start").await;
        self.press(who, &format!("l:{lang}")).await;
        self.say(who, &format!("/tz {zone}")).await;
    }

    pub fn render(&self, replies: &[Reply]) -> String {
        replies.iter().map(|r| self.i18n.render(r).chunks.join("\n")).collect::<Vec<_>>().join("\n---\n")
    }

    /// `/invite role` by the owner, accepted by `who`.
    pub async fn join(&self, owner: &Actor, who: &Actor, role: &str) {
        let replies = self.say(owner, &format!("/invite {role}")).await;
        let code = arg(&replies, "invite-raw", "code").expect("an invite code");
        let replies = self.say(who, &format!("/start {code}")).await;
        assert!(keys(&replies).contains(&"join-welcome"), "{:?}", keys(&replies));
    }

    /// `/add line` as `who`; the new client's id.
    pub async fn add(&self, who: &Actor, line: &str) -> i64 {
        let replies = self.say(who, &format!("/add {line}")).await;
        assert!(keys(&replies).contains(&"client-added"), "{:?}", keys(&replies));
        let m = self.store.member_by_tg(who.user_id).await.unwrap().unwrap();
        m.focus_client_id.expect("the new client is in focus")
    }

    /// A customer: added by `who`, then subscribed with a chat (as the opt-in would leave them).
    pub async fn customer(&self, who: &Actor, line: &str, tg: i64, lang: Option<&str>) -> i64 {
        let id = self.add(who, line).await;
        self.raw.subscribe(id, tg, lang).await;
        id
    }

    pub async fn workspace(&self, who: &Actor) -> i64 {
        self.store.member_by_tg(who.user_id).await.unwrap().unwrap().workspace_id.unwrap()
    }
}

/// Every Fluent key the replies use.
pub fn keys(replies: &[Reply]) -> Vec<&'static str> {
    replies.iter().flat_map(|r| r.text.keys()).collect()
}

/// The value of argument `name` of the first message `key` in the replies.
pub fn arg(replies: &[Reply], key: &str, name: &str) -> Option<String> {
    fn find(text: &Text, key: &str, name: &str) -> Option<String> {
        match text {
            Text::Msg { key: k, args } if *k == key => args.iter().find(|(n, _)| *n == name).map(|(_, v)| match v {
                Arg::Str(s) => s.clone(),
                Arg::Num(n) => n.to_string(),
                Arg::Time { at, .. } => at.to_rfc3339(),
            }),
            Text::Msg { .. } | Text::Raw(_) => None,
            Text::Lines(parts) | Text::Concat(parts) => parts.iter().find_map(|p| find(p, key, name)),
        }
    }
    replies.iter().find_map(|r| find(&r.text, key, name))
}

/// The payload of the first button whose label uses the message `key` (alone or within a longer label).
pub fn button(replies: &[Reply], key: &str) -> String {
    replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .find(|b| b.label.keys().contains(&key))
        .map(|b| b.data.clone())
        .unwrap_or_else(|| panic!("no {key} button among {:?}", all_buttons(replies)))
}

/// (label keys or raw text, payload) of every button, for failure messages.
pub fn all_buttons(replies: &[Reply]) -> Vec<(String, String)> {
    replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .map(|b| {
            let label = match &b.label {
                Text::Raw(s) => s.clone(),
                other => other.keys().join("+"),
            };
            (label, b.data.clone())
        })
        .collect()
}

/// The payload of the button labelled with this raw text.
pub fn raw_button(replies: &[Reply], label: &str) -> String {
    replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .find(|b| matches!(&b.label, Text::Raw(s) if s.contains(label)))
        .map(|b| b.data.clone())
        .unwrap_or_else(|| panic!("no “{label}” button among {:?}", all_buttons(replies)))
}
