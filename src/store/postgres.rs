//! Postgres backend.

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgPool, PgPoolOptions};

use super::StoreResult;
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
        let pool = PgPoolOptions::new().max_connections(10).connect(url).await?;
        Ok(Self { pool })
    }
}

impl_store!(
    store = PgStore,
    db = sqlx::Postgres,
    migrator = MIGRATOR,
    begin = "BEGIN",
    // SKIP LOCKED: concurrent claimers pass over rows another transaction is claiming instead of waiting.
    claim = "UPDATE reminder SET state = 'sending', claimed_by = $2, claimed_at = $1, updated_at = $1 \
             WHERE state = 'pending' AND id IN ( \
                 SELECT id FROM reminder WHERE state = 'pending' AND next_attempt_at <= $1 \
                 ORDER BY next_attempt_at, id LIMIT $3 \
                 FOR UPDATE SKIP LOCKED) \
             RETURNING id",
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
