//! Drops audit events older than their team's retention (`/audit keep N`), in small batches so a big backlog
//! never holds the database for long. Looks once an hour: retention is counted in days.

use std::sync::Mutex;

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::{Job, Notifier};
use crate::core::Engine;
use crate::store::StoreError;

/// Rows deleted per statement.
const BATCH: i64 = 500;
/// Statements per round; the rest waits for the next round (which comes at once while a round ends full).
const BATCHES_PER_ROUND: usize = 4;
const EVERY: Duration = Duration::hours(1);

#[derive(Default)]
pub struct AuditPruneJob {
    /// When this instance next looks; `None` until its first round.
    next_at: Mutex<Option<DateTime<Utc>>>,
}

impl AuditPruneJob {
    fn due(&self, now: DateTime<Utc>) -> bool {
        self.next_at.lock().map(|at| at.is_none_or(|at| at <= now)).unwrap_or(true)
    }

    fn set_next(&self, at: DateTime<Utc>) {
        if let Ok(mut next) = self.next_at.lock() {
            *next = Some(at);
        }
    }
}

#[async_trait]
impl Job for AuditPruneJob {
    async fn run_due(&self, engine: &Engine, _notifier: &dyn Notifier, _instance: &str) -> Result<usize, StoreError> {
        let now = engine.clock().now();
        if !self.due(now) {
            return Ok(0);
        }
        let mut pruned = 0u64;
        for _ in 0..BATCHES_PER_ROUND {
            let n = engine.store().prune_audit(now, BATCH).await?;
            pruned += n;
            if n < BATCH as u64 {
                // Caught up: look again in an hour.
                self.set_next(now + EVERY);
                if pruned > 0 {
                    tracing::info!(pruned, "old audit events removed");
                }
                return Ok(0);
            }
        }
        // A backlog: the next round continues straight away (the scheduler's loop goes on while rounds are busy).
        tracing::info!(pruned, "old audit events removed; more to go");
        self.set_next(now);
        Ok(usize::try_from(pruned).unwrap_or(usize::MAX))
    }

    async fn next_due(&self, _engine: &Engine) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(self.next_at.lock().ok().and_then(|at| *at))
    }
}
