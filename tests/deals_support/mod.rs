//! Helpers for the deal tests: a team with members, the deal a member just made, the buttons on a card.
#![allow(dead_code)]

use pocketcrm::core::{Actor, Arg, Reply, Text};
use pocketcrm::store::{Deal, DealEvent, DealFilter, Member};

use crate::common::{World, actor};

pub async fn member(w: &World, who: &Actor) -> Member {
    w.store.member_by_tg(who.user_id).await.unwrap().expect("member exists")
}

pub async fn ws_of(w: &World, who: &Actor) -> i64 {
    member(w, who).await.workspace_id.expect("has a team")
}

/// The string argument `name` of the first message `key` in the replies.
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

/// The payload of the button whose label is exactly `label` (stage buttons are labelled with team data).
pub fn raw_button(replies: &[Reply], label: &str) -> Option<String> {
    replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .find(|b| b.label == Text::Raw(label.to_string()))
        .map(|b| b.data.clone())
}

/// The payload of the first button labelled with the message `key`.
pub fn key_button(replies: &[Reply], key: &str) -> Option<String> {
    replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .find(|b| b.label.keys().contains(&key))
        .map(|b| b.data.clone())
}

/// Every button payload starting with `prefix`.
pub fn buttons_with(replies: &[Reply], prefix: &str) -> Vec<String> {
    World::buttons(replies).into_iter().filter(|b| b.starts_with(prefix)).collect()
}

/// An owner, onboarded in English in Moscow, with a client in focus.
pub async fn owner_with_client(w: &World) -> Actor {
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let replies = w.say(&owner, "/add Ivan Petrov +7 999 123-45-67 @Acme").await;
    assert!(World::keys(&replies).contains(&"client-added"));
    owner
}

/// `who` joins the owner's team with `role` ("manager" or "lead") through an invite.
pub async fn join(w: &World, owner: &Actor, who: &Actor, role: &str) {
    let replies = w.say(owner, &format!("/invite {role}")).await;
    let code = arg(&replies, "invite-raw", "code").unwrap_or_else(|| panic!("no invite: {:?}", World::keys(&replies)));
    let replies = w.say(who, &format!("/start {code}")).await;
    assert!(World::keys(&replies).contains(&"join-welcome"), "{:?}", World::keys(&replies));
}

/// The deals of a team, newest first.
pub async fn deals(w: &World, ws: i64) -> Vec<Deal> {
    let (rows, _) = w.store.list_deals(ws, &DealFilter::default(), 100).await.unwrap();
    rows.into_iter().map(|r| r.deal).collect()
}

/// The one deal the team has.
pub async fn only_deal(w: &World, ws: i64) -> Deal {
    let all = deals(w, ws).await;
    assert_eq!(all.len(), 1, "{all:?}");
    all.into_iter().next().unwrap()
}

pub async fn reload(w: &World, deal: &Deal) -> Deal {
    w.store.get_deal(deal.workspace_id, deal.id).await.unwrap().expect("deal exists")
}

pub async fn history(w: &World, deal: &Deal) -> Vec<DealEvent> {
    w.store.deal_events(deal.workspace_id, deal.id, 100).await.unwrap()
}

/// The stage a deal is in, by its English name.
pub async fn stage_name(w: &World, deal: &Deal) -> String {
    let names = w.store.stage_names(deal.workspace_id).await.unwrap();
    names.into_iter().find(|n| n.stage_id == deal.stage_id && n.lang == "en").map(|n| n.name).unwrap_or_default()
}
