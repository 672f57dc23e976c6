//! A segment in words: its conditions one per line, how many clients it matches (of those the member may see),
//! how many of them are subscribed, and a few names; and `/segments`, the team's saved segments with counts.

use super::month;
use super::payload::CampButton;
use super::short;
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::deals::pipeline::Pipeline;
use crate::core::reply::{Arg, Button, Text, TimeStyle};
use crate::parse::money::format_money;
use crate::store::{SegmentCount, SegmentFilter};

/// Names shown under a count.
pub const SAMPLE: i64 = 5;
/// Saved segments listed (each is counted).
const LISTED: usize = 20;

/// One line per condition; "all clients" when there is none.
pub async fn describe(engine: &Engine, ctx: &Ctx, f: &SegmentFilter) -> Result<Vec<Text>, Fail> {
    let mut lines = Vec::new();
    if !f.tags.is_empty() {
        let mut tags: Vec<String> = f.tags.iter().map(|t| format!("#{t}")).collect();
        tags.dedup_by_key(|t| t.to_lowercase());
        lines.push(Text::key("seg-cond-tags").with("tags", tags.join(" ")));
    }
    if let Some(source) = &f.source {
        lines.push(Text::key("seg-cond-source").with("source", source.clone()));
    }
    if let Some(stage) = f.stage_id {
        let pipeline = Pipeline::load(engine, ctx.workspace()?, ctx.now).await?;
        lines.push(Text::key("seg-cond-stage").with("stage", pipeline.name(stage, &ctx.lang)));
    }
    if f.won {
        lines.push(Text::key("seg-cond-won"));
    }
    if f.lost {
        lines.push(Text::key("seg-cond-lost"));
    }
    if let Some(at) = f.active_before {
        lines.push(Text::key("seg-cond-before").with("date", Arg::time(at, ctx.tz, TimeStyle::Date)));
    }
    if let Some(at) = f.active_after {
        lines.push(Text::key("seg-cond-after").with("date", Arg::time(at, ctx.tz, TimeStyle::Date)));
    }
    if let Some(min) = &f.won_total_min {
        lines.push(Text::key("seg-cond-total").with("amount", format_money(min.minor, &min.currency, &ctx.lang)));
    }
    if let Some(n) = f.purchases_min {
        lines.push(Text::key("seg-cond-purchases").with("n", n));
    }
    if let Some(m) = f.birth_month {
        lines.push(Text::Concat(vec![Text::key("seg-cond-month"), Text::Raw(" ".into()), month(m as u32)]));
    }
    if let Some(lang) = &f.lang {
        let name = Text::key("lang-name").with("lang", lang.clone());
        lines.push(Text::Concat(vec![Text::key("seg-cond-lang"), Text::Raw(" ".into()), name]));
    }
    match f.subscribed {
        Some(true) => lines.push(Text::key("seg-cond-subscribed")),
        Some(false) => lines.push(Text::key("seg-cond-unsubscribed")),
        None => {}
    }
    if lines.is_empty() {
        lines.push(Text::key("seg-cond-none"));
    }
    Ok(lines)
}

/// The count as the member may see it, and the lines that say it.
pub async fn count(engine: &Engine, ctx: &Ctx, f: &SegmentFilter) -> Result<(SegmentCount, Vec<Text>), Fail> {
    let ws = ctx.workspace()?;
    let n = engine.store.count_segment(ws, f, ctx.visible_owner(), SAMPLE).await?;
    let mut lines = Vec::new();
    if n.total == 0 && *f == SegmentFilter::default() {
        lines.push(Text::key("seg-no-clients"));
    } else if n.total == 0 {
        lines.push(Text::key("seg-nobody"));
    } else {
        lines.push(Text::key("seg-count").with("total", n.total).with("subscribed", n.subscribed));
        let names: Vec<String> = n.sample.iter().map(|s| short(s, 32)).collect();
        let more = n.total - names.len() as i64;
        lines.push(Text::key("seg-sample").with("names", names.join(", ")).with("more", more));
        if n.subscribed == 0 {
            lines.push(Text::key("seg-none-subscribed"));
        }
    }
    Ok((n, lines))
}

/// `/segments`: each saved segment with its counts; senders get a button to start a campaign with it.
pub async fn list(engine: &Engine, ctx: &mut Ctx) -> Out {
    let ws = ctx.workspace()?;
    let segments = engine.store.segments(ws).await?;
    if segments.is_empty() {
        return Ok(vec![ctx.reply(Text::key("seg-list-empty"))]);
    }
    let mut lines = vec![Text::key("seg-list-title")];
    let mut rows = Vec::new();
    for segment in segments.iter().take(LISTED) {
        let Some(filter) = SegmentFilter::from_json(&segment.filter) else { continue };
        let n = engine.store.count_segment(ws, &filter, ctx.visible_owner(), 0).await?;
        lines.push(
            Text::key("seg-list-line")
                .with("name", segment.name.clone())
                .with("total", n.total)
                .with("subscribed", n.subscribed),
        );
        if ctx.sees_all() && n.subscribed > 0 {
            let label = Text::key("seg-btn-campaign").with("name", short(&segment.name, 24));
            rows.push(vec![Button::new(label, CampButton::UseSegment(segment.id).encode())]);
        }
    }
    if segments.len() > LISTED {
        lines.push(Text::key("seg-list-more").with("n", segments.len() - LISTED));
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}
