//! A campaign to many customers through the real Telegram front end — the release binary, `pocketcrm run` — against
//! a local fake Bot API that enforces Telegram's limits (429 with retry_after above them). Prints, per run: the
//! achieved rate (first to last promotion), 429s, the bot's peak memory (VmHWM), and a member's command latency
//! while the campaign sends; and for a run killed with SIGKILL halfway and started again: duplicates, customers
//! skipped, and rows left unconfirmed. Not a test: figures, not assertions.
//!
//! `cargo bench --bench broadcast` (cargo builds the release binary first). Env knobs:
//! BROADCAST_N (paid run and kill run, default 100000), BROADCAST_FREE_N (default 3000), BROADCAST_PAID_RATE
//! (default 1000), BROADCAST_FREE_RATE (default 30), BROADCAST_LATENCY_MS (the fake's answer time, default 20),
//! BROADCAST_RUNS (which runs, default "paid,free,kill"), BROADCAST_PG (a Postgres admin URL: the paid run again
//! on Postgres).

#[path = "../tests/fake_bot_api/mod.rs"]
mod fake_bot_api;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Utc;
use fake_bot_api::bot_process::{self, BotProcess};
use fake_bot_api::{FakeBotApi, Limit, Options, TgUser};
use pocketcrm::store::{NewCampaign, SegmentFilter, Store};
use sqlx::Connection;

const OWNER: i64 = 9_000_001;
const FIRST_CUSTOMER: i64 = 100_000_000;
/// How often the owner types a command while the campaign sends.
const PACE: Duration = Duration::from_millis(3100);

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

struct Run {
    name: &'static str,
    customers: i64,
    paid: bool,
    kill_halfway: bool,
    postgres: bool,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let n = env_num("BROADCAST_N", 100_000) as i64;
    let free_n = env_num("BROADCAST_FREE_N", 3_000) as i64;
    let runs = std::env::var("BROADCAST_RUNS").unwrap_or_else(|_| "paid,free,kill".into());
    let limits = Limits {
        free: env_num("BROADCAST_FREE_RATE", 30) as u32,
        paid: env_num("BROADCAST_PAID_RATE", 1000) as u32,
        latency: Duration::from_millis(env_num("BROADCAST_LATENCY_MS", 20)),
    };
    println!(
        "Pocket CRM broadcast benchmark: limits {}/s free, {}/s paid; the fake answers in {:?}\n",
        limits.free, limits.paid, limits.latency
    );
    let mut plan = Vec::new();
    for name in runs.split(',').map(str::trim) {
        match name {
            "paid" => plan.push(Run { name: "paid", customers: n, paid: true, kill_halfway: false, postgres: false }),
            "free" => {
                plan.push(Run { name: "free", customers: free_n, paid: false, kill_halfway: false, postgres: false })
            }
            "kill" => plan.push(Run { name: "kill", customers: n, paid: true, kill_halfway: true, postgres: false }),
            "" => {}
            other => anyhow::bail!("unknown run {other:?} in BROADCAST_RUNS (paid, free, kill)"),
        }
    }
    if std::env::var("BROADCAST_PG").is_ok() {
        plan.push(Run { name: "paid (Postgres)", customers: n, paid: true, kill_halfway: false, postgres: true });
    }
    for run in plan {
        bench(&run, &limits).await.with_context(|| format!("run {}", run.name))?;
    }
    Ok(())
}

struct Limits {
    free: u32,
    paid: u32,
    latency: Duration,
}

/// A database for one run: a SQLite file (kept in a temporary directory) or a fresh Postgres database.
struct Database {
    url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl Database {
    async fn new(postgres: bool) -> anyhow::Result<Database> {
        if postgres {
            let admin = std::env::var("BROADCAST_PG")?;
            let name = format!("pocketcrm_broadcast_{}", std::process::id());
            let mut conn = sqlx::PgConnection::connect(&admin).await?;
            // Made here from digits only.
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name}"))).execute(&mut conn).await?;
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await?;
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
            Ok(Database { url: format!("{base}/{name}"), _dir: None, pg: Some((admin.clone(), name)) })
        } else {
            let dir = tempfile::tempdir()?;
            let url = format!("sqlite://{}", dir.path().join("broadcast.db").display());
            Ok(Database { url, _dir: Some(dir), pg: None })
        }
    }

    async fn drop_pg(&self) {
        if let Some((admin, name)) = &self.pg
            && let Ok(mut conn) = sqlx::PgConnection::connect(admin).await
        {
            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut conn).await;
        }
    }
}

/// A team with `n` subscribed customers and a campaign to all of them with a unique code each, started now. The
/// campaign row comes from the campaign store; its 100,000 delivery rows are made by one statement, as
/// `start_campaign` would make them (in far less time than its per-batch code draws take at this size).
async fn seed(store: &Arc<dyn Store>, url: &str, n: i64, paid: bool) -> anyhow::Result<i64> {
    let member = store.ensure_member(OWNER, "Maria", "en", "Europe/Madrid").await?;
    let ws = store.ensure_workspace(member.id, "Flowers").await?;
    let mut new = NewCampaign::draft(ws.id, member.id, "en");
    new.name = "Spring".into();
    new.filter = Some(SegmentFilter::default().to_json());
    new.texts = serde_json::json!({ "en": "Spring sale: -20% on tulips until Sunday" }).to_string();
    new.code_kind = "unique".into();
    let campaign = store.insert_campaign(&new).await?;
    let now = Utc::now();
    // Each statement binds its integers, then the time if it uses one (one more placeholder).
    let statements: [(&'static str, Vec<i64>, bool); 4] = [
        ("UPDATE workspace SET paid_broadcast = ($2 = 1) WHERE id = $1", vec![ws.id, i64::from(paid)], false),
        (
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $1) \
             INSERT INTO client (workspace_id, name, owner_member_id, created_at, updated_at, tg_user_id, lang, \
                                 promo_state, promo_since) \
             SELECT $2, 'Customer ' || i, $3, $5, $5, $4 + i, 'en', 'subscribed', $5 FROM n",
            vec![n, ws.id, member.id, FIRST_CUSTOMER],
            true,
        ),
        (
            "UPDATE campaign SET state = 'sending', started_at = $2, updated_at = $2 WHERE id = $1",
            vec![campaign.id],
            true,
        ),
        (
            "INSERT INTO delivery (campaign_id, workspace_id, client_id, tg_user_id, lang, code, state, \
                                   next_attempt_at) \
             SELECT $1, workspace_id, id, tg_user_id, 'en', 'SP' || id, 'pending', $3 FROM client \
             WHERE workspace_id = $2 AND promo_state = 'subscribed'",
            vec![campaign.id, ws.id],
            true,
        ),
    ];
    if url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(url).await?;
        for (sql, ints, timed) in statements {
            let query = ints.into_iter().fold(sqlx::query(sql), |q, v| q.bind(v));
            if timed { query.bind(now) } else { query }.execute(&mut conn).await?;
        }
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await?;
        for (sql, ints, timed) in statements {
            let query = ints.into_iter().fold(sqlx::query(sql), |q, v| q.bind(v));
            if timed { query.bind(now) } else { query }.execute(&mut conn).await?;
        }
    }
    Ok(campaign.id)
}

fn spawn_bot(fake: &FakeBotApi, url: &str, limits: &Limits, log: &std::path::Path) -> anyhow::Result<BotProcess> {
    let (free, paid) = (limits.free.to_string(), limits.paid.to_string());
    let env = [
        ("POCKETCRM_RATE", free.as_str()),
        ("POCKETCRM_PAID_RATE", paid.as_str()),
        ("POCKETCRM_SENDER_STALE_SECS", "3"),
    ];
    Ok(bot_process::spawn_bot(fake, url, log, &env)?)
}

/// The bot's peak resident memory so far.
fn vm_hwm(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM")).map(|l| l["VmHWM:".len()..].trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}

async fn campaign_state(store: &Arc<dyn Store>, ws_campaign: (i64, i64)) -> String {
    match store.get_campaign(ws_campaign.0, ws_campaign.1).await {
        Ok(Some(c)) => c.state,
        _ => String::new(),
    }
}

/// A member types a command; how long until the answer reaches the fake.
async fn command_latency(fake: &FakeBotApi, user: &TgUser, text: &str) -> Option<Duration> {
    let before = fake.delivered_to(user.id);
    let start = Instant::now();
    fake.push_text(user, text);
    while start.elapsed() < Duration::from_secs(30) {
        if fake.delivered_to(user.id) > before {
            return Some(start.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    None
}

async fn bench(run: &Run, limits: &Limits) -> anyhow::Result<()> {
    let limit = if run.paid { limits.paid } else { limits.free };
    println!(
        "== {}: {} customers at {}/s{}",
        run.name,
        run.customers,
        limit,
        if run.kill_halfway { ", killed halfway" } else { "" }
    );
    let db = Database::new(run.postgres).await?;
    let store = pocketcrm::store::connect(&db.url).await?;
    store.migrate().await?;
    let seeding = Instant::now();
    let campaign = seed(&store, &db.url, run.customers, run.paid).await?;
    let ws = store.member_by_tg(OWNER).await?.and_then(|m| m.workspace_id).context("the team")?;
    println!("seeded in {:.1} s", seeding.elapsed().as_secs_f64());

    let fake = FakeBotApi::start_with(Options {
        limit: Some(Limit::new(limits.free, limits.paid)),
        latency: limits.latency,
        light: true,
    })
    .await;
    let log_dir = tempfile::tempdir()?;
    let log = log_dir.path().join("bot.log");
    let fake_started = tokio::time::Instant::now();
    let mut bot = spawn_bot(&fake, &db.url, limits, &log)?;
    let n = run.customers as usize;
    // Only the owner is written to besides the customers.
    let promos = |fake: &FakeBotApi| fake.delivered_count() - fake.delivered_to(OWNER);

    // The owner searches the customers every 3 s while it sends: members' replies queue in teloxide's throttle at
    // 1 a second and 20 a minute per chat, so a faster pace would measure that queue, not the campaign's effect.
    let owner = TgUser::new(OWNER, "Maria", None, Some("en"));
    let search = "/find Customer 4242";
    let mut during = Vec::new();
    let mut killed: Option<(usize, i64)> = None;
    let started = Instant::now();
    let deadline = Duration::from_secs(60 + 3 * run.customers as u64 / u64::from(limit.max(1)));
    loop {
        let state = campaign_state(&store, (ws, campaign)).await;
        if state == "done" {
            break;
        }
        if started.elapsed() > deadline {
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            let tail: Vec<&str> = log.lines().rev().take(30).collect();
            let left = count(&db.url, campaign, "pending").await? + count(&db.url, campaign, "sending").await?;
            anyhow::bail!(
                "the campaign did not finish in {deadline:?} (state {state}, {left} rows left); the bot's log ends:\n{}",
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            );
        }
        if run.kill_halfway && killed.is_none() && promos(&fake) >= n / 2 {
            bot.kill()?;
            let sending = count(&db.url, campaign, "sending").await?;
            killed = Some((promos(&fake), sending));
            println!(
                "SIGKILL {:.1} s into the run, after {} promotions; {} rows were in flight",
                fake_started.elapsed().as_secs_f64(),
                promos(&fake),
                sending
            );
            bot = spawn_bot(&fake, &db.url, limits, &log)?;
            continue;
        }
        if run.kill_halfway && killed.is_none() {
            // Watch closely for the halfway mark.
            tokio::time::sleep(Duration::from_millis(5)).await;
            continue;
        }
        let sent_so_far = promos(&fake);
        if sent_so_far > 0 && sent_so_far < n * 95 / 100 {
            during.extend(command_latency(&fake, &owner, search).await);
        }
        tokio::time::sleep(PACE).await;
    }
    // The same command with nothing being sent, to compare.
    let mut idle = Vec::new();
    for _ in 0..5 {
        tokio::time::sleep(PACE).await;
        idle.extend(command_latency(&fake, &owner, search).await);
    }
    let peak = vm_hwm(bot.0.id());
    bot.kill()?;

    let delivered: Vec<_> = fake.delivered().into_iter().filter(|d| d.chat_id >= FIRST_CUSTOMER).collect();
    let (first, last) = (delivered.iter().map(|d| d.at).min(), delivered.iter().map(|d| d.at).max());
    let span = match (first, last) {
        (Some(f), Some(l)) => l.duration_since(f).as_secs_f64(),
        _ => 0.0,
    };
    let rate = if span > 0.0 { (delivered.len() - 1) as f64 / span } else { 0.0 };
    let paid = delivered.iter().filter(|d| d.paid).count();
    println!(
        "delivered {} promotions ({} paid broadcasts) in {:.1} s{}: {:.1} messages/s ({:.1}% of the limit); 429s: {}",
        delivered.len(),
        paid,
        span,
        if run.kill_halfway { ", the restart included" } else { "" },
        rate,
        100.0 * rate / f64::from(limit),
        fake.too_many_count()
    );
    if let Some((at_kill, in_flight)) = killed {
        let mut per_chat: HashMap<i64, usize> = HashMap::new();
        for d in &delivered {
            *per_chat.entry(d.chat_id).or_default() += 1;
        }
        let duplicates = per_chat.values().filter(|c| **c > 1).count();
        let unconfirmed = count(&db.url, campaign, "unconfirmed").await?;
        let sent = count(&db.url, campaign, "sent").await?;
        let unconfirmed_missed = unconfirmed_never_arrived(&db.url, campaign, &per_chat).await?;
        let skipped = n - per_chat.len() - unconfirmed_missed;
        println!(
            "after the kill at {at_kill}: duplicates {duplicates}, skipped {skipped}, unconfirmed {unconfirmed} \
             (in flight at the kill {in_flight}; {} of them had arrived, {unconfirmed_missed} had not), sent {sent}",
            unconfirmed as usize - unconfirmed_missed
        );
    }
    let answered_429 = fake.too_many_chats();
    let members_429 = answered_429.iter().filter(|(chat, _)| *chat < FIRST_CUSTOMER).count();
    if members_429 > 0 {
        println!("of the 429s, {members_429} answered messages to members (progress, replies)");
    }
    if let (Some((_, first)), Some((_, last))) = (answered_429.first(), answered_429.last()) {
        let since = |at: &tokio::time::Instant| at.duration_since(fake_started).as_secs_f64();
        println!("429s answered between {:.1} s and {:.1} s into the run", since(first), since(last));
    }
    println!("bot peak memory (VmHWM): {peak}");
    for (when, mut took) in [("while sending", during), ("idle", idle)] {
        took.sort();
        if let (Some(min), Some(max)) = (took.first(), took.last()) {
            let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
            println!(
                "`{search}` over {} clients {when} ({} times): min {:.0} ms, p50 {:.0} ms, max {:.0} ms",
                run.customers,
                took.len(),
                ms(min),
                ms(&took[took.len() / 2]),
                ms(max)
            );
        }
    }
    println!();
    db.drop_pg().await;
    Ok(())
}

async fn count(url: &str, campaign: i64, state: &str) -> anyhow::Result<i64> {
    let sql = "SELECT COUNT(*) FROM delivery WHERE campaign_id = $1 AND state = $2";
    Ok(if url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(url).await?;
        sqlx::query_scalar(sql).bind(campaign).bind(state).fetch_one(&mut conn).await?
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await?;
        sqlx::query_scalar(sql).bind(campaign).bind(state).fetch_one(&mut conn).await?
    })
}

/// Unconfirmed rows whose customer in fact got nothing (the request never reached the fake).
async fn unconfirmed_never_arrived(url: &str, campaign: i64, per_chat: &HashMap<i64, usize>) -> anyhow::Result<usize> {
    let sql = "SELECT tg_user_id FROM delivery WHERE campaign_id = $1 AND state = 'unconfirmed'";
    let chats: Vec<i64> = if url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(url).await?;
        sqlx::query_scalar(sql).bind(campaign).fetch_all(&mut conn).await?
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await?;
        sqlx::query_scalar(sql).bind(campaign).fetch_all(&mut conn).await?
    };
    Ok(chats.iter().filter(|c| !per_chat.contains_key(c)).count())
}
