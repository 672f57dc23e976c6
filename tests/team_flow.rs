//! Teams end to end through the core: inviting, joining, /team, /teams, settings, removing a member.

mod common;
mod team_support;

use chrono::Duration;
use common::{World, actor, world};
use pocketcrm::core::Engine;
use team_support::{add_client, arg, button_for, buttons_labelled, invite, join_as, member, team_of_two};

#[tokio::test]
async fn an_invite_shows_the_raw_start_command_and_a_deep_link_when_the_bot_has_a_username() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let replies = w.say(&owner, "/invite").await;
    let code = arg(&replies, "invite-raw", "code").unwrap();
    assert_eq!(arg(&replies, "invite-created", "role").as_deref(), Some("manager"), "manager by default");
    assert!(arg(&replies, "invite-link", "link").is_none(), "the console has no username, so no t.me link");
    assert!(code.len() >= 22 && code.len() <= 64, "{code}");
    assert!(code.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "{code}");
    assert!(w.render(&replies).contains(&format!("/start {code}")));

    let mut engine: Engine = w.engine.clone();
    engine.set_bot_username("PocketCrmBot");
    let replies = engine.handle(&owner, pocketcrm::core::Event::Text("/invite lead".into())).await;
    let code = arg(&replies, "invite-raw", "code").unwrap();
    assert_eq!(arg(&replies, "invite-created", "role").as_deref(), Some("lead"));
    assert_eq!(arg(&replies, "invite-link", "link"), Some(format!("https://t.me/PocketCrmBot?start={code}")));
}

#[tokio::test]
async fn codes_are_different_every_time() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let a = invite(&w, &owner, "").await;
    let b = invite(&w, &owner, "").await;
    assert_ne!(a, b);
}

#[tokio::test]
async fn a_colleague_joins_by_link_with_the_invited_role_and_sees_the_team() {
    let w = world().await;
    let (owner, manager) = team_of_two(&w).await;
    let lead = actor(3, "ru");
    let code = invite(&w, &owner, "lead").await;
    let replies = w.say(&lead, &format!("/start {code}")).await;
    assert_eq!(arg(&replies, "join-welcome", "role").as_deref(), Some("lead"));
    assert_eq!(arg(&replies, "join-welcome", "team").as_deref(), Some("Member 1"));
    assert!(World::keys(&replies).contains(&"join-settings"), "a brand-new member is told about /tz and /lang");
    assert_eq!(replies[0].lang, "ru");
    let text = w.render(&replies);
    assert!(text.contains("руководитель"), "{text}");

    let owner_ws = member(&w, &owner).await.workspace_id.unwrap();
    for who in [&manager, &lead] {
        let m = member(&w, who).await;
        assert_eq!(m.workspace_id, Some(owner_ws));
    }
    let replies = w.say(&manager, "/team").await;
    assert_eq!(arg(&replies, "team-title", "count").as_deref(), Some("3"));
    assert!(World::buttons(&replies).is_empty(), "a manager sees the team but cannot manage it");
    let replies = w.say(&owner, "/team").await;
    assert!(button_for(&replies, "btn-make-lead", "Member 2").is_some());
    assert!(button_for(&replies, "btn-make-manager", "Member 3").is_some());
    assert!(button_for(&replies, "btn-remove", "Member 1").is_none(), "the owner cannot be removed");
}

#[tokio::test]
async fn a_used_expired_revoked_or_unknown_code_is_explained_and_changes_nothing() {
    let w = world().await;
    let (owner, _manager) = team_of_two(&w).await;
    let late = actor(5, "en");
    w.onboard(&late, "en", "Moscow").await;
    let before = member(&w, &late).await;

    // Used: the code the manager joined with, tried again by someone else.
    let used = invite(&w, &owner, "").await;
    w.say(&actor(6, "en"), &format!("/start {used}")).await;
    let replies = w.say(&late, &format!("/start {used}")).await;
    assert_eq!(World::keys(&replies), vec!["join-used"]);

    let expired = invite(&w, &owner, "").await;
    let revoked = invite(&w, &owner, "").await;
    let replies = w.say(&owner, "/invites").await;
    let revoke = buttons_labelled(&replies, "btn-revoke");
    assert_eq!(revoke.len(), 2);
    // Newest first: the first button withdraws the newest invite, `revoked`.
    let replies = w.press(&owner, &revoke[0]).await;
    assert_eq!(World::keys(&replies), vec!["invite-revoked"]);
    let replies = w.press(&owner, &revoke[0]).await;
    assert_eq!(World::keys(&replies), vec!["err-invite-gone"], "a second press finds nothing to withdraw");
    let replies = w.say(&late, &format!("/start {revoked}")).await;
    assert_eq!(World::keys(&replies), vec!["join-revoked"]);

    w.clock.advance(Duration::days(7) + Duration::seconds(1));
    let replies = w.say(&late, &format!("/start {expired}")).await;
    assert_eq!(World::keys(&replies), vec!["join-expired"]);
    let text = w.render(&replies);
    assert!(text.contains("new link"), "{text}");

    for junk in ["AAAAAAAAAAAAAAAAAAAAAAAA", "not a code!", &"x".repeat(65)] {
        let replies = w.say(&late, &format!("/start {junk}")).await;
        assert_eq!(World::keys(&replies), vec!["join-unknown"], "{junk}");
    }
    let after = member(&w, &late).await;
    assert_eq!(after.workspace_id, before.workspace_id);
    assert_eq!(w.store.member_teams(after.id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn only_open_invites_are_listed() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let replies = w.say(&owner, "/invites").await;
    assert_eq!(World::keys(&replies), vec!["invites-none"]);
    let code = invite(&w, &owner, "lead").await;
    invite(&w, &owner, "").await;
    w.say(&actor(2, "en"), &format!("/start {code}")).await;
    let replies = w.say(&owner, "/invites").await;
    assert_eq!(arg(&replies, "invites-title", "count").as_deref(), Some("1"));
    assert_eq!(arg(&replies, "invites-line", "role").as_deref(), Some("manager"));
    w.clock.advance(Duration::days(8));
    let replies = w.say(&owner, "/invites").await;
    assert_eq!(World::keys(&replies), vec!["invites-none"]);
}

#[tokio::test]
async fn an_invite_for_an_unknown_role_is_explained() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    for bad in ["owner", "boss"] {
        let replies = w.say(&owner, &format!("/invite {bad}")).await;
        assert_eq!(World::keys(&replies), vec!["err-invite-role"], "{bad}");
    }
    let ws = member(&w, &owner).await.workspace_id.unwrap();
    assert!(w.store.active_invites(ws, common::monday_morning()).await.unwrap().is_empty());
    let replies = w.say(&owner, "/invite Руководитель").await;
    assert_eq!(arg(&replies, "invite-created", "role").as_deref(), Some("lead"), "the role's name in Russian");
}

#[tokio::test]
async fn joining_keeps_the_personal_team_and_teams_switches_between_them() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let anna = actor(2, "en");
    w.onboard(&anna, "en", "Moscow").await;
    let own_client = add_client(&w, &anna, "Private Person +7 999 000-00-01").await;
    let personal = member(&w, &anna).await.workspace_id.unwrap();
    let code = invite(&w, &owner, "").await;
    let replies = w.say(&anna, &format!("/start {code}")).await;
    assert!(!World::keys(&replies).contains(&"join-settings"), "an onboarded member is not re-asked");
    let team = member(&w, &owner).await.workspace_id.unwrap();
    assert_eq!(member(&w, &anna).await.workspace_id, Some(team));
    assert_eq!(member(&w, &anna).await.focus_client_id, None, "the focus belonged to the other team");
    let replies = w.say(&anna, "/find Private").await;
    assert_eq!(World::keys(&replies), vec!["find-none"], "her own team's data stays in her own team");

    let replies = w.say(&anna, "/teams").await;
    let switch = World::buttons(&replies);
    assert_eq!(switch, vec![format!("T:s:{personal}")], "one button: the team she is not working in");
    let replies = w.press(&anna, &switch[0]).await;
    assert_eq!(World::keys(&replies), vec!["team-switched"]);
    assert_eq!(arg(&replies, "team-switched", "role").as_deref(), Some("owner"));
    let replies = w.say(&anna, "/find Private").await;
    assert!(World::keys(&replies).contains(&"card-name"), "{:?}", World::keys(&replies));
    assert_eq!(member(&w, &anna).await.focus_client_id, Some(own_client.id));

    // A switch button for a team she does not belong to answers like a missing team.
    let replies = w.press(&anna, "T:s:999").await;
    assert_eq!(World::keys(&replies), vec!["err-team-gone"]);
    let replies = w.press(&anna, &format!("T:s:{team}")).await;
    assert_eq!(World::keys(&replies), vec!["team-switched"]);
}

#[tokio::test]
async fn an_owner_of_a_team_with_members_cannot_join_another_team() {
    let w = world().await;
    let (_owner, _manager) = team_of_two(&w).await;
    let other = actor(7, "en");
    w.onboard(&other, "en", "Moscow").await;
    let code = invite(&w, &other, "").await;
    let replies = w.say(&actor(1, "en"), &format!("/start {code}")).await;
    assert_eq!(World::keys(&replies), vec!["join-owner"]);
    // The invite was not used up: somebody else can still take it.
    let replies = w.say(&actor(8, "en"), &format!("/start {code}")).await;
    assert!(World::keys(&replies).contains(&"join-welcome"));
}

#[tokio::test]
async fn joining_a_team_twice_is_explained_and_keeps_the_invite() {
    let w = world().await;
    let (owner, manager) = team_of_two(&w).await;
    let code = invite(&w, &owner, "lead").await;
    let replies = w.say(&manager, &format!("/start {code}")).await;
    assert_eq!(World::keys(&replies), vec!["join-already"]);
    assert_eq!(arg(&replies, "join-already", "team").as_deref(), Some("Member 1"));
    let ws = member(&w, &owner).await.workspace_id.unwrap();
    let m = member(&w, &manager).await;
    assert_eq!(w.store.membership(ws, m.id).await.unwrap().unwrap().role, "manager", "the role did not change");
    let replies = w.say(&actor(3, "en"), &format!("/start {code}")).await;
    assert_eq!(arg(&replies, "join-welcome", "role").as_deref(), Some("lead"));
}

#[tokio::test]
async fn the_owner_changes_roles_with_buttons() {
    let w = world().await;
    let (owner, manager) = team_of_two(&w).await;
    let replies = w.say(&owner, "/team").await;
    let promote = button_for(&replies, "btn-make-lead", "Member 2").unwrap();
    let replies = w.press(&owner, &promote).await;
    assert_eq!(arg(&replies, "team-role-set", "role").as_deref(), Some("lead"));
    assert!(button_for(&replies, "btn-make-manager", "Member 2").is_some(), "the team is shown again");
    let ws = member(&w, &owner).await.workspace_id.unwrap();
    let m = member(&w, &manager).await;
    assert_eq!(w.store.membership(ws, m.id).await.unwrap().unwrap().role, "lead");

    // A forged button that would demote the owner is refused; so is a member of no team.
    let o = member(&w, &owner).await;
    let replies = w.press(&owner, &format!("T:r:{ws}:{}:m", o.id)).await;
    assert_eq!(World::keys(&replies), vec!["err-owner-fixed"]);
    assert_eq!(w.store.membership(ws, o.id).await.unwrap().unwrap().role, "owner");
    let replies = w.press(&owner, &format!("T:r:{ws}:999:l")).await;
    assert_eq!(World::keys(&replies), vec!["err-member-gone"]);
    let replies = w.press(&owner, &format!("T:r:{ws}:{}:owner", m.id)).await;
    assert_eq!(World::keys(&replies), vec!["err-stale-button"]);
}

#[tokio::test]
async fn team_settings_change_and_bad_values_are_explained() {
    let w = world().await;
    let (owner, _manager) = team_of_two(&w).await;
    let ws = member(&w, &owner).await.workspace_id.unwrap();

    let replies = w.say(&owner, "/team name  Acme\nSales ").await;
    assert_eq!(arg(&replies, "team-renamed", "team").as_deref(), Some("Acme Sales"));
    let replies = w.say(&owner, "/team stale 21").await;
    assert_eq!(World::keys(&replies), vec!["team-stale-set"]);
    let replies = w.say(&owner, "/team shared off").await;
    assert_eq!(arg(&replies, "team-shared-set", "on").as_deref(), Some("no"));
    let team = w.store.get_workspace(ws).await.unwrap().unwrap();
    assert_eq!((team.name.as_str(), team.stale_days, team.shared_base), ("Acme Sales", 21, false));

    for (input, key) in [
        ("/team name", "err-team-name"),
        (&format!("/team name {}", "x".repeat(65)), "err-team-name"),
        ("/team stale 0", "err-stale-days"),
        ("/team stale 366", "err-stale-days"),
        ("/team stale soon", "err-stale-days"),
        ("/team shared maybe", "err-team-shared"),
        ("/team colour blue", "err-team-args"),
    ] {
        let replies = w.say(&owner, input).await;
        assert_eq!(World::keys(&replies), vec![key], "{input}");
    }
    assert_eq!(w.store.get_workspace(ws).await.unwrap().unwrap(), team, "nothing changed");

    // The button under /team turns the shared base back on.
    let replies = w.say(&owner, "/team").await;
    let on = buttons_labelled(&replies, "btn-shared-on");
    assert_eq!(on, vec![format!("T:b:{ws}:1")]);
    let replies = w.press(&owner, &on[0]).await;
    assert_eq!(arg(&replies, "team-shared-set", "on").as_deref(), Some("yes"));
    assert!(w.store.get_workspace(ws).await.unwrap().unwrap().shared_base);
}

#[tokio::test]
async fn removing_a_member_hands_their_work_over_and_ends_their_access_at_once() {
    let w = world().await;
    let (owner, manager) = team_of_two(&w).await;
    let lead = actor(3, "en");
    join_as(&w, &owner, &lead, "lead").await;
    let client = add_client(&w, &manager, "Ivan Petrov +7 999 123-45-67").await;
    w.say(&manager, "/meet yesterday 11:00 discussed the price").await;
    w.say(&manager, "/remind tomorrow 10:00 call Ivan").await;
    let card = w.say(&manager, "/find Ivan").await;
    let old_buttons = World::buttons(&card);
    assert!(!old_buttons.is_empty());

    let replies = w.say(&owner, "/team").await;
    let remove = button_for(&replies, "btn-remove", "Member 2").unwrap();
    let replies = w.press(&owner, &remove).await;
    assert_eq!(World::keys(&replies), vec!["team-remove-ask"]);
    let heirs = buttons_labelled(&replies, "btn-heir");
    assert_eq!(heirs.len(), 2, "the owner and the lead; never the member being removed");
    let to_lead = button_for(&replies, "btn-heir", "Member 3").unwrap();
    let replies = w.press(&owner, &to_lead).await;
    assert!(World::keys(&replies).contains(&"team-removed"), "{:?}", World::keys(&replies));
    assert_eq!(arg(&replies, "team-handed-over", "clients").as_deref(), Some("1"));
    assert_eq!(arg(&replies, "team-handed-over", "heir").as_deref(), Some("Member 3"));
    assert_eq!(arg(&replies, "team-reminders-cancelled", "count").as_deref(), Some("1"));

    let ws = member(&w, &owner).await.workspace_id.unwrap();
    let lead_id = member(&w, &lead).await.id;
    let manager_id = member(&w, &manager).await.id;
    let moved = w.store.get_client(ws, client.id).await.unwrap().unwrap();
    assert_eq!(moved.owner_member_id, lead_id);
    let history = w.store.recent_activities(ws, client.id, 10).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].author_member_id, manager_id, "the history keeps its author");

    // The removed member never had a team of their own: every command and old button now says "start first".
    assert_eq!(member(&w, &manager).await.workspace_id, None);
    for data in &old_buttons {
        let replies = w.press(&manager, data).await;
        assert_eq!(World::keys(&replies), vec!["err-no-workspace"], "{data}");
    }
    for cmd in ["/find Ivan", "/today", "/note hello"] {
        let replies = w.say(&manager, cmd).await;
        assert_eq!(World::keys(&replies), vec!["err-no-workspace"], "{cmd}");
    }
    // Pressing the old removal again finds nobody.
    let replies = w.press(&owner, &to_lead).await;
    assert_eq!(World::keys(&replies), vec!["err-member-gone"]);
}

#[tokio::test]
async fn a_removed_member_with_a_team_of_their_own_goes_back_to_it_and_old_buttons_find_nothing() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let anna = actor(2, "en");
    w.onboard(&anna, "en", "Moscow").await;
    let personal = member(&w, &anna).await.workspace_id.unwrap();
    join_as(&w, &owner, &anna, "").await;
    let client = add_client(&w, &anna, "Ivan Petrov").await;
    let old_buttons = World::buttons(&w.say(&anna, "/find Ivan").await);

    let ws = member(&w, &owner).await.workspace_id.unwrap();
    let anna_id = member(&w, &anna).await.id;
    let owner_id = member(&w, &owner).await.id;
    let replies = w.press(&owner, &format!("T:h:{ws}:{anna_id}:{owner_id}")).await;
    assert!(World::keys(&replies).contains(&"team-removed"));
    assert_eq!(member(&w, &anna).await.workspace_id, Some(personal));
    for data in &old_buttons {
        let replies = w.press(&anna, data).await;
        assert!(
            World::keys(&replies) == vec!["err-client-gone"] || World::keys(&replies) == vec!["err-stale-button"],
            "{data}: {:?}",
            World::keys(&replies)
        );
    }
    assert_eq!(w.store.get_client(ws, client.id).await.unwrap().unwrap().owner_member_id, owner_id);
    let replies = w.say(&anna, "/teams").await;
    assert!(World::buttons(&replies).is_empty(), "no way back into the team she was removed from");
    let replies = w.press(&anna, &format!("T:s:{ws}")).await;
    assert_eq!(World::keys(&replies), vec!["err-team-gone"]);
}

#[tokio::test]
async fn a_removal_with_a_bad_heir_changes_nothing() {
    let w = world().await;
    let (owner, manager) = team_of_two(&w).await;
    let client = add_client(&w, &manager, "Ivan Petrov").await;
    let stranger = actor(9, "en");
    w.onboard(&stranger, "en", "Moscow").await;
    let ws = member(&w, &owner).await.workspace_id.unwrap();
    let m = member(&w, &manager).await.id;
    let s = member(&w, &stranger).await.id;
    for (heir, key) in [(s, "err-heir-gone"), (m, "err-heir-gone"), (999, "err-heir-gone")] {
        let replies = w.press(&owner, &format!("T:h:{ws}:{m}:{heir}")).await;
        assert_eq!(World::keys(&replies), vec![key], "heir {heir}");
    }
    assert!(w.store.membership(ws, m).await.unwrap().is_some());
    assert_eq!(w.store.get_client(ws, client.id).await.unwrap().unwrap().owner_member_id, m);
    let o = member(&w, &owner).await.id;
    let replies = w.press(&owner, &format!("T:x:{ws}:{o}")).await;
    assert_eq!(World::keys(&replies), vec!["err-owner-fixed"]);
}

#[tokio::test]
async fn adding_a_client_a_colleague_already_has_names_the_colleague_and_the_last_contact() {
    let w = world().await;
    let (owner, manager) = team_of_two(&w).await;
    let second = actor(3, "en");
    join_as(&w, &owner, &second, "").await;
    add_client(&w, &manager, "Ivan Petrov +7 999 123-45-67").await;
    w.say(&manager, "/call yesterday 11:00 agreed on a trial").await;

    let replies = w.say(&second, "/add Ivan Petrov +7 999 123-45-67").await;
    let keys = World::keys(&replies);
    assert!(keys.contains(&"dup-found"), "{keys:?}");
    assert_eq!(arg(&replies, "dup-owner", "owner").as_deref(), Some("Member 2"));
    assert!(arg(&replies, "dup-owner", "when").unwrap().starts_with("2026-11-22"));
    let ws = member(&w, &owner).await.workspace_id.unwrap();
    let (all, total) = w.store.find_clients(ws, None, "ivan", 10, 0).await.unwrap();
    assert_eq!((all.len(), total), (1, 1), "no duplicate was created");
}

#[tokio::test]
async fn the_team_screens_read_in_every_language_without_missing_pieces() {
    for lang in pocketcrm::i18n::LANGS {
        let w = world().await;
        let owner = actor(1, lang);
        w.onboard(&owner, lang, "Moscow").await;
        let code = invite(&w, &owner, "lead").await;
        let mut screens = vec![w.say(&owner, "/invites").await];
        let colleague = actor(2, lang);
        screens.push(w.say(&colleague, &format!("/start {code}")).await);
        screens.push(w.say(&colleague, &format!("/start {code}")).await);
        add_client(&w, &colleague, "Ivan Petrov").await;
        w.say(&colleague, "/remind tomorrow 10:00 call").await;
        screens.push(w.say(&owner, "/team").await);
        screens.push(w.say(&owner, "/teams").await);
        screens.push(w.say(&owner, "/team stale 1").await);
        screens.push(w.say(&owner, "/team shared off").await);
        let ws = member(&w, &owner).await.workspace_id.unwrap();
        let (c, o) = (member(&w, &colleague).await.id, member(&w, &owner).await.id);
        screens.push(w.press(&owner, &format!("T:x:{ws}:{c}")).await);
        screens.push(w.press(&owner, &format!("T:h:{ws}:{c}:{o}")).await);
        for replies in &screens {
            let text = w.render(replies);
            let labels: Vec<String> = replies
                .iter()
                .flat_map(|r| w.i18n.render(r).buttons.into_iter().flatten().map(|(label, _)| label))
                .collect();
            for shown in std::iter::once(&text).chain(labels.iter()) {
                assert!(!shown.contains('{') && !shown.contains("Unknown"), "{lang}: {shown}");
            }
            assert!(!text.trim().is_empty(), "{lang}");
        }
        if lang != "en" {
            let text = w.render(&screens[3]);
            assert!(!text.contains("members"), "{lang}: {text}");
        }
    }
}

#[tokio::test]
async fn a_team_cannot_pile_up_open_invites() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    for _ in 0..20 {
        invite(&w, &owner, "").await;
    }
    let replies = w.say(&owner, "/invite").await;
    assert_eq!(World::keys(&replies), vec!["err-invite-limit"]);
    // Withdrawing one makes room again.
    let revoke = buttons_labelled(&w.say(&owner, "/invites").await, "btn-revoke");
    assert_eq!(revoke.len(), 20);
    w.press(&owner, &revoke[0]).await;
    invite(&w, &owner, "lead").await;
}

#[tokio::test]
async fn the_owner_hears_of_a_new_colleague_and_a_removed_one_hears_of_the_removal() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let code = invite(&w, &owner, "").await;
    let max = actor(2, "ru");
    let replies = w.say(&max, &format!("/start {code}")).await;
    let notice = replies.iter().find(|r| r.to == Some(1)).expect("a notice to the owner");
    assert_eq!(notice.lang, "en", "in the owner's language");
    assert_eq!(notice.text.keys(), vec!["team-joined-notice"]);
    assert!(w.render(std::slice::from_ref(notice)).contains("Member 2"));
    assert!(replies.iter().any(|r| r.to.is_none()), "Max gets his own welcome");

    let replies = w.say(&owner, "/team").await;
    let remove = button_for(&replies, "btn-remove", "Member 2").unwrap();
    let replies = w.press(&owner, &remove).await;
    let heir = button_for(&replies, "btn-heir", "Member 1").unwrap();
    let replies = w.press(&owner, &heir).await;
    let notice = replies.iter().find(|r| r.to == Some(2)).expect("a notice to the removed member");
    assert_eq!(notice.lang, "ru");
    assert_eq!(notice.text.keys(), vec!["team-removed-notice"]);
    // Max joined by invitation and has no team left: no promise of a base that /teams would not show.
    let told = w.render(std::slice::from_ref(notice));
    assert!(told.contains("/start") && !told.contains("/teams"), "{told}");
    assert_eq!(World::keys(&w.say(&max, "/teams").await), vec!["teams-none"]);
}

#[tokio::test]
async fn the_reassign_button_appears_only_when_there_is_someone_to_hand_over_to() {
    let w = world().await;
    let owner = actor(1, "en");
    w.onboard(&owner, "en", "Moscow").await;
    let card = w.say(&owner, "/add Ivan Petrov").await;
    assert!(buttons_labelled(&card, "btn-assign").is_empty(), "alone in the team: nobody to hand over to");
    let manager = actor(2, "en");
    join_as(&w, &owner, &manager, "manager").await;
    let card = w.say(&owner, "/find Ivan").await;
    assert_eq!(buttons_labelled(&card, "btn-assign").len(), 1);
}
