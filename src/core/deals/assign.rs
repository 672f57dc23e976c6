//! Handing a deal to a colleague (owners and leads): pick a member, the owner changes, the history keeps a
//! `reassigned` line and everything before it.

use super::moves::current;
use super::payload::DealButton;
use super::view::{self, editable_deal};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Text};
use crate::core::roles::Role;

/// The card's Reassign button: the team's other members, each a button.
pub async fn ask(engine: &Engine, ctx: &mut Ctx, deal_id: i64) -> Out {
    ctx.require(&[Role::Owner, Role::Lead])?;
    let deal = editable_deal(engine, ctx, deal_id).await?;
    let members = engine.store.deal_owners(deal.workspace_id).await?;
    let mut rows: Vec<Vec<Button>> = members
        .into_iter()
        .filter(|(id, _, _)| *id != deal.owner_member_id)
        .map(|(member, name, _)| {
            let data = DealButton::ReassignTo { deal: deal.id, member, version: deal.version }.encode();
            vec![Button::new(Text::Raw(name), data)]
        })
        .collect();
    if rows.is_empty() {
        return Err(Fail::User(Text::key("deal-err-no-colleague")));
    }
    rows.push(vec![Button::new(Text::key("btn-cancel"), DealButton::Cancel.encode())]);
    Ok(vec![ctx.reply(Text::key("deal-pick-owner").with("title", deal.title)).buttons(rows)])
}

/// A member was picked.
pub async fn to_member(engine: &Engine, ctx: &mut Ctx, deal_id: i64, member_id: i64, version: i32) -> Out {
    ctx.require(&[Role::Owner, Role::Lead])?;
    let deal = editable_deal(engine, ctx, deal_id).await?;
    if deal.version != version {
        return current(engine, ctx, &deal, "deal-stale").await;
    }
    let store = &engine.store;
    let Some(moved) =
        store.reassign_deal(deal.workspace_id, deal.id, version, member_id, ctx.member.id, ctx.now).await?
    else {
        // Gone from the team meanwhile, or the deal changed: show it as it is.
        let now = view::visible_deal(engine, ctx, deal.id).await?;
        return current(engine, ctx, &now, "deal-owner-unchanged").await;
    };
    let on = On::Deal { id: moved.id, client: moved.client_id };
    audit::record(engine, ctx, moved.workspace_id, Action::DealAssigned { to: member_id }, on).await;
    let owner = view::member_name(engine, moved.owner_member_id).await?;
    let headline = Text::key("deal-reassigned").with("owner", owner);
    Ok(vec![view::card(engine, ctx, &moved, Some(headline)).await?])
}
