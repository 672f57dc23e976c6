//! Sends campaigns at the platform's limit, to each customer exactly once or visibly not at all.
//!
//! Each (campaign, customer) has one `delivery` row. A sender waits for the front end's rate gate first, and only
//! when its slot has come claims one row (`pending` → `sending`, stamped with this instance and the time) in one
//! atomic statement — `FOR UPDATE SKIP LOCKED` on Postgres, a single `UPDATE … RETURNING` on SQLite, whose
//! writers are serialised — so two senders, in one process or in several instances on one Postgres, never hold
//! the same row. The request follows the claim with nothing else awaited in between, and the answer is recorded
//! the moment it arrives (`sent` with Telegram's message id, or what the failure means: see `outcome`).
//!
//! What a crash can do is therefore confined to the rows in `sending`: claimed, and perhaps sent, but not
//! recorded. Nobody can know whether Telegram delivered those, and a second copy of a promotion is worse for a
//! person than a missing one, so they are never sent again. Instead every sending instance beats (`sender_beat`)
//! every second; rows left in `sending` by an instance whose beat has stopped — another instance that died, or
//! this one before a restart, since each start has a new instance id — become `unconfirmed`, and the report shows
//! them. After a SIGKILL there are no duplicates, and the only customers who may miss the campaign are the sends
//! in flight at that moment: at most `senders`, in practice the rate times Telegram's latency (about 100 at
//! 1,000/s). Everything else is sent after the restart: nobody is skipped.
//!
//! Failures that say nothing was sent put the row back: a flood limit (429) without counting an attempt, after
//! `retry_after`; server trouble or a failed connection with backoff, a few times, then `failed`. A block (403)
//! ends it for good and unsubscribes the customer. A photo Telegram refuses would fail for everyone, so the first
//! such answer pauses the campaign and tells its sender once.
//!
//! A campaign is done when none of its rows is pending or being sent; the instance whose `UPDATE` moves it to
//! `done` sends the final report, so it is sent once. One progress message per campaign is posted to its creator
//! and edited every few seconds by whichever instance claims that round.

mod config;
mod outcome;
mod progress;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use tokio::sync::{Semaphore, mpsc, watch};
use tokio::task::JoinSet;

use super::{Notifier, PromoError};
use crate::core::Engine;
use crate::core::customers::promo::{self, Recipient};
use crate::store::{Arrived, Delivery, SendingCampaign, Store, StoreError};
pub use config::WorkerConfig;

/// Beats are kept this long after an instance stopped beating (then forgotten).
const FORGET_BEATS_AFTER: chrono::Duration = chrono::Duration::days(1);
/// A record that fails (the database is briefly unreachable) is tried this often before it is left to the orphan
/// resolution of the next start.
const RECORD_TRIES: u32 = 5;
/// Rows claimed in one statement at most (a grant of the gate is about ten at 1,000 a second).
const MAX_BATCH: usize = 64;
/// Arrivals recorded in one statement at most.
const RECORD_BATCH: usize = 500;

pub struct CampaignWorker {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    notifier: Arc<dyn Notifier>,
    instance: String,
    config: WorkerConfig,
    /// Campaigns this instance is sending now (one pump each).
    active: Mutex<HashSet<i64>>,
}

impl CampaignWorker {
    pub fn new(engine: Engine, notifier: Arc<dyn Notifier>, instance: impl Into<String>, config: WorkerConfig) -> Self {
        let inner = Inner { engine, notifier, instance: instance.into(), config, active: Mutex::new(HashSet::new()) };
        CampaignWorker { inner: Arc::new(inner) }
    }

    /// One pass, start to end, for tests and the console: beat, resolve orphans, send every due row of every
    /// sending campaign, then finish what is finished and edit the progress. Returns how many rows were claimed.
    pub async fn round(&self) -> Result<usize, StoreError> {
        let w = &self.inner;
        w.beat().await?;
        let (_keep, never) = watch::channel(false);
        let mut claimed = 0;
        for campaign in w.store().sending_campaigns().await? {
            let campaign = Arc::new(campaign);
            progress::round(w, &campaign).await?;
            if w.due(&campaign).await? {
                claimed += w.clone().pump(campaign.clone(), never.clone()).await;
            }
            w.settle(&campaign).await?;
        }
        Ok(claimed)
    }

    /// Run until `shutdown` turns true: the sends in flight then finish and are recorded, and the beat ends.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let w = self.inner;
        let beating = tokio::spawn(w.clone().beat_loop(shutdown.clone()));
        let mut pumps: JoinSet<i64> = JoinSet::new();
        loop {
            if *shutdown.borrow() {
                break;
            }
            if let Err(e) = w.supervise(&mut pumps, &shutdown).await {
                tracing::error!(error = ?e, "campaign round failed; trying again shortly");
            }
            tokio::select! {
                _ = tokio::time::sleep(w.config.poll_every) => {}
                // A dropped sender stops the worker as `true` would.
                changed = shutdown.changed() => if changed.is_err() { break },
                Some(ended) = pumps.join_next() => w.pump_ended(ended).await,
            }
        }
        while let Some(ended) = pumps.join_next().await {
            w.pump_ended(ended).await;
        }
        let _ = beating.await;
        let now = w.now();
        // Every claim of ours is settled: the beat can go, and with it the old ones nobody needs.
        if let Err(e) = w.store().end_sender_beat(&w.instance, now - FORGET_BEATS_AFTER).await {
            tracing::warn!(error = ?e, "removing this instance's heartbeat failed");
        }
        tracing::info!("campaign worker stopped");
    }
}

/// A campaign being sent by a pump of this instance, until dropped.
struct Active(Arc<Inner>, i64);

impl Drop for Active {
    fn drop(&mut self) {
        self.0.active().remove(&self.1);
    }
}

/// Resolves when the flag turns true (or its sender is gone).
async fn raised(mut flag: watch::Receiver<bool>) {
    let _ = flag.wait_for(|raised| *raised).await;
}

impl Inner {
    fn store(&self) -> &Arc<dyn Store> {
        self.engine.store()
    }

    fn active(&self) -> std::sync::MutexGuard<'_, HashSet<i64>> {
        // A set of ids: a panic elsewhere cannot leave it half-changed.
        self.active.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.engine.clock().now()
    }

    async fn beat(&self) -> Result<(), StoreError> {
        let now = self.now();
        self.store().sender_beat(&self.instance, now).await?;
        let orphans = self.store().resolve_orphans(now - self.config.stale_after).await?;
        if orphans > 0 {
            tracing::warn!(
                count = orphans,
                "promotions interrupted mid-send by a stopped instance: unconfirmed, not resent"
            );
        }
        Ok(())
    }

    async fn beat_loop(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        let mut stopping = false;
        loop {
            if let Err(e) = self.beat().await {
                tracing::error!(error = ?e, "the sender heartbeat failed");
            }
            // The beat goes on while sends are in flight; `run` stops only after they are recorded.
            if stopping && self.active().is_empty() {
                return;
            }
            if stopping {
                tokio::time::sleep(self.config.beat_every).await;
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(self.config.beat_every) => {}
                changed = shutdown.changed() => stopping = changed.is_err() || *shutdown.borrow(),
            }
        }
    }

    /// Start a pump for each sending campaign with rows due (and none running here), settle the idle ones, and
    /// edit the progress of all.
    async fn supervise(
        self: &Arc<Self>,
        pumps: &mut JoinSet<i64>,
        shutdown: &watch::Receiver<bool>,
    ) -> Result<(), StoreError> {
        for campaign in self.store().sending_campaigns().await? {
            let campaign = Arc::new(campaign);
            let id = campaign.campaign.id;
            // Progress first: the first round posts the message before anything is sent.
            progress::round(self, &campaign).await?;
            let running = self.active().contains(&id);
            if !running {
                if self.due(&campaign).await? {
                    self.active().insert(id);
                    let (w, c, stop) = (self.clone(), campaign.clone(), shutdown.clone());
                    pumps.spawn(async move {
                        // Whichever way the pump ends, even by a panic, the campaign is no longer sent here.
                        let _active = Active(w.clone(), id);
                        w.pump(c, stop).await;
                        id
                    });
                } else {
                    self.settle(&campaign).await?;
                }
            }
        }
        Ok(())
    }

    async fn pump_ended(&self, ended: Result<i64, tokio::task::JoinError>) {
        match ended {
            Ok(id) => {
                // Finish at once rather than at the next poll: the report comes as the last message goes.
                match self.store().sending_campaigns().await {
                    Ok(list) => {
                        if let Some(campaign) = list.into_iter().find(|c| c.campaign.id == id)
                            && let Err(e) = self.settle(&campaign).await
                        {
                            tracing::error!(error = ?e, campaign = id, "finishing a campaign failed");
                        }
                    }
                    Err(e) => tracing::error!(error = ?e, "reading the sending campaigns failed"),
                }
            }
            // A panicking pump loses no row: its claims become unconfirmed at the next start, the rest is sent by
            // the next pump.
            Err(e) => tracing::error!(error = ?e, "a campaign pump stopped unexpectedly"),
        }
    }

    /// Rows are due now (pending, their time has come).
    async fn due(&self, campaign: &SendingCampaign) -> Result<bool, StoreError> {
        let next = self.store().next_delivery_at(campaign.campaign.id).await?;
        Ok(next.is_some_and(|at| at <= self.now()))
    }

    /// A campaign with nothing due: rows of customers who left are cancelled, and if nothing is pending or in
    /// flight any more, it is done — the instance that makes it so reports.
    async fn settle(&self, campaign: &SendingCampaign) -> Result<(), StoreError> {
        let id = campaign.campaign.id;
        self.store().cancel_unreachable(id).await?;
        if self.store().finish_campaign(id, self.now()).await? {
            progress::finished(self, campaign).await?;
        }
        Ok(())
    }

    /// Send the campaign's due rows, up to `senders` at once, until none is left, the campaign stops being
    /// `sending`, or `stop` is raised. Returns how many rows were claimed.
    ///
    /// One loop takes the gate's grants and claims exactly as many rows as it was granted (about ten at a time at
    /// 1,000 a second, one at 30), each sent by its own task the moment it is claimed. Arrivals are recorded by one
    /// task, each write taking all that arrived while the previous one was under way: at full speed the database
    /// sees a few hundred statements a second instead of two thousand, so members' commands stay fast.
    async fn pump(self: Arc<Self>, campaign: Arc<SendingCampaign>, stop: watch::Receiver<bool>) -> usize {
        let senders = Arc::new(Semaphore::new(self.config.senders.max(1)));
        let (arrivals, arrived) = mpsc::unbounded_channel();
        let recorder = tokio::spawn(self.clone().record_arrivals(arrived));
        let halt = Arc::new(AtomicBool::new(false));
        let mut sends = JoinSet::new();
        let mut claimed = 0;
        while !*stop.borrow() && !halt.load(Ordering::Relaxed) {
            // A free sender first: a row is never claimed that cannot be sent at once.
            let first = tokio::select! {
                permit = senders.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
                _ = raised(stop.clone()) => break,
            };
            let want = (1 + senders.available_permits()).min(MAX_BATCH);
            let granted = tokio::select! {
                granted = self.notifier.promo_turn(campaign.paid_broadcast, want) => granted.clamp(1, want),
                _ = raised(stop.clone()) => break,
            };
            let rows = self.claim(&campaign, granted).await;
            let exhausted = rows.len() < granted;
            let mut permits = vec![first];
            // Only this loop takes permits, so those counted free above still are.
            while permits.len() < rows.len() {
                permits.push(senders.clone().try_acquire_owned().expect("counted free"));
            }
            for (row, permit) in rows.into_iter().zip(permits) {
                claimed += 1;
                let (w, c, arrivals, halt) = (self.clone(), campaign.clone(), arrivals.clone(), halt.clone());
                sends.spawn(async move {
                    if !w.deliver(&c, row, &arrivals).await {
                        halt.store(true, Ordering::Relaxed);
                    }
                    drop(permit);
                });
            }
            while sends.try_join_next().is_some() {}
            if exhausted {
                break;
            }
        }
        while sends.join_next().await.is_some() {}
        drop(arrivals);
        if let Err(e) = recorder.await {
            tracing::error!(error = ?e, "the delivery recorder stopped unexpectedly");
        }
        claimed
    }

    /// Record arrivals as they come: each write takes everything that arrived meanwhile.
    async fn record_arrivals(self: Arc<Self>, mut arrived: mpsc::UnboundedReceiver<Arrived>) {
        let mut batch = Vec::with_capacity(RECORD_BATCH);
        while arrived.recv_many(&mut batch, RECORD_BATCH).await > 0 {
            let recorded =
                self.persist("recording deliveries", || self.store().record_sent_many(&self.instance, &batch));
            if let Some(n) = recorded.await
                && n < batch.len() as u64
            {
                tracing::warn!(
                    lost = batch.len() as u64 - n,
                    "deliveries changed hands before their outcome was recorded"
                );
            }
            batch.clear();
        }
    }

    /// Up to `limit` due rows, claimed for this instance now; fewer when the campaign runs dry or stops.
    async fn claim(&self, campaign: &SendingCampaign, limit: usize) -> Vec<Delivery> {
        let id = campaign.campaign.id;
        match self.store().claim_deliveries(id, &self.instance, self.now(), limit as i64).await {
            Ok(rows) => rows,
            Err(e) => {
                // The next poll starts the campaign again.
                tracing::error!(error = ?e, campaign = id, "claiming deliveries failed");
                Vec::new()
            }
        }
    }

    /// Send one claimed row and have its outcome recorded; false when the whole campaign must stop.
    async fn deliver(
        &self,
        campaign: &SendingCampaign,
        row: Delivery,
        arrivals: &mpsc::UnboundedSender<Arrived>,
    ) -> bool {
        let c = &campaign.campaign;
        let shared = (c.code_kind == "shared").then_some(c.code_value.as_deref()).flatten();
        let to = Recipient { delivery_id: row.id, lang: &row.lang, code: row.code.as_deref().or(shared) };
        let message = promo::message(c, &to);
        // The claim required a chat; a row without one is refused rather than guessed at.
        let sent = match row.tg_user_id {
            Some(chat) => self.notifier.send_promo(chat, &message, campaign.paid_broadcast).await,
            None => Err(PromoError::Refused("no Telegram chat".into())),
        };
        let now = self.now();
        let error = match sent {
            Ok(message_id) => {
                // The recorder outlives every send of its pump.
                let _ = arrivals.send(Arrived { delivery_id: row.id, message_id, at: now });
                return true;
            }
            Err(error) => error,
        };
        let (setback, stop) = outcome::setback(&error, row.attempts, self.config.max_attempts, now);
        if !matches!(error, PromoError::RetryAfter(_)) {
            tracing::warn!(delivery = row.id, campaign = c.id, ?error, "a promotion was not delivered");
        }
        let recorded = self.persist("recording a failed delivery", || {
            self.store().record_setback(row.id, &self.instance, &setback, now)
        });
        if recorded.await == Some(false) {
            tracing::warn!(delivery = row.id, "a delivery changed hands before its outcome was recorded");
        }
        if stop {
            if let Err(e) = progress::photo_refused(self, campaign).await {
                tracing::error!(error = ?e, campaign = c.id, "pausing a campaign with a refused photo failed");
            }
            return false;
        }
        true
    }

    /// Write an outcome, trying again briefly if the database hiccups: an unrecorded send would stay `sending` (and
    /// become `unconfirmed` at the next start) although we know how it went. `None` if it could not be written.
    async fn persist<'a, T, F>(&self, what: &str, write: impl Fn() -> F) -> Option<T>
    where
        F: std::future::Future<Output = Result<T, StoreError>> + 'a,
    {
        for attempt in 1..=RECORD_TRIES {
            match write().await {
                Ok(done) => return Some(done),
                Err(e) if attempt < RECORD_TRIES => {
                    tracing::warn!(error = ?e, attempt, "{what} failed; trying again");
                    tokio::time::sleep(StdDuration::from_millis(100 * u64::from(attempt))).await;
                }
                Err(e) => tracing::error!(error = ?e, "{what} failed"),
            }
        }
        None
    }
}
