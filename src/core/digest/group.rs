//! The bot in a team's Telegram group. It answers `/digest` there and nothing else, and only to members of the
//! team the group belongs to, with that team's data; `/digest here` from a team owner makes a group the team's.
//! Anyone else gets silence, or for a `/digest` in a team's group one line saying whose bot it is.

use unicode_normalization::UnicodeNormalization;

use super::args::{self, DigestArgs};
use super::content;
use super::schedule::stored_time;
use crate::core::Engine;
use crate::core::commands::split_command;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::dispatch::load_team;
use crate::core::input::{Actor, Event};
use crate::core::reply::{Reply, Text};
use crate::core::roles::Role;
use crate::core::session::Session;
use crate::i18n::supported_lang;
use crate::store::{StoreError, Workspace};

/// What the bot says in group `chat_id` to what `actor` did there (usually nothing).
pub async fn group(engine: &Engine, actor: &Actor, chat_id: i64, event: Event) -> Vec<Reply> {
    match answer(engine, actor, chat_id, event).await {
        Ok(replies) => replies,
        Err(e) => {
            // A group is no place for "something went wrong": the member can ask again or ask in private.
            tracing::error!(error = ?e, chat = chat_id, "answering in a group failed");
            Vec::new()
        }
    }
}

async fn answer(engine: &Engine, actor: &Actor, chat_id: i64, event: Event) -> Result<Vec<Reply>, StoreError> {
    let Event::Text(text) = event else { return Ok(Vec::new()) };
    let text: String = text.nfc().collect();
    let Some((cmd, rest)) = split_command(&text) else { return Ok(Vec::new()) };
    if cmd != "digest" {
        return Ok(Vec::new());
    }
    let Ok(parsed) = args::parse(rest) else { return Ok(Vec::new()) };
    let bound = engine.store.workspace_by_group(chat_id).await?;
    // Looked up, never created: a stranger in the group leaves no trace.
    let ctx = match engine.store.member_by_tg(actor.user_id).await? {
        Some(member) => ctx_for(engine, member).await?,
        None => None,
    };
    // Settings are a private matter: not in a group.
    if matches!(parsed, DigestArgs::Set(_)) {
        return Ok(Vec::new());
    }
    let Some(ctx) = ctx else { return Ok(members_only(actor, bound.as_ref())) };
    let team_id = ctx.team.as_ref().map(|t| t.id);
    let in_bound_team = bound.as_ref().is_some_and(|b| Some(b.id) == team_id);
    let owner = ctx.role == Some(Role::Owner);
    match parsed {
        DigestArgs::Show if in_bound_team => team_digest(engine, &ctx).await,
        DigestArgs::Here { off: false } if owner => bind(engine, &ctx, chat_id).await,
        DigestArgs::Here { off: true } if owner && in_bound_team => unbind_here(engine, &ctx).await,
        DigestArgs::Here { .. } if in_bound_team => Ok(vec![ctx.reply(Text::key("digest-here-owner"))]),
        _ => Ok(members_only(actor, bound.as_ref())),
    }
}

/// The member as `dispatch` sees them, if they are in a team.
async fn ctx_for(engine: &Engine, member: crate::store::Member) -> Result<Option<Ctx>, StoreError> {
    let (team, role) = load_team(engine, &member).await?;
    if team.is_none() || role.is_none() {
        return Ok(None);
    }
    let tz = member.tz.parse().unwrap_or(chrono_tz::Tz::UTC);
    let lang = member.locale.clone();
    Ok(Some(Ctx { member, team, role, lang, tz, session: Session::default(), now: engine.clock.now() }))
}

/// Whose bot this is, in a team's group; nothing in a group that is no team's.
fn members_only(actor: &Actor, bound: Option<&Workspace>) -> Vec<Reply> {
    let Some(team) = bound else { return Vec::new() };
    let lang = supported_lang(actor.language_code.as_deref());
    vec![Reply::new(lang, Text::key("digest-group-members-only").with("team", team.name.clone()))]
}

async fn team_digest(engine: &Engine, ctx: &Ctx) -> Result<Vec<Reply>, StoreError> {
    let Some(mut a) = super::audience(ctx, false) else { return Ok(Vec::new()) };
    // The group sees the team's digest whoever asks.
    a.owner = None;
    Ok(vec![content::build(engine, &a, ctx.now, None).await?])
}

async fn bind(engine: &Engine, ctx: &Ctx, chat_id: i64) -> Result<Vec<Reply>, StoreError> {
    let Some(team) = &ctx.team else { return Ok(Vec::new()) };
    if !engine.store.bind_group(team.id, Some(chat_id), ctx.now).await? {
        return Ok(vec![ctx.reply(Text::key("digest-here-taken"))]);
    }
    engine.wake.notify_one();
    let sched = super::ctx_schedule(ctx);
    let time = stored_time(&ctx.member.digest_time).format("%H:%M").to_string();
    let confirm = Text::Concat(vec![
        Text::key("digest-here-set").with("team", team.name.clone()).with("time", time),
        Text::Raw(" ".into()),
        super::days_text(sched.days),
    ]);
    let mut replies = vec![ctx.reply(confirm)];
    replies.extend(team_digest(engine, ctx).await?);
    Ok(replies)
}

async fn unbind_here(engine: &Engine, ctx: &Ctx) -> Result<Vec<Reply>, StoreError> {
    let Some(team) = &ctx.team else { return Ok(Vec::new()) };
    engine.store.bind_group(team.id, None, ctx.now).await?;
    Ok(vec![ctx.reply(Text::key("digest-here-off"))])
}

/// `/digest here off` in the private chat: the owner stops the group digest.
pub async fn unbind(engine: &Engine, ctx: &mut Ctx) -> Out {
    ctx.require(&[Role::Owner])?;
    let Some(team) = &ctx.team else { return Err(Fail::User(Text::key("err-no-workspace"))) };
    if team.group_chat_id.is_none() {
        return Ok(vec![ctx.reply(Text::key("digest-here-none"))]);
    }
    engine.store.bind_group(team.id, None, ctx.now).await?;
    Ok(vec![ctx.reply(Text::key("digest-here-off"))])
}
