//! The customers' storage (`CustomerStore`) on both backends: opt-in links, subscribing (new client, personal
//! link, resume), stopping with the unsubscribe credited to a promotion, moving a customer onto a known client,
//! forgetting, promotion presses, and what /mydata reads.

mod common;

use std::future::Future;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::databases::{fresh_sqlite, with_fresh_postgres};
use pocketcrm::store::{
    ActivityKind, ConsentAction, NewActivity, NewCampaign, NewClient, NewSubscription, PromoState, Redeemed, Relinked,
    SegmentFilter, Standing, Store, SubjectKeys, Subscribed, SubscriptionChange,
};

const VERSION: &str = "cust-consent@1";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

/// Raw counts the API has no reason to offer (what must be gone after /forget, for instance).
enum Raw {
    Lite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

impl Raw {
    async fn count(&self, sql: &'static str, id: i64) -> i64 {
        match self {
            Raw::Lite(pool) => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_one(pool).await.unwrap(),
            Raw::Pg(pool) => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_one(pool).await.unwrap(),
        }
    }
}

async fn on_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Raw) -> Fut,
    Fut: Future<Output = ()>,
{
    let (url, _dir) = fresh_sqlite();
    let store = pocketcrm::store::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    let raw = Raw::Lite(sqlx::SqlitePool::connect(&url).await.expect("raw sqlite"));
    test(store, raw).await;
}

async fn on_postgres<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Raw) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_fresh_postgres(|url| async move {
        let store = pocketcrm::store::connect(&url).await.expect("open postgres");
        store.migrate().await.expect("migrate postgres");
        let raw = Raw::Pg(sqlx::PgPool::connect(&url).await.expect("raw postgres"));
        test(store, raw).await;
    })
    .await;
}

/// One test, run on both backends.
macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::on_sqlite(super::$name).await;
            }
            #[tokio::test]
            async fn postgres() {
                super::on_postgres(super::$name).await;
            }
        }
    };
}

struct Team {
    ws: i64,
    owner: i64,
}

async fn team(store: &Arc<dyn Store>, tg: i64, name: &str) -> Team {
    let owner = store.ensure_member(tg, name, "en", "UTC").await.unwrap();
    let ws = store.ensure_workspace(owner.id, name).await.unwrap();
    Team { ws: ws.id, owner: owner.id }
}

fn new_client(team: &Team, name: &str, phone: Option<&str>) -> NewClient {
    NewClient {
        workspace_id: team.ws,
        name: name.into(),
        name_folded: name.to_lowercase(),
        phones: phone.map(|p| vec![p.to_string()]).unwrap_or_default(),
        emails: vec![],
        company: None,
        tags: vec![],
        source: Some("telegram".into()),
        owner_member_id: team.owner,
        search_text: name.to_lowercase(),
    }
}

/// Stand-ins for the do-not-contact keys (the store only compares them).
fn keys(team: &Team, tg: i64) -> SubjectKeys {
    SubjectKeys { keyed: format!("hash-{}-{tg}", team.ws), legacy: format!("legacy-{}-{tg}", team.ws) }
}

/// `tg` agrees through a link (`client_id` for a personal one).
async fn subscribe(
    store: &Arc<dyn Store>,
    team: &Team,
    tg: i64,
    client_id: Option<i64>,
    at: DateTime<Utc>,
) -> Subscribed {
    let new = new_client(team, &format!("Customer {tg}"), None);
    let keys = keys(team, tg);
    let sub = NewSubscription {
        workspace_id: team.ws,
        tg_user_id: tg,
        lang: "ru",
        client_id,
        new_client: &new,
        link_code: Some("CODE-1"),
        text_version: VERSION,
        subject: &keys,
        now: at,
    };
    store.subscribe_customer(&sub).await.unwrap()
}

fn subscribed_client(outcome: Subscribed) -> pocketcrm::store::Client {
    match outcome {
        Subscribed::Done { client, .. } => client,
        other => panic!("expected a new subscription, got {other:?}"),
    }
}

fn change(
    team: &Team,
    tg: i64,
    to: PromoState,
    delivery: Option<i64>,
    at: DateTime<Utc>,
) -> SubscriptionChange<'static> {
    SubscriptionChange {
        workspace_id: team.ws,
        tg_user_id: tg,
        to,
        text_version: VERSION,
        delivery_id: delivery,
        now: at,
    }
}

/// A started promotion to every subscribed customer of the team (with a link, and unique codes); its deliveries
/// claimed and recorded as sent, by client id.
async fn sent_promo(store: &Arc<dyn Store>, team: &Team) -> Vec<(i64, i64, Option<String>)> {
    let mut new = NewCampaign::draft(team.ws, team.owner, "en");
    new.name = "Autumn".into();
    new.filter = Some(SegmentFilter::default().to_json());
    new.texts = r#"{"en":"Autumn sale"}"#.into();
    new.link_url = Some("https://shop.example/autumn".into());
    new.code_kind = "unique".into();
    let campaign = store.insert_campaign(&new).await.unwrap();
    store.start_campaign(campaign.id, now()).await.unwrap().expect("started");
    let rows = store.claim_deliveries(campaign.id, "test", now(), 100).await.unwrap();
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        assert!(store.record_sent(row.id, "test", 100 + i as i64, now()).await.unwrap());
        out.push((row.client_id.unwrap(), row.id, row.code.clone()));
    }
    out
}

async fn standing_tells_members_from_customers(store: Arc<dyn Store>, _raw: Raw) {
    assert_eq!(store.standing(500).await.unwrap(), Standing { member: false, customer: false });
    let shop = team(&store, 1, "Shop").await;
    assert_eq!(store.standing(1).await.unwrap(), Standing { member: true, customer: false });
    subscribe(&store, &shop, 500, None, now()).await;
    assert_eq!(store.standing(500).await.unwrap(), Standing { member: false, customer: true });
    // A member row without a team is no member.
    store.ensure_member(600, "Drifter", "en", "UTC").await.unwrap();
    assert_eq!(store.standing(600).await.unwrap(), Standing::default());
}
both!(standing_tells_members_from_customers);

async fn opt_in_links_are_made_once_per_team_and_client(store: Arc<dyn Store>, _raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let first = store.ensure_optin_link(shop.ws, None, shop.owner, "team-code-1", now()).await.unwrap();
    let again = store.ensure_optin_link(shop.ws, None, shop.owner, "team-code-2", now()).await.unwrap();
    assert_eq!(again, first);
    assert_eq!(first.client_id, None);
    assert!(store.optin_link("team-code-2").await.unwrap().is_none(), "the second code was never stored");

    let anna = store.insert_client(&new_client(&shop, "Anna", None)).await.unwrap();
    let personal = store.ensure_optin_link(shop.ws, Some(anna.id), shop.owner, "anna-code", now()).await.unwrap();
    assert_eq!(personal.client_id, Some(anna.id));
    let personal_again = store.ensure_optin_link(shop.ws, Some(anna.id), shop.owner, "other", now()).await.unwrap();
    assert_eq!(personal_again.code, "anna-code");
    assert_eq!(store.optin_link("anna-code").await.unwrap(), Some(personal.clone()));

    let renewed = store.renew_team_optin_link(shop.ws, shop.owner, "team-code-3", now()).await.unwrap();
    assert_eq!(renewed.code, "team-code-3");
    assert!(store.optin_link("team-code-1").await.unwrap().is_none(), "the old team link stops working");
    assert_eq!(store.optin_link("anna-code").await.unwrap(), Some(personal), "personal links stay");
}
both!(opt_in_links_are_made_once_per_team_and_client);

async fn subscribing_makes_a_client_and_records_the_consent(store: Arc<dyn Store>, _raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let Subscribed::Done { client, action, created } = subscribe(&store, &shop, 500, None, now()).await else {
        panic!("not subscribed")
    };
    assert!(created);
    assert_eq!(action, ConsentAction::Optin);
    assert_eq!((client.tg_user_id, client.lang.as_deref()), (Some(500), Some("ru")));
    assert!(client.subscribed());
    assert_eq!(client.promo_since, Some(now()));
    assert_eq!(client.owner_member_id, shop.owner);
    let trail = store.consent_trail(shop.ws, client.id).await.unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(
        (trail[0].action.as_str(), trail[0].text_version.as_str(), trail[0].link_code.as_deref()),
        ("optin", VERSION, Some("CODE-1"))
    );
    // Agreeing twice changes nothing.
    let again = subscribe(&store, &shop, 500, None, now() + Duration::minutes(1)).await;
    assert!(matches!(again, Subscribed::Already(ref c) if c.id == client.id));
    assert_eq!(store.consent_trail(shop.ws, client.id).await.unwrap().len(), 1);
    assert_eq!(store.customer_in_team(shop.ws, 500).await.unwrap().map(|c| c.id), Some(client.id));
    assert_eq!(store.customer_in_team(shop.ws, 501).await.unwrap(), None);
}
both!(subscribing_makes_a_client_and_records_the_consent);

async fn a_personal_link_lands_on_its_client(store: Arc<dyn Store>, raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let auto = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    let anna = store.insert_client(&new_client(&shop, "Anna", Some("+79991234567"))).await.unwrap();
    let later = now() + Duration::hours(1);
    let Subscribed::Done { client, created, action } = subscribe(&store, &shop, 500, Some(anna.id), later).await else {
        panic!("not subscribed")
    };
    assert!(!created);
    assert_eq!(action, ConsentAction::Optin, "agreeing on the personal link is a consent of its own");
    assert_eq!((client.id, client.tg_user_id), (anna.id, Some(500)));
    assert_eq!(store.customer_in_team(shop.ws, 500).await.unwrap().map(|c| c.id), Some(anna.id));
    // The client the team link made had nothing on it: gone, its consent trail moved to Anna.
    assert_eq!(store.get_client(shop.ws, auto.id).await.unwrap(), None);
    assert_eq!(
        store.consent_trail(shop.ws, anna.id).await.unwrap().len(),
        2,
        "the team link's, and the personal one's"
    );
    assert_eq!(raw.count("SELECT COUNT(*) FROM consent WHERE client_id = $1", auto.id).await, 0);
    // Someone else with Anna's link: her record belongs to another Telegram user.
    assert_eq!(subscribe(&store, &shop, 777, Some(anna.id), now()).await, Subscribed::Taken);
    assert_eq!(store.customer_in_team(shop.ws, 777).await.unwrap(), None);
}
both!(a_personal_link_lands_on_its_client);

async fn stopping_and_resuming_record_consent(store: Arc<dyn Store>, _raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let client = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    let other = subscribed_client(subscribe(&store, &shop, 501, None, now()).await);
    let sent = sent_promo(&store, &shop).await;
    let delivery = sent.iter().find(|(c, ..)| *c == client.id).unwrap().1;
    let others = sent.iter().find(|(c, ..)| *c == other.id).unwrap().1;
    let later = now() + Duration::hours(1);

    // Someone else's delivery is not credited: only the customer's own.
    let (stopped, changed) = store
        .change_subscription(&change(&shop, 500, PromoState::Stopped, Some(others), later))
        .await
        .unwrap()
        .unwrap();
    assert!(changed);
    assert_eq!(stopped.promo_state, "stopped");
    assert_eq!(stopped.promo_since, Some(later));
    assert_eq!(unsubscribes(&store, &sent).await, 0);
    let (_, changed) = store
        .change_subscription(&change(&shop, 500, PromoState::Stopped, Some(delivery), later))
        .await
        .unwrap()
        .unwrap();
    assert!(!changed, "stopping twice changes nothing");
    let (resumed, changed) =
        store.change_subscription(&change(&shop, 500, PromoState::Subscribed, None, later)).await.unwrap().unwrap();
    assert!(changed && resumed.subscribed());
    let (_, changed) = store
        .change_subscription(&change(&shop, 500, PromoState::Stopped, Some(delivery), later))
        .await
        .unwrap()
        .unwrap();
    assert!(changed);
    let actions: Vec<String> =
        store.consent_trail(shop.ws, client.id).await.unwrap().into_iter().map(|c| c.action).collect();
    assert_eq!(actions, ["optin", "stop", "resume", "stop"]);
    assert_eq!(unsubscribes(&store, &sent).await, 1, "the Unsubscribe press is credited once");
    // Opening the link again after /stop is a resume.
    let Subscribed::Done { action, .. } = subscribe(&store, &shop, 500, None, later).await else { panic!() };
    assert_eq!(action, ConsentAction::Resume);
    assert_eq!(store.change_subscription(&change(&shop, 999, PromoState::Stopped, None, later)).await.unwrap(), None);
}
both!(stopping_and_resuming_record_consent);

/// How many unsubscribes the campaign of these deliveries is credited with.
async fn unsubscribes(store: &Arc<dyn Store>, sent: &[(i64, i64, Option<String>)]) -> i64 {
    let Some((_, delivery, _)) = sent.first() else { return 0 };
    let press = store.promo_press(*delivery).await.unwrap().unwrap();
    store.campaign_tally(press.campaign_id).await.unwrap().unsubscribes
}

async fn relinking_moves_the_customer_onto_a_known_client(store: Arc<dyn Store>, raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let auto = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    let message = NewActivity {
        workspace_id: shop.ws,
        client_id: auto.id,
        kind: ActivityKind::Message,
        happens_at: now(),
        done: true,
        summary: "Do you have it in blue?".into(),
        outcome: Some("in".into()),
        author_member_id: shop.owner,
        deal_id: None,
    };
    store.insert_activity(&message).await.unwrap();
    let known = store.insert_client(&new_client(&shop, "Anna Petrova", Some("+79991234567"))).await.unwrap();
    let later = now() + Duration::hours(1);
    let Relinked::Moved { client, removed_old } = store.relink_customer(shop.ws, 500, known.id, later).await.unwrap()
    else {
        panic!("not moved")
    };
    assert!(removed_old, "the auto-made client had only the customer's own rows");
    assert_eq!((client.id, client.tg_user_id, client.lang.as_deref()), (known.id, Some(500), Some("ru")));
    assert!(client.subscribed());
    assert_eq!(client.promo_since, Some(now()), "subscribed since the opt-in, not since the merge");
    assert_eq!(store.consent_trail(shop.ws, known.id).await.unwrap().len(), 1);
    assert_eq!(raw.count("SELECT COUNT(*) FROM activity WHERE client_id = $1", known.id).await, 1);
    assert_eq!(store.get_client(shop.ws, auto.id).await.unwrap(), None);

    assert!(matches!(store.relink_customer(shop.ws, 500, known.id, later).await.unwrap(), Relinked::Same(_)));
    assert_eq!(store.relink_customer(shop.ws, 404, known.id, later).await.unwrap(), Relinked::NotCustomer);
    let taken = subscribed_client(subscribe(&store, &shop, 501, None, now()).await);
    assert_eq!(store.relink_customer(shop.ws, 500, taken.id, later).await.unwrap(), Relinked::Taken);
    let elsewhere = team(&store, 2, "Other").await;
    let foreign = store.insert_client(&new_client(&elsewhere, "Foreign", None)).await.unwrap();
    assert_eq!(store.relink_customer(shop.ws, 500, foreign.id, later).await.unwrap(), Relinked::Taken);
}
both!(relinking_moves_the_customer_onto_a_known_client);

async fn a_client_with_the_teams_work_on_it_is_kept(store: Arc<dyn Store>, _raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let auto = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    let note = NewActivity {
        workspace_id: shop.ws,
        client_id: auto.id,
        kind: ActivityKind::Note,
        happens_at: now(),
        done: true,
        summary: "Asked about prices".into(),
        outcome: None,
        author_member_id: shop.owner,
        deal_id: None,
    };
    store.insert_activity(&note).await.unwrap();
    let known = store.insert_client(&new_client(&shop, "Anna", Some("+79991234567"))).await.unwrap();
    let Relinked::Moved { removed_old, .. } = store.relink_customer(shop.ws, 500, known.id, now()).await.unwrap()
    else {
        panic!("not moved")
    };
    assert!(!removed_old);
    let kept = store.get_client(shop.ws, auto.id).await.unwrap().expect("kept");
    assert_eq!((kept.tg_user_id, kept.promo_state.as_str()), (None, "none"));
}
both!(a_client_with_the_teams_work_on_it_is_kept);

async fn forgetting_erases_the_person_and_all_the_team_wrote(store: Arc<dyn Store>, raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let mut client = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    client.phones = "+79991234567".into();
    client.emails = "anna@example.com".into();
    client.tags = "vip".into();
    client.company = Some("Acme".into());
    client.search_text = "anna acme 79991234567".into();
    store.update_client(&client).await.unwrap();
    store.ensure_optin_link(shop.ws, Some(client.id), shop.owner, "anna-code", now()).await.unwrap();
    for (kind, outcome) in [(ActivityKind::Message, Some("in")), (ActivityKind::Note, None)] {
        let activity = NewActivity {
            workspace_id: shop.ws,
            client_id: client.id,
            kind,
            happens_at: now(),
            done: true,
            summary: "words".into(),
            outcome: outcome.map(Into::into),
            author_member_id: shop.owner,
            deal_id: None,
        };
        store.insert_activity(&activity).await.unwrap();
    }
    let sent = sent_promo(&store, &shop).await;
    let delivery = sent[0].1;
    let keys = keys(&shop, 500);
    assert!(!store.is_do_not_contact(shop.ws, &keys).await.unwrap());

    assert!(store.forget_customer(shop.ws, 500, &keys, VERSION, now()).await.unwrap());
    assert!(store.get_client(shop.ws, client.id).await.unwrap().is_none(), "the client row goes with them");
    assert_eq!(raw.count("SELECT COUNT(*) FROM activity WHERE client_id = $1", client.id).await, 0, "notes too");
    assert_eq!(raw.count("SELECT COUNT(*) FROM consent WHERE client_id = $1", client.id).await, 0);
    assert_eq!(
        raw.count(
            "SELECT COUNT(*) FROM consent WHERE workspace_id = $1 AND client_id IS NULL AND action = 'forget'",
            shop.ws
        )
        .await,
        1
    );
    assert!(store.optin_link("anna-code").await.unwrap().is_none());
    assert_eq!(store.promo_press(delivery).await.unwrap(), None, "the promotion sent to them goes too");
    assert_eq!(raw.count("SELECT COUNT(*) FROM do_not_contact WHERE workspace_id = $1", shop.ws).await, 1);
    assert!(store.is_do_not_contact(shop.ws, &keys).await.unwrap());
    assert!(store.customer_links(500).await.unwrap().is_empty());
    assert_eq!(store.standing(500).await.unwrap(), Standing::default());
    assert!(!store.forget_customer(shop.ws, 500, &keys, VERSION, now()).await.unwrap(), "nothing left to forget");

    // A fresh opt-in lifts the do-not-contact record and makes a new client.
    let fresh = NewClient { ..new_client(&shop, "Anna again", None) };
    let sub = NewSubscription {
        workspace_id: shop.ws,
        tg_user_id: 500,
        lang: "en",
        client_id: None,
        new_client: &fresh,
        link_code: None,
        text_version: VERSION,
        subject: &keys,
        now: now(),
    };
    let Subscribed::Done { client: again, action, created } = store.subscribe_customer(&sub).await.unwrap() else {
        panic!()
    };
    assert!(created && again.id != client.id);
    assert_eq!(action, ConsentAction::Optin);
    assert!(!store.is_do_not_contact(shop.ws, &keys).await.unwrap());
    assert_eq!(raw.count("SELECT COUNT(*) FROM do_not_contact WHERE workspace_id = $1", shop.ws).await, 0);
}
both!(forgetting_erases_the_person_and_all_the_team_wrote);

async fn a_promotion_press_counts_once_and_only_for_its_customer(store: Arc<dyn Store>, _raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let client = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    let sent = sent_promo(&store, &shop).await;
    let delivery = sent[0].1;
    let press = store.promo_press(delivery).await.unwrap().unwrap();
    assert_eq!((press.client_id, press.tg_user_id, press.workspace_id), (Some(client.id), Some(500), shop.ws));
    assert_eq!(press.link_url.as_deref(), Some("https://shop.example/autumn"));
    assert_eq!((press.team_name.as_str(), press.pressed_at), ("Shop", None));
    assert!(!store.record_promo_press(delivery, 501, now()).await.unwrap(), "not theirs");
    assert!(store.record_promo_press(delivery, 500, now()).await.unwrap());
    assert!(!store.record_promo_press(delivery, 500, now() + Duration::hours(1)).await.unwrap());
    assert_eq!(store.promo_press(delivery).await.unwrap().unwrap().pressed_at, Some(now()));
    assert_eq!(store.promo_press(delivery + 1000).await.unwrap(), None);
}
both!(a_promotion_press_counts_once_and_only_for_its_customer);

async fn mydata_reads_the_customers_own_rows(store: Arc<dyn Store>, _raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let client = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    let neighbour = subscribed_client(subscribe(&store, &shop, 501, None, now()).await);
    let sent = sent_promo(&store, &shop).await;
    let (_, delivery, code) = sent.iter().find(|(c, ..)| *c == client.id).cloned().unwrap();
    let code = code.expect("a unique code");
    let redeemed = store.redeem_code(shop.ws, &code, None, shop.owner, now()).await.unwrap();
    assert!(matches!(redeemed, Redeemed::Done { .. }), "{redeemed:?}");

    let mine = store.customer_deliveries(shop.ws, client.id, 20).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(
        (mine[0].delivery_id, mine[0].kind.as_str(), mine[0].code.as_deref()),
        (delivery, "promo", Some(&*code))
    );
    assert_eq!(mine[0].sent_at, Some(now()));
    let codes: Vec<String> =
        store.customer_redemptions(shop.ws, client.id).await.unwrap().into_iter().map(|r| r.code).collect();
    assert_eq!(codes, [code]);
    assert!(store.customer_redemptions(shop.ws, neighbour.id).await.unwrap().is_empty());
    // Another team asking about this client sees nothing.
    let other = team(&store, 2, "Other").await;
    assert!(store.customer_deliveries(other.ws, client.id, 20).await.unwrap().is_empty());
    assert!(store.consent_trail(other.ws, client.id).await.unwrap().is_empty());
}
both!(mydata_reads_the_customers_own_rows);

async fn the_team_dealt_with_last_comes_first(store: Arc<dyn Store>, _raw: Raw) {
    let shop = team(&store, 1, "Shop").await;
    let cafe = team(&store, 2, "Cafe").await;
    let at_shop = subscribed_client(subscribe(&store, &shop, 500, None, now()).await);
    let at_cafe = subscribed_client(subscribe(&store, &cafe, 500, None, now() + Duration::minutes(1)).await);
    let order = |links: Vec<pocketcrm::store::CustomerLink>| -> Vec<String> {
        links.into_iter().map(|l| l.team_name).collect()
    };
    assert_eq!(order(store.customer_links(500).await.unwrap()), ["Cafe", "Shop"]);
    store.touch_customer(shop.ws, at_shop.id, now() + Duration::minutes(2)).await.unwrap();
    let links = store.customer_links(500).await.unwrap();
    assert_eq!(links[0].seen_at, Some(now() + Duration::minutes(2)));
    assert_eq!(order(links), ["Shop", "Cafe"]);
    assert_eq!(store.set_customer_lang(500, "vi", now()).await.unwrap(), 2);
    assert_eq!(store.get_client(cafe.ws, at_cafe.id).await.unwrap().unwrap().lang.as_deref(), Some("vi"));
    assert_eq!(store.customer_links(500).await.unwrap()[0].promo_cap_week, 2);
}
both!(the_team_dealt_with_last_comes_first);
