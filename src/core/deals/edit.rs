//! Changing a deal after the fact: the amount it was won with, and the expected close date. Each change applies
//! only to the version the member was asked about, and leaves a line in the history.

use crate::core::audit::{self, Action, On};
use chrono::NaiveDate;

use super::Step;
use super::create::money_error;
use super::moves::current;
use super::view::{self, editable_deal};
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::journal::default_time;
use crate::core::reach::too_far;
use crate::core::reply::Text;
use crate::core::session::State;
use crate::parse::money::parse_money;
use crate::parse::when::{WhenError, parse_when};
use crate::store::{Deal, DealEdit};

/// "As is": the deal was won with the amount it had.
pub async fn won_as_is(engine: &Engine, ctx: &mut Ctx, deal_id: i64) -> Out {
    let deal = view::visible_deal(engine, ctx, deal_id).await?;
    if matches!(ctx.session.state, State::Deal(Step::WonAmount { deal_id: id, .. }) if id == deal_id) {
        ctx.session.state = State::Idle;
    }
    let amount = view::money(ctx, deal.amount_minor, &deal.currency);
    Ok(vec![ctx.reply(Text::key("deal-won-kept").with("title", deal.title).with("amount", amount))])
}

/// The amount actually won, typed after Won.
pub async fn won_amount(engine: &Engine, ctx: &mut Ctx, deal_id: i64, version: i32, text: &str) -> Out {
    let deal = editable_deal(engine, ctx, deal_id).await?;
    let money = parse_money(text, Some(&deal.currency)).and_then(|m| m.positive()).map_err(money_error)?;
    if money.code() != deal.currency {
        return Err(Fail::User(Text::key("deal-err-other-currency").with("code", deal.currency)));
    }
    ctx.session.state = State::Idle;
    let note = format!("amount:{}>{}", deal.amount_minor, money.minor);
    let edit = DealEdit { amount_minor: Some(money.minor), ..edit(ctx, &deal, version, note) };
    save(engine, ctx, &deal, &edit, "deal-amount-set").await
}

/// The card's "Close date" button: ask for it.
pub async fn ask_close(engine: &Engine, ctx: &mut Ctx, deal_id: i64) -> Out {
    let deal = editable_deal(engine, ctx, deal_id).await?;
    ctx.session.state = State::Deal(Step::Close { deal_id, version: deal.version });
    Ok(vec![ctx.reply(Text::key("deal-ask-close").with("title", deal.title))])
}

/// The expected close date typed ("25.12", "next friday"), or "-" to clear it.
pub async fn close_answer(engine: &Engine, ctx: &mut Ctx, deal_id: i64, version: i32, text: &str) -> Out {
    let deal = editable_deal(engine, ctx, deal_id).await?;
    let date = if text.trim() == "-" {
        None
    } else {
        match parse_when(text, &ctx.lang, ctx.now, ctx.tz, default_time()) {
            Ok(when) if when.has_date && when.rest.is_empty() => Some(when.at.with_timezone(&ctx.tz).date_naive()),
            Ok(_) | Err(WhenError::NotFound) => return Err(Fail::User(Text::key("deal-err-close"))),
            Err(WhenError::Invalid) => return Err(Fail::User(Text::key("err-date").with("input", text.to_string()))),
            Err(WhenError::OutOfRange) => return Err(too_far(ctx, text)),
        }
    };
    ctx.session.state = State::Idle;
    let note = format!("close:{}>{}", day(deal.expected_close), day(date));
    let edit = DealEdit { expected_close: Some(date), ..edit(ctx, &deal, version, note) };
    save(engine, ctx, &deal, &edit, "deal-close-set").await
}

fn day(date: Option<NaiveDate>) -> String {
    date.map_or_else(|| "-".to_string(), |d| d.format("%Y-%m-%d").to_string())
}

fn edit(ctx: &Ctx, deal: &Deal, version: i32, note: String) -> DealEdit {
    DealEdit {
        workspace_id: deal.workspace_id,
        deal_id: deal.id,
        version,
        member_id: ctx.member.id,
        at: ctx.now,
        amount_minor: None,
        expected_close: None,
        note,
    }
}

/// Apply the edit if the deal is still the version the member was asked about; else show it as it is now.
async fn save(engine: &Engine, ctx: &mut Ctx, deal: &Deal, edit: &DealEdit, done_key: &'static str) -> Out {
    match engine.store.edit_deal(edit).await? {
        Some(changed) => {
            let field = if edit.amount_minor.is_some() { "amount" } else { "close" };
            let on = On::Deal { id: changed.id, client: changed.client_id };
            audit::record(engine, ctx, changed.workspace_id, Action::DealEdited { field: field.into() }, on).await;
            Ok(vec![view::card(engine, ctx, &changed, Some(Text::key(done_key))).await?])
        }
        None => {
            let now = view::visible_deal(engine, ctx, deal.id).await?;
            current(engine, ctx, &now, "deal-stale").await
        }
    }
}
