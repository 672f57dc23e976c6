//! The team's audit log: one row per thing a member did, read by the owner with `/audit`, pruned after the
//! team's retention. The trait is the API; `impl_audit_store!` implements it for both backends (invoked in
//! sqlite.rs and postgres.rs).
//!
//! Rows hold ids, codes and amounts only. Every name a page shows (the actor, the client, the deal, the
//! campaign) is joined from the live record when the page is read, so once a record is deleted or a customer
//! forgotten the log has nothing of them to show.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::FromRow;

use super::StoreResult;

/// Retention bounds in days: shorter would lose last month's trail, longer is an archive, not a log.
pub const AUDIT_KEEP_MIN: i32 = 30;
pub const AUDIT_KEEP_MAX: i32 = 3650;
pub const AUDIT_KEEP_DEFAULT: i32 = 365;

#[derive(Debug, Clone, PartialEq)]
pub struct NewAuditEvent {
    pub workspace_id: i64,
    pub at: DateTime<Utc>,
    /// `None` when nobody of the team acted (a customer erasing their data).
    pub member_id: Option<i64>,
    pub action: String,
    /// The filter group (`clients`, `deals`, ...).
    pub area: String,
    pub record_kind: String,
    pub record_id: Option<i64>,
    /// The client the record belongs to.
    pub client_id: Option<i64>,
    /// The typed action as JSON (never text anyone typed).
    pub detail: String,
}

/// Which events a page shows; `None` fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditFilter {
    pub member_id: Option<i64>,
    pub area: Option<String>,
    /// `[from, to)`.
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// Where a page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditCursor {
    Newest,
    /// Events with a smaller id than this (the last one shown).
    Older(i64),
    /// Events with a larger id than this (the first one shown).
    Newer(i64),
}

/// An event with the names of what it concerns as they are now (`None`: that record no longer exists).
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub member_id: Option<i64>,
    pub action: String,
    pub record_kind: String,
    pub record_id: Option<i64>,
    pub client_id: Option<i64>,
    pub detail: String,
    pub actor_name: Option<String>,
    pub client_name: Option<String>,
    pub deal_title: Option<String>,
    pub member_name: Option<String>,
    pub campaign_name: Option<String>,
}

/// Every stored column of an event, for checks that no personal text got in.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct AuditRaw {
    pub id: i64,
    pub workspace_id: i64,
    pub member_id: Option<i64>,
    pub action: String,
    pub area: String,
    pub record_kind: String,
    pub record_id: Option<i64>,
    pub client_id: Option<i64>,
    pub detail: String,
}

#[async_trait]
pub trait AuditStore: Send + Sync {
    async fn record_audit(&self, event: &NewAuditEvent) -> StoreResult<()>;
    /// Up to `limit` events of the team, newest first, from `cursor` on.
    async fn audit_page(
        &self,
        workspace_id: i64,
        filter: &AuditFilter,
        cursor: AuditCursor,
        limit: i64,
    ) -> StoreResult<Vec<AuditRow>>;
    /// All of a team's stored events as written (oldest first).
    async fn audit_raw(&self, workspace_id: i64) -> StoreResult<Vec<AuditRaw>>;
    /// Days the team keeps its log; `None` if no such team.
    async fn audit_keep_days(&self, workspace_id: i64) -> StoreResult<Option<i32>>;
    async fn set_audit_keep_days(&self, workspace_id: i64, days: i32) -> StoreResult<bool>;
    /// Delete up to `limit` events older than their team's retention at `now`. Returns how many went.
    async fn prune_audit(&self, now: DateTime<Utc>, limit: i64) -> StoreResult<u64>;
}

pub(super) mod sql {
    pub const INSERT: &str = "INSERT INTO audit_event \
         (workspace_id, at, member_id, action, area, record_kind, record_id, client_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

    /// The page query up to its cursor condition; the names are those of the live records.
    macro_rules! page_select {
        () => {
            "SELECT e.id, e.at, e.member_id, e.action, e.record_kind, e.record_id, e.client_id, e.detail, \
             m.display_name AS actor_name, c.name AS client_name, d.title AS deal_title, \
             sm.display_name AS member_name, k.name AS campaign_name \
             FROM audit_event e \
             LEFT JOIN member m ON m.id = e.member_id \
             LEFT JOIN client c ON c.workspace_id = e.workspace_id AND c.id = e.client_id \
             LEFT JOIN deal d ON e.record_kind = 'deal' AND d.workspace_id = e.workspace_id AND d.id = e.record_id \
             LEFT JOIN member sm ON e.record_kind = 'member' AND sm.id = e.record_id \
             LEFT JOIN campaign k ON e.record_kind = 'campaign' AND k.workspace_id = e.workspace_id \
                 AND k.id = e.record_id \
             WHERE e.workspace_id = $1 AND ($2 IS NULL OR e.member_id = $2) AND ($3 IS NULL OR e.area = $3) \
             AND ($4 IS NULL OR e.at >= $4) AND ($5 IS NULL OR e.at < $5) "
        };
    }
    pub const OLDER: &str = concat!(page_select!(), "AND e.id < $6 ORDER BY e.id DESC LIMIT $7");
    pub const NEWER: &str = concat!(page_select!(), "AND e.id > $6 ORDER BY e.id ASC LIMIT $7");

    pub const RAW: &str = "SELECT id, workspace_id, member_id, action, area, record_kind, record_id, client_id, \
         detail FROM audit_event WHERE workspace_id = $1 ORDER BY id";
    pub const KEEP: &str = "SELECT audit_keep_days FROM workspace WHERE id = $1";
    pub const SET_KEEP: &str = "UPDATE workspace SET audit_keep_days = $2 WHERE id = $1";
}

/// Expands to `impl AuditStore for $store` over `self.pool: sqlx::Pool<$db>`. `prune` is the batch delete:
/// `$1` now, `$2` now minus the shortest retention (so the oldest-first index narrows the scan), `$3` the batch.
macro_rules! impl_audit_store {
    (store = $store:ty, db = $db:ty, prune = $prune:expr $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::AuditStore for $store {
            async fn record_audit(&self, e: &$crate::store::NewAuditEvent) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>($crate::store::audit::sql::INSERT)
                    .bind(e.workspace_id)
                    .bind(e.at)
                    .bind(e.member_id)
                    .bind(&e.action)
                    .bind(&e.area)
                    .bind(&e.record_kind)
                    .bind(e.record_id)
                    .bind(e.client_id)
                    .bind(&e.detail)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn audit_page(
                &self,
                workspace_id: i64,
                filter: &$crate::store::AuditFilter,
                cursor: $crate::store::AuditCursor,
                limit: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::AuditRow>> {
                use $crate::store::AuditCursor;
                use $crate::store::audit::sql;
                let (query, at, newer) = match cursor {
                    AuditCursor::Newest => (sql::OLDER, i64::MAX, false),
                    AuditCursor::Older(id) => (sql::OLDER, id, false),
                    AuditCursor::Newer(id) => (sql::NEWER, id, true),
                };
                let mut rows = sqlx::query_as::<$db, $crate::store::AuditRow>(query)
                    .bind(workspace_id)
                    .bind(filter.member_id)
                    .bind(filter.area.as_deref())
                    .bind(filter.from)
                    .bind(filter.to)
                    .bind(at)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                if newer {
                    rows.reverse();
                }
                Ok(rows)
            }

            async fn audit_raw(&self, workspace_id: i64) -> $crate::store::StoreResult<Vec<$crate::store::AuditRaw>> {
                Ok(sqlx::query_as::<$db, $crate::store::AuditRaw>($crate::store::audit::sql::RAW)
                    .bind(workspace_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn audit_keep_days(&self, workspace_id: i64) -> $crate::store::StoreResult<Option<i32>> {
                Ok(sqlx::query_scalar::<$db, i32>($crate::store::audit::sql::KEEP)
                    .bind(workspace_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn set_audit_keep_days(&self, workspace_id: i64, days: i32) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>($crate::store::audit::sql::SET_KEEP)
                    .bind(workspace_id)
                    .bind(days)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn prune_audit(
                &self,
                now: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> $crate::store::StoreResult<u64> {
                let shortest = now - chrono::Duration::days(i64::from($crate::store::AUDIT_KEEP_MIN));
                let done = sqlx::query::<$db>($prune).bind(now).bind(shortest).bind(limit).execute(&self.pool).await?;
                Ok(done.rows_affected())
            }
        }
    };
}
pub(crate) use impl_audit_store;
