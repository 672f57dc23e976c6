//! The `Store` implementation both backends share. Almost all SQL is the same in both dialects (`$1`
//! placeholders work on SQLite too), so it is written once, in `impl_store!`, and expanded for each pool type with
//! the few dialect-specific statements passed in.
//!
//! Every timestamp is bound from Rust (`now()`), never taken from SQL: on SQLite the stored text must have the
//! exact format sqlx gives a bound `DateTime<Utc>`, or comparisons with bound values go wrong.

use chrono::{DateTime, DurationRound, TimeDelta, Utc};

use super::{Client, StoreError};

/// The current time, truncated to microseconds (what Postgres keeps), so both backends store the same value.
pub(super) fn now() -> DateTime<Utc> {
    let t = Utc::now();
    t.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(t)
}

/// Escape `\`, `%` and `_` for a `LIKE … ESCAPE '\'` pattern.
pub(super) fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A `LIKE` pattern matching `value` as one whole entry of a `\n`-joined list wrapped in `\n` on both sides.
pub(super) fn list_entry_pattern(value: &str) -> String {
    format!("%\n{}\n%", like_escape(value))
}

/// Merge result sets by id, newest first (as `find_clients` orders).
pub(super) fn merge_clients(mut rows: Vec<Client>) -> Vec<Client> {
    rows.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.id.cmp(&a.id)));
    rows.dedup_by_key(|c| c.id);
    rows
}

pub(super) fn not_found() -> StoreError {
    StoreError::Db(sqlx::Error::RowNotFound)
}

/// The joined row a claim hands to the scheduler (`DueReminder`).
pub(super) const DUE_REMINDER_BY_ID: &str = "SELECT r.*, m.tg_user_id, m.locale, m.tz, c.name AS client_name \
     FROM reminder r \
     JOIN member m ON m.id = r.member_id \
     LEFT JOIN client c ON c.id = r.client_id \
     WHERE r.id = $1";

/// Expands to `impl Store for $store` over `self.pool: sqlx::Pool<$db>`.
///
/// - `migrator`: a `static sqlx::migrate::Migrator` of the backend's migration folder;
/// - `begin`: the statement that opens a write transaction (`BEGIN IMMEDIATE` on SQLite takes the write lock
///   up front, so a transaction never fails half-way on a lock upgrade);
/// - `claim`: `UPDATE reminder … RETURNING id` moving the one earliest due row to `sending`; binds `$1` now,
///   `$2` instance;
/// - `claim_notice`: `UPDATE reminder … RETURNING id` stamping `notified_at` on one untold `interrupted` row;
///   binds `$1` now.
macro_rules! impl_store {
    (
        store = $store:ty,
        db = $db:ty,
        migrator = $migrator:path,
        begin = $begin:expr,
        claim = $claim:expr,
        claim_notice = $claim_notice:expr,
        find_match = $find_match:literal $(,)?
    ) => {
        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            async fn migrate(&self) -> $crate::store::StoreResult<()> {
                $migrator.run(&self.pool).await?;
                Ok(())
            }

            // --- members and workspaces ---

            async fn member_by_tg(
                &self,
                tg_user_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Member>> {
                Ok(
                    sqlx::query_as::<$db, $crate::store::Member>("SELECT * FROM member WHERE tg_user_id = $1")
                        .bind(tg_user_id)
                        .fetch_optional(&self.pool)
                        .await?,
                )
            }

            async fn ensure_member(
                &self,
                tg_user_id: i64,
                display_name: &str,
                locale: &str,
                tz: &str,
            ) -> $crate::store::StoreResult<$crate::store::Member> {
                sqlx::query::<$db>(
                    "INSERT INTO member (tg_user_id, display_name, locale, tz, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $5) \
                     ON CONFLICT (tg_user_id) DO NOTHING",
                )
                .bind(tg_user_id)
                .bind(display_name)
                .bind(locale)
                .bind(tz)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(
                    sqlx::query_as::<$db, $crate::store::Member>("SELECT * FROM member WHERE tg_user_id = $1")
                        .bind(tg_user_id)
                        .fetch_one(&self.pool)
                        .await?,
                )
            }

            async fn update_member(
                &self,
                member_id: i64,
                patch: &$crate::store::MemberPatch,
            ) -> $crate::store::StoreResult<$crate::store::Member> {
                Ok(sqlx::query_as::<$db, $crate::store::Member>(
                    "UPDATE member SET \
                     display_name = CASE WHEN $2 THEN $3 ELSE display_name END, \
                     locale = CASE WHEN $4 THEN $5 ELSE locale END, \
                     tz = CASE WHEN $6 THEN $7 ELSE tz END, \
                     remind_before_min = CASE WHEN $8 THEN $9 ELSE remind_before_min END, \
                     focus_client_id = CASE WHEN $10 THEN $11 ELSE focus_client_id END, \
                     dialog = CASE WHEN $12 THEN $13 ELSE dialog END, \
                     updated_at = $14 \
                     WHERE id = $1 RETURNING *",
                )
                .bind(member_id)
                .bind(patch.display_name.is_some())
                .bind(patch.display_name.as_deref())
                .bind(patch.locale.is_some())
                .bind(patch.locale.as_deref())
                .bind(patch.tz.is_some())
                .bind(patch.tz.as_deref())
                .bind(patch.remind_before_min.is_some())
                .bind(patch.remind_before_min)
                .bind(patch.focus_client_id.is_some())
                .bind(patch.focus_client_id.flatten())
                .bind(patch.dialog.is_some())
                .bind(patch.dialog.as_ref().and_then(|d| d.as_deref()))
                .bind($crate::store::shared::now())
                .fetch_one(&self.pool)
                .await?)
            }

            async fn ensure_workspace(
                &self,
                member_id: i64,
                name: &str,
            ) -> $crate::store::StoreResult<$crate::store::Workspace> {
                let mut tx = self.pool.begin_with($begin).await?;
                // A no-op write first: it locks the member row (Postgres) / takes the write lock (SQLite), so two
                // concurrent calls cannot both create a workspace.
                let current: Option<Option<i64>> = sqlx::query_scalar::<$db, Option<i64>>(
                    "UPDATE member SET workspace_id = workspace_id WHERE id = $1 RETURNING workspace_id",
                )
                .bind(member_id)
                .fetch_optional(&mut *tx)
                .await?;
                let workspace = match current {
                    None => return Err($crate::store::shared::not_found()),
                    Some(Some(workspace_id)) => {
                        sqlx::query_as::<$db, $crate::store::Workspace>("SELECT * FROM workspace WHERE id = $1")
                            .bind(workspace_id)
                            .fetch_one(&mut *tx)
                            .await?
                    }
                    Some(None) => {
                        let now = $crate::store::shared::now();
                        let workspace = sqlx::query_as::<$db, $crate::store::Workspace>(
                            "INSERT INTO workspace (name, owner_member_id, created_at, updated_at) \
                             VALUES ($1, $2, $3, $3) RETURNING *",
                        )
                        .bind(name)
                        .bind(member_id)
                        .bind(now)
                        .fetch_one(&mut *tx)
                        .await?;
                        sqlx::query::<$db>("UPDATE member SET workspace_id = $2, updated_at = $3 WHERE id = $1")
                            .bind(member_id)
                            .bind(workspace.id)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                        sqlx::query::<$db>(
                            "INSERT INTO membership (workspace_id, member_id, role, joined_at) \
                             VALUES ($1, $2, 'owner', $3)",
                        )
                        .bind(workspace.id)
                        .bind(member_id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                        workspace
                    }
                };
                tx.commit().await?;
                Ok(workspace)
            }

            // --- clients ---

            async fn get_workspace(
                &self,
                workspace_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Workspace>> {
                Ok(sqlx::query_as::<$db, $crate::store::Workspace>("SELECT * FROM workspace WHERE id = $1")
                    .bind(workspace_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn get_member(&self, member_id: i64) -> $crate::store::StoreResult<Option<$crate::store::Member>> {
                Ok(sqlx::query_as::<$db, $crate::store::Member>("SELECT * FROM member WHERE id = $1")
                    .bind(member_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn membership(
                &self,
                workspace_id: i64,
                member_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Membership>> {
                Ok(sqlx::query_as::<$db, $crate::store::Membership>(
                    "SELECT * FROM membership WHERE workspace_id = $1 AND member_id = $2",
                )
                .bind(workspace_id)
                .bind(member_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn insert_client(
                &self,
                new: &$crate::store::NewClient,
            ) -> $crate::store::StoreResult<$crate::store::Client> {
                Ok(sqlx::query_as::<$db, $crate::store::Client>(
                    "INSERT INTO client (workspace_id, name, name_folded, phones, emails, company, tags, source, \
                     owner_member_id, search_text, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING *",
                )
                .bind(new.workspace_id)
                .bind(&new.name)
                .bind(&new.name_folded)
                .bind(new.phones.join("\n"))
                .bind(new.emails.join("\n"))
                .bind(new.company.as_deref())
                .bind(new.tags.join("\n"))
                .bind(new.source.as_deref())
                .bind(new.owner_member_id)
                .bind(&new.search_text)
                .bind($crate::store::shared::now())
                .fetch_one(&self.pool)
                .await?)
            }

            async fn get_client(
                &self,
                workspace_id: i64,
                client_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Client>> {
                Ok(sqlx::query_as::<$db, $crate::store::Client>(
                    "SELECT * FROM client WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(client_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn update_client(
                &self,
                client: &$crate::store::Client,
            ) -> $crate::store::StoreResult<$crate::store::Client> {
                Ok(sqlx::query_as::<$db, $crate::store::Client>(
                    "UPDATE client SET name = $3, name_folded = $4, phones = $5, emails = $6, company = $7, \
                     tags = $8, source = $9, search_text = $10, updated_at = $11 \
                     WHERE workspace_id = $1 AND id = $2 RETURNING *",
                )
                .bind(client.workspace_id)
                .bind(client.id)
                .bind(&client.name)
                .bind(&client.name_folded)
                .bind(&client.phones)
                .bind(&client.emails)
                .bind(client.company.as_deref())
                .bind(&client.tags)
                .bind(client.source.as_deref())
                .bind(&client.search_text)
                .bind($crate::store::shared::now())
                .fetch_one(&self.pool)
                .await?)
            }

            async fn find_clients(
                &self,
                workspace_id: i64,
                owner: Option<i64>,
                needle: &str,
                limit: i64,
                offset: i64,
            ) -> $crate::store::StoreResult<(Vec<$crate::store::Client>, i64)> {
                let raw_needle = needle;
                let needle = $crate::store::shared::like_escape(needle);
                // `$find_match` lets the backend's substring index narrow the rows first (with the raw needle, a
                // superset); the escaped LIKE then decides exactly.
                let page = sqlx::query_as::<$db, $crate::store::Client>(concat!(
                    "SELECT * FROM client \
                     WHERE workspace_id = $1 AND ",
                    $find_match,
                    " AND search_text LIKE '%' || $2 || '%' ESCAPE '\\' \
                     AND ($5 IS NULL OR owner_member_id = $5) \
                     ORDER BY updated_at DESC, id DESC LIMIT $3 OFFSET $4"
                ))
                .bind(workspace_id)
                .bind(&needle)
                .bind(limit)
                .bind(offset)
                .bind(owner)
                .bind(raw_needle)
                .fetch_all(&self.pool)
                .await?;
                let total: i64 = sqlx::query_scalar::<$db, i64>(concat!(
                    "SELECT COUNT(*) FROM client \
                     WHERE workspace_id = $1 AND ",
                    $find_match,
                    " AND search_text LIKE '%' || $2 || '%' ESCAPE '\\' \
                     AND ($5 IS NULL OR owner_member_id = $5) AND $3 >= 0 AND $4 >= 0"
                ))
                .bind(workspace_id)
                .bind(&needle)
                .bind(limit)
                .bind(offset)
                .bind(owner)
                .bind(raw_needle)
                .fetch_one(&self.pool)
                .await?;
                Ok((page, total))
            }

            async fn find_duplicates(
                &self,
                workspace_id: i64,
                phones: &[String],
                emails: &[String],
                folded_name: &str,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Client>> {
                let mut found = Vec::new();
                if !folded_name.is_empty() {
                    found.extend(
                        sqlx::query_as::<$db, $crate::store::Client>(
                            "SELECT * FROM client WHERE workspace_id = $1 AND name_folded = $2",
                        )
                        .bind(workspace_id)
                        .bind(folded_name)
                        .fetch_all(&self.pool)
                        .await?,
                    );
                }
                // One query per value: an exact entry of the `\n`-joined list.
                for phone in phones.iter().filter(|p| !p.is_empty()) {
                    found.extend(
                        sqlx::query_as::<$db, $crate::store::Client>(
                            "SELECT * FROM client \
                             WHERE workspace_id = $1 AND ($2 || phones || $2) LIKE $3 ESCAPE '\\'",
                        )
                        .bind(workspace_id)
                        .bind("\n")
                        .bind($crate::store::shared::list_entry_pattern(phone))
                        .fetch_all(&self.pool)
                        .await?,
                    );
                }
                for email in emails.iter().filter(|e| !e.is_empty()) {
                    found.extend(
                        sqlx::query_as::<$db, $crate::store::Client>(
                            "SELECT * FROM client \
                             WHERE workspace_id = $1 AND ($2 || emails || $2) LIKE $3 ESCAPE '\\'",
                        )
                        .bind(workspace_id)
                        .bind("\n")
                        .bind($crate::store::shared::list_entry_pattern(email))
                        .fetch_all(&self.pool)
                        .await?,
                    );
                }
                Ok($crate::store::shared::merge_clients(found))
            }

            // --- activities ---

            async fn insert_activity(
                &self,
                new: &$crate::store::NewActivity,
            ) -> $crate::store::StoreResult<$crate::store::Activity> {
                let mut tx = self.pool.begin_with($begin).await?;
                let activity = sqlx::query_as::<$db, $crate::store::Activity>(
                    "INSERT INTO activity (workspace_id, client_id, kind, happens_at, done, summary, outcome, \
                     author_member_id, deal_id, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING *",
                )
                .bind(new.workspace_id)
                .bind(new.client_id)
                .bind(new.kind.as_str())
                .bind(new.happens_at)
                .bind(new.done)
                .bind(&new.summary)
                .bind(new.outcome.as_deref())
                .bind(new.author_member_id)
                .bind(new.deal_id)
                .bind($crate::store::shared::now())
                .fetch_one(&mut *tx)
                .await?;
                // What happened (not what is planned) keeps a client or deal from going stale.
                if new.done {
                    sqlx::query::<$db>(
                        "UPDATE client SET last_activity_at = $3 WHERE workspace_id = $1 AND id = $2 \
                         AND (last_activity_at IS NULL OR last_activity_at < $3)",
                    )
                    .bind(new.workspace_id)
                    .bind(new.client_id)
                    .bind(new.happens_at)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query::<$db>(
                        "UPDATE deal SET last_activity_at = $3 WHERE workspace_id = $1 AND id = $2 \
                         AND last_activity_at < $3",
                    )
                    .bind(new.workspace_id)
                    .bind(new.deal_id)
                    .bind(new.happens_at)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(activity)
            }

            async fn get_activity(
                &self,
                workspace_id: i64,
                activity_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Activity>> {
                Ok(sqlx::query_as::<$db, $crate::store::Activity>(
                    "SELECT * FROM activity WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(activity_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn set_activity_outcome(
                &self,
                workspace_id: i64,
                activity_id: i64,
                outcome: &str,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE activity SET outcome = $3, updated_at = $4 WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(activity_id)
                .bind(outcome)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn recent_activities(
                &self,
                workspace_id: i64,
                client_id: i64,
                limit: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Activity>> {
                Ok(sqlx::query_as::<$db, $crate::store::Activity>(
                    "SELECT * FROM activity WHERE workspace_id = $1 AND client_id = $2 \
                     ORDER BY happens_at DESC, id DESC LIMIT $3",
                )
                .bind(workspace_id)
                .bind(client_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn activities_between(
                &self,
                workspace_id: i64,
                member_id: i64,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Activity>> {
                Ok(sqlx::query_as::<$db, $crate::store::Activity>(
                    "SELECT * FROM activity \
                     WHERE workspace_id = $1 AND author_member_id = $2 AND happens_at >= $3 AND happens_at < $4 \
                     ORDER BY happens_at, id",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?)
            }

            // --- reminders ---

            async fn insert_reminder(
                &self,
                new: &$crate::store::NewReminder,
            ) -> $crate::store::StoreResult<$crate::store::Reminder> {
                Ok(sqlx::query_as::<$db, $crate::store::Reminder>(
                    "INSERT INTO reminder (workspace_id, member_id, client_id, activity_id, text, due_at, \
                     next_attempt_at, state, attempts, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $6, 'pending', 0, $7, $7) RETURNING *",
                )
                .bind(new.workspace_id)
                .bind(new.member_id)
                .bind(new.client_id)
                .bind(new.activity_id)
                .bind(&new.text)
                .bind(new.due_at)
                .bind($crate::store::shared::now())
                .fetch_one(&self.pool)
                .await?)
            }

            async fn get_reminder(
                &self,
                workspace_id: i64,
                reminder_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Reminder>> {
                Ok(sqlx::query_as::<$db, $crate::store::Reminder>(
                    "SELECT * FROM reminder WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(reminder_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn set_reminder_state(
                &self,
                workspace_id: i64,
                reminder_id: i64,
                state: &str,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE reminder SET state = $3, updated_at = $4 WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(reminder_id)
                .bind(state)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn reschedule_reminder(
                &self,
                workspace_id: i64,
                reminder_id: i64,
                due_at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE reminder SET due_at = $3, next_attempt_at = $3, state = 'pending', attempts = 0, \
                     last_error = NULL, claimed_by = NULL, claimed_at = NULL, sent_at = NULL, notified_at = NULL, \
                     updated_at = $4 \
                     WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(reminder_id)
                .bind(due_at)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn reminders_between(
                &self,
                workspace_id: i64,
                member_id: i64,
                from: chrono::DateTime<chrono::Utc>,
                to: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Reminder>> {
                Ok(sqlx::query_as::<$db, $crate::store::Reminder>(
                    "SELECT * FROM reminder \
                     WHERE workspace_id = $1 AND member_id = $2 AND due_at >= $3 AND due_at < $4 \
                     AND state <> 'cancelled' \
                     ORDER BY due_at, id",
                )
                .bind(workspace_id)
                .bind(member_id)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn next_reminder_for_client(
                &self,
                workspace_id: i64,
                client_id: i64,
                after: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Option<$crate::store::Reminder>> {
                Ok(sqlx::query_as::<$db, $crate::store::Reminder>(
                    "SELECT * FROM reminder \
                     WHERE workspace_id = $1 AND client_id = $2 AND state = 'pending' AND due_at > $3 \
                     ORDER BY due_at, id LIMIT 1",
                )
                .bind(workspace_id)
                .bind(client_id)
                .bind(after)
                .fetch_optional(&self.pool)
                .await?)
            }

            // --- scheduler ---

            async fn next_pending_at(&self) -> $crate::store::StoreResult<Option<chrono::DateTime<chrono::Utc>>> {
                Ok(sqlx::query_scalar::<$db, chrono::DateTime<chrono::Utc>>(
                    "SELECT next_attempt_at FROM reminder WHERE state = 'pending' \
                     ORDER BY next_attempt_at LIMIT 1",
                )
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn claim_next_reminder(
                &self,
                now: chrono::DateTime<chrono::Utc>,
                instance: &str,
            ) -> $crate::store::StoreResult<Option<$crate::store::DueReminder>> {
                // One statement, no transaction around it: the row is ours once it returns, so reading what the
                // send needs afterwards holds no write lock.
                let id: Option<i64> = sqlx::query_scalar::<$db, i64>($claim)
                    .bind($crate::store::delivery::bound(now))
                    .bind(instance)
                    .fetch_optional(&self.pool)
                    .await?;
                let Some(id) = id else { return Ok(None) };
                Ok(Some(
                    sqlx::query_as::<$db, $crate::store::DueReminder>($crate::store::shared::DUE_REMINDER_BY_ID)
                        .bind(id)
                        .fetch_one(&self.pool)
                        .await?,
                ))
            }

            async fn mark_reminder_sent(
                &self,
                reminder_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "UPDATE reminder SET state = 'sent', sent_at = $2, updated_at = $2 \
                     WHERE id = $1 AND state = 'sending'",
                )
                .bind(reminder_id)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn mark_reminder_failed(
                &self,
                reminder_id: i64,
                error: &str,
                retry_at: Option<chrono::DateTime<chrono::Utc>>,
            ) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "UPDATE reminder SET attempts = attempts + 1, last_error = $2, \
                     state = CASE WHEN $3 THEN 'pending' ELSE 'failed' END, \
                     next_attempt_at = COALESCE($4, next_attempt_at), updated_at = $5 \
                     WHERE id = $1 AND state = 'sending'",
                )
                .bind(reminder_id)
                .bind(error)
                .bind(retry_at.is_some())
                .bind(retry_at)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn expire_stale_claims(
                &self,
                older_than: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<u64> {
                let done = sqlx::query::<$db>(
                    "UPDATE reminder SET state = 'interrupted', updated_at = $2 \
                     WHERE state = 'sending' AND claimed_at < $1",
                )
                .bind(older_than)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected())
            }

            async fn resolve_orphan_reminders(
                &self,
                stale_before: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<u64> {
                let done = sqlx::query::<$db>(
                    "UPDATE reminder SET state = 'interrupted', updated_at = $2 \
                     WHERE state = 'sending' AND claimed_at < $1 \
                     AND NOT EXISTS (SELECT 1 FROM sender_beat b \
                                     WHERE b.instance = reminder.claimed_by AND b.beat_at >= $1)",
                )
                .bind($crate::store::delivery::bound(stale_before))
                .bind($crate::store::delivery::bound(now))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected())
            }

            async fn oldest_foreign_claim(
                &self,
                instance: &str,
            ) -> $crate::store::StoreResult<Option<chrono::DateTime<chrono::Utc>>> {
                let oldest: Option<Option<chrono::DateTime<chrono::Utc>>> =
                    sqlx::query_scalar::<$db, Option<chrono::DateTime<chrono::Utc>>>(
                        "SELECT claimed_at FROM reminder \
                         WHERE state = 'sending' AND (claimed_by IS NULL OR claimed_by <> $1) \
                         ORDER BY claimed_at LIMIT 1",
                    )
                    .bind(instance)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(oldest.flatten())
            }

            async fn claim_interrupted_notice(
                &self,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Option<$crate::store::DueReminder>> {
                let id: Option<i64> = sqlx::query_scalar::<$db, i64>($claim_notice)
                    .bind($crate::store::delivery::bound(now))
                    .fetch_optional(&self.pool)
                    .await?;
                let Some(id) = id else { return Ok(None) };
                Ok(Some(
                    sqlx::query_as::<$db, $crate::store::DueReminder>($crate::store::shared::DUE_REMINDER_BY_ID)
                        .bind(id)
                        .fetch_one(&self.pool)
                        .await?,
                ))
            }

            async fn release_interrupted_notice(&self, reminder_id: i64) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "UPDATE reminder SET notified_at = NULL WHERE id = $1 AND state = 'interrupted'",
                )
                .bind(reminder_id)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            // --- Telegram updates ---

            async fn first_time_update(&self, update_id: i64) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "INSERT INTO processed_update (update_id, seen_at) VALUES ($1, $2) \
                     ON CONFLICT (update_id) DO NOTHING",
                )
                .bind(update_id)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                // Telegram re-sends only recent updates (it keeps them 24 hours): once in a thousand updates,
                // forget the ones older than a week so the table stays small.
                if update_id % 1000 == 0 {
                    sqlx::query::<$db>("DELETE FROM processed_update WHERE seen_at < $1")
                        .bind($crate::store::shared::now() - chrono::Duration::days(7))
                        .execute(&self.pool)
                        .await?;
                }
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(super) use impl_store;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_escape_escapes_wildcards_and_backslash() {
        assert_eq!(like_escape(r"50%_a\b"), r"50\%\_a\\b");
        assert_eq!(list_entry_pattern("+7 9"), "%\n+7 9\n%");
    }
}
