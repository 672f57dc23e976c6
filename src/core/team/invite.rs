//! `/invite [manager|lead]`, `/invites` and revoking: the owner's side of an invitation.

use crate::core::audit::{self, Action, On};
use chrono::Duration;

use super::code::new_code;
use super::payload::TeamButton;
use super::team_of_button;
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Arg, Button, Text, TimeStyle};
use crate::core::roles::Role;
use crate::parse::fold::fold;
use crate::store::{Invite, NewInvite};

/// How long an invite link works.
const VALID_FOR: Duration = Duration::days(7);
/// Open invites a team may have at once: enough for hiring, not a way to flood the table.
const MAX_OPEN: usize = 20;

/// Role words `/invite` understands: the English keywords plus each language's own name of the role.
const LEAD_WORDS: &[&str] = &["lead", "руководитель", "лид", "jefe", "lider", "लीड", "trưởng nhóm", "سرپرست", "தலைவர்"];
const MANAGER_WORDS: &[&str] =
    &["manager", "менеджер", "comercial", "gerente", "मैनेजर", "nhân viên", "کارشناس", "மேலாளர்"];

fn parse_role(args: &str) -> Option<Role> {
    let word = fold(args.trim());
    if word.is_empty() {
        return Some(Role::Manager);
    }
    let is = |words: &[&str]| words.iter().any(|w| fold(w) == word);
    if is(LEAD_WORDS) {
        Some(Role::Lead)
    } else if is(MANAGER_WORDS) {
        Some(Role::Manager)
    } else {
        None
    }
}

pub async fn create(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    ctx.require(&[Role::Owner])?;
    let ws = ctx.workspace()?;
    let Some(role) = parse_role(args) else {
        let input: String = args.chars().take(40).collect();
        return Err(Fail::User(Text::key("err-invite-role").with("input", input)));
    };
    if engine.store.active_invites(ws, ctx.now).await?.len() >= MAX_OPEN {
        return Err(Fail::User(Text::key("err-invite-limit").with("max", MAX_OPEN)));
    }
    let new = NewInvite {
        workspace_id: ws,
        code: new_code(),
        role: role.as_str().to_string(),
        created_by: ctx.member.id,
        expires_at: ctx.now + VALID_FOR,
    };
    let invite = engine.store.create_invite(&new, ctx.now).await?;
    let created = Action::InviteCreated { role: invite.role.clone() };
    audit::record(engine, ctx, ws, created, On::Invite(invite.id)).await;
    let team = ctx.team.as_ref().map(|t| t.name.clone()).unwrap_or_default();
    let mut lines = vec![
        Text::key("invite-created")
            .with("team", team)
            .with("role", role.as_str())
            .with("until", Arg::time(invite.expires_at, ctx.tz, TimeStyle::DateTime)),
    ];
    if let Some(bot) = engine.bot_username() {
        lines.push(Text::key("invite-link").with("link", format!("https://t.me/{bot}?start={}", invite.code)));
    }
    lines.push(Text::key("invite-raw").with("code", invite.code.clone()));
    lines.push(Text::key("invite-once"));
    Ok(vec![ctx.reply(Text::Lines(lines))])
}

pub async fn list(engine: &Engine, ctx: &mut Ctx) -> Out {
    ctx.require(&[Role::Owner])?;
    let ws = ctx.workspace()?;
    let invites = engine.store.active_invites(ws, ctx.now).await?;
    if invites.is_empty() {
        return Ok(vec![ctx.reply(Text::key("invites-none"))]);
    }
    let mut lines = vec![Text::key("invites-title").with("count", invites.len())];
    let mut rows = Vec::new();
    for (i, invite) in invites.iter().enumerate() {
        lines.push(invite_line(engine, ctx, i + 1, invite));
        let data = TeamButton::Revoke { ws, invite: invite.id }.encode();
        rows.push(vec![Button::new(Text::key("btn-revoke").with("n", i + 1), data)]);
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

fn invite_line(engine: &Engine, ctx: &Ctx, n: usize, invite: &Invite) -> Text {
    let link = match engine.bot_username() {
        Some(bot) => format!("https://t.me/{bot}?start={}", invite.code),
        None => format!("/start {}", invite.code),
    };
    Text::key("invites-line")
        .with("n", n)
        .with("role", invite.role.clone())
        .with("until", Arg::time(invite.expires_at, ctx.tz, TimeStyle::Date))
        .with("link", link)
}

pub async fn revoke(engine: &Engine, ctx: &mut Ctx, ws: i64, invite_id: i64) -> Out {
    let ws = team_of_button(ctx, ws, &[Role::Owner], "err-invite-gone")?;
    if !engine.store.revoke_invite(ws, invite_id, ctx.now).await? {
        return Err(Fail::User(Text::key("err-invite-gone")));
    }
    audit::record(engine, ctx, ws, Action::InviteWithdrawn, On::Invite(invite_id)).await;
    Ok(vec![ctx.reply(Text::key("invite-revoked"))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_words_are_read_in_every_language() {
        assert_eq!(parse_role(""), Some(Role::Manager));
        assert_eq!(parse_role("LEAD"), Some(Role::Lead));
        assert_eq!(parse_role("Руководитель"), Some(Role::Lead));
        assert_eq!(parse_role("líder"), Some(Role::Lead));
        assert_eq!(parse_role("менеджер"), Some(Role::Manager));
        assert_eq!(parse_role("owner"), None);
        assert_eq!(parse_role("boss"), None);
    }
}
