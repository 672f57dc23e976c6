//! Messages between a customer and the salesperson who owns them. A customer's words are saved on the client's
//! history (an activity of kind `message`, `outcome` "in") and passed to the owner with Reply and Open card; the
//! reply goes back through the bot, shown as from the team, and is saved too (`outcome` "out").
//!
//! A customer of several teams writes to the team they dealt with last (opted in, wrote to, pressed a button of):
//! the acknowledgement names that team, so they always know where their words went.

use crate::core::audit::{self, Action, On};
use chrono::{DateTime, Utc};

use super::payload::CustomerButton;
use super::who::Customer;
use crate::core::Engine;
use crate::core::callback::Payload;
use crate::core::clients::editable_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Reply, Text};
use crate::core::session::State;
use crate::store::{ActivityKind, Client, NewActivity};

/// `activity.outcome` of a message from the customer, and of one to them.
pub const INBOUND: &str = "in";
pub const OUTBOUND: &str = "out";

pub async fn inbound(engine: &Engine, customer: &Customer<'_>, text: &str) -> Out {
    let Some(link) = customer.current() else { return Err(Fail::User(Text::key("cust-nothing-stored"))) };
    let client = &link.client;
    // The owner is the author of record: the row needs a member, and it is their conversation.
    engine.store.insert_activity(&message(client, client.owner_member_id, INBOUND, text, customer.now)).await?;
    engine.store.touch_customer(client.workspace_id, client.id, customer.now).await?;
    let mut replies = vec![customer.reply(Text::key("cust-message-sent").with("team", link.team_name.clone()))];
    if let Some(owner) = engine.store.get_member(client.owner_member_id).await? {
        let text = Text::Lines(vec![
            Text::key("cust-inbound").with("name", client.name.clone()).with("team", link.team_name.clone()),
            Text::Raw(text.to_string()),
        ]);
        let buttons = vec![vec![
            Button::new(Text::key("cust-btn-reply"), CustomerButton::Reply { client: client.id }.encode()),
            Button::new(Text::key("cust-btn-card"), Payload::OpenClient(client.id).encode()),
        ]];
        replies.push(Reply::new(&owner.locale, text).buttons(buttons).to(owner.tg_user_id));
    }
    Ok(replies)
}

/// The member pressed Reply under a customer's message.
pub async fn ask_reply(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = reachable(engine, ctx, client_id).await?;
    ctx.session.state = State::Customer(super::Step::ReplyTo { client_id });
    Ok(vec![ctx.reply(Text::key("cust-reply-ask").with("name", client.name))])
}

/// The member's words to the customer.
pub async fn send_reply(engine: &Engine, ctx: &mut Ctx, client_id: i64, text: &str) -> Out {
    ctx.session.state = State::Idle;
    let client = reachable(engine, ctx, client_id).await?;
    let Some(tg) = client.tg_user_id else { return Err(gone(&client)) };
    let team = ctx.team.as_ref().map(|t| t.name.clone()).unwrap_or_default();
    let lang = client.lang.clone().unwrap_or_else(|| ctx.lang.clone());
    let to_customer =
        Reply::new(&lang, Text::Lines(vec![Text::key("cust-from-team").with("team", team), Text::Raw(text.into())]))
            .to(tg);
    let sent = engine.store.insert_activity(&message(&client, ctx.member.id, OUTBOUND, text, ctx.now)).await?;
    let on = On::Activity { id: sent.id, client: client.id };
    audit::record(engine, ctx, client.workspace_id, Action::activity(ActivityKind::Message), on).await;
    Ok(vec![to_customer, ctx.reply(Text::key("cust-reply-sent").with("name", client.name))])
}

/// A client the member may change who still has a Telegram chat with the bot.
async fn reachable(engine: &Engine, ctx: &Ctx, client_id: i64) -> Result<Client, Fail> {
    let client = editable_client(engine, ctx, client_id).await?;
    if client.tg_user_id.is_none() {
        return Err(gone(&client));
    }
    Ok(client)
}

/// The customer asked to be forgotten (or was never linked): nothing can reach them.
fn gone(client: &Client) -> Fail {
    Fail::User(Text::key("cust-reply-gone").with("name", client.name.clone()))
}

/// A message with the customer as an activity on their client's history.
fn message(client: &Client, author: i64, direction: &str, text: &str, at: DateTime<Utc>) -> NewActivity {
    NewActivity {
        workspace_id: client.workspace_id,
        client_id: client.id,
        kind: ActivityKind::Message,
        happens_at: at,
        done: true,
        summary: text.to_string(),
        outcome: Some(direction.into()),
        author_member_id: author,
        deal_id: None,
    }
}
