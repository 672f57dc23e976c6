//! SQLite backend: one file (WAL, foreign keys on), or `sqlite::memory:` for tests.

use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use super::StoreResult;
use super::audit::impl_audit_store;
use super::campaigns::impl_campaign_store;
use super::customers::impl_customer_store;
use super::deals::impl_deal_store;
use super::delivery::impl_delivery_store;
use super::digest::impl_digest_store;
use super::reports::impl_report_store;
use super::shared::impl_store;
use super::team::impl_team_store;

static MIGRATOR: Migrator = sqlx::migrate!("migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Open (creating if missing) the database the URL names.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let mut options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true)
            // Deleted content is overwritten with zeros, not left in free space for `grep -a` to find.
            .pragma("secure_delete", "ON");
        let pool = if in_memory {
            // An in-memory database lives as long as a connection to it: keep exactly one, forever.
            SqlitePoolOptions::new()
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None)
                .connect_with(options)
                .await?
        } else {
            // Created 0600 before SQLite opens it (SQLite gives the -wal and -shm the database's mode).
            crate::private_file::prepare_sqlite(options.get_filename())?;
            options = options.journal_mode(SqliteJournalMode::Wal).synchronous(SqliteSynchronous::Normal);
            SqlitePoolOptions::new().max_connections(8).connect_with(options).await?
        };
        Ok(Self { pool })
    }
}

impl_store!(
    store = SqliteStore,
    db = sqlx::Sqlite,
    migrator = MIGRATOR,
    // Take the write lock up front: a deferred transaction that reads first can fail on the lock upgrade.
    begin = "BEGIN IMMEDIATE",
    // SQLite serialises writers, so this single statement claims its row once (no SKIP LOCKED needed).
    claim = "UPDATE reminder SET state = 'sending', claimed_by = $2, claimed_at = $1, updated_at = $1 \
             WHERE state = 'pending' AND id = ( \
                 SELECT id FROM reminder WHERE state = 'pending' AND next_attempt_at <= $1 \
                 ORDER BY next_attempt_at, id LIMIT 1) \
             RETURNING id",
    claim_notice = "UPDATE reminder SET notified_at = $1 \
                    WHERE state = 'interrupted' AND notified_at IS NULL AND id = ( \
                        SELECT id FROM reminder WHERE state = 'interrupted' AND notified_at IS NULL \
                        ORDER BY id LIMIT 1) \
                    RETURNING id",
    // The FTS5 trigram index (migration 0008) answers a substring LIKE without reading every client.
    find_match = "id IN (SELECT rowid FROM client_search WHERE client_search.search_text LIKE '%' || $6 || '%')",
);

impl_team_store!(store = SqliteStore, db = sqlx::Sqlite, begin = "BEGIN IMMEDIATE");
impl_deal_store!(store = SqliteStore, db = sqlx::Sqlite, begin = "BEGIN IMMEDIATE");
impl_report_store!(
    store = SqliteStore,
    db = sqlx::Sqlite,
    won_days = "SUM(julianday(d.won_at) - julianday(d.created_at))",
);
impl_digest_store!(store = SqliteStore, db = sqlx::Sqlite);
impl_customer_store!(store = SqliteStore, db = sqlx::Sqlite, begin = "BEGIN IMMEDIATE", scrub = scrub_erased);
impl_campaign_store!(
    store = SqliteStore,
    db = sqlx::Sqlite,
    begin = "BEGIN IMMEDIATE",
    // Codes are set after the insert, in batches by row id (see `impl_campaign_store!`).
    code_rows = None,
);
impl_delivery_store!(
    store = SqliteStore,
    db = sqlx::Sqlite,
    begin = "BEGIN IMMEDIATE",
    // See the two statements' comments.
    claim = super::delivery::CLAIM_SQLITE,
);
impl_audit_store!(
    store = SqliteStore,
    db = sqlx::Sqlite,
    // Times are RFC 3339 text; the per-team cutoff compares both sides in one normalised form, since the text may
    // or may not carry fractional seconds. `$2` is bound like the stored times, so the plain comparison (which
    // the index serves) is exact.
    prune = "DELETE FROM audit_event WHERE id IN (SELECT e.id FROM audit_event e \
             JOIN workspace w ON w.id = e.workspace_id WHERE e.at < $2 \
             AND strftime('%Y-%m-%dT%H:%M:%f', e.at) < \
                 strftime('%Y-%m-%dT%H:%M:%f', $1, '-' || w.audit_keep_days || ' days') \
             ORDER BY e.at LIMIT $3)",
);

/// After a forget: copy the WAL into the database and truncate it to zero bytes, so no frame of it still holds a
/// page as it was before the erasure (`secure_delete` has already zeroed the deleted cells in the new pages).
/// Readers in the middle of a transaction can hold the WAL for a moment (each attempt already waits up to the
/// busy timeout for them): retried twice, then left to the next checkpoint, with a warning (the forget itself is
/// committed either way).
async fn scrub_erased(pool: &SqlitePool) {
    const ATTEMPTS: u32 = 3;
    for attempt in 1..=ATTEMPTS {
        match sqlx::query_as::<_, (i64, i64, i64)>("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(pool).await {
            Ok((0, _, _)) => return,
            Ok(_) if attempt < ATTEMPTS => tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt))).await,
            Ok(_) => break,
            Err(e) => {
                tracing::warn!(error = %e, "checkpoint after a forget failed; the next one clears the WAL");
                return;
            }
        }
    }
    tracing::warn!("the WAL was busy after a forget; erased rows leave it at the next checkpoint");
}
