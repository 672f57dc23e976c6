//! Shared helpers: a fresh store per test, a clock that stands still, and a member to act as.
#![allow(dead_code)]

pub mod databases;

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use pocketcrm::core::{Actor, Chat, Engine, Event, FixedClock, Reply};
use pocketcrm::i18n::I18n;
use pocketcrm::store::{self, Store};

pub struct World {
    pub engine: Engine,
    pub clock: Arc<FixedClock>,
    pub store: Arc<dyn Store>,
    pub i18n: I18n,
    /// The SQLite file's directory of `world()`; none for a store made elsewhere (`over`).
    _dir: Option<tempfile::TempDir>,
}

/// Monday 2026-11-23 10:00 UTC.
pub fn monday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

pub async fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let store = store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let clock = Arc::new(FixedClock::new(monday_morning()));
    let engine = Engine::new(store.clone(), clock.clone());
    World { engine, clock, store, i18n: I18n::load().unwrap(), _dir: Some(dir) }
}

pub fn actor(id: i64, lang: &str) -> Actor {
    Actor {
        user_id: id,
        display_name: format!("Member {id}"),
        language_code: Some(lang.to_string()),
        chat: Chat::Private,
    }
}

impl World {
    /// The same world over a store made elsewhere (SQLite or Postgres, `databases::run_sqlite`/`run_postgres`).
    pub fn over(store: Arc<dyn Store>) -> World {
        let clock = Arc::new(FixedClock::new(monday_morning()));
        let engine = Engine::new(store.clone(), clock.clone());
        World { engine, clock, store, i18n: I18n::load().unwrap(), _dir: None }
    }

    pub async fn say(&self, who: &Actor, text: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Text(text.to_string())).await
    }

    pub async fn press(&self, who: &Actor, data: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Button(data.to_string())).await
    }

    /// /start, pick the language and the first zone button: a member ready to work.
    pub async fn onboard(&self, who: &Actor, lang: &str, zone: &str) {
        self.say(who, "/start").await;
        self.press(who, &format!("l:{lang}")).await;
        self.say(who, &format!("/tz {zone}")).await;
    }

    pub fn render(&self, replies: &[Reply]) -> String {
        replies.iter().map(|r| self.i18n.render(r).chunks.join("\n")).collect::<Vec<_>>().join("\n---\n")
    }

    /// Every Fluent key the replies use, so tests can check what was said in any language.
    pub fn keys(replies: &[Reply]) -> Vec<&'static str> {
        replies.iter().flat_map(|r| r.text.keys()).collect()
    }

    /// The payloads of every button in the replies.
    pub fn buttons(replies: &[Reply]) -> Vec<String> {
        replies.iter().flat_map(|r| r.buttons.iter().flatten().map(|b| b.data.clone())).collect()
    }
}
