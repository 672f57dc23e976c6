//! The audit log: who did what to which record, and when. Handlers record an event with one line after their
//! store write succeeded (`audit::record`); the team owner reads the log with `/audit` (filters: `@Name`, a group
//! word, a period), pages with Older/Newer, and sets how long it is kept with `/audit keep N`.
//!
//! Events are written from the core after the change is stored, not in the change's own transaction: a crash in
//! between loses the event, never the change. A failed event write is logged and does not fail the member's
//! action, which has already happened.

pub mod action;
mod filter;
mod page;
mod payload;

use chrono::{DateTime, Utc};

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::reply::Text;
use super::roles::Role;
use crate::store::{AUDIT_KEEP_MAX, AUDIT_KEEP_MIN, AuditCursor, NewAuditEvent};
pub use action::{Action, On};
use filter::Filter;
use payload::{AuditButton, Direction};

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["audit"];

/// Record that the member acting in `ctx` did `action` to `on` in team `ws`.
pub async fn record(engine: &Engine, ctx: &Ctx, ws: i64, action: Action, on: On) {
    write(engine, ws, Some(ctx.member.id), ctx.now, action, on).await;
}

/// Record an event nobody of the team did (a customer erasing their data).
pub async fn record_unattended(engine: &Engine, ws: i64, at: DateTime<Utc>, action: Action) {
    write(engine, ws, None, at, action, On::Nothing).await;
}

/// A customer's own change to their client (consent): nobody of the team acted.
pub async fn record_by_customer(engine: &Engine, ws: i64, at: DateTime<Utc>, action: Action, client_id: i64) {
    write(engine, ws, None, at, action, On::Client(client_id)).await;
}

async fn write(engine: &Engine, ws: i64, member_id: Option<i64>, at: DateTime<Utc>, action: Action, on: On) {
    let (record_kind, record_id, client_id) = on.parts();
    let event = NewAuditEvent {
        workspace_id: ws,
        at,
        member_id,
        action: action.code(),
        area: action.area().code().to_string(),
        record_kind: record_kind.to_string(),
        record_id,
        client_id,
        detail: serde_json::to_string(&action).unwrap_or_else(|_| "{}".to_string()),
    };
    if let Err(e) = engine.store.record_audit(&event).await {
        tracing::error!(error = ?e, workspace = ws, action = %event.action, "writing an audit event failed");
    }
}

pub async fn command(engine: &Engine, ctx: &mut Ctx, _cmd: &str, args: &str) -> Out {
    ctx.require(&[Role::Owner])?;
    let ws = ctx.workspace()?;
    let mut words = args.split_whitespace();
    if words.next().is_some_and(is_keep_word) {
        return keep(engine, ctx, ws, words.collect::<Vec<_>>().join(" ").as_str()).await;
    }
    let filter = filter::parse(engine, ctx, args).await?;
    page::show(engine, ctx, ws, &filter, AuditCursor::Newest).await
}

/// "keep" in English or the member's language; the number follows.
fn is_keep_word(word: &str) -> bool {
    let w = crate::parse::fold::fold(word);
    ["keep", "хранить", "guardar", "रखें", "giu", "نگهداری", "வைத்திரு"].contains(&w.as_str())
}

async fn keep(engine: &Engine, ctx: &Ctx, ws: i64, args: &str) -> Out {
    if args.is_empty() {
        let days = engine.store.audit_keep_days(ws).await?.unwrap_or(crate::store::AUDIT_KEEP_DEFAULT);
        return Ok(vec![ctx.reply(Text::key("audit-keep-now").with("days", i64::from(days)))]);
    }
    let digits = crate::parse::fold::fold(args);
    let days = digits
        .parse::<i64>()
        .ok()
        .filter(|d| (i64::from(AUDIT_KEEP_MIN)..=i64::from(AUDIT_KEEP_MAX)).contains(d))
        .and_then(|d| i32::try_from(d).ok());
    let Some(days) = days else {
        let text = Text::key("audit-err-keep")
            .with("input", args.to_string())
            .with("min", i64::from(AUDIT_KEEP_MIN))
            .with("max", i64::from(AUDIT_KEEP_MAX));
        return Err(Fail::User(text));
    };
    if !engine.store.set_audit_keep_days(ws, days).await? {
        return Err(Fail::User(Text::key("err-no-workspace")));
    }
    record(engine, ctx, ws, Action::AuditKeep { days }, On::Team).await;
    Ok(vec![ctx.reply(Text::key("audit-keep-set").with("days", i64::from(days)))])
}

/// Older/Newer. A button of another team, or one the member may no longer use, answers as a stale button does:
/// exactly as if that page did not exist.
pub async fn button(engine: &Engine, ctx: &mut Ctx, data: &str) -> Out {
    let stale = || Fail::User(Text::key("audit-err-stale"));
    let pressed = AuditButton::decode(data).ok_or_else(stale)?;
    ctx.require(&[Role::Owner])?;
    let ws = ctx.workspace()?;
    if pressed.ws != ws {
        return Err(stale());
    }
    let member = match pressed.member {
        None => None,
        Some(id) => {
            let members = engine.store.team_members(ws).await?;
            let found = members.into_iter().find(|m| m.member_id == id).ok_or_else(stale)?;
            Some((found.member_id, found.display_name))
        }
    };
    let period = pressed.period.map(|(start, end)| crate::core::reports::period::Period { unit: None, start, end });
    let filter = Filter { member, group: pressed.group, period };
    let cursor = match pressed.dir {
        Direction::Older => AuditCursor::Older(pressed.cursor),
        Direction::Newer => AuditCursor::Newer(pressed.cursor),
    };
    page::show(engine, ctx, ws, &filter, cursor).await
}
