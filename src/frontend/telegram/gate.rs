//! The bot's send budget: how fast promotions may go out, shared with everything else the bot says.
//!
//! Telegram allows a bot about 30 messages a second in total, and up to 1,000 a second for messages sent with
//! `allow_paid_broadcast`. Two GCRA buckets model that: every message takes a slot of the `all` bucket (the
//! paid rate), and every message that is not a paid broadcast also takes a slot of the `free` bucket. A promotion
//! waits for its slot (`acquire`); a member's reply or a reminder never waits here — it takes its slot at once
//! (`debit`), which pushes the next promotion back, so members keep priority and the total stays within the
//! limit. A 429 stops every promotion for `retry_after` (`pause`): it is the bot's limit, not one chat's.
//!
//! Waiters queue on a fair lock per class, so only the head of each queue sleeps (until its slot) and the others
//! wait their turn without polling; a paid campaign never queues behind a free one.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// A waiter that woke a little late may catch up this much, so timer granularity (about 1 ms) does not cost a
/// fast broadcast its rate.
const CATCH_UP: Duration = Duration::from_millis(10);
/// A grant takes every slot due within this much, so a fast broadcast claims its rows ten at a time rather than one
/// by one (a tenth of the database round trips); at 30 a second a grant is one slot. Together with `CATCH_UP` it is
/// the largest burst the gate lets out: 20 messages at 1,000 a second, one at 30.
const TICK: Duration = Duration::from_millis(10);

/// Messages per second; `from_env` reads `POCKETCRM_RATE` and `POCKETCRM_PAID_RATE` (tests and benchmarks set
/// them; production keeps Telegram's figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    /// Every message that is not a paid broadcast, members' replies included.
    pub per_sec: u32,
    /// Everything, paid broadcasts included.
    pub paid_per_sec: u32,
}

impl RateLimits {
    /// Telegram's limits for a bot: 30 a second, 1,000 with `allow_paid_broadcast`.
    pub const TELEGRAM: RateLimits = RateLimits { per_sec: 30, paid_per_sec: 1000 };

    pub fn from_env() -> Self {
        let read = |name: &str, default: u32| {
            std::env::var(name).ok().and_then(|v| v.trim().parse::<u32>().ok()).filter(|n| *n > 0).unwrap_or(default)
        };
        let per_sec = read("POCKETCRM_RATE", Self::TELEGRAM.per_sec);
        let paid_per_sec = read("POCKETCRM_PAID_RATE", Self::TELEGRAM.paid_per_sec).max(per_sec);
        RateLimits { per_sec, paid_per_sec }
    }
}

/// One rate: the theoretical time of the next slot (GCRA).
struct Bucket {
    interval: Duration,
    next: Instant,
}

impl Bucket {
    fn new(per_sec: u32, now: Instant) -> Self {
        Bucket { interval: Duration::from_secs(1) / per_sec.max(1), next: now }
    }

    fn take(&mut self, now: Instant) {
        let floor = now.checked_sub(CATCH_UP).unwrap_or(now);
        self.next = self.next.max(floor) + self.interval;
    }
}

struct State {
    all: Bucket,
    free: Bucket,
    paused_until: Instant,
}

impl State {
    fn ready_at(&self, paid: bool) -> Instant {
        let at = self.all.next.max(self.paused_until);
        if paid { at } else { at.max(self.free.next) }
    }
}

pub struct Gate {
    limits: RateLimits,
    state: Mutex<State>,
    free_turn: tokio::sync::Mutex<()>,
    paid_turn: tokio::sync::Mutex<()>,
}

impl Gate {
    pub fn new(limits: RateLimits) -> Self {
        let now = Instant::now();
        Gate {
            limits,
            state: Mutex::new(State {
                all: Bucket::new(limits.paid_per_sec, now),
                free: Bucket::new(limits.per_sec, now),
                paused_until: now,
            }),
            free_turn: tokio::sync::Mutex::new(()),
            paid_turn: tokio::sync::Mutex::new(()),
        }
    }

    pub fn limits(&self) -> RateLimits {
        self.limits
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is a few instants: a panic elsewhere cannot leave it inconsistent.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Wait for a promotion's slot, then take every slot due within `TICK`, up to `max` (at least one); how many
    /// were taken. `paid` sends with `allow_paid_broadcast`.
    pub async fn acquire(&self, paid: bool, max: usize) -> usize {
        let _turn = if paid { self.paid_turn.lock().await } else { self.free_turn.lock().await };
        loop {
            let wake = {
                let mut state = self.state();
                let now = Instant::now();
                let ready = state.ready_at(paid);
                if ready <= now {
                    let mut taken = 0;
                    while taken < max.max(1) && state.ready_at(paid) <= now + TICK {
                        state.all.take(now);
                        if !paid {
                            state.free.take(now);
                        }
                        taken += 1;
                    }
                    return taken;
                }
                ready
            };
            // A pause or a member's message may move the slot further while we sleep: look again on waking.
            tokio::time::sleep_until(wake).await;
        }
    }

    /// A message that does not wait (a member's reply, a reminder) takes its slot now.
    pub fn debit(&self) {
        let mut state = self.state();
        let now = Instant::now();
        state.all.take(now);
        state.free.take(now);
    }

    /// Telegram answered 429: no promotion goes out for `retry_after`, and then at the rate again, without the
    /// catch-up burst a quiet spell would otherwise allow.
    pub fn pause(&self, retry_after: Duration) {
        let mut state = self.state();
        let until = Instant::now() + retry_after;
        state.paused_until = state.paused_until.max(until);
        state.all.next = state.all.next.max(until);
        state.free.next = state.free.next.max(until);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// `n` slots taken one grant after another; how long until the last was granted.
    async fn time_slots(gate: &Arc<Gate>, n: usize, paid: bool) -> Duration {
        let start = Instant::now();
        let mut got = 0;
        while got < n {
            got += gate.acquire(paid, n - got).await;
        }
        start.elapsed()
    }

    #[tokio::test]
    async fn promotions_are_paced_at_the_free_or_the_paid_rate() {
        let gate = Arc::new(Gate::new(RateLimits { per_sec: 20, paid_per_sec: 200 }));
        // 11 free slots at 20/s: the first at once, the last half a second later.
        let took = time_slots(&gate, 11, false).await;
        assert!(took >= Duration::from_millis(470) && took <= Duration::from_millis(600), "{took:?}");
        // 101 paid slots at 200/s (the free bucket does not hold them back).
        let took = time_slots(&gate, 101, true).await;
        assert!(took >= Duration::from_millis(450) && took <= Duration::from_millis(600), "{took:?}");
    }

    #[tokio::test]
    async fn members_take_their_slot_at_once_and_the_campaign_yields() {
        let gate = Arc::new(Gate::new(RateLimits { per_sec: 20, paid_per_sec: 20 }));
        // Ten member replies in a burst: none waits, and the next promotion waits until they are paid for.
        let start = Instant::now();
        for _ in 0..10 {
            gate.debit();
        }
        assert!(start.elapsed() < Duration::from_millis(5));
        let took = time_slots(&gate, 1, true).await;
        assert!(took >= Duration::from_millis(470), "{took:?}");
    }

    #[tokio::test]
    async fn a_flood_answer_stops_every_promotion_for_its_retry_after() {
        let gate = Arc::new(Gate::new(RateLimits { per_sec: 30, paid_per_sec: 1000 }));
        gate.pause(Duration::from_millis(400));
        let took = time_slots(&gate, 1, true).await;
        assert!(took >= Duration::from_millis(400), "{took:?}");
        let took = time_slots(&gate, 1, false).await;
        assert!(took < Duration::from_millis(50), "{took:?}");
        // Then at the rate, not in a burst: the time spent waiting is not credit to catch up.
        gate.pause(Duration::from_millis(100));
        let state = gate.state();
        assert!(state.all.next >= state.paused_until && state.free.next >= state.paused_until);
    }
}
