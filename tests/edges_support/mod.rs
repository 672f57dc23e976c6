//! A core over any store (SQLite or Postgres) with a clock that stands still, for the input-edge tests and the
//! console fuzz run: the same Engine the console drives.
#![allow(dead_code)]

use std::sync::Arc;

use pocketcrm::core::{Actor, Engine, Event, FixedClock, Reply};
use pocketcrm::i18n::I18n;
use pocketcrm::store::Store;

use crate::common::monday_morning;

pub struct Bench {
    pub engine: Engine,
    pub clock: Arc<FixedClock>,
    pub store: Arc<dyn Store>,
    pub i18n: I18n,
}

impl Bench {
    pub fn new(store: Arc<dyn Store>) -> Self {
        let clock = Arc::new(FixedClock::new(monday_morning()));
        let engine = Engine::new(store.clone(), clock.clone());
        Bench { engine, clock, store, i18n: I18n::load().expect("locales load") }
    }

    pub async fn say(&self, who: &Actor, text: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Text(text.to_string())).await
    }

    pub async fn press(&self, who: &Actor, data: &str) -> Vec<Reply> {
        self.engine.handle(who, Event::Button(data.to_string())).await
    }

    pub async fn onboard(&self, who: &Actor, lang: &str, zone: &str) {
        self.say(who, "/start").await;
        self.press(who, &format!("l:{lang}")).await;
        self.say(who, &format!("/tz {zone}")).await;
    }

    pub fn render(&self, replies: &[Reply]) -> String {
        replies.iter().map(|r| self.i18n.render(r).chunks.join("\n")).collect::<Vec<_>>().join("\n---\n")
    }

    pub fn keys(replies: &[Reply]) -> Vec<&'static str> {
        replies.iter().flat_map(|r| r.text.keys()).collect()
    }
}
