//! `/start CODE`: a colleague opens an invite link and joins the team.

use super::code::looks_like_code;
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::dispatch::load_team;
use crate::core::reply::{Reply, Text};
use crate::core::session::Session;
use crate::parse::tz::zone_label;
use crate::store::InviteRefusal;

pub async fn accept(engine: &Engine, ctx: &mut Ctx, code: &str) -> Out {
    let code = code.trim();
    if !looks_like_code(code) {
        return Err(Fail::User(Text::key("join-unknown")));
    }
    let first_time = ctx.member.workspace_id.is_none();
    let membership = match engine.store.accept_invite(code, ctx.member.id, ctx.now).await? {
        Ok(m) => m,
        Err(refusal) => return Err(explain(engine, code, refusal).await?),
    };
    let joined = Action::MemberJoined { role: membership.role.clone() };
    audit::record(engine, ctx, membership.workspace_id, joined, On::Member(ctx.member.id)).await;
    if let Some(member) = engine.store.get_member(ctx.member.id).await? {
        ctx.member = member;
    }
    (ctx.team, ctx.role) = load_team(engine, &ctx.member).await?;
    // Whatever was half-done belonged to the previous team.
    ctx.session = Session::default();
    let (team, shared) = ctx.team.as_ref().map(|t| (t.name.clone(), t.shared_base)).unwrap_or_default();
    let mut lines = vec![
        Text::key("join-welcome").with("team", team).with("role", membership.role.clone()),
        Text::key("join-what").with("role", membership.role.clone()).with("shared", if shared { "yes" } else { "no" }),
        Text::key("join-next"),
    ];
    if first_time {
        lines.push(Text::key("join-settings").with("zone", zone_label(ctx.tz, ctx.now)));
    }
    let mut replies = vec![ctx.reply(Text::Lines(lines))];
    replies.extend(tell_owner(engine, ctx, &membership.role).await?);
    Ok(replies)
}

/// The owner learns at once that a colleague joined (in the owner's own language).
async fn tell_owner(engine: &Engine, ctx: &Ctx, role: &str) -> Result<Option<Reply>, Fail> {
    let Some(team) = &ctx.team else { return Ok(None) };
    let Some(owner) = engine.store.get_member(team.owner_member_id).await? else { return Ok(None) };
    if owner.id == ctx.member.id {
        return Ok(None);
    }
    let text =
        Text::key("team-joined-notice").with("name", ctx.member.display_name.clone()).with("role", role.to_string());
    Ok(Some(Reply::new(&owner.locale, text).to(owner.tg_user_id)))
}

/// Each refusal says what happened and what to do; an expired or used link says "ask for a new one".
async fn explain(engine: &Engine, code: &str, refusal: InviteRefusal) -> Result<Fail, Fail> {
    let key = match refusal {
        InviteRefusal::Unknown => "join-unknown",
        InviteRefusal::Expired => "join-expired",
        InviteRefusal::Revoked => "join-revoked",
        InviteRefusal::Used => "join-used",
        InviteRefusal::OwnsTeam => "join-owner",
        InviteRefusal::AlreadyMember => {
            let invite = engine.store.invite_by_code(code).await?;
            let team = match invite {
                Some(i) => engine.store.get_workspace(i.workspace_id).await?.map(|w| w.name).unwrap_or_default(),
                None => String::new(),
            };
            return Ok(Fail::User(Text::key("join-already").with("team", team)));
        }
    };
    Ok(Fail::User(Text::key(key)))
}
