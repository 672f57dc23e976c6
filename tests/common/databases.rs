//! Fresh databases for storage tests, one per test: a temporary SQLite file, or a new Postgres database on
//! `POCKETCRM_TEST_PG` that is dropped afterwards, also when the test fails. Without a reachable Postgres the
//! test is skipped with a note — except under CI (`CI` set), where it fails.

use std::future::Future;

const DEFAULT_PG: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// The URL of a new SQLite file, and the directory that holds it (gone when dropped).
pub fn fresh_sqlite() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("crm.db").display());
    (url, dir)
}

/// The admin URL with its database name replaced by `db` (any `?query` is kept).
pub fn with_database(admin_url: &str, db: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (admin_url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[authority_start..].find('/').map_or(base.len(), |i| authority_start + i);
    let mut url = format!("{}/{db}", &base[..host_end]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// Run `test` with the URL of a new Postgres database.
pub async fn with_fresh_postgres<F, Fut>(test: F)
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    use sqlx::Connection;
    let admin_url = std::env::var("POCKETCRM_TEST_PG").unwrap_or_else(|_| DEFAULT_PG.to_string());
    let mut admin = match sqlx::PgConnection::connect(&admin_url).await {
        Ok(conn) => conn,
        Err(e) if std::env::var_os("CI").is_some() => {
            panic!("Postgres at {admin_url} is unreachable and CI is set, so Postgres tests must run: {e}")
        }
        Err(e) => {
            eprintln!("note: skipping a Postgres test, {admin_url} is unreachable: {e}");
            return;
        }
    };
    let db = format!("pocketcrm_test_{:016x}", rand::random::<u64>());
    // Identifiers cannot be bound; `db` is generated here from hex digits only.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {db}")))
        .execute(&mut admin)
        .await
        .expect("create test database");
    // Run in its own task so a failing test still reaches the cleanup below.
    let outcome = tokio::spawn(test(with_database(&admin_url, &db))).await;
    if let Err(e) =
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))).execute(&mut admin).await
    {
        eprintln!("note: could not drop test database {db}: {e}");
    }
    let _ = admin.close().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Run a storage test on a migrated store over a fresh SQLite file.
pub async fn run_sqlite<F, Fut>(test: F)
where
    F: FnOnce(std::sync::Arc<dyn pocketcrm::store::Store>) -> Fut,
    Fut: Future<Output = ()>,
{
    let (url, _dir) = fresh_sqlite();
    let store = pocketcrm::store::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    test(store).await;
}

/// Run a storage test on a migrated store over a fresh Postgres database (see `with_fresh_postgres`).
pub async fn run_postgres<F, Fut>(test: F)
where
    F: FnOnce(std::sync::Arc<dyn pocketcrm::store::Store>) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_fresh_postgres(|url| async move {
        let store = pocketcrm::store::connect(&url).await.expect("open postgres");
        store.migrate().await.expect("migrate postgres");
        test(store).await;
    })
    .await;
}
