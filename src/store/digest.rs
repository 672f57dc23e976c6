//! The daily digest and stale alerts: who gets what when, each daily run claimed exactly once, and the facts a
//! digest is made of. The trait is the API; `impl_digest_store!` implements it for both backends (invoked in
//! sqlite.rs and postgres.rs). The SQL is the same in both dialects, so it lives in `sql` below.
//!
//! A daily run (a digest to one chat, or a member's stale sweep) is claimed by inserting its row keyed by
//! (member, chat, local date) with `ON CONFLICT DO NOTHING RETURNING`: whichever instance inserts it sends it,
//! every other one sees the row and moves on.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use super::{
    AgendaItem, ClosedSum, DailyRun, DigestMember, DigestPatch, Member, MemberCount, OverdueItem, RunClaim, RunKey,
    RunKind, RunOutcome, ScheduleMember, SourceCount, StaleItem, StoreResult, TargetRow, TeamGroup, Workspace,
};

#[async_trait]
pub trait DigestStore: Send + Sync {
    // --- schedules and claims ---

    /// Every member in the team they work in now (the digest and stale sweeps are decided from these).
    async fn schedule_members(&self) -> StoreResult<Vec<ScheduleMember>>;
    /// Every team group that gets the team digest.
    async fn team_groups(&self) -> StoreResult<Vec<TeamGroup>>;
    /// Runs of one kind with `local_date >= since`.
    async fn daily_runs_since(&self, kind: RunKind, since: NaiveDate) -> StoreResult<Vec<DailyRun>>;
    /// Insert the run in `sending`; true if this call created it (false: it exists, someone else has it).
    async fn claim_daily_run(&self, claim: &RunClaim<'_>) -> StoreResult<bool>;
    /// A failed run whose retry time has come back to `sending`; the attempts so far, or `None` if not claimable.
    async fn reclaim_daily_run(
        &self,
        kind: RunKind,
        key: &RunKey,
        instance: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<i32>>;
    /// Record how a claimed (`sending`) run ended.
    async fn finish_daily_run(&self, kind: RunKind, key: &RunKey, outcome: &RunOutcome) -> StoreResult<()>;
    /// Runs and stale alerts left in `sending` since before `older_than` become `interrupted` (never resent).
    async fn expire_daily_runs(&self, older_than: DateTime<Utc>) -> StoreResult<u64>;

    // --- settings ---

    /// Change a member's digest settings; `since` is when the change applies from.
    async fn set_digest_settings(
        &self,
        member_id: i64,
        patch: &DigestPatch,
        since: DateTime<Utc>,
    ) -> StoreResult<Member>;
    /// The team whose digest goes to this group.
    async fn workspace_by_group(&self, chat_id: i64) -> StoreResult<Option<Workspace>>;
    /// Post the team digest in this group (or in none); false if the group belongs to another team.
    async fn bind_group(&self, workspace_id: i64, chat_id: Option<i64>, now: DateTime<Utc>) -> StoreResult<bool>;

    // --- what a digest says; `owner` limits it to one member's work, `None` is the whole team ---

    async fn digest_team(&self, workspace_id: i64) -> StoreResult<Vec<DigestMember>>;
    /// Held meetings, calls and notes in `[from, to)`, per author and kind.
    async fn digest_activity_counts(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<MemberCount>>;
    /// Deal stage moves in `[from, to)`, per member who moved (kind "moved").
    async fn digest_deal_moves(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<MemberCount>>;
    /// Deals won and lost in `[from, to)`, per owner and currency.
    async fn digest_closed_deals(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<ClosedSum>>;
    /// Targets whose period starts within `[from, to]`.
    async fn digest_targets(&self, workspace_id: i64, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<TargetRow>>;
    /// The amount of deals in `currency` won in `[from, to)` (by `owner`, or the whole team).
    async fn won_total(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        currency: &str,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<i64>;
    /// Meetings and calls in `[from, to)`, earliest first: up to `limit`, and how many there are.
    async fn digest_agenda(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: i64,
    ) -> StoreResult<(Vec<AgendaItem>, i64)>;
    /// Reminders due in `[from, to)` that are neither done nor cancelled (meeting reminders aside), latest first.
    async fn digest_overdue(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: i64,
    ) -> StoreResult<(Vec<OverdueItem>, i64)>;
    /// Open deals without activity since before `cutoff`, quietest first.
    async fn stale_deals(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        cutoff: DateTime<Utc>,
        limit: i64,
    ) -> StoreResult<(Vec<StaleItem>, i64)>;
    /// Clients created in `[from, to)` per source.
    async fn digest_new_clients(
        &self,
        workspace_id: i64,
        owner: Option<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<SourceCount>>;

    // --- stale alerts ---

    /// The member's open deals and clients quiet since before `cutoff` that are due an alert: never alerted in
    /// this quiet spell, or the alert failed, or a snooze is over (at `now`). Quietest first; and how many.
    async fn stale_alert_candidates(
        &self,
        workspace_id: i64,
        owner: i64,
        cutoff: DateTime<Utc>,
        now: DateTime<Utc>,
        limit: i64,
    ) -> StoreResult<(Vec<StaleItem>, i64)>;
    /// Claim the alert for the subject's current quiet spell (`sending`); false if it is not due one.
    async fn claim_stale_alert(
        &self,
        workspace_id: i64,
        kind: &str,
        subject_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// Record how the claimed alerts of these subjects ended: `sent` or `failed` (tried again at the next sweep).
    async fn finish_stale_alerts(&self, subjects: &[(String, i64)], state: &str, now: DateTime<Utc>)
    -> StoreResult<()>;
    /// Hold back the subject's latest alert until `until` (then it may come once more); false if there is none.
    async fn snooze_stale_alert(
        &self,
        workspace_id: i64,
        kind: &str,
        subject_id: i64,
        until: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// A deal or client of the team as a stale item (whatever its activity), to act on a button.
    async fn stale_subject(&self, workspace_id: i64, kind: &str, subject_id: i64) -> StoreResult<Option<StaleItem>>;
}

/// The statements, shared by both dialects.
/// How many stale deals the digest counts at most (the LIMIT in `sql::STALE_DEALS_COUNT`): past this, "1000+"
/// says all a reader needs, and counting a big team's every quiet deal would cost more than the rest of the digest.
pub const STALE_COUNT_CAP: i64 = 1000;

pub(super) mod sql {
    pub const SCHEDULE_MEMBERS: &str = "SELECT m.id AS member_id, m.tg_user_id, m.display_name, m.locale, m.tz, \
         m.digest_on, m.digest_time, m.digest_days, m.digest_since, ms.workspace_id, w.name AS team_name, ms.role, \
         ms.joined_at, w.stale_days \
         FROM member m \
         JOIN membership ms ON ms.member_id = m.id AND ms.workspace_id = m.workspace_id \
         JOIN workspace w ON w.id = ms.workspace_id \
         ORDER BY m.id";

    pub const TEAM_GROUPS: &str = "SELECT w.id AS workspace_id, w.name AS team_name, w.group_chat_id AS chat_id, \
         w.group_bound_at AS bound_at, m.locale, m.tz, m.digest_time, m.digest_days, w.stale_days \
         FROM workspace w JOIN member m ON m.id = w.owner_member_id \
         WHERE w.group_chat_id IS NOT NULL ORDER BY w.id";

    pub const DIGEST_RUNS: &str = "SELECT member_id, chat_id, local_date, state, late, attempts, next_attempt_at \
         FROM digest_run WHERE local_date >= $1";
    pub const SWEEP_RUNS: &str = "SELECT member_id, CAST(0 AS BIGINT) AS chat_id, local_date, state, \
         (1 = 0) AS late, attempts, next_attempt_at FROM stale_sweep WHERE local_date >= $1";

    pub const CLAIM_DIGEST: &str = "INSERT INTO digest_run \
         (workspace_id, member_id, chat_id, local_date, state, late, claimed_by, claimed_at) \
         VALUES ($1, $2, $3, $4, 'sending', $5, $6, $7) \
         ON CONFLICT (member_id, chat_id, local_date) DO NOTHING RETURNING member_id";
    pub const CLAIM_SWEEP: &str = "INSERT INTO stale_sweep \
         (workspace_id, member_id, local_date, state, claimed_by, claimed_at) \
         VALUES ($1, $2, $3, 'sending', $4, $5) \
         ON CONFLICT (member_id, local_date) DO NOTHING RETURNING member_id";

    pub const RECLAIM_DIGEST: &str = "UPDATE digest_run SET state = 'sending', claimed_by = $4, claimed_at = $5 \
         WHERE member_id = $1 AND chat_id = $2 AND local_date = $3 AND state = 'failed' \
         AND next_attempt_at IS NOT NULL AND next_attempt_at <= $5 RETURNING attempts";
    pub const RECLAIM_SWEEP: &str = "UPDATE stale_sweep SET state = 'sending', claimed_by = $3, claimed_at = $4 \
         WHERE member_id = $1 AND local_date = $2 AND state = 'failed' \
         AND next_attempt_at IS NOT NULL AND next_attempt_at <= $4 RETURNING attempts";

    pub const SENT_DIGEST: &str = "UPDATE digest_run SET state = 'sent', sent_at = $4, next_attempt_at = NULL \
         WHERE member_id = $1 AND chat_id = $2 AND local_date = $3 AND state = 'sending'";
    pub const SENT_SWEEP: &str = "UPDATE stale_sweep SET state = 'sent', sent_at = $3, items = $4, \
         next_attempt_at = NULL WHERE member_id = $1 AND local_date = $2 AND state = 'sending'";
    pub const FAILED_DIGEST: &str = "UPDATE digest_run SET state = 'failed', attempts = attempts + 1, \
         last_error = $4, next_attempt_at = $5 \
         WHERE member_id = $1 AND chat_id = $2 AND local_date = $3 AND state = 'sending'";
    pub const FAILED_SWEEP: &str = "UPDATE stale_sweep SET state = 'failed', attempts = attempts + 1, \
         last_error = $3, next_attempt_at = $4 WHERE member_id = $1 AND local_date = $2 AND state = 'sending'";

    pub const EXPIRE_DIGESTS: &str =
        "UPDATE digest_run SET state = 'interrupted' WHERE state = 'sending' AND claimed_at < $1";
    pub const EXPIRE_SWEEPS: &str =
        "UPDATE stale_sweep SET state = 'interrupted' WHERE state = 'sending' AND claimed_at < $1";
    pub const EXPIRE_ALERTS: &str =
        "UPDATE stale_alert SET state = 'interrupted' WHERE state = 'sending' AND claimed_at < $1";

    pub const SET_SETTINGS: &str = "UPDATE member SET \
         digest_on = CASE WHEN $2 THEN $3 ELSE digest_on END, \
         digest_time = COALESCE($4, digest_time), \
         digest_days = COALESCE($5, digest_days), \
         digest_since = $6, updated_at = $6 \
         WHERE id = $1 RETURNING *";

    pub const BIND_GROUP: &str = "UPDATE workspace SET group_chat_id = $2, group_bound_at = $3, updated_at = $3 \
         WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM workspace o WHERE o.group_chat_id = $2 AND o.id <> $1)";

    pub const TEAM: &str = "SELECT m.id AS member_id, m.display_name, ms.role \
         FROM membership ms JOIN member m ON m.id = ms.member_id \
         WHERE ms.workspace_id = $1 ORDER BY ms.joined_at, m.id";

    pub const ACTIVITY_COUNTS: &str = "SELECT author_member_id AS member_id, kind, COUNT(*) AS n FROM activity \
         WHERE workspace_id = $1 AND done = TRUE AND happens_at >= $2 AND happens_at < $3 \
         AND ($4 IS NULL OR author_member_id = $4) \
         GROUP BY author_member_id, kind";

    pub const DEAL_MOVES: &str = "SELECT member_id, 'moved' AS kind, COUNT(*) AS n FROM deal_event \
         WHERE workspace_id = $1 AND kind = 'moved' AND at >= $2 AND at < $3 AND ($4 IS NULL OR member_id = $4) \
         GROUP BY member_id";

    pub const CLOSED_DEALS: &str = "SELECT owner_member_id AS member_id, 'won' AS outcome, currency, \
         COUNT(*) AS n, CAST(SUM(amount_minor) AS BIGINT) AS total FROM deal \
         WHERE workspace_id = $1 AND won_at >= $2 AND won_at < $3 AND ($4 IS NULL OR owner_member_id = $4) \
         GROUP BY owner_member_id, currency \
         UNION ALL \
         SELECT owner_member_id AS member_id, 'lost' AS outcome, currency, \
         COUNT(*) AS n, CAST(SUM(amount_minor) AS BIGINT) AS total FROM deal \
         WHERE workspace_id = $1 AND lost_at >= $2 AND lost_at < $3 AND ($4 IS NULL OR owner_member_id = $4) \
         GROUP BY owner_member_id, currency";

    pub const TARGETS: &str = "SELECT member_id, period_kind, period_start, currency, amount_minor FROM target \
         WHERE workspace_id = $1 AND period_start >= $2 AND period_start <= $3 \
         ORDER BY member_id, period_kind, currency";

    pub const WON_TOTAL: &str = "SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM deal \
         WHERE workspace_id = $1 AND currency = $2 AND won_at >= $3 AND won_at < $4 \
         AND ($5 IS NULL OR owner_member_id = $5)";

    pub const AGENDA: &str = "SELECT a.happens_at, a.kind, a.client_id, c.name AS client_name, \
         a.author_member_id AS member_id \
         FROM activity a JOIN client c ON c.workspace_id = a.workspace_id AND c.id = a.client_id \
         WHERE a.workspace_id = $1 AND a.kind IN ('meeting', 'call') AND a.happens_at >= $2 AND a.happens_at < $3 \
         AND ($4 IS NULL OR a.author_member_id = $4) \
         ORDER BY a.happens_at, a.id LIMIT $5";
    pub const AGENDA_COUNT: &str = "SELECT COUNT(*) FROM activity a \
         WHERE a.workspace_id = $1 AND a.kind IN ('meeting', 'call') AND a.happens_at >= $2 AND a.happens_at < $3 \
         AND ($4 IS NULL OR a.author_member_id = $4)";

    pub const OVERDUE: &str = "SELECT due_at, text, client_id, member_id FROM reminder \
         WHERE workspace_id = $1 AND due_at >= $2 AND due_at < $3 AND state NOT IN ('done', 'cancelled') \
         AND activity_id IS NULL AND ($4 IS NULL OR member_id = $4) \
         ORDER BY due_at DESC, id DESC LIMIT $5";
    pub const OVERDUE_COUNT: &str = "SELECT COUNT(*) FROM reminder \
         WHERE workspace_id = $1 AND due_at >= $2 AND due_at < $3 AND state NOT IN ('done', 'cancelled') \
         AND activity_id IS NULL AND ($4 IS NULL OR member_id = $4)";

    /// The columns of a deal as a `StaleItem` (tables `d`, `c`).
    macro_rules! deal_item {
        () => {
            "SELECT 'deal' AS kind, d.id, d.client_id, d.title, c.name AS client_name, d.amount_minor, \
             d.currency, d.last_activity_at AS quiet_since, d.owner_member_id \
             FROM deal d \
             JOIN stage s ON s.workspace_id = d.workspace_id AND s.id = d.stage_id \
             JOIN client c ON c.workspace_id = d.workspace_id AND c.id = d.client_id "
        };
    }
    /// The columns of a client as a `StaleItem` (table `c`).
    macro_rules! client_item {
        () => {
            "SELECT 'client' AS kind, c.id, c.id AS client_id, c.name AS title, c.name AS client_name, \
             CAST(NULL AS BIGINT) AS amount_minor, CAST(NULL AS TEXT) AS currency, \
             COALESCE(c.last_activity_at, c.created_at) AS quiet_since, c.owner_member_id \
             FROM client c "
        };
    }
    /// Not due an alert: one exists for this quiet spell that neither failed nor has a snooze that ended.
    macro_rules! alerted {
        ($kind:literal, $id:literal, $quiet:literal) => {
            concat!(
                "EXISTS (SELECT 1 FROM stale_alert a WHERE a.subject_kind = '",
                $kind,
                "' AND a.subject_id = ",
                $id,
                " AND a.quiet_since = ",
                $quiet,
                " AND a.state <> 'failed' \
                 AND (a.snoozed_until IS NULL OR a.snoozed_until > $4 OR a.state = 'sending'))"
            )
        };
    }

    /// The quietest first, read in `last_activity_at` order so the LIMIT stops the scan early. `CROSS JOIN` makes
    /// SQLite keep `deal` as the outer loop (Postgres plans it as an ordinary join): otherwise SQLite may drive the
    /// query from the stage index and sort every stale deal of the team before taking the first few.
    pub const STALE_DEALS: &str = "SELECT 'deal' AS kind, d.id, d.client_id, d.title, c.name AS client_name, \
         d.amount_minor, d.currency, d.last_activity_at AS quiet_since, d.owner_member_id \
         FROM deal d CROSS JOIN stage s CROSS JOIN client c \
         WHERE d.workspace_id = $1 AND d.last_activity_at < $2 AND ($3 IS NULL OR d.owner_member_id = $3) \
         AND s.workspace_id = d.workspace_id AND s.id = d.stage_id AND s.kind = 'open' \
         AND c.workspace_id = d.workspace_id AND c.id = d.client_id \
         ORDER BY d.last_activity_at, d.id LIMIT $4";
    pub const STALE_DEALS_COUNT: &str = "SELECT COUNT(*) FROM (SELECT 1 FROM stage s CROSS JOIN deal d \
         WHERE s.workspace_id = $1 AND s.kind = 'open' AND d.workspace_id = s.workspace_id AND d.stage_id = s.id \
         AND d.last_activity_at < $2 AND ($3 IS NULL OR d.owner_member_id = $3) LIMIT 1000) AS capped";

    /// `$1` team, `$2` owner, `$3` cutoff, `$4` now.
    macro_rules! candidate_filters {
        (deals) => {
            concat!(
                "WHERE d.workspace_id = $1 AND d.owner_member_id = $2 AND s.kind = 'open' \
                 AND d.last_activity_at < $3 AND NOT ",
                alerted!("deal", "d.id", "d.last_activity_at")
            )
        };
        (clients) => {
            concat!(
                "WHERE c.workspace_id = $1 AND c.owner_member_id = $2 \
                 AND COALESCE(c.last_activity_at, c.created_at) < $3 AND NOT ",
                alerted!("client", "c.id", "COALESCE(c.last_activity_at, c.created_at)")
            )
        };
    }

    pub const ALERT_CANDIDATES: &str = concat!(
        deal_item!(),
        candidate_filters!(deals),
        " UNION ALL ",
        client_item!(),
        candidate_filters!(clients),
        " ORDER BY quiet_since, kind, id LIMIT $5"
    );
    pub const ALERT_CANDIDATES_COUNT: &str = concat!(
        "SELECT (SELECT COUNT(*) FROM deal d \
         JOIN stage s ON s.workspace_id = d.workspace_id AND s.id = d.stage_id ",
        candidate_filters!(deals),
        ") + (SELECT COUNT(*) FROM client c ",
        candidate_filters!(clients),
        ")"
    );

    /// A new spell's alert is inserted; an existing one is taken again only if it failed or its snooze is over.
    macro_rules! claim_alert {
        ($select:literal) => {
            concat!(
                "INSERT INTO stale_alert (workspace_id, subject_kind, subject_id, quiet_since, state, claimed_at) ",
                $select,
                " ON CONFLICT (subject_kind, subject_id, quiet_since) DO UPDATE \
                 SET state = 'sending', claimed_at = excluded.claimed_at, snoozed_until = NULL \
                 WHERE stale_alert.state = 'failed' OR (stale_alert.snoozed_until IS NOT NULL \
                 AND stale_alert.snoozed_until <= excluded.claimed_at AND stale_alert.state <> 'sending') \
                 RETURNING subject_id"
            )
        };
    }
    pub const CLAIM_DEAL_ALERT: &str = claim_alert!(
        "SELECT workspace_id, 'deal', id, last_activity_at, 'sending', $3 FROM deal WHERE workspace_id = $1 AND id = $2"
    );
    pub const CLAIM_CLIENT_ALERT: &str = claim_alert!(
        "SELECT workspace_id, 'client', id, COALESCE(last_activity_at, created_at), 'sending', $3 FROM client \
         WHERE workspace_id = $1 AND id = $2"
    );

    pub const FINISH_ALERT: &str = "UPDATE stale_alert SET state = $3, sent_at = $4 \
         WHERE subject_kind = $1 AND subject_id = $2 AND state = 'sending'";

    pub const SNOOZE_ALERT: &str = "UPDATE stale_alert SET snoozed_until = $4 \
         WHERE workspace_id = $1 AND subject_kind = $2 AND subject_id = $3 AND state <> 'sending' \
         AND quiet_since = (SELECT MAX(quiet_since) FROM stale_alert \
             WHERE workspace_id = $1 AND subject_kind = $2 AND subject_id = $3)";

    pub const DEAL_SUBJECT: &str = concat!(deal_item!(), "WHERE d.workspace_id = $1 AND d.id = $2");
    pub const CLIENT_SUBJECT: &str = concat!(client_item!(), "WHERE c.workspace_id = $1 AND c.id = $2");
}

/// Expands to `impl DigestStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_digest_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::DigestStore for $store {
            async fn schedule_members(&self) -> $crate::store::StoreResult<Vec<$crate::store::ScheduleMember>> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::ScheduleMember>(sql::SCHEDULE_MEMBERS)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn team_groups(&self) -> $crate::store::StoreResult<Vec<$crate::store::TeamGroup>> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::TeamGroup>(sql::TEAM_GROUPS).fetch_all(&self.pool).await?)
            }

            async fn daily_runs_since(
                &self,
                kind: $crate::store::RunKind,
                since: chrono::NaiveDate,
            ) -> $crate::store::StoreResult<Vec<$crate::store::DailyRun>> {
                use $crate::store::digest::sql;
                let query = match kind {
                    $crate::store::RunKind::Digest => sql::DIGEST_RUNS,
                    $crate::store::RunKind::StaleSweep => sql::SWEEP_RUNS,
                };
                Ok(sqlx::query_as::<$db, $crate::store::DailyRun>(query).bind(since).fetch_all(&self.pool).await?)
            }

            async fn claim_daily_run(&self, claim: &$crate::store::RunClaim<'_>) -> $crate::store::StoreResult<bool> {
                use $crate::store::digest::sql;
                let key = &claim.key;
                let row = match claim.kind {
                    $crate::store::RunKind::Digest => {
                        sqlx::query_scalar::<$db, i64>(sql::CLAIM_DIGEST)
                            .bind(claim.workspace_id)
                            .bind(key.member_id)
                            .bind(key.chat_id)
                            .bind(key.local_date)
                            .bind(claim.late)
                            .bind(claim.instance)
                            .bind(claim.now)
                            .fetch_optional(&self.pool)
                            .await?
                    }
                    $crate::store::RunKind::StaleSweep => {
                        sqlx::query_scalar::<$db, i64>(sql::CLAIM_SWEEP)
                            .bind(claim.workspace_id)
                            .bind(key.member_id)
                            .bind(key.local_date)
                            .bind(claim.instance)
                            .bind(claim.now)
                            .fetch_optional(&self.pool)
                            .await?
                    }
                };
                Ok(row.is_some())
            }

            async fn reclaim_daily_run(
                &self,
                kind: $crate::store::RunKind,
                key: &$crate::store::RunKey,
                instance: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Option<i32>> {
                use $crate::store::digest::sql;
                Ok(match kind {
                    $crate::store::RunKind::Digest => {
                        sqlx::query_scalar::<$db, i32>(sql::RECLAIM_DIGEST)
                            .bind(key.member_id)
                            .bind(key.chat_id)
                            .bind(key.local_date)
                            .bind(instance)
                            .bind(now)
                            .fetch_optional(&self.pool)
                            .await?
                    }
                    $crate::store::RunKind::StaleSweep => {
                        sqlx::query_scalar::<$db, i32>(sql::RECLAIM_SWEEP)
                            .bind(key.member_id)
                            .bind(key.local_date)
                            .bind(instance)
                            .bind(now)
                            .fetch_optional(&self.pool)
                            .await?
                    }
                })
            }

            async fn finish_daily_run(
                &self,
                kind: $crate::store::RunKind,
                key: &$crate::store::RunKey,
                outcome: &$crate::store::RunOutcome,
            ) -> $crate::store::StoreResult<()> {
                use $crate::store::digest::sql;
                use $crate::store::{RunKind, RunOutcome};
                let query = match (kind, outcome) {
                    (RunKind::Digest, RunOutcome::Sent { at, .. }) => sqlx::query::<$db>(sql::SENT_DIGEST)
                        .bind(key.member_id)
                        .bind(key.chat_id)
                        .bind(key.local_date)
                        .bind(*at),
                    (RunKind::StaleSweep, RunOutcome::Sent { at, items }) => sqlx::query::<$db>(sql::SENT_SWEEP)
                        .bind(key.member_id)
                        .bind(key.local_date)
                        .bind(*at)
                        .bind(*items),
                    (RunKind::Digest, RunOutcome::Failed { error, retry_at }) => sqlx::query::<$db>(sql::FAILED_DIGEST)
                        .bind(key.member_id)
                        .bind(key.chat_id)
                        .bind(key.local_date)
                        .bind(error.clone())
                        .bind(*retry_at),
                    (RunKind::StaleSweep, RunOutcome::Failed { error, retry_at }) => {
                        sqlx::query::<$db>(sql::FAILED_SWEEP)
                            .bind(key.member_id)
                            .bind(key.local_date)
                            .bind(error.clone())
                            .bind(*retry_at)
                    }
                };
                query.execute(&self.pool).await?;
                Ok(())
            }

            async fn expire_daily_runs(
                &self,
                older_than: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<u64> {
                use $crate::store::digest::sql;
                let mut expired = 0;
                for statement in [sql::EXPIRE_DIGESTS, sql::EXPIRE_SWEEPS, sql::EXPIRE_ALERTS] {
                    expired +=
                        sqlx::query::<$db>(statement).bind(older_than).execute(&self.pool).await?.rows_affected();
                }
                Ok(expired)
            }

            async fn set_digest_settings(
                &self,
                member_id: i64,
                patch: &$crate::store::DigestPatch,
                since: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::Member> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::Member>(sql::SET_SETTINGS)
                    .bind(member_id)
                    .bind(patch.on.is_some())
                    .bind(patch.on)
                    .bind(patch.time.as_deref())
                    .bind(patch.days.as_deref())
                    .bind(since)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn workspace_by_group(
                &self,
                chat_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Workspace>> {
                Ok(sqlx::query_as::<$db, $crate::store::Workspace>("SELECT * FROM workspace WHERE group_chat_id = $1")
                    .bind(chat_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn bind_group(
                &self,
                workspace_id: i64,
                chat_id: Option<i64>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                use $crate::store::digest::sql;
                let done = sqlx::query::<$db>(sql::BIND_GROUP)
                    .bind(workspace_id)
                    .bind(chat_id)
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn digest_team(
                &self,
                workspace_id: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::DigestMember>> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::DigestMember>(sql::TEAM)
                    .bind(workspace_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn digest_activity_counts(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::MemberCount>> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::MemberCount>(sql::ACTIVITY_COUNTS)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn digest_deal_moves(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::MemberCount>> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::MemberCount>(sql::DEAL_MOVES)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn digest_closed_deals(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::ClosedSum>> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::ClosedSum>(sql::CLOSED_DEALS)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn digest_targets(
                &self,
                workspace_id: i64,
                from: chrono::NaiveDate,
                to: chrono::NaiveDate,
            ) -> $crate::store::StoreResult<Vec<$crate::store::TargetRow>> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_as::<$db, $crate::store::TargetRow>(sql::TARGETS)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn won_total(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                currency: &str,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<i64> {
                use $crate::store::digest::sql;
                Ok(sqlx::query_scalar::<$db, i64>(sql::WON_TOTAL)
                    .bind(workspace_id)
                    .bind(currency)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn digest_agenda(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> $crate::store::StoreResult<(Vec<$crate::store::AgendaItem>, i64)> {
                use $crate::store::digest::sql;
                let rows = sqlx::query_as::<$db, $crate::store::AgendaItem>(sql::AGENDA)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                let total = sqlx::query_scalar::<$db, i64>(sql::AGENDA_COUNT)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_one(&self.pool)
                    .await?;
                Ok((rows, total))
            }

            async fn digest_overdue(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> $crate::store::StoreResult<(Vec<$crate::store::OverdueItem>, i64)> {
                use $crate::store::digest::sql;
                let rows = sqlx::query_as::<$db, $crate::store::OverdueItem>(sql::OVERDUE)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                let total = sqlx::query_scalar::<$db, i64>(sql::OVERDUE_COUNT)
                    .bind(workspace_id)
                    .bind(from)
                    .bind(to)
                    .bind(owner)
                    .fetch_one(&self.pool)
                    .await?;
                Ok((rows, total))
            }

            async fn stale_deals(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                cutoff: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> $crate::store::StoreResult<(Vec<$crate::store::StaleItem>, i64)> {
                use $crate::store::digest::sql;
                let rows = sqlx::query_as::<$db, $crate::store::StaleItem>(sql::STALE_DEALS)
                    .bind(workspace_id)
                    .bind(cutoff)
                    .bind(owner)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                let total = sqlx::query_scalar::<$db, i64>(sql::STALE_DEALS_COUNT)
                    .bind(workspace_id)
                    .bind(cutoff)
                    .bind(owner)
                    .fetch_one(&self.pool)
                    .await?;
                Ok((rows, total))
            }

            async fn digest_new_clients(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::SourceCount>> {
                Ok(sqlx::query_as::<$db, $crate::store::SourceCount>(
                    "SELECT source, COUNT(*) AS n FROM client \
                     WHERE workspace_id = $1 AND created_at >= $2 AND created_at < $3 \
                     AND ($4 IS NULL OR owner_member_id = $4) \
                     GROUP BY source ORDER BY COUNT(*) DESC, source IS NULL, source",
                )
                .bind(workspace_id)
                .bind(from)
                .bind(to)
                .bind(owner)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn stale_alert_candidates(
                &self,
                workspace_id: i64,
                owner: i64,
                cutoff: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> $crate::store::StoreResult<(Vec<$crate::store::StaleItem>, i64)> {
                use $crate::store::digest::sql;
                let rows = sqlx::query_as::<$db, $crate::store::StaleItem>(sql::ALERT_CANDIDATES)
                    .bind(workspace_id)
                    .bind(owner)
                    .bind(cutoff)
                    .bind(now)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                let total = sqlx::query_scalar::<$db, i64>(sql::ALERT_CANDIDATES_COUNT)
                    .bind(workspace_id)
                    .bind(owner)
                    .bind(cutoff)
                    .bind(now)
                    .fetch_one(&self.pool)
                    .await?;
                Ok((rows, total))
            }

            async fn claim_stale_alert(
                &self,
                workspace_id: i64,
                kind: &str,
                subject_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                use $crate::store::digest::sql;
                let query = match kind {
                    "deal" => sql::CLAIM_DEAL_ALERT,
                    "client" => sql::CLAIM_CLIENT_ALERT,
                    _ => return Ok(false),
                };
                let claimed = sqlx::query_scalar::<$db, i64>(query)
                    .bind(workspace_id)
                    .bind(subject_id)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(claimed.is_some())
            }

            async fn finish_stale_alerts(
                &self,
                subjects: &[(String, i64)],
                state: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<()> {
                use $crate::store::digest::sql;
                let sent_at = (state == "sent").then_some(now);
                for (kind, id) in subjects {
                    sqlx::query::<$db>(sql::FINISH_ALERT)
                        .bind(kind.as_str())
                        .bind(*id)
                        .bind(state)
                        .bind(sent_at)
                        .execute(&self.pool)
                        .await?;
                }
                Ok(())
            }

            async fn snooze_stale_alert(
                &self,
                workspace_id: i64,
                kind: &str,
                subject_id: i64,
                until: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                use $crate::store::digest::sql;
                let done = sqlx::query::<$db>(sql::SNOOZE_ALERT)
                    .bind(workspace_id)
                    .bind(kind)
                    .bind(subject_id)
                    .bind(until)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn stale_subject(
                &self,
                workspace_id: i64,
                kind: &str,
                subject_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::StaleItem>> {
                use $crate::store::digest::sql;
                let query = match kind {
                    "deal" => sql::DEAL_SUBJECT,
                    "client" => sql::CLIENT_SUBJECT,
                    _ => return Ok(None),
                };
                Ok(sqlx::query_as::<$db, $crate::store::StaleItem>(query)
                    .bind(workspace_id)
                    .bind(subject_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }
        }
    };
}
pub(crate) use impl_digest_store;
