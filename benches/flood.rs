//! One chat floods the bot while colleagues work: the real release binary (`pocketcrm run`, teloxide's throttle and
//! all) against a local fake Bot API that enforces Telegram's limits. Colleagues send `/today` every 2 s; after a
//! calm phase one chat sends 500 messages at once. Prints the colleagues' reply latency calm and during the flood, a
//! newcomer's `/start` latency during the flood, what the flooding chat got back, 429s, the bot's peak memory and
//! how long SIGTERM takes with the flood's leftovers queued. Figures, not assertions.
//!
//! `cargo bench --bench flood`. Env knobs: FLOOD_N (messages in the flood, default 500), FLOOD_COLLEAGUES (default
//! 5), FLOOD_SECS (length of each phase, default 20).

#[path = "../tests/fake_bot_api/mod.rs"]
mod fake_bot_api;

use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_bot_api::bot_process::spawn_bot;
use fake_bot_api::{FakeBotApi, Limit, Options, TgUser};

const FLOODER: i64 = 8_000_000;
const FIRST_COLLEAGUE: i64 = 8_000_100;
const NEWCOMER: i64 = 8_000_900;
/// A colleague's pace: one command every 2 s, as in the report that found the freeze.
const PACE: Duration = Duration::from_secs(2);

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// How long after `push` the chat's count of delivered messages grew (a reply arrived), waiting up to `limit`.
async fn latency(fake: &FakeBotApi, user: &TgUser, text: &str, limit: Duration) -> Option<Duration> {
    let before = fake.delivered_to(user.id);
    let start = Instant::now();
    fake.push_text(user, text);
    while start.elapsed() < limit {
        if fake.delivered_to(user.id) > before {
            return Some(start.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    None
}

/// Each colleague sends `/today` every `PACE` for `span`; every latency, and how many got no answer within 30 s.
async fn colleagues_work(fake: &Arc<FakeBotApi>, colleagues: &[TgUser], span: Duration) -> (Vec<Duration>, usize) {
    let mut tasks = Vec::new();
    for (i, user) in colleagues.iter().cloned().enumerate() {
        let fake = fake.clone();
        tasks.push(tokio::spawn(async move {
            // Staggered, as people are.
            tokio::time::sleep(PACE * i as u32 / 5).await;
            let start = Instant::now();
            let (mut got, mut lost) = (Vec::new(), 0);
            while start.elapsed() < span {
                let sent = Instant::now();
                match latency(&fake, &user, "/today", Duration::from_secs(30)).await {
                    Some(d) => got.push(d),
                    None => lost += 1,
                }
                tokio::time::sleep(PACE.saturating_sub(sent.elapsed())).await;
            }
            (got, lost)
        }));
    }
    let mut all = (Vec::new(), 0);
    for t in tasks {
        let (got, lost) = t.await.expect("a colleague's task");
        all.0.extend(got);
        all.1 += lost;
    }
    all
}

fn figures(name: &str, mut d: Vec<Duration>, lost: usize) {
    d.sort();
    let at = |q: f64| d.get(((d.len() as f64 * q) as usize).min(d.len().saturating_sub(1))).copied();
    let ms = |x: Option<Duration>| x.map_or("-".to_string(), |x| format!("{:.0} ms", x.as_secs_f64() * 1000.0));
    println!(
        "{name:<28} {:>4} replies   p50 {:>7}   p95 {:>7}   max {:>7}   unanswered {lost}",
        d.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(d.last().copied())
    );
}

fn vm_hwm(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM")).map(|l| l["VmHWM:".len()..].trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let flood = env_num("FLOOD_N", 500) as usize;
    let span = Duration::from_secs(env_num("FLOOD_SECS", 20));
    let n_colleagues = env_num("FLOOD_COLLEAGUES", 5) as i64;
    println!(
        "Pocket CRM flood benchmark: {n_colleagues} colleagues at one /today per 2 s; one chat sends {flood} at once\n"
    );

    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("flood.db").display());
    let store = pocketcrm::store::connect(&url).await?;
    store.migrate().await?;
    let flooder = TgUser::new(FLOODER, "Flood", None, Some("en"));
    let colleagues: Vec<TgUser> =
        (0..n_colleagues).map(|i| TgUser::new(FIRST_COLLEAGUE + i, "Colleague", None, Some("en"))).collect();
    for user in colleagues.iter().chain([&flooder]) {
        let member = store.ensure_member(user.id, &user.first_name, "en", "Europe/Madrid").await?;
        store.ensure_workspace(member.id, "Sales").await?;
    }
    drop(store);

    let fake = Arc::new(
        FakeBotApi::start_with(Options {
            limit: Some(Limit::new(30, 1000)),
            latency: Duration::from_millis(20),
            light: false,
        })
        .await,
    );
    let log = dir.path().join("bot.log");
    let bot = spawn_bot(&fake, &url, &log, &[])?;
    // Up and polling: a first command answered.
    latency(&fake, &colleagues[0], "/today", Duration::from_secs(30))
        .await
        .ok_or_else(|| anyhow::anyhow!("the bot did not answer; its log: {}", log.display()))?;

    let (calm, calm_lost) = colleagues_work(&fake, &colleagues, span).await;

    let flood_start = Instant::now();
    for i in 0..flood {
        fake.push_text(&flooder, &format!("/today {i}"));
    }
    let newcomer = {
        let fake = fake.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(500)).await;
            latency(&fake, &TgUser::new(NEWCOMER, "New", None, Some("en")), "/start", Duration::from_secs(60)).await
        })
    };
    let (during, during_lost) = colleagues_work(&fake, &colleagues, span).await;
    let newcomer = newcomer.await?;
    let flooder_got = fake.delivered_to(FLOODER);
    let peak = vm_hwm(bot.0.id());

    // SIGTERM, as systemd or docker stop sends it, and the time to exit.
    let pid = bot.0.id().to_string();
    let stopping = Instant::now();
    Command::new("kill").args(["-TERM", &pid]).status()?;
    let mut bot = bot;
    let mut stopped = None;
    while stopping.elapsed() < Duration::from_secs(180) {
        if bot.0.try_wait()?.is_some() {
            stopped = Some(stopping.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    figures("colleagues, calm", calm, calm_lost);
    figures("colleagues, during the flood", during, during_lost);
    println!(
        "newcomer's /start during the flood: {}",
        newcomer.map_or("no answer in 60 s".to_string(), |d| format!("{:.0} ms", d.as_secs_f64() * 1000.0))
    );
    println!(
        "flooding chat: {flood} sent, {flooder_got} messages back in {:.0} s (answers in order, the rest shed with one notice)",
        flood_start.elapsed().as_secs_f64()
    );
    println!("429s from the fake: {}", fake.too_many_count());
    println!("bot peak memory (VmHWM): {peak}");
    println!(
        "SIGTERM to exit: {}",
        stopped.map_or("still running after 180 s".to_string(), |d| format!("{:.2} s", d.as_secs_f64()))
    );
    Ok(())
}
