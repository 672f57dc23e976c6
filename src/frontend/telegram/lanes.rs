//! One lane per chat: a chat's updates are handled one at a time in the order Telegram sent them, while different
//! chats go side by side. A chat that writes faster than it can be answered queues a few updates and then is shed
//! (its extra updates dropped, with one polite notice), so it can never delay anybody else, memory stays bounded
//! and a shutdown waits for a few replies at most.
//!
//! Why not teloxide's own per-chat workers: its dispatcher awaits room in the chat's 64-update queue, so one
//! flooding chat stops every other chat's updates behind it (seen: 21 minutes of silence for everybody).
//!
//! Order is fixed by a ticket taken synchronously when an update enters (`enter`), not by which task the runtime
//! polls first; the turn is waited for afterwards (`Ticket::turn`).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use tokio::sync::watch;

/// Updates of one chat that may wait behind the one in hand; beyond them the chat is shed. A person tapping fast or
/// forwarding a handful of messages stays well inside it.
pub const DEFAULT_DEPTH: usize = 8;

pub struct Lanes {
    depth: usize,
    lanes: Mutex<HashMap<i64, Lane>>,
}

struct Lane {
    /// Tickets handed out so far; the next one gets this number.
    issued: u64,
    /// Tickets whose turn is over; the ticket numbered `done` is the one whose turn it is.
    done: watch::Sender<u64>,
    /// Tickets given up before their turn came (their update was dropped): skipped when reached.
    abandoned: BTreeSet<u64>,
    /// The chat has been told it is being shed; told again only after it has caught up.
    warned: bool,
}

/// What became of an update on entering its chat's lane.
pub enum Entry {
    /// It waits for its turn.
    Queued(Ticket),
    /// Dropped: the chat already has `depth` updates waiting. `notify` is true for the first one dropped since the
    /// chat last caught up: tell them once, not once per message.
    Shed { notify: bool },
}

impl Lanes {
    pub fn new(depth: usize) -> Arc<Self> {
        Arc::new(Lanes { depth, lanes: Mutex::new(HashMap::new()) })
    }

    /// Take a place in the chat's lane. Call this before any `.await` of the update's handling.
    pub fn enter(self: &Arc<Self>, chat: i64) -> Entry {
        let mut lanes = self.lanes.lock().unwrap_or_else(|e| e.into_inner());
        let lane = lanes.entry(chat).or_insert_with(|| Lane {
            issued: 0,
            done: watch::channel(0).0,
            abandoned: BTreeSet::new(),
            warned: false,
        });
        let waiting = lane.issued - *lane.done.borrow();
        // One in hand plus `depth` waiting.
        if waiting > self.depth as u64 {
            let notify = !lane.warned;
            lane.warned = true;
            return Entry::Shed { notify };
        }
        let number = lane.issued;
        lane.issued += 1;
        Entry::Queued(Ticket { lanes: self.clone(), chat, number, turn: lane.done.subscribe(), started: false })
    }

    /// Chats with an update in hand or waiting.
    #[cfg(test)]
    fn busy_chats(&self) -> usize {
        self.lanes.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// The ticket `number` of `chat` is finished or given up: move the lane on, and forget an idle lane.
    fn leave(&self, chat: i64, number: u64, started: bool) {
        let mut lanes = self.lanes.lock().unwrap_or_else(|e| e.into_inner());
        let Some(lane) = lanes.get_mut(&chat) else { return };
        let mut done = *lane.done.borrow();
        if started || number == done {
            done = number + 1;
        } else {
            lane.abandoned.insert(number);
        }
        while lane.abandoned.remove(&done) {
            done += 1;
        }
        lane.done.send_replace(done);
        if done == lane.issued {
            lanes.remove(&chat);
        }
    }
}

/// A place in a chat's lane. Dropping it (finished, failed or cancelled) lets the next update of the chat go.
pub struct Ticket {
    lanes: Arc<Lanes>,
    chat: i64,
    number: u64,
    turn: watch::Receiver<u64>,
    started: bool,
}

impl Ticket {
    /// Wait until every earlier update of this chat is finished.
    pub async fn turn(&mut self) {
        let number = self.number;
        // The sender lives in the lane as long as a ticket of it is out, so an error cannot happen while we wait;
        // if it did, going ahead is better than waiting forever.
        let _ = self.turn.wait_for(|done| *done >= number).await;
        self.started = true;
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        self.lanes.leave(self.chat, self.number, self.started);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn queued(entry: Entry) -> Ticket {
        match entry {
            Entry::Queued(t) => t,
            Entry::Shed { .. } => panic!("shed"),
        }
    }

    #[tokio::test]
    async fn a_chats_updates_go_one_at_a_time_in_the_order_they_came() {
        let lanes = Lanes::new(8);
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        // Entered in order 0..5, but the later ones are polled first.
        let tickets: Vec<Ticket> = (0..5).map(|_| queued(lanes.enter(7))).collect();
        for (i, mut ticket) in tickets.into_iter().enumerate().rev() {
            let order = order.clone();
            tasks.push(tokio::spawn(async move {
                ticket.turn().await;
                order.lock().unwrap().push(i);
                tokio::time::sleep(Duration::from_millis(5)).await;
                drop(ticket);
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), vec![0, 1, 2, 3, 4]);
        assert_eq!(lanes.busy_chats(), 0, "an idle lane is forgotten");
    }

    #[tokio::test]
    async fn another_chat_never_waits_behind_a_busy_one() {
        let lanes = Lanes::new(8);
        let mut busy = queued(lanes.enter(1));
        busy.turn().await;
        let mut other = queued(lanes.enter(2));
        tokio::time::timeout(Duration::from_secs(5), other.turn()).await.expect("chat 2 goes at once");
    }

    #[tokio::test]
    async fn a_flooding_chat_is_shed_beyond_its_depth_and_told_once_per_flood() {
        let lanes = Lanes::new(2);
        let mut held: Vec<Ticket> = (0..3).map(|_| queued(lanes.enter(1))).collect();
        assert!(matches!(lanes.enter(1), Entry::Shed { notify: true }));
        assert!(matches!(lanes.enter(1), Entry::Shed { notify: false }));
        // Another chat is not affected.
        assert!(matches!(lanes.enter(2), Entry::Queued(_)));
        // Once the chat catches up it may write again, and a new flood is told again.
        for mut t in held.drain(..) {
            t.turn().await;
        }
        let again: Vec<Ticket> = (0..3).map(|_| queued(lanes.enter(1))).collect();
        assert!(matches!(lanes.enter(1), Entry::Shed { notify: true }));
        drop(again);
        assert_eq!(lanes.busy_chats(), 0);
    }

    #[tokio::test]
    async fn a_ticket_given_up_before_its_turn_does_not_block_the_ones_behind_it() {
        let lanes = Lanes::new(8);
        let mut first = queued(lanes.enter(1));
        let second = queued(lanes.enter(1));
        let mut third = queued(lanes.enter(1));
        first.turn().await;
        drop(second);
        drop(first);
        tokio::time::timeout(Duration::from_secs(5), third.turn()).await.expect("third goes after first");
        drop(third);
        assert_eq!(lanes.busy_chats(), 0);
    }
}
