//! Numbers on demand: pipeline aggregates, meeting statistics, targets, lead sources and their costs.
//! The trait is the API; `impl_report_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).
//!
//! Everything is aggregated in SQL (GROUP BY over the indexes of migrations 0002 and 0005): a report never loads
//! the rows it sums. Sums of BIGINT are cast back to BIGINT because Postgres widens them to NUMERIC.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use super::StoreResult;
use super::model::{
    ClientMoments, DealFlowTotal, MeetingCounts, NewSourceCost, RepMember, RepStage, RevenueTarget, SourceMoney,
    SourceTally, StageMoveCount, StageOpenTotal,
};

#[async_trait]
pub trait ReportStore: Send + Sync {
    /// The team's members with their roles, by name.
    async fn report_members(&self, workspace_id: i64) -> StoreResult<Vec<RepMember>>;
    /// The team's stages in pipeline order, named in `lang` where the team gave a name in it.
    async fn report_stages(&self, workspace_id: i64, lang: &str) -> StoreResult<Vec<RepStage>>;
    /// Open deals now, per open stage and currency; only `owner`'s when given.
    async fn open_by_stage(&self, workspace_id: i64, owner: Option<i64>) -> StoreResult<Vec<StageOpenTotal>>;
    /// Deals won in `[from, to)` (by `won_at`, still in a won stage), per currency, with the days they took.
    async fn won_between(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<DealFlowTotal>>;
    /// Deals created, won and lost in `[from, to)`, per kind and currency.
    async fn deal_flow(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<DealFlowTotal>>;
    /// Stage moves in `[from, to)` per stage moved out of: how many, and how many went forward (`owner`: the
    /// deal's owner).
    async fn stage_moves(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<StageMoveCount>>;

    // --- targets ---
    /// Set a target (replacing the one for the same member, period and currency).
    async fn upsert_target(&self, target: &RevenueTarget) -> StoreResult<()>;
    /// Remove a target; false if there was none.
    async fn delete_target(
        &self,
        workspace_id: i64,
        member_id: i64,
        period_kind: &str,
        period_start: NaiveDate,
        currency: &str,
    ) -> StoreResult<bool>;
    /// The targets of one member (0: the team) for one period, by currency.
    async fn targets_of(
        &self,
        workspace_id: i64,
        member_id: i64,
        period_kind: &str,
        period_start: NaiveDate,
    ) -> StoreResult<Vec<RevenueTarget>>;

    // --- the diary ---
    /// Meetings that happened in `[from, to)` (by `author` when given) and their outcomes.
    async fn meeting_counts(
        &self,
        workspace_id: i64,
        author: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<MeetingCounts>;
    /// Meetings booked ahead in `[from, to)` (by `created_at`) for a client who had already met before.
    async fn followups_booked(
        &self,
        workspace_id: i64,
        author: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<i64>;
    /// Meetings with `happens_at` in `[from, to)`.
    async fn meetings_planned(
        &self,
        workspace_id: i64,
        author: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<i64>;
    /// A client's next (after `now`) and last (at or before `now`) meeting and call.
    async fn client_moments(&self, workspace_id: i64, client_id: i64, now: DateTime<Utc>)
    -> StoreResult<ClientMoments>;

    // --- lead sources ---
    /// Every source name the team used on a client or a cost, for reusing one spelling.
    async fn known_sources(&self, workspace_id: i64) -> StoreResult<Vec<String>>;
    /// Set what a source cost in a month (replacing the figure in the same currency).
    async fn upsert_source_cost(&self, cost: &NewSourceCost) -> StoreResult<()>;
    /// Clients created in `[from, to)` per source.
    async fn new_clients_by_source(
        &self,
        workspace_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<SourceTally>>;
    /// Deals created in `[from, to)` per source (the deal's own, else its client's).
    async fn new_deals_by_source(
        &self,
        workspace_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<SourceTally>>;
    /// Deals won in `[from, to)` per source and currency.
    async fn won_by_source(
        &self,
        workspace_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<SourceMoney>>;
    /// Costs of the months starting in `[from, to)` per source and currency.
    async fn costs_by_source(&self, workspace_id: i64, from: NaiveDate, to: NaiveDate)
    -> StoreResult<Vec<SourceMoney>>;
}

/// Expands to `impl ReportStore for $store` over `self.pool: sqlx::Pool<$db>`.
///
/// - `won_days`: the SQL sum of days from `d.created_at` to `d.won_at` as a double (dates are TEXT on SQLite,
///   TIMESTAMPTZ on Postgres).
macro_rules! impl_report_store {
    (store = $store:ty, db = $db:ty, won_days = $won_days:literal $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::ReportStore for $store {
            async fn report_members(
                &self,
                workspace_id: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::RepMember>> {
                Ok(sqlx::query_as::<$db, $crate::store::RepMember>(
                    "SELECT m.id AS member_id, m.display_name, ms.role FROM membership ms \
                     JOIN member m ON m.id = ms.member_id \
                     WHERE ms.workspace_id = $1 ORDER BY m.display_name, m.id",
                )
                .bind(workspace_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn report_stages(
                &self,
                workspace_id: i64,
                lang: &str,
            ) -> $crate::store::StoreResult<Vec<$crate::store::RepStage>> {
                Ok(sqlx::query_as::<$db, $crate::store::RepStage>(
                    "SELECT s.id, s.position, s.kind, s.probability, s.hidden, \
                     COALESCE((SELECT n.name FROM stage_name n WHERE n.stage_id = s.id AND n.lang = $2), \
                              (SELECT n.name FROM stage_name n WHERE n.stage_id = s.id \
                               ORDER BY n.lang = 'en' DESC, n.lang LIMIT 1)) AS name \
                     FROM stage s WHERE s.workspace_id = $1 ORDER BY s.position, s.id",
                )
                .bind(workspace_id)
                .bind(lang)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn open_by_stage(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::StageOpenTotal>> {
                // Grouped straight off deal_ws_stage_cover_idx, one range per open stage; the stage's own
                // probability is applied to the grouped sums, so no deal row is joined to its stage.
                Ok(sqlx::query_as::<$db, $crate::store::StageOpenTotal>(
                    "SELECT g.stage_id, g.currency, g.n, CAST(g.amount_minor AS BIGINT) AS amount_minor, \
                     CAST(g.explicit_pct + g.implicit * s.probability AS BIGINT) AS weighted_pct \
                     FROM (SELECT d.stage_id, d.currency, COUNT(*) AS n, SUM(d.amount_minor) AS amount_minor, \
                             SUM(CASE WHEN d.probability IS NULL THEN d.amount_minor ELSE 0 END) AS implicit, \
                             SUM(CASE WHEN d.probability IS NULL THEN 0 ELSE d.amount_minor * d.probability END) \
                               AS explicit_pct \
                           FROM deal d WHERE d.workspace_id = $1 \
                           AND d.stage_id IN (SELECT id FROM stage WHERE workspace_id = $1 AND kind = 'open') \
                           AND ($2 IS NULL OR d.owner_member_id = $2) \
                           GROUP BY d.stage_id, d.currency) g \
                     JOIN stage s ON s.id = g.stage_id",
                )
                .bind(workspace_id)
                .bind(owner)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn won_between(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::DealFlowTotal>> {
                Ok(sqlx::query_as::<$db, $crate::store::DealFlowTotal>(concat!(
                    "SELECT 'won' AS kind, d.currency, COUNT(*) AS n, \
                     CAST(SUM(d.amount_minor) AS BIGINT) AS amount_minor, ",
                    $won_days,
                    " AS days \
                     FROM deal d JOIN stage s ON s.workspace_id = d.workspace_id AND s.id = d.stage_id \
                     WHERE d.workspace_id = $1 AND d.won_at >= $2 AND d.won_at < $3 AND s.kind = 'won' \
                     AND ($4 IS NULL OR d.owner_member_id = $4) \
                     GROUP BY d.currency"
                ))
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .bind(owner)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn deal_flow(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::DealFlowTotal>> {
                let mut flow = sqlx::query_as::<$db, $crate::store::DealFlowTotal>(
                    "SELECT 'new' AS kind, d.currency, COUNT(*) AS n, \
                     CAST(SUM(d.amount_minor) AS BIGINT) AS amount_minor, CAST(0 AS DOUBLE PRECISION) AS days \
                     FROM deal d WHERE d.workspace_id = $1 AND d.created_at >= $2 AND d.created_at < $3 \
                     AND ($4 IS NULL OR d.owner_member_id = $4) \
                     GROUP BY d.currency",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .bind(owner)
                .fetch_all(&self.pool)
                .await?;
                flow.extend($crate::store::ReportStore::won_between(self, workspace_id, owner, from, to).await?);
                flow.extend(
                    sqlx::query_as::<$db, $crate::store::DealFlowTotal>(
                        "SELECT 'lost' AS kind, d.currency, COUNT(*) AS n, \
                         CAST(SUM(d.amount_minor) AS BIGINT) AS amount_minor, \
                         CAST(0 AS DOUBLE PRECISION) AS days \
                         FROM deal d JOIN stage s ON s.workspace_id = d.workspace_id AND s.id = d.stage_id \
                         WHERE d.workspace_id = $1 AND d.lost_at >= $2 AND d.lost_at < $3 AND s.kind = 'lost' \
                         AND ($4 IS NULL OR d.owner_member_id = $4) \
                         GROUP BY d.currency",
                    )
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_all(&self.pool)
                    .await?,
                );
                Ok(flow)
            }

            async fn stage_moves(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::StageMoveCount>> {
                // Moves are first counted per (from, to) pair straight off deal_event_ws_kind_at_idx, then the
                // few pairs are joined to their stages; the team's view never touches a deal row.
                let query = match owner {
                    None => {
                        "SELECT g.from_stage_id AS stage_id, CAST(SUM(g.n) AS BIGINT) AS left_n, \
                         CAST(SUM(CASE WHEN t.kind = 'won' OR (t.kind = 'open' AND t.position > f.position) \
                                  THEN g.n ELSE 0 END) AS BIGINT) AS forward_n \
                         FROM (SELECT e.from_stage_id, e.to_stage_id, COUNT(*) AS n FROM deal_event e \
                               WHERE e.workspace_id = $1 AND e.kind = 'moved' AND e.at >= $2 AND e.at < $3 \
                               AND $4 IS NULL \
                               GROUP BY e.from_stage_id, e.to_stage_id) g \
                         JOIN stage f ON f.id = g.from_stage_id JOIN stage t ON t.id = g.to_stage_id \
                         GROUP BY g.from_stage_id"
                    }
                    Some(_) => {
                        "SELECT g.from_stage_id AS stage_id, CAST(SUM(g.n) AS BIGINT) AS left_n, \
                         CAST(SUM(CASE WHEN t.kind = 'won' OR (t.kind = 'open' AND t.position > f.position) \
                                  THEN g.n ELSE 0 END) AS BIGINT) AS forward_n \
                         FROM (SELECT e.from_stage_id, e.to_stage_id, COUNT(*) AS n FROM deal_event e \
                               JOIN deal d ON d.workspace_id = e.workspace_id AND d.id = e.deal_id \
                               WHERE e.workspace_id = $1 AND e.kind = 'moved' AND e.at >= $2 AND e.at < $3 \
                               AND d.owner_member_id = $4 \
                               GROUP BY e.from_stage_id, e.to_stage_id) g \
                         JOIN stage f ON f.id = g.from_stage_id JOIN stage t ON t.id = g.to_stage_id \
                         GROUP BY g.from_stage_id"
                    }
                };
                Ok(sqlx::query_as::<$db, $crate::store::StageMoveCount>(query)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_all(&self.pool)
                    .await?)
            }

            // --- targets ---

            async fn upsert_target(&self, target: &$crate::store::RevenueTarget) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "INSERT INTO target (workspace_id, member_id, period_kind, period_start, currency, \
                     amount_minor, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                     ON CONFLICT (workspace_id, member_id, period_kind, period_start, currency) \
                     DO UPDATE SET amount_minor = excluded.amount_minor, updated_at = excluded.updated_at",
                )
                .bind(target.workspace_id)
                .bind(target.member_id)
                .bind(&target.period_kind)
                .bind(target.period_start)
                .bind(&target.currency)
                .bind(target.amount_minor)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn delete_target(
                &self,
                workspace_id: i64,
                member_id: i64,
                period_kind: &str,
                period_start: chrono::NaiveDate,
                currency: &str,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "DELETE FROM target WHERE workspace_id = $1 AND member_id = $2 AND period_kind = $3 \
                     AND period_start = $4 AND currency = $5",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(period_kind)
                .bind(period_start)
                .bind(currency)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn targets_of(
                &self,
                workspace_id: i64,
                member_id: i64,
                period_kind: &str,
                period_start: chrono::NaiveDate,
            ) -> $crate::store::StoreResult<Vec<$crate::store::RevenueTarget>> {
                Ok(sqlx::query_as::<$db, $crate::store::RevenueTarget>(
                    "SELECT workspace_id, member_id, period_kind, period_start, currency, amount_minor FROM target \
                     WHERE workspace_id = $1 AND member_id = $2 AND period_kind = $3 AND period_start = $4 \
                     ORDER BY currency",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(period_kind)
                .bind(period_start)
                .fetch_all(&self.pool)
                .await?)
            }

            // --- the diary ---

            async fn meeting_counts(
                &self,
                workspace_id: i64,
                author: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::MeetingCounts> {
                Ok(sqlx::query_as::<$db, $crate::store::MeetingCounts>(
                    "SELECT COUNT(*) AS held, \
                     COALESCE(SUM(CASE WHEN outcome = 'next' THEN 1 ELSE 0 END), 0) AS next_step, \
                     COALESCE(SUM(CASE WHEN outcome = 'won' THEN 1 ELSE 0 END), 0) AS won \
                     FROM activity WHERE workspace_id = $1 AND kind = 'meeting' \
                     AND happens_at >= $2 AND happens_at < $3 AND ($4 IS NULL OR author_member_id = $4)",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .bind(author)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn followups_booked(
                &self,
                workspace_id: i64,
                author: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<i64> {
                Ok(sqlx::query_scalar::<$db, i64>(
                    "SELECT COUNT(*) FROM activity a \
                     WHERE a.workspace_id = $1 AND a.kind = 'meeting' AND a.created_at >= $2 AND a.created_at < $3 \
                     AND a.happens_at > a.created_at AND ($4 IS NULL OR a.author_member_id = $4) \
                     AND EXISTS (SELECT 1 FROM activity b WHERE b.workspace_id = a.workspace_id \
                         AND b.client_id = a.client_id AND b.kind = 'meeting' AND b.id <> a.id \
                         AND b.happens_at < a.created_at)",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .bind(author)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn meetings_planned(
                &self,
                workspace_id: i64,
                author: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<i64> {
                Ok(sqlx::query_scalar::<$db, i64>(
                    "SELECT COUNT(*) FROM activity WHERE workspace_id = $1 AND kind = 'meeting' \
                     AND happens_at >= $2 AND happens_at < $3 AND ($4 IS NULL OR author_member_id = $4)",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .bind(author)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn client_moments(
                &self,
                workspace_id: i64,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::ClientMoments> {
                let next = |kind: &'static str| {
                    sqlx::query_as::<$db, $crate::store::Activity>(
                        "SELECT * FROM activity WHERE workspace_id = $1 AND client_id = $2 AND kind = $3 \
                         AND happens_at > $4 ORDER BY happens_at, id LIMIT 1",
                    )
                    .bind(workspace_id)
                    .bind(client_id)
                    .bind(kind)
                    .bind(now)
                    .fetch_optional(&self.pool)
                };
                let last = |kind: &'static str| {
                    sqlx::query_as::<$db, $crate::store::Activity>(
                        "SELECT * FROM activity WHERE workspace_id = $1 AND client_id = $2 AND kind = $3 \
                         AND happens_at <= $4 ORDER BY happens_at DESC, id DESC LIMIT 1",
                    )
                    .bind(workspace_id)
                    .bind(client_id)
                    .bind(kind)
                    .bind(now)
                    .fetch_optional(&self.pool)
                };
                Ok($crate::store::ClientMoments {
                    next_meeting: next("meeting").await?,
                    last_meeting: last("meeting").await?,
                    next_call: next("call").await?,
                    last_call: last("call").await?,
                })
            }

            // --- lead sources ---

            async fn known_sources(&self, workspace_id: i64) -> $crate::store::StoreResult<Vec<String>> {
                Ok(sqlx::query_scalar::<$db, String>(
                    "SELECT source FROM client WHERE workspace_id = $1 AND source IS NOT NULL GROUP BY source \
                     UNION SELECT source FROM source_cost WHERE workspace_id = $1 GROUP BY source",
                )
                .bind(workspace_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn upsert_source_cost(&self, cost: &$crate::store::NewSourceCost) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "INSERT INTO source_cost (workspace_id, source, period_start, currency, amount_minor, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) \
                     ON CONFLICT (workspace_id, source, period_start, currency) \
                     DO UPDATE SET amount_minor = excluded.amount_minor, updated_at = excluded.updated_at",
                )
                .bind(cost.workspace_id)
                .bind(&cost.source)
                .bind(cost.month)
                .bind(&cost.currency)
                .bind(cost.amount_minor)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn new_clients_by_source(
                &self,
                workspace_id: i64,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::SourceTally>> {
                Ok(sqlx::query_as::<$db, $crate::store::SourceTally>(
                    "SELECT source, COUNT(*) AS n FROM client \
                     WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY source",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn new_deals_by_source(
                &self,
                workspace_id: i64,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::SourceTally>> {
                Ok(sqlx::query_as::<$db, $crate::store::SourceTally>(
                    "SELECT COALESCE(d.source, c.source) AS source, COUNT(*) AS n \
                     FROM deal d JOIN client c ON c.workspace_id = d.workspace_id AND c.id = d.client_id \
                     WHERE d.workspace_id = $1 AND d.created_at >= $2 AND d.created_at < $3 \
                     GROUP BY COALESCE(d.source, c.source)",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn won_by_source(
                &self,
                workspace_id: i64,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::SourceMoney>> {
                Ok(sqlx::query_as::<$db, $crate::store::SourceMoney>(
                    "SELECT COALESCE(d.source, c.source) AS source, d.currency, COUNT(*) AS n, \
                     CAST(SUM(d.amount_minor) AS BIGINT) AS amount_minor \
                     FROM deal d JOIN stage s ON s.workspace_id = d.workspace_id AND s.id = d.stage_id \
                     JOIN client c ON c.workspace_id = d.workspace_id AND c.id = d.client_id \
                     WHERE d.workspace_id = $1 AND d.won_at >= $2 AND d.won_at < $3 AND s.kind = 'won' \
                     GROUP BY COALESCE(d.source, c.source), d.currency",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn costs_by_source(
                &self,
                workspace_id: i64,
                from: chrono::NaiveDate,
                to: chrono::NaiveDate,
            ) -> $crate::store::StoreResult<Vec<$crate::store::SourceMoney>> {
                Ok(sqlx::query_as::<$db, $crate::store::SourceMoney>(
                    "SELECT source, currency, COUNT(*) AS n, CAST(SUM(amount_minor) AS BIGINT) AS amount_minor \
                     FROM source_cost WHERE workspace_id = $1 AND period_start >= $2 AND period_start < $3 \
                     GROUP BY source, currency",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}
pub(crate) use impl_report_store;
