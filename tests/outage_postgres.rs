//! The database goes away under a running bot: a throwaway Postgres cluster on its own port, which this test starts
//! and stops, behind the real Telegram front end (long polling against a local fake Bot API). A member hears once
//! that the storage is out of reach, their messages are answered in order when it is back, a reminder that fell due
//! meanwhile arrives marked late, and an outage longer than the bot's patience ends in a plain refusal, not silence.
//!
//! Needs PostgreSQL's server binaries (`initdb`, `pg_ctl`); skipped with a note without them, except under CI.

mod fake_bot_api;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use fake_bot_api::{FakeBotApi, PATIENCE, TgUser};
use pocketcrm::core::{Engine, FixedClock};
use pocketcrm::frontend::telegram::serve;
use pocketcrm::i18n::I18n;
use teloxide::Bot;
use tokio::sync::watch;
use tokio::time::Instant;

/// How long the bot waits for its database before refusing (POCKETCRM_OUTAGE_SECS, set for this test binary).
const PATIENCE_SECS: u64 = 8;

/// A Postgres cluster of our own in a temporary directory; stopped (immediately) when dropped.
struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl Cluster {
    fn create() -> Option<Cluster> {
        let Some(bin) = server_binaries() else {
            assert!(std::env::var_os("CI").is_none(), "CI must have PostgreSQL's initdb and pg_ctl");
            eprintln!("note: skipping the outage test: no PostgreSQL server binaries (initdb, pg_ctl)");
            return None;
        };
        // initdb refuses to run as root: the cluster then belongs to the `postgres` user.
        let as_postgres = output("id", &["-u"]).trim() == "0";
        let dir = tempfile::Builder::new().prefix("pocketcrm-outage").tempdir().expect("temp dir");
        if as_postgres {
            run("chown", &["-R", "postgres", dir.path().to_str().unwrap()]);
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let cluster = Cluster { dir, bin, port, as_postgres };
        let data = cluster.data();
        cluster.pg("initdb", &["-D", &data, "-A", "trust", "-U", "postgres", "--no-sync"]);
        Some(cluster)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn start(&self) {
        let options =
            format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", self.port, self.dir.path().display());
        let log = self.dir.path().join("log").display().to_string();
        self.pg("pg_ctl", &["-D", &self.data(), "-o", &options, "-l", &log, "-w", "start"]);
    }

    /// As a crash or a pulled cable looks to the bot: connections cut, nothing answers.
    fn stop(&self) {
        self.pg("pg_ctl", &["-D", &self.data(), "-m", "immediate", "-w", "stop"]);
    }

    fn pg(&self, tool: &str, args: &[&str]) {
        let program = self.bin.join(tool).display().to_string();
        if self.as_postgres {
            let mut all = vec!["-u", "postgres", "--", program.as_str()];
            all.extend_from_slice(args);
            run("runuser", &all);
        } else {
            run(&program, args);
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let program = self.bin.join("pg_ctl").display().to_string();
        let data = self.data();
        let args = ["-D", data.as_str(), "-m", "immediate", "stop"];
        let _ = if self.as_postgres {
            Command::new("runuser").args(["-u", "postgres", "--", &program]).args(args).output()
        } else {
            Command::new(&program).args(args).output()
        };
    }
}

/// The newest `/usr/lib/postgresql/<version>/bin` with initdb and pg_ctl (Debian's layout), or those on PATH.
fn server_binaries() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists() && bin.join("pg_ctl").exists())
        .collect();
    versions.sort_by_key(|p| p.parent().and_then(Path::file_name).and_then(|v| v.to_str()?.parse::<u32>().ok()));
    versions.pop().or_else(|| {
        let found = output("sh", &["-c", "command -v initdb"]);
        Path::new(found.trim()).parent().filter(|bin| bin.join("pg_ctl").exists()).map(Path::to_path_buf)
    })
}

fn run(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// The chat's message number `index` (counting from its first), waiting for it (bounded).
async fn message_at(fake: &FakeBotApi, chat: i64, index: usize) -> fake_bot_api::Sent {
    let start = Instant::now();
    while start.elapsed() < PATIENCE * 3 {
        if let Some(sent) = fake.sent_to(chat).get(index) {
            return sent.clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no message {index} in chat {chat}: {:?}", fake.sent_to(chat).iter().map(|s| &s.text).collect::<Vec<_>>());
}

/// Nothing more arrives in the chat for a moment (bounded): the texts it got so far.
async fn quiet(fake: &FakeBotApi, chat: i64, for_: Duration) -> Vec<String> {
    let start = Instant::now();
    let mut seen = fake.sent_to(chat).len();
    let mut since = Instant::now();
    while start.elapsed() < PATIENCE * 3 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let now = fake.sent_to(chat).len();
        if now != seen {
            (seen, since) = (now, Instant::now());
        } else if since.elapsed() >= for_ {
            break;
        }
    }
    fake.sent_to(chat).into_iter().map(|s| s.text).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_is_said_once_waited_out_and_answered_in_order() {
    let Some(cluster) = Cluster::create() else { return };
    cluster.start();
    // This binary holds this one test: nothing else reads the environment concurrently.
    unsafe { std::env::set_var("POCKETCRM_OUTAGE_SECS", PATIENCE_SECS.to_string()) };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "error".into());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();

    let store = pocketcrm::store::connect(&cluster.url()).await.expect("connect to the throwaway cluster");
    store.migrate().await.expect("migrate");
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap()));
    let engine = Engine::new(store.clone(), clock.clone());
    let fake = FakeBotApi::start().await;
    let bot = Bot::new(fake_bot_api::TOKEN).set_api_url(url::Url::parse(fake.url()).unwrap());
    let i18n = I18n::load().unwrap();
    let (stop, stopped) = watch::channel(false);
    let running = tokio::spawn(serve(bot, engine.clone(), Arc::new(I18n::load().unwrap()), stopped));

    let anna = TgUser::new(7_000_001, "Anna", None, Some("en"));
    fake.onboard(&anna).await;
    fake.push_text(&anna, "/remind in 1 minute call Ivan");
    let set = fake.next_message(anna.id).await;
    assert!(set.text.contains("call Ivan"), "{}", set.text);
    let before = fake.sent_to(anna.id).len();

    // The database goes away; the reminder falls due; Anna writes twice.
    cluster.stop();
    clock.advance(chrono::Duration::minutes(3));
    engine.wake_handle().notify_one();
    let outage = Instant::now();
    fake.push_text(&anna, "/find Ivan");
    fake.push_text(&anna, "/remind tomorrow 10:00 send the offer");
    let notice = fake.next_message(anna.id).await;
    println!("told of the outage after {:.1} s", outage.elapsed().as_secs_f64());
    assert_eq!(notice.text, i18n.msg("en", "storage-down"));
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(fake.sent_to(anna.id).len(), before + 1, "told once, and nothing answered without the database");

    // Back within the patience: both messages answered, in order, and the reminder arrives marked late.
    cluster.start();
    let texts = quiet(&fake, anna.id, Duration::from_secs(3)).await;
    let after: Vec<&String> = texts[before + 1..].iter().collect();
    println!("answered {:.1} s after the outage began", outage.elapsed().as_secs_f64());
    let find = after.iter().position(|t| t.contains("Ivan") && !t.contains("call Ivan")).expect("/find answered");
    let remind = after.iter().position(|t| t.contains("send the offer")).expect("/remind answered");
    assert!(find < remind, "answered in the order written: {after:?}");
    let due = after.iter().find(|t| t.contains("call Ivan")).expect("the reminder arrives after the outage");
    // reminder-late: "(late: it was due …, I was offline)"; the English word is enough to see the mark.
    assert!(due.contains("(late:"), "a reminder held up by the outage says so: {due}");
    assert!(!after.iter().any(|t| **t == i18n.msg("en", "storage-down")), "no second notice: {after:?}");
    assert!(!after.iter().any(|t| t.contains(&i18n.msg("en", "err-internal"))), "{after:?}");

    // An outage longer than the patience: told, then refused in so many words, and nothing half-kept.
    let before = fake.sent_to(anna.id).len();
    cluster.stop();
    fake.push_text(&anna, "/remind tomorrow 12:00 lunch with Olga");
    let told = message_at(&fake, anna.id, before).await;
    assert_eq!(told.text, i18n.msg("en", "storage-down"));
    let refused = message_at(&fake, anna.id, before + 1).await;
    assert_eq!(refused.text, i18n.msg("en", "storage-gave-up"));
    cluster.start();
    fake.push_text(&anna, "/today");
    let today = message_at(&fake, anna.id, before + 2).await;
    assert!(!today.text.contains("lunch with Olga"), "the refused reminder was not kept: {}", today.text);

    stop.send(true).unwrap();
    let result = tokio::time::timeout(PATIENCE, running).await.expect("the bot stops promptly");
    result.unwrap().unwrap();
}
