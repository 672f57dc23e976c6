//! `/deal 12000 EUR Website redesign [25.12]` for the client in focus, or step by step: the amount, then the
//! title. The currency may be left out once the member has a deal (their last deal's currency is used).

use crate::core::audit::{self, Action, On};
use chrono::NaiveDate;

use super::Step;
use super::pipeline::Pipeline;
use super::view::{self, today};
use crate::core::Engine;
use crate::core::clients::editable_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::journal::default_time;
use crate::core::reach::too_far;
use crate::core::reply::Text;
use crate::core::session::State;
use crate::parse::money::{Money, MoneyError, parse_money_prefix};
use crate::parse::when::{WhenError, parse_when};
use crate::store::{Client, MemberPatch, NewDeal};

pub const MAX_TITLE_CHARS: usize = 200;

/// `/deal [line]` for the client in focus.
pub async fn command(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let Some(client_id) = ctx.member.focus_client_id else {
        return Err(Fail::User(Text::key("deal-err-no-client")));
    };
    start(engine, ctx, client_id, args).await
}

/// The client card's "New deal" button.
pub async fn for_client(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = editable_client(engine, ctx, client_id).await?;
    if ctx.member.focus_client_id != Some(client.id) {
        let patch = MemberPatch { focus_client_id: Some(Some(client.id)), ..Default::default() };
        ctx.member = engine.store.update_member(ctx.member.id, &patch).await?;
    }
    start(engine, ctx, client.id, "").await
}

async fn start(engine: &Engine, ctx: &mut Ctx, client_id: i64, args: &str) -> Out {
    let client = editable_client(engine, ctx, client_id).await?;
    if args.is_empty() {
        ctx.session.state = State::Deal(Step::Amount { client_id });
        return Ok(vec![ctx.reply(Text::key("deal-ask-amount").with("name", client.name))]);
    }
    from_line(engine, ctx, &client, args).await
}

/// The answer to "how much?": the same line as after `/deal`.
pub async fn amount_answer(engine: &Engine, ctx: &mut Ctx, client_id: i64, text: &str) -> Out {
    let client = editable_client(engine, ctx, client_id).await?;
    from_line(engine, ctx, &client, text).await
}

/// The answer to "what is the deal called?".
pub async fn title_answer(engine: &Engine, ctx: &mut Ctx, pending: Pending, text: &str) -> Out {
    let client = editable_client(engine, ctx, pending.client_id).await?;
    let title = check_title(text)?;
    ctx.session.state = State::Idle;
    create(engine, ctx, &client, pending.money, &title, pending.close).await
}

/// A deal waiting for its title.
pub struct Pending {
    pub client_id: i64,
    pub money: Money,
    pub close: Option<NaiveDate>,
}

async fn from_line(engine: &Engine, ctx: &mut Ctx, client: &Client, line: &str) -> Out {
    let ws = ctx.workspace()?;
    let default_currency = engine.store.last_currency(ws, ctx.member.id).await?;
    let (money, rest) = parse_money_prefix(line, default_currency.as_deref())
        .and_then(|(m, rest)| Ok((m.positive()?, rest)))
        .map_err(money_error)?;
    let (close, title) = match parse_when(&rest, &ctx.lang, ctx.now, ctx.tz, default_time()) {
        Ok(when) if when.has_date => (Some(when.at.with_timezone(&ctx.tz).date_naive()), when.rest),
        Ok(_) | Err(WhenError::NotFound) => (None, rest),
        Err(WhenError::Invalid) => return Err(Fail::User(Text::key("err-date").with("input", rest))),
        Err(WhenError::OutOfRange) => return Err(too_far(ctx, &rest)),
    };
    if title.trim().is_empty() {
        ctx.session.state = State::Deal(Step::Title {
            client_id: client.id,
            minor: money.minor,
            currency: money.code().to_string(),
            close,
        });
        let amount = view::money(ctx, money.minor, money.code());
        return Ok(vec![
            ctx.reply(Text::key("deal-ask-title").with("amount", amount).with("name", client.name.clone())),
        ]);
    }
    let title = check_title(&title)?;
    ctx.session.state = State::Idle;
    create(engine, ctx, client, money, &title, close).await
}

fn check_title(text: &str) -> Result<String, Fail> {
    let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        return Err(Fail::User(Text::key("deal-err-title")));
    }
    let len = title.chars().count();
    if len > MAX_TITLE_CHARS {
        return Err(Fail::User(Text::key("deal-err-title-long").with("max", MAX_TITLE_CHARS).with("length", len)));
    }
    Ok(title)
}

/// Why an amount was refused, with an example.
pub fn money_error(e: MoneyError) -> Fail {
    let text = match e {
        MoneyError::NotFound | MoneyError::Malformed(_) => Text::key("deal-err-amount"),
        MoneyError::NoCurrency => Text::key("deal-err-no-currency"),
        MoneyError::Negative => Text::key("deal-err-negative"),
        MoneyError::Zero => Text::key("deal-err-zero"),
        MoneyError::TooLarge => Text::key("deal-err-too-large"),
        MoneyError::UnknownCurrency(code) => Text::key("deal-err-currency").with("code", code),
        MoneyError::TooManyDecimals { currency, max } => {
            Text::key("deal-err-decimals").with("code", currency).with("max", i64::from(max))
        }
    };
    Fail::User(text)
}

async fn create(
    engine: &Engine,
    ctx: &mut Ctx,
    client: &Client,
    money: Money,
    title: &str,
    close: Option<NaiveDate>,
) -> Out {
    let ws = ctx.workspace()?;
    let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
    let Some(stage) = pipeline.first_open() else {
        return Err(Fail::User(Text::key("deal-err-no-stage")));
    };
    let new = NewDeal {
        workspace_id: ws,
        client_id: client.id,
        title: title.to_string(),
        amount_minor: money.minor,
        currency: money.code().to_string(),
        stage_id: stage.id,
        expected_close: close,
        owner_member_id: ctx.member.id,
        source: client.source.clone(),
        at: ctx.now,
    };
    let deal = engine.store.insert_deal(&new).await?;
    let created = Action::DealCreated { minor: deal.amount_minor, currency: deal.currency.clone() };
    audit::record(engine, ctx, ws, created, On::Deal { id: deal.id, client: deal.client_id }).await;
    let mut headline = vec![Text::key("deal-created").with("title", deal.title.clone())];
    match close {
        None => headline.push(Text::key("deal-hint-close")),
        // Accepted (it may be a late entry), but said: the deal shows as overdue straight away.
        Some(date) if date < today(ctx) => {
            headline.push(Text::key("deal-hint-past-close").with("date", view::date_arg(ctx, date)));
        }
        Some(_) => {}
    }
    Ok(vec![view::card(engine, ctx, &deal, Some(Text::Lines(headline))).await?])
}
