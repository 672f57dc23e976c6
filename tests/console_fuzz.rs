//! 10,000 malformed lines through the core, the way the console feeds it, on SQLite and on Postgres: random bytes,
//! NUL, huge lines, RTL and combining marks, local digits, emoji, half commands, forged button data, SQL-looking
//! text. From a fixed seed, so a failure replays. Every line must get an answer, none may be "something went wrong",
//! nothing may panic, and another team's data stored before must be exactly as it was after.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Duration as Days;
use common::databases::{run_postgres, run_sqlite};
use common::{World, actor};
use pocketcrm::core::{Actor, Clock, Event, Reply};
use pocketcrm::store::{Client, Member, Reminder, Store};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const LINES: usize = 10_000;
/// The fixed seed CI runs; `POCKETCRM_FUZZ_SEED=<n>` explores another stream of lines.
const SEED: u64 = 0x5EED_CAFE;
/// Far more than the run takes on a loaded CI machine; past it the test fails instead of hanging CI.
const TIME_LIMIT: Duration = Duration::from_secs(900);

/// Half commands: the start of something real, with arguments at the edges.
const HALF: &[&str] = &[
    "/remind 31.12.99999",
    "/remind in 100000 weeks call",
    "/remind 31.12.0000 x",
    "/remind 29.02.2027 10:00 x",
    "/remind 25:61 x",
    "/remind ۳۱.۱۲.۹۹۹۹۹ تماس",
    "/remind कल 99 बजे",
    "/deal -1e309 EUR",
    "/deal 1e308 USD big",
    "/deal 99999999999999999999 EUR x",
    "/deal ५०० EUR",
    "/deal ௫௦௦ INR",
    "/deal 0 EUR x",
    "/deal 12,5,0 EUR",
    "/meet 01.01.0000 x",
    "/call 31.12.99999",
    "/note",
    "/add",
    "/add +",
    "/add ‏‏‏",
    "/find %",
    "/find _",
    "/find ' OR 1=1 --",
    "/tz",
    "/tz +99:99",
    "/tz UTC+25",
    "/lang zz",
    "/lang",
    "/start ",
    "/start AAAAAAAAAAAAAAAAAAAAAAAA",
    "/start ../../etc/passwd",
    "/pipeline 0000-01",
    "/pipeline 01.01..31.12.99999",
    "/pipeline q5",
    "/birthday 31.02",
    "/birthday Ivan 00.00.0000",
    "/digest 25:99",
    "/digest off on",
    "/before -5",
    "/before 99999999999",
    "/invite",
    "/team",
    "/stages",
    "/segment",
    "/campaign",
    "/promo",
    "/optin ",
    "/mydata",
    "/forget",
    "/stop",
    "/cancel",
    "/",
    "//",
    "/💥",
];

/// Forged callback data: shapes close to ours with ids of someone else, signs, overflows and junk.
const FORGED: &[&str] = &[
    "c:1",
    "c:2",
    "c:-1",
    "c:0",
    "c:99999999999999999999",
    "c:1:1",
    "e:1",
    "rd:1",
    "rh:1",
    "rt:1",
    "rn:1",
    "o:1:won",
    "m:1",
    "f:-1",
    "z:99999",
    "l:xx",
    "ns",
    "nx",
    "ay",
    "ax",
    "D:v:1",
    "D:mv:1:1:1",
    "D:lr:1:1:1:p",
    "D:ro:1:2:1",
    "D:s:h:1",
    "T:h:1:2:3",
    "T:r:1:2:l",
    "T:b:1:1",
    "T:s:1",
    "T:a:1:1:1",
    "C:L0",
    "C:U1",
    "C:X1",
    "C:F1",
    "C:W",
    "C:Aen:AAAAAAAAAAAAAAAAAAAAAAAA",
    "C:R1",
    "C:V1",
    "K:go:1",
    "K:dr:1",
    "K:pb:1:1",
    "K:f:t",
    "P:p:w:1",
    "P:w:1",
    "G:x",
    "G:t",
    "G:z:d:1",
    "G:z:c:99999999999999999999",
    "",
    ":",
    "::::",
    "D:",
    "T:",
    "C:",
    "K:",
    "P:",
    "G:",
];

const SQLISH: &[&str] = &[
    "'; DROP TABLE clients; --",
    "\" OR \"1\"=\"1",
    "Robert'); DELETE FROM members;--",
    "%_%\\",
    "$1 $2 ?",
    "\\x00\\u0000",
    "1; SELECT pg_sleep(10)",
];

const MARKS: &[char] =
    &['\u{200F}', '\u{200E}', '\u{202E}', '\u{0301}', '\u{0308}', '\u{094D}', '\u{0BCD}', '\u{200C}', '\u{FEFF}'];
const EMOJI: &[&str] = &["🙂", "👨‍👩‍👧", "🇮🇷", "🏳️‍🌈", "💰", "📅"];

/// What one generated line is, before the console turns it into an event.
enum Line {
    Typed(String),
    Button(String),
    /// `[n]`: press the n-th button last shown, as the console does.
    Press(usize),
    Contact {
        phone: String,
        name: String,
    },
    Photo {
        file_id: String,
        caption: Option<String>,
    },
}

fn local_digits(s: &str, rng: &mut StdRng) -> String {
    let zero = [0x06F0u32, 0x0966, 0x0BE6, 0x0660][rng.random_range(0..4)];
    s.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(zero + d)).unwrap_or(c)).collect()
}

fn sprinkle(s: &str, rng: &mut StdRng) -> String {
    let mut out = String::new();
    for c in s.chars() {
        out.push(c);
        if rng.random_ratio(1, 4) {
            out.push(MARKS[rng.random_range(0..MARKS.len())]);
        }
    }
    out
}

fn random_text(rng: &mut StdRng, max: usize) -> String {
    let len = rng.random_range(0..max);
    let bytes: Vec<u8> = (0..len).map(|_| rng.random()).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn pick<'a>(list: &[&'a str], rng: &mut StdRng) -> &'a str {
    list[rng.random_range(0..list.len())]
}

fn line(rng: &mut StdRng) -> Line {
    let text = match rng.random_range(0..14) {
        0 => random_text(rng, 200),
        1 => format!("{}\0{}", pick(HALF, rng), random_text(rng, 10)),
        2 => "Ж".repeat(5_000),
        3 => format!("/note {}", "x".repeat(rng.random_range(4_000..4_200))),
        4 => sprinkle(pick(HALF, rng), rng),
        5 => local_digits(pick(HALF, rng), rng),
        6 => format!("{} {}", pick(HALF, rng), EMOJI[rng.random_range(0..EMOJI.len())].repeat(rng.random_range(1..50))),
        7 | 8 => pick(HALF, rng).to_string(),
        9 => format!("{} {}", pick(HALF, rng), pick(SQLISH, rng)),
        10 => {
            return Line::Button(if rng.random_ratio(1, 5) {
                random_text(rng, 80)
            } else {
                pick(FORGED, rng).to_string()
            });
        }
        11 => return Line::Press(rng.random_range(0..12)),
        12 => {
            return Line::Contact {
                phone: local_digits(&format!("+{}", rng.random::<u64>()), rng),
                name: sprinkle(pick(SQLISH, rng), rng),
            };
        }
        _ => {
            let caption = rng.random_ratio(1, 2).then(|| random_text(rng, 1_200));
            return Line::Photo { file_id: random_text(rng, 40), caption };
        }
    };
    // The console reads one line at a time: no line breaks inside.
    Line::Typed(text.replace(['\n', '\r'], " "))
}

/// The console's mapping of a line to an event: `[n]` presses a shown button (an unknown one is an empty payload).
fn event(line: Line, shown: &[String]) -> Option<Event> {
    Some(match line {
        Line::Typed(text) if text.trim().is_empty() => return None,
        Line::Typed(text) => Event::Text(text.trim().to_string()),
        Line::Button(data) => Event::Button(data),
        Line::Press(n) => Event::Button(shown.get(n).cloned().unwrap_or_default()),
        Line::Contact { phone, name } => Event::Contact { phone, first_name: name, last_name: None, own: true },
        Line::Photo { file_id, caption } => Event::Photo { file_id, caption },
    })
}

/// Another team's data, as stored: it must come out of the run unchanged.
#[derive(Debug, PartialEq)]
struct Snapshot {
    member: Option<Member>,
    clients: Vec<Client>,
    deal: Option<pocketcrm::store::Deal>,
    reminders: Vec<Reminder>,
    notes: usize,
}

struct Victim {
    owner: Actor,
    ws: i64,
    member_id: i64,
    deal_id: i64,
}

async fn victim(b: &World) -> Victim {
    let owner = actor(1, "en");
    b.onboard(&owner, "en", "Europe/Moscow").await;
    b.say(&owner, "/add Ivan Petrov +7 999 123-45-67 ivan@example.com #vip").await;
    b.say(&owner, "/note prefers calls after 3pm").await;
    b.say(&owner, "/remind tomorrow 10:00 call Ivan").await;
    b.say(&owner, "/deal 12000 EUR Website redesign").await;
    let member = b.store.member_by_tg(1).await.unwrap().unwrap();
    let ws = member.workspace_id.unwrap();
    let (deals, _) = b.store.list_deals(ws, &Default::default(), 10).await.unwrap();
    let deal_id = deals.first().expect("the victim's deal").deal.id;
    Victim { owner, ws, member_id: member.id, deal_id }
}

async fn snapshot(b: &World, v: &Victim) -> Snapshot {
    let now = b.clock.now();
    let (clients, _) = b.store.find_clients(v.ws, None, "", 100, 0).await.unwrap();
    let notes = match clients.first() {
        Some(c) => b.store.recent_activities(v.ws, c.id, 100).await.unwrap().len(),
        None => 0,
    };
    Snapshot {
        member: b.store.get_member(v.member_id).await.unwrap(),
        deal: b.store.get_deal(v.ws, v.deal_id).await.unwrap(),
        reminders: b
            .store
            .reminders_between(v.ws, v.member_id, now - Days::days(3650), now + Days::days(3650))
            .await
            .unwrap(),
        clients,
        notes,
    }
}

async fn fuzz(store: Arc<dyn Store>, db: &'static str) {
    let b = World::over(store);
    let v = victim(&b).await;
    let before = snapshot(&b, &v).await;
    assert!(before.clients.len() == 1 && before.deal.is_some() && before.reminders.len() == 1 && before.notes == 1);

    // Who types: a member of another team (most lines), a stranger who never started, and a customer-to-be.
    let intruder = actor(2, "fa");
    b.onboard(&intruder, "fa", "Asia/Tehran").await;
    // A client and a deal of their own, so cards, deal buttons and dialogues are reached too.
    b.say(&intruder, "/add Ali Rezaei +98 912 345 6789").await;
    b.say(&intruder, "/deal 500 EUR test").await;
    let typists = [intruder, actor(3, "hi"), actor(4, "ta")];

    let seed = std::env::var("POCKETCRM_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(SEED);
    let mut rng = StdRng::seed_from_u64(seed);
    let mut shown: Vec<String> = Vec::new();
    let (mut sent, mut skipped) = (0usize, 0usize);
    let started = Instant::now();
    let run = async {
        let mut n = 0;
        while sent < LINES {
            n += 1;
            let who = &typists[match rng.random_range(0..10) {
                0 => 1,
                1 => 2,
                _ => 0,
            }];
            let generated = line(&mut rng);
            let Some(event) = event(generated, &shown) else {
                skipped += 1;
                continue;
            };
            let shown_event = format!("{event:?}");
            let replies: Vec<Reply> = b.engine.handle(who, event).await;
            sent += 1;
            let keys = World::keys(&replies);
            assert!(!replies.is_empty(), "{db} seed {seed} line {n}: no reply to {}", clip(&shown_event));
            assert!(!keys.contains(&"err-internal"), "{db} seed {seed} line {n}: {keys:?} for {}", clip(&shown_event));
            // Rendering must not fail either (every key exists, every argument fits).
            for reply in &replies {
                let _ = b.i18n.render(reply);
            }
            let buttons: Vec<String> =
                replies.iter().flat_map(|r| r.buttons.iter().flatten().map(|x| x.data.clone())).collect();
            if !buttons.is_empty() {
                shown = buttons;
            }
        }
    };
    tokio::time::timeout(TIME_LIMIT, run)
        .await
        .unwrap_or_else(|_| panic!("{db}: the fuzz run took over {TIME_LIMIT:?}"));
    let elapsed = started.elapsed();

    let after = snapshot(&b, &v).await;
    assert_eq!(before, after, "{db}: another team's data changed");
    // The victim still works normally afterwards.
    assert!(World::keys(&b.say(&v.owner, "/find Ivan").await).contains(&"card-name"));
    println!(
        "{db}: {sent} malformed lines answered ({skipped} blank lines skipped, as the console does) in {:.1} s, seed {seed}",
        elapsed.as_secs_f64()
    );
}

/// The same kind of lines as bytes on the real console's stdin, with what only the console reads (`[n]`, `/as`,
/// `/contact`, `/photo`, bytes that are not UTF-8): every line read, the console ends cleanly, nothing panics and no
/// reply is "something went wrong", in any language.
async fn through_the_console(url: String, db: &'static str) {
    let seed = std::env::var("POCKETCRM_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(SEED) ^ 0xC0;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut input: Vec<u8> = Vec::new();
    for _ in 0..LINES {
        let mut bytes: Vec<u8> = match rng.random_range(0..20) {
            0 => (0..rng.random_range(1..120)).map(|_| rng.random::<u8>()).collect(),
            1 => format!(
                "/as {} {}",
                pick(&["7", "-1", "x", "99999999999999999999", ""], &mut rng),
                random_text(&mut rng, 20)
            )
            .into_bytes(),
            2 => format!("[{}]", pick(&["0", "-1", "999999999999", "", "1", "x"], &mut rng)).into_bytes(),
            _ => match line(&mut rng) {
                Line::Typed(text) | Line::Button(text) => text.into_bytes(),
                Line::Press(n) => format!("[{n}]").into_bytes(),
                Line::Contact { phone, name } => format!("/contact {phone} {name}").into_bytes(),
                Line::Photo { file_id, caption } => {
                    format!("/photo {file_id} {}", caption.unwrap_or_default()).into_bytes()
                }
            },
        };
        bytes.retain(|b| *b != b'\n');
        input.extend(bytes);
        input.push(b'\n');
    }
    let started = Instant::now();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_pocketcrm"))
        .args(["console", "--user-id", "2", "--lang", "fa"])
        .env("DATABASE_URL", &url)
        .env("POCKETCRM_SECRET", "console-fuzz-secret-0123456789")
        .env("RUST_LOG", "error")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start the console");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        // The console may stop reading early only by failing, which the exit status below reports.
        let _ = stdin.write_all(&input).await;
    });
    let out = tokio::time::timeout(TIME_LIMIT, child.wait_with_output())
        .await
        .unwrap_or_else(|_| panic!("{db}: the console took over {TIME_LIMIT:?}"))
        .expect("the console's output");
    writer.await.expect("the writer");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{db} seed {seed}: the console failed: {stderr}");
    assert!(!stderr.contains("panicked"), "{db} seed {seed}: {stderr}");
    let i18n = pocketcrm::i18n::I18n::load().unwrap();
    for lang in pocketcrm::i18n::LANGS {
        let internal = i18n.msg(lang, "err-internal");
        assert!(!stdout.contains(&internal), "{db} seed {seed}: {lang} err-internal in the console's output");
    }
    println!(
        "{db}: {LINES} malformed lines through the console binary in {:.1} s ({} bytes of replies), seed {seed}",
        started.elapsed().as_secs_f64(),
        stdout.len()
    );
}

fn clip(s: &str) -> String {
    s.chars().take(200).collect()
}

#[tokio::test]
async fn ten_thousand_malformed_lines_on_sqlite() {
    run_sqlite(|store| fuzz(store, "sqlite")).await;
}

#[tokio::test]
async fn ten_thousand_malformed_lines_on_postgres() {
    run_postgres(|store| fuzz(store, "postgres")).await;
}

#[tokio::test]
async fn ten_thousand_malformed_lines_through_the_console_binary_on_sqlite() {
    let (url, _dir) = common::databases::fresh_sqlite();
    through_the_console(url, "sqlite").await;
}

#[tokio::test]
async fn ten_thousand_malformed_lines_through_the_console_binary_on_postgres() {
    common::databases::with_fresh_postgres(|url| through_the_console(url, "postgres")).await;
}
