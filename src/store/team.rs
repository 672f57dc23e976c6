//! Teams: memberships, roles, invites, removing a member and handing over their work.
//! The trait is the API; `impl_team_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).
//!
//! Times that decide something (an invite's expiry) come from the caller's clock, so tests can move time.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{
    Handover, Invite, InviteRefusal, Membership, NewInvite, RemoveRefusal, StoreResult, TeamMember, TeamOf, TeamPatch,
    Workspace,
};

#[async_trait]
pub trait TeamStore: Send + Sync {
    async fn create_invite(&self, new: &NewInvite, now: DateTime<Utc>) -> StoreResult<Invite>;
    /// The invite with this code, whatever its state (to explain why it no longer works).
    async fn invite_by_code(&self, code: &str) -> StoreResult<Option<Invite>>;
    /// A team's invites that can still be accepted at `now`, newest first.
    async fn active_invites(&self, workspace_id: i64, now: DateTime<Utc>) -> StoreResult<Vec<Invite>>;
    /// Revoke an invite nobody has used yet. False if there is no such unused invite in that team.
    async fn revoke_invite(&self, workspace_id: i64, invite_id: i64, now: DateTime<Utc>) -> StoreResult<bool>;
    /// In one transaction: mark the invite used (once, even under a race), add the membership with the invite's
    /// role and make the team the member's current one. A refusal changes nothing.
    async fn accept_invite(
        &self,
        code: &str,
        member_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Result<Membership, InviteRefusal>>;

    /// A team's members with roles, the owner first, then leads, then managers (each by joining date).
    async fn team_members(&self, workspace_id: i64) -> StoreResult<Vec<TeamMember>>;
    /// How many members a team has (cheap: the membership key).
    async fn member_count(&self, workspace_id: i64) -> StoreResult<i64>;
    /// The teams a member belongs to, in the order they joined them.
    async fn member_teams(&self, member_id: i64) -> StoreResult<Vec<TeamOf>>;
    /// Make a team the member's current one, only if they belong to it. Clears the client in focus.
    async fn switch_team(&self, member_id: i64, workspace_id: i64) -> StoreResult<bool>;
    /// Change a lead's or manager's role (never the owner's). False if no such member in that team.
    async fn set_member_role(&self, workspace_id: i64, member_id: i64, role: &str) -> StoreResult<bool>;
    /// Change the team's name and settings; `None` if no such team.
    async fn update_team(&self, workspace_id: i64, patch: &TeamPatch) -> StoreResult<Option<Workspace>>;
    /// In one transaction: the member's clients and deals in the team go to `heir` (each moved deal gets a
    /// `reassigned` event by `by_member_id`), their pending reminders there are cancelled, their membership ends,
    /// and if they were working in that team they move to another team of theirs (or none).
    async fn remove_member(
        &self,
        workspace_id: i64,
        member_id: i64,
        heir_id: i64,
        by_member_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Result<Handover, RemoveRefusal>>;
    /// Give a client to another member of the same team; its history stays as it was. False if the client or
    /// the member is not in that team.
    async fn reassign_client(
        &self,
        workspace_id: i64,
        client_id: i64,
        new_owner_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
}

/// Why a code did not work, from the invite as it is now.
pub(super) fn refusal_of(found: Option<&Invite>, now: DateTime<Utc>) -> InviteRefusal {
    match found {
        None => InviteRefusal::Unknown,
        Some(i) if i.revoked_at.is_some() => InviteRefusal::Revoked,
        Some(i) if i.used_at.is_some() => InviteRefusal::Used,
        Some(i) if i.expires_at <= now => InviteRefusal::Expired,
        // Valid at the time of reading but not claimable a moment ago: someone else's transaction won.
        Some(_) => InviteRefusal::Used,
    }
}

/// The `note` of a `reassigned` deal event: who had the deal and who has it now (member ids).
pub fn reassigned_note(from_member_id: i64, to_member_id: i64) -> String {
    format!("{{\"from\":{from_member_id},\"to\":{to_member_id}}}")
}

/// Expands to `impl TeamStore for $store` over `self.pool: sqlx::Pool<$db>`; `begin` opens a write transaction.
macro_rules! impl_team_store {
    (store = $store:ty, db = $db:ty, begin = $begin:expr $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::TeamStore for $store {
            async fn create_invite(
                &self,
                new: &$crate::store::NewInvite,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::Invite> {
                Ok(sqlx::query_as::<$db, $crate::store::Invite>(
                    "INSERT INTO invite (workspace_id, code, role, created_by, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
                )
                .bind(new.workspace_id)
                .bind(&new.code)
                .bind(&new.role)
                .bind(new.created_by)
                .bind(now)
                .bind(new.expires_at)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn invite_by_code(&self, code: &str) -> $crate::store::StoreResult<Option<$crate::store::Invite>> {
                Ok(sqlx::query_as::<$db, $crate::store::Invite>("SELECT * FROM invite WHERE code = $1")
                    .bind(code)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn active_invites(
                &self,
                workspace_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Invite>> {
                Ok(sqlx::query_as::<$db, $crate::store::Invite>(
                    "SELECT * FROM invite WHERE workspace_id = $1 AND used_at IS NULL AND revoked_at IS NULL \
                     AND expires_at > $2 ORDER BY created_at DESC, id DESC",
                )
                .bind(workspace_id)
                .bind(now)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn revoke_invite(
                &self,
                workspace_id: i64,
                invite_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE invite SET revoked_at = $3 \
                     WHERE workspace_id = $1 AND id = $2 AND used_at IS NULL AND revoked_at IS NULL",
                )
                .bind(workspace_id)
                .bind(invite_id)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn accept_invite(
                &self,
                code: &str,
                member_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Result<$crate::store::Membership, $crate::store::InviteRefusal>> {
                use $crate::store::InviteRefusal;
                let mut tx = self.pool.begin_with($begin).await?;
                // The claim: one conditional UPDATE. A second accept of the same code (even concurrent, even on
                // another instance) finds used_at set and claims nothing.
                let claimed = sqlx::query_as::<$db, $crate::store::Invite>(
                    "UPDATE invite SET used_at = $3, used_by = $2 \
                     WHERE code = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3 \
                     RETURNING *",
                )
                .bind(code)
                .bind(member_id)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(invite) = claimed else {
                    let found = sqlx::query_as::<$db, $crate::store::Invite>("SELECT * FROM invite WHERE code = $1")
                        .bind(code)
                        .fetch_optional(&mut *tx)
                        .await?;
                    tx.rollback().await?;
                    return Ok(Err($crate::store::team::refusal_of(found.as_ref(), now)));
                };
                let joined = sqlx::query::<$db>(
                    "INSERT INTO membership (workspace_id, member_id, role, joined_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (workspace_id, member_id) DO NOTHING",
                )
                .bind(invite.workspace_id)
                .bind(member_id)
                .bind(&invite.role)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                if joined.rows_affected() == 0 {
                    // Already in: the invite stays unused for the colleague it was meant for.
                    tx.rollback().await?;
                    return Ok(Err(InviteRefusal::AlreadyMember));
                }
                // An owner whose team has other members would leave them without an owner at work.
                let owned_busy: i64 = sqlx::query_scalar::<$db, i64>(
                    "SELECT COUNT(*) FROM workspace w WHERE w.owner_member_id = $1 AND w.id <> $2 \
                     AND EXISTS (SELECT 1 FROM membership o WHERE o.workspace_id = w.id AND o.member_id <> $1)",
                )
                .bind(member_id)
                .bind(invite.workspace_id)
                .fetch_one(&mut *tx)
                .await?;
                if owned_busy > 0 {
                    tx.rollback().await?;
                    return Ok(Err(InviteRefusal::OwnsTeam));
                }
                sqlx::query::<$db>(
                    "UPDATE member SET workspace_id = $2, focus_client_id = NULL, updated_at = $3 WHERE id = $1",
                )
                .bind(member_id)
                .bind(invite.workspace_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                let membership = sqlx::query_as::<$db, $crate::store::Membership>(
                    "SELECT * FROM membership WHERE workspace_id = $1 AND member_id = $2",
                )
                .bind(invite.workspace_id)
                .bind(member_id)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(Ok(membership))
            }

            async fn team_members(
                &self,
                workspace_id: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::TeamMember>> {
                Ok(sqlx::query_as::<$db, $crate::store::TeamMember>(
                    "SELECT ms.member_id, m.display_name, ms.role, ms.joined_at, \
                     (SELECT COUNT(*) FROM client c \
                      WHERE c.workspace_id = ms.workspace_id AND c.owner_member_id = ms.member_id) AS clients \
                     FROM membership ms JOIN member m ON m.id = ms.member_id \
                     WHERE ms.workspace_id = $1 \
                     ORDER BY CASE ms.role WHEN 'owner' THEN 0 WHEN 'lead' THEN 1 ELSE 2 END, \
                     ms.joined_at, ms.member_id",
                )
                .bind(workspace_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn member_count(&self, workspace_id: i64) -> $crate::store::StoreResult<i64> {
                Ok(sqlx::query_scalar::<$db, i64>("SELECT COUNT(*) FROM membership WHERE workspace_id = $1")
                    .bind(workspace_id)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn member_teams(&self, member_id: i64) -> $crate::store::StoreResult<Vec<$crate::store::TeamOf>> {
                Ok(sqlx::query_as::<$db, $crate::store::TeamOf>(
                    "SELECT w.id AS workspace_id, w.name, ms.role, \
                     (SELECT COUNT(*) FROM membership o WHERE o.workspace_id = w.id) AS members \
                     FROM membership ms JOIN workspace w ON w.id = ms.workspace_id \
                     WHERE ms.member_id = $1 ORDER BY ms.joined_at, w.id",
                )
                .bind(member_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn switch_team(&self, member_id: i64, workspace_id: i64) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE member SET workspace_id = $2, focus_client_id = NULL, updated_at = $3 \
                     WHERE id = $1 \
                     AND EXISTS (SELECT 1 FROM membership WHERE workspace_id = $2 AND member_id = $1)",
                )
                .bind(member_id)
                .bind(workspace_id)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn set_member_role(
                &self,
                workspace_id: i64,
                member_id: i64,
                role: &str,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE membership SET role = $3 \
                     WHERE workspace_id = $1 AND member_id = $2 AND role <> 'owner' AND $3 <> 'owner'",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(role)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn update_team(
                &self,
                workspace_id: i64,
                patch: &$crate::store::TeamPatch,
            ) -> $crate::store::StoreResult<Option<$crate::store::Workspace>> {
                Ok(sqlx::query_as::<$db, $crate::store::Workspace>(
                    "UPDATE workspace SET \
                     name = CASE WHEN $2 THEN $3 ELSE name END, \
                     shared_base = CASE WHEN $4 THEN $5 ELSE shared_base END, \
                     stale_days = CASE WHEN $6 THEN $7 ELSE stale_days END, \
                     updated_at = $8 \
                     WHERE id = $1 RETURNING *",
                )
                .bind(workspace_id)
                .bind(patch.name.is_some())
                .bind(patch.name.as_deref())
                .bind(patch.shared_base.is_some())
                .bind(patch.shared_base)
                .bind(patch.stale_days.is_some())
                .bind(patch.stale_days)
                .bind($crate::store::shared::now())
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn remove_member(
                &self,
                workspace_id: i64,
                member_id: i64,
                heir_id: i64,
                by_member_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Result<$crate::store::Handover, $crate::store::RemoveRefusal>> {
                use $crate::store::RemoveRefusal;
                let mut tx = self.pool.begin_with($begin).await?;
                // No-op writes lock both memberships (Postgres) so neither can end while the work moves.
                let lock =
                    "UPDATE membership SET role = role WHERE workspace_id = $1 AND member_id = $2 RETURNING role";
                let role: Option<String> = sqlx::query_scalar::<$db, String>(lock)
                    .bind(workspace_id)
                    .bind(member_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let refusal = match role.as_deref() {
                    None => Some(RemoveRefusal::NotMember),
                    Some("owner") => Some(RemoveRefusal::Owner),
                    Some(_) if heir_id == member_id => Some(RemoveRefusal::BadHeir),
                    Some(_) => None,
                };
                if let Some(refusal) = refusal {
                    tx.rollback().await?;
                    return Ok(Err(refusal));
                }
                let heir: Option<String> = sqlx::query_scalar::<$db, String>(lock)
                    .bind(workspace_id)
                    .bind(heir_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if heir.is_none() {
                    tx.rollback().await?;
                    return Ok(Err(RemoveRefusal::BadHeir));
                }
                let clients = sqlx::query::<$db>(
                    "UPDATE client SET owner_member_id = $3, updated_at = $4 \
                     WHERE workspace_id = $1 AND owner_member_id = $2",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(heir_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                // The hand-over goes into each deal's history; the history itself (authors) stays as it was.
                sqlx::query::<$db>(
                    "INSERT INTO deal_event (workspace_id, deal_id, member_id, at, kind, note) \
                     SELECT workspace_id, id, $3, $4, 'reassigned', $5 FROM deal \
                     WHERE workspace_id = $1 AND owner_member_id = $2",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(by_member_id)
                .bind(now)
                .bind($crate::store::team::reassigned_note(member_id, heir_id))
                .execute(&mut *tx)
                .await?;
                let deals = sqlx::query::<$db>(
                    "UPDATE deal SET owner_member_id = $3, version = version + 1, updated_at = $4 \
                     WHERE workspace_id = $1 AND owner_member_id = $2",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(heir_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                let reminders_cancelled = sqlx::query::<$db>(
                    "UPDATE reminder SET state = 'cancelled', updated_at = $3 \
                     WHERE workspace_id = $1 AND member_id = $2 AND state = 'pending'",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                sqlx::query::<$db>("DELETE FROM membership WHERE workspace_id = $1 AND member_id = $2")
                    .bind(workspace_id)
                    .bind(member_id)
                    .execute(&mut *tx)
                    .await?;
                // Working in that team? Then in their own team from now on (or none: /start makes one).
                sqlx::query::<$db>(
                    "UPDATE member SET workspace_id = ( \
                         SELECT workspace_id FROM membership WHERE member_id = $1 \
                         ORDER BY CASE role WHEN 'owner' THEN 0 ELSE 1 END, joined_at, workspace_id LIMIT 1), \
                     focus_client_id = NULL, dialog = NULL, updated_at = $3 \
                     WHERE id = $1 AND workspace_id = $2",
                )
                .bind(member_id)
                .bind(workspace_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                let their_team_now: Option<i64> =
                    sqlx::query_scalar::<$db, Option<i64>>("SELECT workspace_id FROM member WHERE id = $1")
                        .bind(member_id)
                        .fetch_one(&mut *tx)
                        .await?;
                tx.commit().await?;
                Ok(Ok($crate::store::Handover { clients, deals, reminders_cancelled, their_team_now }))
            }

            async fn reassign_client(
                &self,
                workspace_id: i64,
                client_id: i64,
                new_owner_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE client SET owner_member_id = $3, updated_at = $4 \
                     WHERE workspace_id = $1 AND id = $2 \
                     AND EXISTS (SELECT 1 FROM membership WHERE workspace_id = $1 AND member_id = $3)",
                )
                .bind(workspace_id)
                .bind(client_id)
                .bind(new_owner_id)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }
        }
    };
}
pub(crate) use impl_team_store;
