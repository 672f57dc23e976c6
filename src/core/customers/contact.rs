//! A customer shares their phone (Telegram's `request_contact` button: verified, their own). If it is the phone
//! of a client the team already has (and no other Telegram user is linked to that client), the customer is
//! linked to that client instead of the one opting in made; otherwise the phone is saved on their record.
//! A contact from the phone book (someone else's number) is not trusted and changes nothing.

use super::offer::notice;
use super::who::Customer;
use crate::core::Engine;
use crate::core::clients::search_text;
use crate::core::context::{Fail, Out};
use crate::core::reply::{Keyboard, Text};
use crate::parse::contact::{normalize_phone, region_for_locale};
use crate::store::{Client, Relinked};

pub async fn shared(engine: &Engine, customer: &Customer<'_>, phone: &str, own: bool) -> Out {
    if !own {
        let mut reply = customer.reply(Text::key("cust-contact-not-own"));
        reply.keyboard = Keyboard::ShareContact;
        return Ok(vec![reply]);
    }
    let Some(link) = customer.current() else { return Err(Fail::User(Text::key("cust-nothing-stored"))) };
    let team = link.team_name.clone();
    let mine = &link.client;
    let Ok(phone) = normalize_phone(phone, region_for_locale(&customer.lang)) else {
        return Err(Fail::User(Text::key("cust-contact-bad")));
    };
    if mine.phone_list().contains(&phone.as_str()) {
        return Ok(vec![customer.reply(Text::key("cust-contact-saved").with("team", team))]);
    }
    let ws = mine.workspace_id;
    let found = engine.store.find_duplicates(ws, std::slice::from_ref(&phone), &[], "").await?;
    if let Some(known) = found.into_iter().find(|c| c.id != mine.id && c.tg_user_id.is_none())
        && let Relinked::Moved { client, .. } =
            engine.store.relink_customer(ws, customer.user(), known.id, customer.now).await?
    {
        let mut replies = vec![customer.reply(Text::key("cust-contact-matched").with("team", team))];
        replies.extend(notice(engine, &client, Text::key("cust-notice-matched").with("phone", phone)).await?);
        return Ok(replies);
    }
    let client = add_phone(engine, mine, phone.clone()).await?;
    engine.store.touch_customer(ws, client.id, customer.now).await?;
    let mut replies = vec![customer.reply(Text::key("cust-contact-saved").with("team", team))];
    replies.extend(notice(engine, &client, Text::key("cust-notice-phone").with("phone", phone)).await?);
    Ok(replies)
}

async fn add_phone(engine: &Engine, client: &Client, phone: String) -> Result<Client, Fail> {
    let mut client = client.clone();
    let mut phones: Vec<String> = client.phone_list().iter().map(|p| p.to_string()).collect();
    phones.push(phone);
    let emails: Vec<String> = client.email_list().iter().map(|e| e.to_string()).collect();
    let tags: Vec<String> = client.tag_list().iter().map(|t| t.to_string()).collect();
    client.search_text = search_text(&client.name, &phones, &emails, &tags, client.company.as_deref());
    client.phones = phones.join("\n");
    Ok(engine.store.update_client(&client).await?)
}
