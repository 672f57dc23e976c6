//! Numbers on demand: /pipeline (text and chart), the diary questions (/when, /stats), /target, /source and
//! /sources. Every figure is aggregated by the store; this area only picks whose numbers and which period, and
//! words the answer.

mod buttons;
mod diary;
pub mod period;
mod pipeline;
mod pipeline_chart;
pub(super) mod scope;
mod sources;
pub mod targets;
pub(super) mod words;

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::reply::Text;

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["pipeline", "stats", "when", "target", "source", "sources"];

pub async fn command(engine: &Engine, ctx: &mut Ctx, cmd: &str, args: &str) -> Out {
    ctx.workspace()?;
    match cmd {
        "pipeline" => pipeline::command(engine, ctx, args).await,
        "stats" => diary::stats(engine, ctx, args).await,
        "when" => diary::when(engine, ctx, args).await,
        "target" => targets::command(engine, ctx, args).await,
        "source" => sources::source(engine, ctx, args).await,
        "sources" => sources::report(engine, ctx, args).await,
        _ => Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}")))),
    }
}

/// A press on one of this area's buttons; `data` is the payload after the area prefix, decoded strictly.
pub async fn button(engine: &Engine, ctx: &mut Ctx, data: &str) -> Out {
    ctx.workspace()?;
    match buttons::ReportButton::decode(data) {
        Some(buttons::ReportButton::Pipeline(unit, member)) => pipeline::button(engine, ctx, unit, member).await,
        Some(buttons::ReportButton::Stats(pick, member)) => diary::stats_button(engine, ctx, pick, member).await,
        Some(buttons::ReportButton::When(client_id)) => diary::when_client(engine, ctx, client_id).await,
        None => Err(Fail::User(Text::key("err-stale-button"))),
    }
}
