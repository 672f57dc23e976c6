//! The CRM driven through its core, as a member would: commands, buttons, dialogues, and the rules behind them.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::{World, actor, world};
use pocketcrm::core::{Event, Text};
use pocketcrm::store::ActivityKind;

#[tokio::test]
async fn a_new_member_is_asked_to_start_before_anything_else() {
    let w = world().await;
    let ivan = actor(1, "en");
    let replies = w.say(&ivan, "/add Ivan Petrov").await;
    assert_eq!(World::keys(&replies), vec!["err-no-workspace"]);
}

#[tokio::test]
async fn start_offers_languages_then_zones_and_saves_both() {
    let w = world().await;
    let me = actor(1, "ru-RU");
    let replies = w.say(&me, "/start").await;
    assert!(World::keys(&replies).contains(&"start-welcome"));
    assert_eq!(replies[0].lang, "ru", "the first guess comes from Telegram's language_code");
    let langs = World::buttons(&replies);
    assert_eq!(langs.len(), 7);
    assert!(langs.contains(&"l:fa".to_string()));

    let replies = w.press(&me, "l:es").await;
    assert_eq!(replies[0].lang, "es");
    let zones = World::buttons(&replies);
    assert!(zones.iter().all(|z| z.starts_with("z:")) && !zones.is_empty());

    let replies = w.press(&me, "z:0").await;
    assert!(World::keys(&replies).contains(&"tz-set"));
    let member = w.store.member_by_tg(1).await.unwrap().unwrap();
    assert_eq!(member.locale, "es");
    assert_eq!(member.tz, "Europe/Madrid");
    assert!(member.workspace_id.is_some());
}

#[tokio::test]
async fn a_typed_city_sets_the_zone_and_nonsense_is_explained() {
    let w = world().await;
    let me = actor(1, "en");
    w.say(&me, "/start").await;
    w.press(&me, "l:en").await;
    let replies = w.say(&me, "Atlantis").await;
    assert_eq!(World::keys(&replies), vec!["err-tz"]);
    let replies = w.say(&me, "Tehran").await;
    assert!(World::keys(&replies).contains(&"tz-set"));
    assert_eq!(w.store.member_by_tg(1).await.unwrap().unwrap().tz, "Asia/Tehran");
}

#[tokio::test]
async fn add_in_one_line_recognises_phone_email_tags_and_company() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    let replies = w.say(&me, "/add Ivan Petrov +7 999 123-45-67 ivan@example.com #vip @Acme").await;
    let text = w.render(&replies);
    assert!(text.contains("Ivan Petrov"), "{text}");
    assert!(text.contains("+79991234567"), "{text}");
    assert!(text.contains("ivan@example.com"), "{text}");
    assert!(text.contains("#vip"), "{text}");
    assert!(text.contains("Acme"), "{text}");
    let buttons = World::buttons(&replies);
    assert!(buttons.iter().any(|b| b.starts_with("m:")) && buttons.iter().any(|b| b.starts_with("rn:")));

    let member = w.store.member_by_tg(1).await.unwrap().unwrap();
    let (found, total) = w.store.find_clients(member.workspace_id.unwrap(), None, "ivan", 10, 0).await.unwrap();
    assert_eq!(total, 1);
    assert_eq!(found[0].phones, "+79991234567");
    assert_eq!(found[0].company.as_deref(), Some("Acme"));
    assert_eq!(member.focus_client_id, Some(found[0].id), "the new client is in focus");
}

#[tokio::test]
async fn add_alone_asks_step_by_step_and_survives_a_restart() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    assert_eq!(World::keys(&w.say(&me, "/add").await), vec!["add-ask-name"]);
    assert_eq!(World::keys(&w.say(&me, "Maria Lopez").await), vec!["add-ask-details"]);
    // A fresh engine over the same database stands for a restarted bot: the dialogue goes on.
    let restarted = pocketcrm::core::Engine::new(w.store.clone(), w.clock.clone());
    let replies = restarted.handle(&me, Event::Text("+34 612 34 56 78 @Iberia".into())).await;
    let text = w.render(&replies);
    assert!(text.contains("Maria Lopez") && text.contains("+34612345678") && text.contains("Iberia"), "{text}");
}

#[tokio::test]
async fn a_likely_duplicate_is_shown_before_creating_another() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    w.say(&me, "/add Ivan Petrov +7 999 123-45-67").await;
    // The same number written another way is the same phone.
    let replies = w.say(&me, "/add John Smith +7 (999) 1234567").await;
    assert_eq!(World::keys(&replies), vec!["dup-found", "dup-owner-quiet"]);
    assert!(w.render(&replies).contains("Ivan Petrov"));
    let replies = w.say(&me, "/add Ivan Petrov").await;
    assert_eq!(World::keys(&replies), vec!["dup-found", "dup-owner-quiet"]);
    let buttons = World::buttons(&replies);
    assert!(buttons.iter().any(|b| b.starts_with("c:")));
    assert!(buttons.contains(&"ay".to_string()));
    let ws = w.store.member_by_tg(1).await.unwrap().unwrap().workspace_id.unwrap();
    assert_eq!(w.store.find_clients(ws, None, "ivan petrov", 10, 0).await.unwrap().1, 1, "nothing created yet");
    let replies = w.press(&me, "ay").await;
    assert!(World::keys(&replies).contains(&"client-added"));
    assert_eq!(w.store.find_clients(ws, None, "ivan petrov", 10, 0).await.unwrap().1, 2);
}

#[tokio::test]
async fn find_ignores_case_and_accents_in_every_script() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    for name in ["José Muñoz", "Пётр Иванов", "Nguyễn Văn Đức", "राहुल शर्मा", "முருகன் செல்வம்", "علی رضایی"]
    {
        let replies = w.say(&me, &format!("/add {name}")).await;
        assert!(World::keys(&replies).contains(&"client-added"), "{name}: {:?}", World::keys(&replies));
    }
    for (query, expect) in [
        ("jose", "José Muñoz"),
        ("MUÑOZ", "José Muñoz"),
        ("петр", "Пётр Иванов"),
        ("ИВАНОВ", "Пётр Иванов"),
        ("nguyen van duc", "Nguyễn Văn Đức"),
        ("राहुल", "राहुल शर्मा"),
        ("செல்வம்", "முருகன் செல்வம்"),
        ("علي", "علی رضایی"),
    ] {
        let text = w.render(&w.say(&me, &format!("/find {query}")).await);
        assert!(text.contains(expect), "/find {query} → {text}");
    }
}

#[tokio::test]
async fn find_by_phone_digits_in_any_format_and_by_tag() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    w.say(&me, "/add Ivan Petrov +7 999 123-45-67 #vip").await;
    w.say(&me, "/add Anna Smirnova +7 916 000-11-22").await;
    for query in ["999 123", "(999) 123-45", "1234567", "#vip"] {
        let text = w.render(&w.say(&me, &format!("/find {query}")).await);
        assert!(text.contains("Ivan Petrov") && !text.contains("Anna"), "/find {query} → {text}");
    }
    let replies = w.say(&me, "/find nobody-like-this").await;
    assert_eq!(World::keys(&replies), vec!["find-none"]);
}

#[tokio::test]
async fn find_results_are_paginated_with_buttons() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    for i in 0..20 {
        w.say(&me, &format!("/add Client Number{i:02}")).await;
    }
    let replies = w.say(&me, "/find client").await;
    let buttons = World::buttons(&replies);
    assert_eq!(buttons.iter().filter(|b| b.starts_with("c:")).count(), 8);
    assert!(buttons.contains(&"f:8".to_string()));
    let page2 = w.press(&me, "f:8").await;
    let b2 = World::buttons(&page2);
    assert_eq!(b2.iter().filter(|b| b.starts_with("c:")).count(), 8);
    assert!(b2.contains(&"f:0".to_string()) && b2.contains(&"f:16".to_string()));
    let page3 = w.press(&me, "f:16").await;
    assert_eq!(World::buttons(&page3).iter().filter(|b| b.starts_with("c:")).count(), 4);
    assert!(w.render(&page3).contains("17"), "{}", w.render(&page3));
}

async fn ivan(w: &World) -> (pocketcrm::core::Actor, i64, i64) {
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    w.say(&me, "/add Ivan Petrov +7 999 123-45-67").await;
    let member = w.store.member_by_tg(1).await.unwrap().unwrap();
    (me, member.workspace_id.unwrap(), member.focus_client_id.unwrap())
}

#[tokio::test]
async fn a_future_meeting_is_planned_with_a_reminder_thirty_minutes_before() {
    let w = world().await;
    let (me, ws, client) = ivan(&w).await;
    let replies = w.say(&me, "/meet tomorrow 15:00 demo").await;
    assert_eq!(World::keys(&replies), vec!["planned-meeting"]);
    let member = w.store.member_by_tg(1).await.unwrap().unwrap();
    // Moscow is UTC+3: tomorrow 15:00 local is 12:00 UTC; the reminder fires at 11:30 UTC.
    let meeting = Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap();
    let acts = w.store.activities_between(ws, member.id, meeting, meeting + Duration::minutes(1)).await.unwrap();
    assert_eq!(acts.len(), 1);
    assert!(!acts[0].done);
    assert_eq!(acts[0].client_id, client);
    let rems = w.store.reminders_between(ws, member.id, meeting - Duration::hours(1), meeting).await.unwrap();
    assert_eq!(rems.len(), 1);
    assert_eq!(rems[0].due_at, meeting - Duration::minutes(30));

    w.say(&me, "/before 10").await;
    w.say(&me, "/call tomorrow 16:00 pricing").await;
    let call = meeting + Duration::hours(1);
    let rems = w.store.reminders_between(ws, member.id, call - Duration::minutes(15), call).await.unwrap();
    assert_eq!(rems.len(), 1);
    assert_eq!(rems[0].due_at, call - Duration::minutes(10));
}

#[tokio::test]
async fn a_past_meeting_is_logged_and_its_outcome_recorded_with_one_tap() {
    let w = world().await;
    let (me, ws, client) = ivan(&w).await;
    let replies = w.say(&me, "/meet yesterday 11:00 discussed the price").await;
    assert_eq!(World::keys(&replies), vec!["logged-meeting"]);
    let outcome = World::buttons(&replies).into_iter().find(|b| b.ends_with(":next")).expect("outcome buttons");
    let replies = w.press(&me, &outcome).await;
    assert_eq!(World::keys(&replies), vec!["outcome-saved"]);
    let acts = w.store.recent_activities(ws, client, 5).await.unwrap();
    assert_eq!(acts[0].kind, "meeting");
    assert!(acts[0].done);
    assert_eq!(acts[0].outcome.as_deref(), Some("next"));
    assert_eq!(acts[0].summary, "discussed the price");
    let card = w.render(&w.press(&me, &format!("c:{client}")).await);
    assert!(card.contains("discussed the price") && card.contains("next step"), "{card}");
}

#[tokio::test]
async fn a_note_goes_to_the_client_named_in_the_command() {
    let w = world().await;
    let (me, ws, ivan_id) = ivan(&w).await;
    w.say(&me, "/add Anna Smirnova").await; // Anna is now in focus
    let replies = w.say(&me, "/note Ivan Petrov wants a discount").await;
    assert_eq!(World::keys(&replies), vec!["logged-note"]);
    let acts = w.store.recent_activities(ws, ivan_id, 5).await.unwrap();
    assert_eq!(acts.len(), 1);
    assert_eq!(acts[0].summary, "wants a discount");
    assert_eq!(ActivityKind::parse(&acts[0].kind), Some(ActivityKind::Note));
}

#[tokio::test]
async fn plain_text_with_a_client_in_focus_becomes_a_note_with_one_tap() {
    let w = world().await;
    let (me, ws, client) = ivan(&w).await;
    let replies = w.say(&me, "He asked for the contract draft").await;
    assert_eq!(World::keys(&replies), vec!["note-offer"]);
    assert!(World::buttons(&replies).contains(&"ns".to_string()));
    w.press(&me, "ns").await;
    let acts = w.store.recent_activities(ws, client, 5).await.unwrap();
    assert_eq!(acts[0].summary, "He asked for the contract draft");
    // Pressing the same button again has nothing left to save.
    assert_eq!(World::keys(&w.press(&me, "ns").await), vec!["err-stale-button"]);
}

#[tokio::test]
async fn plain_text_without_a_client_gets_a_hint() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    assert_eq!(World::keys(&w.say(&me, "hello").await), vec!["hint-plain"]);
}

#[tokio::test]
async fn reminders_understand_relative_and_clock_times() {
    let w = world().await;
    let (me, ws, _) = ivan(&w).await;
    let member = w.store.member_by_tg(1).await.unwrap().unwrap();
    let now = common::monday_morning();

    assert_eq!(World::keys(&w.say(&me, "/remind in 2h send the offer").await), vec!["remind-set"]);
    // 09:00 in Moscow has passed (it is 13:00 there): it means tomorrow.
    assert_eq!(World::keys(&w.say(&me, "/remind 09:00 call Ivan").await), vec!["remind-set"]);
    let rems = w.store.reminders_between(ws, member.id, now, now + Duration::days(2)).await.unwrap();
    let dues: Vec<_> = rems.iter().map(|r| (r.due_at, r.text.as_str())).collect();
    assert!(dues.contains(&(now + Duration::hours(2), "send the offer")), "{dues:?}");
    assert!(dues.contains(&(Utc.with_ymd_and_hms(2026, 11, 24, 6, 0, 0).unwrap(), "call Ivan")), "{dues:?}");
}

#[tokio::test]
async fn a_reminder_in_the_past_or_without_a_time_is_refused_and_nothing_is_stored() {
    let w = world().await;
    let (me, ws, _) = ivan(&w).await;
    let member = w.store.member_by_tg(1).await.unwrap().unwrap();
    assert_eq!(World::keys(&w.say(&me, "/remind 01.01.2020 10:00 old").await), vec!["err-past"]);
    assert_eq!(World::keys(&w.say(&me, "/remind some day call Ivan").await), vec!["err-remind-when"]);
    assert_eq!(World::keys(&w.say(&me, "/remind 31.02 10:00 x").await), vec!["err-date"]);
    assert_eq!(World::keys(&w.say(&me, "/remind tomorrow 10:00").await), vec!["err-remind-text"]);
    assert_eq!(World::keys(&w.say(&me, "/remind").await), vec!["err-remind-empty"]);
    let far = common::monday_morning() - Duration::days(4000);
    let rems = w.store.reminders_between(ws, member.id, far, far + Duration::days(8000)).await.unwrap();
    assert!(rems.is_empty());
}

#[tokio::test]
async fn bad_input_gets_an_explanation_and_stores_nothing() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    let ws = w.store.member_by_tg(1).await.unwrap().unwrap().workspace_id.unwrap();
    let cases: Vec<(String, &str)> = vec![
        ("/add Ivan +7 12".into(), "err-phone"),
        ("/add Ivan ivan@".into(), "err-email"),
        ("/add Ivan #".into(), "err-tag"),
        (format!("/add {}", "Long".repeat(60)), "err-name-long"),
        ("x".repeat(5000), "err-too-long"),
        ("/frobnicate".into(), "err-unknown-command"),
        ("/find".into(), "err-find-empty"),
        ("/note hello".into(), "err-no-focus"),
        ("/lang klingon".into(), "err-lang"),
        ("/before forever".into(), "err-before"),
        ("   ".into(), "err-empty"),
    ];
    for (input, key) in cases {
        let replies = w.say(&me, &input).await;
        assert_eq!(World::keys(&replies), vec![key], "{}", input.chars().take(40).collect::<String>());
        let text = w.render(&replies);
        assert!(!text.contains("No localization") && text.chars().count() < 400, "{text}");
    }
    assert_eq!(w.store.find_clients(ws, None, "", 10, 0).await.unwrap().1, 0);
}

#[tokio::test]
async fn forged_and_stale_buttons_are_answered_not_obeyed() {
    let w = world().await;
    let (me, _, client) = ivan(&w).await;
    for data in ["", "garbage", "c:-1", "c:999999", "o:999999:won", "rd:999999", "f:8", "z:999", "e:1:2"] {
        let keys = World::keys(&w.press(&me, data).await);
        assert!(keys == vec!["err-stale-button"] || keys == vec!["err-client-gone"], "{data:?} → {keys:?}");
    }
    assert!(World::keys(&w.press(&me, &format!("c:{client}")).await).contains(&"card-name"));
}

#[tokio::test]
async fn another_workspace_sees_nothing_of_mine() {
    let w = world().await;
    let (me, ws, client) = ivan(&w).await;
    w.say(&me, "/remind in 1h call Ivan").await;
    let member = w.store.member_by_tg(1).await.unwrap().unwrap();
    let now = common::monday_morning();
    let reminder = w.store.reminders_between(ws, member.id, now, now + Duration::days(1)).await.unwrap()[0].id;

    let stranger = actor(2, "en");
    w.onboard(&stranger, "en", "London").await;
    assert_eq!(World::keys(&w.press(&stranger, &format!("c:{client}")).await), vec!["err-client-gone"]);
    assert_eq!(World::keys(&w.press(&stranger, &format!("m:{client}")).await), vec!["err-client-gone"]);
    assert_eq!(World::keys(&w.press(&stranger, &format!("rd:{reminder}")).await), vec!["err-stale-button"]);
    assert_eq!(World::keys(&w.say(&stranger, "/find ivan").await), vec!["find-none"]);
    assert_eq!(World::keys(&w.say(&stranger, "/find 999").await), vec!["find-none"]);
    let r = w.store.get_reminder(ws, reminder).await.unwrap().unwrap();
    assert_eq!(r.state, "pending", "the stranger's press changed nothing");
}

#[tokio::test]
async fn the_agenda_shows_today_and_the_week_in_the_members_zone() {
    let w = world().await;
    let (me, _, _) = ivan(&w).await;
    w.say(&me, "/meet 18:00 dinner").await;
    w.say(&me, "/remind in 3 days check the invoice").await;
    let today = w.say(&me, "/today").await;
    let text = w.render(&today);
    assert!(text.contains("dinner") && !text.contains("invoice"), "{text}");
    assert!(text.contains("18:00"), "shown in Moscow time: {text}");
    let week = w.render(&w.say(&me, "/week").await);
    assert!(week.contains("dinner") && week.contains("invoice"), "{week}");
}

#[tokio::test]
async fn cancel_ends_a_dialogue() {
    let w = world().await;
    let me = actor(1, "en");
    w.onboard(&me, "en", "Moscow").await;
    w.say(&me, "/add").await;
    assert_eq!(World::keys(&w.say(&me, "/cancel").await), vec!["cancelled"]);
    assert_eq!(World::keys(&w.say(&me, "Maria").await), vec!["hint-plain"]);
}

#[tokio::test]
async fn a_shared_contact_creates_the_client_or_opens_the_existing_one() {
    let w = world().await;
    let (me, _, _) = ivan(&w).await;
    let contact = |phone: &str, name: &str| Event::Contact {
        phone: phone.into(),
        first_name: name.into(),
        last_name: None,
        own: false,
    };
    let replies = w.engine.handle(&me, contact("79991234567", "Vanya")).await;
    assert!(World::keys(&replies).contains(&"contact-exists"));
    let replies = w.engine.handle(&me, contact("+34612345678", "Maria")).await;
    assert!(World::keys(&replies).contains(&"client-added"));
    assert!(w.render(&replies).contains("+34612345678"));
}

#[tokio::test]
async fn text_keys_are_rendered_in_the_members_language() {
    let w = world().await;
    let me = actor(1, "ru");
    w.onboard(&me, "ru", "Moscow").await;
    let replies = w.say(&me, "/add Иван Петров +7 999 123-45-67").await;
    let en = pocketcrm::core::Reply::new("en", replies[0].text.clone());
    assert_ne!(w.render(&replies), w.render(&[en]), "Russian differs from English");
    assert!(matches!(replies[0].text, Text::Lines(_)));
}

#[tokio::test]
async fn decomposed_accents_read_like_composed_ones() {
    let w = world().await;
    let (me, _, _) = ivan(&w).await;
    // "ngày mai" typed with combining marks (as some keyboards send it).
    let decomposed = "/remind nga\u{300}y mai 10:00 go\u{323}i Ivan";
    w.say(&me, "/lang vi").await;
    assert_eq!(World::keys(&w.say(&me, decomposed).await), vec!["remind-set"]);
}

#[tokio::test]
async fn a_near_identical_name_is_caught_as_a_likely_duplicate() {
    let w = world().await;
    let (me, _, _) = ivan(&w).await;
    for typed in ["/add Petrov Ivan", "/add Ivan Petrow", "/add ivan  PETROV"] {
        assert!(World::keys(&w.say(&me, typed).await).contains(&"dup-found"), "{typed}");
    }
    assert!(World::keys(&w.say(&me, "/add Anna Petrova").await).contains(&"client-added"));
}
