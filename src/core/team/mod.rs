//! Teams: invites by deep link, /team, roles, removing a member and handing over their work, switching teams,
//! and reassigning a client.
//!
//! Dispatch lets team buttons run before the member has a team (an invite is how one joins), so every handler
//! here checks the role and the team itself.

mod assign;
pub(super) mod code; // the customers area makes its opt-in codes the same way
mod invite;
mod join;
mod payload;
mod roster;
mod settings;
mod switch;

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::reply::{Button, Text};
use super::roles::Role;
use payload::TeamButton;

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["invite", "invites", "team", "teams", "assign"];

pub async fn command(engine: &Engine, ctx: &mut Ctx, cmd: &str, args: &str) -> Out {
    match cmd {
        // `/start CODE` from an invite link.
        "start" => join::accept(engine, ctx, args).await,
        "invite" => invite::create(engine, ctx, args).await,
        "invites" => invite::list(engine, ctx).await,
        "team" => settings::team_command(engine, ctx, args).await,
        "teams" => switch::list(engine, ctx).await,
        "assign" => assign::ask_focused(engine, ctx, args).await,
        _ => Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}")))),
    }
}

/// A press on one of this area's buttons; `data` is the payload after the area prefix.
pub async fn button(engine: &Engine, ctx: &mut Ctx, data: &str) -> Out {
    let Some(pressed) = TeamButton::decode(data) else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    match pressed {
        TeamButton::Revoke { ws, invite } => invite::revoke(engine, ctx, ws, invite).await,
        TeamButton::SetRole { ws, member, role } => roster::set_role(engine, ctx, ws, member, role).await,
        TeamButton::AskRemove { ws, member } => roster::ask_remove(engine, ctx, ws, member).await,
        TeamButton::Remove { ws, member, heir } => roster::remove(engine, ctx, ws, member, heir).await,
        TeamButton::SharedBase { ws, on } => settings::set_shared_base(engine, ctx, ws, on).await,
        TeamButton::Switch { ws } => switch::switch(engine, ctx, ws).await,
        TeamButton::AssignPick { ws, client } => assign::ask(engine, ctx, ws, client).await,
        TeamButton::Assign { ws, client, member } => assign::assign(engine, ctx, ws, client, member).await,
        TeamButton::Cancel => Ok(vec![ctx.reply(Text::key("cancelled"))]),
    }
}

/// The card's extra row for those who may hand a client over (owners and leads).
pub async fn card_buttons(
    engine: &Engine,
    ctx: &Ctx,
    client_id: i64,
    mut rows: Vec<Vec<Button>>,
) -> Result<Vec<Vec<Button>>, Fail> {
    // Handing a client over needs someone to hand it to.
    if let (true, Some(team)) = (ctx.sees_all(), &ctx.team)
        && engine.store.member_count(team.id).await? > 1
    {
        let data = TeamButton::AssignPick { ws: team.id, client: client_id }.encode();
        rows.push(vec![Button::new(Text::key("btn-assign"), data)]);
    }
    Ok(rows)
}

/// The member's current team when they hold one of the roles, and the button was made in that team. A button
/// of another team answers with `missing`, exactly as an id that does not exist.
fn team_of_button(ctx: &Ctx, ws: i64, roles: &[Role], missing: &'static str) -> Result<i64, Fail> {
    ctx.require(roles)?;
    let current = ctx.workspace()?;
    if current != ws {
        return Err(Fail::User(Text::key(missing)));
    }
    Ok(current)
}

/// A member's name as a button shows it: short enough for a phone.
fn short_name(name: &str) -> String {
    const MAX: usize = 24;
    if name.chars().count() <= MAX {
        return name.to_string();
    }
    let mut s: String = name.chars().take(MAX - 1).collect();
    s.push('…');
    s
}
