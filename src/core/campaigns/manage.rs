//! `/campaigns`: the team's recent campaigns with their figures; one tapped shows its report with the buttons
//! that apply to it now (pause while sending, resume when paused, cancel until it is over). Every member may
//! look; only owners and leads act.

use super::payload::CampButton;
use super::report::{progress_text, report_text};
use super::summary::code_line;
use super::{campaign_of_team, require_sender, short};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Arg, Button, Text, TimeStyle};
use crate::store::{Campaign, CampaignState};

const LISTED: i64 = 10;

/// The buttons that apply to a campaign in this state.
pub fn controls(id: i64, state: &str) -> Vec<Vec<Button>> {
    let pause = Button::new(Text::key("camp-btn-pause"), CampButton::Pause(id).encode());
    let resume = Button::new(Text::key("camp-btn-resume"), CampButton::Resume(id).encode());
    let cancel = Button::new(Text::key("camp-btn-cancel"), CampButton::Cancel(id).encode());
    match state {
        "sending" => vec![vec![pause, cancel]],
        "paused" => vec![vec![resume, cancel]],
        "scheduled" => vec![vec![cancel]],
        _ => vec![],
    }
}

/// Nothing changed: the campaign is in another state now (another member acted, or it finished).
pub fn state_error(state: &str) -> Text {
    Text::Concat(vec![Text::key("camp-err-state"), Text::Raw(" ".into()), Text::key(state_key(state))])
}

fn state_key(state: &str) -> &'static str {
    match state {
        "scheduled" => "camp-state-scheduled",
        "sending" => "camp-state-sending",
        "paused" => "camp-state-paused",
        "done" => "camp-state-done",
        "cancelled" => "camp-state-cancelled",
        _ => "camp-state-draft",
    }
}

/// "📣 Spring sale · sending · Mon 23 Nov, 10:00" (the start, else the time it is scheduled for).
fn headline(ctx: &Ctx, c: &Campaign) -> Text {
    let name = match (c.kind.as_str(), c.name.trim()) {
        ("birthday", _) => Text::key("camp-kind-birthday").with("year", c.year.unwrap_or_default().to_string()),
        ("followup", name) => Text::key("camp-kind-followup").with("name", short(name, 40)),
        (_, name) => Text::key("camp-kind-promo").with("name", short(name, 40)),
    };
    let mut parts = vec![name, Text::Raw(" · ".into()), Text::key(state_key(&c.state))];
    if let Some(at) = c.started_at.or(c.send_at) {
        parts.push(Text::Raw(" · ".into()));
        parts.push(Text::key("camp-at").with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime)));
    }
    Text::Concat(parts)
}

pub async fn list(engine: &Engine, ctx: &mut Ctx) -> Out {
    let ws = ctx.workspace()?;
    let rows = engine.store.recent_campaigns(ws, LISTED).await?;
    if rows.is_empty() {
        return Ok(vec![ctx.reply(Text::key("camp-list-empty"))]);
    }
    let mut lines = vec![Text::key("camp-list-title")];
    let mut buttons = Vec::new();
    for row in &rows {
        let c = &row.campaign;
        let t = engine.store.campaign_tally(c.id).await?;
        lines.push(headline(ctx, c));
        lines.push(
            Text::key("camp-list-figures")
                .with("sent", t.sent)
                .with("presses", t.presses)
                .with("redeemed", t.redeemed)
                .with("unsubscribes", t.unsubscribes),
        );
        let label = Text::Raw(format!("📊 {}", short(if c.name.is_empty() { "🎂" } else { &c.name }, 28)));
        buttons.push(vec![Button::new(label, CampButton::Open(c.id).encode())]);
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(buttons)])
}

/// One campaign's report, with the buttons that apply (for those who may act).
pub async fn open(engine: &Engine, ctx: &mut Ctx, id: i64, note: Option<Text>) -> Out {
    let c = campaign_of_team(engine, ctx, id).await?;
    let t = engine.store.campaign_tally(c.id).await?;
    let mut lines: Vec<Text> = note.into_iter().collect();
    lines.push(headline(ctx, &c));
    if c.kind != "birthday" {
        lines.push(code_line(&c));
    }
    if matches!(c.state.as_str(), "sending" | "paused") {
        lines.push(progress_text(&t, ctx.now));
    }
    if c.state != "scheduled" {
        lines.push(report_text(&t));
    }
    if let Some(at) = c.finished_at {
        lines.push(Text::key("camp-finished-at").with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime)));
    }
    let rows = if ctx.sees_all() { controls(c.id, &c.state) } else { vec![] };
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

async fn change(engine: &Engine, ctx: &mut Ctx, id: i64, from: CampaignState, to: CampaignState) -> Out {
    let ws = require_sender(ctx)?;
    let c = campaign_of_team(engine, ctx, id).await?;
    if !engine.store.set_campaign_state(ws, c.id, from, to, ctx.now).await? {
        return Err(Fail::User(state_error(&c.state)));
    }
    let change = Action::campaign(if to == CampaignState::Paused { "paused" } else { "resumed" });
    audit::record(engine, ctx, ws, change, On::Campaign(c.id)).await;
    let key = if to == CampaignState::Paused { "camp-paused" } else { "camp-resumed" };
    open(engine, ctx, id, Some(Text::key(key))).await
}

pub async fn pause(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    change(engine, ctx, id, CampaignState::Sending, CampaignState::Paused).await
}

pub async fn resume(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    change(engine, ctx, id, CampaignState::Paused, CampaignState::Sending).await
}

pub async fn cancel(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let ws = require_sender(ctx)?;
    let c = campaign_of_team(engine, ctx, id).await?;
    if !engine.store.cancel_campaign(ws, c.id, ctx.now).await? {
        return Err(Fail::User(state_error(&c.state)));
    }
    audit::record(engine, ctx, ws, Action::campaign("cancelled"), On::Campaign(c.id)).await;
    open(engine, ctx, id, Some(Text::key("camp-cancelled"))).await
}
