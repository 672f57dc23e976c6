//! Delivers reminders at their minute, exactly as a person expects: never twice, never silently dropped.
//!
//! Each row is claimed (`pending` → `sending`) in one atomic statement before it is sent and recorded after,
//! so two instances on one Postgres never both send it. A row left in `sending` by a process that died
//! mid-send is not sent again (we cannot know whether Telegram got it); it becomes `interrupted` and stays
//! visible in the member's agenda. The loop sleeps until the next due time and is woken when reminders change.

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

/// A claim older than this is taken to belong to a process that died mid-send (a send, even queued behind
/// Telegram's rate limits, takes far less).
const CLAIM_LEASE: Duration = Duration::minutes(10);
/// Claims per round; the loop goes on while rounds come back full.
const BATCH: i64 = 50;
/// Even with nothing due, look again this often: another instance may have added a reminder.
const MAX_SLEEP: StdDuration = StdDuration::from_secs(30);
/// After this many failed attempts a reminder is given up (and shows as failed in the agenda).
pub const MAX_ATTEMPTS: i32 = 6;

/// A name for this process's claims, unique enough across instances and restarts; `kind` says which front end.
pub fn instance_id(kind: &str) -> String {
    format!("{kind}-{}-{:08x}", std::process::id(), rand::random::<u32>())
}

pub struct Scheduler {
    engine: Engine,
    notifier: Arc<dyn Notifier>,
    wake: Arc<Notify>,
    instance: String,
    jobs: Vec<Arc<dyn Job>>,
}

impl Scheduler {
    /// Reminders only; add other jobs with `with_job`, or take them all with `standard`.
    pub fn new(engine: Engine, notifier: Arc<dyn Notifier>, instance: impl Into<String>) -> Self {
        let wake = engine.wake_handle();
        Scheduler { engine, notifier, wake, instance: instance.into(), jobs: Vec::new() }
    }

    /// Everything the product schedules: reminders plus every job below.
    pub fn standard(engine: Engine, notifier: Arc<dyn Notifier>, instance: impl Into<String>) -> Self {
        jobs::all().into_iter().fold(Scheduler::new(engine, notifier, instance), Scheduler::with_job)
    }

    pub fn with_job(mut self, job: Arc<dyn Job>) -> Self {
        self.jobs.push(job);
        self
    }

    /// Run until `shutdown` turns true; a round in progress is finished first, so nothing is left half-sent.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        loop {
            if *shutdown.borrow() {
                break;
            }
            let sleep_for = match self.tick().await {
                Ok(sent) if sent as i64 >= BATCH => StdDuration::ZERO,
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
        let mut next = self.engine.store().next_pending_at().await?;
        for job in &self.jobs {
            if let Some(at) = job.next_due(&self.engine).await? {
                next = Some(next.map_or(at, |n| n.min(at)));
            }
        }
        Ok(next)
    }

    /// One round: retire stale claims, claim what is due, send each, record each. Returns how many were claimed.
    /// Public so tests (and the console) can drive the scheduler deterministically.
    pub async fn tick(&self) -> Result<usize, StoreError> {
        let store = self.engine.store();
        let now = self.engine.clock().now();
        let interrupted = store.expire_stale_claims(now - CLAIM_LEASE).await?;
        if interrupted > 0 {
            tracing::warn!(count = interrupted, "reminders interrupted mid-send by an earlier stop; not resending");
        }
        let due = store.claim_due_reminders(now, &self.instance, BATCH).await?;
        let mut claimed = due.len();
        for reminder in due {
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

    async fn deliver_one(&self, due: &DueReminder) -> Result<(), StoreError> {
        let store = self.engine.store();
        let reply = self.engine.reminder_message(due).await;
        let id = due.reminder.id;
        match self.notifier.deliver(due.tg_user_id, reply).await {
            Ok(()) => store.mark_reminder_sent(id, self.engine.clock().now()).await,
            Err(DeliveryError::Permanent(reason)) => {
                tracing::warn!(reminder = id, %reason, "reminder cannot be delivered");
                store.mark_reminder_failed(id, &reason, None).await
            }
            Err(DeliveryError::Transient(reason)) => {
                let attempt = due.reminder.attempts + 1;
                let retry_at = (attempt < MAX_ATTEMPTS).then(|| self.engine.clock().now() + retry_delay(attempt));
                tracing::warn!(reminder = id, attempt, %reason, "reminder send failed; will retry");
                store.mark_reminder_failed(id, &reason, retry_at).await
            }
        }
    }
}
