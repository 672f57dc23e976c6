//! Delivers reminders at their minute, exactly as a person expects: never twice, never silently dropped.
//!
//! A reminder is claimed (`pending` → `sending`, stamped with this instance) in one atomic statement only when
//! its send is about to start — one row per claim, `FOR UPDATE SKIP LOCKED` on Postgres, a single
//! `UPDATE … RETURNING` on SQLite — and recorded the moment the answer comes. So two instances on one Postgres
//! never both send it, and a crash (even `kill -9`) leaves at most the one send in flight in `sending`: every
//! other due reminder is still `pending` and goes out after the restart, with the late mark if it is late.
//!
//! The row in flight is the only one nobody can know about (Telegram may or may not have got it), so it is never
//! sent again. Each scheduler beats (`sender_beat`) while it runs; a row left in `sending` by a claimant whose beat
//! has stopped for `stale_after` (seconds, not the old 10-minute lease, which stays as a fallback) becomes
//! `interrupted`. The member is then told once, in their language, that this reminder may not have reached them —
//! whichever instance claims that notice tells it — and it stays in /today with ⚠️. A clean stop finishes the send
//! under way and claims nothing more, so it leaves nothing in `sending`. The loop sleeps until the next due time,
//! is woken when reminders change, and looks again when another instance's claim could have been orphaned.

mod audit_prune;
mod backoff;
mod campaign_start;
pub mod campaigns;
mod digest;
mod jobs;
mod stale;

use std::sync::Arc;
use std::time::Duration as StdDuration;

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use tokio::sync::{Notify, watch};

use crate::core::{Engine, Reply};
use crate::store::{DueReminder, StoreError};
pub use audit_prune::AuditPruneJob;
pub use backoff::retry_delay;
pub use campaigns::{CampaignWorker, WorkerConfig};
pub use digest::DigestJob;
pub use stale::StaleJob;

/// How a send failed: worth another try later, or never (the member blocked the bot).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryError {
    Transient(String),
    Permanent(String),
}

/// How a promotion's send went wrong; each asks for a different treatment (see `campaigns`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromoError {
    /// The bot's flood limit (HTTP 429): nothing was sent; no promotion goes out for this long.
    RetryAfter(StdDuration),
    /// The customer blocked the bot, left Telegram or never started it (HTTP 403): never again.
    Blocked(String),
    /// Telegram refused the campaign's photo: every message of the campaign would fail the same way.
    BadPhoto(String),
    /// Refused for this message alone (a bad request): trying again would fail again.
    Refused(String),
    /// Server trouble, or no connection made: nothing arrived; worth another try later.
    Transient(String),
    /// The request may have reached Telegram (the answer was lost): unknown, so never sent again.
    Unknown(String),
}

/// Other things that fall due besides reminders (digests, stale alerts): each claims its rows exactly once,
/// sends through the notifier, records the outcome. Run in every scheduler round.
#[async_trait]
pub trait Job: Send + Sync + 'static {
    /// Deliver what is due at `engine.clock().now()`; returns how many items were handled.
    async fn run_due(&self, engine: &Engine, notifier: &dyn Notifier, instance: &str) -> Result<usize, StoreError>;
    /// When something will next fall due, so the loop can sleep until then; `None` if nothing is known.
    async fn next_due(&self, engine: &Engine) -> Result<Option<DateTime<Utc>>, StoreError>;
}

/// Where due messages go: Telegram in production, stdout in the console, a recorder in tests.
#[async_trait]
pub trait Notifier: Send + Sync + 'static {
    async fn deliver(&self, tg_user_id: i64, reply: Reply) -> Result<(), DeliveryError>;

    /// Wait until promotions may go out (the front end's rate gate): how many may go now, at least one and at most
    /// `max`. `paid` sends with `allow_paid_broadcast`. A front end without a limit of its own allows `max` at once.
    async fn promo_turn(&self, _paid: bool, max: usize) -> usize {
        max
    }

    /// Send one promotion now (its turn has come); Telegram's message id.
    async fn send_promo(&self, tg_user_id: i64, reply: &Reply, _paid: bool) -> Result<i64, PromoError> {
        self.deliver(tg_user_id, reply.clone()).await.map(|()| 0).map_err(|e| match e {
            DeliveryError::Transient(reason) => PromoError::Transient(reason),
            DeliveryError::Permanent(reason) => PromoError::Refused(reason),
        })
    }

    /// Post a message that is edited later (a campaign's progress); its message id (0: it cannot be edited).
    async fn post(&self, tg_user_id: i64, reply: &Reply) -> Result<i64, DeliveryError> {
        self.deliver(tg_user_id, reply.clone()).await.map(|()| 0)
    }

    /// Replace what a posted message says; a front end that cannot edit leaves it.
    async fn edit(&self, _tg_user_id: i64, _message_id: i64, _reply: &Reply) -> Result<(), DeliveryError> {
        Ok(())
    }
}

/// A claim older than this is taken to belong to a process that died mid-send even if its beat goes on (a send,
/// even queued behind Telegram's rate limits, takes far less): the fallback behind the heartbeat.
const CLAIM_LEASE: Duration = Duration::minutes(10);
/// Reminders sent per round; the loop goes on while rounds come back full (other jobs run in between).
const BATCH: usize = 50;
/// Even with nothing due, look again this often: another instance may have added a reminder.
const MAX_SLEEP: StdDuration = StdDuration::from_secs(30);
/// After this many failed attempts a reminder is given up (and shows as failed in the agenda).
pub const MAX_ATTEMPTS: i32 = 6;
/// Beats are kept this long after a scheduler stopped beating (then forgotten).
const FORGET_BEATS_AFTER: Duration = Duration::days(1);

/// A name for this process's claims, unique enough across instances and restarts; `kind` says which front end.
pub fn instance_id(kind: &str) -> String {
    format!("{kind}-{}-{:08x}", std::process::id(), rand::random::<u32>())
}

pub struct Scheduler {
    engine: Engine,
    notifier: Arc<dyn Notifier>,
    wake: Arc<Notify>,
    /// Given to the jobs for their claims.
    instance: String,
    /// Whom reminder claims and this scheduler's beat name. Not the campaign worker's name: its beat ends when it
    /// stops, which must not orphan a reminder this scheduler is still sending.
    claimant: String,
    /// A claimant silent this long is taken for dead (`POCKETCRM_SENDER_STALE_SECS`, as for campaigns).
    stale_after: Duration,
    jobs: Vec<Arc<dyn Job>>,
}

impl Scheduler {
    /// Reminders only; add other jobs with `with_job`, or take them all with `standard`.
    pub fn new(engine: Engine, notifier: Arc<dyn Notifier>, instance: impl Into<String>) -> Self {
        let wake = engine.wake_handle();
        let instance = instance.into();
        let claimant = format!("{instance}/reminders");
        let stale_after = WorkerConfig::from_env().stale_after;
        Scheduler { engine, notifier, wake, instance, claimant, stale_after, jobs: Vec::new() }
    }

    /// Everything the product schedules: reminders plus every job below.
    pub fn standard(engine: Engine, notifier: Arc<dyn Notifier>, instance: impl Into<String>) -> Self {
        jobs::all().into_iter().fold(Scheduler::new(engine, notifier, instance), Scheduler::with_job)
    }

    pub fn with_job(mut self, job: Arc<dyn Job>) -> Self {
        self.jobs.push(job);
        self
    }

    /// Several beats per `stale_after`, so one late beat never makes a live scheduler look dead.
    fn beat_every(&self) -> StdDuration {
        (self.stale_after / 5).to_std().unwrap_or(StdDuration::from_secs(1)).max(StdDuration::from_millis(100))
    }

    /// Run until `shutdown` turns true: the send under way is finished and recorded, nothing more is claimed, so
    /// nothing is left half-sent.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let (stop_beat, beat_stopped) = watch::channel(false);
        let beating =
            tokio::spawn(beat_loop(self.engine.clone(), self.claimant.clone(), self.beat_every(), beat_stopped));
        loop {
            if *shutdown.borrow() {
                break;
            }
            let sleep_for = match self.round(Some(&shutdown)).await {
                Ok(sent) if sent >= BATCH => StdDuration::ZERO,
                Ok(_) => self.until_next().await,
                Err(e) => {
                    tracing::error!(error = ?e, "scheduler round failed; trying again shortly");
                    StdDuration::from_secs(5)
                }
            };
            if sleep_for.is_zero() {
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(sleep_for) => {}
                _ = self.wake.notified() => {}
                _ = shutdown.changed() => {}
            }
        }
        let _ = stop_beat.send(true);
        let _ = beating.await;
        // Every claim of ours is recorded: the beat can go, and with it the old ones nobody needs.
        let forget_before = self.engine.clock().now() - FORGET_BEATS_AFTER;
        if let Err(e) = self.engine.store().end_sender_beat(&self.claimant, forget_before).await {
            tracing::warn!(error = ?e, "removing the scheduler's heartbeat failed");
        }
        tracing::info!("scheduler stopped");
    }

    async fn until_next(&self) -> StdDuration {
        let now = self.engine.clock().now();
        match self.next_due().await {
            Ok(Some(next)) if next <= now => StdDuration::ZERO,
            Ok(Some(next)) => (next - now).to_std().unwrap_or(MAX_SLEEP).min(MAX_SLEEP),
            Ok(None) => MAX_SLEEP,
            Err(e) => {
                tracing::error!(error = ?e, "reading the next due time failed");
                StdDuration::from_secs(5)
            }
        }
    }

    async fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let store = self.engine.store();
        let mut next = store.next_pending_at().await?;
        // Another instance's claim: if that instance dies, its row must be resolved (and the member told) soon,
        // not at the next reminder.
        if let Some(claimed_at) = store.oldest_foreign_claim(&self.claimant).await? {
            let now = self.engine.clock().now();
            let beat = Duration::from_std(self.beat_every()).unwrap_or(Duration::seconds(1));
            let check = (claimed_at + self.stale_after).max(now + beat);
            next = Some(next.map_or(check, |n| n.min(check)));
        }
        for job in &self.jobs {
            if let Some(at) = job.next_due(&self.engine).await? {
                next = Some(next.map_or(at, |n| n.min(at)));
            }
        }
        Ok(next)
    }

    /// One round: beat, settle what dead claimants left (and tell their members), then claim and send due
    /// reminders one at a time, then the jobs. Returns how many reminders and job items were handled.
    /// Public so tests (and the console) can drive the scheduler deterministically.
    pub async fn tick(&self) -> Result<usize, StoreError> {
        self.round(None).await
    }

    async fn round(&self, shutdown: Option<&watch::Receiver<bool>>) -> Result<usize, StoreError> {
        let store = self.engine.store();
        let now = self.engine.clock().now();
        store.sender_beat(&self.claimant, now).await?;
        let orphaned = store.resolve_orphan_reminders(now - self.stale_after, now).await?
            + store.expire_stale_claims(now - CLAIM_LEASE).await?;
        if orphaned > 0 {
            tracing::warn!(count = orphaned, "reminders interrupted mid-send by a stopped instance; not resending");
        }
        if let Err(e) = self.tell_interrupted().await {
            tracing::error!(error = ?e, "telling members about interrupted reminders failed; next round tries again");
        }
        let stopping = || shutdown.is_some_and(|s| *s.borrow());
        let mut claimed = 0;
        // Claimed one by one, each the moment its send starts: what a crash can catch is the send in flight alone.
        while claimed < BATCH && !stopping() {
            let Some(reminder) = store.claim_next_reminder(self.engine.clock().now(), &self.claimant).await? else {
                break;
            };
            claimed += 1;
            // One bad row must never stop the others.
            if let Err(e) = self.deliver_one(&reminder).await {
                tracing::error!(error = ?e, reminder = reminder.reminder.id, "recording a reminder's delivery failed");
            }
        }
        for job in &self.jobs {
            // Nor one failing job the others.
            match job.run_due(&self.engine, self.notifier.as_ref(), &self.instance).await {
                Ok(n) => claimed += n,
                Err(e) => tracing::error!(error = ?e, "a scheduled job failed; it runs again next round"),
            }
        }
        Ok(claimed)
    }

    /// Tell each member whose reminder was interrupted, once: the notice is claimed before it is sent, so one
    /// instance tells it; a send that failed for a passing reason is put back for the next round.
    async fn tell_interrupted(&self) -> Result<usize, StoreError> {
        let store = self.engine.store();
        let mut told = 0;
        for _ in 0..BATCH {
            let Some(due) = store.claim_interrupted_notice(self.engine.clock().now()).await? else { break };
            let id = due.reminder.id;
            match self.notifier.deliver(due.tg_user_id, self.engine.interrupted_message(&due)).await {
                Ok(()) => told += 1,
                Err(DeliveryError::Permanent(reason)) => {
                    tracing::warn!(reminder = id, %reason, "the member cannot be told of an interrupted reminder");
                }
                Err(DeliveryError::Transient(reason)) => {
                    tracing::warn!(reminder = id, %reason, "telling of an interrupted reminder failed; will retry");
                    store.release_interrupted_notice(id).await?;
                    // Not again this round: the same notice would be taken straight back.
                    break;
                }
            }
        }
        Ok(told)
    }

    async fn deliver_one(&self, due: &DueReminder) -> Result<(), StoreError> {
        let store = self.engine.store();
        let reply = self.engine.reminder_message(due).await;
        let id = due.reminder.id;
        match self.notifier.deliver(due.tg_user_id, reply).await {
            Ok(()) => record(|| store.mark_reminder_sent(id, self.engine.clock().now())).await,
            Err(DeliveryError::Permanent(reason)) => {
                tracing::warn!(reminder = id, %reason, "reminder cannot be delivered");
                record(|| store.mark_reminder_failed(id, &reason, None)).await
            }
            Err(DeliveryError::Transient(reason)) => {
                let attempt = due.reminder.attempts + 1;
                let retry_at = (attempt < MAX_ATTEMPTS).then(|| self.engine.clock().now() + retry_delay(attempt));
                tracing::warn!(reminder = id, attempt, %reason, "reminder send failed; will retry");
                record(|| store.mark_reminder_failed(id, &reason, retry_at)).await
            }
        }
    }
}

/// Say this scheduler is alive every `every` until `stop` turns true (or its sender is gone).
async fn beat_loop(engine: Engine, claimant: String, every: StdDuration, mut stop: watch::Receiver<bool>) {
    loop {
        if let Err(e) = engine.store().sender_beat(&claimant, engine.clock().now()).await {
            tracing::error!(error = ?e, "the scheduler heartbeat failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            changed = stop.changed() => if changed.is_err() || *stop.borrow() { return },
        }
    }
}

/// How long the outcome of a send waits for the database: well inside the claim lease, so a send that arrived is
/// never taken for one cut short by a crash (and reported to the member as possibly lost).
const RECORD_PATIENCE: StdDuration = StdDuration::from_secs(300);

/// Write a send's outcome, waiting out a database outage (any other error is returned at once).
async fn record<F, Fut>(write: F) -> Result<(), StoreError>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<(), StoreError>>,
{
    let started = tokio::time::Instant::now();
    let mut pause = StdDuration::from_millis(250);
    loop {
        match write().await {
            Err(e) if e.is_unavailable() && started.elapsed() < RECORD_PATIENCE => {
                tracing::warn!(error = ?e, "recording a reminder's delivery waits for the database");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(StdDuration::from_secs(5));
            }
            done => return done,
        }
    }
}
