//! The deal card (client, amount, stage, probability, weighted amount, close date, owner, last activity,
//! history) with its one-tap stage buttons, and the deals section of the client card.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};

use super::payload::{DealButton, LostReason};
use super::pipeline::{Pipeline, StageKind};
use crate::core::Engine;
use crate::core::callback::Payload;
use crate::core::context::{Ctx, Fail};
use crate::core::reply::{Arg, Button, Reply, Text, TimeStyle};
use crate::parse::money::format_money;
use crate::parse::when::local_to_utc;
use crate::store::{ActivityKind, Client, Deal, DealEvent, DealFilter};

/// History lines on a card.
const HISTORY: i64 = 6;
/// Deals listed on a client card before "all deals".
const ON_CLIENT_CARD: i64 = 3;
/// Stage buttons per row.
const STAGES_PER_ROW: usize = 3;

/// A deal the member may see; another team's, or one they may not see, answers exactly as a missing one.
pub async fn visible_deal(engine: &Engine, ctx: &Ctx, deal_id: i64) -> Result<Deal, Fail> {
    let ws = ctx.workspace()?;
    match engine.store.get_deal(ws, deal_id).await? {
        Some(deal) if ctx.can_see_owned_by(deal.owner_member_id) => Ok(deal),
        _ => Err(Fail::User(Text::key("deal-err-gone"))),
    }
}

/// A deal the member may change: their own, or any for owners and leads. A colleague's is read-only.
pub async fn editable_deal(engine: &Engine, ctx: &Ctx, deal_id: i64) -> Result<Deal, Fail> {
    let deal = visible_deal(engine, ctx, deal_id).await?;
    if ctx.can_edit_owned_by(deal.owner_member_id) {
        return Ok(deal);
    }
    let owner = member_name(engine, deal.owner_member_id).await?;
    Err(Fail::User(Text::key("deal-err-read-only").with("title", deal.title).with("owner", owner)))
}

pub async fn member_name(engine: &Engine, member_id: i64) -> Result<String, Fail> {
    Ok(engine.store.get_member(member_id).await?.map(|m| m.display_name).unwrap_or_default())
}

/// A `reassigned` event's note: `{"from":<member id>,"to":<member id>}`.
#[derive(Default, serde::Deserialize)]
struct Handed {
    from: i64,
    to: i64,
}

/// Display names looked up once per card.
#[derive(Default)]
struct Names(HashMap<i64, String>);

impl Names {
    async fn get(&mut self, engine: &Engine, id: i64) -> Result<String, Fail> {
        if let Some(name) = self.0.get(&id) {
            return Ok(name.clone());
        }
        let name = member_name(engine, id).await?;
        self.0.insert(id, name.clone());
        Ok(name)
    }
}

/// A calendar date as the member reads dates.
pub fn date_arg(ctx: &Ctx, date: NaiveDate) -> Arg {
    let noon = NaiveTime::from_hms_opt(12, 0, 0).expect("noon is a valid time");
    Arg::time(local_to_utc(ctx.tz, date.and_time(noon)), ctx.tz, TimeStyle::Date)
}

/// The member's today, in their zone.
pub fn today(ctx: &Ctx) -> NaiveDate {
    ctx.now.with_timezone(&ctx.tz).date_naive()
}

/// The probability that weighs the deal: its own, else its stage's.
pub fn probability(deal: &Deal, pipeline: &Pipeline) -> i32 {
    deal.probability.or_else(|| pipeline.stage(deal.stage_id).map(|s| s.probability)).unwrap_or(0)
}

/// amount × probability, in minor units, rounded half up.
pub fn weighted(amount_minor: i64, probability: i32) -> i64 {
    let w = (i128::from(amount_minor) * i128::from(probability) + 50) / 100;
    i64::try_from(w).unwrap_or(i64::MAX)
}

pub fn money(ctx: &Ctx, amount_minor: i64, currency: &str) -> String {
    format_money(amount_minor, currency, &ctx.lang)
}

/// The words for a lost reason: the locale's for a common one, the member's own otherwise.
pub fn reason_text(reason: &str) -> Text {
    match LostReason::from_code(reason) {
        Some(LostReason::Price) => Text::key("deal-reason-price"),
        Some(LostReason::Competitor) => Text::key("deal-reason-competitor"),
        Some(LostReason::NoBudget) => Text::key("deal-reason-no-budget"),
        Some(LostReason::NoResponse) => Text::key("deal-reason-no-response"),
        Some(LostReason::Timing) => Text::key("deal-reason-timing"),
        None => Text::Raw(reason.to_string()),
    }
}

pub async fn card(engine: &Engine, ctx: &Ctx, deal: &Deal, headline: Option<Text>) -> Result<Reply, Fail> {
    let ws = deal.workspace_id;
    let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
    let client = engine.store.get_client(ws, deal.client_id).await?.map(|c| c.name).unwrap_or_default();
    let mut names = Names::default();
    let owner = names.get(engine, deal.owner_member_id).await?;
    let editable = ctx.can_edit_owned_by(deal.owner_member_id);

    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("deal-card-title").with("title", deal.title.clone()));
    lines.push(Text::key("deal-card-client").with("name", client));
    lines.push(Text::key("deal-card-amount").with("amount", money(ctx, deal.amount_minor, &deal.currency)));
    lines.push(stage_line(ctx, deal, &pipeline));
    lines.extend(status_lines(ctx, deal, &pipeline));
    lines.push(Text::key("deal-card-owner").with("owner", owner.clone()));
    if let Some(source) = &deal.source {
        lines.push(Text::key("deal-card-source").with("source", source.clone()));
    }
    lines.push(
        Text::key("deal-card-activity").with("when", Arg::time(deal.last_activity_at, ctx.tz, TimeStyle::DateTime)),
    );
    let events = engine.store.deal_events(ws, deal.id, HISTORY).await?;
    if !events.is_empty() {
        lines.push(Text::key("deal-card-history"));
        for event in &events {
            lines.push(event_line(engine, ctx, deal, event, &pipeline, &mut names).await?);
        }
    }
    if !editable {
        lines.push(Text::key("deal-card-read-only").with("owner", owner));
        let rows = vec![vec![open_client_button(deal.client_id)]];
        return Ok(ctx.reply(Text::Lines(lines)).buttons(rows));
    }
    Ok(ctx.reply(Text::Lines(lines)).buttons(buttons(ctx, deal, &pipeline)))
}

/// The stage; for an open deal also its probability and the weighted amount (a closed one is simply won or lost).
fn stage_line(ctx: &Ctx, deal: &Deal, pipeline: &Pipeline) -> Text {
    let stage = pipeline.name(deal.stage_id, &ctx.lang);
    let open = pipeline.stage(deal.stage_id).is_none_or(|s| StageKind::of(s) == StageKind::Open);
    if !open {
        return Text::key("deal-card-stage-closed").with("stage", stage);
    }
    let p = probability(deal, pipeline);
    Text::key("deal-card-stage")
        .with("stage", stage)
        .with("probability", i64::from(p))
        .with("weighted", money(ctx, weighted(deal.amount_minor, p), &deal.currency))
}

/// Close date, or the outcome of a closed deal.
fn status_lines(ctx: &Ctx, deal: &Deal, pipeline: &Pipeline) -> Vec<Text> {
    let kind = pipeline.stage(deal.stage_id).map(StageKind::of).unwrap_or(StageKind::Open);
    let mut lines = Vec::new();
    match (kind, deal.won_at, deal.lost_at) {
        (StageKind::Won, Some(at), _) => {
            lines.push(Text::key("deal-card-won").with("when", Arg::time(at, ctx.tz, TimeStyle::Date)));
        }
        (StageKind::Lost, _, Some(at)) => {
            let when = Text::key("deal-card-lost").with("when", Arg::time(at, ctx.tz, TimeStyle::Date));
            match &deal.lost_reason {
                Some(reason) => lines.push(Text::Concat(vec![when, Text::Raw(": ".into()), reason_text(reason)])),
                None => lines.push(when),
            }
        }
        _ => lines.push(match deal.expected_close {
            Some(date) if kind == StageKind::Open && date < today(ctx) => {
                Text::key("deal-card-close-overdue").with("date", date_arg(ctx, date))
            }
            Some(date) => Text::key("deal-card-close").with("date", date_arg(ctx, date)),
            None => Text::key("deal-card-no-close"),
        }),
    }
    lines
}

async fn event_line(
    engine: &Engine,
    ctx: &Ctx,
    deal: &Deal,
    event: &DealEvent,
    pipeline: &Pipeline,
    names: &mut Names,
) -> Result<Text, Fail> {
    let who = names.get(engine, event.member_id).await?;
    let when = Arg::time(event.at, ctx.tz, TimeStyle::DateTime);
    let stage = |id: Option<i64>| id.map(|id| pipeline.name(id, &ctx.lang)).unwrap_or_default();
    let note = event.note.clone().unwrap_or_default();
    Ok(match event.kind.as_str() {
        "created" => {
            Text::key("deal-event-created").with("when", when).with("who", who).with("to", stage(event.to_stage_id))
        }
        "moved" => {
            let line = Text::key("deal-event-moved")
                .with("when", when)
                .with("who", who)
                .with("from", stage(event.from_stage_id))
                .with("to", stage(event.to_stage_id));
            if note.is_empty() { line } else { Text::Concat(vec![line, Text::Raw(" — ".into()), reason_text(&note)]) }
        }
        "reassigned" => {
            let handed: Handed = serde_json::from_str(&note).unwrap_or_default();
            let from = names.get(engine, handed.from).await?;
            let to = names.get(engine, handed.to).await?;
            Text::key("deal-event-reassigned").with("when", when).with("who", who).with("from", from).with("to", to)
        }
        _ => changed_line(ctx, deal, &note).with("when", when).with("who", who),
    })
}

/// A `changed` event's note is "amount:<old>><new>" or "close:<old>><new>" (dates as YYYY-MM-DD, "-" for none).
fn changed_line(ctx: &Ctx, deal: &Deal, note: &str) -> Text {
    let (what, change) = note.split_once(':').unwrap_or_default();
    let (from, to) = change.split_once('>').unwrap_or_default();
    match what {
        "amount" => {
            let shown = |v: &str| v.parse().map(|m| money(ctx, m, &deal.currency)).unwrap_or_else(|_| v.to_string());
            Text::key("deal-event-amount").with("from", shown(from)).with("to", shown(to))
        }
        _ => {
            let shown = |v: &str| match v.parse::<NaiveDate>() {
                Ok(date) => date_arg(ctx, date),
                Err(_) => Arg::Str("—".into()),
            };
            Text::key("deal-event-close").with("from", shown(from)).with("to", shown(to))
        }
    }
}

fn open_client_button(client_id: i64) -> Button {
    Button::new(Text::key("btn-open-client"), Payload::OpenClient(client_id).encode())
}

/// One tap per visible stage (except the one it is in), then what a salesperson does next.
fn buttons(ctx: &Ctx, deal: &Deal, pipeline: &Pipeline) -> Vec<Vec<Button>> {
    let moves: Vec<Button> = pipeline
        .visible()
        .filter(|s| s.id != deal.stage_id)
        .map(|s| {
            let data = DealButton::Move { deal: deal.id, stage: s.id, version: deal.version }.encode();
            Button::new(Text::Raw(pipeline.label(s, &ctx.lang)), data)
        })
        .collect();
    let mut rows: Vec<Vec<Button>> = moves.chunks(STAGES_PER_ROW).map(<[Button]>::to_vec).collect();
    rows.push(vec![
        Button::new(Text::key("btn-meeting"), DealButton::Log(ActivityKind::Meeting, deal.id).encode()),
        Button::new(Text::key("btn-call"), DealButton::Log(ActivityKind::Call, deal.id).encode()),
        Button::new(Text::key("btn-note"), DealButton::Log(ActivityKind::Note, deal.id).encode()),
    ]);
    rows.push(vec![
        Button::new(Text::key("deal-btn-close"), DealButton::Close(deal.id).encode()),
        open_client_button(deal.client_id),
    ]);
    if ctx.sees_all() {
        rows.push(vec![Button::new(Text::key("deal-btn-reassign"), DealButton::Reassign(deal.id).encode())]);
    }
    rows
}

/// A deal on one line: title, amount, stage (and client, in lists that span clients).
pub fn deal_line(ctx: &Ctx, deal: &Deal, pipeline: &Pipeline, client: Option<&str>) -> Text {
    let line = Text::key("deal-line")
        .with("title", deal.title.clone())
        .with("amount", money(ctx, deal.amount_minor, &deal.currency))
        .with("stage", pipeline.name(deal.stage_id, &ctx.lang));
    match client {
        Some(name) => Text::Concat(vec![line, Text::Raw(format!(" — {name}"))]),
        None => line,
    }
}

/// A button that opens a deal, labelled with its title and amount.
pub fn open_button(ctx: &Ctx, deal: &Deal) -> Button {
    let mut label = format!("💼 {} · {}", deal.title, money(ctx, deal.amount_minor, &deal.currency));
    if label.chars().count() > 60 {
        label = label.chars().take(59).collect::<String>() + "…";
    }
    Button::new(Text::Raw(label), DealButton::Open(deal.id).encode())
}

/// What the client card shows of the client's deals: a few lines, buttons to open them, and "New deal".
pub async fn client_section(
    engine: &Engine,
    ctx: &Ctx,
    client: &Client,
) -> Result<(Vec<Text>, Vec<Vec<Button>>), Fail> {
    let filter = DealFilter { client_id: Some(client.id), ..Default::default() };
    let (rows, _) = engine.store.list_deals(client.workspace_id, &filter, ON_CLIENT_CARD + 1).await?;
    let deals: Vec<Deal> =
        rows.into_iter().map(|r| r.deal).filter(|d| ctx.can_see_owned_by(d.owner_member_id)).collect();
    let mut lines = Vec::new();
    let mut buttons = Vec::new();
    if !deals.is_empty() {
        let pipeline = Pipeline::load(engine, client.workspace_id, ctx.now).await?;
        lines.push(Text::key("deal-client-deals"));
        for deal in deals.iter().take(ON_CLIENT_CARD as usize) {
            lines.push(deal_line(ctx, deal, &pipeline, None));
            buttons.push(vec![open_button(ctx, deal)]);
        }
    }
    let mut last = Vec::new();
    if ctx.can_edit(client) {
        last.push(Button::new(Text::key("deal-btn-new"), DealButton::New(client.id).encode()));
    }
    if deals.len() > ON_CLIENT_CARD as usize {
        last.push(Button::new(Text::key("deal-btn-all"), DealButton::ClientDeals(client.id).encode()));
    }
    if !last.is_empty() {
        buttons.push(last);
    }
    Ok((lines, buttons))
}
