//! Migration 0013 finishes what earlier versions' `/forget` left: a client only anonymised (renamed "—", the team's
//! notes kept) is erased with what hangs on it, and the promotions whose Telegram id a forget cleared go; a client
//! the team itself named "—" stays. Both databases.

mod common;

use std::path::Path;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::databases::{fresh_sqlite, with_fresh_postgres};
use sqlx::migrate::Migrator;

fn forgotten_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, 1, 12, 0, 0).unwrap()
}

/// The state an older `/forget` left, written with the schema before 0013. Returns (forgotten, kept) client ids.
macro_rules! old_forget_state {
    ($pool:expr) => {{
        let pool = $pool;
        let t = forgotten_at();
        let member: i64 = sqlx::query_scalar(
            "INSERT INTO member (tg_user_id, display_name, locale, tz) VALUES (1001, 'Owner', 'en', 'UTC') RETURNING id",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        let ws: i64 = sqlx::query_scalar("INSERT INTO workspace (name, owner_member_id) VALUES ('Shop', $1) RETURNING id")
            .bind(member)
            .fetch_one(pool)
            .await
            .unwrap();
        let insert_client = "INSERT INTO client (workspace_id, name, name_folded, search_text, owner_member_id, \
             created_at, updated_at) VALUES ($1, '—', '', '', $2, $3, $4) RETURNING id";
        // Anonymised by the old forget, in the same instant as its anonymous consent.
        let forgotten: i64 = sqlx::query_scalar(insert_client)
            .bind(ws)
            .bind(member)
            .bind(t - Duration::days(30))
            .bind(t)
            .fetch_one(pool)
            .await
            .unwrap();
        // Named "—" by the team some other time: not a forgotten customer.
        let kept: i64 = sqlx::query_scalar(insert_client)
            .bind(ws)
            .bind(member)
            .bind(t - Duration::days(30))
            .bind(t + Duration::days(1))
            .fetch_one(pool)
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO consent (workspace_id, client_id, action, text_version, at) \
             VALUES ($1, NULL, 'forget', 'cust-consent@1', $2)",
        )
        .bind(ws)
        .bind(t)
        .execute(pool)
        .await
        .unwrap();
        for (client, text) in [(forgotten, "lives at 12 Baker Street"), (kept, "the team's own dash client")] {
            sqlx::query(
                "INSERT INTO activity (workspace_id, client_id, kind, happens_at, summary, author_member_id) \
                 VALUES ($1, $2, 'note', $3, $4, $5)",
            )
            .bind(ws)
            .bind(client)
            .bind(t)
            .bind(text)
            .bind(member)
            .execute(pool)
            .await
            .unwrap();
        }
        let campaign: i64 = sqlx::query_scalar(
            "INSERT INTO campaign (workspace_id, created_by, default_lang, created_at, updated_at) \
             VALUES ($1, $2, 'en', $3, $3) RETURNING id",
        )
        .bind(ws)
        .bind(member)
        .bind(t)
        .fetch_one(pool)
        .await
        .unwrap();
        // The old forget cleared the Telegram id of their promotion and kept the row and its code.
        sqlx::query(
            "INSERT INTO delivery (campaign_id, workspace_id, client_id, tg_user_id, lang, code, state, \
             next_attempt_at) VALUES ($1, $2, $3, NULL, 'en', 'OLDCODE1', 'sent', $4)",
        )
        .bind(campaign)
        .bind(ws)
        .bind(forgotten)
        .bind(t)
        .execute(pool)
        .await
        .unwrap();
        (forgotten, kept)
    }};
}

macro_rules! count {
    ($pool:expr, $sql:expr, $id:expr) => {
        sqlx::query_scalar::<_, i64>($sql).bind($id).fetch_one($pool).await.unwrap()
    };
}

macro_rules! check_after {
    ($pool:expr, $forgotten:expr, $kept:expr) => {{
        let pool = $pool;
        assert_eq!(count!(pool, "SELECT COUNT(*) FROM client WHERE id = $1", $forgotten), 0, "forgotten client erased");
        assert_eq!(count!(pool, "SELECT COUNT(*) FROM activity WHERE client_id = $1", $forgotten), 0, "with notes");
        assert_eq!(
            count!(pool, "SELECT COUNT(*) FROM delivery WHERE client_id = $1 OR tg_user_id IS NULL", $forgotten),
            0
        );
        assert_eq!(count!(pool, "SELECT COUNT(*) FROM client WHERE id = $1", $kept), 1, "the team's own \"—\" stays");
        assert_eq!(count!(pool, "SELECT COUNT(*) FROM activity WHERE client_id = $1", $kept), 1);
        let proof = "SELECT COUNT(*) FROM consent WHERE action = 'forget' AND client_id IS NULL AND $1 = $1";
        assert_eq!(count!(pool, proof, 0i64), 1, "the anonymous proof stays");
    }};
}

#[tokio::test]
async fn migration_0013_erases_what_an_old_forget_kept_on_sqlite() {
    let (url, _dir) = fresh_sqlite();
    let store = pocketcrm::store::connect(&url).await.unwrap();
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    Migrator::new(Path::new("migrations/sqlite")).await.unwrap().run_to(12, &pool).await.unwrap();
    let (forgotten, kept) = old_forget_state!(&pool);
    store.migrate().await.unwrap();
    check_after!(&pool, forgotten, kept);
}

#[tokio::test]
async fn migration_0013_erases_what_an_old_forget_kept_on_postgres() {
    with_fresh_postgres(|url| async move {
        let store = pocketcrm::store::connect(&url).await.unwrap();
        let pool = sqlx::PgPool::connect(&url).await.unwrap();
        Migrator::new(Path::new("migrations/postgres")).await.unwrap().run_to(12, &pool).await.unwrap();
        let (forgotten, kept) = old_forget_state!(&pool);
        store.migrate().await.unwrap();
        check_after!(&pool, forgotten, kept);
    })
    .await;
}
