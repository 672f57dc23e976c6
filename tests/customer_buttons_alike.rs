//! A customer's team buttons carry a team id anyone can forge: pressed for a team the customer is not linked to,
//! they answer the same whether that team exists or not, so they cannot be used to find out which ids are teams.

mod common;
mod customers_support;

use common::{World, actor, world};
use customers_support::{customer, opt_in, shop};

#[tokio::test]
async fn a_team_button_answers_alike_for_an_existing_and_a_missing_team() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna Smith", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    // Another team that exists, where Anna is nobody.
    let cafe_owner = actor(1002, "en");
    w.onboard(&cafe_owner, "en", "Europe/Moscow").await;
    let cafe = w.store.member_by_tg(cafe_owner.user_id).await.unwrap().unwrap().workspace_id.unwrap();
    let missing = cafe + 1000;
    assert!(w.store.get_workspace(missing).await.unwrap().is_none());

    // Stop, resume, forget: the tags the customer's team buttons use.
    for tag in ["X", "S", "F"] {
        let existing = w.press(&anna, &format!("C:{tag}{cafe}")).await;
        let absent = w.press(&anna, &format!("C:{tag}{missing}")).await;
        assert_eq!(w.render(&existing), w.render(&absent), "C:{tag}: {:?}", World::keys(&existing));
        assert_eq!(existing, absent, "C:{tag}");
    }
    // Her own team's Stop still works, so the answers above are not simply every press's answer.
    let own = w.press(&anna, &format!("C:X{}", shop.ws)).await;
    assert_eq!(World::keys(&own), ["cust-stopped"]);
}
