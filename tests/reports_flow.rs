//! Numbers on demand end to end through the engine (SQLite): what the member types, what they read.
//! Deals and their history are written by the fixture with exact timestamps; the clock stands at Monday
//! 2026-11-23 10:00 UTC and the members work in UTC.

mod common;
mod reports_fixture;

use pocketcrm::core::Reply;
use reports_fixture::{D, World, actor, client, nov, on, world};

struct Team {
    ws: i64,
    owner: i64,
    stages: [i64; 4],
    client: i64,
}

/// Olga's team: Lead 10% → Proposal 50% → Won / Lost, one client, and the deals of the module's example.
/// Open: Lead 1,000 EUR + 500 USD (30%), Proposal 2,000 EUR. November: created D1, D2, D4, D6; won D4 (3,000 EUR,
/// 10 days) and D5 (1,000 EUR, 30 days); lost D6 (700 EUR). Moves: D4 Lead→Proposal→Won, D6 Lead→Lost.
async fn olgas_team(w: &World) -> Team {
    let olga = actor(1, "en", "Olga");
    let (owner, ws) = w.onboard(&olga, "en", "UTC").await;
    let stages = w.db.pipeline(ws).await;
    let [lead, proposal, won, lost] = stages;
    let c = client(&w.store, &w.db, ws, owner, "Ivanov Ivan", Some("Banner"), nov(5, 9)).await.id;
    let deal = |stage, minor, currency, created| D {
        client: c,
        minor,
        currency,
        stage,
        probability: None,
        owner,
        source: None,
        created,
        won: None,
        lost: None,
    };
    w.db.deal(ws, deal(lead, 100_000, "EUR", nov(2, 9))).await;
    w.db.deal(ws, D { probability: Some(30), ..deal(lead, 50_000, "USD", nov(3, 9)) }).await;
    w.db.deal(ws, deal(proposal, 200_000, "EUR", on(10, 1, 9))).await;
    let d4 = w.db.deal(ws, D { won: Some(nov(11, 0)), ..deal(won, 300_000, "EUR", nov(1, 0)) }).await;
    w.db.deal(ws, D { won: Some(nov(21, 0)), ..deal(won, 100_000, "EUR", on(10, 22, 0)) }).await;
    let d6 = w.db.deal(ws, D { lost: Some(nov(15, 0)), ..deal(lost, 70_000, "EUR", nov(4, 9)) }).await;
    w.db.moved(ws, d4, owner, nov(5, 9), lead, proposal).await;
    w.db.moved(ws, d4, owner, nov(11, 0), proposal, won).await;
    w.db.moved(ws, d6, owner, nov(15, 0), lead, lost).await;
    Team { ws, owner, stages, client: c }
}

fn png_of(replies: &[Reply]) -> Vec<u8> {
    replies.iter().find_map(|r| r.photo.as_ref()).map(|p| p.png.clone()).expect("a chart")
}

#[tokio::test]
async fn the_pipeline_shows_stages_forecast_conversion_win_rate_and_target() {
    let w = world().await;
    let t = olgas_team(&w).await;
    // A hidden stage with no deals left in it is not shown.
    let retired = w.db.stage(t.ws, 3, "open", 60, &[("en", "Retired")]).await;
    w.db.hide_stage(retired).await;
    let olga = actor(1, "en", "Olga");
    let set = w.say(&olga, "/target 5000 EUR month").await;
    assert!(World::keys(&set).contains(&"rep-target-set-team"), "{}", w.render(&set));

    let replies = w.say(&olga, "/pipeline").await;
    let text = w.render(&replies);
    for line in [
        "📊 Pipeline — Team · November 2026",
        "1. Lead — 2 deals · 1,000 EUR + 500 USD",
        "   weighted 100 EUR + 150 USD",
        "   moved on: 1 of 2 (50%)",
        "2. Proposal — 1 deal · 2,000 EUR",
        "   weighted 1,000 EUR",
        "   moved on: 1 of 1 (100%)",
        "Weighted forecast: 1,100 EUR + 150 USD",
        "November 2026: 4 new · 2 won · 1 lost",
        "Won: 4,000 EUR",
        "Win rate: 66% (2 of 3)",
        "Average time to win: 20 days",
        "🎯 November 2026: 4,000 EUR of 5,000 EUR — 80%",
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line:?} in:\n{text}");
    }
    assert!(!text.contains("Won —") && !text.contains("Lost —"), "closed stages are not open stages:\n{text}");
    assert!(!text.contains("Retired"), "{text}");
    assert_eq!(replies[0].photo.as_ref().map(|p| p.name.as_str()), Some("pipeline.png"));
}

#[tokio::test]
async fn the_chart_is_a_png_of_sensible_size() {
    let w = world().await;
    olgas_team(&w).await;
    let png = png_of(&w.say(&actor(1, "en", "Olga"), "/pipeline quarter").await);
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(png.len() < 300_000, "{} bytes", png.len());
    let img = image::load_from_memory_with_format(&png, image::ImageFormat::Png).expect("decodes").to_rgb8();
    assert_eq!(img.width(), 900);
    // Title plus 2 open stages, won and lost.
    assert!((300..=700).contains(&img.height()), "{}", img.height());
    // Something was drawn: the picture is not one flat colour.
    let first = *img.get_pixel(0, 0);
    assert!(img.pixels().filter(|p| **p != first).count() > 5_000);
}

#[tokio::test]
async fn periods_and_buttons_choose_the_window() {
    let w = world().await;
    olgas_team(&w).await;
    let olga = actor(1, "en", "Olga");
    // October: D3 and D5 were created, nothing closed.
    let text = w.render(&w.say(&olga, "/pipeline 2026-10-01..2026-10-31").await);
    assert!(text.contains("2 new · 0 won · 0 lost"), "{text}");
    assert!(text.contains("No deals won or lost in this period."), "{text}");
    let week = w.say(&olga, "/pipeline last week").await;
    assert!(w.render(&week).contains("0 new · 1 won · 0 lost"), "Nov 16–22 holds D5's win:\n{}", w.render(&week));
    let buttons = World::buttons(&week);
    assert_eq!(buttons, vec!["P:p:w", "P:p:m", "P:p:q"]);
    let quarter = w.render(&w.press(&olga, "P:p:q").await);
    assert!(quarter.contains("Q4 2026: 6 new · 2 won · 1 lost"), "{quarter}");
    for forged in ["P:p:x", "P:p:m:0", "P:p:m:1:2", "P:s:zz", "P:w:abc"] {
        assert_eq!(World::keys(&w.press(&olga, forged).await), vec!["err-stale-button"], "{forged}");
    }
}

#[tokio::test]
async fn a_manager_sees_their_own_numbers_and_owners_pick_a_member() {
    let w = world().await;
    let t = olgas_team(&w).await;
    let boris = actor(2, "en", "Boris Petrov");
    let b = w.colleague(&boris, "en", t.ws, "manager").await;
    let c = client(&w.store, &w.db, t.ws, b, "Sidorov", None, nov(10, 9)).await.id;
    let d = D {
        client: c,
        minor: 90_000,
        currency: "USD",
        stage: t.stages[1],
        probability: None,
        owner: b,
        source: None,
        created: nov(12, 9),
        won: None,
        lost: None,
    };
    w.db.deal(t.ws, d).await;

    let own = w.render(&w.say(&boris, "/pipeline").await);
    assert!(own.contains("Pipeline — Boris Petrov"), "{own}");
    assert!(own.contains("1. Lead — no deals"), "{own}");
    assert!(own.contains("2. Proposal — 1 deal · 900 USD"), "{own}");
    assert!(!own.contains("EUR"), "Olga's deals leaked:\n{own}");
    let refused = w.say(&boris, "/pipeline month @Olga").await;
    assert_eq!(World::keys(&refused), vec!["rep-err-own-only"]);
    let olgas_button = reports_button(&format!("p:m:{}", t.owner));
    assert_eq!(World::keys(&w.press(&boris, &olgas_button).await), vec!["rep-err-own-only"]);

    let olga = actor(1, "en", "Olga");
    let picked = w.say(&olga, "/pipeline @bor month").await;
    let text = w.render(&picked);
    assert!(text.contains("Pipeline — Boris Petrov · November 2026") && text.contains("900 USD"), "{text}");
    assert!(!text.contains("EUR"), "{text}");
    assert_eq!(World::buttons(&picked)[0], reports_button(&format!("p:w:{b}")));
    let team = w.render(&w.say(&olga, "/pipeline").await);
    assert!(team.contains("2. Proposal — 2 deals · 2,000 EUR + 900 USD"), "{team}");
}

fn reports_button(rest: &str) -> String {
    format!("P:{rest}")
}

#[tokio::test]
async fn bad_input_is_explained_and_changes_nothing() {
    let w = world().await;
    let t = olgas_team(&w).await;
    let olga = actor(1, "en", "Olga");
    let cases = [
        ("/pipeline fortnight", "rep-err-period"),
        ("/pipeline 31.02..05.03", "rep-err-date"),
        ("/pipeline 2026-12-31..2026-10-01", "rep-err-range-reversed"),
        ("/pipeline @nobody", "rep-err-nobody"),
        ("/stats @nobody", "rep-err-nobody"),
        ("/target 5000 XYZ month", "rep-err-currency"),
        ("/target 5000 month", "rep-err-no-currency"),
        ("/target -5 EUR month", "rep-err-negative"),
        ("/target lots EUR", "rep-err-amount"),
        ("/target 5000 EUR last month", "rep-err-target-past"),
        ("/target 5000 EUR 2026-01", "rep-err-target-past"),
        ("/target 5000 EUR week", "rep-err-target-period"),
        ("/target 5000 EUR @nobody", "rep-err-nobody"),
        ("/source cost Banner", "rep-err-cost-usage"),
        ("/source cost Banner 500 EUR quarter", "rep-err-cost-month"),
        ("/source cost Banner 500 XYZ", "rep-err-currency"),
        ("/when", "rep-err-when-empty"),
        ("/when Nobody", "rep-err-when-none"),
    ];
    for (input, key) in cases {
        let replies = w.say(&olga, input).await;
        assert_eq!(World::keys(&replies), vec![key], "{input}: {}", w.render(&replies));
        assert!(!w.render(&replies).contains("No localization"), "{input}");
    }
    let nothing = w.render(&w.say(&olga, "/target").await);
    assert!(nothing.contains("No targets yet"), "a refused target was saved:\n{nothing}");
    let sources = w.render(&w.say(&olga, "/sources").await);
    assert!(!sources.contains("cost 500"), "{sources}");
    let _ = t;
}

#[tokio::test]
async fn another_team_sees_none_of_it() {
    let w = world().await;
    let t = olgas_team(&w).await;
    let olga = actor(1, "en", "Olga");
    w.say(&olga, "/target 5000 EUR month").await;
    let zed = actor(7, "en", "Zed");
    w.onboard(&zed, "en", "UTC").await;
    let text = w.render(&w.say(&zed, "/pipeline").await);
    assert!(text.contains("No open deals yet.") && text.contains("0 new · 0 won · 0 lost"), "{text}");
    assert!(!text.contains("EUR") && !text.contains("🎯"), "{text}");
    assert_eq!(World::keys(&w.say(&zed, "/when Ivanov").await), vec!["rep-err-when-none"]);
    // Another team's client id answers exactly as one that does not exist.
    let theirs = w.press(&zed, &reports_button(&format!("w:{}", t.client))).await;
    let missing = w.press(&zed, &reports_button("w:999999")).await;
    assert_eq!(World::keys(&theirs), World::keys(&missing));
    assert_eq!(World::keys(&theirs), vec!["err-client-gone"]);
    // Another team's member id is a stale button.
    let member = w.press(&zed, &reports_button(&format!("p:m:{}", t.owner))).await;
    assert_eq!(World::keys(&member), vec!["err-stale-button"]);
    let stats = w.render(&w.say(&zed, "/stats").await);
    assert!(stats.contains("Held: 0"), "{stats}");
    let targets = w.render(&w.say(&zed, "/target").await);
    assert!(targets.contains("No targets yet"), "{targets}");
    let sources = w.render(&w.say(&zed, "/sources").await);
    assert!(sources.contains("Nothing in this period"), "{sources}");
}

#[tokio::test]
async fn stats_count_meetings_held_outcomes_follow_ups_and_next_months_plans() {
    let w = world().await;
    let t = olgas_team(&w).await;
    let (ws, me, c1) = (t.ws, t.owner, t.client);
    let c2 = client(&w.store, &w.db, ws, me, "Petrov", None, nov(1, 9)).await.id;
    w.db.activity(ws, c1, "meeting", nov(17, 10), Some("next"), me, nov(10, 9), "demo").await;
    w.db.activity(ws, c2, "meeting", nov(18, 10), Some("won"), me, nov(18, 10), "signed").await;
    w.db.activity(ws, c2, "meeting", nov(19, 10), None, me, nov(19, 10), "lunch").await;
    w.db.activity(ws, c1, "call", nov(19, 12), Some("next"), me, nov(19, 12), "call").await;
    w.db.activity(ws, c1, "meeting", nov(26, 15), None, me, nov(20, 10), "contract").await;
    w.db.activity(ws, c2, "meeting", on(12, 3, 10), None, me, nov(21, 10), "review").await;
    let olga = actor(1, "en", "Olga");
    let replies = w.say(&olga, "/stats").await;
    let text = w.render(&replies);
    for line in [
        "📅 Meetings — Team · Mon 16 Nov 2026 – Sun 22 Nov 2026",
        "Held: 3",
        "→ next step: 1 · → won: 1",
        "Follow-up meetings booked: 2",
        "December 2026: 1 meeting planned",
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line:?} in:\n{text}");
    }
    let buttons = World::buttons(&replies);
    assert_eq!(buttons.len(), 5);
    let this_week = w.render(&w.press(&olga, "P:s:tw").await);
    assert!(this_week.contains("Held: 0") && this_week.contains("Follow-up meetings booked: 0"), "{this_week}");
    let russian = actor(1, "ru", "Olga");
    w.say(&russian, "/lang ru").await;
    let ru = w.render(&w.say(&russian, "/stats прошлая неделя").await);
    assert!(ru.contains("Проведено: 3") && ru.contains("запланирована 1 встреча"), "{ru}");
}

#[tokio::test]
async fn when_names_the_next_and_last_meeting_and_asks_which_client() {
    let w = world().await;
    let t = olgas_team(&w).await;
    let (ws, me) = (t.ws, t.owner);
    let maria = client(&w.store, &w.db, ws, me, "Ivanova Maria", None, nov(1, 9)).await.id;
    w.db.activity(ws, t.client, "meeting", nov(17, 10), None, me, nov(10, 9), "demo").await;
    w.db.activity(ws, t.client, "meeting", nov(26, 15), None, me, nov(20, 10), "contract").await;
    w.db.activity(ws, maria, "call", nov(24, 9), None, me, nov(20, 10), "").await;
    let olga = actor(1, "en", "Olga");

    let pick = w.say(&olga, "/when ivanov").await;
    assert_eq!(World::keys(&pick), vec!["rep-when-pick"]);
    let buttons = World::buttons(&pick);
    assert_eq!(buttons.len(), 2, "{buttons:?}");
    assert!(buttons.contains(&reports_button(&format!("w:{}", t.client))));

    let answer = w.render(&w.press(&olga, &reports_button(&format!("w:{}", t.client))).await);
    for line in [
        "🗓 Ivanov Ivan",
        "⏭ Next meeting: Thu 26 Nov, 15:00 — contract",
        "⏮ Last meeting: Tue 17 Nov, 10:00 — demo",
        "📞 No call planned.",
        "📞 No call yet.",
    ] {
        assert!(answer.lines().any(|l| l == line), "missing {line:?} in:\n{answer}");
    }
    let exact = w.render(&w.say(&olga, "/when Ivanova Maria").await);
    assert!(exact.contains("📞 Next call: Tue 24 Nov, 09:00") && exact.contains("⏭ No meeting planned."), "{exact}");
}

#[tokio::test]
async fn targets_are_set_shown_per_member_and_removed_by_owners_and_leads_only() {
    let w = world().await;
    let t = olgas_team(&w).await;
    let olga = actor(1, "en", "Olga");
    let boris = actor(2, "en", "Boris");
    w.colleague(&boris, "en", t.ws, "manager").await;
    let lena = actor(3, "en", "Lena");
    w.colleague(&lena, "en", t.ws, "lead").await;

    assert_eq!(World::keys(&w.say(&boris, "/target 100 EUR month").await), vec!["err-role"]);
    let set = w.render(&w.say(&lena, "/target 20000 EUR quarter @Olga").await);
    assert!(set.contains("Target for Olga: 20,000 EUR"), "{set}");
    assert!(set.contains("🎯 Q4 2026: 4,000 EUR of 20,000 EUR — 20%"), "{set}");
    w.say(&olga, "/target 1,500.50 USD next month").await;
    let shown = w.render(&w.say(&olga, "/target").await);
    assert!(shown.contains("• Olga") && shown.contains("Q4 2026: 4,000 EUR of 20,000 EUR — 20%"), "{shown}");
    assert!(!shown.contains("1,500.50"), "next month's target is not this month's:\n{shown}");
    let december = w.render(&w.say(&olga, "/pipeline next month").await);
    assert!(december.contains("🎯 December 2026: 0 USD of 1,500.50 USD — 0%"), "{december}");
    let mine = w.render(&w.say(&boris, "/target").await);
    assert!(mine.contains("No targets yet"), "{mine}");
    let removed = w.say(&olga, "/target 0 EUR quarter @Olga").await;
    assert_eq!(World::keys(&removed)[0], "rep-target-removed");
    let after = w.render(&w.say(&olga, "/target").await);
    assert!(after.contains("No targets yet"), "{after}");
}

#[tokio::test]
async fn sources_are_set_costed_and_ranked_by_return() {
    let w = world().await;
    let t = olgas_team(&w).await;
    let olga = actor(1, "en", "Olga");
    // A new client from the radio, won 900 EUR this month; a referral with nothing yet.
    w.say(&olga, "/add Petrov Petr").await;
    let petrov = w.store.member_by_tg(1).await.unwrap().unwrap().focus_client_id.unwrap();
    w.db.client_created(petrov, nov(23, 9)).await;
    let set = w.render(&w.say(&olga, "/source radio ads").await);
    assert!(set.contains("Petrov Petr: source “radio ads”"), "{set}");
    let again = w.render(&w.say(&olga, "/source Radio Ads").await);
    assert!(again.contains("source “radio ads”"), "the team's spelling is kept:\n{again}");
    w.db.deal(
        t.ws,
        D {
            client: petrov,
            minor: 90_000,
            currency: "EUR",
            stage: t.stages[2],
            probability: None,
            owner: t.owner,
            source: None,
            created: nov(20, 9),
            won: Some(nov(22, 9)),
            lost: None,
        },
    )
    .await;
    let cost = w.render(&w.say(&olga, "/source cost Banner 500 EUR 2026-11").await);
    assert!(cost.contains("Banner cost 500 EUR · November 2026"), "{cost}");
    w.say(&olga, "/source cost radio ads 1000 EUR").await;
    w.say(&olga, "/source cost Referral 50 USD 11.2026").await;

    let text = w.render(&w.say(&olga, "/sources").await);
    let lines: Vec<&str> = text.lines().collect();
    let at =
        |needle: &str| lines.iter().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle}:\n{text}"));
    // Banner: 4,000 EUR won − 500 = 3,500 (ROI 700%); radio ads: 900 − 1,000 = −100 (−10%).
    assert!(text.contains("1. Banner: return 3,500 EUR (ROI 700%)"), "{text}");
    assert!(text.contains("won 4,000 EUR (2) · cost 500 EUR · new clients 1 · deals 4"), "{text}");
    assert!(text.contains("2. radio ads: return -100 EUR (ROI -10%)"), "{text}");
    assert!(
        at("💰 EUR") < at("1. Banner") && at("1. Banner") < at("2. radio ads") && at("2. radio ads") < at("💰 USD")
    );
    assert!(text.contains("1. Referral: return -50 USD (ROI -100%)"), "{text}");

    let boris = actor(2, "en", "Boris");
    w.colleague(&boris, "en", t.ws, "manager").await;
    assert_eq!(World::keys(&w.say(&boris, "/sources").await), vec!["err-role"]);
    assert_eq!(World::keys(&w.say(&boris, "/source cost Banner 5 EUR").await), vec!["err-role"]);
}

#[tokio::test]
async fn every_report_speaks_every_language() {
    let w = world().await;
    olgas_team(&w).await;
    for lang in pocketcrm::i18n::LANGS {
        let olga = actor(1, lang, "Olga");
        w.say(&olga, &format!("/lang {lang}")).await;
        for input in ["/pipeline", "/stats", "/when Ivanov", "/target", "/sources", "/pipeline fortnight"] {
            let replies = w.say(&olga, input).await;
            let text = w.render(&replies);
            assert!(
                !text.is_empty() && !text.contains("No localization") && !text.contains("Unknown"),
                "{lang} {input}:\n{text}"
            );
        }
    }
}
