//! Who may do what with deals: each role, the shared base on and off, and a member of another team — whose
//! every button and id answers exactly as a missing deal does.

mod common;
mod deals_support;

use common::{World, actor, world};
use deals_support::*;
use pocketcrm::store::{Deal, TeamPatch};

/// An owner with a client and a deal, and a manager in the same team.
async fn team_with_deal(w: &World) -> (pocketcrm::core::Actor, pocketcrm::core::Actor, Deal) {
    let owner = owner_with_client(w).await;
    w.say(&owner, "/deal 12000 EUR Website").await;
    let manager = actor(2, "en");
    join(w, &owner, &manager, "manager").await;
    let deal = only_deal(w, ws_of(w, &owner).await).await;
    (owner, manager, deal)
}

/// Every deal button a member could press about `deal`.
fn deal_buttons(deal: &Deal, member: i64) -> Vec<String> {
    let (d, v) = (deal.id, deal.version);
    vec![
        format!("D:v:{d}"),
        format!("D:mv:{d}:{}:{v}", deal.stage_id + 1),
        format!("D:lr:{d}:{}:{v}:p", deal.stage_id + 5),
        format!("D:wa:{d}"),
        format!("D:a:{d}:k"),
        format!("D:c:{d}"),
        format!("D:r:{d}"),
        format!("D:ro:{d}:{member}:{v}"),
    ]
}

#[tokio::test]
async fn a_manager_sees_a_colleague_s_deal_read_only_when_the_base_is_shared() {
    let w = world().await;
    let (_, manager, deal) = team_with_deal(&w).await;
    let replies = w.press(&manager, &format!("D:v:{}", deal.id)).await;
    assert!(World::keys(&replies).contains(&"deal-card-read-only"), "{:?}", World::keys(&replies));
    assert!(buttons_with(&replies, "D:").is_empty(), "no stage or action buttons: {:?}", World::buttons(&replies));
    let me = member(&w, &manager).await.id;
    for data in deal_buttons(&deal, me).into_iter().skip(1) {
        let replies = w.press(&manager, &data).await;
        let keys = World::keys(&replies);
        assert!(
            keys == ["deal-err-read-only"] || keys == ["err-role"] || keys == ["deal-won-kept"],
            "{data}: {keys:?}"
        );
    }
    let after = reload(&w, &deal).await;
    assert_eq!((after.version, after.stage_id, after.owner_member_id), (1, deal.stage_id, deal.owner_member_id));
}

#[tokio::test]
async fn with_the_shared_base_off_a_colleague_s_deal_answers_as_missing() {
    let w = world().await;
    let (owner, manager, deal) = team_with_deal(&w).await;
    let ws = ws_of(&w, &owner).await;
    w.store.update_team(ws, &TeamPatch { shared_base: Some(false), ..Default::default() }).await.unwrap();
    let me = member(&w, &manager).await.id;
    for data in deal_buttons(&deal, me) {
        let replies = w.press(&manager, &data).await;
        let keys = World::keys(&replies);
        assert!(keys == ["deal-err-gone"] || keys == ["err-role"], "{data}: {keys:?}");
    }
    let replies = w.say(&manager, "/deals").await;
    assert_eq!(World::keys(&replies), vec!["deals-title", "deals-none"]);
}

#[tokio::test]
async fn another_team_s_deal_answers_exactly_as_a_missing_one() {
    let w = world().await;
    let (owner, _, deal) = team_with_deal(&w).await;
    let stranger = actor(9, "en");
    w.onboard(&stranger, "en", "Moscow").await;
    w.say(&stranger, "/add Olga").await;
    w.say(&stranger, "/deal 10 EUR Theirs").await;
    let owner_id = member(&w, &owner).await.id;
    let missing = Deal { id: deal.id + 1000, ..deal.clone() };
    for (data, ghost) in deal_buttons(&deal, owner_id).into_iter().zip(deal_buttons(&missing, owner_id)) {
        let foreign = World::keys(&w.press(&stranger, &data).await);
        let absent = World::keys(&w.press(&stranger, &ghost).await);
        assert_eq!(foreign, absent, "{data}");
        assert!(foreign == ["deal-err-gone"] || foreign == ["err-role"], "{data}: {foreign:?}");
    }
    let replies = w.say(&stranger, "/deals").await;
    assert!(!World::buttons(&replies).contains(&format!("D:v:{}", deal.id)));
    assert_eq!(buttons_with(&replies, "D:v:").len(), 1, "only their own");
    assert_eq!(reload(&w, &deal).await.version, 1);
    // And the owner's pipeline is not the stranger's: moving into the owner's stage fails as stale.
    let theirs = only_deal(&w, ws_of(&w, &stranger).await).await;
    let replies = w.press(&stranger, &format!("D:mv:{}:{}:1", theirs.id, deal.stage_id + 1)).await;
    assert_eq!(World::keys(&replies)[0], "deal-stage-gone");
}

#[tokio::test]
async fn deals_all_is_for_owners_and_leads() {
    let w = world().await;
    let (owner, manager, _) = team_with_deal(&w).await;
    let lead = actor(3, "en");
    join(&w, &owner, &lead, "lead").await;
    assert_eq!(World::keys(&w.say(&manager, "/deals all").await), vec!["err-role"]);
    for who in [&owner, &lead] {
        let replies = w.say(who, "/deals all").await;
        assert!(World::keys(&replies).contains(&"deals-title-all"));
        assert!(w.render(&replies).contains("Website"), "the whole team's deals");
    }
    let replies = w.say(&lead, "/deals").await;
    assert!(buttons_with(&replies, "D:v:").is_empty(), "/deals alone is the lead's own");
}

#[tokio::test]
async fn only_the_owner_changes_stages() {
    let w = world().await;
    let (owner, manager, deal) = team_with_deal(&w).await;
    let lead = actor(3, "en");
    join(&w, &owner, &lead, "lead").await;
    for who in [&manager, &lead] {
        assert_eq!(World::keys(&w.say(who, "/stages").await), vec!["err-role"]);
        for op in ["s:l", "s:a", &format!("s:r:{}", deal.stage_id), &format!("s:h:{}", deal.stage_id)] {
            assert_eq!(World::keys(&w.press(who, &format!("D:{op}")).await), vec!["err-role"], "{op}");
        }
    }
    let stages = w.store.ensure_stages(deal.workspace_id, &[], common::monday_morning()).await.unwrap();
    assert!(stages.iter().all(|s| !s.hidden));
    assert!(World::keys(&w.say(&owner, "/stages").await).contains(&"stages-title"));
}

#[tokio::test]
async fn a_manager_works_their_own_deals_and_cannot_deal_on_a_colleague_s_client() {
    let w = world().await;
    let (owner, manager, _) = team_with_deal(&w).await;
    // The owner's client, opened read-only by the manager: no deal for it.
    let client = member(&w, &owner).await.focus_client_id.unwrap();
    let card = w.press(&manager, &format!("c:{client}")).await;
    assert!(key_button(&card, "deal-btn-new").is_none());
    assert_eq!(World::keys(&w.press(&manager, &format!("D:n:{client}")).await), vec!["err-read-only"]);
    let replies = w.say(&manager, "/deal 100 EUR Sneaky").await;
    assert_eq!(World::keys(&replies), vec!["err-read-only"]);

    w.say(&manager, "/add Olga Smirnova").await;
    let card = w.say(&manager, "/deal 700 EUR Mine").await;
    assert!(World::keys(&card).contains(&"deal-created"));
    let replies = w.press(&manager, &raw_button(&card, "Qualified").unwrap()).await;
    assert!(World::keys(&replies).contains(&"deal-moved"));
    assert!(key_button(&replies, "deal-btn-reassign").is_none(), "managers do not hand deals over");
}

#[tokio::test]
async fn a_lead_moves_a_manager_s_deal_and_the_owner_hands_one_over_keeping_its_history() {
    let w = world().await;
    let (owner, manager, deal) = team_with_deal(&w).await;
    let lead = actor(3, "en");
    join(&w, &owner, &lead, "lead").await;

    let card = w.press(&owner, &format!("D:v:{}", deal.id)).await;
    let pick = w.press(&owner, &key_button(&card, "deal-btn-reassign").unwrap()).await;
    assert_eq!(World::keys(&pick)[0], "deal-pick-owner");
    let to_manager = raw_button(&pick, "Member 2").unwrap();
    let replies = w.press(&owner, &to_manager).await;
    assert!(World::keys(&replies).contains(&"deal-reassigned"));
    let handed = reload(&w, &deal).await;
    assert_eq!(handed.owner_member_id, member(&w, &manager).await.id);
    let kinds: Vec<String> = history(&w, &deal).await.into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds, ["reassigned", "created"]);
    assert!(w.render(&replies).contains("handed over Member 1 → Member 2"));
    assert_eq!(World::keys(&w.press(&owner, &to_manager).await)[0], "deal-stale", "the same pick twice");

    let card = w.press(&lead, &format!("D:v:{}", deal.id)).await;
    let replies = w.press(&lead, &raw_button(&card, "Negotiation").unwrap()).await;
    assert!(World::keys(&replies).contains(&"deal-moved"));
    let replies = w.say(&manager, "/deals").await;
    assert!(w.render(&replies).contains("Website"), "now the manager's own");
}
