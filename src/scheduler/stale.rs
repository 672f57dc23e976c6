//! Stale alerts: once a day, at the member's digest time on their digest days (never at 3 a.m.), each member's
//! deals and clients that went quiet for the team's `stale_days` are sent in one message.
//!
//! Two claims make it exactly once: the member's sweep for the local day (`stale_sweep`, the same life as a
//! digest run) and each subject's alert for its quiet spell (`stale_alert`, keyed by the last activity it had —
//! a new activity starts a new spell). A snoozed alert may come once more after the snooze; a failed one comes
//! at the next sweep; one interrupted mid-send is not resent.

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::digest::{BATCH, due_today, expire, next_for, outcome, runs_by_key, take};
use super::{Job, Notifier};
use crate::core::Engine;
use crate::core::digest::schedule::Schedule;
use crate::core::digest::{member_schedule, stale_message};
use crate::store::{RunKey, RunKind, RunOutcome, ScheduleMember, StaleItem, StoreError};

/// Subjects listed in one message; the rest come at the next sweep.
const PER_MESSAGE: i64 = 10;

pub struct StaleJob;

/// A member's sweep follows their digest time and days (whether or not they get the digest).
fn schedule(m: &ScheduleMember) -> Schedule {
    Schedule { since: Some(m.joined_at), ..member_schedule(m) }
}

fn key(m: &ScheduleMember) -> impl Fn(chrono::NaiveDate) -> RunKey + '_ {
    |local_date| RunKey { member_id: m.member_id, chat_id: 0, local_date }
}

#[async_trait]
impl Job for StaleJob {
    async fn run_due(&self, engine: &Engine, notifier: &dyn Notifier, instance: &str) -> Result<usize, StoreError> {
        let store = engine.store();
        let now = engine.clock().now();
        expire(store.as_ref(), now).await?;
        let runs = runs_by_key(store.as_ref(), RunKind::StaleSweep, now).await?;
        let mut handled = 0;
        for m in store.schedule_members().await?.into_iter().filter(|m| m.stale_days > 0) {
            if handled >= BATCH {
                break;
            }
            let Some(due) = due_today(&schedule(&m), key(&m), &runs, now) else { continue };
            let Some(attempts) = take(store.as_ref(), RunKind::StaleSweep, m.workspace_id, &due, instance, now).await?
            else {
                continue;
            };
            handled += 1;
            let outcome = sweep(engine, notifier, &m, attempts, now).await?;
            store.finish_daily_run(RunKind::StaleSweep, &due.key, &outcome).await?;
        }
        Ok(handled)
    }

    async fn next_due(&self, engine: &Engine) -> Result<Option<DateTime<Utc>>, StoreError> {
        let store = engine.store();
        let now = engine.clock().now();
        let runs = runs_by_key(store.as_ref(), RunKind::StaleSweep, now).await?;
        let members = store.schedule_members().await?;
        Ok(members.iter().filter(|m| m.stale_days > 0).filter_map(|m| next_for(&schedule(m), key(m), &runs, now)).min())
    }
}

/// Claim what went quiet, send it in one message, record each alert.
async fn sweep(
    engine: &Engine,
    notifier: &dyn Notifier,
    m: &ScheduleMember,
    attempts: i32,
    now: DateTime<Utc>,
) -> Result<RunOutcome, StoreError> {
    let store = engine.store();
    let cutoff = now - Duration::days(i64::from(m.stale_days));
    let (items, total) = store.stale_alert_candidates(m.workspace_id, m.member_id, cutoff, now, PER_MESSAGE).await?;
    let mut claimed: Vec<StaleItem> = Vec::new();
    for item in items {
        if store.claim_stale_alert(m.workspace_id, &item.kind, item.id, now).await? {
            claimed.push(item);
        }
    }
    if claimed.is_empty() {
        return Ok(RunOutcome::Sent { at: now, items: 0 });
    }
    let subjects: Vec<(String, i64)> = claimed.iter().map(|i| (i.kind.clone(), i.id)).collect();
    let more = total - claimed.len() as i64;
    let result = notifier.deliver(m.tg_user_id, stale_message(m, &claimed, more).show_years(now)).await;
    let state = if result.is_ok() { "sent" } else { "failed" };
    if let Err(e) = &result {
        tracing::warn!(member = m.member_id, error = ?e, "stale alerts were not delivered");
    }
    let done = engine.clock().now();
    store.finish_stale_alerts(&subjects, state, done).await?;
    let items = i32::try_from(claimed.len()).unwrap_or(i32::MAX);
    Ok(outcome(result, attempts, done, items))
}
