//! `/team`: who is in the team and in which role; the owner changes roles and removes members here.

use super::payload::TeamButton;
use super::{short_name, team_of_button};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Reply, Text};
use crate::core::roles::Role;
use crate::store::{RemoveRefusal, TeamMember};

/// The team as its members see it; the owner also gets the buttons to manage it.
pub async fn view(engine: &Engine, ctx: &Ctx, headline: Option<Text>) -> Out {
    let ws = ctx.workspace()?;
    let members = engine.store.team_members(ws).await?;
    let (name, shared, stale_days) =
        ctx.team.as_ref().map(|t| (t.name.clone(), t.shared_base, t.stale_days)).unwrap_or_default();
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("team-title").with("team", name).with("count", members.len()));
    lines.extend(members.iter().map(|m| member_line(ctx, m)));
    lines.push(
        Text::key("team-settings")
            .with("shared", if shared { "yes" } else { "no" })
            .with("days", i64::from(stale_days)),
    );
    let owner = ctx.role == Some(Role::Owner);
    if owner {
        lines.push(Text::key("team-owner-hint"));
    }
    let reply = ctx.reply(Text::Lines(lines));
    if !owner {
        return Ok(vec![reply]);
    }
    let mut rows: Vec<Vec<Button>> = members.iter().filter_map(|m| member_buttons(ws, m)).collect();
    let flip = TeamButton::SharedBase { ws, on: !shared }.encode();
    rows.push(vec![Button::new(Text::key(if shared { "btn-shared-off" } else { "btn-shared-on" }), flip)]);
    Ok(vec![reply.buttons(rows)])
}

fn member_line(ctx: &Ctx, m: &TeamMember) -> Text {
    Text::key("team-line")
        .with("name", m.display_name.clone())
        .with("role", m.role.clone())
        .with("clients", m.clients)
        .with("you", if m.member_id == ctx.member.id { "yes" } else { "no" })
}

/// Make lead / Make manager and Remove for everyone but the owner.
fn member_buttons(ws: i64, m: &TeamMember) -> Option<Vec<Button>> {
    let role = Role::parse(&m.role)?;
    let name = short_name(&m.display_name);
    let (key, to) = match role {
        Role::Owner => return None,
        Role::Manager => ("btn-make-lead", Role::Lead),
        Role::Lead => ("btn-make-manager", Role::Manager),
    };
    Some(vec![
        Button::new(
            Text::key(key).with("name", name.clone()),
            TeamButton::SetRole { ws, member: m.member_id, role: to }.encode(),
        ),
        Button::new(
            Text::key("btn-remove").with("name", name),
            TeamButton::AskRemove { ws, member: m.member_id }.encode(),
        ),
    ])
}

/// A member of the current team other than its owner; anyone else answers as missing.
async fn colleague(engine: &Engine, ws: i64, member_id: i64) -> Result<(String, Role), Fail> {
    let role = engine.store.membership(ws, member_id).await?.and_then(|m| Role::parse(&m.role));
    let name = engine.store.get_member(member_id).await?.map(|m| m.display_name);
    match (role, name) {
        (Some(Role::Owner), _) => Err(Fail::User(Text::key("err-owner-fixed"))),
        (Some(role), Some(name)) => Ok((name, role)),
        _ => Err(Fail::User(Text::key("err-member-gone"))),
    }
}

pub async fn set_role(engine: &Engine, ctx: &mut Ctx, ws: i64, member_id: i64, role: Role) -> Out {
    let ws = team_of_button(ctx, ws, &[Role::Owner], "err-member-gone")?;
    let (name, _) = colleague(engine, ws, member_id).await?;
    if !engine.store.set_member_role(ws, member_id, role.as_str()).await? {
        return Err(Fail::User(Text::key("err-member-gone")));
    }
    audit::record(engine, ctx, ws, Action::role_changed(role), On::Member(member_id)).await;
    let headline = Text::key("team-role-set").with("name", name).with("role", role.as_str());
    view(engine, ctx, Some(headline)).await
}

pub async fn ask_remove(engine: &Engine, ctx: &mut Ctx, ws: i64, member_id: i64) -> Out {
    let ws = team_of_button(ctx, ws, &[Role::Owner], "err-member-gone")?;
    let (name, _) = colleague(engine, ws, member_id).await?;
    let members = engine.store.team_members(ws).await?;
    let clients = members.iter().find(|m| m.member_id == member_id).map_or(0, |m| m.clients);
    let mut rows: Vec<Vec<Button>> = members
        .iter()
        .filter(|m| m.member_id != member_id)
        .map(|heir| {
            let data = TeamButton::Remove { ws, member: member_id, heir: heir.member_id }.encode();
            vec![Button::new(Text::key("btn-heir").with("name", short_name(&heir.display_name)), data)]
        })
        .collect();
    rows.push(vec![Button::new(Text::key("btn-cancel"), TeamButton::Cancel.encode())]);
    let text = Text::key("team-remove-ask").with("name", name).with("clients", clients);
    Ok(vec![ctx.reply(text).buttons(rows)])
}

pub async fn remove(engine: &Engine, ctx: &mut Ctx, ws: i64, member_id: i64, heir_id: i64) -> Out {
    let ws = team_of_button(ctx, ws, &[Role::Owner], "err-member-gone")?;
    let (name, _) = colleague(engine, ws, member_id).await?;
    let handover = match engine.store.remove_member(ws, member_id, heir_id, ctx.member.id, ctx.now).await? {
        Ok(h) => h,
        Err(RemoveRefusal::NotMember) => return Err(Fail::User(Text::key("err-member-gone"))),
        Err(RemoveRefusal::Owner) => return Err(Fail::User(Text::key("err-owner-fixed"))),
        Err(RemoveRefusal::BadHeir) => return Err(Fail::User(Text::key("err-heir-gone"))),
    };
    audit::record(engine, ctx, ws, Action::MemberRemoved { heir: heir_id }, On::Member(member_id)).await;
    let heir = engine.store.get_member(heir_id).await?.map(|m| m.display_name).unwrap_or_default();
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    let mut headline = vec![
        Text::key("team-removed").with("name", name),
        Text::key("team-handed-over")
            .with("heir", heir)
            .with("clients", count(handover.clients))
            .with("deals", count(handover.deals)),
    ];
    if handover.reminders_cancelled > 0 {
        headline.push(Text::key("team-reminders-cancelled").with("count", count(handover.reminders_cancelled)));
    }
    let headline = Text::Lines(headline);
    let mut replies = view(engine, ctx, Some(headline)).await?;
    // The removed colleague learns it from the bot, not from a button that stopped working.
    if let Some(gone) = engine.store.get_member(member_id).await? {
        let team = ctx.team.as_ref().map(|t| t.name.clone()).unwrap_or_default();
        // Point them at /teams only if there is a team left to show there.
        let others = i64::try_from(engine.store.member_teams(member_id).await?.len()).unwrap_or(i64::MAX);
        let notice = Text::key("team-removed-notice").with("team", team).with("others", others);
        replies.push(Reply::new(&gone.locale, notice).to(gone.tg_user_id));
    }
    Ok(replies)
}
