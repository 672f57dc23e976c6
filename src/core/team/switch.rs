//! `/teams`: the teams a member belongs to, and switching the one they work in.

use super::payload::TeamButton;
use super::short_name;
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::dispatch::load_team;
use crate::core::reply::{Button, Text};
use crate::core::session::Session;

pub async fn list(engine: &Engine, ctx: &mut Ctx) -> Out {
    let teams = engine.store.member_teams(ctx.member.id).await?;
    if teams.is_empty() {
        return Ok(vec![ctx.reply(Text::key("teams-none"))]);
    }
    let current = ctx.team.as_ref().map(|t| t.id);
    let mut lines = vec![Text::key("teams-title")];
    let mut rows = Vec::new();
    for t in &teams {
        let here = Some(t.workspace_id) == current;
        lines.push(
            Text::key("teams-line")
                .with("team", t.name.clone())
                .with("role", t.role.clone())
                .with("members", t.members)
                .with("current", if here { "yes" } else { "no" }),
        );
        if !here {
            let data = TeamButton::Switch { ws: t.workspace_id }.encode();
            rows.push(vec![Button::new(Text::key("btn-switch").with("team", short_name(&t.name)), data)]);
        }
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

/// Work in another of one's teams; a team one no longer belongs to answers as a missing one.
pub async fn switch(engine: &Engine, ctx: &mut Ctx, ws: i64) -> Out {
    if !engine.store.switch_team(ctx.member.id, ws).await? {
        return Err(Fail::User(Text::key("err-team-gone")));
    }
    if let Some(member) = engine.store.get_member(ctx.member.id).await? {
        ctx.member = member;
    }
    (ctx.team, ctx.role) = load_team(engine, &ctx.member).await?;
    // A search or a half-typed answer belonged to the other team.
    ctx.session = Session::default();
    let (Some(team), Some(role)) = (&ctx.team, ctx.role) else {
        return Err(Fail::User(Text::key("err-team-gone")));
    };
    Ok(vec![ctx.reply(Text::key("team-switched").with("team", team.name.clone()).with("role", role.as_str()))])
}
