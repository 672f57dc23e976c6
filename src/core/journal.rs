//! Meetings, calls and notes: logging the past, scheduling the future, the agenda, and the plain text that
//! becomes a note with one tap.

use super::audit::{self, Action, On};
use std::collections::HashMap;

use chrono::{Duration, NaiveTime};

use super::Engine;
use super::callback::{Outcome, Payload};
use super::card::activity_line;
use super::clients::editable_client;
use super::context::{Ctx, Fail, Out};
use super::reach::too_far;
use super::reply::{Arg, Button, Text, TimeStyle};
use super::session::State;
use crate::parse::fold::fold;
use crate::parse::when::{WhenError, local_to_utc, parse_when};
use crate::store::{ActivityKind, Client, NewActivity, NewReminder};

pub const MAX_SUMMARY_CHARS: usize = 3000;
/// A date without a time means the start of a working day.
pub fn default_time() -> NaiveTime {
    NaiveTime::from_hms_opt(9, 0, 0).expect("09:00 is a valid time")
}

fn prompt_key(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Meeting => "ask-meeting",
        ActivityKind::Call => "ask-call",
        _ => "ask-note",
    }
}

/// A card button (Meeting, Call, Note) was pressed: ask for when and what.
pub async fn ask(engine: &Engine, ctx: &mut Ctx, kind: ActivityKind, client_id: i64) -> Out {
    let client = editable_client(engine, ctx, client_id).await?;
    ctx.session.state = State::AwaitActivity { kind: kind.as_str().to_string(), client_id };
    Ok(vec![ctx.reply(Text::key(prompt_key(kind)).with("name", client.name))])
}

/// `/meet`, `/call`, `/note`, or the answer to a card button.
pub async fn log(engine: &Engine, ctx: &mut Ctx, kind: ActivityKind, args: &str, client_id: Option<i64>) -> Out {
    let (at, rest) = if kind == ActivityKind::Note {
        (ctx.now, args.to_string())
    } else {
        match parse_when(args, &ctx.lang, ctx.now, ctx.tz, default_time()) {
            Ok(w) => (w.at, w.rest),
            Err(WhenError::NotFound) => (ctx.now, args.to_string()),
            Err(WhenError::Invalid) => return Err(Fail::User(Text::key("err-date").with("input", args.to_string()))),
            Err(WhenError::OutOfRange) => return Err(too_far(ctx, args)),
        }
    };
    let (client, summary) = match client_id {
        Some(id) => (editable_client(engine, ctx, id).await?, rest),
        None => resolve_client(engine, ctx, &rest).await?,
    };
    let summary = summary.trim().to_string();
    if summary.chars().count() > MAX_SUMMARY_CHARS {
        return Err(Fail::User(Text::key("err-summary-long").with("max", MAX_SUMMARY_CHARS)));
    }
    if summary.is_empty() && kind == ActivityKind::Note {
        ctx.session.state = State::AwaitActivity { kind: kind.as_str().into(), client_id: client.id };
        return Ok(vec![ctx.reply(Text::key("ask-note").with("name", client.name))]);
    }
    ctx.session.state = State::Idle;
    let ws = client.workspace_id;
    let future = at > ctx.now;
    let new = NewActivity {
        workspace_id: ws,
        client_id: client.id,
        kind,
        happens_at: at,
        done: !future,
        summary: summary.clone(),
        outcome: None,
        author_member_id: ctx.member.id,
        deal_id: None,
    };
    if !future {
        let activity = engine.store.insert_activity(&new).await?;
        audit::record(engine, ctx, ws, Action::activity(kind), On::Activity { id: activity.id, client: client.id })
            .await;
        let text = Text::key(logged_key(kind))
            .with("name", client.name.clone())
            .with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime));
        let reply = ctx.reply(text);
        if kind == ActivityKind::Note {
            return Ok(vec![reply]);
        }
        return Ok(vec![reply.buttons(outcome_buttons(activity.id))]);
    }
    let activity = engine.store.insert_activity(&new).await?;
    audit::record(engine, ctx, ws, Action::activity(kind), On::Activity { id: activity.id, client: client.id }).await;
    let lead = Duration::minutes(i64::from(ctx.member.remind_before_min));
    let due = if at - lead > ctx.now { at - lead } else { at };
    let reminder = NewReminder {
        workspace_id: ws,
        member_id: ctx.member.id,
        client_id: Some(client.id),
        activity_id: Some(activity.id),
        text: summary,
        due_at: due,
    };
    engine.store.insert_reminder(&reminder).await?;
    engine.wake.notify_one();
    let text = Text::key(planned_key(kind))
        .with("name", client.name.clone())
        .with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime))
        .with("remind", Arg::time(due, ctx.tz, TimeStyle::DateTime));
    Ok(vec![ctx.reply(text)])
}

fn logged_key(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Meeting => "logged-meeting",
        ActivityKind::Call => "logged-call",
        _ => "logged-note",
    }
}

fn planned_key(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Call => "planned-call",
        _ => "planned-meeting",
    }
}

fn outcome_buttons(activity_id: i64) -> Vec<Vec<Button>> {
    Outcome::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter().map(|o| Button::new(Text::key(o.key()), Payload::Outcome(activity_id, *o).encode())).collect()
        })
        .collect()
}

pub async fn set_outcome(engine: &Engine, ctx: &mut Ctx, activity_id: i64, outcome: Outcome) -> Out {
    let ws = ctx.workspace()?;
    let Some(activity) = engine.store.get_activity(ws, activity_id).await? else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    // Only someone who may write to the client records how the meeting went.
    editable_client(engine, ctx, activity.client_id).await?;
    if !engine.store.set_activity_outcome(ws, activity_id, outcome.code()).await? {
        return Err(Fail::User(Text::key("err-stale-button")));
    }
    let on = On::Activity { id: activity_id, client: activity.client_id };
    audit::record(engine, ctx, ws, Action::OutcomeSet, on).await;
    Ok(vec![ctx.reply(Text::key("outcome-saved").with("outcome", outcome.code()))])
}

/// The client a command is about: one named at the start of the text, else the one in focus.
/// A name counts when it is a client's whole name, or (with nobody in focus) the start of exactly one name;
/// with a client in focus, a first word that merely begins another name is read as part of the summary.
async fn resolve_client(engine: &Engine, ctx: &Ctx, text: &str) -> Result<(Client, String), Fail> {
    let ws = ctx.workspace()?;
    let words: Vec<&str> = text.split_whitespace().collect();
    let has_focus = ctx.member.focus_client_id.is_some();
    for n in (1..=words.len().min(4)).rev() {
        let prefix = fold(&words[..n].join(" "));
        let (found, total) = engine.store.find_clients(ws, ctx.visible_owner(), &prefix, 2, 0).await?;
        let Some(first) = found.first() else { continue };
        let name = fold(&first.name);
        let whole = name == prefix;
        let starts = name.starts_with(&prefix) && total == 1;
        if whole || (starts && (!has_focus || n >= 2)) {
            let client = editable_client(engine, ctx, first.id).await?;
            return Ok((client, words[n..].join(" ")));
        }
    }
    match ctx.member.focus_client_id {
        Some(id) => Ok((editable_client(engine, ctx, id).await?, text.to_string())),
        None => Err(Fail::User(Text::key("err-no-focus"))),
    }
}

/// Text that is not a command: with a client open, offer to keep it as a note (one tap); else a hint.
pub async fn plain_text(engine: &Engine, ctx: &mut Ctx, text: &str) -> Out {
    let Ok(ws) = ctx.workspace() else {
        return Ok(vec![ctx.reply(Text::key("hint-start"))]);
    };
    let focused = match ctx.member.focus_client_id {
        // Only a client the member may write to is offered a note.
        Some(id) => engine.store.get_client(ws, id).await?.filter(|c| ctx.can_edit(c)),
        None => None,
    };
    let Some(client) = focused else {
        return Ok(vec![ctx.reply(Text::key("hint-plain"))]);
    };
    if text.chars().count() > MAX_SUMMARY_CHARS {
        return Err(Fail::User(Text::key("err-summary-long").with("max", MAX_SUMMARY_CHARS)));
    }
    ctx.session.pending_note = Some(text.to_string());
    let buttons = vec![vec![
        Button::new(Text::key("btn-save-note"), Payload::SaveNote.encode()),
        Button::new(Text::key("btn-cancel"), Payload::DropNote.encode()),
    ]];
    Ok(vec![ctx.reply(Text::key("note-offer").with("name", client.name)).buttons(buttons)])
}

pub async fn save_pending_note(engine: &Engine, ctx: &mut Ctx) -> Out {
    let (Some(text), Some(client_id)) = (ctx.session.pending_note.take(), ctx.member.focus_client_id) else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    let client = editable_client(engine, ctx, client_id).await?;
    let new = NewActivity {
        workspace_id: client.workspace_id,
        client_id: client.id,
        kind: ActivityKind::Note,
        happens_at: ctx.now,
        done: true,
        summary: text,
        outcome: None,
        author_member_id: ctx.member.id,
        deal_id: None,
    };
    let note = engine.store.insert_activity(&new).await?;
    let on = On::Activity { id: note.id, client: note.client_id };
    audit::record(engine, ctx, note.workspace_id, Action::activity(ActivityKind::Note), on).await;
    Ok(vec![
        ctx.reply(
            Text::key("logged-note")
                .with("name", client.name)
                .with("when", Arg::time(ctx.now, ctx.tz, TimeStyle::DateTime)),
        ),
    ])
}

/// `/today` (days = 1) and `/week` (days = 7): planned and held activities and reminders, in the member's zone.
pub async fn agenda(engine: &Engine, ctx: &mut Ctx, days: i64) -> Out {
    let ws = ctx.workspace()?;
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    let from = local_to_utc(ctx.tz, today.and_time(NaiveTime::MIN));
    let to = local_to_utc(ctx.tz, (today + Duration::days(days)).and_time(NaiveTime::MIN));
    let activities = engine.store.activities_between(ws, ctx.member.id, from, to).await?;
    let reminders = engine.store.reminders_between(ws, ctx.member.id, from, to).await?;

    let mut names: HashMap<i64, String> = HashMap::new();
    let client_ids = activities.iter().map(|a| a.client_id).chain(reminders.iter().filter_map(|r| r.client_id));
    for id in client_ids {
        if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(id)
            && let Some(c) = engine.store.get_client(ws, id).await?
        {
            slot.insert(c.name);
        }
    }

    let mut items: Vec<(chrono::DateTime<chrono::Utc>, Text)> = Vec::new();
    for a in activities.iter().filter(|a| a.kind != ActivityKind::Note.as_str()) {
        items.push((a.happens_at, activity_line(ctx, a, names.get(&a.client_id).map(String::as_str))));
    }
    // A reminder made for a meeting or call is already shown by that activity.
    for r in reminders.iter().filter(|r| r.activity_id.is_none()) {
        let line = Text::key("line-reminder")
            .with("when", Arg::time(r.due_at, ctx.tz, TimeStyle::DateTime))
            .with("text", r.text.clone())
            .with("state", r.state.clone());
        let line = match r.client_id.and_then(|id| names.get(&id)) {
            Some(name) => Text::Concat(vec![line, Text::Raw(format!(" — {name}"))]),
            None => line,
        };
        items.push((r.due_at, line));
    }
    items.sort_by_key(|(at, _)| *at);
    let title_key = if days == 1 { "agenda-today" } else { "agenda-week" };
    let title =
        Text::key(title_key).with("count", items.len()).with("date", Arg::time(ctx.now, ctx.tz, TimeStyle::Date));
    if items.is_empty() {
        return Ok(vec![ctx.reply(Text::Lines(vec![title, Text::key("agenda-empty")]))]);
    }
    let mut lines = vec![title];
    lines.extend(items.into_iter().map(|(_, t)| t));
    Ok(vec![ctx.reply(Text::Lines(lines))])
}
