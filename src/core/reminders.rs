//! /remind and the reminder's own buttons (Done, +1 hour, Tomorrow, Open client); the message a due reminder
//! arrives as, and the one that says a reminder may not have reached the member.

use super::audit::{self, Action, On};
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::Engine;
use super::callback::Payload;
use super::clients::visible_client;
use super::context::{Ctx, Fail, Out};
use super::journal::{MAX_SUMMARY_CHARS, default_time};
use super::reach::too_far;
use super::reply::{Arg, Button, Reply, Text, TimeStyle};
use super::session::State;
use crate::parse::when::{WhenError, parse_when};
use crate::store::{DueReminder, NewReminder, Reminder};

/// A reminder sent this long after its time is marked late: a normal round sends within seconds, so anything a
/// minute behind was held up (a restart, a database outage) and the member should know the time has passed.
const LATE_AFTER: Duration = Duration::seconds(60);

/// The card's Remind button: ask when and what.
pub async fn ask(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = visible_client(engine, ctx, client_id).await?;
    ctx.session.state = State::AwaitRemind { client_id };
    Ok(vec![ctx.reply(Text::key("ask-remind").with("name", client.name))])
}

/// `/remind tomorrow 10:00 call Ivan`, or the answer to the Remind button (then tied to that client).
pub async fn create(engine: &Engine, ctx: &mut Ctx, args: &str, client_id: Option<i64>) -> Out {
    let ws = ctx.workspace()?;
    if args.is_empty() {
        return Err(Fail::User(Text::key("err-remind-empty")));
    }
    let when = match parse_when(args, &ctx.lang, ctx.now, ctx.tz, default_time()) {
        Ok(w) => w,
        Err(WhenError::NotFound) => return Err(Fail::User(Text::key("err-remind-when").with("input", clip(args)))),
        Err(WhenError::Invalid) => return Err(Fail::User(Text::key("err-date").with("input", clip(args)))),
        Err(WhenError::OutOfRange) => return Err(too_far(ctx, args)),
    };
    let mut at = when.at;
    // "10:00" said at 13:00 means tomorrow's 10:00; a named date in the past is a mistake to point out.
    if at <= ctx.now && !when.has_date {
        at += Duration::days(1);
    }
    if at <= ctx.now {
        return Err(Fail::User(Text::key("err-past").with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime))));
    }
    let text = when.rest.trim().to_string();
    if text.is_empty() {
        return Err(Fail::User(Text::key("err-remind-text").with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime))));
    }
    if text.chars().count() > MAX_SUMMARY_CHARS {
        return Err(Fail::User(Text::key("err-summary-long").with("max", MAX_SUMMARY_CHARS)));
    }
    if let Some(id) = client_id {
        visible_client(engine, ctx, id).await?;
    }
    let new = NewReminder {
        workspace_id: ws,
        member_id: ctx.member.id,
        client_id,
        activity_id: None,
        text: text.clone(),
        due_at: at,
    };
    let reminder = engine.store.insert_reminder(&new).await?;
    let on = On::Reminder { id: reminder.id, client: reminder.client_id };
    audit::record(engine, ctx, ws, Action::ReminderSet, on).await;
    engine.wake.notify_one();
    ctx.session.state = State::Idle;
    Ok(vec![
        ctx.reply(Text::key("remind-set").with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime)).with("text", text)),
    ])
}

fn clip(s: &str) -> String {
    s.chars().take(80).collect()
}

async fn own_reminder(engine: &Engine, ctx: &Ctx, id: i64) -> Result<Reminder, Fail> {
    let ws = ctx.workspace()?;
    match engine.store.get_reminder(ws, id).await? {
        // Only the member it belongs to may act on it, even inside one workspace.
        Some(r) if r.member_id == ctx.member.id => Ok(r),
        _ => Err(Fail::User(Text::key("err-stale-button"))),
    }
}

pub async fn done(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let r = own_reminder(engine, ctx, id).await?;
    engine.store.set_reminder_state(r.workspace_id, r.id, "done").await?;
    let on = On::Reminder { id: r.id, client: r.client_id };
    audit::record(engine, ctx, r.workspace_id, Action::ReminderDone, on).await;
    Ok(vec![ctx.reply(Text::key("reminder-done").with("text", r.text))])
}

pub async fn snooze_hour(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let r = own_reminder(engine, ctx, id).await?;
    let at = ctx.now + Duration::hours(1);
    move_to(engine, ctx, r, at).await
}

/// Tomorrow at the same local time as it was due (or 09:00 if that has already passed tomorrow).
pub async fn snooze_tomorrow(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let r = own_reminder(engine, ctx, id).await?;
    let local_time = r.due_at.with_timezone(&ctx.tz).time();
    let tomorrow = ctx.now.with_timezone(&ctx.tz).date_naive() + Duration::days(1);
    let at = crate::parse::when::local_to_utc(ctx.tz, tomorrow.and_time(local_time));
    move_to(engine, ctx, r, at).await
}

async fn move_to(engine: &Engine, ctx: &Ctx, r: Reminder, at: DateTime<Utc>) -> Out {
    engine.store.reschedule_reminder(r.workspace_id, r.id, at).await?;
    let on = On::Reminder { id: r.id, client: r.client_id };
    audit::record(engine, ctx, r.workspace_id, Action::ReminderMoved, on).await;
    engine.wake.notify_one();
    Ok(vec![ctx.reply(
        Text::key("remind-moved").with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime)).with("text", r.text),
    )])
}

/// The message a due reminder arrives as, in the member's language and zone, with its buttons.
pub async fn due_message(engine: &Engine, due: &DueReminder) -> Reply {
    let r = &due.reminder;
    let tz: Tz = due.tz.parse().unwrap_or(Tz::UTC);
    let now = engine.clock.now();
    let mut lines = Vec::new();
    let activity = match r.activity_id {
        Some(id) => engine.store.get_activity(r.workspace_id, id).await.ok().flatten(),
        None => None,
    };
    match &activity {
        Some(a) => lines.push(
            Text::key("reminder-activity")
                .with("kind", a.kind.clone())
                .with("when", Arg::time(a.happens_at, tz, TimeStyle::DateTime))
                .with("name", due.client_name.clone().unwrap_or_default())
                .with("text", r.text.clone()),
        ),
        None => lines.push(Text::key("reminder-due").with("text", r.text.clone())),
    }
    if activity.is_none()
        && let Some(name) = &due.client_name
    {
        lines.push(Text::key("reminder-client").with("name", name.clone()));
    }
    if now - r.due_at > LATE_AFTER {
        lines.push(Text::key("reminder-late").with("when", Arg::time(r.due_at, tz, TimeStyle::DateTime)));
    }
    Reply::new(&due.locale, Text::Lines(lines)).buttons(reminder_buttons(r))
}

/// What a member is told when a reminder's send was cut short by a crash: it may or may not have arrived, and it is
/// never sent again, so they get its text and time once, with the same buttons to settle or move it.
pub fn interrupted_message(due: &DueReminder) -> Reply {
    let r = &due.reminder;
    let tz: Tz = due.tz.parse().unwrap_or(Tz::UTC);
    let mut lines = vec![
        Text::key("reminder-interrupted")
            .with("text", r.text.clone())
            .with("when", Arg::time(r.due_at, tz, TimeStyle::DateTime)),
    ];
    if let Some(name) = &due.client_name {
        lines.push(Text::key("reminder-client").with("name", name.clone()));
    }
    Reply::new(&due.locale, Text::Lines(lines)).buttons(reminder_buttons(r))
}

/// Done, +1 hour, Tomorrow; and Open client when it belongs to one.
fn reminder_buttons(r: &Reminder) -> Vec<Vec<Button>> {
    let mut rows = vec![vec![
        Button::new(Text::key("btn-done"), Payload::ReminderDone(r.id).encode()),
        Button::new(Text::key("btn-hour"), Payload::ReminderHour(r.id).encode()),
        Button::new(Text::key("btn-tomorrow"), Payload::ReminderTomorrow(r.id).encode()),
    ]];
    if let Some(client_id) = r.client_id {
        rows.push(vec![Button::new(Text::key("btn-open-client"), Payload::OpenClient(client_id).encode())]);
    }
    rows
}
