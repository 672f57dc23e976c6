//! Numbers on demand: /pipeline (text and chart), /when, meeting statistics, /target, /source.

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::reply::Text;

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &[];

pub async fn command(_engine: &Engine, _ctx: &mut Ctx, cmd: &str, _args: &str) -> Out {
    Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}"))))
}

/// A press on one of this area's buttons; `data` is the payload after the area prefix.
pub async fn button(_engine: &Engine, _ctx: &mut Ctx, _data: &str) -> Out {
    Err(Fail::User(Text::key("err-stale-button")))
}
