//! The `DealStore` contract on both backends: stages created once (even by concurrent first calls), names that
//! must not collide, the visible open/won/lost rule, deals that stay in their team, moves conditional on the
//! version (two concurrent moves with one version: exactly one applies), history, lists.
//!
//! Postgres runs on `POCKETCRM_TEST_PG` (default local trust auth); without it the Postgres tests are skipped
//! with a note, unless `CI` is set.

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use pocketcrm::store::{
    DealEdit, DealFilter, DealMove, NewClient, NewDeal, NewInvite, NewStage, Stage, StageChange, StageName, Store,
};

mod common;
use common::databases::{run_postgres, run_sqlite};

// --- backends ---

macro_rules! contract_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::run_sqlite(super::$name).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::run_postgres(super::$name).await;
                }
            )*
        }
    };
}

contract_tests!(
    stages_are_created_once_even_by_concurrent_first_calls,
    stage_names_must_not_collide_within_a_team_and_language,
    the_last_visible_stage_of_each_kind_cannot_be_hidden,
    stages_move_only_within_their_group,
    a_new_stage_goes_after_the_last_open_one,
    a_deal_is_created_with_its_history_and_stays_in_its_team,
    a_move_applies_only_to_the_version_it_was_made_for,
    two_concurrent_moves_with_the_same_version_apply_exactly_once,
    won_and_lost_are_recorded_and_reopening_clears_them,
    edits_are_conditional_and_leave_history,
    a_deal_is_reassigned_only_to_a_member_of_its_team,
    lists_filter_by_owner_stage_client_overdue_and_stale,
    the_last_currency_is_the_members_own_first,
);

// --- fixtures ---

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn defaults() -> Vec<NewStage> {
    let stage = |kind: &str, p: i32, en: &str, ru: &str| NewStage {
        kind: kind.into(),
        probability: p,
        names: vec![("en".into(), en.into(), en.to_lowercase()), ("ru".into(), ru.into(), ru.to_lowercase())],
    };
    vec![
        stage("open", 10, "Lead", "Лид"),
        stage("open", 50, "Proposal", "Предложение"),
        stage("won", 100, "Won", "Выиграна"),
        stage("lost", 0, "Lost", "Проиграна"),
    ]
}

/// A member with a team of their own, and a client there: (workspace, member, client).
async fn team(store: &Arc<dyn Store>, tg: i64) -> (i64, i64, i64) {
    let member = store.ensure_member(tg, &format!("M{tg}"), "en", "UTC").await.unwrap();
    let ws = store.ensure_workspace(member.id, &format!("Team {tg}")).await.unwrap();
    let client = store
        .insert_client(&NewClient {
            workspace_id: ws.id,
            name: "Acme".into(),
            name_folded: "acme".into(),
            phones: vec![],
            emails: vec![],
            company: None,
            tags: vec![],
            source: Some("Banner".into()),
            owner_member_id: member.id,
            search_text: "acme".into(),
        })
        .await
        .unwrap();
    (ws.id, member.id, client.id)
}

/// A second member who joins the team by invite.
async fn join(store: &Arc<dyn Store>, ws: i64, owner: i64, tg: i64) -> i64 {
    let member = store.ensure_member(tg, &format!("M{tg}"), "en", "UTC").await.unwrap();
    let code = format!("code{tg}x{ws}");
    let invite = NewInvite {
        workspace_id: ws,
        code: code.clone(),
        role: "manager".into(),
        created_by: owner,
        expires_at: t0() + Duration::days(7),
    };
    store.create_invite(&invite, t0()).await.unwrap();
    store.accept_invite(&code, member.id, t0()).await.unwrap().expect("invite accepted");
    member.id
}

async fn stages(store: &Arc<dyn Store>, ws: i64) -> Vec<Stage> {
    store.ensure_stages(ws, &defaults(), t0()).await.unwrap()
}

/// An English name for a stage.
fn named(stage_id: i64, name: &str) -> StageName {
    StageName { stage_id, lang: "en".into(), name: name.into(), name_folded: name.to_lowercase() }
}

fn new_deal(ws: i64, client: i64, stage: i64, owner: i64) -> NewDeal {
    NewDeal {
        workspace_id: ws,
        client_id: client,
        title: "Website".into(),
        amount_minor: 1_200_000,
        currency: "EUR".into(),
        stage_id: stage,
        expected_close: None,
        owner_member_id: owner,
        source: Some("Banner".into()),
        at: t0(),
    }
}

fn move_to(ws: i64, deal: i64, version: i32, stage: i64, member: i64) -> DealMove {
    DealMove {
        workspace_id: ws,
        deal_id: deal,
        version,
        to_stage_id: stage,
        member_id: member,
        at: t0() + Duration::minutes(5),
        won_at: None,
        lost_at: None,
        lost_reason: None,
        amount_minor: None,
    }
}

// --- tests ---

async fn stages_are_created_once_even_by_concurrent_first_calls(store: Arc<dyn Store>) {
    let (ws, _, _) = team(&store, 1).await;
    let calls: Vec<_> = (0..4)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.ensure_stages(ws, &defaults(), t0()).await.unwrap() })
        })
        .collect();
    let mut seen = Vec::new();
    for call in calls {
        seen.push(call.await.unwrap().iter().map(|s| s.id).collect::<Vec<_>>());
    }
    assert!(seen.iter().all(|ids| ids.len() == 4 && *ids == seen[0]), "{seen:?}");
    let again = stages(&store, ws).await;
    assert_eq!(again.iter().map(|s| s.kind.as_str()).collect::<Vec<_>>(), ["open", "open", "won", "lost"]);
    assert_eq!(store.stage_names(ws).await.unwrap().len(), 8, "two languages per stage");
    let (other, _, _) = team(&store, 2).await;
    assert!(stages(&store, other).await.iter().all(|s| !seen[0].contains(&s.id)), "each team has its own");
}

async fn stage_names_must_not_collide_within_a_team_and_language(store: Arc<dyn Store>) {
    let (ws, _, _) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    let rename = |id: i64, lang: &'static str, name: &'static str| {
        let store = store.clone();
        let name = StageName { stage_id: id, lang: lang.into(), name: name.into(), name_folded: name.to_lowercase() };
        async move { store.rename_stage(ws, &name, None, t0()).await.unwrap() }
    };
    assert_eq!(rename(s[1].id, "en", "LEAD").await, StageChange::NameTaken);
    assert_eq!(rename(s[1].id, "en", "Proposal").await, StageChange::Done(()), "its own name is no collision");
    assert_eq!(rename(s[1].id, "ru", "Lead").await, StageChange::Done(()), "another language is free");
    assert_eq!(rename(s[1].id, "en", "Offer").await, StageChange::Done(()));
    let names = store.stage_names(ws).await.unwrap();
    let en: Vec<&str> =
        names.iter().filter(|n| n.stage_id == s[1].id && n.lang == "en").map(|n| n.name.as_str()).collect();
    assert_eq!(en, ["Offer"]);

    let (other, _, _) = team(&store, 2).await;
    let o = stages(&store, other).await;
    assert_eq!(
        store.rename_stage(other, &named(o[1].id, "Offer"), None, t0()).await.unwrap(),
        StageChange::Done(()),
        "another team's names do not count"
    );
    assert_eq!(
        store.rename_stage(ws, &named(o[1].id, "X"), None, t0()).await.unwrap(),
        StageChange::Missing,
        "another team's stage answers as missing"
    );
    let taken =
        NewStage { kind: "open".into(), probability: 40, names: vec![("en".into(), "Lead".into(), "lead".into())] };
    assert_eq!(store.add_stage(ws, &taken, t0()).await.unwrap(), StageChange::NameTaken);
    assert_eq!(stages(&store, ws).await.len(), 4, "nothing added");
}

async fn the_last_visible_stage_of_each_kind_cannot_be_hidden(store: Arc<dyn Store>) {
    let (ws, _, _) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    assert_eq!(store.set_stage_hidden(ws, s[2].id, true, t0()).await.unwrap(), StageChange::LastOfKind);
    assert_eq!(store.set_stage_hidden(ws, s[3].id, true, t0()).await.unwrap(), StageChange::LastOfKind);
    assert_eq!(store.set_stage_hidden(ws, s[0].id, true, t0()).await.unwrap(), StageChange::Done(()));
    assert_eq!(store.set_stage_hidden(ws, s[1].id, true, t0()).await.unwrap(), StageChange::LastOfKind);
    assert_eq!(store.set_stage_hidden(ws, s[0].id, false, t0()).await.unwrap(), StageChange::Done(()));
    assert_eq!(store.set_stage_hidden(ws, s[1].id, true, t0()).await.unwrap(), StageChange::Done(()));
    let now = stages(&store, ws).await;
    assert_eq!(now.iter().map(|s| s.hidden).collect::<Vec<_>>(), [false, true, false, false]);
    let (other, _, _) = team(&store, 2).await;
    assert_eq!(store.set_stage_hidden(other, s[0].id, true, t0()).await.unwrap(), StageChange::Missing);
}

async fn stages_move_only_within_their_group(store: Arc<dyn Store>) {
    let (ws, _, _) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    assert_eq!(store.move_stage(ws, s[0].id, true, t0()).await.unwrap(), StageChange::Missing, "already first");
    assert_eq!(store.move_stage(ws, s[1].id, false, t0()).await.unwrap(), StageChange::Missing, "won is not open");
    assert_eq!(store.move_stage(ws, s[0].id, false, t0()).await.unwrap(), StageChange::Done(()));
    assert_eq!(store.move_stage(ws, s[3].id, true, t0()).await.unwrap(), StageChange::Done(()));
    let ids: Vec<i64> = stages(&store, ws).await.iter().map(|s| s.id).collect();
    assert_eq!(ids, [s[1].id, s[0].id, s[3].id, s[2].id]);
}

async fn a_new_stage_goes_after_the_last_open_one(store: Arc<dyn Store>) {
    let (ws, _, _) = team(&store, 1).await;
    stages(&store, ws).await;
    let demo =
        NewStage { kind: "open".into(), probability: 40, names: vec![("en".into(), "Demo".into(), "demo".into())] };
    let StageChange::Done(added) = store.add_stage(ws, &demo, t0()).await.unwrap() else { panic!("not added") };
    let now = stages(&store, ws).await;
    let order: Vec<(i64, &str)> = now.iter().map(|s| (s.id, s.kind.as_str())).collect();
    assert_eq!(order[2], (added.id, "open"));
    assert_eq!(now.iter().map(|s| s.kind.as_str()).collect::<Vec<_>>(), ["open", "open", "open", "won", "lost"]);
    let positions: Vec<i32> = now.iter().map(|s| s.position).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "distinct positions: {positions:?}");
}

async fn a_deal_is_created_with_its_history_and_stays_in_its_team(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    let deal = store.insert_deal(&new_deal(ws, client, s[0].id, me)).await.unwrap();
    assert_eq!((deal.version, deal.amount_minor, deal.currency.as_str()), (1, 1_200_000, "EUR"));
    assert_eq!(deal.last_activity_at, t0());
    assert_eq!(store.get_deal(ws, deal.id).await.unwrap(), Some(deal.clone()));
    let events = store.deal_events(ws, deal.id, 10).await.unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!((events[0].kind.as_str(), events[0].member_id, events[0].to_stage_id), ("created", me, Some(s[0].id)));

    let (other, _, _) = team(&store, 2).await;
    assert_eq!(store.get_deal(other, deal.id).await.unwrap(), None);
    assert!(store.deal_events(other, deal.id, 10).await.unwrap().is_empty());
    let (rows, total) = store.list_deals(other, &DealFilter::default(), 10).await.unwrap();
    assert!(rows.is_empty() && total == 0);
    let foreign_stage = stages(&store, other).await[0].id;
    assert!(store.insert_deal(&new_deal(ws, client, foreign_stage, me)).await.is_err(), "another team's stage");
}

async fn a_move_applies_only_to_the_version_it_was_made_for(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    let deal = store.insert_deal(&new_deal(ws, client, s[0].id, me)).await.unwrap();
    let moved = store.move_deal(&move_to(ws, deal.id, 1, s[1].id, me)).await.unwrap().expect("applied");
    assert_eq!((moved.stage_id, moved.version), (s[1].id, 2));
    assert_eq!(moved.last_activity_at, t0() + Duration::minutes(5), "a move is activity");
    assert_eq!(store.move_deal(&move_to(ws, deal.id, 1, s[0].id, me)).await.unwrap(), None, "old version");
    assert_eq!(store.move_deal(&move_to(ws, deal.id, 2, s[1].id, me)).await.unwrap(), None, "already there");

    store.set_stage_hidden(ws, s[0].id, true, t0()).await.unwrap();
    assert_eq!(store.move_deal(&move_to(ws, deal.id, 2, s[0].id, me)).await.unwrap(), None, "hidden stage");
    let (other, _, _) = team(&store, 2).await;
    let foreign = stages(&store, other).await[0].id;
    assert_eq!(store.move_deal(&move_to(ws, deal.id, 2, foreign, me)).await.unwrap(), None, "another team's stage");
    assert_eq!(store.move_deal(&move_to(other, deal.id, 2, foreign, me)).await.unwrap(), None, "another team");

    let now = store.get_deal(ws, deal.id).await.unwrap().unwrap();
    assert_eq!((now.stage_id, now.version), (s[1].id, 2));
    let events = store.deal_events(ws, deal.id, 10).await.unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["moved", "created"], "newest first, one move");
    assert_eq!(
        (events[0].from_stage_id, events[0].to_stage_id, events[0].member_id),
        (Some(s[0].id), Some(s[1].id), me)
    );
}

async fn two_concurrent_moves_with_the_same_version_apply_exactly_once(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    for round in 0..5 {
        let deal = store.insert_deal(&new_deal(ws, client, s[0].id, me)).await.unwrap();
        let racers: Vec<_> = [s[1].id, s[3].id]
            .into_iter()
            .map(|target| {
                let store = store.clone();
                let mv = move_to(ws, deal.id, 1, target, me);
                tokio::spawn(async move { store.move_deal(&mv).await.unwrap() })
            })
            .collect();
        let mut applied = Vec::new();
        for racer in racers {
            applied.extend(racer.await.unwrap());
        }
        assert_eq!(applied.len(), 1, "round {round}: exactly one move applies");
        let now = store.get_deal(ws, deal.id).await.unwrap().unwrap();
        assert_eq!((now.version, now.stage_id), (2, applied[0].stage_id));
        let moves = store.deal_events(ws, deal.id, 10).await.unwrap().iter().filter(|e| e.kind == "moved").count();
        assert_eq!(moves, 1, "round {round}: one history line");
    }
}

async fn won_and_lost_are_recorded_and_reopening_clears_them(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    let deal = store.insert_deal(&new_deal(ws, client, s[0].id, me)).await.unwrap();
    let at = t0() + Duration::minutes(5);
    let won = DealMove { won_at: Some(at), amount_minor: Some(1_100_000), ..move_to(ws, deal.id, 1, s[2].id, me) };
    let deal = store.move_deal(&won).await.unwrap().unwrap();
    assert_eq!((deal.won_at, deal.lost_at, deal.amount_minor), (Some(at), None, 1_100_000));
    let lost = DealMove {
        lost_at: Some(at),
        lost_reason: Some("price".into()),
        ..move_to(ws, deal.id, deal.version, s[3].id, me)
    };
    let deal = store.move_deal(&lost).await.unwrap().unwrap();
    assert_eq!((deal.won_at, deal.lost_at, deal.lost_reason.as_deref()), (None, Some(at), Some("price")));
    assert_eq!(store.deal_events(ws, deal.id, 1).await.unwrap()[0].note.as_deref(), Some("price"), "kept in history");
    let reopened = store.move_deal(&move_to(ws, deal.id, deal.version, s[0].id, me)).await.unwrap().unwrap();
    assert_eq!((reopened.won_at, reopened.lost_at, reopened.lost_reason), (None, None, None));
    assert_eq!(reopened.amount_minor, 1_100_000, "the amount stays");
}

async fn edits_are_conditional_and_leave_history(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let s = stages(&store, ws).await;
    let deal = store.insert_deal(&new_deal(ws, client, s[0].id, me)).await.unwrap();
    let close = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
    let edit = DealEdit {
        workspace_id: ws,
        deal_id: deal.id,
        version: 1,
        member_id: me,
        at: t0(),
        amount_minor: Some(990_000),
        expected_close: Some(Some(close)),
        note: "amount:1200000>990000".into(),
    };
    let changed = store.edit_deal(&edit).await.unwrap().expect("applied");
    assert_eq!((changed.amount_minor, changed.expected_close, changed.version), (990_000, Some(close), 2));
    assert_eq!(store.edit_deal(&edit).await.unwrap(), None, "the same version twice");
    let clear = DealEdit { version: 2, amount_minor: None, expected_close: Some(None), ..edit.clone() };
    let cleared = store.edit_deal(&clear).await.unwrap().unwrap();
    assert_eq!((cleared.amount_minor, cleared.expected_close), (990_000, None));
    let keep = DealEdit { version: 3, amount_minor: None, expected_close: None, ..edit };
    assert_eq!(store.edit_deal(&keep).await.unwrap().unwrap().expected_close, None);
    let events = store.deal_events(ws, deal.id, 10).await.unwrap();
    assert_eq!(events.iter().filter(|e| e.kind == "changed").count(), 3);
    assert_eq!(events.last().unwrap().kind, "created");
}

async fn a_deal_is_reassigned_only_to_a_member_of_its_team(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let colleague = join(&store, ws, me, 2).await;
    let (_, stranger, _) = team(&store, 3).await;
    let s = stages(&store, ws).await;
    let deal = store.insert_deal(&new_deal(ws, client, s[0].id, me)).await.unwrap();
    assert_eq!(store.reassign_deal(ws, deal.id, 1, stranger, me, t0()).await.unwrap(), None, "not in the team");
    assert_eq!(store.reassign_deal(ws, deal.id, 1, me, me, t0()).await.unwrap(), None, "already theirs");
    let handed = store.reassign_deal(ws, deal.id, 1, colleague, me, t0()).await.unwrap().expect("handed over");
    assert_eq!((handed.owner_member_id, handed.version), (colleague, 2));
    assert_eq!(store.reassign_deal(ws, deal.id, 1, me, me, t0()).await.unwrap(), None, "old version");
    let events = store.deal_events(ws, deal.id, 10).await.unwrap();
    assert_eq!(events[0].kind, "reassigned");
    let note: serde_json::Value = serde_json::from_str(events[0].note.as_deref().unwrap()).unwrap();
    assert_eq!((note["from"].as_i64(), note["to"].as_i64()), (Some(me), Some(colleague)));
    assert_eq!(events.len(), 2, "the history before stays");
    let owners: Vec<i64> = store.deal_owners(ws).await.unwrap().iter().map(|(id, _, _)| *id).collect();
    assert!(owners.contains(&me) && owners.contains(&colleague) && !owners.contains(&stranger));
}

async fn lists_filter_by_owner_stage_client_overdue_and_stale(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let colleague = join(&store, ws, me, 2).await;
    let s = stages(&store, ws).await;
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let mut a = new_deal(ws, client, s[0].id, me);
    a.expected_close = Some(day(20));
    a.at = t0() - Duration::days(30);
    let a = store.insert_deal(&a).await.unwrap();
    let mut b = new_deal(ws, client, s[1].id, me);
    b.expected_close = Some(day(10));
    let b = store.insert_deal(&b).await.unwrap();
    let c = store.insert_deal(&new_deal(ws, client, s[0].id, colleague)).await.unwrap();
    let won = DealMove { won_at: Some(t0()), ..move_to(ws, c.id, 1, s[2].id, colleague) };
    store.move_deal(&won).await.unwrap().unwrap();

    let ids = |rows: &[pocketcrm::store::DealRow]| rows.iter().map(|r| r.deal.id).collect::<Vec<_>>();
    let (rows, total) = store.list_deals(ws, &DealFilter { owner: Some(me), ..Default::default() }, 10).await.unwrap();
    assert_eq!((total, rows.len()), (2, 2));
    assert!(rows.iter().all(|r| r.client_name == "Acme"));
    let open = DealFilter { open_only: true, ..Default::default() };
    assert_eq!(store.list_deals(ws, &open, 10).await.unwrap().1, 2, "the won deal is not open");
    let stage = DealFilter { stage_id: Some(s[0].id), ..Default::default() };
    assert_eq!(store.list_deals(ws, &stage, 10).await.unwrap().1, 1, "c moved on to won");
    let overdue = DealFilter { open_only: true, close_before: Some(day(23)), ..Default::default() };
    let (rows, total) = store.list_deals(ws, &overdue, 10).await.unwrap();
    assert_eq!((ids(&rows), total), (vec![b.id, a.id], 2), "earliest close date first");
    let (rows, total) = store.list_deals(ws, &overdue, 1).await.unwrap();
    assert_eq!((rows.len(), total), (1, 2), "the total counts beyond the page");
    let stale = DealFilter { open_only: true, quiet_since: Some(t0() - Duration::days(14)), ..Default::default() };
    assert_eq!(ids(&store.list_deals(ws, &stale, 10).await.unwrap().0), vec![a.id]);
    let of_client = DealFilter { client_id: Some(client), ..Default::default() };
    assert_eq!(store.list_deals(ws, &of_client, 10).await.unwrap().1, 3);
}

async fn the_last_currency_is_the_members_own_first(store: Arc<dyn Store>) {
    let (ws, me, client) = team(&store, 1).await;
    let colleague = join(&store, ws, me, 2).await;
    let s = stages(&store, ws).await;
    assert_eq!(store.last_currency(ws, me).await.unwrap(), None);
    let mut usd = new_deal(ws, client, s[0].id, colleague);
    usd.currency = "USD".into();
    store.insert_deal(&usd).await.unwrap();
    assert_eq!(store.last_currency(ws, me).await.unwrap().as_deref(), Some("USD"), "the team's, lacking my own");
    store.insert_deal(&new_deal(ws, client, s[0].id, me)).await.unwrap();
    assert_eq!(store.last_currency(ws, me).await.unwrap().as_deref(), Some("EUR"));
}
