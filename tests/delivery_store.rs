//! The delivery rows on both backends: a row is claimed by one sender only, even with many claiming at once;
//! outcomes are recorded by the claimant only; rows left by a dead instance become unconfirmed, never pending
//! again; a block unsubscribes; paused, cancelled and unsubscribed rows are not claimed; a campaign is finished,
//! paused for its photo and its progress round claimed by one caller only.

mod common;
mod delivery_support;

use std::collections::HashSet;

use chrono::Duration;
use delivery_support::{
    Db, Promo, claim_as_dead_instance, client_promo_state, consents, count_state, deliveries, on_both, start, t0, team,
};
use pocketcrm::store::{Arrived, CampaignState, Setback};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_claimers_never_share_a_row() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 120, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        // Eight claimers, each on its own store (its own pool, as separate instances), claiming until none left.
        let mut tasks = Vec::new();
        for i in 0..8 {
            let store = db.another_store().await;
            tasks.push(tokio::spawn(async move {
                let instance = format!("instance-{i}");
                let mut mine = Vec::new();
                loop {
                    let rows = store.claim_deliveries(campaign, &instance, t0(), 3).await.unwrap();
                    if rows.is_empty() {
                        return mine;
                    }
                    assert!(rows.iter().all(|r| r.state == "sending" && r.claimed_by.as_deref() == Some(&instance)));
                    mine.extend(rows.into_iter().map(|r| r.id));
                }
            }));
        }
        let mut seen = HashSet::new();
        let mut total = 0;
        for task in tasks {
            let ids = task.await.unwrap();
            total += ids.len();
            seen.extend(ids);
        }
        assert_eq!(total, 120, "every row claimed once");
        assert_eq!(seen.len(), 120, "no row claimed twice");
        assert_eq!(count_state(&db, campaign, "sending").await, 120);
    })
    .await;
}

#[tokio::test]
async fn only_the_claimant_records_and_a_lost_answer_may_still_be_confirmed() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 2, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let row = db.store.claim_deliveries(campaign, "me", t0(), 1).await.unwrap().remove(0);
        assert!(!db.store.record_sent(row.id, "someone-else", 7, t0()).await.unwrap());
        assert!(db.store.record_sent(row.id, "me", 7, t0()).await.unwrap());
        let sent = deliveries(&db, campaign).await.into_iter().find(|d| d.id == row.id).unwrap();
        assert_eq!((sent.state.as_str(), sent.message_id, sent.sent_at), ("sent", Some(7), Some(t0())));
        // A sent row is never sent again, nor taken back.
        assert!(!db.store.record_setback(row.id, "me", &Setback::Refused { reason: "x".into() }, t0()).await.unwrap());

        // The other row: our beat was late and it was taken for an orphan; the answer we then get still counts.
        let row = db.store.claim_deliveries(campaign, "me", t0(), 1).await.unwrap().remove(0);
        assert_eq!(db.store.resolve_orphans(t0() + Duration::seconds(30)).await.unwrap(), 1);
        assert_eq!(count_state(&db, campaign, "unconfirmed").await, 1);
        assert!(db.store.record_sent(row.id, "me", 8, t0()).await.unwrap());
        assert_eq!(count_state(&db, campaign, "sent").await, 2);
    })
    .await;
}

#[tokio::test]
async fn arrivals_are_recorded_together_and_only_for_the_claimant() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 4, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let mine = db.store.claim_deliveries(campaign, "me", t0(), 3).await.unwrap();
        let theirs = db.store.claim_deliveries(campaign, "them", t0(), 1).await.unwrap();
        let at = t0() + Duration::milliseconds(250);
        let arrived: Vec<Arrived> = mine
            .iter()
            .chain(&theirs)
            .enumerate()
            .map(|(i, d)| Arrived { delivery_id: d.id, message_id: 100 + i as i64, at })
            .collect();
        assert_eq!(db.store.record_sent_many("me", &arrived).await.unwrap(), 3, "not the row another instance holds");
        assert_eq!(db.store.record_sent_many("me", &[]).await.unwrap(), 0);
        let rows = deliveries(&db, campaign).await;
        for (d, a) in mine.iter().zip(&arrived) {
            let row = rows.iter().find(|r| r.id == d.id).unwrap();
            assert_eq!((row.state.as_str(), row.message_id, row.sent_at), ("sent", Some(a.message_id), Some(at)));
        }
        assert_eq!(rows.iter().find(|r| r.id == theirs[0].id).unwrap().state, "sending");
    })
    .await;
}

#[tokio::test]
async fn rows_of_a_dead_instance_become_unconfirmed_and_a_live_ones_stay() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 3, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let dead = claim_as_dead_instance(&db, campaign, t0()).await;
        db.store.sender_beat("alive", t0()).await.unwrap();
        let live = db.store.claim_deliveries(campaign, "alive", t0(), 1).await.unwrap().remove(0);

        // Within the grace period nothing is decided yet.
        assert_eq!(db.store.resolve_orphans(t0() - Duration::seconds(10)).await.unwrap(), 0);
        // Later: the instance with no beat lost its row; the one still beating keeps its own.
        db.store.sender_beat("alive", t0() + Duration::seconds(20)).await.unwrap();
        assert_eq!(db.store.resolve_orphans(t0() + Duration::seconds(10)).await.unwrap(), 1);
        let rows = deliveries(&db, campaign).await;
        let state = |id: i64| rows.iter().find(|d| d.id == id).unwrap().state.clone();
        assert_eq!(state(dead.id), "unconfirmed");
        assert_eq!(state(live.id), "sending");
        // An unconfirmed row is never claimed again: only the third row is left.
        let later = t0() + Duration::minutes(5);
        let next = db.store.claim_deliveries(campaign, "alive", later, 10).await.unwrap();
        assert_eq!(next.len(), 1);
        assert!(next[0].id != dead.id && next[0].id != live.id);

        // A clean stop removes the beat: its rows, were any left, would be orphans at once.
        db.store.end_sender_beat("alive", t0() - Duration::days(1)).await.unwrap();
        assert_eq!(db.store.resolve_orphans(later + Duration::seconds(10)).await.unwrap(), 2);
    })
    .await;
}

#[tokio::test]
async fn a_block_unsubscribes_the_customer_with_a_consent_record_and_is_never_claimed_again() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 2, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let row = db.store.claim_deliveries(campaign, "me", t0(), 1).await.unwrap().remove(0);
        let tg = row.tg_user_id.unwrap();
        let blocked = Setback::Blocked { reason: "Forbidden: bot was blocked by the user".into() };
        assert!(db.store.record_setback(row.id, "me", &blocked, t0()).await.unwrap());
        assert_eq!(count_state(&db, campaign, "blocked").await, 1);
        assert_eq!(client_promo_state(&db, tg).await, "blocked");
        assert_eq!(consents(&db, "block").await, 1);

        // Their row is settled for good: only the other customer's is left to claim.
        let rows = db.store.claim_deliveries(campaign, "me", t0(), 10).await.unwrap();
        assert_eq!(rows.len(), 1);
        assert_ne!(rows[0].tg_user_id, Some(tg));
    })
    .await;
}

#[tokio::test]
async fn setbacks_put_rows_back_or_end_them_as_told() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 4, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let rows = db.store.claim_deliveries(campaign, "me", t0(), 4).await.unwrap();
        let later = t0() + Duration::seconds(5);
        let flood = Setback::Release { at: later, reason: "flood limit".into() };
        let retry = Setback::Retry { retry_at: Some(later), reason: "502".into() };
        let give_up = Setback::Retry { retry_at: None, reason: "502".into() };
        let unknown = Setback::Unknown { reason: "timeout".into() };
        for (row, setback) in rows.iter().zip([&flood, &retry, &give_up, &unknown]) {
            assert!(db.store.record_setback(row.id, "me", setback, t0()).await.unwrap());
        }
        let all = deliveries(&db, campaign).await;
        let row = |i: usize| all.iter().find(|d| d.id == rows[i].id).unwrap().clone();
        // A flood limit costs no attempt; server trouble does; the last attempt ends it; a lost answer is final.
        assert_eq!((row(0).state.as_str(), row(0).attempts, row(0).next_attempt_at), ("pending", 0, later));
        assert_eq!((row(1).state.as_str(), row(1).attempts, row(1).next_attempt_at), ("pending", 1, later));
        assert_eq!((row(2).state.as_str(), row(2).attempts), ("failed", 1));
        assert_eq!(row(3).state, "unconfirmed");
        assert!(row(0).claimed_by.is_none(), "released rows are anyone's again");
        // Not due before their time; then claimable again.
        assert!(db.store.claim_deliveries(campaign, "me", t0(), 10).await.unwrap().is_empty());
        assert_eq!(db.store.next_delivery_at(campaign).await.unwrap(), Some(later));
        assert_eq!(db.store.claim_deliveries(campaign, "other", later, 10).await.unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn paused_cancelled_and_unsubscribed_rows_are_not_claimed() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 5, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let (ws, paused, sending) = (team.workspace_id, CampaignState::Paused, CampaignState::Sending);
        assert!(db.store.set_campaign_state(ws, campaign, sending, paused, t0()).await.unwrap());
        assert!(db.store.claim_deliveries(campaign, "me", t0(), 10).await.unwrap().is_empty());
        assert!(db.store.set_campaign_state(ws, campaign, paused, sending, t0()).await.unwrap());

        // A customer who stopped promotions meanwhile is skipped, and their row is cancelled when the campaign
        // settles, so it can finish.
        delivery_support::unsubscribe(&db, team.customers[0]).await;
        let rows = db.store.claim_deliveries(campaign, "me", t0(), 2).await.unwrap();
        assert!(rows.iter().all(|r| r.tg_user_id != Some(team.customers[0])));
        assert_eq!(db.store.cancel_unreachable(campaign).await.unwrap(), 1);

        assert!(db.store.cancel_campaign(ws, campaign, t0()).await.unwrap());
        assert!(db.store.claim_deliveries(campaign, "me", t0(), 10).await.unwrap().is_empty());
        // The two in flight finish as they are.
        for row in rows {
            assert!(db.store.record_sent(row.id, "me", 1, t0()).await.unwrap());
        }
        assert_eq!(count_state(&db, campaign, "sent").await, 2);
        assert_eq!(count_state(&db, campaign, "cancelled").await, 3);
    })
    .await;
}

#[tokio::test]
async fn a_campaign_finishes_once_only_when_nothing_is_left_and_its_rounds_are_claimed_once() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 2, 50_000, false).await;
        let campaign = start(&db, &team, Promo::default(), t0()).await;
        let rows = db.store.claim_deliveries(campaign, "me", t0(), 1).await.unwrap();
        assert!(!db.store.finish_campaign(campaign, t0()).await.unwrap(), "one pending, one in flight");
        db.store.record_sent(rows[0].id, "me", 1, t0()).await.unwrap();
        let last = db.store.claim_deliveries(campaign, "me", t0(), 1).await.unwrap();
        db.store.record_sent(last[0].id, "me", 2, t0()).await.unwrap();

        // Progress: one caller per round, the post claimed once.
        let every = Duration::seconds(3);
        assert!(db.store.claim_progress_round(campaign, t0(), t0() - every).await.unwrap());
        assert!(!db.store.claim_progress_round(campaign, t0(), t0() - every).await.unwrap());
        let next = t0() + every;
        assert!(db.store.claim_progress_round(campaign, next, next - every).await.unwrap());
        assert!(db.store.claim_progress_post(campaign, team.owner_tg).await.unwrap());
        assert!(!db.store.claim_progress_post(campaign, team.owner_tg).await.unwrap());
        db.store.set_progress_message(campaign, Some(42)).await.unwrap();
        let row = db.store.get_campaign(team.workspace_id, campaign).await.unwrap().unwrap();
        assert_eq!((row.progress_chat, row.progress_message_id), (Some(team.owner_tg), Some(42)));

        assert_eq!(db.store.sending_campaigns().await.unwrap().len(), 1);
        let (first, second) = tokio::join!(db.store.finish_campaign(campaign, t0()), async {
            db.another_store().await.finish_campaign(campaign, t0()).await
        });
        assert!(first.unwrap() ^ second.unwrap(), "exactly one caller finishes it");
        assert!(db.store.sending_campaigns().await.unwrap().is_empty());
        let done = db.store.get_campaign(team.workspace_id, campaign).await.unwrap().unwrap();
        assert_eq!((done.state.as_str(), done.finished_at), ("done", Some(t0())));
        // No more progress rounds once it is over.
        let later = t0() + Duration::minutes(1);
        assert!(!db.store.claim_progress_round(campaign, later, later - every).await.unwrap());
    })
    .await;
}

#[tokio::test]
async fn a_refused_photo_pauses_the_campaign_once_and_keeps_the_row() {
    on_both(|db: Db| async move {
        let team = team(&db, 1, 3, 50_000, true).await;
        let promo = Promo { photo: Some("AgAD-broken".into()), ..Promo::default() };
        let campaign = start(&db, &team, promo, t0()).await;
        let listed = db.store.sending_campaigns().await.unwrap();
        assert!(listed[0].paid_broadcast && listed[0].creator_tg == team.owner_tg);
        let rows = db.store.claim_deliveries(campaign, "me", t0(), 2).await.unwrap();
        for row in &rows {
            let release = Setback::Release { at: t0(), reason: "wrong file id".into() };
            assert!(db.store.record_setback(row.id, "me", &release, t0()).await.unwrap());
        }
        assert!(db.store.pause_refused_campaign(campaign, t0()).await.unwrap());
        assert!(!db.store.pause_refused_campaign(campaign, t0()).await.unwrap(), "told once");
        assert_eq!(delivery_support::campaign_state(&db, campaign).await, "paused");
        assert_eq!(count_state(&db, campaign, "pending").await, 3, "nobody lost a message to the broken photo");
    })
    .await;
}
