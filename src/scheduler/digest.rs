//! The daily digest, exactly once per member (or team group) per local day.
//!
//! Each recipient has one slot per local date (their time, their zone, their weekdays). When the slot has come
//! and no run exists for that date, the run is claimed by inserting its row (primary key member, chat, local
//! date; `ON CONFLICT DO NOTHING`): only the instance whose insert went in sends it, then records `sent` or
//! `failed` (a transient failure is retried with backoff the same day). A claim left in `sending` by a process
//! that died is marked `interrupted` after the lease and never resent: at most once, like reminders.
//!
//! Downtime: a slot that passed while no instance ran is sent when one comes back, once, marked late — but
//! only today's: after days of downtime the recipient gets today's digest, not a pile of old ones (yesterday's
//! numbers are in today's anyway). A slot before the member joined or changed their settings is not "missed".

use std::collections::HashMap;

use async_trait::async_trait;
use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::{CLAIM_LEASE, DeliveryError, Job, MAX_ATTEMPTS, Notifier, retry_delay};
use crate::core::Engine;
use crate::core::digest::Recipient;
use crate::core::digest::schedule::Schedule;
use crate::store::{DailyRun, RunClaim, RunKey, RunKind, RunOutcome, Store, StoreError};

/// Sent this long after its slot, a digest says it is late.
const LATE_AFTER: Duration = Duration::minutes(15);
/// Runs handled per round; the scheduler loops again at once while rounds come back full.
pub(super) const BATCH: usize = 50;

pub struct DigestJob;

#[async_trait]
impl Job for DigestJob {
    async fn run_due(&self, engine: &Engine, notifier: &dyn Notifier, instance: &str) -> Result<usize, StoreError> {
        let store = engine.store();
        let now = engine.clock().now();
        expire(store.as_ref(), now).await?;
        let runs = runs_by_key(store.as_ref(), RunKind::Digest, now).await?;
        let mut handled = 0;
        for r in recipients(store.as_ref()).await? {
            if handled >= BATCH {
                break;
            }
            let Some(due) = due_today(&r.schedule(), |d| r.key(d), &runs, now) else { continue };
            let Some(attempts) = take(store.as_ref(), RunKind::Digest, r.workspace_id(), &due, instance, now).await?
            else {
                continue;
            };
            handled += 1;
            let result = match r.message(engine, now, due.late.then_some(due.slot)).await {
                Ok(reply) => notifier.deliver(r.chat_id(), reply.show_years(now)).await,
                Err(e) => Err(DeliveryError::Transient(format!("building the digest failed: {e}"))),
            };
            if let Err(e) = &result {
                tracing::warn!(chat = r.chat_id(), error = ?e, "a digest was not delivered");
            }
            let outcome = outcome(result, attempts, engine.clock().now(), 1);
            store.finish_daily_run(RunKind::Digest, &due.key, &outcome).await?;
        }
        Ok(handled)
    }

    async fn next_due(&self, engine: &Engine) -> Result<Option<DateTime<Utc>>, StoreError> {
        let store = engine.store();
        let now = engine.clock().now();
        let runs = runs_by_key(store.as_ref(), RunKind::Digest, now).await?;
        let recipients = recipients(store.as_ref()).await?;
        Ok(recipients.iter().filter_map(|r| next_for(&r.schedule(), |d| r.key(d), &runs, now)).min())
    }
}

async fn recipients(store: &dyn Store) -> Result<Vec<Recipient>, StoreError> {
    Ok(Recipient::all(store.schedule_members().await?, store.team_groups().await?))
}

/// Claims whose process died mid-send: never resent.
pub(super) async fn expire(store: &dyn Store, now: DateTime<Utc>) -> Result<(), StoreError> {
    let interrupted = store.expire_daily_runs(now - CLAIM_LEASE).await?;
    if interrupted > 0 {
        tracing::warn!(
            count = interrupted,
            "digests or stale alerts interrupted mid-send by an earlier stop; not resending"
        );
    }
    Ok(())
}

/// The recent runs of a kind: local dates run at most a day either side of UTC's.
pub(super) async fn runs_by_key(
    store: &dyn Store,
    kind: RunKind,
    now: DateTime<Utc>,
) -> Result<HashMap<RunKey, DailyRun>, StoreError> {
    let since = (now - Duration::days(2)).date_naive();
    Ok(store.daily_runs_since(kind, since).await?.into_iter().map(|r| (r.key(), r)).collect())
}

/// A run to send now: a fresh claim of today's slot, or a retry of today's failed one.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Due {
    pub key: RunKey,
    pub slot: DateTime<Utc>,
    pub late: bool,
    /// A retry of a failed run.
    pub retry: bool,
}

/// What is due today for a schedule (whose runs are keyed by `key`), if anything.
pub(super) fn due_today(
    schedule: &Schedule,
    key: impl Fn(NaiveDate) -> RunKey,
    runs: &HashMap<RunKey, DailyRun>,
    now: DateTime<Utc>,
) -> Option<Due> {
    let (date, slot) = schedule.today(now).filter(|(_, slot)| *slot <= now)?;
    let key = key(date);
    match runs.get(&key) {
        None => Some(Due { key, slot, late: now - slot > LATE_AFTER, retry: false }),
        Some(run) if run.state == "failed" && run.next_attempt_at.is_some_and(|t| t <= now) => {
            Some(Due { key, slot, late: run.late, retry: true })
        }
        Some(_) => None,
    }
}

/// When the schedule next needs the scheduler: today's unclaimed slot (maybe already past: at once), a retry,
/// or the next slot.
pub(super) fn next_for(
    schedule: &Schedule,
    key: impl Fn(NaiveDate) -> RunKey,
    runs: &HashMap<RunKey, DailyRun>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let mut next = schedule.next_after(now);
    if let Some((date, slot)) = schedule.today(now).filter(|(_, slot)| *slot <= now) {
        match runs.get(&key(date)) {
            None => return Some(slot),
            Some(run) if run.state == "failed" => {
                if let Some(retry) = run.next_attempt_at {
                    next = Some(next.map_or(retry, |n| n.min(retry)));
                }
            }
            Some(_) => {}
        }
    }
    next
}

/// Claim the run; the attempts made so far if this instance got it, `None` if another one has it.
pub(super) async fn take(
    store: &dyn Store,
    kind: RunKind,
    workspace_id: i64,
    due: &Due,
    instance: &str,
    now: DateTime<Utc>,
) -> Result<Option<i32>, StoreError> {
    if due.retry {
        return store.reclaim_daily_run(kind, &due.key, instance, now).await;
    }
    let claim = RunClaim { kind, workspace_id, key: due.key, late: due.late, instance, now };
    Ok(store.claim_daily_run(&claim).await?.then_some(0))
}

/// What to record after a send: sent, retried later with backoff, or given up.
pub(super) fn outcome(result: Result<(), DeliveryError>, attempts: i32, now: DateTime<Utc>, items: i32) -> RunOutcome {
    match result {
        Ok(()) => RunOutcome::Sent { at: now, items },
        Err(DeliveryError::Permanent(error)) => RunOutcome::Failed { error, retry_at: None },
        Err(DeliveryError::Transient(error)) => {
            let attempt = attempts + 1;
            let retry_at = (attempt < MAX_ATTEMPTS).then(|| now + retry_delay(attempt));
            RunOutcome::Failed { error, retry_at }
        }
    }
}
