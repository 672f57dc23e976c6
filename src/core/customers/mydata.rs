//! `/mydata`: everything each team stores about the customer — their own rows only: the client record, the
//! language, the subscription and since when, the consent trail, the promotions they received, their codes and
//! what was redeemed.

use chrono_tz::Tz;

use super::who::Customer;
use crate::core::Engine;
use crate::core::context::{Fail, Out};
use crate::core::reply::{Arg, Reply, Text, TimeStyle};
use crate::store::CustomerLink;

/// Promotions listed per team; the count says how many there are beyond.
const PROMOS_SHOWN: i64 = 20;

pub async fn show(engine: &Engine, customer: &Customer<'_>) -> Out {
    let mut replies = Vec::new();
    for link in &customer.links {
        replies.push(team_data(engine, customer, link).await?);
    }
    if replies.is_empty() {
        return Err(Fail::User(Text::key("cust-nothing-stored")));
    }
    Ok(replies)
}

async fn team_data(engine: &Engine, customer: &Customer<'_>, link: &CustomerLink) -> Result<Reply, Fail> {
    let client = &link.client;
    let (ws, id) = (client.workspace_id, client.id);
    let tz = zone(engine, link).await?;
    let at = |t| Arg::time(t, tz, TimeStyle::DateTime);
    let mut lines = vec![
        Text::key("cust-mydata-title").with("team", link.team_name.clone()),
        Text::key("card-name").with("name", client.name.clone()),
    ];
    if let Some(company) = &client.company {
        lines.push(Text::key("card-company").with("company", company.clone()));
    }
    lines.extend(client.phone_list().into_iter().map(|p| Text::key("card-phone").with("phone", p)));
    lines.extend(client.email_list().into_iter().map(|e| Text::key("card-email").with("email", e)));
    let tags = client.tag_list();
    if !tags.is_empty() {
        let tags: Vec<String> = tags.iter().map(|t| format!("#{t}")).collect();
        lines.push(Text::key("card-tags").with("tags", tags.join(" ")));
    }
    let lang = client.lang.clone().unwrap_or_else(|| customer.lang.clone());
    lines.push(Text::key("cust-mydata-lang").with("lang", lang));
    let since = client.promo_since.unwrap_or(client.created_at);
    lines.push(Text::key("cust-mydata-state").with("state", client.promo_state.clone()).with("since", at(since)));

    let trail = engine.store.consent_trail(ws, id).await?;
    lines.push(Text::key("cust-mydata-consents").with("count", trail.len()));
    lines.extend(trail.iter().map(|c| {
        Text::key("cust-mydata-consent")
            .with("action", c.action.clone())
            .with("at", at(c.at))
            .with("version", c.text_version.clone())
    }));

    let promos = engine.store.customer_deliveries(ws, id, PROMOS_SHOWN).await?;
    lines.push(Text::key("cust-mydata-promos").with("count", promos.len()));
    lines.extend(promos.iter().map(|d| {
        let when = d.sent_at.map(at).unwrap_or_else(|| Arg::Str("—".into()));
        let line = Text::key("cust-mydata-promo").with("kind", d.kind.clone()).with("at", when);
        match &d.code {
            Some(code) => Text::Concat(vec![line, Text::key("cust-mydata-code").with("code", code.clone())]),
            None => line,
        }
    }));

    let redeemed = engine.store.customer_redemptions(ws, id).await?;
    lines.extend(
        redeemed.iter().map(|r| Text::key("cust-mydata-redeemed").with("code", r.code.clone()).with("at", at(r.at))),
    );
    lines.push(Text::key("cust-mydata-forget"));
    Ok(customer.reply(Text::Lines(lines)))
}

/// Times are shown in the customer's zone if the team knows it, else in the team owner's.
async fn zone(engine: &Engine, link: &CustomerLink) -> Result<Tz, Fail> {
    if let Some(tz) = link.client.tz.as_deref().and_then(|z| z.parse().ok()) {
        return Ok(tz);
    }
    let owner = engine.store.get_member(link.client.owner_member_id).await?;
    Ok(owner.and_then(|m| m.tz.parse().ok()).unwrap_or(Tz::UTC))
}
