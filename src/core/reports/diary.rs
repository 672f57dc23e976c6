//! The questions a salesperson used to ask a paper diary: `/when Ivanov` (my next and last meeting and call
//! with a client) and `/stats [last week|this week|last month|next month] [@Name]` (meetings held and what
//! came of them, follow-ups booked, meetings planned for next month).

use super::buttons::{ReportButton, StatsPick};
use super::period::{Period, Unit};
use super::scope::{self, Scope};
use super::words::{period_or, period_text};
use crate::core::Engine;
use crate::core::callback::Payload;
use crate::core::clients::visible_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Arg, Button, Text, TimeStyle};
use crate::parse::fold::fold;
use crate::store::{Activity, Client};

/// Clients offered as buttons when a name matches several.
const PICK: i64 = 6;
/// How much of a meeting's summary `/when` repeats.
const SUMMARY_CHARS: usize = 80;

// --- /stats ---

pub async fn stats(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let (scope, rest) = scope::from_args(engine, ctx, args).await?;
    let period = period_or(ctx, &rest, Unit::Week, -1)?;
    show_stats(engine, ctx, &scope, period).await
}

pub async fn stats_button(engine: &Engine, ctx: &mut Ctx, pick: StatsPick, member: Option<i64>) -> Out {
    let scope = scope::from_button(engine, ctx, member).await?;
    let (unit, steps) = pick.unit_and_steps();
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    show_stats(engine, ctx, &scope, Period::of(unit, today).shift(steps)).await
}

async fn show_stats(engine: &Engine, ctx: &Ctx, scope: &Scope, period: Period) -> Out {
    let ws = ctx.workspace()?;
    let store = &**engine.store();
    let (from, to) = period.utc(ctx.tz);
    // Only what has happened is "held": the rest of a current period is still ahead.
    let held_until = to.min(ctx.now);
    let counts = if from < held_until {
        store.meeting_counts(ws, scope.owner, from, held_until).await?
    } else {
        Default::default()
    };
    let booked = store.followups_booked(ws, scope.owner, from, to).await?;
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    let next_month = Period::of(Unit::Month, today).shift(1);
    let (nm_from, nm_to) = next_month.utc(ctx.tz);
    let planned = store.meetings_planned(ws, scope.owner, nm_from.max(ctx.now), nm_to).await?;

    let lines = vec![
        Text::Concat(vec![
            Text::key("rep-stats-title"),
            Text::Raw(" — ".into()),
            scope.who(),
            Text::Raw(" · ".into()),
            period_text(&period, ctx.tz),
        ]),
        Text::key("rep-stats-held").with("held", counts.held),
        Text::key("rep-stats-outcomes").with("next", counts.next_step).with("won", counts.won),
        Text::key("rep-stats-booked").with("count", booked),
        Text::Concat(vec![
            period_text(&next_month, ctx.tz),
            Text::Raw(": ".into()),
            Text::key("rep-stats-planned").with("count", planned),
        ]),
    ];
    let member = scope.member_name.as_ref().and(scope.owner);
    let buttons = StatsPick::ALL
        .chunks(3)
        .map(|row| row.iter().map(|p| Button::new(pick_label(*p), ReportButton::Stats(*p, member).payload())).collect())
        .collect();
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(buttons)])
}

fn pick_label(pick: StatsPick) -> Text {
    match pick {
        StatsPick::LastWeek => Text::key("rep-btn-last-week"),
        StatsPick::ThisWeek => Text::key("rep-btn-this-week"),
        StatsPick::LastMonth => Text::key("rep-btn-last-month"),
        StatsPick::ThisMonth => Text::key("rep-btn-this-month"),
        StatsPick::NextMonth => Text::key("rep-btn-next-month"),
    }
}

// --- /when ---

/// `/when Ivanov`: the client found by name (buttons when several match); `/when` alone: the client in focus.
pub async fn when(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    let query = args.trim();
    if query.is_empty() {
        return match ctx.member.focus_client_id {
            Some(id) => when_client(engine, ctx, id).await,
            None => Err(Fail::User(Text::key("rep-err-when-empty"))),
        };
    }
    let needle = fold(query);
    let (found, total) = engine.store.find_clients(ws, ctx.visible_owner(), &needle, PICK, 0).await?;
    // A whole-name match wins over clients whose name merely contains the words.
    if let Some(exact) = found.iter().find(|c| fold(&c.name) == needle) {
        return moments(engine, ctx, exact).await;
    }
    match found.as_slice() {
        [] => Err(Fail::User(Text::key("rep-err-when-none").with("query", query.to_string()))),
        [only] => moments(engine, ctx, only).await,
        several => {
            let rows = several
                .iter()
                .map(|c| vec![Button::new(Text::Raw(pick_name(c)), ReportButton::When(c.id).payload())])
                .collect();
            let text = Text::key("rep-when-pick").with("query", query.to_string()).with("count", total);
            Ok(vec![ctx.reply(text).buttons(rows)])
        }
    }
}

pub async fn when_client(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = visible_client(engine, ctx, client_id).await?;
    moments(engine, ctx, &client).await
}

fn pick_name(c: &Client) -> String {
    let mut label = c.name.clone();
    if let Some(company) = &c.company {
        label.push_str(" · ");
        label.push_str(company);
    }
    label.chars().take(60).collect()
}

async fn moments(engine: &Engine, ctx: &Ctx, client: &Client) -> Out {
    let m = engine.store.client_moments(client.workspace_id, client.id, ctx.now).await?;
    let mut lines = vec![Text::key("rep-when-title").with("name", client.name.clone())];
    let slots = [
        (m.next_meeting, "rep-when-next-meeting", "rep-when-no-next-meeting"),
        (m.last_meeting, "rep-when-last-meeting", "rep-when-no-last-meeting"),
        (m.next_call, "rep-when-next-call", "rep-when-no-next-call"),
        (m.last_call, "rep-when-last-call", "rep-when-no-last-call"),
    ];
    for (activity, found, missing) in slots {
        lines.push(match activity {
            Some(a) => moment_line(engine, ctx, found, &a).await?,
            None => Text::key(missing),
        });
    }
    let open = vec![vec![Button::new(
        Text::key("rep-btn-open-client").with("name", client.name.clone()),
        Payload::OpenClient(client.id).encode(),
    )]];
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(open)])
}

/// "⏭ Next meeting: Tue 24 Nov, 15:00 — demo (Anna)": the summary shortened, the colleague named when it is not me.
async fn moment_line(engine: &Engine, ctx: &Ctx, key: &'static str, a: &Activity) -> Result<Text, Fail> {
    let mut parts = vec![Text::key(key).with("when", Arg::time(a.happens_at, ctx.tz, TimeStyle::DateTime))];
    let summary = a.summary.trim();
    if !summary.is_empty() {
        let mut short: String = summary.chars().take(SUMMARY_CHARS).collect();
        if summary.chars().count() > SUMMARY_CHARS {
            short.push('…');
        }
        parts.push(Text::Raw(format!(" — {short}")));
    }
    if a.author_member_id != ctx.member.id
        && let Some(author) = engine.store.get_member(a.author_member_id).await?
    {
        parts.push(Text::Raw(format!(" ({})", author.display_name)));
    }
    Ok(Text::Concat(parts))
}
