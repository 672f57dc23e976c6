//! `/assign` (or the card's Reassign button): an owner or lead hands a client to another member. The client's
//! history (who met, called, wrote) stays exactly as it was.

use super::payload::TeamButton;
use super::{short_name, team_of_button};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::clients::visible_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Text};
use crate::core::roles::Role;

const ASSIGNERS: &[Role] = &[Role::Owner, Role::Lead];

/// `/assign`: for the client in focus.
pub async fn ask_focused(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    ctx.require(ASSIGNERS)?;
    let ws = ctx.workspace()?;
    let (true, Some(client_id)) = (args.trim().is_empty(), ctx.member.focus_client_id) else {
        return Err(Fail::User(Text::key("err-assign-focus")));
    };
    pick(engine, ctx, ws, client_id).await
}

/// The card's Reassign button.
pub async fn ask(engine: &Engine, ctx: &mut Ctx, ws: i64, client_id: i64) -> Out {
    let ws = team_of_button(ctx, ws, ASSIGNERS, "err-client-gone")?;
    pick(engine, ctx, ws, client_id).await
}

/// Everyone in the team but the client's current owner, as buttons.
async fn pick(engine: &Engine, ctx: &Ctx, ws: i64, client_id: i64) -> Out {
    let client = visible_client(engine, ctx, client_id).await?;
    let members = engine.store.team_members(ws).await?;
    let owner = members.iter().find(|m| m.member_id == client.owner_member_id).map(|m| m.display_name.clone());
    let mut rows: Vec<Vec<Button>> = members
        .iter()
        .filter(|m| m.member_id != client.owner_member_id)
        .map(|m| {
            let data = TeamButton::Assign { ws, client: client.id, member: m.member_id }.encode();
            vec![Button::new(Text::key("btn-assign-to").with("name", short_name(&m.display_name)), data)]
        })
        .collect();
    if rows.is_empty() {
        return Err(Fail::User(Text::key("err-assign-alone")));
    }
    rows.push(vec![Button::new(Text::key("btn-cancel"), TeamButton::Cancel.encode())]);
    let text = Text::key("assign-pick").with("name", client.name).with("owner", owner.unwrap_or_default());
    Ok(vec![ctx.reply(text).buttons(rows)])
}

pub async fn assign(engine: &Engine, ctx: &mut Ctx, ws: i64, client_id: i64, member_id: i64) -> Out {
    let ws = team_of_button(ctx, ws, ASSIGNERS, "err-client-gone")?;
    let client = visible_client(engine, ctx, client_id).await?;
    let name = match engine.store.membership(ws, member_id).await? {
        Some(_) => engine.store.get_member(member_id).await?.map(|m| m.display_name).unwrap_or_default(),
        None => return Err(Fail::User(Text::key("err-member-gone"))),
    };
    if client.owner_member_id != member_id && !engine.store.reassign_client(ws, client.id, member_id, ctx.now).await? {
        // The member left between the membership check and the update.
        return Err(Fail::User(Text::key("err-member-gone")));
    }
    if client.owner_member_id != member_id {
        audit::record(engine, ctx, ws, Action::ClientAssigned { to: member_id }, On::Client(client.id)).await;
    }
    Ok(vec![ctx.reply(Text::key("assign-done").with("name", client.name).with("owner", name))])
}
