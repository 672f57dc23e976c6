//! Lead sources: `/source Banner` on the client in focus, `/source cost Banner 500 EUR 2026-11` (what a source
//! cost in a month), and `/sources [period]`: per source the new clients, deals, won revenue, cost and return,
//! ranked by return within each currency, so marketing sees which source pays.

use crate::core::audit::{self, Action, On};
use std::collections::{BTreeMap, BTreeSet};

use chrono::Datelike;

use super::period::Unit;
use super::words::{money_error, percent, period_or, period_text};
use crate::core::Engine;
use crate::core::clients::editable_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::Text;
use crate::core::roles::Role;
use crate::parse::fold::fold;
use crate::parse::money::{MoneyError, format_money, parse_money_prefix};
use crate::store::{NewSourceCost, SourceMoney, SourceTally};

const MAX_SOURCE_CHARS: usize = 60;

/// The word that starts `/source cost …`, in every language (folded).
const COST_WORDS: &[&str] = &[
    "cost",
    "costs",
    "расход",
    "расходы",
    "затраты",
    "стоимость",
    "costo",
    "coste",
    "लागत",
    "खर्च",
    "chi phi",
    "هزینه",
    "செலவு",
];

/// `/source` — show; `/source Banner` — set on the client in focus; `/source -` — clear; `/source cost …`.
pub async fn source(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    if let Some(rest) = cost_args(args) {
        return cost(engine, ctx, &rest).await;
    }
    let Some(client_id) = ctx.member.focus_client_id else {
        return Err(Fail::User(Text::key("rep-err-source-no-focus")));
    };
    let mut client = editable_client(engine, ctx, client_id).await?;
    let typed = args.trim();
    if typed.is_empty() {
        let text = match &client.source {
            Some(s) => Text::key("rep-source-is").with("name", client.name.clone()).with("source", s.clone()),
            None => Text::key("rep-source-unset").with("name", client.name.clone()),
        };
        return Ok(vec![ctx.reply(text)]);
    }
    client.source = match typed {
        "-" => None,
        name => Some(canonical(engine, ctx, name).await?),
    };
    let client = engine.store.update_client(&client).await?;
    audit::record(engine, ctx, client.workspace_id, Action::ClientEdited, On::Client(client.id)).await;
    let text = match &client.source {
        Some(s) => Text::key("rep-source-set").with("name", client.name.clone()).with("source", s.clone()),
        None => Text::key("rep-source-cleared").with("name", client.name.clone()),
    };
    Ok(vec![ctx.reply(text)])
}

/// The arguments after a leading "cost" word, if the command is about a cost.
fn cost_args(args: &str) -> Option<String> {
    let folded = fold(args);
    COST_WORDS.iter().find_map(|w| {
        let rest = folded.strip_prefix(w)?;
        if !rest.is_empty() && !rest.starts_with(' ') {
            return None;
        }
        // Cut the same number of words from the typed text, so the source keeps its spelling.
        let words = w.split(' ').count();
        Some(args.split_whitespace().skip(words).collect::<Vec<_>>().join(" "))
    })
}

/// A source as the team already spells it ("banner" → "Banner"), else as typed.
async fn canonical(engine: &Engine, ctx: &Ctx, typed: &str) -> Result<String, Fail> {
    let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let len = typed.chars().count();
    if len > MAX_SOURCE_CHARS {
        return Err(Fail::User(Text::key("rep-err-source-long").with("max", MAX_SOURCE_CHARS).with("length", len)));
    }
    let known = engine.store.known_sources(ctx.workspace()?).await?;
    let folded = fold(&typed);
    Ok(known.into_iter().find(|k| fold(k) == folded).unwrap_or(typed))
}

/// `/source cost <source> <amount> <currency> [month]` (owner and leads); the month defaults to this one.
async fn cost(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    ctx.require(&[Role::Owner, Role::Lead])?;
    let words: Vec<&str> = args.split_whitespace().collect();
    let mut parsed = None;
    for i in 1..words.len() {
        let tail = words[i..].join(" ");
        match parse_money_prefix(&tail, None) {
            Ok((money, rest)) => {
                parsed = Some((words[..i].join(" "), money, rest));
                break;
            }
            Err(MoneyError::NotFound) => continue,
            Err(e) => return Err(money_error(e, &tail)),
        }
    }
    let Some((name, money, month_words)) = parsed else {
        return Err(Fail::User(Text::key("rep-err-cost-usage")));
    };
    let period = period_or(ctx, &month_words, Unit::Month, 0)?;
    if period.unit != Some(Unit::Month) {
        return Err(Fail::User(Text::key("rep-err-cost-month")));
    }
    let source = canonical(engine, ctx, &name).await?;
    let new = NewSourceCost {
        workspace_id: ws,
        source: source.clone(),
        month: period.start,
        currency: money.code().to_string(),
        amount_minor: money.minor,
    };
    engine.store.upsert_source_cost(&new).await?;
    audit::record(engine, ctx, ws, Action::SourceCostSet, On::Team).await;
    Ok(vec![ctx.reply(Text::Concat(vec![
        Text::key("rep-cost-set")
            .with("source", source)
            .with("amount", format_money(new.amount_minor, &new.currency, &ctx.lang)),
        Text::Raw(" · ".into()),
        period_text(&period, ctx.tz),
    ]))])
}

/// One source's figures in the period.
#[derive(Debug, Default)]
struct Row {
    /// As first spelled; `None`: clients and deals without a source.
    name: Option<String>,
    clients: i64,
    deals: i64,
    /// Per currency: deals won and their sum.
    won: BTreeMap<String, (i64, i64)>,
    cost: BTreeMap<String, i64>,
}

/// `/sources [month|quarter|…]` (owner and leads): the period defaults to this month. Costs count for the months
/// that start within the period.
pub async fn report(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    ctx.require(&[Role::Owner, Role::Lead])?;
    let period = period_or(ctx, args, Unit::Month, 0)?;
    let store = &**engine.store();
    let (from, to) = period.utc(ctx.tz);
    // Costs are per month: the months whose first day lies in the period.
    let month_start = period.start.with_day(1).unwrap_or(period.start);
    let cost_from = if month_start == period.start { month_start } else { next_month(month_start) };
    let clients = store.new_clients_by_source(ws, from, to).await?;
    let deals = store.new_deals_by_source(ws, from, to).await?;
    let won = store.won_by_source(ws, from, to).await?;
    let costs = store.costs_by_source(ws, cost_from, period.end).await?;
    let rows = merge(&clients, &deals, &won, &costs);

    let mut lines =
        vec![Text::Concat(vec![Text::key("rep-sources-title"), Text::Raw(" · ".into()), period_text(&period, ctx.tz)])];
    if rows.is_empty() {
        lines.push(Text::key("rep-sources-empty"));
        return Ok(vec![ctx.reply(Text::Lines(lines))]);
    }
    let currencies: BTreeSet<&String> = rows.iter().flat_map(|r| r.won.keys().chain(r.cost.keys())).collect();
    for currency in currencies {
        lines.push(Text::Raw(format!("💰 {currency}")));
        lines.extend(currency_lines(&rows, currency, &ctx.lang));
    }
    let quiet: Vec<&Row> = rows.iter().filter(|r| r.won.is_empty() && r.cost.is_empty()).collect();
    if !quiet.is_empty() {
        lines.push(Text::key("rep-sources-quiet"));
        for r in quiet {
            lines.push(Text::Concat(vec![
                Text::Raw("• ".into()),
                source_name(r),
                Text::Raw(": ".into()),
                Text::key("rep-sources-counts").with("clients", r.clients).with("deals", r.deals),
            ]));
        }
    }
    Ok(vec![ctx.reply(Text::Lines(lines))])
}

fn next_month(first: chrono::NaiveDate) -> chrono::NaiveDate {
    first.checked_add_months(chrono::Months::new(1)).unwrap_or(first)
}

fn source_name(row: &Row) -> Text {
    match &row.name {
        Some(name) => Text::Raw(name.clone()),
        None => Text::key("rep-source-none"),
    }
}

/// The sources with money in one currency, best return first.
fn currency_lines(rows: &[Row], currency: &str, lang: &str) -> Vec<Text> {
    let mut ranked: Vec<(&Row, i64, i64, i64, i64)> = rows
        .iter()
        .filter(|r| r.won.contains_key(currency) || r.cost.contains_key(currency))
        .map(|r| {
            let (won_n, won) = r.won.get(currency).copied().unwrap_or((0, 0));
            let cost = r.cost.get(currency).copied().unwrap_or(0);
            (r, won_n, won, cost, won - cost)
        })
        .collect();
    ranked.sort_by(|a, b| b.4.cmp(&a.4).then_with(|| a.0.name.cmp(&b.0.name)));
    let mut lines = Vec::new();
    for (rank, (row, won_n, won, cost, ret)) in ranked.into_iter().enumerate() {
        let ret_text = format_money(ret, currency, lang);
        let headline = match percent(ret, cost) {
            Some(roi) => Text::key("rep-sources-return-roi").with("return", ret_text).with("roi", roi),
            None => Text::key("rep-sources-return").with("return", ret_text),
        };
        lines.push(Text::Concat(vec![
            Text::Raw(format!("{}. ", rank + 1)),
            source_name(row),
            Text::Raw(": ".into()),
            headline,
        ]));
        lines.push(
            Text::key("rep-sources-detail")
                .with("won", format_money(won, currency, lang))
                .with("won_deals", won_n)
                .with("cost", format_money(cost, currency, lang))
                .with("clients", row.clients)
                .with("deals", row.deals),
        );
    }
    lines
}

/// One row per source (matched case-insensitively, the first spelling kept).
fn merge(clients: &[SourceTally], deals: &[SourceTally], won: &[SourceMoney], costs: &[SourceMoney]) -> Vec<Row> {
    let mut rows: BTreeMap<Option<String>, Row> = BTreeMap::new();
    for t in clients {
        row(&mut rows, &t.source).clients += t.n;
    }
    for t in deals {
        row(&mut rows, &t.source).deals += t.n;
    }
    for m in won {
        let entry = row(&mut rows, &m.source).won.entry(m.currency.clone()).or_insert((0, 0));
        entry.0 += m.n;
        entry.1 += m.amount_minor;
    }
    for m in costs {
        *row(&mut rows, &m.source).cost.entry(m.currency.clone()).or_insert(0) += m.amount_minor;
    }
    rows.into_values().collect()
}

fn row<'a>(rows: &'a mut BTreeMap<Option<String>, Row>, name: &Option<String>) -> &'a mut Row {
    let key = name.as_deref().map(fold).filter(|k| !k.is_empty());
    let name = key.as_ref().and(name.clone());
    rows.entry(key).or_insert_with(|| Row { name, ..Row::default() })
}
