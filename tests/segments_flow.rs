//! Segments end to end through the core: `/segment` builds a filter with buttons and typed values, showing the
//! count and a few names at every step; `/segments` lists them with counts; bad values are explained and change
//! nothing; counts respect roles.

mod campaigns_support;
mod common;

use campaigns_support::{Flow, Raw, all_buttons, arg, button, flow, keys, on_raw, scalar};
use common::actor;

/// An owner with five clients: three subscribed customers (one reads Russian) and two plain clients.
async fn team(f: &Flow) -> pocketcrm::core::Actor {
    let owner = actor(1, "en");
    f.onboard(&owner, "en", "London").await;
    f.customer(&owner, "Anna Vip #vip", 101, None).await;
    f.customer(&owner, "Boris Vip #VIP #gold", 102, Some("ru")).await;
    f.customer(&owner, "Carla Gold #gold", 103, Some("es")).await;
    f.add(&owner, "Dmitry Vip #vip").await;
    f.add(&owner, "Eva Plain").await;
    owner
}

#[tokio::test]
async fn a_segment_is_built_step_by_step_showing_counts_and_names_and_saved() {
    let f = flow().await;
    let owner = team(&f).await;
    let r = f.say(&owner, "/segment").await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("5"));
    assert_eq!(arg(&r, "seg-count", "subscribed").as_deref(), Some("3"));
    assert!(keys(&r).contains(&"seg-cond-none"));
    let names = arg(&r, "seg-sample", "names").unwrap();
    assert!(names.contains("Eva Plain") && names.matches(", ").count() == 4, "{names}");

    // Tags: typed, any of them, in any case; the team's tags are suggested.
    let r = f.press(&owner, &button(&r, "seg-btn-tags")).await;
    let suggested = arg(&r, "seg-ask-tags", "examples").unwrap();
    assert!(suggested.contains("#vip") && suggested.contains("#gold"), "{suggested}");
    let r = f.say(&owner, "#Vip").await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("3"), "{}", f.render(&r));
    assert_eq!(arg(&r, "seg-count", "subscribed").as_deref(), Some("2"));
    assert!(arg(&r, "seg-cond-tags", "tags").unwrap().to_lowercase().contains("#vip"));
    let names = arg(&r, "seg-sample", "names").unwrap();
    assert!(names.contains("Anna Vip") && names.contains("Boris Vip") && !names.contains("Carla"), "{names}");
    assert!(all_buttons(&r).iter().any(|(label, _)| label.starts_with("seg-btn-tags")));

    // Subscribed only: a button, and the set condition is marked.
    let r = f.press(&owner, &button(&r, "seg-btn-subscribed")).await;
    let r = f.press(&owner, &button(&r, "seg-btn-yes")).await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("2"));
    assert!(keys(&r).contains(&"seg-cond-subscribed"));

    // Language: Russian readers only; tapping the condition again removes it.
    f.press(&owner, &button(&r, "seg-btn-lang")).await;
    let r = f.press(&owner, "K:la:ru").await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("1"));
    let r = f.press(&owner, &button(&r, "seg-btn-lang")).await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("2"), "removed again");

    let r = f.press(&owner, &button(&r, "seg-btn-save")).await;
    assert!(keys(&r).contains(&"seg-ask-name"));
    let r = f.say(&owner, "VIP customers").await;
    assert_eq!(arg(&r, "seg-saved", "name").as_deref(), Some("VIP customers"));
    assert!(all_buttons(&r).iter().any(|(l, _)| l == "seg-btn-campaign"), "an owner may start a campaign from it");

    let r = f.say(&owner, "/segments").await;
    assert_eq!(arg(&r, "seg-list-line", "name").as_deref(), Some("VIP customers"));
    assert_eq!(arg(&r, "seg-list-line", "total").as_deref(), Some("2"));
    assert_eq!(arg(&r, "seg-list-line", "subscribed").as_deref(), Some("2"));
    let text = f.render(&r);
    assert!(text.contains("VIP customers: 2 clients, 2 subscribed"), "{text}");
}

#[tokio::test]
async fn deal_activity_money_and_birthday_conditions_narrow_the_count() {
    let f = flow().await;
    let owner = team(&f).await;
    let ws = f.workspace(&owner).await;
    let member = f.store.member_by_tg(1).await.unwrap().unwrap();
    let anna: i64 = scalar!(&f.raw, i64, "SELECT id FROM client WHERE name = 'Anna Vip'");
    let boris: i64 = scalar!(&f.raw, i64, "SELECT id FROM client WHERE name = 'Boris Vip'");
    f.raw.deal(ws, anna, member.id, "won", 600_000, "EUR").await;
    f.raw.deal(ws, boris, member.id, "won", 100_000, "EUR").await;
    f.raw.deal(ws, boris, member.id, "won", 100_000, "EUR").await;
    f.raw.set_birthday(boris, 5, 12).await;

    let r = f.say(&owner, "/segment").await;
    let r = f.press(&owner, &button(&r, "seg-btn-won")).await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("2"));
    f.press(&owner, &button(&r, "seg-btn-total")).await;
    let r = f.say(&owner, "5000 EUR").await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("1"), "{}", f.render(&r));
    assert!(f.render(&r).contains("5,000"), "{}", f.render(&r));
    let r = f.press(&owner, &button(&r, "seg-btn-total")).await;
    f.press(&owner, &button(&r, "seg-btn-purchases")).await;
    let r = f.say(&owner, "2").await;
    assert_eq!(arg(&r, "seg-sample", "names").as_deref(), Some("Boris Vip"));
    let r = f.press(&owner, &button(&r, "seg-btn-purchases")).await;
    f.press(&owner, &button(&r, "seg-btn-month")).await;
    let r = f.press(&owner, "K:mo:5").await;
    assert_eq!(arg(&r, "seg-sample", "names").as_deref(), Some("Boris Vip"));
    assert!(f.render(&r).contains("May"), "{}", f.render(&r));
    // Quiet since 30 days: nobody (everyone was just added); active since 30 days: the two who won.
    let r = f.press(&owner, "K:x").await;
    f.press(&owner, &button(&r, "seg-btn-before")).await;
    let r = f.say(&owner, "30").await;
    assert!(keys(&r).contains(&"seg-nobody"), "{}", f.render(&r));
}

#[tokio::test]
async fn typed_values_are_checked_and_explained_and_the_filter_stays_as_it_was() {
    let f = flow().await;
    let owner = team(&f).await;
    let r = f.say(&owner, "/segment").await;
    f.press(&owner, &button(&r, "seg-btn-tags")).await;
    let r = f.say(&owner, "#nosuchtag").await;
    assert_eq!(arg(&r, "seg-err-tag", "tag").as_deref(), Some("#nosuchtag"));
    assert!(arg(&r, "seg-err-tag", "examples").unwrap().contains("#vip"));
    let r = f.say(&owner, "-").await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("5"), "back to the builder, nothing set");

    let r = f.press(&owner, &button(&r, "seg-btn-before")).await;
    assert!(keys(&r).contains(&"seg-ask-before"));
    let r = f.say(&owner, "someday").await;
    assert!(keys(&r).contains(&"seg-err-date"));
    let r = f.say(&owner, "-").await;
    f.press(&owner, &button(&r, "seg-btn-total")).await;
    let r = f.say(&owner, "a lot").await;
    assert!(keys(&r).contains(&"seg-err-amount"), "{:?}", keys(&r));
    let r = f.say(&owner, "5000").await;
    assert!(keys(&r).contains(&"seg-err-currency"), "no deal yet, so no currency to assume: {:?}", keys(&r));
    let r = f.say(&owner, "-").await;
    f.press(&owner, &button(&r, "seg-btn-purchases")).await;
    for bad in ["0", "many", "1001"] {
        let r = f.say(&owner, bad).await;
        assert!(keys(&r).contains(&"seg-err-number"), "{bad}: {:?}", keys(&r));
    }
    let r = f.say(&owner, "-").await;
    f.press(&owner, &button(&r, "seg-btn-source")).await;
    let r = f.say(&owner, "radio").await;
    assert!(keys(&r).contains(&"seg-err-source"));

    // Names: too long, then one that is taken.
    let r = f.say(&owner, "-").await;
    f.press(&owner, &button(&r, "seg-btn-save")).await;
    let r = f.say(&owner, &"x".repeat(65)).await;
    assert!(keys(&r).contains(&"seg-err-name"));
    f.say(&owner, "Everyone").await;
    let builder = f.say(&owner, "/segment").await;
    let save = button(&builder, "seg-btn-save");
    f.press(&owner, &save).await;
    let r = f.say(&owner, "Everyone").await;
    assert_eq!(arg(&r, "seg-err-name-taken", "name").as_deref(), Some("Everyone"));
    assert_eq!(f.store.segments(f.workspace(&owner).await).await.unwrap().len(), 1);

    // A builder button after the builder was left is stale.
    f.say(&owner, "/cancel").await;
    let r = f.press(&owner, &save).await;
    assert!(keys(&r).contains(&"seg-err-stale"), "{:?}", keys(&r));
    let r = f.press(&owner, "K:f:zz").await;
    assert!(keys(&r).contains(&"err-stale-button"));
}

#[tokio::test]
async fn a_segment_matching_nobody_says_so_and_one_without_subscribers_warns() {
    let f = flow().await;
    let owner = team(&f).await;
    let r = f.say(&owner, "/segment").await;
    let r = f.press(&owner, &button(&r, "seg-btn-subscribed")).await;
    let r = f.press(&owner, &button(&r, "seg-btn-no")).await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("2"));
    assert!(keys(&r).contains(&"seg-none-subscribed"), "{:?}", keys(&r));
    f.press(&owner, &button(&r, "seg-btn-tags")).await;
    let r = f.say(&owner, "#gold").await;
    assert!(keys(&r).contains(&"seg-nobody"), "{}", f.render(&r));
    assert!(arg(&r, "seg-count", "total").is_none());
}

#[tokio::test]
async fn a_manager_without_the_shared_base_counts_only_their_own_clients_and_cannot_send() {
    let f = flow().await;
    let owner = team(&f).await;
    let manager = actor(2, "en");
    f.join(&owner, &manager, "manager").await;
    f.say(&owner, "/team shared off").await;
    f.customer(&manager, "Mila Vip #vip", 201, None).await;

    let r = f.say(&manager, "/segment").await;
    assert_eq!(arg(&r, "seg-count", "total").as_deref(), Some("1"), "{}", f.render(&r));
    assert_eq!(arg(&r, "seg-sample", "names").as_deref(), Some("Mila Vip"));
    f.press(&manager, &button(&r, "seg-btn-save")).await;
    let r = f.say(&manager, "Mine").await;
    assert!(keys(&r).contains(&"seg-saved"));
    assert!(all_buttons(&r).is_empty(), "managers do not send");
    let r = f.say(&owner, "/segments").await;
    assert_eq!(arg(&r, "seg-list-line", "total").as_deref(), Some("6"), "the owner counts the whole team");
    let r = f.say(&manager, "/campaign").await;
    assert!(keys(&r).contains(&"camp-err-role"), "{:?}", keys(&r));
}

#[tokio::test]
async fn someone_without_a_team_is_told_to_start_first() {
    let f = flow().await;
    let stranger = actor(9, "en");
    for cmd in ["/segment", "/segments", "/campaign", "/campaigns", "/redeem ABCD2345", "/promo", "/birthday 12.05"] {
        let r = f.say(&stranger, cmd).await;
        assert_eq!(keys(&r), vec!["err-no-workspace"], "{cmd}");
    }
    let r = f.press(&stranger, "K:v").await;
    assert_eq!(keys(&r), vec!["err-no-workspace"]);
}
