//! How the CRM holds up with a big team's data: one team with 100,000 clients, 1,000,000 activities and
//! 200,000 deals, on SQLite and on Postgres. Times what a member does every day through the real core
//! (`/pipeline` for a quarter, `/find` by name and by phone digits, a client card with history, `/digest`)
//! and prints p50 / p95 / max, the peak memory and the database size. Not a test: figures, not assertions.
//!
//! `cargo bench --bench scale` (env: BENCH_CLIENTS, BENCH_ACTIVITIES, BENCH_DEALS, BENCH_RUNS, BENCH_PG —
//! a Postgres URL, default POCKETCRM_TEST_PG or the local server; BENCH_PG=off skips Postgres; BENCH_DIR keeps
//! the SQLite file there).

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use pocketcrm::core::{Actor, Chat, Engine, Event, FixedClock};
use pocketcrm::store;
use sqlx::Connection;

struct Size {
    clients: i64,
    activities: i64,
    deals: i64,
    runs: usize,
}

fn env_num(name: &str, default: i64) -> i64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let size = Size {
        clients: env_num("BENCH_CLIENTS", 100_000),
        activities: env_num("BENCH_ACTIVITIES", 1_000_000),
        deals: env_num("BENCH_DEALS", 200_000),
        runs: env_num("BENCH_RUNS", 40) as usize,
    };
    println!(
        "Pocket CRM scale benchmark: {} clients, {} activities, {} deals; {} runs per operation\n",
        size.clients, size.activities, size.deals, size.runs
    );

    let dir = tempfile::tempdir()?;
    // BENCH_DIR keeps the SQLite file afterwards (to look at query plans); by default it goes with the run.
    let keep = std::env::var("BENCH_DIR").ok().map(std::path::PathBuf::from);
    let path = keep.unwrap_or_else(|| dir.path().to_path_buf()).join("bench.db");
    let _ = std::fs::remove_file(&path);
    let url = format!("sqlite://{}", path.display());
    bench_backend("SQLite", &url, &size, Seed::Sqlite).await?;
    println!("database size: {:.1} MiB\n", std::fs::metadata(&path)?.len() as f64 / 1048576.0);

    let pg = std::env::var("BENCH_PG")
        .or_else(|_| std::env::var("POCKETCRM_TEST_PG"))
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    if pg == "off" {
        println!("Postgres: skipped (BENCH_PG=off)");
    } else {
        match fresh_pg_database(&pg).await {
            Ok((url, name)) => {
                bench_backend("Postgres", &url, &size, Seed::Postgres).await?;
                let mut admin = sqlx::PgConnection::connect(&pg).await?;
                let bytes: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT pg_database_size('{name}')")))
                    .fetch_one(&mut admin)
                    .await?;
                println!("database size: {:.1} MiB", bytes as f64 / 1048576.0);
                let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                    .execute(&mut admin)
                    .await;
            }
            Err(e) => println!("Postgres: skipped ({e})"),
        }
    }
    println!("\npeak memory (VmHWM) of the whole run: {}", peak_memory());
    Ok(())
}

async fn fresh_pg_database(admin_url: &str) -> anyhow::Result<(String, String)> {
    let mut admin = sqlx::PgConnection::connect(admin_url).await?;
    let name = format!("pocketcrm_bench_{}", std::process::id());
    // The name is made here from digits only: nothing user-supplied reaches this statement.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut admin).await?;
    let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(admin_url);
    Ok((format!("{base}/{name}"), name))
}

#[derive(Clone, Copy)]
enum Seed {
    Sqlite,
    Postgres,
}

fn owner() -> Actor {
    Actor { user_id: 1, display_name: "Olga Owner".into(), language_code: Some("en".into()), chat: Chat::Private }
}

async fn bench_backend(label: &str, url: &str, size: &Size, seed: Seed) -> anyhow::Result<()> {
    println!("== {label}");
    let store = store::connect(url).await?;
    store.migrate().await?;
    // The data spans the two years before this moment; the clock stands still so every run sees the same.
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()));
    let engine = Engine::new(store.clone(), clock);
    let me = owner();
    for line in ["/start", "/tz Moscow", "/deals", "/add Seed Client"] {
        engine.handle(&me, Event::Text(line.into())).await;
    }
    let ws = store.member_by_tg(1).await?.and_then(|m| m.workspace_id).expect("the owner has a team");

    let started = Instant::now();
    seed_data(url, seed, ws, size).await?;
    println!("seeded in {:.1} s", started.elapsed().as_secs_f64());

    let card_id = size.clients / 2;
    let ops: Vec<(&str, Event)> = vec![
        ("/pipeline quarter", Event::Text("/pipeline quarter".into())),
        ("/find by name", Event::Text("/find petrov 4242".into())),
        ("/find by phone digits", Event::Text("/find 999 004 24".into())),
        ("client card with history", Event::Button(format!("c:{card_id}"))),
        ("/digest", Event::Text("/digest".into())),
    ];
    println!("{:<28} {:>9} {:>9} {:>9}", "operation", "p50 ms", "p95 ms", "max ms");
    for (name, event) in ops {
        let mut times = Vec::with_capacity(size.runs);
        for _ in 0..size.runs {
            let t = Instant::now();
            let replies = engine.handle(&me, event.clone()).await;
            times.push(t.elapsed());
            assert!(!replies.is_empty(), "{name} answered nothing");
        }
        let (p50, p95, max) = percentiles(&mut times);
        println!("{name:<28} {p50:>9.1} {p95:>9.1} {max:>9.1}");
    }
    Ok(())
}

fn percentiles(times: &mut [Duration]) -> (f64, f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| ms(times[((times.len() as f64 - 1.0) * q).round() as usize]);
    (at(0.5), at(0.95), ms(*times.last().unwrap()))
}

fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM")).map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

/// Bulk data made inside the database (a recursive CTE on SQLite, generate_series on Postgres): seconds
/// instead of millions of round trips. Shapes follow what the app writes (folded search text, E.164 phones,
/// ISO timestamps as sqlx stores them).
async fn seed_data(url: &str, seed: Seed, ws: i64, size: &Size) -> anyhow::Result<()> {
    let statements = match seed {
        Seed::Sqlite => sqlite_seed(ws, size),
        Seed::Postgres => pg_seed(ws, size),
    };
    match seed {
        Seed::Sqlite => {
            let mut conn = sqlx::SqliteConnection::connect(url).await?;
            for sql in statements {
                sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut conn).await?;
            }
        }
        Seed::Postgres => {
            let mut conn = sqlx::PgConnection::connect(url).await?;
            for sql in statements {
                sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut conn).await?;
            }
        }
    }
    Ok(())
}

// The statements below are built from numbers this program chose; no outside text reaches them.

fn sqlite_seed(ws: i64, s: &Size) -> Vec<String> {
    let ts = |expr: &str| format!("strftime('%Y-%m-%dT%H:%M:%S+00:00', '2026-11-23 09:00:00', {expr})");
    vec![
        "PRAGMA journal_mode = WAL".into(),
        format!(
            "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {c}) \
             INSERT INTO client (workspace_id, name, name_folded, phones, emails, company, tags, source, owner_member_id, \
               search_text, last_activity_at, created_at, updated_at) \
             SELECT {ws}, 'Ivan Petrov ' || n, 'ivan petrov ' || n, '+7999' || printf('%07d', n), \
               'client' || n || '@example.com', 'Company ' || (n % 5000), CASE WHEN n % 10 = 0 THEN 'vip' ELSE '' END, \
               CASE n % 4 WHEN 0 THEN 'Banner' WHEN 1 THEN 'Referral' WHEN 2 THEN 'Website' ELSE NULL END, \
               (SELECT id FROM member WHERE tg_user_id = 1), \
               'ivan petrov ' || n || ' company ' || (n % 5000) || ' client' || n || '@example.com 7999' || printf('%07d', n), \
               {last}, {created}, {created} FROM seq",
            c = s.clients,
            last = ts("'-' || (n % 60) || ' days'"),
            created = ts("'-' || (n % 700) || ' days'"),
        ),
        format!(
            "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {a}) \
             INSERT INTO activity (workspace_id, client_id, kind, happens_at, done, summary, outcome, author_member_id, \
               created_at, updated_at) \
             SELECT {ws}, (SELECT min(id) FROM client WHERE workspace_id = {ws}) + (n * 7919) % {c}, \
               CASE n % 3 WHEN 0 THEN 'meeting' WHEN 1 THEN 'call' ELSE 'note' END, {at}, 1, 'talked about the offer ' || n, \
               CASE n % 5 WHEN 0 THEN 'next' WHEN 1 THEN 'won' ELSE NULL END, (SELECT id FROM member WHERE tg_user_id = 1), \
               {at}, {at} FROM seq",
            a = s.activities,
            c = s.clients,
            at = ts("'-' || (n % 730) || ' days', '-' || (n % 600) || ' minutes'"),
        ),
        format!(
            "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {d}), \
             st AS (SELECT id, kind, row_number() OVER (ORDER BY position) - 1 AS k, count(*) OVER () AS cnt \
                    FROM stage WHERE workspace_id = {ws}) \
             INSERT INTO deal (workspace_id, client_id, title, amount_minor, currency, stage_id, expected_close, \
               owner_member_id, source, version, won_at, lost_at, last_activity_at, created_at, updated_at) \
             SELECT {ws}, (SELECT min(id) FROM client WHERE workspace_id = {ws}) + (n * 104729) % {c}, 'Deal ' || n, \
               (n % 500 + 1) * 10000, CASE n % 3 WHEN 0 THEN 'EUR' WHEN 1 THEN 'USD' ELSE 'RUB' END, st.id, \
               date('2026-11-23', '+' || (n % 120 - 30) || ' days'), (SELECT id FROM member WHERE tg_user_id = 1), \
               CASE n % 4 WHEN 0 THEN 'Banner' WHEN 1 THEN 'Referral' ELSE 'Website' END, 1, \
               CASE WHEN st.kind = 'won' THEN {closed} END, CASE WHEN st.kind = 'lost' THEN {closed} END, \
               {last}, {created}, {created} \
             FROM seq JOIN st ON st.k = n % st.cnt",
            d = s.deals,
            c = s.clients,
            closed = ts("'-' || (n % 200) || ' days'"),
            last = ts("'-' || (n % 40) || ' days'"),
            created = ts("'-' || (n % 400 + 200) || ' days'"),
        ),
        format!(
            "INSERT INTO deal_event (workspace_id, deal_id, member_id, at, kind, from_stage_id, to_stage_id) \
             SELECT workspace_id, id, owner_member_id, created_at, 'created', NULL, stage_id FROM deal WHERE workspace_id = {ws}"
        ),
        "ANALYZE".into(),
    ]
}

fn pg_seed(ws: i64, s: &Size) -> Vec<String> {
    let at = |days: &str| format!("(TIMESTAMPTZ '2026-11-23 09:00:00+00' - ({days}) * INTERVAL '1 day')");
    vec![
        format!(
            "INSERT INTO client (workspace_id, name, name_folded, phones, emails, company, tags, source, owner_member_id, \
               search_text, last_activity_at, created_at, updated_at) \
             SELECT {ws}, 'Ivan Petrov ' || n, 'ivan petrov ' || n, '+7999' || lpad(n::text, 7, '0'), \
               'client' || n || '@example.com', 'Company ' || (n % 5000), CASE WHEN n % 10 = 0 THEN 'vip' ELSE '' END, \
               CASE n % 4 WHEN 0 THEN 'Banner' WHEN 1 THEN 'Referral' WHEN 2 THEN 'Website' ELSE NULL END, \
               (SELECT id FROM member WHERE tg_user_id = 1), \
               'ivan petrov ' || n || ' company ' || (n % 5000) || ' client' || n || '@example.com 7999' || lpad(n::text, 7, '0'), \
               {last}, {created}, {created} FROM generate_series(1, {c}) AS n",
            c = s.clients,
            last = at("n % 60"),
            created = at("n % 700"),
        ),
        format!(
            "INSERT INTO activity (workspace_id, client_id, kind, happens_at, done, summary, outcome, author_member_id, \
               created_at, updated_at) \
             SELECT {ws}, (SELECT min(id) FROM client WHERE workspace_id = {ws}) + (n::bigint * 7919) % {c}, \
               CASE n % 3 WHEN 0 THEN 'meeting' WHEN 1 THEN 'call' ELSE 'note' END, {t}, TRUE, \
               'talked about the offer ' || n, CASE n % 5 WHEN 0 THEN 'next' WHEN 1 THEN 'won' ELSE NULL END, \
               (SELECT id FROM member WHERE tg_user_id = 1), {t}, {t} FROM generate_series(1, {a}) AS n",
            a = s.activities,
            c = s.clients,
            t = format!("({} - (n % 600) * INTERVAL '1 minute')", at("n % 730")),
        ),
        format!(
            "WITH st AS (SELECT id, kind, (row_number() OVER (ORDER BY position) - 1) AS k, count(*) OVER () AS cnt \
                         FROM stage WHERE workspace_id = {ws}) \
             INSERT INTO deal (workspace_id, client_id, title, amount_minor, currency, stage_id, expected_close, \
               owner_member_id, source, version, won_at, lost_at, last_activity_at, created_at, updated_at) \
             SELECT {ws}, (SELECT min(id) FROM client WHERE workspace_id = {ws}) + (n::bigint * 104729) % {c}, 'Deal ' || n, \
               (n % 500 + 1) * 10000, CASE n % 3 WHEN 0 THEN 'EUR' WHEN 1 THEN 'USD' ELSE 'RUB' END, st.id, \
               DATE '2026-11-23' + (n % 120 - 30), (SELECT id FROM member WHERE tg_user_id = 1), \
               CASE n % 4 WHEN 0 THEN 'Banner' WHEN 1 THEN 'Referral' ELSE 'Website' END, 1, \
               CASE WHEN st.kind = 'won' THEN {closed} END, CASE WHEN st.kind = 'lost' THEN {closed} END, \
               {last}, {created}, {created} \
             FROM generate_series(1, {d}) AS n JOIN st ON st.k = n % st.cnt",
            d = s.deals,
            c = s.clients,
            closed = at("n % 200"),
            last = at("n % 40"),
            created = at("n % 400 + 200"),
        ),
        format!(
            "INSERT INTO deal_event (workspace_id, deal_id, member_id, at, kind, from_stage_id, to_stage_id) \
             SELECT workspace_id, id, owner_member_id, created_at, 'created', NULL, stage_id FROM deal WHERE workspace_id = {ws}"
        ),
        "ANALYZE".into(),
    ]
}
