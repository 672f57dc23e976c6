//! What a customer controls: /stop and /start (one team, or several with a button each), /lang, /forget, and the
//! short help a customer gets instead of the CRM's commands.

use super::payload::CustomerButton;
use super::who::{Customer, stale};
use super::{CONSENT_VERSION, MENU, subject_keys};
use crate::core::Engine;
use crate::core::audit::{self, Action};
use crate::core::context::{Fail, Out};
use crate::core::reply::{Button, Menu, Reply, Text};
use crate::i18n::LANGS;
use crate::store::{Client, CustomerLink, PromoState, SubscriptionChange};

pub fn help(customer: &Customer<'_>) -> Reply {
    let lines = MENU.iter().map(|cmd| Text::key(cmd.example)).collect();
    customer.reply(Text::Lines(vec![Text::key("cust-help"), Text::Lines(lines)]))
}

pub async fn stop(engine: &Engine, customer: &Customer<'_>) -> Out {
    let subscribed: Vec<&CustomerLink> = customer.links.iter().filter(|l| l.client.subscribed()).collect();
    match subscribed.as_slice() {
        [] => Err(Fail::User(Text::key("cust-stop-none"))),
        [one] => stop_team(engine, customer, one.client.workspace_id, None).await,
        many => {
            let mut rows = team_buttons(many, |ws| CustomerButton::Stop { ws });
            rows.push(vec![Button::new(Text::key("cust-btn-stop-all"), CustomerButton::StopAll.encode())]);
            Ok(vec![customer.reply(Text::key("cust-stop-which")).buttons(rows)])
        }
    }
}

/// Stop one team's promotions; `delivery` is the promotion whose Unsubscribe was pressed (credited with it).
pub async fn stop_team(engine: &Engine, customer: &Customer<'_>, ws: i64, delivery: Option<i64>) -> Out {
    let team = match (customer.link(ws), delivery) {
        (Some(link), _) => link.team_name.clone(),
        // Their own promotion (checked by the caller) of a team they are no longer linked to.
        (None, Some(_)) => match engine.store.get_workspace(ws).await? {
            Some(team) => team.name,
            None => return Err(stale()),
        },
        // A bare Stop button names a team only by the id it carries, which anyone can forge: answered from the
        // customer's own links alone, so a team that exists and one that does not get the same answer.
        (None, None) => return Err(Fail::User(Text::key("cust-nothing-stored"))),
    };
    let change = SubscriptionChange {
        workspace_id: ws,
        tg_user_id: customer.user(),
        to: PromoState::Stopped,
        text_version: CONSENT_VERSION,
        delivery_id: delivery,
        now: customer.now,
    };
    match engine.store.change_subscription(&change).await? {
        None => return Err(Fail::User(Text::key("cust-nothing-stored"))),
        Some((client, true)) => consent_logged(engine, customer, &client, "stop").await,
        Some((_, false)) => {}
    }
    let again = Button::new(Text::key("cust-btn-resume"), CustomerButton::Resume { ws }.encode());
    Ok(vec![customer.reply(Text::key("cust-stopped").with("team", team)).buttons(vec![vec![again]])])
}

pub async fn stop_all(engine: &Engine, customer: &Customer<'_>) -> Out {
    let mut stopped = 0usize;
    for link in customer.links.iter().filter(|l| l.client.subscribed()) {
        let change = SubscriptionChange {
            workspace_id: link.client.workspace_id,
            tg_user_id: customer.user(),
            to: PromoState::Stopped,
            text_version: CONSENT_VERSION,
            delivery_id: None,
            now: customer.now,
        };
        if let Some((client, true)) = engine.store.change_subscription(&change).await? {
            consent_logged(engine, customer, &client, "stop").await;
            stopped += 1;
        }
    }
    Ok(vec![customer.reply(Text::key("cust-stopped-all").with("count", stopped))])
}

/// The team's log shows the customer's own consent changes (who stopped, who came back), by no member.
pub(super) async fn consent_logged(engine: &Engine, customer: &Customer<'_>, client: &Client, change: &str) {
    let action = Action::Consent { change: change.to_string() };
    audit::record_by_customer(engine, client.workspace_id, customer.now, action, client.id).await;
}

/// `/start` without a link: subscribe again where the customer stopped.
pub async fn start(engine: &Engine, customer: &Customer<'_>) -> Out {
    let lapsed: Vec<&CustomerLink> = customer.links.iter().filter(|l| !l.client.subscribed()).collect();
    match lapsed.as_slice() {
        [] => {
            let teams: Vec<&str> = customer.links.iter().map(|l| l.team_name.as_str()).collect();
            Ok(vec![customer.reply(Text::key("cust-start-subscribed").with("teams", teams.join(", ")))])
        }
        [one] => resume_team(engine, customer, one.client.workspace_id).await,
        many => {
            let rows = team_buttons(many, |ws| CustomerButton::Resume { ws });
            Ok(vec![customer.reply(Text::key("cust-start-which")).buttons(rows)])
        }
    }
}

pub async fn resume_team(engine: &Engine, customer: &Customer<'_>, ws: i64) -> Out {
    let Some(link) = customer.link(ws) else { return Err(stale()) };
    let change = SubscriptionChange {
        workspace_id: ws,
        tg_user_id: customer.user(),
        to: PromoState::Subscribed,
        text_version: CONSENT_VERSION,
        delivery_id: None,
        now: customer.now,
    };
    let team = link.team_name.clone();
    match engine.store.change_subscription(&change).await? {
        None => Err(stale()),
        Some((_, false)) => Ok(vec![customer.reply(Text::key("cust-already-subscribed").with("team", team))]),
        Some((client, true)) => {
            consent_logged(engine, customer, &client, "resume").await;
            let text = Text::key("cust-resumed").with("team", team).with("cap", i64::from(link.promo_cap_week));
            let mut reply = customer.reply(text);
            reply.menu = customer.menu(Menu::Customer);
            Ok(vec![reply])
        }
    }
}

pub async fn lang(engine: &Engine, customer: &Customer<'_>, args: &str) -> Out {
    let code = args.trim().to_lowercase();
    if code.is_empty() {
        let buttons: Vec<Button> = LANGS
            .iter()
            .map(|l| Button::new(Text::key("lang-name").with("lang", *l), CustomerButton::Lang(l.to_string()).encode()))
            .collect();
        let rows = buttons.chunks(4).map(<[Button]>::to_vec).collect();
        return Ok(vec![customer.reply(Text::key("cust-lang-pick")).buttons(rows)]);
    }
    if !LANGS.contains(&code.as_str()) {
        return Err(Fail::User(Text::key("cust-lang-bad").with("langs", LANGS.join(", "))));
    }
    set_lang(engine, customer, &code).await
}

pub async fn set_lang(engine: &Engine, customer: &Customer<'_>, lang: &str) -> Out {
    if customer.links.is_empty() {
        return Err(stale());
    }
    engine.store.set_customer_lang(customer.user(), lang, customer.now).await?;
    // The menu is set again so its descriptions come in the new language too.
    let mut reply = Reply::new(lang, Text::key("cust-lang-set"));
    reply.menu = customer.menu(Menu::Customer);
    Ok(vec![reply])
}

pub fn forget_ask(customer: &Customer<'_>) -> Out {
    let cancel = vec![Button::new(Text::key("cust-btn-cancel"), CustomerButton::Cancel.encode())];
    let all: Vec<&CustomerLink> = customer.links.iter().collect();
    match all.as_slice() {
        [] => Err(Fail::User(Text::key("cust-nothing-stored"))),
        [one] => {
            let ws = one.client.workspace_id;
            let yes = Button::new(Text::key("cust-btn-forget"), CustomerButton::Forget { ws }.encode());
            let text = Text::key("cust-forget-ask").with("team", one.team_name.clone());
            Ok(vec![customer.reply(text).buttons(vec![vec![yes], cancel])])
        }
        many => {
            let mut rows = team_buttons(many, |ws| CustomerButton::Forget { ws });
            rows.push(vec![Button::new(Text::key("cust-btn-forget-all"), CustomerButton::ForgetAll.encode())]);
            rows.push(cancel);
            Ok(vec![customer.reply(Text::key("cust-forget-which")).buttons(rows)])
        }
    }
}

pub async fn forget_team(engine: &Engine, customer: &Customer<'_>, ws: i64) -> Out {
    let Some(link) = customer.link(ws) else { return Err(Fail::User(Text::key("cust-nothing-stored"))) };
    let team = link.team_name.clone();
    if !forget(engine, customer, ws).await? {
        return Err(Fail::User(Text::key("cust-nothing-stored")));
    }
    let mut reply = customer.reply(Text::key("cust-forgotten").with("team", team));
    // Nobody to the bot any more: their chat gets the default menu back.
    if customer.links.len() == 1 {
        reply.menu = Some(Menu::Member);
    }
    Ok(vec![reply])
}

pub async fn forget_all(engine: &Engine, customer: &Customer<'_>) -> Out {
    let mut forgotten = 0usize;
    for link in &customer.links {
        if forget(engine, customer, link.client.workspace_id).await? {
            forgotten += 1;
        }
    }
    if forgotten == 0 {
        return Err(Fail::User(Text::key("cust-nothing-stored")));
    }
    let mut reply = customer.reply(Text::key("cust-forgotten-all").with("count", forgotten));
    reply.menu = Some(Menu::Member);
    Ok(vec![reply])
}

async fn forget(engine: &Engine, customer: &Customer<'_>, ws: i64) -> Result<bool, Fail> {
    let keys = subject_keys(engine.secret(), ws, customer.user());
    let forgotten = engine.store.forget_customer(ws, customer.user(), &keys, CONSENT_VERSION, customer.now).await?;
    if forgotten {
        audit::record_unattended(engine, ws, customer.now, Action::CustomerErased).await;
    }
    Ok(forgotten)
}

/// One button per team, labelled with the team's name.
fn team_buttons(links: &[&CustomerLink], pressed: impl Fn(i64) -> CustomerButton) -> Vec<Vec<Button>> {
    links
        .iter()
        .map(|l| vec![Button::new(Text::Raw(l.team_name.clone()), pressed(l.client.workspace_id).encode())])
        .collect()
}
