//! Deals and the pipeline: /deal, /deals, the deal card, one-tap stage moves, stages (/stages).
//!
//! Who may do what: a deal is seen by whoever may see its owner's work (`Ctx::can_see_owned_by`) and changed by
//! its owner, leads and the team owner; anything else — another team's deal included — answers as a missing one.
//! Every change that an old button could repeat checks the deal's version (see `store::DealStore`).

mod activity;
mod assign;
mod create;
mod edit;
mod list;
mod moves;
mod payload;
pub mod pipeline;
mod stages;
pub mod view;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::reply::Text;
use super::session::State;
use crate::parse::money::{Money, currency};
use crate::store::ActivityKind;
use payload::DealButton;

#[allow(unused_imports)] // for the report and digest areas
pub use create::money_error;
#[allow(unused_imports)] // for the report and digest areas
pub use pipeline::{Pipeline, StageKind};
pub use view::client_section;

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["deal", "deals", "stages"];

/// What the member's next message answers, in this area (kept in the session as `State::Deal`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "d", rename_all = "snake_case")]
pub enum Step {
    /// `/deal` alone: waiting for "12000 EUR Website redesign".
    Amount { client_id: i64 },
    /// The amount came without a title.
    Title { client_id: i64, minor: i64, currency: String, close: Option<NaiveDate> },
    /// Lost was tapped: waiting for the reason in the member's words (or a reason button).
    LostReason { deal_id: i64, stage_id: i64, version: i32 },
    /// Won: waiting for the amount actually won (or "As is").
    WonAmount { deal_id: i64, version: i32 },
    /// Waiting for the expected close date.
    Close { deal_id: i64, version: i32 },
    /// Meeting, Call or Note from the deal card: waiting for when and what.
    Activity { kind: String, deal_id: i64 },
    /// Waiting for a stage's new name (`Some`) or a new stage's name (`None`).
    StageName { stage_id: Option<i64> },
}

pub async fn command(engine: &Engine, ctx: &mut Ctx, cmd: &str, args: &str) -> Out {
    ctx.workspace()?;
    match cmd {
        "deal" => create::command(engine, ctx, args).await,
        "deals" => list::command(engine, ctx, args).await,
        "stages" => stages::list(engine, ctx, None).await,
        _ => Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}")))),
    }
}

/// A press on one of this area's buttons; `data` is the payload after the area prefix.
pub async fn button(engine: &Engine, ctx: &mut Ctx, data: &str) -> Out {
    let Some(pressed) = DealButton::decode(data) else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    ctx.workspace()?;
    // A question of this area left unanswered is dropped when the member taps on to something else, so a later
    // message is not read as its answer (only the buttons that answer it keep it).
    let answers = matches!(pressed, DealButton::Lost { .. } | DealButton::WonAsIs(_));
    if matches!(ctx.session.state, State::Deal(_)) && !answers {
        ctx.session.state = State::Idle;
    }
    match pressed {
        DealButton::Open(deal) => {
            let deal = view::visible_deal(engine, ctx, deal).await?;
            Ok(vec![view::card(engine, ctx, &deal, None).await?])
        }
        DealButton::Move { deal, stage, version } => moves::press(engine, ctx, deal, stage, version).await,
        DealButton::Lost { deal, stage, version, reason } => {
            moves::lost_button(engine, ctx, deal, stage, version, reason).await
        }
        DealButton::WonAsIs(deal) => edit::won_as_is(engine, ctx, deal).await,
        DealButton::Log(kind, deal) => activity::ask(engine, ctx, kind, deal).await,
        DealButton::Close(deal) => edit::ask_close(engine, ctx, deal).await,
        DealButton::Reassign(deal) => assign::ask(engine, ctx, deal).await,
        DealButton::ReassignTo { deal, member, version } => assign::to_member(engine, ctx, deal, member, version).await,
        DealButton::New(client) => create::for_client(engine, ctx, client).await,
        DealButton::ClientDeals(client) => list::for_client(engine, ctx, client).await,
        DealButton::Cancel => {
            ctx.session.state = State::Idle;
            Ok(vec![ctx.reply(Text::key("cancelled"))])
        }
        DealButton::Stages(op) => stages::button(engine, ctx, op).await,
    }
}

/// A plain message while one of this area's questions is open.
pub async fn answer(engine: &Engine, ctx: &mut Ctx, step: Step, text: &str) -> Out {
    match step {
        Step::Amount { client_id } => create::amount_answer(engine, ctx, client_id, text).await,
        Step::Title { client_id, minor, currency: code, close } => {
            let Some(currency) = currency(&code) else {
                ctx.session.state = State::Idle;
                return Err(Fail::User(Text::key("err-stale-button")));
            };
            let pending = create::Pending { client_id, money: Money { minor, currency }, close };
            create::title_answer(engine, ctx, pending, text).await
        }
        Step::LostReason { deal_id, stage_id, version } => {
            moves::lost_typed(engine, ctx, deal_id, stage_id, version, text).await
        }
        Step::WonAmount { deal_id, version } => edit::won_amount(engine, ctx, deal_id, version, text).await,
        Step::Close { deal_id, version } => edit::close_answer(engine, ctx, deal_id, version, text).await,
        Step::Activity { kind, deal_id } => {
            let kind = ActivityKind::parse(&kind).unwrap_or(ActivityKind::Note);
            activity::log(engine, ctx, kind, deal_id, text).await
        }
        Step::StageName { stage_id } => stages::name_answer(engine, ctx, stage_id, text).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::session::Session;

    #[test]
    fn every_step_survives_the_session_json() {
        let steps = [
            Step::Amount { client_id: 1 },
            Step::Title {
                client_id: 1,
                minor: 1_200_050,
                currency: "EUR".into(),
                close: NaiveDate::from_ymd_opt(2026, 12, 25),
            },
            Step::Title { client_id: 1, minor: 5, currency: "JPY".into(), close: None },
            Step::LostReason { deal_id: 2, stage_id: 3, version: 4 },
            Step::WonAmount { deal_id: 2, version: 5 },
            Step::Close { deal_id: 2, version: 6 },
            Step::Activity { kind: "call".into(), deal_id: 2 },
            Step::StageName { stage_id: Some(7) },
            Step::StageName { stage_id: None },
        ];
        for step in steps {
            let session = Session { state: State::Deal(step), ..Session::default() };
            let json = session.to_json().expect("not the default session");
            assert_eq!(Session::from_json(Some(&json)), session, "{json}");
        }
    }
}
