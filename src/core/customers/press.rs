//! A promotion's buttons. Only the promotion's own customer may press them: the delivery must carry the
//! presser's Telegram id, so a forged payload with someone else's delivery id is a stale button. The link is a
//! tracked path: the press is counted, then the answer carries the campaign's URL as a link button.

use super::controls::stop_team;
use super::who::{Customer, stale};
use crate::core::Engine;
use crate::core::context::{Fail, Out};
use crate::core::reply::{Button, Text};
use crate::store::PromoPress;

/// The sender's preview carries delivery id 0: its buttons only say so.
const PREVIEW: i64 = 0;

pub async fn link(engine: &Engine, customer: &Customer<'_>, delivery: i64) -> Out {
    let press = own_press(engine, customer, delivery).await?;
    let Some(url) = press.link_url.clone() else { return Err(stale()) };
    engine.store.record_promo_press(delivery, customer.user(), customer.now).await?;
    if let Some(client_id) = press.client_id {
        engine.store.touch_customer(press.workspace_id, client_id, customer.now).await?;
    }
    let label = match press.link_label.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        Some(label) => Text::Raw(label.to_string()),
        None => Text::key("promo-open-link"),
    };
    let text = Text::key("cust-link-here").with("team", press.team_name);
    Ok(vec![customer.reply(text).buttons(vec![vec![Button::link(label, url)]])])
}

pub async fn unsubscribe(engine: &Engine, customer: &Customer<'_>, delivery: i64) -> Out {
    if delivery == PREVIEW {
        return Err(Fail::User(Text::key("cust-preview-button")));
    }
    // A forgotten customer's promotions are erased with them: their old button is as stale as a forged one.
    let Some(press) = engine.store.promo_press(delivery).await? else { return Err(stale()) };
    if press.tg_user_id != Some(customer.user()) {
        return Err(stale());
    }
    stop_team(engine, customer, press.workspace_id, Some(delivery)).await
}

async fn own_press(engine: &Engine, customer: &Customer<'_>, delivery: i64) -> Result<PromoPress, Fail> {
    if delivery == PREVIEW {
        return Err(Fail::User(Text::key("cust-preview-button")));
    }
    match engine.store.promo_press(delivery).await? {
        Some(press) if press.tg_user_id == Some(customer.user()) => Ok(press),
        _ => Err(stale()),
    }
}
