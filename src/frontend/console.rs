//! The bot in a terminal: one message per line on stdin, replies on stdout, buttons as `[1] Label` and
//! pressed by typing `[1]`. Reminders that fall due while it runs are printed as they fire.
//! Console only: `/contact +79991234567 Ivan Petrov` stands for sharing one's own phone contact,
//! `/photo FILE_ID [caption]` for sending a photo, and `/as 1002 Anna` switches who is typing (a colleague, or a
//! customer), so a whole story can be played in one terminal.

use std::io::Write;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::sync::watch;

use crate::config::ConsoleArgs;
use crate::core::{Actor, Chat, Engine, Event, Reply, SystemClock};
use crate::i18n::{I18n, supported_lang};
use crate::scheduler::{CampaignWorker, DeliveryError, Notifier, PromoError, Scheduler, WorkerConfig, instance_id};
use crate::secret::ServerSecret;
use crate::store::{MemberPatch, Store};

pub async fn run(store: Arc<dyn Store>, args: ConsoleArgs, secret: ServerSecret) -> anyhow::Result<()> {
    let i18n = Arc::new(I18n::load()?);
    let engine = Engine::new(store.clone(), Arc::new(SystemClock)).with_secret(secret);
    let mut actor = Actor {
        user_id: args.user_id,
        display_name: args.name.clone(),
        language_code: args.lang.clone(),
        chat: Chat::Private,
    };
    if let Some(lang) = &args.lang {
        // --lang is an explicit choice, also for a member who already exists.
        let lang = supported_lang(Some(lang));
        // This call skips the core's entry, so the name is made storable here as the core would (no NUL).
        let name = crate::core::input::storable(&actor.display_name);
        let member = store.ensure_member(actor.user_id, &name, lang, crate::parse::tz::guess_zone(lang)).await?;
        store.update_member(member.id, &MemberPatch { locale: Some(lang.to_string()), ..Default::default() }).await?;
    }
    let screen = Arc::new(Mutex::new(Screen { out: Box::new(std::io::stdout()), buttons: Vec::new() }));
    let notifier = Arc::new(ConsoleNotifier { screen: screen.clone(), i18n: i18n.clone() });
    let (stop, stopped) = watch::channel(false);
    let instance = instance_id("console");
    let scheduler =
        tokio::spawn(Scheduler::standard(engine.clone(), notifier.clone(), instance.clone()).run(stopped.clone()));
    let worker =
        |instance: &str| CampaignWorker::new(engine.clone(), notifier.clone(), instance, WorkerConfig::default());
    let campaigns = tokio::spawn(worker(&instance).run(stopped));

    let mut input = BufReader::new(tokio::io::stdin());
    let mut bytes = Vec::new();
    loop {
        bytes.clear();
        if input.read_until(b'\n', &mut bytes).await? == 0 {
            break;
        }
        // A script in another encoding (a Windows-1251 file, a stray byte) is read as best we can, not refused
        // whole: invalid bytes become U+FFFD and the line is answered like any other.
        let line = String::from_utf8_lossy(&bytes);
        let line = line.trim_end_matches(['\n', '\r']);
        if let Some(rest) = line.trim().strip_prefix("/as ") {
            switch_actor(&mut actor, rest, &screen);
            continue;
        }
        let Some(event) = read_event(line, &screen) else { continue };
        let replies = engine.handle(&actor, event).await;
        let mut screen = screen.lock().expect("screen lock");
        for reply in &replies {
            screen.show(&i18n, reply);
        }
    }
    let _ = stop.send(true);
    scheduler.await?;
    campaigns.await?;
    // A script's campaigns go out before the console ends, in order: progress, promotions, report.
    if let Err(e) = worker(&instance_id("console")).round().await {
        tracing::error!(error = ?e, "sending the last campaigns failed");
    }
    Ok(())
}

/// `/as ID [name]`: from now on the lines are typed by that Telegram user.
fn switch_actor(actor: &mut Actor, rest: &str, screen: &Mutex<Screen>) {
    let mut words = rest.split_whitespace();
    let mut screen = screen.lock().expect("screen lock");
    match words.next().and_then(|id| id.parse::<i64>().ok()) {
        Some(id) => {
            let name = words.collect::<Vec<_>>().join(" ");
            actor.user_id = id;
            if !name.is_empty() {
                actor.display_name = name;
            }
            let _ = writeln!(screen.out, "(now typing as {id}, {})\n", actor.display_name);
        }
        None => {
            let _ = writeln!(screen.out, "(usage: /as 1002 Anna)\n");
        }
    }
}

fn read_event(line: &str, screen: &Mutex<Screen>) -> Option<Event> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    if let Some(n) = line.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        let screen = screen.lock().expect("screen lock");
        // An unknown number is pressed as an empty payload: the core answers it like any stale button.
        let data =
            n.trim().parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| screen.buttons.get(i)).cloned();
        return Some(Event::Button(data.unwrap_or_default()));
    }
    if let Some(rest) = line.strip_prefix("/contact ") {
        let mut words = rest.split_whitespace();
        let phone = words.next().unwrap_or_default().to_string();
        let first_name = words.collect::<Vec<_>>().join(" ");
        return Some(Event::Contact { phone, first_name, last_name: None, own: true });
    }
    if let Some(rest) = line.strip_prefix("/photo ") {
        let (file_id, caption) = match rest.trim().split_once(' ') {
            Some((id, caption)) => (id.to_string(), Some(caption.trim().to_string())),
            None => (rest.trim().to_string(), None),
        };
        return Some(Event::Photo { file_id, caption });
    }
    Some(Event::Text(line.to_string()))
}

struct Screen {
    out: Box<dyn Write + Send>,
    /// The payloads of the buttons last shown, numbered from 1.
    buttons: Vec<String>,
}

impl Screen {
    fn show(&mut self, i18n: &I18n, reply: &Reply) {
        let rendered = i18n.render(reply);
        let mut text = rendered.chunks.join("\n");
        if let Some(other) = reply.to {
            // The console has one member at the keyboard; a notice for someone else is shown as such.
            text = format!("📨 → {other}\n{text}");
        }
        if let Some(photo) = &reply.photo {
            text = format!("🖼 {}\n{text}", save_photo(&photo.name, &photo.png));
        }
        if !rendered.buttons.is_empty() {
            self.buttons.clear();
            for row in &rendered.buttons {
                let labels: Vec<String> = row
                    .iter()
                    .map(|(label, data)| {
                        self.buttons.push(data.clone());
                        format!("[{}] {label}", self.buttons.len())
                    })
                    .collect();
                text.push('\n');
                text.push_str(&labels.join("  "));
            }
        }
        // A closed stdout (e.g. `| head`) is not worth crashing the bot over.
        let _ = writeln!(self.out, "{text}\n");
        let _ = self.out.flush();
    }
}

/// A chart cannot be shown in a terminal: it goes to a file, and the path is printed instead.
fn save_photo(name: &str, png: &[u8]) -> String {
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S%.3f");
    let path = std::env::temp_dir().join(format!("pocketcrm-{stamp}-{name}"));
    match std::fs::write(&path, png) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("({name} could not be saved: {e})"),
    }
}

struct ConsoleNotifier {
    screen: Arc<Mutex<Screen>>,
    i18n: Arc<I18n>,
}

#[async_trait]
impl Notifier for ConsoleNotifier {
    async fn deliver(&self, _tg_user_id: i64, reply: Reply) -> Result<(), DeliveryError> {
        self.screen.lock().expect("screen lock").show(&self.i18n, &reply);
        Ok(())
    }

    /// A promotion to a customer shows as `📨 → id` and the message.
    async fn send_promo(&self, tg_user_id: i64, reply: &Reply, _paid: bool) -> Result<i64, PromoError> {
        self.screen.lock().expect("screen lock").show(&self.i18n, &reply.clone().to(tg_user_id));
        Ok(0)
    }
}
