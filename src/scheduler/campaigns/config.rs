//! How the campaign worker paces its own bookkeeping; the send rate itself is the front end's (its rate gate).

use std::time::Duration as StdDuration;

use chrono::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerConfig {
    /// Sends of one campaign in flight at once. The gate sets the pace; this only has to cover Telegram's
    /// latency at the fastest rate (1,000/s × ~100 ms), and bounds how many rows a kill can leave unconfirmed.
    pub senders: usize,
    /// How often this instance says it is alive.
    pub beat_every: StdDuration,
    /// An instance silent this long is taken for dead: its rows in `sending` become `unconfirmed`.
    pub stale_after: Duration,
    /// How often the sender's progress message is edited.
    pub progress_every: Duration,
    /// How often campaigns are looked for (a started one, a resumed one, retries that fall due).
    pub poll_every: StdDuration,
    /// Sends that fail for a passing reason (server trouble, no connection) are tried this often in all.
    pub max_attempts: i32,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            senders: 256,
            beat_every: StdDuration::from_secs(1),
            stale_after: Duration::seconds(10),
            progress_every: Duration::seconds(3),
            poll_every: StdDuration::from_millis(500),
            max_attempts: 3,
        }
    }
}

impl WorkerConfig {
    /// The defaults, with `POCKETCRM_PROMO_SENDERS`, `POCKETCRM_SENDER_STALE_SECS` and
    /// `POCKETCRM_PROGRESS_SECS` read from the environment (tests and benchmarks shorten them).
    pub fn from_env() -> Self {
        let read = |name: &str| std::env::var(name).ok().and_then(|v| v.trim().parse::<u32>().ok()).filter(|n| *n > 0);
        let mut config = WorkerConfig::default();
        if let Some(n) = read("POCKETCRM_PROMO_SENDERS") {
            config.senders = n as usize;
        }
        if let Some(secs) = read("POCKETCRM_SENDER_STALE_SECS") {
            // Below two beats a live instance could be taken for dead between its beats.
            config.stale_after = Duration::seconds(i64::from(secs.max(2)));
        }
        if let Some(secs) = read("POCKETCRM_PROGRESS_SECS") {
            config.progress_every = Duration::seconds(i64::from(secs));
        }
        config
    }
}
