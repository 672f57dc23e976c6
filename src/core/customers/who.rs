//! Deciding what is a customer's: their buttons (whoever presses them), opt-in links (whoever opens them), and
//! everything a customer who is no member says. The rest goes on to dispatch as a member's.

use chrono::{DateTime, Utc};
use unicode_normalization::UnicodeNormalization;

use super::payload::CustomerButton;
use super::{contact, controls, inbox, join, mydata, offer, press};
use crate::core::Engine;
use crate::core::callback::{Area, Payload};
use crate::core::commands::split_command;
use crate::core::context::{Fail, Out};
use crate::core::input::{Actor, Event};
use crate::core::reply::{Menu, Reply, Text};
use crate::core::team::code::looks_like_code;
use crate::i18n::supported_lang;
use crate::store::{CustomerLink, StoreError};

/// The one who acts on the customer's side, and their links to teams.
pub(super) struct Customer<'a> {
    pub actor: &'a Actor,
    /// The language to answer in: the customer's own, else (a member pressing a customer's button) the member's,
    /// else Telegram's guess.
    pub lang: String,
    /// Their client rows, the team they dealt with last first.
    pub links: Vec<CustomerLink>,
    /// They also work in a team: their chat keeps the members' menu.
    pub member: bool,
    pub now: DateTime<Utc>,
}

impl<'a> Customer<'a> {
    pub async fn load(engine: &Engine, actor: &'a Actor, member: bool) -> Result<Customer<'a>, StoreError> {
        let links = engine.store.customer_links(actor.user_id).await?;
        let own = links.iter().find_map(|l| l.client.lang.clone());
        let lang = match own {
            Some(lang) => supported_lang(Some(&lang)).to_string(),
            None => match engine.store.member_by_tg(actor.user_id).await? {
                Some(member) => member.locale,
                None => supported_lang(actor.language_code.as_deref()).to_string(),
            },
        };
        Ok(Customer { actor, lang, links, member, now: engine.clock.now() })
    }

    pub fn reply(&self, text: Text) -> Reply {
        Reply::new(&self.lang, text)
    }

    /// The menu their chat should get: a colleague's chat keeps the members' menu whatever they subscribe to.
    pub fn menu(&self, menu: Menu) -> Option<Menu> {
        (menu == Menu::Member || !self.member).then_some(menu)
    }

    pub fn user(&self) -> i64 {
        self.actor.user_id
    }

    /// Their link to a team.
    pub fn link(&self, ws: i64) -> Option<&CustomerLink> {
        self.links.iter().find(|l| l.client.workspace_id == ws)
    }

    /// The team they dealt with last: where their messages and shared phone go.
    pub fn current(&self) -> Option<&CustomerLink> {
        self.links.first()
    }
}

pub(super) fn stale() -> Fail {
    Fail::User(Text::key("cust-stale-button"))
}

pub async fn intercept(engine: &Engine, actor: &Actor, event: &Event) -> Result<Option<Vec<Reply>>, StoreError> {
    if let Event::Button(data) = event
        && let Some(Payload::Area(Area::Customer, rest)) = Payload::decode(data)
        && let Some(pressed) = CustomerButton::decode(&rest).filter(CustomerButton::customer_side)
    {
        let standing = engine.store.standing(actor.user_id).await?;
        let customer = Customer::load(engine, actor, standing.member).await?;
        return answered(&customer, button(engine, &customer, pressed).await).map(Some);
    }
    if let Some(code) = start_code(event).filter(|c| looks_like_code(c))
        && let Some(link) = engine.store.optin_link(code).await?
    {
        let standing = engine.store.standing(actor.user_id).await?;
        let customer = Customer::load(engine, actor, standing.member).await?;
        return answered(&customer, offer::show(engine, &customer, &link, None).await).map(Some);
    }
    let standing = engine.store.standing(actor.user_id).await?;
    if !standing.customer || standing.member {
        return Ok(None);
    }
    let customer = Customer::load(engine, actor, false).await?;
    answered(&customer, said(engine, &customer, event).await).map(Some)
}

/// A failure the customer can understand becomes an answer in their language; ours is passed up.
fn answered(customer: &Customer<'_>, out: Out) -> Result<Vec<Reply>, StoreError> {
    match out {
        Ok(replies) => Ok(replies),
        Err(Fail::User(text)) => Ok(vec![customer.reply(text)]),
        Err(Fail::Store(e)) => Err(e),
    }
}

/// The argument of `/start ARG` (what a deep link carries).
fn start_code(event: &Event) -> Option<&str> {
    let Event::Text(text) = event else { return None };
    match split_command(text) {
        Some((cmd, args)) if cmd == "start" && !args.is_empty() => Some(args),
        _ => None,
    }
}

async fn button(engine: &Engine, customer: &Customer<'_>, pressed: CustomerButton) -> Out {
    match pressed {
        CustomerButton::Link { delivery } => press::link(engine, customer, delivery).await,
        CustomerButton::Unsubscribe { delivery } => press::unsubscribe(engine, customer, delivery).await,
        CustomerButton::Offer { lang, code } => match engine.store.optin_link(&code).await? {
            Some(link) => offer::show(engine, customer, &link, Some(&lang)).await,
            None => Err(Fail::User(Text::key("cust-link-unknown"))),
        },
        CustomerButton::Agree { lang, code } => offer::agree(engine, customer, &lang, &code).await,
        CustomerButton::Resume { ws } => controls::resume_team(engine, customer, ws).await,
        CustomerButton::Stop { ws } => controls::stop_team(engine, customer, ws, None).await,
        CustomerButton::StopAll => controls::stop_all(engine, customer).await,
        CustomerButton::Forget { ws } => controls::forget_team(engine, customer, ws).await,
        CustomerButton::ForgetAll => controls::forget_all(engine, customer).await,
        CustomerButton::Lang(lang) => controls::set_lang(engine, customer, &lang).await,
        CustomerButton::Cancel => Ok(vec![customer.reply(Text::key("cust-cancelled"))]),
        // Members' buttons are never routed here (see `customer_side`).
        _ => Err(stale()),
    }
}

/// Everything a customer who is no member sends.
async fn said(engine: &Engine, customer: &Customer<'_>, event: &Event) -> Out {
    match event {
        Event::Text(text) => {
            let text: String = text.nfc().collect();
            let text = text.trim();
            // A sticker, a voice note, a file…: only words reach the team.
            if text.is_empty() {
                return Err(Fail::User(Text::key("cust-text-only")));
            }
            match split_command(text) {
                Some((cmd, args)) => command(engine, customer, &cmd, args).await,
                None => inbox::inbound(engine, customer, text).await,
            }
        }
        // A member's button (or a forged one): a customer has no business with it.
        Event::Button(_) => Err(stale()),
        Event::Contact { phone, own, .. } => contact::shared(engine, customer, phone, *own).await,
        Event::Photo { .. } => Err(Fail::User(Text::key("cust-text-only"))),
    }
}

async fn command(engine: &Engine, customer: &Customer<'_>, cmd: &str, args: &str) -> Out {
    match cmd {
        // An opt-in code was taken before; a team invite makes the customer a colleague.
        "start" if !args.is_empty() => join::invite(engine, customer, args).await,
        "start" => controls::start(engine, customer).await,
        "stop" => controls::stop(engine, customer).await,
        "lang" => controls::lang(engine, customer, args).await,
        "mydata" => mydata::show(engine, customer).await,
        "forget" => controls::forget_ask(customer),
        // The CRM's commands (and /help): what a customer can do instead.
        _ => Ok(vec![controls::help(customer)]),
    }
}
