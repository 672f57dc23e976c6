//! The customer's side end to end through the core: the opt-in link and its QR code, agreeing, the phone,
//! /stop /start /lang /mydata /forget, messages to and from the owner, a promotion's buttons, and every way of
//! getting it wrong.

mod common;
mod customers_support;

use common::{World, actor, world};
use customers_support::{Shop, client_of, customer, opt_in, payload, promotion, shop, start_code};
use pocketcrm::core::customers::subject_keys;
use pocketcrm::core::{Engine, Event, Keyboard, Menu, Reply};
use pocketcrm::store::{ActivityKind, NewClient, PromoState};

fn keys(replies: &[Reply]) -> Vec<&'static str> {
    World::keys(replies)
}

/// The text a QR code PNG holds.
fn qr_text(png: &[u8]) -> String {
    let img = image::load_from_memory(png).expect("a PNG").to_luma8();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(img.width() as usize, img.height() as usize, |x, y| {
            img.get_pixel(x as u32, y as u32).0[0]
        });
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().expect("the QR code reads").1
}

#[tokio::test]
async fn optin_shows_one_team_link_with_its_qr_code() {
    let w = world().await;
    let shop = shop(&w).await;
    let replies = w.say(&shop.owner, "/optin").await;
    assert_eq!(start_code(&w, &replies), shop.code, "the team link is made once and shown again");
    assert!(keys(&replies).contains(&"cust-optin-team"));
    let photo = replies[0].photo.as_ref().expect("a QR code");
    assert_eq!(qr_text(&photo.png), format!("/start {}", shop.code));

    let mut engine: Engine = w.engine.clone();
    engine.set_bot_username("PocketCrmBot");
    let replies = engine.handle(&shop.owner, Event::Text("/optin".into())).await;
    let link = format!("https://t.me/PocketCrmBot?start={}", shop.code);
    assert!(w.render(&replies).contains(&link), "{}", w.render(&replies));
    assert_eq!(qr_text(&replies[0].photo.as_ref().unwrap().png), link);
    // The code is not a team invite: it cannot make anyone a colleague.
    assert!(w.store.invite_by_code(&shop.code).await.unwrap().is_none());
}

#[tokio::test]
async fn a_customer_opts_in_with_one_tap_and_never_becomes_a_member() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna Smith", Some("ru-RU"));
    let offer = w.say(&anna, &format!("/start {}", shop.code)).await;
    assert_eq!(keys(&offer), ["cust-offer", "cust-offer-terms"]);
    assert_eq!(offer[0].lang, "ru", "Telegram's language is the first guess");
    let text = w.render(&offer);
    assert!(text.contains("Member 1001") && text.contains("2"), "who writes and how often: {text}");
    assert!(w.store.customer_in_team(shop.ws, anna.user_id).await.unwrap().is_none(), "nothing before agreeing");

    let replies = opt_in(&w, &anna, &shop.code).await;
    let welcome = &replies[0];
    assert_eq!(welcome.menu, Some(Menu::Customer), "the chat gets the customers' menu");
    assert_eq!(welcome.keyboard, Keyboard::ShareContact);
    assert_eq!(welcome.to, None);
    assert!(keys(&replies).contains(&"cust-subscribed") && keys(&replies).contains(&"cust-share-ask"));
    let notice = replies.iter().find(|r| r.to == Some(shop.owner.user_id)).expect("the owner hears of it");
    assert!(notice.text.keys().contains(&"cust-notice-subscribed"));
    let client = client_of(&w, shop.ws, &anna).await;
    assert_eq!(World::buttons(std::slice::from_ref(notice)), [format!("c:{}", client.id)]);
    assert_eq!((client.name.as_str(), client.source.as_deref()), ("Anna Smith", Some("telegram")));
    assert_eq!((client.owner_member_id, client.lang.as_deref()), (shop.owner_member, Some("ru")));
    assert!(client.subscribed());
    let trail = w.store.consent_trail(shop.ws, client.id).await.unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!((trail[0].text_version.as_str(), trail[0].link_code.as_deref()), ("cust-consent@1", Some(&*shop.code)));
    assert!(w.store.member_by_tg(anna.user_id).await.unwrap().is_none(), "customers get no member row");

    // The card shows the subscription.
    let card = w.press(&shop.owner, &format!("c:{}", client.id)).await;
    assert!(keys(&card).contains(&"cust-card-subscribed"), "{:?}", keys(&card));
}

#[tokio::test]
async fn the_offer_comes_in_the_language_the_customer_picks() {
    let w = world().await;
    let shop = shop(&w).await;
    let lucia = customer(5002, "Lucía", None);
    let offer = w.say(&lucia, &format!("/start {}", shop.code)).await;
    assert_eq!(offer[0].lang, "en");
    let spanish = payload(&offer, "C:Oes:").expect("a button for Spanish");
    let offer = w.press(&lucia, &spanish).await;
    assert_eq!(offer[0].lang, "es");
    assert!(w.render(&offer).contains("quiere enviarte"), "{}", w.render(&offer));
    let agree = payload(&offer, "C:Aes:").expect("agreeing in Spanish");
    let replies = w.press(&lucia, &agree).await;
    assert_eq!(replies[0].lang, "es");
    assert_eq!(client_of(&w, shop.ws, &lucia).await.lang.as_deref(), Some("es"));
    // Agreeing twice subscribes once.
    let again = w.press(&lucia, &agree).await;
    assert_eq!(keys(&again), ["cust-already-subscribed"]);
    assert_eq!(w.store.consent_trail(shop.ws, client_of(&w, shop.ws, &lucia).await.id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_colleague_opening_the_link_subscribes_nobody() {
    let w = world().await;
    let shop = shop(&w).await;
    let offer = w.say(&shop.owner, &format!("/start {}", shop.code)).await;
    assert_eq!(keys(&offer), ["cust-optin-own-team"]);
    // Even a forged Agree changes nothing.
    let agree = format!("C:Aen:{}", shop.code);
    assert_eq!(keys(&w.press(&shop.owner, &agree).await), ["cust-optin-own-team"]);
    assert!(w.store.customer_in_team(shop.ws, shop.owner.user_id).await.unwrap().is_none());
}

#[tokio::test]
async fn bad_links_and_forged_buttons_store_nothing() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    let client = client_of(&w, shop.ws, &anna).await;
    for junk in ["/start AAAAAAAAAAAAAAAAAAAAAAAA", "/start not/a/code", &format!("/start {}", "x".repeat(70))] {
        assert_eq!(keys(&w.say(&anna, junk).await), ["cust-link-unknown"], "{junk}");
    }
    // A forged Agree with a code that does not exist.
    assert_eq!(keys(&w.press(&anna, "C:Aen:AAAAAAAAAAAAAAAAAAAAAAAA").await), ["cust-link-unknown"]);
    for forged in ["C:Lx", "C:U-1", "C:S0", "C:X", "C:Nxx", "C:P1", "C:R1", "c:1", "T:k", "zz", ""] {
        assert_eq!(keys(&w.press(&anna, forged).await), ["cust-stale-button"], "{forged:?}");
    }
    // A team the customer does not belong to.
    let other = w.store.ensure_member(9, "Other", "en", "UTC").await.unwrap();
    let other_ws = w.store.ensure_workspace(other.id, "Other").await.unwrap();
    for forged in [format!("C:S{}", other_ws.id), format!("C:X{}", other_ws.id), format!("C:F{}", other_ws.id)] {
        let replies = w.press(&anna, &forged).await;
        assert!(
            keys(&replies) == ["cust-stale-button"] || keys(&replies) == ["cust-nothing-stored"],
            "{forged}: {:?}",
            keys(&replies)
        );
    }
    assert!(w.store.member_by_tg(anna.user_id).await.unwrap().is_none());
    assert_eq!(client_of(&w, shop.ws, &anna).await, client, "nothing changed");
    assert_eq!(w.store.consent_trail(shop.ws, client.id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_customer_never_reaches_the_crm() {
    let w = world().await;
    let shop = shop(&w).await;
    w.say(&shop.owner, "/add Secret Client +7 999 000-11-22").await;
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    for cmd in
        ["/add Mallory", "/find Secret", "/segment", "/pipeline", "/deals", "/team", "/invite", "/optin", "/help"]
    {
        let replies = w.say(&anna, cmd).await;
        assert_eq!(keys(&replies)[0], "cust-help", "{cmd}");
        let text = w.render(&replies);
        assert!(!text.contains("Secret") && text.contains("/mydata"), "{cmd}: {text}");
    }
    let (found, total) = w.store.find_clients(shop.ws, None, "mallory", 10, 0).await.unwrap();
    assert!(found.is_empty() && total == 0, "no client was added by a customer");
    assert!(w.store.member_by_tg(anna.user_id).await.unwrap().is_none());
    // Someone else's customer data is never shown: /mydata is the customer's own.
    let boris = customer(5002, "Boris", Some("en"));
    opt_in(&w, &boris, &shop.code).await;
    let mine = w.render(&w.say(&anna, "/mydata").await);
    assert!(mine.contains("Anna") && !mine.contains("Boris") && !mine.contains("Secret"), "{mine}");
}

#[tokio::test]
async fn stop_and_start_again_with_consent_recorded() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    let replies = w.say(&anna, "/stop").await;
    assert_eq!(keys(&replies), ["cust-stopped"]);
    let again = payload(&replies, "C:S").expect("Subscribe again");
    assert_eq!(client_of(&w, shop.ws, &anna).await.promo_state, PromoState::Stopped.as_str());
    assert_eq!(keys(&w.say(&anna, "/stop").await), ["cust-stop-none"]);
    let replies = w.press(&anna, &again).await;
    assert_eq!(keys(&replies), ["cust-resumed"]);
    assert_eq!(replies[0].menu, Some(Menu::Customer));
    assert_eq!(keys(&w.say(&anna, "/start").await), ["cust-start-subscribed"]);
    w.say(&anna, "/stop").await;
    assert_eq!(keys(&w.say(&anna, "/start").await), ["cust-resumed"]);
    let client = client_of(&w, shop.ws, &anna).await;
    assert!(client.subscribed());
    let actions: Vec<String> =
        w.store.consent_trail(shop.ws, client.id).await.unwrap().into_iter().map(|c| c.action).collect();
    assert_eq!(actions, ["optin", "stop", "resume", "stop", "resume"]);
    // Opening the link after /stop subscribes again too.
    w.say(&anna, "/stop").await;
    let replies = opt_in(&w, &anna, &shop.code).await;
    assert!(keys(&replies).contains(&"cust-subscribed"));
    let notice = replies.iter().find(|r| r.to.is_some()).unwrap();
    assert_eq!(notice.text.keys()[0], "cust-notice-subscribed");
    assert_eq!(w.store.consent_trail(shop.ws, client.id).await.unwrap().last().unwrap().action, "resume");
}

#[tokio::test]
async fn a_customer_of_two_teams_picks_which_to_stop() {
    let w = world().await;
    let first = shop(&w).await;
    let cafe_owner = actor(1002, "en");
    w.onboard(&cafe_owner, "en", "Europe/Madrid").await;
    let cafe_code = start_code(&w, &w.say(&cafe_owner, "/optin").await);
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &first.code).await;
    opt_in(&w, &anna, &cafe_code).await;
    let replies = w.say(&anna, "/stop").await;
    assert_eq!(keys(&replies), ["cust-stop-which"]);
    let per_team: Vec<String> = World::buttons(&replies).into_iter().filter(|d| d.starts_with("C:X")).collect();
    assert_eq!(per_team.len(), 2);
    assert_eq!(payload(&replies, "C:Z").as_deref(), Some("C:Z"));
    w.press(&anna, &format!("C:X{}", first.ws)).await;
    assert!(!client_of(&w, first.ws, &anna).await.subscribed());
    let cafe_ws = w.store.member_by_tg(cafe_owner.user_id).await.unwrap().unwrap().workspace_id.unwrap();
    assert!(client_of(&w, cafe_ws, &anna).await.subscribed());
    w.say(&anna, "/stop").await;
    assert!(!client_of(&w, cafe_ws, &anna).await.subscribed(), "one subscription left: stopped at once");
    let replies = w.say(&anna, "/start").await;
    assert_eq!(keys(&replies), ["cust-start-which"]);
    let replies = w.press(&anna, "C:Z").await;
    assert_eq!(keys(&replies), ["cust-stopped-all"]);
}

#[tokio::test]
async fn the_customer_picks_a_language() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    let replies = w.say(&anna, "/lang").await;
    assert_eq!(World::buttons(&replies).len(), 7);
    let replies = w.press(&anna, "C:Nvi").await;
    assert_eq!((replies[0].lang.as_str(), replies[0].menu), ("vi", Some(Menu::Customer)));
    assert_eq!(client_of(&w, shop.ws, &anna).await.lang.as_deref(), Some("vi"));
    assert_eq!(keys(&w.say(&anna, "/lang klingon").await), ["cust-lang-bad"]);
    let replies = w.say(&anna, "/lang RU").await;
    assert_eq!(replies[0].lang, "ru");
    assert_eq!(w.say(&anna, "/stop").await[0].lang, "ru", "answers come in the chosen language");
}

#[tokio::test]
async fn mydata_shows_what_the_team_keeps() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna Smith", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    w.say(&anna, "/stop").await;
    let replies = w.say(&anna, "/mydata").await;
    let text = w.render(&replies);
    for expected in ["Anna Smith", "English", "stopped", "agreed", "cust-consent@1", "/forget"] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
}

#[tokio::test]
async fn forget_erases_the_customer_and_old_buttons_say_so() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna Smith", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    w.engine.handle(&anna, own_contact("+79991234567")).await;
    w.say(&anna, "Do you have it in blue?").await;
    let deliveries = promotion(&w, &shop).await;
    let delivery = deliveries[0].id;
    let client = client_of(&w, shop.ws, &anna).await;

    let ask = w.say(&anna, "/forget").await;
    assert_eq!(keys(&ask), ["cust-forget-ask"]);
    assert_eq!(keys(&w.press(&anna, &payload(&ask, "C:Q").unwrap()).await), ["cust-cancelled"]);
    assert!(client_of(&w, shop.ws, &anna).await.subscribed(), "cancel keeps everything");
    let replies = w.press(&anna, &payload(&ask, "C:F").unwrap()).await;
    assert_eq!(keys(&replies), ["cust-forgotten"]);
    assert_eq!(replies[0].menu, Some(Menu::Member), "the customers' menu goes");

    assert!(w.store.get_client(shop.ws, client.id).await.unwrap().is_none(), "the client goes");
    assert!(w.store.recent_activities(shop.ws, client.id, 10).await.unwrap().is_empty(), "messages are deleted");
    assert!(w.store.customer_links(anna.user_id).await.unwrap().is_empty());
    assert!(w.store.is_do_not_contact(shop.ws, &subject_keys(w.engine.secret(), shop.ws, anna.user_id)).await.unwrap());

    // Their old Unsubscribe button: the promotion was erased with them, so it is stale, exactly as for anyone
    // else pressing it (the answer does not tell that someone was forgotten).
    let replies = w.press(&anna, &format!("C:U{delivery}")).await;
    assert_eq!(keys(&replies), ["cust-stale-button"]);
    assert_eq!(keys(&w.press(&customer(5002, "Eve", None), &format!("C:U{delivery}")).await), ["cust-stale-button"]);
    // The owner cannot write to them any more: the client is gone.
    let replies = w.press(&shop.owner, &format!("C:R{}", client.id)).await;
    assert_eq!(keys(&replies), ["err-client-gone"]);
    assert!(replies.iter().all(|r| r.to.is_none()));

    // Opening the link again is a fresh opt-in that lifts the do-not-contact record.
    let replies = opt_in(&w, &anna, &shop.code).await;
    assert!(keys(&replies).contains(&"cust-subscribed"));
    let fresh = client_of(&w, shop.ws, &anna).await;
    assert_ne!(fresh.id, client.id);
    assert_eq!(w.store.consent_trail(shop.ws, fresh.id).await.unwrap()[0].action, "optin");
    assert!(
        !w.store.is_do_not_contact(shop.ws, &subject_keys(w.engine.secret(), shop.ws, anna.user_id)).await.unwrap()
    );
}

fn own_contact(phone: &str) -> Event {
    Event::Contact { phone: phone.into(), first_name: "Anna".into(), last_name: None, own: true }
}

#[tokio::test]
async fn a_shared_phone_finds_the_client_the_team_already_has() {
    let w = world().await;
    let shop = shop(&w).await;
    let known = w
        .store
        .insert_client(&NewClient {
            workspace_id: shop.ws,
            name: "Anna Petrova".into(),
            name_folded: "anna petrova".into(),
            phones: vec!["+79991234567".into()],
            emails: vec![],
            company: None,
            tags: vec![],
            source: Some("shop".into()),
            owner_member_id: shop.owner_member,
            search_text: "anna petrova 79991234567".into(),
        })
        .await
        .unwrap();
    let anna = customer(5001, "Anna", Some("ru"));
    opt_in(&w, &anna, &shop.code).await;
    let auto = client_of(&w, shop.ws, &anna).await;

    // A phone-book contact is someone else's number: not trusted.
    let forwarded =
        Event::Contact { phone: "+79991234567".into(), first_name: "A".into(), last_name: None, own: false };
    let replies = w.engine.handle(&anna, forwarded).await;
    assert_eq!(keys(&replies), ["cust-contact-not-own"]);
    assert_eq!(replies[0].keyboard, Keyboard::ShareContact);
    assert_eq!(client_of(&w, shop.ws, &anna).await, auto);

    // Telegram sends the verified phone without '+'.
    let replies = w.engine.handle(&anna, own_contact("79991234567")).await;
    assert!(keys(&replies).contains(&"cust-contact-matched"), "{:?}", keys(&replies));
    let notice = replies.iter().find(|r| r.to == Some(shop.owner.user_id)).expect("the owner hears of it");
    assert!(notice.text.keys().contains(&"cust-notice-matched"));
    let linked = client_of(&w, shop.ws, &anna).await;
    assert_eq!(linked.id, known.id);
    assert!(linked.subscribed() && linked.lang.as_deref() == Some("ru"));
    assert!(w.store.get_client(shop.ws, auto.id).await.unwrap().is_none(), "the empty auto-made client is gone");

    // Another customer with an unknown phone: saved on their own record.
    let boris = customer(5002, "Boris", Some("en"));
    opt_in(&w, &boris, &shop.code).await;
    let replies = w.engine.handle(&boris, own_contact("+34 612 345 678")).await;
    assert!(keys(&replies).contains(&"cust-contact-saved"));
    assert_eq!(client_of(&w, shop.ws, &boris).await.phones, "+34612345678");
    // A phone Telegram could never send.
    assert_eq!(keys(&w.engine.handle(&boris, own_contact("call me maybe")).await), ["cust-contact-bad"]);
}

#[tokio::test]
async fn a_customers_message_reaches_the_owner_and_the_reply_comes_back() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna Smith", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    let client = client_of(&w, shop.ws, &anna).await;

    let replies = w.say(&anna, "Do you have it in blue?").await;
    assert_eq!(keys(&replies[..1]), ["cust-message-sent"]);
    let notice = replies.iter().find(|r| r.to == Some(shop.owner.user_id)).expect("the owner gets it");
    assert!(w.render(std::slice::from_ref(notice)).contains("Do you have it in blue?"));
    let reply = format!("C:R{}", client.id);
    assert_eq!(World::buttons(std::slice::from_ref(notice)), [reply.clone(), format!("c:{}", client.id)]);
    let history = w.store.recent_activities(shop.ws, client.id, 5).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!((history[0].kind.as_str(), history[0].outcome.as_deref()), ("message", Some("in")));

    assert_eq!(keys(&w.press(&shop.owner, &reply).await), ["cust-reply-ask"]);
    let replies = w.say(&shop.owner, "Yes! Size M is in stock.").await;
    let to_anna = replies.iter().find(|r| r.to == Some(anna.user_id)).expect("sent to the customer");
    assert!(w.render(std::slice::from_ref(to_anna)).contains("Size M"));
    assert!(w.render(std::slice::from_ref(to_anna)).contains("Member 1001"), "shown as from the team");
    assert!(keys(&replies).contains(&"cust-reply-sent"));
    // The next message is a note again, not another reply.
    let replies = w.say(&shop.owner, "remember to order more").await;
    assert!(replies.iter().all(|r| r.to.is_none()));

    let card = w.render(&w.press(&shop.owner, &format!("c:{}", client.id)).await);
    assert!(
        card.contains("⬅️") && card.contains("in blue") && card.contains("➡️") && card.contains("Size M"),
        "{card}"
    );
    let history = w.store.recent_activities(shop.ws, client.id, 5).await.unwrap();
    assert!(history.iter().any(|a| a.kind == ActivityKind::Message.as_str() && a.outcome.as_deref() == Some("out")));
}

#[tokio::test]
async fn only_words_reach_the_team() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    let client = client_of(&w, shop.ws, &anna).await;
    let photo = Event::Photo { file_id: "AgAD".into(), caption: Some("look".into()) };
    assert_eq!(keys(&w.engine.handle(&anna, photo).await), ["cust-text-only"]);
    assert_eq!(keys(&w.say(&anna, "   ").await), ["cust-text-only"], "a sticker arrives as empty text");
    let long = "x".repeat(5000);
    assert_eq!(keys(&w.say(&anna, &long).await), ["err-too-long"]);
    assert!(w.store.recent_activities(shop.ws, client.id, 5).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_colleague_who_may_not_edit_the_client_cannot_answer_for_it() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    let client = client_of(&w, shop.ws, &anna).await;
    let invite = w.say(&shop.owner, "/invite").await;
    let code = start_code(&w, &invite);
    let manager = actor(1003, "en");
    w.say(&manager, &format!("/start {code}")).await;
    let replies = w.press(&manager, &format!("C:R{}", client.id)).await;
    assert_eq!(keys(&replies), ["err-read-only"]);
    let replies = w.say(&manager, "hello from a stranger").await;
    assert!(replies.iter().all(|r| r.to != Some(anna.user_id)), "nothing reaches the customer");
}

#[tokio::test]
async fn a_promotions_buttons_work_only_for_its_own_customer() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna", Some("en"));
    let boris = customer(5002, "Boris", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    opt_in(&w, &boris, &shop.code).await;
    let deliveries = promotion(&w, &shop).await;
    let anna_client = client_of(&w, shop.ws, &anna).await;
    let mine = deliveries.iter().find(|d| d.client_id == Some(anna_client.id)).unwrap().id;

    // Boris presses Anna's buttons (a forged payload): stale, nothing recorded.
    assert_eq!(keys(&w.press(&boris, &format!("C:L{mine}")).await), ["cust-stale-button"]);
    assert_eq!(keys(&w.press(&boris, &format!("C:U{mine}")).await), ["cust-stale-button"]);
    assert!(client_of(&w, shop.ws, &anna).await.subscribed());
    assert_eq!(w.store.promo_press(mine).await.unwrap().unwrap().pressed_at, None);
    // The sender's preview: no side effect.
    assert_eq!(keys(&w.press(&anna, "C:L0").await), ["cust-preview-button"]);
    assert_eq!(keys(&w.press(&shop.owner, "C:U0").await), ["cust-preview-button"]);
    assert_eq!(keys(&w.press(&anna, "C:U99999").await), ["cust-stale-button"]);

    let replies = w.press(&anna, &format!("C:L{mine}")).await;
    let link = &replies[0].buttons[0][0];
    assert_eq!(link.url.as_deref(), Some("https://shop.example/autumn"));
    let pressed = w.store.promo_press(mine).await.unwrap().unwrap().pressed_at;
    assert!(pressed.is_some());
    w.press(&anna, &format!("C:L{mine}")).await;
    assert_eq!(w.store.promo_press(mine).await.unwrap().unwrap().pressed_at, pressed, "the first press counts");

    let replies = w.press(&anna, &format!("C:U{mine}")).await;
    assert_eq!(keys(&replies), ["cust-stopped"]);
    assert!(payload(&replies, "C:S").is_some());
    assert!(!client_of(&w, shop.ws, &anna).await.subscribed());
    let campaign = w.store.promo_press(mine).await.unwrap().unwrap().campaign_id;
    assert_eq!(w.store.campaign_tally(campaign).await.unwrap().unsubscribes, 1);
    // Pressing it again: still unsubscribed, counted once.
    w.press(&anna, &format!("C:U{mine}")).await;
    assert_eq!(w.store.campaign_tally(campaign).await.unwrap().unsubscribes, 1);
}

#[tokio::test]
async fn a_personal_link_lands_the_opt_in_on_its_client() {
    let w = world().await;
    let shop = shop(&w).await;
    w.say(&shop.owner, "/add Anna Petrova +7 999 123-45-67").await;
    let member = w.store.member_by_tg(shop.owner.user_id).await.unwrap().unwrap();
    let anna_id = member.focus_client_id.expect("Anna in focus");
    let replies = w.say(&shop.owner, "/optin").await;
    let personal = payload(&replies, "C:P").expect("a personal link for the client in focus");
    assert_eq!(personal, format!("C:P{anna_id}"));
    let replies = w.press(&shop.owner, &personal).await;
    assert!(replies[0].photo.is_some());
    let code = start_code(&w, &replies);
    assert_ne!(code, shop.code);
    assert_eq!(start_code(&w, &w.say(&shop.owner, "/optin Petrova").await), code, "one personal link per client");

    let anna = customer(5001, "Anya", Some("ru"));
    let replies = opt_in(&w, &anna, &code).await;
    assert!(!keys(&replies).contains(&"cust-share-ask"), "the team has her phone already");
    assert_eq!(client_of(&w, shop.ws, &anna).await.id, anna_id);
    let notice = replies.iter().find(|r| r.to.is_some()).unwrap();
    assert!(w.render(std::slice::from_ref(notice)).contains("personal"), "{}", w.render(std::slice::from_ref(notice)));
    // The link is hers: someone else cannot use it.
    let eve = customer(5002, "Eve", Some("en"));
    assert_eq!(keys(&opt_in(&w, &eve, &code).await), ["cust-link-taken"]);
    assert!(w.store.customer_in_team(shop.ws, eve.user_id).await.unwrap().is_none());
    // A subscribed client needs no link.
    assert_eq!(keys(&w.press(&shop.owner, &personal).await), ["cust-optin-subscribed"]);
}

#[tokio::test]
async fn optin_by_name_picks_among_the_members_clients() {
    let w = world().await;
    let shop = shop(&w).await;
    w.say(&shop.owner, "/add Anna Petrova").await;
    w.say(&shop.owner, "/add Anna Sidorova").await;
    let replies = w.say(&shop.owner, "/optin anna").await;
    assert_eq!(keys(&replies), ["cust-optin-pick"]);
    assert_eq!(World::buttons(&replies).iter().filter(|d| d.starts_with("C:P")).count(), 2);
    assert_eq!(keys(&w.say(&shop.owner, "/optin Zorro").await), ["cust-optin-none"]);
}

#[tokio::test]
async fn a_new_team_link_retires_the_old_one() {
    let w = world().await;
    let shop: Shop = shop(&w).await;
    let replies = w.say(&shop.owner, "/optin").await;
    let ask = payload(&replies, "C:Y").expect("owners may replace the link");
    let confirm = w.press(&shop.owner, &ask).await;
    assert_eq!(keys(&confirm), ["cust-optin-renew-ask"]);
    let replies = w.press(&shop.owner, &payload(&confirm, "C:V").unwrap()).await;
    assert_eq!(keys(&replies)[0], "cust-optin-renewed");
    let code = start_code(&w, &replies);
    assert_ne!(code, shop.code);
    // An existing customer opening the old link is told it no longer works.
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &code).await;
    assert_eq!(keys(&w.say(&anna, &format!("/start {}", shop.code)).await), ["cust-link-unknown"]);
    // A manager may not replace it.
    let invite = w.say(&shop.owner, "/invite").await;
    let manager = actor(1003, "en");
    w.say(&manager, &format!("/start {}", start_code(&w, &invite))).await;
    assert!(payload(&w.say(&manager, "/optin").await, "C:Y").is_none());
    let workspace = shop.ws;
    assert_eq!(keys(&w.press(&manager, &format!("C:V{workspace}")).await), ["err-role"]);
    assert_eq!(start_code(&w, &w.say(&manager, "/optin").await), code, "unchanged");
}

#[tokio::test]
async fn a_customer_who_joins_a_team_gets_the_members_menu() {
    let w = world().await;
    let shop = shop(&w).await;
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &shop.code).await;
    let invite = start_code(&w, &w.say(&shop.owner, "/invite").await);
    let replies = w.say(&anna, &format!("/start {invite}")).await;
    assert!(keys(&replies).contains(&"join-welcome"), "{:?}", keys(&replies));
    assert_eq!(replies[0].menu, Some(Menu::Member));
    let member = w.store.member_by_tg(anna.user_id).await.unwrap().expect("a colleague now");
    assert_eq!(member.workspace_id, Some(shop.ws));
    // Now a member: CRM commands work, and her customer's buttons still do.
    assert!(keys(&w.say(&anna, "/today").await).iter().all(|k| !k.starts_with("cust-")));

    // A used-up invite: explained, and still no member row.
    let boris = customer(5002, "Boris", Some("en"));
    opt_in(&w, &boris, &shop.code).await;
    assert_eq!(keys(&w.say(&boris, &format!("/start {invite}")).await), ["join-used"]);
    assert!(w.store.member_by_tg(boris.user_id).await.unwrap().is_none());
}

#[tokio::test]
async fn a_salesperson_of_another_team_may_subscribe_and_keeps_the_crm() {
    let w = world().await;
    let shop = shop(&w).await;
    let other = actor(1002, "en");
    w.onboard(&other, "en", "Europe/Madrid").await;
    let replies = opt_in(&w, &other, &shop.code).await;
    assert!(keys(&replies).contains(&"cust-subscribed"));
    assert_eq!(replies[0].menu, None, "a colleague's chat keeps the members' menu");
    assert!(client_of(&w, shop.ws, &other).await.subscribed());
    // Their words still go to their own CRM; the promotion's buttons still work for them.
    assert!(keys(&w.say(&other, "/today").await).iter().all(|k| !k.starts_with("cust-")));
    let deliveries = promotion(&w, &shop).await;
    let theirs = deliveries.iter().find(|d| d.tg_user_id == Some(other.user_id)).expect("they got it").id;
    assert_eq!(keys(&w.press(&other, &format!("C:U{theirs}")).await), ["cust-stopped"]);
    assert!(!client_of(&w, shop.ws, &other).await.subscribed());
}

#[tokio::test]
async fn a_customer_of_two_teams_writes_to_the_one_they_dealt_with_last() {
    let w = world().await;
    let first = shop(&w).await;
    let cafe_owner = actor(1002, "en");
    w.onboard(&cafe_owner, "en", "Europe/Madrid").await;
    let cafe_code = start_code(&w, &w.say(&cafe_owner, "/optin").await);
    let anna = customer(5001, "Anna", Some("en"));
    opt_in(&w, &anna, &first.code).await;
    w.clock.advance(chrono::Duration::minutes(5));
    opt_in(&w, &anna, &cafe_code).await;
    let replies = w.say(&anna, "Table for two tonight?").await;
    assert!(w.render(&replies[..1]).contains("Member 1002"), "the ack names the team: {}", w.render(&replies));
    assert!(replies.iter().any(|r| r.to == Some(cafe_owner.user_id)));
    assert!(replies.iter().all(|r| r.to != Some(first.owner.user_id)));
    // Dealing with the shop (stopping its promotions) makes it the one she writes to.
    w.clock.advance(chrono::Duration::minutes(5));
    w.press(&anna, &format!("C:X{}", first.ws)).await;
    let replies = w.say(&anna, "Is my order ready?").await;
    assert!(replies.iter().any(|r| r.to == Some(first.owner.user_id)));
    assert!(replies.iter().all(|r| r.to != Some(cafe_owner.user_id)));
}

#[tokio::test]
async fn someone_without_a_team_gets_no_link() {
    let w = world().await;
    let stranger = actor(4242, "en");
    assert_eq!(keys(&w.say(&stranger, "/optin").await), ["err-no-workspace"]);
    assert_eq!(keys(&w.press(&stranger, "C:P1").await), ["err-no-workspace"]);
    let shop = shop(&w).await;
    // A member pressing a customer's button is answered as a customer's: nothing of theirs is touched.
    assert_eq!(keys(&w.press(&shop.owner, &format!("C:X{}", shop.ws)).await), ["cust-nothing-stored"]);
    assert_eq!(keys(&w.press(&shop.owner, "C:W").await), ["cust-nothing-stored"]);
}
