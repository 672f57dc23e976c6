//! Input at the edges, on both databases: NUL (which Postgres text cannot hold) from every kind of entry, dates far
//! outside anything a salesperson means, the year on dates of another year, and the stale-button explanation.

mod common;

use std::sync::Arc;

use common::databases::{run_postgres, run_sqlite};
use common::{World, actor};
use pocketcrm::core::{Actor, Chat, Event, Reply};
use pocketcrm::store::Store;

fn no_internal_error(line: &str, replies: &[Reply]) {
    assert!(!replies.is_empty(), "{line:?} got no reply");
    assert!(!World::keys(replies).contains(&"err-internal"), "{line:?}: {:?}", World::keys(replies));
}

/// The owner's team and the client the owner opens by name.
async fn team_with_client(b: &World, me: &Actor) -> (i64, i64) {
    b.onboard(me, "en", "Europe/Moscow").await;
    let replies = b.say(me, "/add Iv\0an Pet\0rov +7 999 123-45-67").await;
    no_internal_error("/add", &replies);
    let ws = b.store.member_by_tg(me.user_id).await.unwrap().unwrap().workspace_id.unwrap();
    let (found, _) = b.store.find_clients(ws, None, "ivan", 10, 0).await.unwrap();
    assert_eq!(found.len(), 1, "the client is stored");
    assert_eq!(found[0].name, "Ivan Petrov", "NUL is dropped, the rest kept as typed");
    (ws, found[0].id)
}

async fn nul_never_reaches_the_database(store: Arc<dyn Store>) {
    let b = World::over(store);
    let me = Actor { display_name: "Ow\0ner".into(), ..actor(1, "en") };
    let (ws, client) = team_with_client(&b, &me).await;
    assert_eq!(b.store.member_by_tg(1).await.unwrap().unwrap().display_name, "Owner");

    for line in ["/note call back\0 later", "/meet tomorrow 10:00 de\0mo", "/remind tomorrow 9:00 ca\0ll", "a\0b"] {
        no_internal_error(line, &b.say(&me, line).await);
    }
    let notes = b.store.recent_activities(ws, client, 10).await.unwrap();
    assert!(notes.iter().any(|a| a.summary == "call back later"), "{notes:?}");
    assert!(notes.iter().all(|a| !a.summary.contains('\0')));

    for data in ["c:1\0", "\0", "T:\0", "D:v:\0:1", "K:\0"] {
        no_internal_error(data, &b.press(&me, data).await);
    }
    let contact = Event::Contact {
        phone: "+7 999\0 765-43-21".into(),
        first_name: "An\0na".into(),
        last_name: Some("\0".into()),
        own: false,
    };
    no_internal_error("contact", &b.engine.handle(&me, contact).await);
    let photo = Event::Photo { file_id: "AgAD\0x".into(), caption: Some("sale\0!".into()) };
    no_internal_error("photo", &b.engine.handle(&me, photo).await);
    let group = Actor { chat: Chat::Group(-100), ..me.clone() };
    // A group nobody linked to a team is answered with silence; what matters is that nothing failed.
    let replies = b.engine.handle(&group, Event::Text("/digest\0".into())).await;
    assert!(!World::keys(&replies).contains(&"err-internal"), "{:?}", World::keys(&replies));
}

async fn a_customers_message_with_nul_reaches_the_team(store: Arc<dyn Store>) {
    let b = World::over(store);
    let owner = actor(1001, "en");
    b.onboard(&owner, "en", "Europe/Moscow").await;
    let link = b.render(&b.say(&owner, "/optin").await);
    let at = link.find("/start ").expect("an opt-in link") + "/start ".len();
    let code: String = link[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || "-_".contains(*c)).collect();
    let anna = Actor { display_name: "An\0na".into(), ..actor(5001, "en") };
    let offer = b.say(&anna, &format!("/start {code}\0")).await;
    let agree = offer.iter().flat_map(|r| r.buttons.iter().flatten()).find(|x| x.data.starts_with("C:A")).unwrap();
    no_internal_error("agree", &b.press(&anna, &agree.data).await);

    let replies = b.say(&anna, "my card is\0 broken").await;
    no_internal_error("customer message", &replies);
    let to_owner = replies.iter().find(|r| r.to == Some(owner.user_id)).expect("the message reaches the owner");
    assert!(b.render(std::slice::from_ref(to_owner)).contains("my card is broken"), "{}", b.render(&replies));
    let ws = b.store.member_by_tg(owner.user_id).await.unwrap().unwrap().workspace_id.unwrap();
    let client = b.store.customer_in_team(ws, anna.user_id).await.unwrap().expect("a client");
    assert_eq!(client.name, "Anna");
    let history = b.store.recent_activities(ws, client.id, 5).await.unwrap();
    assert!(history.iter().any(|a| a.summary == "my card is broken"), "{history:?}");
}

#[tokio::test]
async fn nul_never_reaches_sqlite() {
    run_sqlite(nul_never_reaches_the_database).await;
}

#[tokio::test]
async fn nul_never_reaches_postgres() {
    run_postgres(nul_never_reaches_the_database).await;
}

#[tokio::test]
async fn a_customers_message_with_nul_reaches_the_team_on_sqlite() {
    run_sqlite(a_customers_message_with_nul_reaches_the_team).await;
}

#[tokio::test]
async fn a_customers_message_with_nul_reaches_the_team_on_postgres() {
    run_postgres(a_customers_message_with_nul_reaches_the_team).await;
}

async fn far_dates_are_refused_by_every_reader(store: Arc<dyn Store>) {
    let b = World::over(store);
    let me = actor(1, "en");
    let (_ws, client) = team_with_client(&b, &me).await;
    for line in [
        "/remind in 100000 weeks call",
        "/remind 31.12.99999 call",
        "/remind 31.12.0000 call",
        "/meet Ivan 01.01.0000 demo",
        "/call Ivan 31.12.99999 price",
        "/deal 500 EUR Ivan website 0000-01-01",
        "/pipeline 0000-01",
        "/pipeline 01.01.0000..31.12.0000",
        "/pipeline q1 2099",
        "/pipeline 2099-01",
    ] {
        let replies = b.say(&me, line).await;
        assert_eq!(World::keys(&replies), ["err-date-range"], "{line}: {}", b.render(&replies));
        let text = b.render(&replies);
        assert!(text.contains("from 2016 to 2036") && text.contains("E.g."), "{line}: {text}");
    }
    assert_eq!(b.store.next_pending_at().await.unwrap(), None, "no reminder stored");
    let history = b.store.recent_activities(_ws, client, 10).await.unwrap();
    assert!(history.is_empty(), "no meeting or call stored: {history:?}");

    // Every language explains it in its own words.
    for lang in ["ru", "es", "hi", "vi", "fa", "ta"] {
        let member = actor(10, lang);
        b.onboard(&member, lang, "Europe/Moscow").await;
        let replies = b.say(&member, "/remind 31.12.99999 x").await;
        assert_eq!(World::keys(&replies), ["err-date-range"], "{lang}");
        assert_eq!(replies[0].lang, lang);
        assert!(b.render(&replies).contains("2036"), "{lang}: {}", b.render(&replies));
    }
}

#[tokio::test]
async fn far_dates_are_refused_on_sqlite() {
    run_sqlite(far_dates_are_refused_by_every_reader).await;
}

#[tokio::test]
async fn far_dates_are_refused_on_postgres() {
    run_postgres(far_dates_are_refused_by_every_reader).await;
}

async fn dates_of_another_year_show_their_year(store: Arc<dyn Store>) {
    let b = World::over(store);
    let me = actor(1, "en");
    team_with_client(&b, &me).await;
    let replies = b.say(&me, "/remind 16.06.2028 10:00 renew the lease").await;
    assert_eq!(World::keys(&replies), ["remind-set"]);
    assert!(b.render(&replies).contains("Fri 16 Jun 2028, 10:00"), "{}", b.render(&replies));
    let replies = b.say(&me, "/remind in 10 weeks send the offer").await;
    assert!(b.render(&replies).contains("Mon 01 Feb 2027, 09:00"), "{}", b.render(&replies));
    let replies = b.say(&me, "/remind 25.11 10:00 this year's").await;
    assert!(b.render(&replies).contains("Wed 25 Nov, 10:00"), "this year's date stays short: {}", b.render(&replies));
    let replies = b.say(&me, "/meet Ivan 02.03.2025 signed").await;
    assert!(b.render(&replies).contains("2025"), "{}", b.render(&replies));
}

#[tokio::test]
async fn dates_of_another_year_show_their_year_on_sqlite() {
    run_sqlite(dates_of_another_year_show_their_year).await;
}

#[tokio::test]
async fn dates_of_another_year_show_their_year_on_postgres() {
    run_postgres(dates_of_another_year_show_their_year).await;
}

async fn stale_button(store: Arc<dyn Store>) {
    let b = World::over(store);
    let newcomer = actor(7, "en");
    let replies = b.press(&newcomer, "zz:1").await;
    assert_eq!(World::keys(&replies), ["err-stale-button"]);
    let text = b.render(&replies);
    assert!(!text.contains("/find"), "no client to find for someone without a team: {text}");
    assert!(text.contains("/help"), "{text}");
}

#[tokio::test]
async fn a_stale_button_says_something_true_for_whoever_pressed_it() {
    run_sqlite(stale_button).await;
}
