//! Revenue targets per month or quarter, for the team or one member: `/target 50000 EUR month [@Name]`, and
//! progress (won in the period ÷ target), which `/pipeline` and the daily digest show.

use crate::core::audit::{self, Action, On};
use std::collections::BTreeMap;

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::period::{Period, Unit};
use super::scope;
use super::words::{money_error, percent, period_or, period_text, who_text};
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::Text;
use crate::core::roles::Role;
use crate::parse::money::{format_money, parse_money_prefix};
use crate::store::{RevenueTarget, Store, StoreResult};

/// How far a target has come: what was won in its period and currency against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// `None`: the team's target.
    pub member_id: Option<i64>,
    pub unit: Unit,
    /// The first day of the month or quarter.
    pub start: NaiveDate,
    pub currency: String,
    pub target_minor: i64,
    pub won_minor: i64,
    /// Won ÷ target in whole percent, rounded down (may pass 100).
    pub percent: i64,
}

/// Progress of the targets for the month and the quarter that contain `today` (the member's local date), the
/// month first: the team's (`member_id` `None`) or one member's. Won deals count by `won_at` in `tz`'s calendar;
/// a member's target counts the deals they own.
pub async fn target_progress(
    store: &dyn Store,
    workspace_id: i64,
    member_id: Option<i64>,
    today: NaiveDate,
    tz: Tz,
) -> StoreResult<Vec<Progress>> {
    let mut all = Vec::new();
    for unit in [Unit::Month, Unit::Quarter] {
        all.extend(progress_for(store, workspace_id, member_id, Period::of(unit, today), tz).await?);
    }
    Ok(all)
}

/// Progress of the targets of one calendar month or quarter (`period.unit` must be one of them).
pub async fn progress_for(
    store: &dyn Store,
    workspace_id: i64,
    member_id: Option<i64>,
    period: Period,
    tz: Tz,
) -> StoreResult<Vec<Progress>> {
    let Some(unit @ (Unit::Month | Unit::Quarter)) = period.unit else { return Ok(Vec::new()) };
    let targets = store.targets_of(workspace_id, member_id.unwrap_or(0), unit.as_str(), period.start).await?;
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    let (from, to) = period.utc(tz);
    let won: BTreeMap<String, i64> = store
        .won_between(workspace_id, member_id, from, to)
        .await?
        .into_iter()
        .map(|w| (w.currency, w.amount_minor))
        .collect();
    Ok(targets
        .into_iter()
        .map(|t| {
            let won_minor = won.get(&t.currency).copied().unwrap_or(0);
            Progress {
                member_id,
                unit,
                start: t.period_start,
                percent: percent(won_minor, t.amount_minor).unwrap_or(0),
                currency: t.currency,
                target_minor: t.amount_minor,
                won_minor,
            }
        })
        .collect())
}

/// One line for a progress: "🎯 November 2026: 9,000 EUR of 50,000 EUR — 18%".
pub fn progress_line(p: &Progress, lang: &str, tz: Tz) -> Text {
    let period = Period::of(p.unit, p.start);
    Text::Concat(vec![
        Text::Raw("🎯 ".into()),
        period_text(&period, tz),
        Text::Raw(": ".into()),
        Text::key("rep-target-progress")
            .with("won", format_money(p.won_minor, &p.currency, lang))
            .with("target", format_money(p.target_minor, &p.currency, lang))
            .with("percent", p.percent),
    ])
}

/// `/target` — show the targets; `/target <amount> <currency> [month|quarter|next month|2027-01|Q1 2027] [@Name]`
/// — set one (owner and leads); an amount of 0 removes it.
pub async fn command(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    let (member, rest) = scope::mention(engine, ctx, args).await?;
    if rest.is_empty() {
        return show(engine, ctx, member.map(|m| (m.member_id, m.display_name))).await;
    }
    ctx.require(&[Role::Owner, Role::Lead])?;
    let (money, period_words) = parse_money_prefix(&rest, None).map_err(|e| money_error(e, &rest))?;
    let period = period_or(ctx, &period_words, Unit::Month, 0)?;
    let Some(unit @ (Unit::Month | Unit::Quarter)) = period.unit else {
        return Err(Fail::User(Text::key("rep-err-target-period")));
    };
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    if period.is_past(today) {
        return Err(Fail::User(Text::key("rep-err-target-past")));
    }
    let member_id = member.as_ref().map_or(0, |m| m.member_id);
    let who = member.as_ref().map(|m| m.display_name.clone());
    if money.minor == 0 {
        engine.store.delete_target(ws, member_id, unit.as_str(), period.start, money.code()).await?;
        audit::record(engine, ctx, ws, Action::TargetChanged, On::Team).await;
        return Ok(vec![ctx.reply(Text::Concat(vec![
            Text::key("rep-target-removed").with("currency", money.code()),
            Text::Raw(" ".into()),
            period_text(&period, ctx.tz),
        ]))]);
    }
    let target = RevenueTarget {
        workspace_id: ws,
        member_id,
        period_kind: unit.as_str().to_string(),
        period_start: period.start,
        currency: money.code().to_string(),
        amount_minor: money.minor,
    };
    engine.store.upsert_target(&target).await?;
    audit::record(engine, ctx, ws, Action::TargetChanged, On::Team).await;
    let progress = progress_for(&**engine.store(), ws, member.map(|m| m.member_id), period, ctx.tz).await?;
    let amount = format_money(target.amount_minor, &target.currency, &ctx.lang);
    let mut lines = vec![match who {
        Some(name) => Text::key("rep-target-set-member").with("amount", amount).with("name", name),
        None => Text::key("rep-target-set-team").with("amount", amount),
    }];
    lines.extend(progress.iter().map(|p| progress_line(p, &ctx.lang, ctx.tz)));
    Ok(vec![ctx.reply(Text::Lines(lines))])
}

/// The current month's and quarter's targets with progress: the team's and, for owners and leads, every member's
/// that has one; a manager sees their own (`member`: one member named with `@`).
async fn show(engine: &Engine, ctx: &Ctx, member: Option<(i64, String)>) -> Out {
    let ws = ctx.workspace()?;
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    let store = &**engine.store();
    let whose: Vec<(Option<i64>, Option<String>)> = match (ctx.sees_all(), member) {
        (true, Some((id, name))) => vec![(Some(id), Some(name))],
        (true, None) => {
            let mut all = vec![(None, None)];
            all.extend(store.report_members(ws).await?.into_iter().map(|m| (Some(m.member_id), Some(m.display_name))));
            all
        }
        (false, Some((id, _))) if id != ctx.member.id => return Err(Fail::User(Text::key("rep-err-own-only"))),
        (false, _) => vec![(Some(ctx.member.id), Some(ctx.member.display_name.clone()))],
    };
    let mut lines = vec![Text::key("rep-targets-title")];
    for (id, name) in whose {
        let progress = target_progress(store, ws, id, today, ctx.tz).await?;
        if progress.is_empty() {
            continue;
        }
        lines.push(Text::Concat(vec![Text::Raw("• ".into()), who_text(name.as_deref())]));
        lines.extend(progress.iter().map(|p| progress_line(p, &ctx.lang, ctx.tz)));
    }
    if lines.len() == 1 {
        lines.push(Text::key("rep-targets-none"));
    }
    Ok(vec![ctx.reply(Text::Lines(lines))])
}
