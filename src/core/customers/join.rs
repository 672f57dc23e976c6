//! A customer opens a team's invite: they become a colleague there. The member row is made only for an invite
//! that can still be accepted (a customer must not get one for nothing), the team area does the joining, and
//! the chat's customer menu gives way to the members' one.

use chrono_tz::Tz;

use super::who::Customer;
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::dispatch::load_team;
use crate::core::reply::{Menu, Text};
use crate::core::session::Session;
use crate::core::team::code::looks_like_code;
use crate::parse::tz::guess_zone;
use crate::store::MemberPatch;

pub async fn invite(engine: &Engine, customer: &Customer<'_>, code: &str) -> Out {
    let code = code.trim();
    let found = if looks_like_code(code) { engine.store.invite_by_code(code).await? } else { None };
    let Some(invite) = found else { return Err(Fail::User(Text::key("cust-link-unknown"))) };
    // Each refusal the team area would give, without making anyone a member first.
    let refusal = if invite.revoked_at.is_some() {
        Some("join-revoked")
    } else if invite.used_at.is_some() {
        Some("join-used")
    } else if invite.expires_at <= customer.now {
        Some("join-expired")
    } else {
        None
    };
    if let Some(key) = refusal {
        return Err(Fail::User(Text::key(key)));
    }
    let actor = customer.actor;
    let lang = customer.lang.clone();
    let member = engine.store.ensure_member(actor.user_id, &actor.display_name, &lang, guess_zone(&lang)).await?;
    let (team, role) = load_team(engine, &member).await?;
    let tz: Tz = member.tz.parse().unwrap_or(Tz::UTC);
    let session = Session::from_json(member.dialog.as_deref());
    let before = session.clone();
    let mut ctx = Ctx { lang: member.locale.clone(), member, team, role, tz, session, now: customer.now };
    let mut replies = match crate::core::team::command(engine, &mut ctx, "start", code).await {
        Ok(replies) => replies,
        Err(Fail::User(text)) => vec![ctx.reply(text)],
        Err(e) => return Err(e),
    };
    if ctx.session != before {
        let patch = MemberPatch { dialog: Some(ctx.session.to_json()), ..Default::default() };
        engine.store.update_member(ctx.member.id, &patch).await?;
    }
    if ctx.role.is_some()
        && let Some(first) = replies.iter_mut().find(|r| r.to.is_none())
    {
        first.menu = Some(Menu::Member);
    }
    Ok(replies)
}
