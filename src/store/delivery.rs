//! Campaign delivery: claiming rows before the send, recording after, sender heartbeats, orphans, the end of a
//! campaign and its progress message. The trait is the API; `impl_delivery_store!` implements it for both backends
//! (invoked in sqlite.rs and postgres.rs). Why the states move as they do is told in `scheduler::campaigns`.
//!
//! Every write that records an outcome names the instance that claimed the row (`claimed_by`): an instance can only
//! settle its own claims, so a slow instance whose claim was meanwhile resolved by someone else cannot undo that
//! resolution with a stale answer — except to turn its own `unconfirmed` row into what really happened.

use async_trait::async_trait;
use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use sqlx::FromRow;

use super::{Campaign, Delivery, StoreResult};

/// A campaign in `sending`, with what its sender needs to know of the team and of the member who started it.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct SendingCampaign {
    #[sqlx(flatten)]
    pub campaign: Campaign,
    /// The team sends with `allow_paid_broadcast` (up to 1,000 messages a second).
    pub paid_broadcast: bool,
    /// The creator's Telegram user id: progress and the final report go there.
    pub creator_tg: i64,
    pub creator_lang: String,
    pub creator_tz: String,
}

/// A claimed delivery Telegram accepted: its message id, and when the answer came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrived {
    pub delivery_id: i64,
    pub message_id: i64,
    pub at: DateTime<Utc>,
}

/// How a claimed delivery ended when it did not arrive.
#[derive(Debug, Clone, PartialEq)]
pub enum Setback {
    /// Nothing was sent (a flood limit, a refused photo): pending again at `at`, no attempt counted.
    Release { at: DateTime<Utc>, reason: String },
    /// Nothing arrived (server trouble, no connection): an attempt counted, pending again at `retry_at`, or
    /// `failed` for good when `None`.
    Retry { retry_at: Option<DateTime<Utc>>, reason: String },
    /// Telegram refused this message for good: `failed`, never retried.
    Refused { reason: String },
    /// The customer blocked the bot (or cannot be written to): `blocked`, and the client is unsubscribed.
    Blocked { reason: String },
    /// It may or may not have arrived (the answer was lost): `unconfirmed`, never resent.
    Unknown { reason: String },
}

/// The consent record written when Telegram says a customer blocked the bot (no consent text was shown).
pub const BLOCK_TEXT_VERSION: &str = "telegram-403";

#[async_trait]
pub trait DeliveryStore: Send + Sync {
    /// Every campaign in `sending`, oldest first.
    async fn sending_campaigns(&self) -> StoreResult<Vec<SendingCampaign>>;
    /// The earliest retry time among the campaign's pending rows (`None`: none left).
    async fn next_delivery_at(&self, campaign_id: i64) -> StoreResult<Option<DateTime<Utc>>>;
    /// Atomically move up to `limit` of the campaign's due pending rows to `sending`, stamped with `instance` and
    /// `now`, and return them. Only while the campaign is `sending`, and only rows whose client is still
    /// subscribed. Safe with several instances on one database: a row is claimed once.
    async fn claim_deliveries(
        &self,
        campaign_id: i64,
        instance: &str,
        now: DateTime<Utc>,
        limit: i64,
    ) -> StoreResult<Vec<Delivery>>;
    /// The claimed row arrived as Telegram message `message_id`. False if the row is not this instance's claim.
    async fn record_sent(
        &self,
        delivery_id: i64,
        instance: &str,
        message_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// Several claimed rows arrived, recorded in one statement (a sender at 1,000 messages a second records what
    /// arrived while its last write was under way). Returns how many were this instance's claims.
    async fn record_sent_many(&self, instance: &str, arrived: &[Arrived]) -> StoreResult<u64>;
    /// The claimed row did not arrive (see `Setback`). False if the row is not this instance's claim.
    async fn record_setback(
        &self,
        delivery_id: i64,
        instance: &str,
        setback: &Setback,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;

    // --- instances ---

    /// This instance is alive at `now` (the heartbeat that keeps its claims from being taken for orphans).
    async fn sender_beat(&self, instance: &str, now: DateTime<Utc>) -> StoreResult<()>;
    /// This instance stops cleanly: its beat goes (all its claims are settled by then); so do beats older than
    /// `forget_before`.
    async fn end_sender_beat(&self, instance: &str, forget_before: DateTime<Utc>) -> StoreResult<()>;
    /// Rows left in `sending` since before `stale_before` by an instance with no beat since `stale_before`
    /// become `unconfirmed` (never resent). Returns how many.
    async fn resolve_orphans(&self, stale_before: DateTime<Utc>) -> StoreResult<u64>;
    /// Pending rows of a campaign whose customer unsubscribed, blocked the bot or was forgotten meanwhile become
    /// `cancelled`. Returns how many.
    async fn cancel_unreachable(&self, campaign_id: i64) -> StoreResult<u64>;

    // --- the campaign's end and its messages ---

    /// `sending` → `done` when no row is pending or being sent; true for the one call that made the change (it
    /// sends the final report).
    async fn finish_campaign(&self, campaign_id: i64, now: DateTime<Utc>) -> StoreResult<bool>;
    /// `sending` → `paused` because Telegram refused its photo; true for the one call that made the change (it
    /// tells the sender).
    async fn pause_refused_campaign(&self, campaign_id: i64, now: DateTime<Utc>) -> StoreResult<bool>;
    /// Claim this round of the progress message (one instance edits per round): true if the campaign is sending
    /// and its last round was at or before `due_before` (or there was none).
    async fn claim_progress_round(
        &self,
        campaign_id: i64,
        now: DateTime<Utc>,
        due_before: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// Claim posting the progress message (once per campaign); true for the one call that may post it.
    async fn claim_progress_post(&self, campaign_id: i64, chat: i64) -> StoreResult<bool>;
    /// Where the progress message went (`None`: the post failed; it may be claimed again).
    async fn set_progress_message(&self, campaign_id: i64, message_id: Option<i64>) -> StoreResult<()>;
}

/// Which rows a claim takes: the campaign's due pending rows, oldest first, while the campaign is sending and the
/// customer still subscribed. Binds `$1` campaign, `$2` instance, `$3` now, `$4` limit. Ordered by the partial index
/// `delivery_due_idx` alone: a tie-breaker it does not hold would make Postgres sort every pending row per claim.
macro_rules! claimable {
    () => {
        "SELECT d.id FROM delivery d \
         WHERE d.campaign_id = $1 AND d.state = 'pending' AND d.next_attempt_at <= $3 AND d.tg_user_id IS NOT NULL \
         AND EXISTS (SELECT 1 FROM campaign c WHERE c.id = d.campaign_id AND c.state = 'sending') \
         AND EXISTS (SELECT 1 FROM client k WHERE k.id = d.client_id AND k.promo_state = 'subscribed') \
         ORDER BY d.next_attempt_at LIMIT $4"
    };
}

/// SQLite serialises writers, so this one statement claims each row once.
pub(super) const CLAIM_SQLITE: &str = concat!(
    "UPDATE delivery SET state = 'sending', claimed_by = $2, claimed_at = $3 WHERE state = 'pending' AND id IN (",
    claimable!(),
    ") RETURNING *"
);

/// Postgres: SKIP LOCKED passes over rows a concurrent claimer holds. The selection is a CTE so it runs exactly
/// once: as an `IN (…)` subquery the planner may rescan it, and a rescan skips the rows this very statement has
/// just locked, claiming more than `limit`.
pub(super) const CLAIM_POSTGRES: &str = concat!(
    "WITH picked AS (",
    claimable!(),
    " FOR UPDATE SKIP LOCKED) \
     UPDATE delivery SET state = 'sending', claimed_by = $2, claimed_at = $3 \
     FROM picked WHERE delivery.id = picked.id AND delivery.state = 'pending' RETURNING delivery.*"
);

/// A time as bound to a statement: Postgres keeps microseconds and SQLite compares the stored text, so both must
/// be given the same value (a clock may have nanoseconds).
pub(super) fn bound(t: DateTime<Utc>) -> DateTime<Utc> {
    t.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(t)
}

/// Expands to `impl DeliveryStore for $store` over `self.pool: sqlx::Pool<$db>`.
///
/// - `begin`: the statement that opens a write transaction;
/// - `claim`: `CLAIM_SQLITE` or `CLAIM_POSTGRES`.
macro_rules! impl_delivery_store {
    (store = $store:ty, db = $db:ty, begin = $begin:expr, claim = $claim:expr $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::DeliveryStore for $store {
            async fn sending_campaigns(&self) -> $crate::store::StoreResult<Vec<$crate::store::SendingCampaign>> {
                Ok(sqlx::query_as::<$db, $crate::store::SendingCampaign>(
                    "SELECT c.*, w.paid_broadcast, m.tg_user_id AS creator_tg, m.locale AS creator_lang, \
                     m.tz AS creator_tz \
                     FROM campaign c \
                     JOIN workspace w ON w.id = c.workspace_id \
                     JOIN member m ON m.id = c.created_by \
                     WHERE c.state = 'sending' ORDER BY c.id",
                )
                .fetch_all(&self.pool)
                .await?)
            }

            async fn next_delivery_at(
                &self,
                campaign_id: i64,
            ) -> $crate::store::StoreResult<Option<chrono::DateTime<chrono::Utc>>> {
                Ok(sqlx::query_scalar::<$db, chrono::DateTime<chrono::Utc>>(
                    "SELECT next_attempt_at FROM delivery WHERE campaign_id = $1 AND state = 'pending' \
                     ORDER BY next_attempt_at LIMIT 1",
                )
                .bind(campaign_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn claim_deliveries(
                &self,
                campaign_id: i64,
                instance: &str,
                now: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Delivery>> {
                Ok(sqlx::query_as::<$db, $crate::store::Delivery>($claim)
                    .bind(campaign_id)
                    .bind(instance)
                    .bind($crate::store::delivery::bound(now))
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn record_sent(
                &self,
                delivery_id: i64,
                instance: &str,
                message_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                // An `unconfirmed` row of ours may still learn that it arrived (our beat was late, not our send).
                let done = sqlx::query::<$db>(
                    "UPDATE delivery SET state = 'sent', sent_at = $3, message_id = $4, error = NULL \
                     WHERE id = $1 AND claimed_by = $2 AND state IN ('sending', 'unconfirmed')",
                )
                .bind(delivery_id)
                .bind(instance)
                .bind($crate::store::delivery::bound(now))
                .bind(message_id)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn record_sent_many(
                &self,
                instance: &str,
                arrived: &[$crate::store::Arrived],
            ) -> $crate::store::StoreResult<u64> {
                if arrived.is_empty() {
                    return Ok(0);
                }
                let mut qb = sqlx::QueryBuilder::<$db>::new(
                    "UPDATE delivery SET state = 'sent', message_id = v.column2, sent_at = v.column3, error = NULL \
                     FROM (",
                );
                qb.push_values(arrived, |mut row, a| {
                    row.push_bind(a.delivery_id)
                        .push_bind(a.message_id)
                        .push_bind($crate::store::delivery::bound(a.at));
                });
                qb.push(") AS v WHERE delivery.id = v.column1 AND delivery.claimed_by = ")
                    .push_bind(instance)
                    .push(" AND delivery.state IN ('sending', 'unconfirmed')");
                Ok(qb.build().execute(&self.pool).await?.rows_affected())
            }

            async fn record_setback(
                &self,
                delivery_id: i64,
                instance: &str,
                setback: &$crate::store::Setback,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                use $crate::store::Setback;
                let now = $crate::store::delivery::bound(now);
                let done = match setback {
                    Setback::Release { at, reason } => {
                        sqlx::query::<$db>(
                            "UPDATE delivery SET state = 'pending', next_attempt_at = $3, error = $4, \
                             claimed_by = NULL, claimed_at = NULL \
                             WHERE id = $1 AND claimed_by = $2 AND state IN ('sending', 'unconfirmed')",
                        )
                        .bind(delivery_id)
                        .bind(instance)
                        .bind($crate::store::delivery::bound(*at))
                        .bind(reason)
                        .execute(&self.pool)
                        .await?
                    }
                    Setback::Retry { retry_at, reason } => {
                        sqlx::query::<$db>(
                            "UPDATE delivery SET attempts = attempts + 1, error = $4, \
                             state = CASE WHEN $3 IS NULL THEN 'failed' ELSE 'pending' END, \
                             next_attempt_at = COALESCE($3, next_attempt_at), \
                             claimed_by = CASE WHEN $3 IS NULL THEN claimed_by ELSE NULL END, \
                             claimed_at = CASE WHEN $3 IS NULL THEN claimed_at ELSE NULL END \
                             WHERE id = $1 AND claimed_by = $2 AND state IN ('sending', 'unconfirmed')",
                        )
                        .bind(delivery_id)
                        .bind(instance)
                        .bind(retry_at.map($crate::store::delivery::bound))
                        .bind(reason)
                        .execute(&self.pool)
                        .await?
                    }
                    Setback::Refused { reason } | Setback::Unknown { reason } => {
                        let state = if matches!(setback, Setback::Refused { .. }) { "failed" } else { "unconfirmed" };
                        sqlx::query::<$db>(
                            "UPDATE delivery SET state = $3, error = $4 \
                             WHERE id = $1 AND claimed_by = $2 AND state IN ('sending', 'unconfirmed')",
                        )
                        .bind(delivery_id)
                        .bind(instance)
                        .bind(state)
                        .bind(reason)
                        .execute(&self.pool)
                        .await?
                    }
                    Setback::Blocked { reason } => {
                        // The row, the client's subscription and the consent record change together or not at all.
                        let mut tx = self.pool.begin_with($begin).await?;
                        let row: Option<(i64, Option<i64>)> = sqlx::query_as::<$db, (i64, Option<i64>)>(
                            "UPDATE delivery SET state = 'blocked', error = $3 \
                             WHERE id = $1 AND claimed_by = $2 AND state IN ('sending', 'unconfirmed') \
                             RETURNING workspace_id, client_id",
                        )
                        .bind(delivery_id)
                        .bind(instance)
                        .bind(reason)
                        .fetch_optional(&mut *tx)
                        .await?;
                        let Some((workspace_id, client_id)) = row else {
                            return Ok(false);
                        };
                        if let Some(client_id) = client_id {
                            let changed = sqlx::query::<$db>(
                                "UPDATE client SET promo_state = 'blocked', promo_since = $3 \
                                 WHERE id = $1 AND workspace_id = $2 AND promo_state <> 'blocked'",
                            )
                            .bind(client_id)
                            .bind(workspace_id)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                            if changed.rows_affected() == 1 {
                                sqlx::query::<$db>(
                                    "INSERT INTO consent (workspace_id, client_id, action, text_version, at) \
                                     VALUES ($1, $2, 'block', $3, $4)",
                                )
                                .bind(workspace_id)
                                .bind(client_id)
                                .bind($crate::store::delivery::BLOCK_TEXT_VERSION)
                                .bind(now)
                                .execute(&mut *tx)
                                .await?;
                            }
                        }
                        tx.commit().await?;
                        return Ok(true);
                    }
                };
                Ok(done.rows_affected() == 1)
            }

            async fn sender_beat(
                &self,
                instance: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "INSERT INTO sender_beat (instance, beat_at) VALUES ($1, $2) \
                     ON CONFLICT (instance) DO UPDATE SET beat_at = excluded.beat_at",
                )
                .bind(instance)
                .bind($crate::store::delivery::bound(now))
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn end_sender_beat(
                &self,
                instance: &str,
                forget_before: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("DELETE FROM sender_beat WHERE instance = $1 OR beat_at < $2")
                    .bind(instance)
                    .bind($crate::store::delivery::bound(forget_before))
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn resolve_orphans(
                &self,
                stale_before: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<u64> {
                let done = sqlx::query::<$db>(
                    "UPDATE delivery SET state = 'unconfirmed', \
                     error = 'the sending instance stopped before recording the outcome' \
                     WHERE state = 'sending' AND claimed_at < $1 \
                     AND NOT EXISTS (SELECT 1 FROM sender_beat b \
                                     WHERE b.instance = delivery.claimed_by AND b.beat_at >= $1)",
                )
                .bind($crate::store::delivery::bound(stale_before))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected())
            }

            async fn cancel_unreachable(&self, campaign_id: i64) -> $crate::store::StoreResult<u64> {
                let done = sqlx::query::<$db>(
                    "UPDATE delivery SET state = 'cancelled', error = 'no longer subscribed' \
                     WHERE campaign_id = $1 AND state = 'pending' \
                     AND (tg_user_id IS NULL OR NOT EXISTS (SELECT 1 FROM client k \
                          WHERE k.id = delivery.client_id AND k.promo_state = 'subscribed'))",
                )
                .bind(campaign_id)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected())
            }

            async fn finish_campaign(
                &self,
                campaign_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET state = 'done', finished_at = $2, updated_at = $2 \
                     WHERE id = $1 AND state = 'sending' \
                     AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.campaign_id = $1 \
                                     AND d.state IN ('pending', 'sending'))",
                )
                .bind(campaign_id)
                .bind($crate::store::delivery::bound(now))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn pause_refused_campaign(
                &self,
                campaign_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET state = 'paused', updated_at = $2 WHERE id = $1 AND state = 'sending'",
                )
                .bind(campaign_id)
                .bind($crate::store::delivery::bound(now))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn claim_progress_round(
                &self,
                campaign_id: i64,
                now: chrono::DateTime<chrono::Utc>,
                due_before: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET progress_at = $2 \
                     WHERE id = $1 AND state = 'sending' AND (progress_at IS NULL OR progress_at <= $3)",
                )
                .bind(campaign_id)
                .bind($crate::store::delivery::bound(now))
                .bind($crate::store::delivery::bound(due_before))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn claim_progress_post(&self, campaign_id: i64, chat: i64) -> $crate::store::StoreResult<bool> {
                // 0 marks "being posted": no second instance posts a second progress message meanwhile.
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET progress_message_id = 0, progress_chat = $2 \
                     WHERE id = $1 AND progress_message_id IS NULL",
                )
                .bind(campaign_id)
                .bind(chat)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_progress_message(
                &self,
                campaign_id: i64,
                message_id: Option<i64>,
            ) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("UPDATE campaign SET progress_message_id = $2 WHERE id = $1")
                    .bind(campaign_id)
                    .bind(message_id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }
        }
    };
}
pub(crate) use impl_delivery_store;
