//! The report aggregates on both backends, over a small hand-made team where every right answer is known.
//!
//! The team (period: November 2026, UTC):
//! - stages Lead 10% → Proposal 50% → Won / Lost; members Owner (a) and Manager (b);
//! - clients C1 (Banner, Nov 5, a), C2 (Radio, Oct 10, b), C3 (no source, Nov 20, a), C4 (Banner, Nov 21, a);
//! - deals: D1 1,000 EUR Lead (a, Nov 2) · D2 500 USD Lead 30% (b, Nov 3) · D3 2,000 EUR Proposal (b, Oct 1) ·
//!   D4 3,000 EUR won Nov 11 (a, created Nov 1: 10 days) · D5 1,000 EUR won Nov 21 (b, created Oct 22: 30 days,
//!   own source Referral) · D6 700 EUR lost Nov 15 (a, Nov 4) · D7 400 EUR won Oct 15 (b);
//! - moves in November: D1 Lead→Proposal→Lead, D4 Lead→Proposal→Won, D5 Proposal→Won, D6 Lead→Lost;
//!   D3 Lead→Proposal in October;
//! - another team with a 9,999 EUR deal won in November and its own meetings, which must never count.

mod common;
#[macro_use]
mod reports_fixture;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use pocketcrm::store::{NewSourceCost, RevenueTarget, Store};
use reports_fixture::{D, Db, client, nov, on};

struct Team {
    ws: i64,
    a: i64,
    b: i64,
    stages: [i64; 4],
    clients: [i64; 4],
}

async fn seed(store: &Arc<dyn Store>, db: &Db) -> Team {
    let owner = store.ensure_member(1, "Olga", "en", "UTC").await.unwrap();
    let ws = store.ensure_workspace(owner.id, "Team").await.unwrap().id;
    let b = store.ensure_member(2, "Boris", "en", "UTC").await.unwrap().id;
    db.join(ws, b, "manager").await;
    let a = owner.id;
    let stages = db.pipeline(ws).await;
    let [lead, proposal, won, lost] = stages;
    let c1 = client(store, db, ws, a, "Ivanov", Some("Banner"), nov(5, 9)).await.id;
    let c2 = client(store, db, ws, b, "Petrov", Some("Radio"), on(10, 10, 9)).await.id;
    let c3 = client(store, db, ws, a, "Sidorov", None, nov(20, 9)).await.id;
    let c4 = client(store, db, ws, a, "Smirnov", Some("Banner"), nov(21, 9)).await.id;
    let deal = |client, minor, currency, stage, owner, created| D {
        client,
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
    let d1 = db.deal(ws, deal(c1, 100_000, "EUR", lead, a, nov(2, 9))).await;
    db.deal(ws, D { probability: Some(30), ..deal(c1, 50_000, "USD", lead, b, nov(3, 9)) }).await;
    let d3 = db.deal(ws, deal(c2, 200_000, "EUR", proposal, b, on(10, 1, 9))).await;
    let d4 = db.deal(ws, D { won: Some(nov(11, 0)), ..deal(c1, 300_000, "EUR", won, a, nov(1, 0)) }).await;
    let d5 = db
        .deal(
            ws,
            D { won: Some(nov(21, 0)), source: Some("Referral"), ..deal(c2, 100_000, "EUR", won, b, on(10, 22, 0)) },
        )
        .await;
    let d6 = db.deal(ws, D { lost: Some(nov(15, 0)), ..deal(c3, 70_000, "EUR", lost, a, nov(4, 9)) }).await;
    db.deal(ws, D { won: Some(on(10, 15, 0)), ..deal(c2, 40_000, "EUR", won, b, on(9, 1, 0)) }).await;

    db.moved(ws, d1, a, nov(6, 9), lead, proposal).await;
    db.moved(ws, d1, a, nov(8, 9), proposal, lead).await;
    db.moved(ws, d4, a, nov(5, 9), lead, proposal).await;
    db.moved(ws, d4, a, nov(11, 0), proposal, won).await;
    db.moved(ws, d5, b, nov(21, 0), proposal, won).await;
    db.moved(ws, d6, a, nov(15, 0), lead, lost).await;
    db.moved(ws, d3, b, on(10, 5, 9), lead, proposal).await;

    // The week of Nov 16–22 and after: meetings held, booked and planned.
    db.activity(ws, c1, "meeting", nov(17, 10), Some("next"), a, nov(10, 9), "demo").await;
    db.activity(ws, c2, "meeting", nov(18, 10), Some("won"), b, nov(18, 10), "signed").await;
    db.activity(ws, c3, "meeting", nov(19, 10), None, a, nov(19, 10), "intro").await;
    db.activity(ws, c1, "call", nov(17, 12), None, a, nov(17, 12), "price").await;
    db.activity(ws, c1, "meeting", nov(26, 15), None, a, nov(20, 10), "contract").await;
    db.activity(ws, c3, "meeting", on(12, 3, 10), None, a, nov(21, 10), "second").await;
    db.activity(ws, c2, "meeting", on(12, 10, 10), None, b, nov(22, 10), "review").await;
    db.activity(ws, c4, "meeting", nov(25, 10), None, a, nov(21, 10), "first").await;

    // Another team's numbers must never leak in.
    let stranger = store.ensure_member(9, "Stranger", "en", "UTC").await.unwrap();
    let other = store.ensure_workspace(stranger.id, "Other").await.unwrap().id;
    let [o_lead, _, o_won, _] = db.pipeline(other).await;
    let oc = client(store, db, other, stranger.id, "Ivanov", Some("Banner"), nov(6, 9)).await.id;
    db.deal(other, D { won: Some(nov(12, 0)), ..deal(oc, 999_900, "EUR", o_won, stranger.id, nov(2, 9)) }).await;
    db.deal(other, deal(oc, 10_000, "EUR", o_lead, stranger.id, nov(2, 9))).await;
    db.activity(other, oc, "meeting", nov(17, 10), Some("won"), stranger.id, nov(10, 9), "x").await;
    db.activity(other, oc, "meeting", on(12, 3, 10), None, stranger.id, nov(20, 10), "y").await;

    Team { ws, a, b, stages, clients: [c1, c2, c3, c4] }
}

fn november() -> (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) {
    (nov(1, 0), on(12, 1, 0))
}

/// (stage, currency) → (count, sum, weighted ×100)
type OpenMap = BTreeMap<(i64, String), (i64, i64, i64)>;

async fn open_map(store: &Arc<dyn Store>, ws: i64, owner: Option<i64>) -> OpenMap {
    store
        .open_by_stage(ws, owner)
        .await
        .unwrap()
        .into_iter()
        .map(|t| ((t.stage_id, t.currency), (t.n, t.amount_minor, t.weighted_pct)))
        .collect()
}

async fn open_deals_are_counted_summed_and_weighted_per_stage_and_currency(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let [lead, proposal, _, _] = t.stages;
    let team = open_map(&store, t.ws, None).await;
    let expected: OpenMap = [
        // 1,000 EUR at the stage's 10% and 500 USD at the deal's own 30%.
        ((lead, "EUR".to_string()), (1, 100_000, 100_000 * 10)),
        ((lead, "USD".to_string()), (1, 50_000, 50_000 * 30)),
        ((proposal, "EUR".to_string()), (1, 200_000, 200_000 * 50)),
    ]
    .into();
    assert_eq!(team, expected);
    let boris = open_map(&store, t.ws, Some(t.b)).await;
    assert_eq!(boris.keys().cloned().collect::<Vec<_>>(), vec![(lead, "USD".into()), (proposal, "EUR".into())]);
}

async fn created_won_and_lost_are_summed_per_currency_with_days_to_win(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let (from, to) = november();
    let flow = store.deal_flow(t.ws, None, from, to).await.unwrap();
    let get = |kind: &str, cur: &str| {
        flow.iter().find(|f| f.kind == kind && f.currency == cur).map(|f| (f.n, f.amount_minor, f.days.round() as i64))
    };
    assert_eq!(get("new", "EUR"), Some((3, 470_000, 0)), "{flow:?}");
    assert_eq!(get("new", "USD"), Some((1, 50_000, 0)));
    assert_eq!(get("won", "EUR"), Some((2, 400_000, 40)), "10 + 30 days");
    assert_eq!(get("lost", "EUR"), Some((1, 70_000, 0)));
    assert_eq!(flow.len(), 4, "{flow:?}");

    let olga = store.deal_flow(t.ws, Some(t.a), from, to).await.unwrap();
    let won: Vec<_> = olga.iter().filter(|f| f.kind == "won").map(|f| (f.n, f.amount_minor)).collect();
    assert_eq!(won, vec![(1, 300_000)]);
    let october = store.won_between(t.ws, None, on(10, 1, 0), nov(1, 0)).await.unwrap();
    assert_eq!(october.iter().map(|f| f.amount_minor).sum::<i64>(), 40_000);
}

async fn stage_moves_count_moves_out_of_each_stage_and_those_forward(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let [lead, proposal, _, _] = t.stages;
    let (from, to) = november();
    let moves = |owner| {
        let store = store.clone();
        async move {
            let mut m: Vec<(i64, i64, i64)> = store
                .stage_moves(t.ws, owner, from, to)
                .await
                .unwrap()
                .into_iter()
                .map(|m| (m.stage_id, m.left_n, m.forward_n))
                .collect();
            m.sort();
            m
        }
    };
    // Out of Lead: D1 and D4 forward, D6 lost. Out of Proposal: D4 and D5 won, D1 back to Lead.
    assert_eq!(moves(None).await, vec![(lead, 3, 2), (proposal, 3, 2)]);
    assert_eq!(moves(Some(t.a)).await, vec![(lead, 3, 2), (proposal, 2, 1)]);
    assert_eq!(moves(Some(t.b)).await, vec![(proposal, 1, 1)]);
}

async fn stages_are_named_in_the_asked_language_or_another(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let extra = db.stage(t.ws, 5, "open", 80, &[("fa", "مذاکره")]).await;
    let unnamed = db.stage(t.ws, 6, "open", 90, &[]).await;
    let stages = store.report_stages(t.ws, "ru").await.unwrap();
    let names: Vec<(i64, Option<String>)> = stages.iter().map(|s| (s.id, s.name.clone())).collect();
    assert_eq!(names[0], (t.stages[0], Some("Лид".into())));
    assert_eq!(names[1], (t.stages[1], Some("Proposal".into())));
    assert!(names.contains(&(extra, Some("مذاکره".into()))));
    assert!(names.contains(&(unnamed, None)));
    assert_eq!(stages.len(), 6, "only this team's stages");
    let members = store.report_members(t.ws).await.unwrap();
    let listed: Vec<(i64, &str, &str)> =
        members.iter().map(|m| (m.member_id, m.display_name.as_str(), m.role.as_str())).collect();
    assert_eq!(listed, vec![(t.b, "Boris", "manager"), (t.a, "Olga", "owner")]);
}

async fn targets_are_replaced_listed_and_removed(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let start = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let target = |member_id, currency: &str, amount_minor| RevenueTarget {
        workspace_id: t.ws,
        member_id,
        period_kind: "month".into(),
        period_start: start,
        currency: currency.into(),
        amount_minor,
    };
    store.upsert_target(&target(0, "EUR", 500_000)).await.unwrap();
    store.upsert_target(&target(0, "EUR", 800_000)).await.unwrap();
    store.upsert_target(&target(0, "USD", 100_000)).await.unwrap();
    store.upsert_target(&target(t.a, "EUR", 100_000)).await.unwrap();
    let team = store.targets_of(t.ws, 0, "month", start).await.unwrap();
    assert_eq!(team, vec![target(0, "EUR", 800_000), target(0, "USD", 100_000)]);
    assert_eq!(store.targets_of(t.ws, t.a, "month", start).await.unwrap(), vec![target(t.a, "EUR", 100_000)]);
    assert!(store.targets_of(t.ws, 0, "quarter", start).await.unwrap().is_empty());
    assert!(store.delete_target(t.ws, 0, "month", start, "USD").await.unwrap());
    assert!(!store.delete_target(t.ws, 0, "month", start, "USD").await.unwrap());
    // Another team cannot remove ours.
    assert!(!store.delete_target(t.ws + 1, 0, "month", start, "EUR").await.unwrap());
    assert_eq!(store.targets_of(t.ws, 0, "month", start).await.unwrap().len(), 1);
}

async fn meetings_held_booked_and_planned_are_counted(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let (week_from, week_to) = (nov(16, 0), nov(23, 0));
    let team = store.meeting_counts(t.ws, None, week_from, week_to).await.unwrap();
    assert_eq!((team.held, team.next_step, team.won), (3, 1, 1));
    let olga = store.meeting_counts(t.ws, Some(t.a), week_from, week_to).await.unwrap();
    assert_eq!((olga.held, olga.next_step, olga.won), (2, 1, 0));
    // Booked in the week for clients who had met before: C1 on the 26th, C3 and C2 in December (not C4: first).
    assert_eq!(store.followups_booked(t.ws, None, week_from, week_to).await.unwrap(), 3);
    assert_eq!(store.followups_booked(t.ws, Some(t.a), week_from, week_to).await.unwrap(), 2);
    assert_eq!(store.meetings_planned(t.ws, None, on(12, 1, 0), on(12, 31, 23)).await.unwrap(), 2);
    assert_eq!(store.meetings_planned(t.ws, Some(t.b), on(12, 1, 0), on(12, 31, 0)).await.unwrap(), 1);
}

async fn a_clients_next_and_last_meeting_and_call_are_found(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let m = store.client_moments(t.ws, t.clients[0], nov(23, 10)).await.unwrap();
    assert_eq!(m.next_meeting.map(|a| a.summary), Some("contract".into()));
    assert_eq!(m.last_meeting.map(|a| a.summary), Some("demo".into()));
    assert_eq!(m.next_call, None);
    assert_eq!(m.last_call.map(|a| a.summary), Some("price".into()));
    let other_team = store.client_moments(t.ws + 1, t.clients[0], nov(23, 10)).await.unwrap();
    assert_eq!(other_team, Default::default(), "another team's id finds nothing");
}

async fn sources_count_clients_deals_revenue_and_costs(store: Arc<dyn Store>, db: Db) {
    let t = seed(&store, &db).await;
    let cost = |source: &str, month: u32, currency: &str, amount_minor| NewSourceCost {
        workspace_id: t.ws,
        source: source.into(),
        month: NaiveDate::from_ymd_opt(2026, month, 1).unwrap(),
        currency: currency.into(),
        amount_minor,
    };
    store.upsert_source_cost(&cost("Banner", 11, "EUR", 50_000)).await.unwrap();
    store.upsert_source_cost(&cost("Banner", 11, "EUR", 60_000)).await.unwrap();
    store.upsert_source_cost(&cost("Banner", 11, "USD", 1_000)).await.unwrap();
    store.upsert_source_cost(&cost("Radio", 10, "EUR", 20_000)).await.unwrap();
    store.upsert_source_cost(&cost("Banner", 12, "EUR", 1)).await.unwrap();
    let (from, to) = november();
    let tally = |rows: Vec<pocketcrm::store::SourceTally>| -> BTreeMap<Option<String>, i64> {
        rows.into_iter().map(|r| (r.source, r.n)).collect()
    };
    let clients = tally(store.new_clients_by_source(t.ws, from, to).await.unwrap());
    assert_eq!(clients, [(Some("Banner".to_string()), 2), (None, 1)].into());
    let deals = tally(store.new_deals_by_source(t.ws, from, to).await.unwrap());
    assert_eq!(deals, [(Some("Banner".to_string()), 3), (None, 1)].into());
    let money = |rows: Vec<pocketcrm::store::SourceMoney>| -> BTreeMap<(Option<String>, String), (i64, i64)> {
        rows.into_iter().map(|r| ((r.source, r.currency), (r.n, r.amount_minor))).collect()
    };
    let won = money(store.won_by_source(t.ws, from, to).await.unwrap());
    assert_eq!(
        won,
        [
            ((Some("Banner".into()), "EUR".into()), (1, 300_000)),
            ((Some("Referral".into()), "EUR".into()), (1, 100_000))
        ]
        .into()
    );
    let nov1 = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let dec1 = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let costs = money(store.costs_by_source(t.ws, nov1, dec1).await.unwrap());
    assert_eq!(
        costs,
        [((Some("Banner".into()), "EUR".into()), (1, 60_000)), ((Some("Banner".into()), "USD".into()), (1, 1_000))]
            .into()
    );
    let mut known = store.known_sources(t.ws).await.unwrap();
    known.sort();
    assert_eq!(known, vec!["Banner".to_string(), "Radio".to_string()]);
}

both_backends!(
    open_deals_are_counted_summed_and_weighted_per_stage_and_currency,
    created_won_and_lost_are_summed_per_currency_with_days_to_win,
    stage_moves_count_moves_out_of_each_stage_and_those_forward,
    stages_are_named_in_the_asked_language_or_another,
    targets_are_replaced_listed_and_removed,
    meetings_held_booked_and_planned_are_counted,
    a_clients_next_and_last_meeting_and_call_are_found,
    sources_count_clients_deals_revenue_and_costs,
);
