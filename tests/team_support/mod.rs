//! Helpers for the team tests: invite, join, read what a reply said.
#![allow(dead_code)]

use pocketcrm::core::{Actor, Arg, Reply, Text};
use pocketcrm::store::{Client, Member};

use crate::common::{World, actor};

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

/// The payloads of the buttons whose label is the message `key`.
pub fn buttons_labelled(replies: &[Reply], key: &str) -> Vec<String> {
    replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .filter(|b| b.label.keys().contains(&key))
        .map(|b| b.data.clone())
        .collect()
}

/// The payload of the button labelled `key` whose `name` argument is `who`.
pub fn button_for(replies: &[Reply], key: &str, who: &str) -> Option<String> {
    replies.iter().flat_map(|r| r.buttons.iter().flatten()).find_map(|b| match &b.label {
        Text::Msg { key: k, args } if *k == key && args.iter().any(|(_, v)| matches!(v, Arg::Str(s) if s == who)) => {
            Some(b.data.clone())
        }
        _ => None,
    })
}

pub async fn member(w: &World, who: &Actor) -> Member {
    w.store.member_by_tg(who.user_id).await.unwrap().expect("member exists")
}

/// An invite code the owner made with `/invite <args>`.
pub async fn invite(w: &World, owner: &Actor, args: &str) -> String {
    let replies = w.say(owner, &format!("/invite {args}")).await;
    arg(&replies, "invite-raw", "code").unwrap_or_else(|| panic!("no invite in {:?}", World::keys(&replies)))
}

/// An owner (onboarded, with a team) and a manager who joined it by link without ever sending /start.
pub async fn team_of_two(w: &World) -> (Actor, Actor) {
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let manager = actor(2, "en");
    let code = invite(w, &owner, "").await;
    let replies = w.say(&manager, &format!("/start {code}")).await;
    assert!(World::keys(&replies).contains(&"join-welcome"), "{:?}", World::keys(&replies));
    (owner, manager)
}

/// A third member who joins the owner's team with `role`.
pub async fn join_as(w: &World, owner: &Actor, who: &Actor, role: &str) {
    let code = invite(w, owner, role).await;
    let replies = w.say(who, &format!("/start {code}")).await;
    assert!(World::keys(&replies).contains(&"join-welcome"), "{:?}", World::keys(&replies));
}

/// Add a client as `who` and return it.
pub async fn add_client(w: &World, who: &Actor, line: &str) -> Client {
    let replies = w.say(who, &format!("/add {line}")).await;
    assert!(World::keys(&replies).contains(&"client-added"), "{:?}", World::keys(&replies));
    let m = member(w, who).await;
    let id = m.focus_client_id.expect("the new client is in focus");
    w.store.get_client(m.workspace_id.unwrap(), id).await.unwrap().unwrap()
}
