//! `/optin`: the team's opt-in link and its QR code, made once and shown again every time; a personal link for
//! one client (from the button under the team's link when a client is in focus, or `/optin <name>`), so the
//! opt-in lands on that client's record; and replacing a leaked team link (owners and leads).

use super::payload::CustomerButton;
use super::qr;
use crate::core::Engine;
use crate::core::clients::editable_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Reply, Text};
use crate::core::roles::Role;
use crate::core::team::code::new_code;
use crate::parse::fold::fold;
use crate::store::{Client, OptinLink};

/// Clients a name search offers at most.
const PICK: i64 = 8;

pub async fn command(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    if !args.trim().is_empty() {
        return by_name(engine, ctx, args.trim()).await;
    }
    let link = engine.store.ensure_optin_link(ws, None, ctx.member.id, &new_code(), ctx.now).await?;
    Ok(vec![team_link(engine, ctx, &link).await?])
}

async fn team_link(engine: &Engine, ctx: &Ctx, link: &OptinLink) -> Result<Reply, Fail> {
    let (team, cap) = ctx.team.as_ref().map(|t| (t.name.clone(), t.promo_cap_week)).unwrap_or_default();
    let url = link_text(engine, link);
    let text = Text::Lines(vec![
        Text::key("cust-optin-team").with("team", team),
        Text::Raw(url.clone()),
        Text::key("cust-optin-team-how").with("cap", i64::from(cap)),
    ]);
    let mut rows = Vec::new();
    if let Some(client) = focused(engine, ctx).await? {
        let personal = CustomerButton::PersonalLink { client: client.id }.encode();
        rows.push(vec![Button::new(Text::key("cust-btn-personal").with("name", client.name), personal)]);
    }
    if ctx.sees_all() {
        let renew = CustomerButton::RenewAsk { ws: link.workspace_id }.encode();
        rows.push(vec![Button::new(Text::key("cust-btn-renew"), renew)]);
    }
    Ok(with_qr(ctx.reply(text), &url).buttons(rows))
}

/// The client in focus, if the member may make a link for them and they are not subscribed already.
async fn focused(engine: &Engine, ctx: &Ctx) -> Result<Option<Client>, Fail> {
    let Some(id) = ctx.member.focus_client_id else { return Ok(None) };
    match editable_client(engine, ctx, id).await {
        Ok(client) if !client.subscribed() => Ok(Some(client)),
        Ok(_) | Err(Fail::User(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `/optin <name>`: the one client it names gets a personal link; several are offered as buttons.
async fn by_name(engine: &Engine, ctx: &mut Ctx, query: &str) -> Out {
    let ws = ctx.workspace()?;
    let (found, _) = engine.store.find_clients(ws, ctx.visible_owner(), &fold(query), PICK, 0).await?;
    let mine: Vec<Client> = found.into_iter().filter(|c| ctx.can_edit(c)).collect();
    match mine.as_slice() {
        [] => Err(Fail::User(Text::key("cust-optin-none").with("query", query.to_string()))),
        [one] => personal(engine, ctx, one.id).await,
        many => {
            let rows = many
                .iter()
                .map(|c| {
                    let pressed = CustomerButton::PersonalLink { client: c.id }.encode();
                    vec![Button::new(Text::Raw(c.name.chars().take(60).collect()), pressed)]
                })
                .collect();
            Ok(vec![ctx.reply(Text::key("cust-optin-pick").with("count", many.len())).buttons(rows)])
        }
    }
}

/// A client's personal link: opening it subscribes the customer on this client's record.
pub async fn personal(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = editable_client(engine, ctx, client_id).await?;
    if client.subscribed() {
        return Err(Fail::User(Text::key("cust-optin-subscribed").with("name", client.name)));
    }
    let ws = client.workspace_id;
    let link = engine.store.ensure_optin_link(ws, Some(client.id), ctx.member.id, &new_code(), ctx.now).await?;
    let url = link_text(engine, &link);
    let text = Text::Lines(vec![
        Text::key("cust-optin-personal").with("name", client.name.clone()),
        Text::Raw(url.clone()),
        Text::key("cust-optin-personal-how").with("name", client.name),
    ]);
    Ok(vec![with_qr(ctx.reply(text), &url)])
}

pub fn renew_ask(ctx: &Ctx, ws: i64) -> Out {
    renewer(ctx, ws)?;
    let rows = vec![vec![
        Button::new(Text::key("cust-btn-renew-yes"), CustomerButton::Renew { ws }.encode()),
        Button::new(Text::key("cust-btn-cancel"), CustomerButton::MemberCancel.encode()),
    ]];
    Ok(vec![ctx.reply(Text::key("cust-optin-renew-ask")).buttons(rows)])
}

pub async fn renew(engine: &Engine, ctx: &mut Ctx, ws: i64) -> Out {
    renewer(ctx, ws)?;
    let link = engine.store.renew_team_optin_link(ws, ctx.member.id, &new_code(), ctx.now).await?;
    let mut reply = team_link(engine, ctx, &link).await?;
    if let Text::Lines(lines) = &mut reply.text {
        lines.insert(0, Text::key("cust-optin-renewed"));
    }
    Ok(vec![reply])
}

/// Owners and leads of the team the button was made in.
fn renewer(ctx: &Ctx, ws: i64) -> Result<(), Fail> {
    ctx.require(&[Role::Owner, Role::Lead])?;
    if ctx.workspace()? != ws {
        return Err(Fail::User(Text::key("err-stale-button")));
    }
    Ok(())
}

/// The deep link to share: `t.me/<bot>?start=CODE` (the console has no bot name: `/start CODE`).
fn link_text(engine: &Engine, link: &OptinLink) -> String {
    match engine.bot_username() {
        Some(bot) => format!("https://t.me/{bot}?start={}", link.code),
        None => format!("/start {}", link.code),
    }
}

fn with_qr(reply: Reply, url: &str) -> Reply {
    match qr::png(url) {
        Some(png) => reply.photo(png, "optin-qr.png"),
        None => reply,
    }
}
