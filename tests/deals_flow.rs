//! Deals driven through the core as a salesperson would: /deal, the card's stage buttons, lost reasons, won
//! amounts, reopening, old buttons, /deals, /stages, and calls logged from the deal card.

mod common;
mod deals_support;

use chrono::{Duration, NaiveDate};
use common::{World, world};
use deals_support::*;
use pocketcrm::core::{Event, Text};

#[tokio::test]
async fn a_deal_in_one_line_is_created_for_the_client_in_focus() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let replies = w.say(&me, "/deal 12 000,50 € Website redesign 25.12").await;
    assert!(World::keys(&replies).contains(&"deal-created"), "{:?}", World::keys(&replies));
    let text = w.render(&replies);
    assert!(text.contains("12,000.50 EUR") && text.contains("Website redesign") && text.contains("Lead"), "{text}");
    assert!(text.contains("weighted 1,200.05 EUR"), "10% of the amount: {text}");

    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    let me_id = member(&w, &me).await.id;
    assert_eq!(
        (deal.amount_minor, deal.currency.as_str(), deal.title.as_str()),
        (1_200_050, "EUR", "Website redesign")
    );
    assert_eq!(deal.expected_close, NaiveDate::from_ymd_opt(2026, 12, 25));
    assert_eq!(deal.owner_member_id, me_id);
    assert_eq!(stage_name(&w, &deal).await, "Lead");
    let events = history(&w, &deal).await;
    assert_eq!((events.len(), events[0].kind.as_str(), events[0].member_id), (1, "created", me_id));
    assert!(buttons_with(&replies, "D:mv:").len() == 5, "a button per other visible stage");
}

#[tokio::test]
async fn the_client_s_source_becomes_the_deal_s_source() {
    let w = world().await;
    let me = common::actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    // A shared phone contact makes a client whose source is "telegram-contact".
    let contact =
        Event::Contact { phone: "+79991234567".into(), first_name: "Ivan".into(), last_name: None, own: false };
    let replies = w.engine.handle(&me, contact).await;
    assert!(World::keys(&replies).contains(&"client-added"));
    w.say(&me, "/deal 500 USD Audit").await;
    let ws = ws_of(&w, &me).await;
    assert_eq!(only_deal(&w, ws).await.source.as_deref(), Some("telegram-contact"));
}

#[tokio::test]
async fn deal_alone_asks_the_amount_then_the_title_one_message_at_a_time() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let replies = w.say(&me, "/deal").await;
    assert_eq!(World::keys(&replies), vec!["deal-ask-amount"]);
    let replies = w.say(&me, "12k USD").await;
    assert_eq!(World::keys(&replies), vec!["deal-ask-title"]);
    assert_eq!(arg(&replies, "deal-ask-title", "amount").as_deref(), Some("12,000 USD"));
    let ws = ws_of(&w, &me).await;
    assert!(deals(&w, ws).await.is_empty(), "nothing is created before the title");
    let replies = w.say(&me, "Security audit").await;
    assert!(World::keys(&replies).contains(&"deal-created"));
    let deal = only_deal(&w, ws).await;
    assert_eq!((deal.amount_minor, deal.currency.as_str(), deal.title.as_str()), (1_200_000, "USD", "Security audit"));
    assert_eq!(deal.expected_close, None);
}

#[tokio::test]
async fn without_a_client_in_focus_the_member_is_told_to_open_one() {
    let w = world().await;
    let me = common::actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    let replies = w.say(&me, "/deal 12000 EUR Website").await;
    assert_eq!(World::keys(&replies), vec!["deal-err-no-client"]);
}

#[tokio::test]
async fn bad_amounts_are_explained_and_nothing_is_created() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let cases = [
        ("/deal -5 EUR Website", "deal-err-negative"),
        ("/deal 0 EUR Website", "deal-err-zero"),
        ("/deal 2000000000000 EUR Website", "deal-err-too-large"),
        ("/deal 12000 EUX Website", "deal-err-currency"),
        ("/deal 10.5 JPY Website", "deal-err-decimals"),
        ("/deal 12000 Website", "deal-err-no-currency"),
        ("/deal Website redesign", "deal-err-amount"),
        ("/deal 12000 EUR 31.02", "err-date"),
    ];
    for (typed, key) in cases {
        let replies = w.say(&me, typed).await;
        assert_eq!(World::keys(&replies), vec![key], "{typed}");
    }
    let ws = ws_of(&w, &me).await;
    assert!(deals(&w, ws).await.is_empty());
    let replies = w.say(&me, "/deal 12000 EUX Website").await;
    assert!(w.render(&replies).contains("EUX"), "the explanation names what was typed");
}

#[tokio::test]
async fn the_currency_may_be_left_out_after_the_first_deal() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    w.say(&me, "/deal 100 RUB First").await;
    let replies = w.say(&me, "/deal 5 000 Second").await;
    assert!(World::keys(&replies).contains(&"deal-created"), "{:?}", World::keys(&replies));
    let ws = ws_of(&w, &me).await;
    let second = deals(&w, ws).await.into_iter().find(|d| d.title == "Second").unwrap();
    assert_eq!((second.amount_minor, second.currency.as_str()), (500_000, "RUB"));
}

#[tokio::test]
async fn one_tap_moves_the_deal_and_the_history_says_who_when_from_and_to() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    w.clock.advance(Duration::hours(2));
    let replies = w.press(&me, &raw_button(&card, "Proposal").unwrap()).await;
    assert!(World::keys(&replies).contains(&"deal-moved"), "{:?}", World::keys(&replies));
    assert!(w.render(&replies).contains("Lead → Proposal"));
    let moved = reload(&w, &deal).await;
    assert_eq!((stage_name(&w, &moved).await.as_str(), moved.version), ("Proposal", 2));
    let event = &history(&w, &deal).await[0];
    assert_eq!(event.kind, "moved");
    assert_eq!(event.member_id, member(&w, &me).await.id);
    assert_eq!(event.at, common::monday_morning() + Duration::hours(2));
    assert_eq!((event.from_stage_id, event.to_stage_id), (Some(deal.stage_id), Some(moved.stage_id)));
    assert!(raw_button(&replies, "Proposal").is_none() && raw_button(&replies, "Lead").is_some(), "buttons follow");
}

#[tokio::test]
async fn a_move_from_an_old_card_is_not_applied_and_the_current_card_is_shown() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let old_card = w.say(&me, "/deal 12000 EUR Website").await;
    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    // Someone (here: the same member from another message) moves it first.
    w.press(&me, &raw_button(&old_card, "Negotiation").unwrap()).await;
    let replies = w.press(&me, &raw_button(&old_card, "Qualified").unwrap()).await;
    assert_eq!(World::keys(&replies)[0], "deal-stale");
    assert_eq!(arg(&replies, "deal-stale", "stage").as_deref(), Some("Negotiation"));
    let now = reload(&w, &deal).await;
    assert_eq!((stage_name(&w, &now).await.as_str(), now.version), ("Negotiation", 2), "nothing applied blindly");
    assert!(buttons_with(&replies, &format!("D:mv:{}:", deal.id)).iter().all(|b| b.ends_with(":2")), "fresh buttons");
    let moves = history(&w, &deal).await.iter().filter(|e| e.kind == "moved").count();
    assert_eq!(moves, 1);
}

#[tokio::test]
async fn lost_asks_for_a_reason_and_keeps_the_code() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    let replies = w.press(&me, &raw_button(&card, "❌ Lost").unwrap()).await;
    assert_eq!(World::keys(&replies)[0], "deal-ask-lost-reason");
    assert_eq!(reload(&w, &deal).await.version, 1, "not moved before the reason");
    let price = key_button(&replies, "deal-reason-price").unwrap();
    let replies = w.press(&me, &price).await;
    assert!(World::keys(&replies).contains(&"deal-moved"));
    let lost = reload(&w, &deal).await;
    assert_eq!((lost.lost_reason.as_deref(), lost.lost_at.is_some()), (Some("price"), true));
    assert!(w.render(&replies).contains("Price"));
    let replies = w.press(&me, &price).await;
    assert_eq!(World::keys(&replies)[0], "deal-stale", "the same reason twice moves once");
}

#[tokio::test]
async fn a_lost_reason_can_be_typed_in_the_members_own_words() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    w.press(&me, &raw_button(&card, "❌ Lost").unwrap()).await;
    let replies = w.say(&me, "they hired   an in-house team").await;
    assert!(World::keys(&replies).contains(&"deal-moved"));
    let ws = ws_of(&w, &me).await;
    let lost = only_deal(&w, ws).await;
    assert_eq!(lost.lost_reason.as_deref(), Some("they hired an in-house team"));
    assert_eq!(history(&w, &lost).await[0].note.as_deref(), Some("they hired an in-house team"));
}

#[tokio::test]
async fn won_records_the_date_and_the_amount_with_one_tap_or_a_typed_correction() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    let replies = w.press(&me, &raw_button(&card, "🏆 Won").unwrap()).await;
    assert!(World::keys(&replies).contains(&"deal-won-ask"));
    let won = reload(&w, &deal).await;
    assert_eq!((won.won_at, won.amount_minor), (Some(common::monday_morning()), 1_200_000));
    let as_is = key_button(&replies, "deal-btn-as-is").unwrap();

    let replies = w.say(&me, "100 USD").await;
    assert_eq!(World::keys(&replies), vec!["deal-err-other-currency"]);
    let replies = w.say(&me, "11 500").await;
    assert!(World::keys(&replies).contains(&"deal-amount-set"), "{:?}", World::keys(&replies));
    let corrected = reload(&w, &deal).await;
    assert_eq!(corrected.amount_minor, 1_150_000);
    assert_eq!(history(&w, &deal).await[0].note.as_deref(), Some("amount:1200000>1150000"));

    let replies = w.press(&me, &as_is).await;
    assert_eq!(World::keys(&replies), vec!["deal-won-kept"]);
    assert_eq!(reload(&w, &deal).await.amount_minor, 1_150_000, "as is changes nothing");
}

#[tokio::test]
async fn as_is_ends_the_question_so_the_next_message_is_not_an_amount() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    let replies = w.press(&me, &raw_button(&card, "🏆 Won").unwrap()).await;
    w.press(&me, &key_button(&replies, "deal-btn-as-is").unwrap()).await;
    let replies = w.say(&me, "5000").await;
    assert_eq!(World::keys(&replies), vec!["note-offer"], "plain text again");
    let ws = ws_of(&w, &me).await;
    assert_eq!(only_deal(&w, ws).await.amount_minor, 1_200_000);
}

#[tokio::test]
async fn reopening_a_closed_deal_clears_its_outcome() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    let replies = w.press(&me, &raw_button(&card, "🏆 Won").unwrap()).await;
    let replies = w.press(&me, &raw_button(&replies, "❌ Lost").unwrap()).await;
    let replies = w.press(&me, &key_button(&replies, "deal-reason-timing").unwrap()).await;
    let ws = ws_of(&w, &me).await;
    let lost = only_deal(&w, ws).await;
    assert_eq!((lost.won_at, lost.lost_at.is_some()), (None, true), "lost after won clears won");
    w.press(&me, &raw_button(&replies, "Negotiation").unwrap()).await;
    let open = only_deal(&w, ws).await;
    assert_eq!((open.won_at, open.lost_at, open.lost_reason.as_deref()), (None, None, None));
    assert_eq!(stage_name(&w, &open).await, "Negotiation");
}

#[tokio::test]
async fn a_hidden_stage_s_old_button_moves_nothing() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    let stages = w.say(&me, "/stages").await;
    let proposal = w.store.stage_names(ws_of(&w, &me).await).await.unwrap();
    let proposal = proposal.iter().find(|n| n.name == "Proposal").unwrap().stage_id;
    let hide = format!("D:s:h:{proposal}");
    assert!(World::buttons(&stages).contains(&hide));
    let replies = w.press(&me, &hide).await;
    assert!(World::keys(&replies).contains(&"stages-saved"));
    let replies = w.press(&me, &raw_button(&card, "Proposal").unwrap()).await;
    assert_eq!(World::keys(&replies)[0], "deal-stage-gone");
    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    assert_eq!((stage_name(&w, &deal).await.as_str(), deal.version), ("Lead", 1));
    assert!(raw_button(&replies, "Proposal").is_none(), "hidden stages get no button");
}

#[tokio::test]
async fn deals_lists_mine_by_stage_with_overdue_and_stale_sections() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    w.say(&me, "/deal 12000 EUR Website 20.12").await;
    w.say(&me, "/deal 300 EUR Hosting").await;
    let ws = ws_of(&w, &me).await;
    let hosting = deals(&w, ws).await.into_iter().find(|d| d.title == "Hosting").unwrap();
    let card = w.press(&me, &format!("D:v:{}", hosting.id)).await;
    w.press(&me, &raw_button(&card, "Proposal").unwrap()).await;

    let replies = w.say(&me, "/deals").await;
    let keys = World::keys(&replies);
    assert_eq!(keys.iter().filter(|k| **k == "deals-stage").count(), 2, "{keys:?}");
    assert!(!keys.contains(&"deals-overdue") && !keys.contains(&"deals-stale"));
    assert_eq!(buttons_with(&replies, "D:v:").len(), 2);

    // A month later: the website is overdue, and neither was touched for 14+ days.
    w.clock.advance(Duration::days(30));
    let replies = w.say(&me, "/deals").await;
    assert_eq!(arg(&replies, "deals-overdue", "count").as_deref(), Some("1"));
    assert_eq!(arg(&replies, "deals-stale", "count").as_deref(), Some("2"));
    assert_eq!(arg(&replies, "deals-stale", "days").as_deref(), Some("14"));
    assert_eq!(buttons_with(&replies, "D:v:").len(), 2, "one button per deal, even in two sections");
}

#[tokio::test]
async fn with_no_deals_deals_says_how_to_make_one() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let replies = w.say(&me, "/deals").await;
    assert_eq!(World::keys(&replies), vec!["deals-title", "deals-none"]);
    let replies = w.say(&me, "/deals everything").await;
    assert_eq!(World::keys(&replies), vec!["deal-err-deals-args"]);
}

#[tokio::test]
async fn a_call_logged_from_the_deal_card_belongs_to_the_deal() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    w.clock.advance(Duration::days(3));
    let call = buttons_with(&card, "D:a:").into_iter().find(|b| b.ends_with(":k")).unwrap();
    let replies = w.press(&me, &call).await;
    assert_eq!(World::keys(&replies), vec!["ask-call"]);
    let replies = w.say(&me, "agreed on a trial").await;
    assert!(World::keys(&replies).contains(&"logged-call"));
    let activity = &w.store.recent_activities(ws, deal.client_id, 1).await.unwrap()[0];
    assert_eq!((activity.deal_id, activity.kind.as_str()), (Some(deal.id), "call"));
    assert_eq!(reload(&w, &deal).await.last_activity_at, common::monday_morning() + Duration::days(3));
}

#[tokio::test]
async fn the_client_card_shows_its_deals_and_offers_a_new_one() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    w.say(&me, "/deal 12000 EUR Website").await;
    let client = member(&w, &me).await.focus_client_id.unwrap();
    let replies = w.press(&me, &format!("c:{client}")).await;
    assert!(World::keys(&replies).contains(&"deal-client-deals"));
    assert!(w.render(&replies).contains("Website — 12,000 EUR · Lead"));
    let new = key_button(&replies, "deal-btn-new").unwrap();
    let replies = w.press(&me, &new).await;
    assert_eq!(World::keys(&replies), vec!["deal-ask-amount"]);
}

#[tokio::test]
async fn stages_are_renamed_per_language_and_colliding_names_are_refused() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let ws = ws_of(&w, &me).await;
    let list = w.say(&me, "/stages").await;
    let rename_lead = raw_button(&list, "✏️ Lead").unwrap();
    w.press(&me, &rename_lead).await;
    let replies = w.say(&me, "qualified").await;
    assert_eq!(World::keys(&replies), vec!["stages-err-taken"]);
    let replies = w.say(&me, "Inbound 15%").await;
    assert!(World::keys(&replies).contains(&"stages-saved"));
    let names = w.store.stage_names(ws).await.unwrap();
    let lead = names.iter().find(|n| n.name == "Inbound").unwrap();
    assert_eq!(lead.lang, "en");
    assert!(
        names.iter().any(|n| n.stage_id == lead.stage_id && n.lang == "ru" && n.name == "Лид"),
        "ru keeps its name"
    );
    let stage = w.store.ensure_stages(ws, &[], common::monday_morning()).await.unwrap();
    assert_eq!(stage.iter().find(|s| s.id == lead.stage_id).unwrap().probability, 15);

    let replies = w.say(&me, "/deal 100 EUR Test").await;
    assert!(raw_button(&replies, "Qualified").is_some());
    assert!(w.render(&replies).contains("Inbound · 15%"));
}

#[tokio::test]
async fn an_added_stage_is_offered_on_cards_and_the_last_lost_stage_stays() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let list = w.say(&me, "/stages").await;
    w.press(&me, &key_button(&list, "stages-btn-add").unwrap()).await;
    let replies = w.say(&me, "Demo 30%").await;
    assert!(World::keys(&replies).contains(&"stages-saved"));
    let card = w.say(&me, "/deal 100 EUR Test").await;
    assert!(raw_button(&card, "Demo").is_some());

    let ws = ws_of(&w, &me).await;
    let names = w.store.stage_names(ws).await.unwrap();
    let lost = names.iter().find(|n| n.name == "Lost").unwrap().stage_id;
    let replies = w.press(&me, &format!("D:s:h:{lost}")).await;
    assert_eq!(World::keys(&replies)[0], "stages-err-last");
    let stages = w.store.ensure_stages(ws, &[], common::monday_morning()).await.unwrap();
    assert!(stages.iter().all(|s| !s.hidden));
    let replies = w.say(&me, "/stages").await;
    assert!(matches!(&replies[0].text, Text::Lines(lines) if lines.len() == 9), "title, 7 stages, hint");
}

#[tokio::test]
async fn default_stage_names_follow_the_member_s_language() {
    let w = world().await;
    let me = common::actor(1, "ru");
    w.onboard(&me, "ru", "Moscow").await;
    w.say(&me, "/add Иван Петров").await;
    let replies = w.say(&me, "/deal 5000 ₽ Сайт").await;
    let text = w.render(&replies);
    assert!(text.contains("Лид") && text.contains("5\u{a0}000 RUB"), "{text}");
    assert!(raw_button(&replies, "Переговоры").is_some());
}

#[tokio::test]
async fn tapping_on_to_something_else_drops_an_open_deal_question() {
    let w = world().await;
    let me = owner_with_client(&w).await;
    let card = w.say(&me, "/deal 12000 EUR Website").await;
    w.press(&me, &raw_button(&card, "❌ Lost").unwrap()).await;
    let ws = ws_of(&w, &me).await;
    let deal = only_deal(&w, ws).await;
    w.press(&me, &format!("D:v:{}", deal.id)).await;
    let replies = w.say(&me, "too expensive").await;
    assert_eq!(World::keys(&replies), vec!["note-offer"], "not taken as the lost reason");
    assert_eq!(reload(&w, &deal).await.version, 1);
}
