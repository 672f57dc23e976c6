//! Who sees and changes what: the shared base, read-only colleagues' clients, leads, reassigning a client,
//! every team command and button tried as each role and as a member of another team.

mod common;
mod team_support;

use common::{World, actor, world};
use pocketcrm::core::{Actor, Reply};
use pocketcrm::store::Client;
use team_support::{add_client, arg, button_for, buttons_labelled, invite, join_as, member, team_of_two};

/// Owner (1), manager (2) with a client, a second manager (3) and a lead (4) in one team.
struct Team {
    owner: Actor,
    manager: Actor,
    colleague: Actor,
    lead: Actor,
    client: Client,
    ws: i64,
}

async fn team(w: &World) -> Team {
    let (owner, manager) = team_of_two(w).await;
    let colleague = actor(3, "en");
    join_as(w, &owner, &colleague, "").await;
    let lead = actor(4, "en");
    join_as(w, &owner, &lead, "lead").await;
    let client = add_client(w, &manager, "Ivan Petrov +7 999 123-45-67 #vip").await;
    w.say(&manager, "/meet yesterday 11:00 discussed the price").await;
    let ws = member(w, &owner).await.workspace_id.unwrap();
    Team { owner, manager, colleague, lead, client, ws }
}

fn keys(replies: &[Reply]) -> Vec<&'static str> {
    World::keys(replies)
}

#[tokio::test]
async fn a_manager_opens_a_colleagues_client_read_only() {
    let w = world().await;
    let t = team(&w).await;
    let replies = w.say(&t.colleague, "/find Ivan").await;
    assert!(keys(&replies).contains(&"card-name"), "{:?}", keys(&replies));
    assert_eq!(arg(&replies, "card-owner", "owner").as_deref(), Some("Member 2"));
    assert!(buttons_labelled(&replies, "btn-assign").is_empty(), "a manager cannot reassign");
    let id = t.client.id;
    for data in [format!("m:{id}"), format!("k:{id}"), format!("n:{id}"), format!("e:{id}")] {
        let replies = w.press(&t.colleague, &data).await;
        assert_eq!(keys(&replies), vec!["err-read-only"], "{data}");
    }
    // Typed commands on the client in focus are refused the same way.
    for cmd in ["/note wants a discount", "/meet tomorrow 15:00 demo"] {
        let replies = w.say(&t.colleague, cmd).await;
        assert_eq!(keys(&replies), vec!["err-read-only"], "{cmd}");
    }
    assert_eq!(w.store.recent_activities(t.ws, id, 10).await.unwrap().len(), 1, "nothing was written");
}

#[tokio::test]
async fn without_the_shared_base_a_manager_cannot_see_a_colleagues_client_at_all() {
    let w = world().await;
    let t = team(&w).await;
    w.say(&t.owner, "/team shared off").await;
    let replies = w.say(&t.colleague, "/find Ivan").await;
    assert_eq!(keys(&replies), vec!["find-none"]);
    let replies = w.say(&t.colleague, "/find 999 123").await;
    assert_eq!(keys(&replies), vec!["find-none"]);
    let id = t.client.id;
    for data in [format!("c:{id}"), format!("m:{id}"), format!("e:{id}"), format!("rn:{id}")] {
        let replies = w.press(&t.colleague, &data).await;
        assert_eq!(keys(&replies), vec!["err-client-gone"], "{data}");
    }
    // Their own and the lead's view are untouched.
    assert!(keys(&w.say(&t.manager, "/find Ivan").await).contains(&"card-name"));
    assert!(keys(&w.say(&t.lead, "/find Ivan").await).contains(&"card-name"));
}

#[tokio::test]
async fn a_lead_edits_any_client_and_reassigns_it_keeping_the_history() {
    let w = world().await;
    let t = team(&w).await;
    let replies = w.say(&t.lead, "/find Ivan").await;
    let reassign = buttons_labelled(&replies, "btn-assign");
    assert_eq!(reassign, vec![format!("T:w:{}:{}", t.ws, t.client.id)]);
    let replies = w.press(&t.lead, &format!("m:{}", t.client.id)).await;
    assert_eq!(keys(&replies), vec!["ask-meeting"]);
    let replies = w.say(&t.lead, "/cancel").await;
    assert_eq!(keys(&replies), vec!["cancelled"]);

    let replies = w.press(&t.lead, &reassign[0]).await;
    assert_eq!(arg(&replies, "assign-pick", "owner").as_deref(), Some("Member 2"));
    assert!(button_for(&replies, "btn-assign-to", "Member 2").is_none(), "not to the current owner");
    let to = button_for(&replies, "btn-assign-to", "Member 3").unwrap();
    let replies = w.press(&t.lead, &to).await;
    assert_eq!(keys(&replies), vec!["assign-done"]);
    let colleague = member(&w, &t.colleague).await.id;
    let client = w.store.get_client(t.ws, t.client.id).await.unwrap().unwrap();
    assert_eq!(client.owner_member_id, colleague);
    let history = w.store.recent_activities(t.ws, t.client.id, 10).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].author_member_id, member(&w, &t.manager).await.id, "the history keeps its author");

    // Now the first manager sees it read-only, and the colleague may edit.
    let replies = w.press(&t.manager, &format!("e:{}", t.client.id)).await;
    assert_eq!(keys(&replies), vec!["err-read-only"]);
    let replies = w.press(&t.colleague, &format!("e:{}", t.client.id)).await;
    assert_eq!(keys(&replies), vec!["edit-prompt"]);
}

#[tokio::test]
async fn assign_works_on_the_client_in_focus_and_explains_what_is_missing() {
    let w = world().await;
    let t = team(&w).await;
    let replies = w.say(&t.owner, "/assign").await;
    assert_eq!(keys(&replies), vec!["err-assign-focus"], "nothing in focus yet");
    w.say(&t.owner, "/find Ivan").await;
    let replies = w.say(&t.owner, "/assign").await;
    assert_eq!(keys(&replies), vec!["assign-pick"]);
    let to_owner = button_for(&replies, "btn-assign-to", "Member 1").unwrap();
    assert_eq!(keys(&w.press(&t.owner, &to_owner).await), vec!["assign-done"]);
    assert_eq!(
        w.store.get_client(t.ws, t.client.id).await.unwrap().unwrap().owner_member_id,
        member(&w, &t.owner).await.id
    );
    let replies = w.say(&t.manager, "/assign").await;
    assert_eq!(keys(&replies), vec!["err-role"]);
    // A member who is not in the team cannot receive a client.
    let replies = w.press(&t.owner, &format!("T:a:{}:{}:999", t.ws, t.client.id)).await;
    assert_eq!(keys(&replies), vec!["err-member-gone"]);
    // Alone in a team: nobody to give it to.
    let solo = actor(9, "en");
    w.onboard(&solo, "en", "Moscow").await;
    add_client(&w, &solo, "Somebody").await;
    assert_eq!(keys(&w.say(&solo, "/assign").await), vec!["err-assign-alone"]);
}

#[tokio::test]
async fn only_the_owner_manages_the_team() {
    let w = world().await;
    let t = team(&w).await;
    let code = invite(&w, &t.owner, "").await;
    let inv = w.store.active_invites(t.ws, common::monday_morning()).await.unwrap()[0].id;
    assert!(!code.is_empty());
    let m = member(&w, &t.manager).await.id;
    let c = member(&w, &t.colleague).await.id;
    let ws = t.ws;
    let commands = ["/invite", "/invite lead", "/invites", "/team name Mine", "/team stale 3", "/team shared off"];
    let buttons = [
        format!("T:v:{ws}:{inv}"),
        format!("T:r:{ws}:{m}:l"),
        format!("T:x:{ws}:{m}"),
        format!("T:h:{ws}:{m}:{c}"),
        format!("T:b:{ws}:0"),
    ];
    for who in [&t.lead, &t.manager] {
        for cmd in commands {
            assert_eq!(keys(&w.say(who, cmd).await), vec!["err-role"], "{} {cmd}", who.user_id);
        }
        for data in &buttons {
            assert_eq!(keys(&w.press(who, data).await), vec!["err-role"], "{} {data}", who.user_id);
        }
    }
    // Nothing changed.
    let team = w.store.get_workspace(ws).await.unwrap().unwrap();
    assert_eq!((team.name.as_str(), team.stale_days, team.shared_base), ("Member 1", 14, true));
    assert_eq!(w.store.active_invites(ws, common::monday_morning()).await.unwrap().len(), 1);
    assert_eq!(w.store.team_members(ws).await.unwrap().len(), 4);
    assert_eq!(w.store.membership(ws, m).await.unwrap().unwrap().role, "manager");
}

/// Every team command, as every role, as a member of another team and as someone with no team at all.
#[tokio::test]
async fn each_team_command_as_each_role() {
    let w = world().await;
    let t = team(&w).await;
    let outsider = actor(8, "en");
    w.onboard(&outsider, "en", "Moscow").await;
    let nobody = actor(9, "en");
    for who in [&t.owner, &t.lead, &t.manager, &outsider] {
        // Each has the client of their own team in focus (the outsider has one of their own).
        if who.user_id == 8 {
            add_client(&w, who, "Own Client").await;
        } else {
            w.say(who, "/find Ivan").await;
        }
    }
    let o = "owner";
    let l = "lead";
    let m = "manager";
    let x = "outsider";
    let n = "nobody";
    // (command, [(who, expected first key)])
    let table: &[(&str, &[(&str, &str)])] = &[
        (
            "/invite",
            &[(o, "invite-created"), (l, "err-role"), (m, "err-role"), (x, "invite-created"), (n, "err-no-workspace")],
        ),
        (
            "/invites",
            &[(o, "invites-title"), (l, "err-role"), (m, "err-role"), (x, "invites-title"), (n, "err-no-workspace")],
        ),
        (
            "/team",
            &[(o, "team-title"), (l, "team-title"), (m, "team-title"), (x, "team-title"), (n, "err-no-workspace")],
        ),
        (
            "/team stale 10",
            &[(o, "team-stale-set"), (l, "err-role"), (m, "err-role"), (x, "team-stale-set"), (n, "err-no-workspace")],
        ),
        (
            "/teams",
            &[(o, "teams-title"), (l, "teams-title"), (m, "teams-title"), (x, "teams-title"), (n, "teams-none")],
        ),
        (
            "/assign",
            &[
                (o, "assign-pick"),
                (l, "assign-pick"),
                (m, "err-role"),
                (x, "err-assign-alone"),
                (n, "err-no-workspace"),
            ],
        ),
    ];
    for (cmd, expectations) in table {
        for (who, expected) in *expectations {
            let actor = match *who {
                "owner" => &t.owner,
                "lead" => &t.lead,
                "manager" => &t.manager,
                "outsider" => &outsider,
                _ => &nobody,
            };
            let replies = w.say(actor, cmd).await;
            assert_eq!(keys(&replies).first().copied(), Some(*expected), "{cmd} as {who}: {:?}", keys(&replies));
        }
    }
    // The outsider's invite and settings went to their own team, never to ours.
    let team = w.store.get_workspace(t.ws).await.unwrap().unwrap();
    assert_eq!(team.stale_days, 10, "the owner's change");
    let outsiders = member(&w, &outsider).await.workspace_id.unwrap();
    assert_eq!(w.store.get_workspace(outsiders).await.unwrap().unwrap().stale_days, 10);
    assert_eq!(w.store.active_invites(t.ws, common::monday_morning()).await.unwrap().len(), 1);
}

/// A member of another team (an owner there, so no role check stops them first) gets "missing" for every
/// id of ours, and their search finds nothing of ours.
#[tokio::test]
async fn another_team_gets_missing_answers_for_every_id_and_finds_nothing() {
    let w = world().await;
    let t = team(&w).await;
    let outsider = actor(8, "en");
    w.onboard(&outsider, "en", "Moscow").await;
    invite(&w, &t.owner, "").await;
    let inv = w.store.active_invites(t.ws, common::monday_morning()).await.unwrap()[0].id;
    let id = t.client.id;
    let ws = t.ws;
    let m = member(&w, &t.manager).await.id;
    let c = member(&w, &t.colleague).await.id;
    let activity = w.store.recent_activities(ws, id, 1).await.unwrap()[0].id;
    w.say(&t.manager, "/remind tomorrow 10:00 call Ivan").await;
    let reminder = w
        .store
        .reminders_between(ws, m, common::monday_morning(), common::monday_morning() + chrono::Duration::days(2))
        .await
        .unwrap()[0]
        .id;
    let cases = [
        (format!("c:{id}"), "err-client-gone"),
        (format!("m:{id}"), "err-client-gone"),
        (format!("k:{id}"), "err-client-gone"),
        (format!("n:{id}"), "err-client-gone"),
        (format!("rn:{id}"), "err-client-gone"),
        (format!("e:{id}"), "err-client-gone"),
        (format!("o:{activity}:won"), "err-stale-button"),
        (format!("rd:{reminder}"), "err-stale-button"),
        (format!("rh:{reminder}"), "err-stale-button"),
        (format!("rt:{reminder}"), "err-stale-button"),
        (format!("T:w:{ws}:{id}"), "err-client-gone"),
        (format!("T:a:{ws}:{id}:{m}"), "err-client-gone"),
        (format!("T:r:{ws}:{m}:l"), "err-member-gone"),
        (format!("T:x:{ws}:{m}"), "err-member-gone"),
        (format!("T:h:{ws}:{m}:{c}"), "err-member-gone"),
        (format!("T:v:{ws}:{inv}"), "err-invite-gone"),
        (format!("T:b:{ws}:0"), "err-stale-button"),
        (format!("T:s:{ws}"), "err-team-gone"),
    ];
    for (data, expected) in &cases {
        let replies = w.press(&outsider, data).await;
        assert_eq!(keys(&replies), vec![*expected], "{data}");
    }
    // The same ids that do not exist at all answer the same way.
    let missing = 999_999;
    let own_ws = member(&w, &outsider).await.workspace_id.unwrap();
    for (data, expected) in [
        (format!("c:{missing}"), "err-client-gone"),
        (format!("T:w:{own_ws}:{missing}"), "err-client-gone"),
        (format!("T:r:{own_ws}:{missing}:l"), "err-member-gone"),
        (format!("T:v:{own_ws}:{missing}"), "err-invite-gone"),
        (format!("T:s:{missing}"), "err-team-gone"),
    ] {
        assert_eq!(keys(&w.press(&outsider, &data).await), vec![expected], "{data}");
    }
    for query in ["Ivan", "999 123", "#vip"] {
        let replies = w.say(&outsider, &format!("/find {query}")).await;
        assert_eq!(keys(&replies), vec!["find-none"], "{query}");
    }
    // Nothing of ours changed.
    assert_eq!(w.store.get_client(ws, id).await.unwrap().unwrap().owner_member_id, m);
    assert_eq!(w.store.team_members(ws).await.unwrap().len(), 4);
    assert!(w.store.get_workspace(ws).await.unwrap().unwrap().shared_base);
    assert_eq!(w.store.active_invites(ws, common::monday_morning()).await.unwrap().len(), 1);
    assert_eq!(w.store.get_activity(ws, activity).await.unwrap().unwrap().outcome, None);
}
