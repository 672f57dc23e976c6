//! Helpers for the customers' tests: a team with its opt-in link, customers who open it, promotions sent to them.
#![allow(dead_code)]

use pocketcrm::core::{Actor, Chat, Reply};
use pocketcrm::store::{Client, Delivery, NewCampaign, SegmentFilter};

use crate::common::{World, actor, monday_morning};

pub struct Shop {
    pub owner: Actor,
    pub ws: i64,
    pub owner_member: i64,
    /// The team's opt-in code.
    pub code: String,
}

/// An onboarded owner and the team's opt-in link, from `/optin`.
pub async fn shop(w: &World) -> Shop {
    let owner = actor(1001, "en");
    w.onboard(&owner, "en", "Europe/Moscow").await;
    let replies = w.say(&owner, "/optin").await;
    let code = start_code(w, &replies);
    let member = w.store.member_by_tg(owner.user_id).await.unwrap().unwrap();
    Shop { owner, ws: member.workspace_id.unwrap(), owner_member: member.id, code }
}

/// The code of the `/start CODE` (console) link in the replies.
pub fn start_code(w: &World, replies: &[Reply]) -> String {
    let text = w.render(replies);
    let at = text.find("/start ").unwrap_or_else(|| panic!("no /start link in {text}")) + "/start ".len();
    text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

pub fn customer(id: i64, name: &str, lang: Option<&str>) -> Actor {
    Actor { user_id: id, display_name: name.into(), language_code: lang.map(Into::into), chat: Chat::Private }
}

/// The first button payload starting with `prefix`.
pub fn payload(replies: &[Reply], prefix: &str) -> Option<String> {
    World::buttons(replies).into_iter().find(|d| d.starts_with(prefix))
}

/// Open the link and agree; returns what agreeing answered.
pub async fn opt_in(w: &World, who: &Actor, code: &str) -> Vec<Reply> {
    let offer = w.say(who, &format!("/start {code}")).await;
    let agree = payload(&offer, "C:A").unwrap_or_else(|| panic!("no Agree in {:?}", World::keys(&offer)));
    w.press(who, &agree).await
}

/// The customer's client in the team.
pub async fn client_of(w: &World, ws: i64, who: &Actor) -> Client {
    w.store.customer_in_team(ws, who.user_id).await.unwrap().expect("a customer of the team")
}

/// A promotion with a link to every subscribed customer of the team, started; its deliveries.
pub async fn promotion(w: &World, shop: &Shop) -> Vec<Delivery> {
    let mut new = NewCampaign::draft(shop.ws, shop.owner_member, "en");
    new.name = "Autumn".into();
    new.filter = Some(SegmentFilter::default().to_json());
    new.texts = r#"{"en":"Autumn sale: -20% on coats"}"#.into();
    new.link_url = Some("https://shop.example/autumn".into());
    let campaign = w.store.insert_campaign(&new).await.unwrap();
    w.store.start_campaign(campaign.id, monday_morning()).await.unwrap().expect("started");
    w.store.claim_deliveries(campaign.id, "test", monday_morning(), 1000).await.unwrap()
}
