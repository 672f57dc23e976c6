//! Deals and the pipeline: stages (team data, named per language), deals, their history.
//! The trait is the API; `impl_deal_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).
//!
//! Every change that a stale button could repeat is conditional on the deal's `version` and bumps it, in one
//! transaction with its history row: two members pressing the same button at once change the deal once.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{
    Deal, DealEdit, DealEvent, DealFilter, DealMove, DealRow, NewDeal, NewStage, Stage, StageChange, StageName,
    StoreResult,
};

#[async_trait]
pub trait DealStore: Send + Sync {
    // --- stages ---

    /// The team's stages by position (hidden ones too); created from `defaults` first if the team has none.
    /// Idempotent, and concurrent first calls create them once.
    async fn ensure_stages(
        &self,
        workspace_id: i64,
        defaults: &[NewStage],
        at: DateTime<Utc>,
    ) -> StoreResult<Vec<Stage>>;
    /// The names of all the team's stages, in every language they have one.
    async fn stage_names(&self, workspace_id: i64) -> StoreResult<Vec<StageName>>;
    /// A new open stage after the last open one (won and lost stages move down); `NameTaken` if one of its names
    /// is another stage's in that language.
    async fn add_stage(
        &self,
        workspace_id: i64,
        stage: &NewStage,
        at: DateTime<Utc>,
    ) -> StoreResult<StageChange<Stage>>;
    /// Set a stage's name in one language (`name.stage_id`, `name.lang`), and its probability when given.
    async fn rename_stage(
        &self,
        workspace_id: i64,
        name: &StageName,
        probability: Option<i32>,
        at: DateTime<Utc>,
    ) -> StoreResult<StageChange<()>>;
    /// Swap a stage with its neighbour above (`up`) or below among stages of the same group (open stages, or
    /// won and lost). `Missing` also when there is no such neighbour.
    async fn move_stage(
        &self,
        workspace_id: i64,
        stage_id: i64,
        up: bool,
        at: DateTime<Utc>,
    ) -> StoreResult<StageChange<()>>;
    /// Hide or show a stage. Hiding the last visible stage of its kind is refused (`LastOfKind`).
    async fn set_stage_hidden(
        &self,
        workspace_id: i64,
        stage_id: i64,
        hidden: bool,
        at: DateTime<Utc>,
    ) -> StoreResult<StageChange<()>>;

    // --- deals ---

    /// Create a deal with its `created` event.
    async fn insert_deal(&self, new: &NewDeal) -> StoreResult<Deal>;
    async fn get_deal(&self, workspace_id: i64, deal_id: i64) -> StoreResult<Option<Deal>>;
    /// Move a deal to another visible stage of its team, if it is still at `version`: version + 1, a `moved`
    /// event (who, when, from, to; the lost reason as its note). `None`: nothing changed (the version moved on,
    /// the deal or stage is gone or hidden, or the deal is already there).
    async fn move_deal(&self, mv: &DealMove) -> StoreResult<Option<Deal>>;
    /// Change the amount or expected close date, if the deal is still at `version`, with a `changed` event.
    async fn edit_deal(&self, edit: &DealEdit) -> StoreResult<Option<Deal>>;
    /// Give the deal to another member of the team, if it is still at `version`, with a `reassigned` event
    /// (note `{"from":<member id>,"to":<member id>}`, as the team area writes it when a member leaves). `None` also
    /// when `to_member` is not in the team.
    async fn reassign_deal(
        &self,
        workspace_id: i64,
        deal_id: i64,
        version: i32,
        to_member: i64,
        by_member: i64,
        at: DateTime<Utc>,
    ) -> StoreResult<Option<Deal>>;
    /// A deal's history, newest first.
    async fn deal_events(&self, workspace_id: i64, deal_id: i64, limit: i64) -> StoreResult<Vec<DealEvent>>;
    /// Deals matching the filter with their clients' names — overdue ones by close date, stale ones by last
    /// activity, others most recently changed first — and how many match in all.
    async fn list_deals(&self, workspace_id: i64, filter: &DealFilter, limit: i64) -> StoreResult<(Vec<DealRow>, i64)>;
    /// The currency of the member's latest deal, else of the team's latest.
    async fn last_currency(&self, workspace_id: i64, member_id: i64) -> StoreResult<Option<String>>;
    /// The team's members as (member id, display name, role), by name.
    async fn deal_owners(&self, workspace_id: i64) -> StoreResult<Vec<(i64, String, String)>>;
}

/// Expands to `impl DealStore for $store` over `self.pool: sqlx::Pool<$db>`; `begin` opens a write transaction
/// (`BEGIN IMMEDIATE` on SQLite takes the write lock up front).
macro_rules! impl_deal_store {
    (store = $store:ty, db = $db:ty, begin = $begin:expr $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::DealStore for $store {
            async fn ensure_stages(
                &self,
                workspace_id: i64,
                defaults: &[$crate::store::NewStage],
                at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Stage>> {
                let existing = sqlx::query_as::<$db, $crate::store::Stage>($crate::store::deals::STAGES)
                    .bind(workspace_id)
                    .fetch_all(&self.pool)
                    .await?;
                if !existing.is_empty() {
                    return Ok(existing);
                }
                let mut tx = self.pool.begin_with($begin).await?;
                $crate::store::deals::lock_team!($db, &mut *tx, workspace_id);
                let count: i64 = sqlx::query_scalar::<$db, i64>("SELECT COUNT(*) FROM stage WHERE workspace_id = $1")
                    .bind(workspace_id)
                    .fetch_one(&mut *tx)
                    .await?;
                // Another caller may have created them while this one waited for the lock.
                if count == 0 {
                    for (i, stage) in defaults.iter().enumerate() {
                        $crate::store::deals::insert_stage!($db, &mut *tx, workspace_id, stage, (i + 1) as i32, at);
                    }
                }
                let stages = sqlx::query_as::<$db, $crate::store::Stage>($crate::store::deals::STAGES)
                    .bind(workspace_id)
                    .fetch_all(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(stages)
            }

            async fn stage_names(&self, workspace_id: i64) -> $crate::store::StoreResult<Vec<$crate::store::StageName>> {
                Ok(sqlx::query_as::<$db, $crate::store::StageName>(
                    "SELECT n.* FROM stage_name n JOIN stage s ON s.id = n.stage_id \
                     WHERE s.workspace_id = $1 ORDER BY n.stage_id, n.lang",
                )
                .bind(workspace_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn add_stage(
                &self,
                workspace_id: i64,
                stage: &$crate::store::NewStage,
                at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::StageChange<$crate::store::Stage>> {
                let mut tx = self.pool.begin_with($begin).await?;
                $crate::store::deals::lock_team!($db, &mut *tx, workspace_id);
                for (lang, _, folded) in &stage.names {
                    if $crate::store::deals::name_taken!($db, &mut *tx, workspace_id, 0_i64, lang, folded) {
                        return Ok($crate::store::StageChange::NameTaken);
                    }
                }
                let position: i32 = sqlx::query_scalar::<$db, i32>(
                    "SELECT COALESCE(MAX(position), 0) + 1 FROM stage WHERE workspace_id = $1 AND kind = 'open'",
                )
                .bind(workspace_id)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query::<$db>(
                    "UPDATE stage SET position = position + 1, updated_at = $3 \
                     WHERE workspace_id = $1 AND position >= $2",
                )
                .bind(workspace_id)
                .bind(position)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                let id = $crate::store::deals::insert_stage!($db, &mut *tx, workspace_id, stage, position, at);
                let created = sqlx::query_as::<$db, $crate::store::Stage>("SELECT * FROM stage WHERE id = $1")
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok($crate::store::StageChange::Done(created))
            }

            async fn rename_stage(
                &self,
                workspace_id: i64,
                name: &$crate::store::StageName,
                probability: Option<i32>,
                at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::StageChange<()>> {
                let (stage_id, lang, name_folded) = (name.stage_id, name.lang.as_str(), name.name_folded.as_str());
                let mut tx = self.pool.begin_with($begin).await?;
                $crate::store::deals::lock_team!($db, &mut *tx, workspace_id);
                let found = sqlx::query::<$db>(
                    "UPDATE stage SET probability = COALESCE($3, probability), updated_at = $4 \
                     WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(stage_id)
                .bind(probability)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                if found.rows_affected() == 0 {
                    return Ok($crate::store::StageChange::Missing);
                }
                if $crate::store::deals::name_taken!($db, &mut *tx, workspace_id, stage_id, lang, name_folded) {
                    return Ok($crate::store::StageChange::NameTaken);
                }
                sqlx::query::<$db>(
                    "INSERT INTO stage_name (stage_id, lang, name, name_folded) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (stage_id, lang) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded",
                )
                .bind(stage_id)
                .bind(lang)
                .bind(&name.name)
                .bind(name_folded)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok($crate::store::StageChange::Done(()))
            }

            async fn move_stage(
                &self,
                workspace_id: i64,
                stage_id: i64,
                up: bool,
                at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::StageChange<()>> {
                let mut tx = self.pool.begin_with($begin).await?;
                $crate::store::deals::lock_team!($db, &mut *tx, workspace_id);
                let stages = sqlx::query_as::<$db, $crate::store::Stage>($crate::store::deals::STAGES)
                    .bind(workspace_id)
                    .fetch_all(&mut *tx)
                    .await?;
                let Some((this, other)) = $crate::store::deals::neighbours(&stages, stage_id, up) else {
                    return Ok($crate::store::StageChange::Missing);
                };
                for (id, position) in [(this.id, other.position), (other.id, this.position)] {
                    sqlx::query::<$db>(
                        "UPDATE stage SET position = $3, updated_at = $4 WHERE workspace_id = $1 AND id = $2",
                    )
                    .bind(workspace_id)
                    .bind(id)
                    .bind(position)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok($crate::store::StageChange::Done(()))
            }

            async fn set_stage_hidden(
                &self,
                workspace_id: i64,
                stage_id: i64,
                hidden: bool,
                at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::StageChange<()>> {
                let mut tx = self.pool.begin_with($begin).await?;
                $crate::store::deals::lock_team!($db, &mut *tx, workspace_id);
                let kind: Option<String> =
                    sqlx::query_scalar::<$db, String>("SELECT kind FROM stage WHERE workspace_id = $1 AND id = $2")
                        .bind(workspace_id)
                        .bind(stage_id)
                        .fetch_optional(&mut *tx)
                        .await?;
                let Some(kind) = kind else { return Ok($crate::store::StageChange::Missing) };
                if hidden {
                    let others: i64 = sqlx::query_scalar::<$db, i64>(
                        "SELECT COUNT(*) FROM stage WHERE workspace_id = $1 AND kind = $2 AND id <> $3 \
                         AND hidden = FALSE",
                    )
                    .bind(workspace_id)
                    .bind(&kind)
                    .bind(stage_id)
                    .fetch_one(&mut *tx)
                    .await?;
                    if others == 0 {
                        return Ok($crate::store::StageChange::LastOfKind);
                    }
                }
                sqlx::query::<$db>("UPDATE stage SET hidden = $3, updated_at = $4 WHERE workspace_id = $1 AND id = $2")
                    .bind(workspace_id)
                    .bind(stage_id)
                    .bind(hidden)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok($crate::store::StageChange::Done(()))
            }

            async fn insert_deal(
                &self,
                new: &$crate::store::NewDeal,
            ) -> $crate::store::StoreResult<$crate::store::Deal> {
                let mut tx = self.pool.begin_with($begin).await?;
                let deal = sqlx::query_as::<$db, $crate::store::Deal>(
                    "INSERT INTO deal (workspace_id, client_id, title, amount_minor, currency, stage_id, \
                     expected_close, owner_member_id, source, version, last_activity_at, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $10, $10) RETURNING *",
                )
                .bind(new.workspace_id)
                .bind(new.client_id)
                .bind(&new.title)
                .bind(new.amount_minor)
                .bind(&new.currency)
                .bind(new.stage_id)
                .bind(new.expected_close)
                .bind(new.owner_member_id)
                .bind(new.source.as_deref())
                .bind(new.at)
                .fetch_one(&mut *tx)
                .await?;
                $crate::store::deals::deal_event!(
                    $db, &mut *tx, &deal, new.owner_member_id, new.at, "created", None::<i64>, Some(deal.stage_id),
                    None::<String>
                );
                tx.commit().await?;
                Ok(deal)
            }

            async fn get_deal(
                &self,
                workspace_id: i64,
                deal_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Deal>> {
                Ok(sqlx::query_as::<$db, $crate::store::Deal>("SELECT * FROM deal WHERE workspace_id = $1 AND id = $2")
                    .bind(workspace_id)
                    .bind(deal_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn move_deal(
                &self,
                mv: &$crate::store::DealMove,
            ) -> $crate::store::StoreResult<Option<$crate::store::Deal>> {
                let mut tx = self.pool.begin_with($begin).await?;
                // The version pins the stage it was in: every change bumps it.
                let from: Option<i64> = sqlx::query_scalar::<$db, i64>(
                    "SELECT stage_id FROM deal WHERE workspace_id = $1 AND id = $2 AND version = $3",
                )
                .bind(mv.workspace_id)
                .bind(mv.deal_id)
                .bind(mv.version)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(from) = from else { return Ok(None) };
                let deal = sqlx::query_as::<$db, $crate::store::Deal>(
                    "UPDATE deal SET stage_id = $4, version = version + 1, won_at = $5, lost_at = $6, \
                     lost_reason = $7, amount_minor = COALESCE($8, amount_minor), updated_at = $9, \
                     last_activity_at = CASE WHEN last_activity_at < $9 THEN $9 ELSE last_activity_at END \
                     WHERE workspace_id = $1 AND id = $2 AND version = $3 AND stage_id <> $4 \
                     AND EXISTS (SELECT 1 FROM stage WHERE workspace_id = $1 AND id = $4 AND hidden = FALSE) \
                     RETURNING *",
                )
                .bind(mv.workspace_id)
                .bind(mv.deal_id)
                .bind(mv.version)
                .bind(mv.to_stage_id)
                .bind(mv.won_at)
                .bind(mv.lost_at)
                .bind(mv.lost_reason.as_deref())
                .bind(mv.amount_minor)
                .bind(mv.at)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(deal) = deal else { return Ok(None) };
                $crate::store::deals::deal_event!(
                    $db, &mut *tx, &deal, mv.member_id, mv.at, "moved", Some(from), Some(mv.to_stage_id),
                    mv.lost_reason.clone()
                );
                tx.commit().await?;
                Ok(Some(deal))
            }

            async fn edit_deal(
                &self,
                edit: &$crate::store::DealEdit,
            ) -> $crate::store::StoreResult<Option<$crate::store::Deal>> {
                let mut tx = self.pool.begin_with($begin).await?;
                let deal = sqlx::query_as::<$db, $crate::store::Deal>(
                    "UPDATE deal SET amount_minor = COALESCE($4, amount_minor), \
                     expected_close = CASE WHEN $5 THEN $6 ELSE expected_close END, \
                     version = version + 1, updated_at = $7 \
                     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING *",
                )
                .bind(edit.workspace_id)
                .bind(edit.deal_id)
                .bind(edit.version)
                .bind(edit.amount_minor)
                .bind(edit.expected_close.is_some())
                .bind(edit.expected_close.flatten())
                .bind(edit.at)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(deal) = deal else { return Ok(None) };
                $crate::store::deals::deal_event!(
                    $db, &mut *tx, &deal, edit.member_id, edit.at, "changed", None::<i64>, None::<i64>,
                    Some(edit.note.clone())
                );
                tx.commit().await?;
                Ok(Some(deal))
            }

            async fn reassign_deal(
                &self,
                workspace_id: i64,
                deal_id: i64,
                version: i32,
                to_member: i64,
                by_member: i64,
                at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Option<$crate::store::Deal>> {
                let mut tx = self.pool.begin_with($begin).await?;
                let from: Option<i64> = sqlx::query_scalar::<$db, i64>(
                    "SELECT owner_member_id FROM deal WHERE workspace_id = $1 AND id = $2 AND version = $3",
                )
                .bind(workspace_id)
                .bind(deal_id)
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(from) = from else { return Ok(None) };
                let deal = sqlx::query_as::<$db, $crate::store::Deal>(
                    "UPDATE deal SET owner_member_id = $4, version = version + 1, updated_at = $5 \
                     WHERE workspace_id = $1 AND id = $2 AND version = $3 AND owner_member_id <> $4 \
                     AND EXISTS (SELECT 1 FROM membership WHERE workspace_id = $1 AND member_id = $4) \
                     RETURNING *",
                )
                .bind(workspace_id)
                .bind(deal_id)
                .bind(version)
                .bind(to_member)
                .bind(at)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(deal) = deal else { return Ok(None) };
                $crate::store::deals::deal_event!(
                    $db, &mut *tx, &deal, by_member, at, "reassigned", None::<i64>, None::<i64>,
                    Some(format!("{{\"from\":{from},\"to\":{to_member}}}"))
                );
                tx.commit().await?;
                Ok(Some(deal))
            }

            async fn deal_events(
                &self,
                workspace_id: i64,
                deal_id: i64,
                limit: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::DealEvent>> {
                Ok(sqlx::query_as::<$db, $crate::store::DealEvent>(
                    "SELECT * FROM deal_event WHERE workspace_id = $1 AND deal_id = $2 \
                     ORDER BY at DESC, id DESC LIMIT $3",
                )
                .bind(workspace_id)
                .bind(deal_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn list_deals(
                &self,
                workspace_id: i64,
                filter: &$crate::store::DealFilter,
                limit: i64,
            ) -> $crate::store::StoreResult<(Vec<$crate::store::DealRow>, i64)> {
                let mut rows = sqlx::QueryBuilder::<$db>::new("SELECT d.*, c.name AS client_name ");
                $crate::store::deals::deal_filter!(rows, workspace_id, filter);
                rows.push(" ORDER BY ").push($crate::store::deals::deal_order(filter)).push(" LIMIT ").push_bind(limit);
                let rows = rows.build_query_as::<$crate::store::DealRow>().fetch_all(&self.pool).await?;
                let mut count = sqlx::QueryBuilder::<$db>::new("SELECT COUNT(*) ");
                $crate::store::deals::deal_filter!(count, workspace_id, filter);
                let total: i64 = count.build_query_scalar::<i64>().fetch_one(&self.pool).await?;
                Ok((rows, total))
            }

            async fn last_currency(
                &self,
                workspace_id: i64,
                member_id: i64,
            ) -> $crate::store::StoreResult<Option<String>> {
                let mine = sqlx::query_scalar::<$db, String>(
                    "SELECT currency FROM deal WHERE workspace_id = $1 AND owner_member_id = $2 \
                     ORDER BY updated_at DESC, id DESC LIMIT 1",
                )
                .bind(workspace_id)
                .bind(member_id)
                .fetch_optional(&self.pool)
                .await?;
                if mine.is_some() {
                    return Ok(mine);
                }
                Ok(sqlx::query_scalar::<$db, String>(
                    "SELECT currency FROM deal WHERE workspace_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1",
                )
                .bind(workspace_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn deal_owners(&self, workspace_id: i64) -> $crate::store::StoreResult<Vec<(i64, String, String)>> {
                Ok(sqlx::query_as::<$db, (i64, String, String)>(
                    "SELECT m.id, m.display_name, ms.role FROM membership ms JOIN member m ON m.id = ms.member_id \
                     WHERE ms.workspace_id = $1 ORDER BY m.display_name, m.id",
                )
                .bind(workspace_id)
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}
pub(crate) use impl_deal_store;

/// A team's stages in pipeline order.
pub(crate) const STAGES: &str = "SELECT * FROM stage WHERE workspace_id = $1 ORDER BY position, id";

/// The `FROM … WHERE` of `list_deals`, with a condition only for each filter given, so the planner can use the
/// index that fits (client, stage, owner, last activity) instead of scanning the whole team. Values are bound.
macro_rules! deal_filter {
    ($qb:ident, $workspace_id:expr, $filter:expr) => {
        $qb.push(
            "FROM deal d \
             JOIN stage s ON s.workspace_id = d.workspace_id AND s.id = d.stage_id \
             JOIN client c ON c.workspace_id = d.workspace_id AND c.id = d.client_id \
             WHERE d.workspace_id = ",
        )
        .push_bind($workspace_id);
        if let Some(owner) = $filter.owner {
            $qb.push(" AND d.owner_member_id = ").push_bind(owner);
        }
        if let Some(client) = $filter.client_id {
            $qb.push(" AND d.client_id = ").push_bind(client);
        }
        if let Some(stage) = $filter.stage_id {
            $qb.push(" AND d.stage_id = ").push_bind(stage);
        }
        if $filter.open_only {
            $qb.push(" AND s.kind = 'open'");
        }
        if let Some(before) = $filter.close_before {
            $qb.push(" AND d.expected_close < ").push_bind(before);
        }
        if let Some(since) = $filter.quiet_since {
            $qb.push(" AND d.last_activity_at < ").push_bind(since);
        }
    };
}
pub(crate) use deal_filter;

/// Overdue deals by close date, stale ones by last activity, others most recently changed first.
pub(crate) fn deal_order(filter: &DealFilter) -> &'static str {
    if filter.close_before.is_some() {
        "d.expected_close, d.id"
    } else if filter.quiet_since.is_some() {
        "d.last_activity_at, d.id"
    } else {
        "d.updated_at DESC, d.id DESC"
    }
}

/// A stage and the one next to it (above if `up`) in the same group: open stages, or closed (won and lost) ones.
pub(crate) fn neighbours(stages: &[Stage], stage_id: i64, up: bool) -> Option<(&Stage, &Stage)> {
    let index = stages.iter().position(|s| s.id == stage_id)?;
    let other = if up { index.checked_sub(1)? } else { index + 1 };
    let (this, other) = (&stages[index], stages.get(other)?);
    ((this.kind == "open") == (other.kind == "open")).then_some((this, other))
}

/// Take the team's row lock first, so concurrent changes to its stages run one after another.
macro_rules! lock_team {
    ($db:ty, $conn:expr, $workspace_id:expr) => {
        sqlx::query::<$db>("UPDATE workspace SET stale_days = stale_days WHERE id = $1")
            .bind($workspace_id)
            .execute($conn)
            .await?
    };
}
pub(crate) use lock_team;

/// Whether a stage of the team other than `$except` has the folded name in the language.
macro_rules! name_taken {
    ($db:ty, $conn:expr, $workspace_id:expr, $except:expr, $lang:expr, $folded:expr) => {
        sqlx::query_scalar::<$db, i64>(
            "SELECT COUNT(*) FROM stage_name n JOIN stage s ON s.id = n.stage_id \
             WHERE s.workspace_id = $1 AND n.lang = $2 AND n.name_folded = $3 AND n.stage_id <> $4",
        )
        .bind($workspace_id)
        .bind($lang)
        .bind($folded)
        .bind($except)
        .fetch_one($conn)
        .await?
            > 0
    };
}
pub(crate) use name_taken;

/// Insert a stage and its names at a position; evaluates to the new stage's id.
macro_rules! insert_stage {
    ($db:ty, $conn:expr, $workspace_id:expr, $stage:expr, $position:expr, $at:expr) => {{
        let id: i64 = sqlx::query_scalar::<$db, i64>(
            "INSERT INTO stage (workspace_id, position, kind, probability, hidden, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, FALSE, $5, $5) RETURNING id",
        )
        .bind($workspace_id)
        .bind($position)
        .bind(&$stage.kind)
        .bind($stage.probability)
        .bind($at)
        .fetch_one(&mut *$conn)
        .await?;
        for (lang, name, folded) in &$stage.names {
            sqlx::query::<$db>("INSERT INTO stage_name (stage_id, lang, name, name_folded) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(lang)
                .bind(name)
                .bind(folded)
                .execute(&mut *$conn)
                .await?;
        }
        id
    }};
}
pub(crate) use insert_stage;

/// Record one line of a deal's history.
macro_rules! deal_event {
    ($db:ty, $conn:expr, $deal:expr, $member:expr, $at:expr, $kind:expr, $from:expr, $to:expr, $note:expr) => {
        sqlx::query::<$db>(
            "INSERT INTO deal_event (workspace_id, deal_id, member_id, at, kind, from_stage_id, to_stage_id, note) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind($deal.workspace_id)
        .bind($deal.id)
        .bind($member)
        .bind($at)
        .bind($kind)
        .bind($from)
        .bind($to)
        .bind($note)
        .execute($conn)
        .await?
    };
}
pub(crate) use deal_event;
