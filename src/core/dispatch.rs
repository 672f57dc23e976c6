//! Routes what a member did to the rule that handles it, and turns failures into explanations.

use chrono_tz::Tz;
use unicode_normalization::UnicodeNormalization;

use super::callback::{Area, Payload};
use super::commands::split_command;
use super::context::{Ctx, Fail, Out, user_err};
use super::input::{Actor, Chat, Event};
use super::reply::{Reply, Text};
use super::roles::Role;
use super::session::{Session, State};
use super::{
    Engine, MAX_INPUT_CHARS, audit, campaigns, clients, customers, deals, digest, journal, reminders, reports,
    settings, team,
};
use crate::i18n::supported_lang;
use crate::parse::tz::guess_zone;
use crate::store::{ActivityKind, Member, MemberPatch, StoreError, Workspace};

/// The database could not be reached while handling an update; nothing of it was kept (see `Engine::try_handle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// A store failure as the member hears of it: out of reach (worth trying again), or a plain internal error.
fn failed(e: &StoreError, lang: &str) -> Result<Vec<Reply>, Unavailable> {
    if e.is_unavailable() {
        return Err(Unavailable);
    }
    Ok(vec![Reply::new(lang, Text::key("err-internal"))])
}

pub async fn try_handle(engine: &Engine, actor: &Actor, event: Event) -> Result<Vec<Reply>, Unavailable> {
    // Every entry (members, customers, groups; text, buttons, contacts, captions, names) passes here, so this is the
    // one place that keeps text no store can hold away from SQL.
    let (actor, event) = (&actor.storable(), event.storable());
    // In a group only `/digest` is answered, and only to the members of the team the group belongs to.
    if let Chat::Group(chat_id) = actor.chat {
        return Ok(digest::group(engine, actor, chat_id, event).await);
    }
    let guess = supported_lang(actor.language_code.as_deref());
    if let Event::Text(text) = &event {
        let len = text.chars().count();
        if len > MAX_INPUT_CHARS {
            let text = Text::key("err-too-long").with("max", MAX_INPUT_CHARS).with("length", len);
            return Ok(vec![Reply::new(guess, text)]);
        }
    }
    // Customers (people who opted in to a team's promotions) never reach the CRM: their opt-in links, buttons
    // and messages are answered here, before anyone is made a member.
    match customers::intercept(engine, actor, &event).await {
        Ok(Some(replies)) => return Ok(replies),
        Ok(None) => {}
        Err(e) => {
            tracing::error!(error = ?e, "handling a customer's update failed");
            return failed(&e, guess);
        }
    }
    let member = match engine.store.ensure_member(actor.user_id, &actor.display_name, guess, guess_zone(guess)).await {
        Ok(m) => m,
        Err(e) => {
            tracing::error!(error = ?e, "loading the member failed");
            return failed(&e, guess);
        }
    };
    let tz: Tz = member.tz.parse().unwrap_or(Tz::UTC);
    let session = Session::from_json(member.dialog.as_deref());
    let before = session.clone();
    let (team, role) = match load_team(engine, &member).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = ?e, "loading the member's team failed");
            return failed(&e, &member.locale);
        }
    };
    let mut ctx = Ctx { lang: member.locale.clone(), member, team, role, tz, session, now: engine.clock.now() };

    let replies = match route(engine, &mut ctx, event).await {
        Ok(replies) => replies,
        Err(Fail::User(text)) => vec![ctx.reply(text)],
        Err(Fail::Store(e)) => {
            tracing::error!(error = ?e, member = ctx.member.id, "handling an update failed");
            // Nothing half-done is kept: the session stays as it was, so the member can simply try again.
            return failed(&e, &ctx.lang);
        }
    };
    if ctx.session != before {
        let patch = MemberPatch { dialog: Some(ctx.session.to_json()), ..Default::default() };
        if let Err(e) = engine.store.update_member(ctx.member.id, &patch).await {
            tracing::error!(error = ?e, member = ctx.member.id, "saving the dialogue failed");
        }
    }
    Ok(replies)
}

/// The member's current team and role; nothing once their membership has ended.
pub async fn load_team(engine: &Engine, member: &Member) -> Result<(Option<Workspace>, Option<Role>), StoreError> {
    let Some(ws) = member.workspace_id else { return Ok((None, None)) };
    let Some(membership) = engine.store.membership(ws, member.id).await? else { return Ok((None, None)) };
    let team = engine.store.get_workspace(ws).await?;
    Ok((team, Role::parse(&membership.role)))
}

async fn route(engine: &Engine, ctx: &mut Ctx, event: Event) -> Out {
    match event {
        Event::Text(text) => {
            // Phones may send decomposed accents (e + U+0301); every rule downstream reads composed text.
            let text: String = text.nfc().collect();
            let text = text.trim();
            if text.is_empty() {
                return Err(user_err("err-empty"));
            }
            match split_command(text) {
                Some((cmd, args)) => command(engine, ctx, &cmd, args).await,
                None => plain_text(engine, ctx, text).await,
            }
        }
        Event::Button(data) => match Payload::decode(&data) {
            Some(payload) => button(engine, ctx, payload).await,
            None => Err(user_err("err-stale-button")),
        },
        Event::Photo { file_id, caption } => {
            ctx.workspace()?;
            campaigns::photo(engine, ctx, &file_id, caption.as_deref()).await
        }
        Event::Contact { phone, first_name, last_name, .. } => {
            ctx.workspace()?;
            let name = match last_name {
                Some(last) if !last.trim().is_empty() => format!("{} {}", first_name.trim(), last.trim()),
                _ => first_name.trim().to_string(),
            };
            clients::from_contact(engine, ctx, &phone, &name).await
        }
    }
}

async fn command(engine: &Engine, ctx: &mut Ctx, cmd: &str, args: &str) -> Out {
    // A new command ends whatever step-by-step dialogue was open.
    ctx.session.state = State::Idle;
    match cmd {
        // `/start CODE` arrives from an invite link.
        "start" if !args.is_empty() => team::command(engine, ctx, cmd, args).await,
        "start" => settings::start(engine, ctx).await,
        "help" => Ok(vec![settings::help(ctx)]),
        "lang" => settings::lang(engine, ctx, args).await,
        "tz" => settings::tz(engine, ctx, args).await,
        "before" => settings::before(engine, ctx, args).await,
        "cancel" => {
            ctx.session = Session { search: ctx.session.search.take(), ..Session::default() };
            Ok(vec![ctx.reply(Text::key("cancelled"))])
        }
        "add" | "find" | "meet" | "call" | "note" | "remind" | "today" | "week" => {
            ctx.workspace()?;
            match cmd {
                "add" => clients::add(engine, ctx, args).await,
                "find" => clients::find(engine, ctx, args).await,
                "meet" => journal::log(engine, ctx, ActivityKind::Meeting, args, None).await,
                "call" => journal::log(engine, ctx, ActivityKind::Call, args, None).await,
                "note" => journal::log(engine, ctx, ActivityKind::Note, args, None).await,
                "remind" => reminders::create(engine, ctx, args, None).await,
                "today" => journal::agenda(engine, ctx, 1).await,
                _ => journal::agenda(engine, ctx, 7).await,
            }
        }
        _ if team::COMMANDS.contains(&cmd) => team::command(engine, ctx, cmd, args).await,
        _ if deals::COMMANDS.contains(&cmd) => deals::command(engine, ctx, cmd, args).await,
        _ if reports::COMMANDS.contains(&cmd) => reports::command(engine, ctx, cmd, args).await,
        _ if audit::COMMANDS.contains(&cmd) => {
            ctx.workspace()?;
            audit::command(engine, ctx, cmd, args).await
        }
        _ if digest::COMMANDS.contains(&cmd) => digest::command(engine, ctx, cmd, args).await,
        _ if customers::COMMANDS.contains(&cmd) => {
            ctx.workspace()?;
            customers::command(engine, ctx, cmd, args).await
        }
        _ if campaigns::COMMANDS.contains(&cmd) => {
            ctx.workspace()?;
            campaigns::command(engine, ctx, cmd, args).await
        }
        _ => Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}")))),
    }
}

async fn plain_text(engine: &Engine, ctx: &mut Ctx, text: &str) -> Out {
    let state = ctx.session.state.clone();
    if !matches!(state, State::Idle | State::AwaitTz) {
        ctx.workspace()?;
    }
    match state {
        State::Idle => journal::plain_text(engine, ctx, text).await,
        State::AddName => clients::add_name(engine, ctx, text).await,
        State::AddDetails { name } => clients::add_details(engine, ctx, &name, text).await,
        State::AwaitTz => settings::set_tz_text(engine, ctx, text).await,
        State::AwaitActivity { kind, client_id } => {
            let kind = ActivityKind::parse(&kind).unwrap_or(ActivityKind::Note);
            journal::log(engine, ctx, kind, text, Some(client_id)).await
        }
        State::AwaitRemind { client_id } => reminders::create(engine, ctx, text, Some(client_id)).await,
        State::AwaitEdit { client_id } => clients::edit(engine, ctx, client_id, text).await,
        State::Deal(step) => deals::answer(engine, ctx, step, text).await,
        State::Customer(step) => customers::answer(engine, ctx, step, text).await,
        State::Campaign(step) => campaigns::answer(engine, ctx, step, text).await,
    }
}

async fn button(engine: &Engine, ctx: &mut Ctx, payload: Payload) -> Out {
    match payload {
        Payload::Lang(lang) => return settings::set_lang(engine, ctx, &lang).await,
        Payload::Zone(index) => return settings::set_zone_index(engine, ctx, index).await,
        // Joining a team happens before one has a team: the team area checks membership itself.
        Payload::Area(Area::Team, data) => return team::button(engine, ctx, &data).await,
        _ => {}
    }
    ctx.workspace()?;
    match payload {
        Payload::Lang(_) | Payload::Zone(_) | Payload::Area(Area::Team, _) => unreachable!("handled above"),
        Payload::Area(area, data) => match area {
            Area::Team => unreachable!("handled above"),
            Area::Deal => deals::button(engine, ctx, &data).await,
            Area::Report => reports::button(engine, ctx, &data).await,
            Area::Digest => digest::button(engine, ctx, &data).await,
            Area::Customer => customers::button(engine, ctx, &data).await,
            Area::Campaign => campaigns::button(engine, ctx, &data).await,
            Area::Audit => audit::button(engine, ctx, &data).await,
        },
        Payload::OpenClient(id) => clients::open(engine, ctx, id).await,
        Payload::FindPage(offset) => clients::find_page(engine, ctx, offset).await,
        Payload::Log(kind, id) => journal::ask(engine, ctx, kind, id).await,
        Payload::RemindFor(id) => reminders::ask(engine, ctx, id).await,
        Payload::Edit(id) => clients::ask_edit(engine, ctx, id).await,
        Payload::ReminderDone(id) => reminders::done(engine, ctx, id).await,
        Payload::ReminderHour(id) => reminders::snooze_hour(engine, ctx, id).await,
        Payload::ReminderTomorrow(id) => reminders::snooze_tomorrow(engine, ctx, id).await,
        Payload::Outcome(id, outcome) => journal::set_outcome(engine, ctx, id, outcome).await,
        Payload::SaveNote => journal::save_pending_note(engine, ctx).await,
        Payload::DropNote => {
            ctx.session.pending_note = None;
            Ok(vec![ctx.reply(Text::key("note-dropped"))])
        }
        Payload::AddAnyway => clients::add_anyway(engine, ctx).await,
        Payload::AddCancel => {
            ctx.session.pending_client = None;
            Ok(vec![ctx.reply(Text::key("cancelled"))])
        }
    }
}
