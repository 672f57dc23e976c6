//! The customer's side: opt-in by deep link, consent, /stop /start /lang /mydata /forget, messages to and from the
//! salesperson who owns them; and the members' commands about customers (`/optin`, answering a customer).
//!
//! Customers never reach the CRM: `intercept` answers everything a customer does before dispatch loads a member,
//! and a customer never gets a member row. Who is a customer: a Telegram user linked to a client of some team
//! (`client.tg_user_id`) who belongs to no team. Someone who is both (a salesperson who also shops elsewhere) is
//! treated as a member; their customer's buttons (Unsubscribe, a promotion's link) still work for them.

mod contact;
mod controls;
mod inbox;
mod join;
mod mydata;
mod offer;
mod optin;
mod payload;
mod press;
pub mod promo;
mod qr;
mod who;

use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Engine;
use super::commands::Command;
use super::context::{Ctx, Fail, Out};
use super::input::{Actor, Event};
use super::reply::{Arg, Reply, Text, TimeStyle};
use crate::secret::ServerSecret;
use crate::store::{Activity, ActivityKind, Client, PromoState, StoreError, SubjectKeys};
use payload::CustomerButton;

/// The members' commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["optin"];

/// The version of the consent text a customer agrees to (`cust-offer*` keys). Bump it whenever those texts change
/// in meaning, so the consent trail says exactly what each customer saw.
pub const CONSENT_VERSION: &str = "cust-consent@1";

/// The customers' command menu (set per chat, in the customer's language): all a customer can do.
pub const MENU: &[Command] = &[
    Command { name: "stop", description: "cust-cmd-stop", example: "cust-help-stop" },
    Command { name: "start", description: "cust-cmd-start", example: "cust-help-start" },
    Command { name: "lang", description: "cust-cmd-lang", example: "cust-help-lang" },
    Command { name: "mydata", description: "cust-cmd-mydata", example: "cust-help-mydata" },
    Command { name: "forget", description: "cust-cmd-forget", example: "cust-help-forget" },
];

/// A question of this area waiting for the member's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The member pressed Reply under a customer's message: the next text goes to that customer.
    ReplyTo { client_id: i64 },
}

/// Answer the event here if it is a customer's (an opt-in link, a customer button, anything from someone who is
/// a customer and not a member); `None` lets dispatch handle it as a member's.
pub async fn intercept(engine: &Engine, actor: &Actor, event: &Event) -> Result<Option<Vec<Reply>>, StoreError> {
    who::intercept(engine, actor, event).await
}

pub async fn command(engine: &Engine, ctx: &mut Ctx, cmd: &str, args: &str) -> Out {
    match cmd {
        "optin" => optin::command(engine, ctx, args).await,
        _ => Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}")))),
    }
}

/// A member's press on one of this area's buttons (customers' buttons never get here: `intercept` takes them).
pub async fn button(engine: &Engine, ctx: &mut Ctx, data: &str) -> Out {
    let Some(pressed) = CustomerButton::decode(data).filter(|b| !b.customer_side()) else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    match pressed {
        CustomerButton::PersonalLink { client } => optin::personal(engine, ctx, client).await,
        CustomerButton::Reply { client } => inbox::ask_reply(engine, ctx, client).await,
        CustomerButton::RenewAsk { ws } => optin::renew_ask(ctx, ws),
        CustomerButton::Renew { ws } => optin::renew(engine, ctx, ws).await,
        _ => Ok(vec![ctx.reply(Text::key("cancelled"))]),
    }
}

pub async fn answer(engine: &Engine, ctx: &mut Ctx, step: Step, text: &str) -> Out {
    match step {
        Step::ReplyTo { client_id } => inbox::send_reply(engine, ctx, client_id, text).await,
    }
}

/// The do-not-contact key of a Telegram user in a team: an HMAC under the server secret, so the row says nothing
/// about who it was, and the id space (about 2^33 ids) cannot be tried against it without the secret.
pub fn subject_hash(secret: &ServerSecret, workspace_id: i64, tg_user_id: i64) -> String {
    // Any key length is valid for HMAC: `new_from_slice` cannot fail here.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.expose()) else { unreachable!("HMAC takes any key") };
    mac.update(format!("pocketcrm/do-not-contact/v2:{workspace_id}:{tg_user_id}").as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// The unkeyed key rows written before the server secret have: still honoured (a forgotten customer stays
/// uncontacted), and rewritten to the keyed form when they match. Until then such a row can be brute-forced.
pub fn legacy_subject_hash(workspace_id: i64, tg_user_id: i64) -> String {
    hex(&Sha256::digest(format!("pocketcrm/do-not-contact/v1:{workspace_id}:{tg_user_id}").as_bytes()))
}

/// Both keys of a user in a team, as the store takes them.
pub fn subject_keys(secret: &ServerSecret, workspace_id: i64, tg_user_id: i64) -> SubjectKeys {
    SubjectKeys {
        keyed: subject_hash(secret, workspace_id, tg_user_id),
        legacy: legacy_subject_hash(workspace_id, tg_user_id),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The client card's line about promotions: subscribed since when, stopped, or blocked; nothing for a client
/// who never opted in.
pub fn card_line(ctx: &Ctx, client: &Client) -> Option<Text> {
    let state = PromoState::parse(&client.promo_state)?;
    let key = match state {
        PromoState::None => return None,
        PromoState::Subscribed => "cust-card-subscribed",
        PromoState::Stopped => "cust-card-stopped",
        PromoState::Blocked => "cust-card-blocked",
    };
    let since = client.promo_since.unwrap_or(client.updated_at);
    Some(Text::key(key).with("since", Arg::time(since, ctx.tz, TimeStyle::Date)))
}

/// How a message with a customer shows in the client's history: which way it went (`outcome` "in" or "out").
pub fn history_key(activity: &Activity) -> Option<&'static str> {
    if ActivityKind::parse(&activity.kind) != Some(ActivityKind::Message) {
        return None;
    }
    match activity.outcome.as_deref() {
        Some(inbox::INBOUND) => Some("cust-line-in"),
        Some(inbox::OUTBOUND) => Some("cust-line-out"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_do_not_contact_key_is_a_hash_per_team() {
        let secret = ServerSecret::for_tests();
        let a = subject_hash(&secret, 1, 777);
        assert_eq!(a.len(), 64);
        assert!(!a.contains("777"));
        assert_eq!(a, subject_hash(&secret, 1, 777));
        assert_ne!(a, subject_hash(&secret, 2, 777));
        assert_ne!(a, subject_hash(&secret, 1, 778));
        assert_ne!(a, legacy_subject_hash(1, 777), "the keyed form is not the old one");
    }

    #[test]
    fn the_key_depends_on_the_secret() {
        let one = ServerSecret::new(b"one secret of enough length".to_vec()).unwrap();
        let two = ServerSecret::new(b"two secret of enough length".to_vec()).unwrap();
        assert_ne!(subject_hash(&one, 1, 777), subject_hash(&two, 1, 777));
    }
}
