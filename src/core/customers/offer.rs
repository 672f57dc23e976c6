//! Opening an opt-in link: who is writing and what the customer will receive, in their language, and agreeing
//! with one tap. Agreeing records the consent (time, team, text version, link) in the same transaction that
//! subscribes them, then offers to share their phone so the team can recognise an existing client.

use super::payload::CustomerButton;
use super::who::Customer;
use super::{CONSENT_VERSION, subject_keys};
use crate::core::Engine;
use crate::core::callback::Payload;
use crate::core::clients::search_text;
use crate::core::context::{Fail, Out};
use crate::core::reply::{Button, Keyboard, Menu, Reply, Text};
use crate::i18n::LANGS;
use crate::parse::fold::fold;
use crate::store::{
    Client, ConsentAction, CustomerLink, Member, NewClient, NewSubscription, OptinLink, Subscribed, Workspace,
};

/// The name of a customer whose Telegram profile has none we can use.
const NAMELESS: &str = "Telegram";
/// Client names are at most this long (as `/add` allows).
const MAX_NAME_CHARS: usize = 200;

/// The offer behind a link, in `lang` (or the customer's language).
pub async fn show(engine: &Engine, customer: &Customer<'_>, link: &OptinLink, lang: Option<&str>) -> Out {
    let team = team_of(engine, link).await?;
    if let Some(member) = member_of(engine, customer, team.id).await? {
        return Ok(vec![own_team(&member, &team)]);
    }
    if let Some(linked) = customer.link(team.id).filter(|l| l.client.subscribed()) {
        return Ok(vec![already(customer, linked)]);
    }
    let lang = lang.unwrap_or(&customer.lang);
    let text = Text::Lines(vec![
        Text::key("cust-offer").with("team", team.name.clone()),
        Text::key("cust-offer-terms").with("team", team.name.clone()).with("cap", i64::from(team.promo_cap_week)),
    ]);
    let mut rows = vec![vec![Button::new(
        Text::key("cust-btn-agree"),
        CustomerButton::Agree { lang: lang.to_string(), code: link.code.clone() }.encode(),
    )]];
    let others: Vec<Button> = LANGS
        .iter()
        .filter(|l| **l != lang)
        .map(|l| {
            let pressed = CustomerButton::Offer { lang: l.to_string(), code: link.code.clone() };
            Button::new(Text::key("lang-name").with("lang", *l), pressed.encode())
        })
        .collect();
    rows.extend(others.chunks(3).map(<[Button]>::to_vec));
    Ok(vec![Reply::new(lang, text).buttons(rows)])
}

pub async fn agree(engine: &Engine, customer: &Customer<'_>, lang: &str, code: &str) -> Out {
    let Some(link) = engine.store.optin_link(code).await? else {
        return Err(Fail::User(Text::key("cust-link-unknown")));
    };
    let team = team_of(engine, &link).await?;
    if let Some(member) = member_of(engine, customer, team.id).await? {
        return Ok(vec![own_team(&member, &team)]);
    }
    let name = display_name(&customer.actor.display_name);
    // A personal link's client belongs to whoever made the link; a newcomer by the team's link, to the owner.
    let owner = if link.client_id.is_some() { link.created_by } else { team.owner_member_id };
    let new_client = NewClient {
        workspace_id: team.id,
        search_text: search_text(&name, &[], &[], &[], None),
        name_folded: fold(&name),
        name,
        phones: vec![],
        emails: vec![],
        company: None,
        tags: vec![],
        source: Some("telegram".into()),
        owner_member_id: owner,
    };
    let keys = subject_keys(engine.secret(), team.id, customer.user());
    let sub = NewSubscription {
        workspace_id: team.id,
        tg_user_id: customer.user(),
        lang,
        client_id: link.client_id,
        new_client: &new_client,
        link_code: Some(&link.code),
        text_version: CONSENT_VERSION,
        subject: &keys,
        now: customer.now,
    };
    let (client, action) = match engine.store.subscribe_customer(&sub).await? {
        Subscribed::Done { client, action, .. } => {
            super::controls::consent_logged(engine, customer, &client, "in").await;
            (client, action)
        }
        Subscribed::Already(client) => {
            let text = Text::key("cust-already-subscribed").with("team", team.name.clone());
            return Ok(vec![Reply::new(&client_lang(&client, lang), text)]);
        }
        Subscribed::Taken => return Err(Fail::User(Text::key("cust-link-taken"))),
    };
    let mut lines =
        vec![Text::key("cust-subscribed").with("team", team.name.clone()).with("cap", i64::from(team.promo_cap_week))];
    let mut welcome = Reply::new(lang, Text::Lines(vec![]));
    // The phone lets the team match a client it already has; one who has one on file need not be asked.
    if client.phone_list().is_empty() {
        lines.push(Text::key("cust-share-ask").with("team", team.name.clone()));
        welcome.keyboard = Keyboard::ShareContact;
    }
    welcome.text = Text::Lines(lines);
    welcome.menu = customer.menu(Menu::Customer);
    let mut replies = vec![welcome];
    let how = match (action, link.client_id) {
        (ConsentAction::Resume, _) => "resume",
        (_, Some(_)) => "personal",
        _ => "team",
    };
    replies.extend(notice(engine, &client, Text::key("cust-notice-subscribed").with("how", how)).await?);
    Ok(replies)
}

/// A notice about the customer to the member who owns their client, in the member's language, with the card.
pub(super) async fn notice(engine: &Engine, client: &Client, headline: Text) -> Result<Option<Reply>, Fail> {
    let Some(owner) = engine.store.get_member(client.owner_member_id).await? else { return Ok(None) };
    let text = Text::Lines(vec![headline, Text::key("card-name").with("name", client.name.clone())]);
    let open = Button::new(Text::key("cust-btn-card"), Payload::OpenClient(client.id).encode());
    Ok(Some(Reply::new(&owner.locale, text).buttons(vec![vec![open]]).to(owner.tg_user_id)))
}

async fn team_of(engine: &Engine, link: &OptinLink) -> Result<Workspace, Fail> {
    engine.store.get_workspace(link.workspace_id).await?.ok_or_else(|| Fail::User(Text::key("cust-link-unknown")))
}

/// The one who opened the link, if they work in that very team.
async fn member_of(engine: &Engine, customer: &Customer<'_>, ws: i64) -> Result<Option<Member>, Fail> {
    let Some(member) = engine.store.member_by_tg(customer.user()).await? else { return Ok(None) };
    Ok(engine.store.membership(ws, member.id).await?.map(|_| member))
}

/// A colleague opened the team's customer link (to try it, most likely): nothing is subscribed.
fn own_team(member: &Member, team: &Workspace) -> Reply {
    Reply::new(&member.locale, Text::key("cust-optin-own-team").with("team", team.name.clone()))
}

fn already(customer: &Customer<'_>, linked: &CustomerLink) -> Reply {
    let text = Text::key("cust-already-subscribed").with("team", linked.team_name.clone());
    let stop = CustomerButton::Stop { ws: linked.client.workspace_id }.encode();
    customer.reply(text).buttons(vec![vec![Button::new(Text::key("cust-btn-stop"), stop)]])
}

fn client_lang(client: &Client, fallback: &str) -> String {
    client.lang.clone().unwrap_or_else(|| fallback.to_string())
}

/// The customer's Telegram name as a client name: trimmed, never empty, within the length `/add` allows.
fn display_name(raw: &str) -> String {
    let name: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return NAMELESS.to_string();
    }
    name.chars().take(MAX_NAME_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_telegram_name_becomes_a_tidy_client_name() {
        assert_eq!(display_name("  Anna   Smith "), "Anna Smith");
        assert_eq!(display_name("   "), NAMELESS);
        assert_eq!(display_name(&"x".repeat(500)).chars().count(), MAX_NAME_CHARS);
    }
}
