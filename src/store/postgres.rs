//! Postgres backend.

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgPool, PgPoolOptions};

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

static MIGRATOR: Migrator = sqlx::migrate!("migrations/postgres");

pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    pub async fn connect(url: &str) -> StoreResult<Self> {
        // sqlx keeps retrying to connect until the acquire timeout (30 s by default): during an outage a member
        // would see nothing for that long. A few seconds, then the core says the storage is out of reach.
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .acquire_timeout(std::time::Duration::from_secs(3))
            .connect(url)
            .await?;
        Ok(Self { pool })
    }
}

impl_store!(
    store = PgStore,
    db = sqlx::Postgres,
    migrator = MIGRATOR,
    begin = "BEGIN",
    // SKIP LOCKED: concurrent claimers pass over a row another transaction is claiming instead of waiting. The
    // pick is a CTE so it runs once: as an `IN (…)` subquery a rescan could lock and claim a second row.
    claim = "WITH picked AS ( \
                 SELECT id FROM reminder WHERE state = 'pending' AND next_attempt_at <= $1 \
                 ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             UPDATE reminder SET state = 'sending', claimed_by = $2, claimed_at = $1, updated_at = $1 \
             FROM picked WHERE reminder.id = picked.id AND reminder.state = 'pending' \
             RETURNING reminder.id",
    claim_notice = "WITH picked AS ( \
                        SELECT id FROM reminder WHERE state = 'interrupted' AND notified_at IS NULL \
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) \
                    UPDATE reminder SET notified_at = $1 \
                    FROM picked WHERE reminder.id = picked.id AND reminder.notified_at IS NULL \
                    RETURNING reminder.id",
    // The escaped LIKE itself uses the pg_trgm index (migration 0008); nothing to add but a use of the raw needle.
    find_match = "$6::text IS NOT NULL",
);

impl_team_store!(store = PgStore, db = sqlx::Postgres, begin = "BEGIN");
impl_deal_store!(store = PgStore, db = sqlx::Postgres, begin = "BEGIN");
impl_report_store!(
    store = PgStore,
    db = sqlx::Postgres,
    won_days = "CAST(SUM(EXTRACT(EPOCH FROM (d.won_at - d.created_at))) / 86400 AS DOUBLE PRECISION)",
);
impl_digest_store!(store = PgStore, db = sqlx::Postgres);
impl_customer_store!(store = PgStore, db = sqlx::Postgres, begin = "BEGIN", scrub = scrub_erased);

/// Postgres keeps a deleted row's bytes in its heap page until VACUUM reuses the space, and in its WAL segments
/// and any base backup or archive: nothing a client can scrub on the spot. The rows are gone for every query;
/// a byte-level guarantee needs the operator's side (see README, "Forgetting").
async fn scrub_erased(_pool: &sqlx::PgPool) {}
impl_campaign_store!(
    store = PgStore,
    db = sqlx::Postgres,
    begin = "BEGIN",
    // One bound JSON array of codes as rows (rn, code), joined in the insert.
    code_rows = Some((
        "SELECT ord AS rn, code FROM json_array_elements_text(CAST(",
        " AS json)) WITH ORDINALITY AS t(code, ord)",
    )),
);
impl_delivery_store!(
    store = PgStore,
    db = sqlx::Postgres,
    begin = "BEGIN",
    // See the two statements' comments.
    claim = super::delivery::CLAIM_POSTGRES,
);
impl_audit_store!(
    store = PgStore,
    db = sqlx::Postgres,
    prune = "DELETE FROM audit_event WHERE id IN (SELECT e.id FROM audit_event e \
             JOIN workspace w ON w.id = e.workspace_id WHERE e.at < $2 \
             AND e.at < $1 - w.audit_keep_days * INTERVAL '1 day' ORDER BY e.at LIMIT $3)",
);
