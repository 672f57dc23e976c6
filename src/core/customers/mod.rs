//! The customer's side: opt-in by deep link, consent, /stop /start /mydata /forget, messages to and from the
//! salesperson who owns them; and the members' commands about customers (`/optin`).
//!
//! Customers never reach the CRM: `intercept` answers everything a customer does before dispatch loads a member.

pub mod promo;

use serde::{Deserialize, Serialize};

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::input::{Actor, Event};
use super::reply::{Reply, Text};

/// The members' commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["optin"];

/// A question of this area waiting for the member's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The member pressed Reply under a customer's message: the next text goes to that customer.
    ReplyTo { client_id: i64 },
}

/// Answer the event here if it is a customer's (an opt-in link, a customer button, anything from someone who is
/// a customer and not a member); `None` lets dispatch handle it as a member's.
pub async fn intercept(_engine: &Engine, _actor: &Actor, _event: &Event) -> Option<Vec<Reply>> {
    None
}

pub async fn command(_engine: &Engine, _ctx: &mut Ctx, cmd: &str, _args: &str) -> Out {
    Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}"))))
}

pub async fn button(_engine: &Engine, _ctx: &mut Ctx, _data: &str) -> Out {
    Err(Fail::User(Text::key("err-stale-button")))
}

pub async fn answer(_engine: &Engine, ctx: &mut Ctx, _step: Step, _text: &str) -> Out {
    Ok(vec![ctx.reply(Text::key("cancelled"))])
}
