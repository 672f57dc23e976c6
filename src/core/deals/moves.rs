//! One tap on a stage button moves the deal. The button carries the version of the card it was on: if the deal
//! changed since (a colleague moved it), nothing is applied and the member sees the current card to choose again.
//! Lost asks for a reason first; Won records the date and offers to correct the amount; reopening a closed deal
//! clears its outcome.

use super::Step;
use super::payload::{DealButton, LostReason};
use super::pipeline::{Pipeline, StageKind};
use super::view::{self, editable_deal, reason_text};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Text};
use crate::core::session::State;
use crate::store::{Deal, DealMove, Stage};

/// The longest lost reason kept in the member's own words.
const MAX_REASON_CHARS: usize = 500;

/// A stage button was pressed.
pub async fn press(engine: &Engine, ctx: &mut Ctx, deal_id: i64, stage_id: i64, version: i32) -> Out {
    let deal = editable_deal(engine, ctx, deal_id).await?;
    let pipeline = Pipeline::load(engine, deal.workspace_id, ctx.now).await?;
    let Some(target) = target_stage(&pipeline, stage_id, None) else {
        return current(engine, ctx, &deal, "deal-stage-gone").await;
    };
    if deal.version != version || deal.stage_id == stage_id {
        return current(engine, ctx, &deal, "deal-stale").await;
    }
    if StageKind::of(&target) == StageKind::Lost {
        return Ok(ask_reason(ctx, &deal, &target));
    }
    apply(engine, ctx, &deal, &pipeline, &target, None).await
}

/// A common lost reason was tapped.
pub async fn lost_button(
    engine: &Engine,
    ctx: &mut Ctx,
    deal_id: i64,
    stage_id: i64,
    version: i32,
    reason: LostReason,
) -> Out {
    lose(engine, ctx, deal_id, stage_id, version, reason.code()).await
}

/// The lost reason typed in the member's own words.
pub async fn lost_typed(engine: &Engine, ctx: &mut Ctx, deal_id: i64, stage_id: i64, version: i32, text: &str) -> Out {
    let reason = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(Fail::User(Text::key("err-summary-long").with("max", MAX_REASON_CHARS)));
    }
    lose(engine, ctx, deal_id, stage_id, version, &reason).await
}

async fn lose(engine: &Engine, ctx: &mut Ctx, deal_id: i64, stage_id: i64, version: i32, reason: &str) -> Out {
    ctx.session.state = State::Idle;
    let deal = editable_deal(engine, ctx, deal_id).await?;
    let pipeline = Pipeline::load(engine, deal.workspace_id, ctx.now).await?;
    let Some(target) = target_stage(&pipeline, stage_id, Some(StageKind::Lost)) else {
        return current(engine, ctx, &deal, "deal-stage-gone").await;
    };
    if deal.version != version || deal.stage_id == stage_id {
        return current(engine, ctx, &deal, "deal-stale").await;
    }
    apply(engine, ctx, &deal, &pipeline, &target, Some(reason.to_string())).await
}

/// A visible stage of the team (of the given kind, when one is required).
fn target_stage(pipeline: &Pipeline, stage_id: i64, kind: Option<StageKind>) -> Option<Stage> {
    pipeline.stage(stage_id).filter(|s| !s.hidden && kind.is_none_or(|k| StageKind::of(s) == k)).cloned()
}

/// The deal as it is now, with why the tap was not applied; its buttons carry the current version.
pub async fn current(engine: &Engine, ctx: &Ctx, deal: &Deal, key: &'static str) -> Out {
    let pipeline = Pipeline::load(engine, deal.workspace_id, ctx.now).await?;
    let headline = Text::key(key).with("stage", pipeline.name(deal.stage_id, &ctx.lang));
    Ok(vec![view::card(engine, ctx, deal, Some(headline)).await?])
}

fn ask_reason(ctx: &mut Ctx, deal: &Deal, target: &Stage) -> Vec<crate::core::Reply> {
    ctx.session.state = State::Deal(Step::LostReason { deal_id: deal.id, stage_id: target.id, version: deal.version });
    let reasons: Vec<Button> = LostReason::ALL
        .into_iter()
        .map(|reason| {
            let data = DealButton::Lost { deal: deal.id, stage: target.id, version: deal.version, reason }.encode();
            Button::new(reason_text(reason.code()), data)
        })
        .collect();
    let mut rows: Vec<Vec<Button>> = reasons.chunks(2).map(<[Button]>::to_vec).collect();
    rows.push(vec![Button::new(Text::key("btn-cancel"), DealButton::Cancel.encode())]);
    vec![ctx.reply(Text::key("deal-ask-lost-reason").with("title", deal.title.clone())).buttons(rows)]
}

async fn apply(
    engine: &Engine,
    ctx: &mut Ctx,
    deal: &Deal,
    pipeline: &Pipeline,
    target: &Stage,
    reason: Option<String>,
) -> Out {
    let kind = StageKind::of(target);
    let mv = DealMove {
        workspace_id: deal.workspace_id,
        deal_id: deal.id,
        version: deal.version,
        to_stage_id: target.id,
        member_id: ctx.member.id,
        at: ctx.now,
        // Entering a stage sets its outcome and clears the other: reopening clears both.
        won_at: (kind == StageKind::Won).then_some(ctx.now),
        lost_at: (kind == StageKind::Lost).then_some(ctx.now),
        lost_reason: reason.filter(|_| kind == StageKind::Lost),
        amount_minor: None,
    };
    let Some(moved) = engine.store.move_deal(&mv).await? else {
        // Someone changed it between loading and moving: show what it is now.
        let now = view::visible_deal(engine, ctx, deal.id).await?;
        return current(engine, ctx, &now, "deal-stale").await;
    };
    let (from, to) = (deal.stage_id, target.id);
    let action = match kind {
        StageKind::Won => Action::DealWon { from, to },
        StageKind::Lost => Action::DealLost { from, to },
        StageKind::Open => Action::DealMoved { from, to },
    };
    audit::record(engine, ctx, moved.workspace_id, action, On::Deal { id: moved.id, client: moved.client_id }).await;
    let moved_line = Text::key("deal-moved")
        .with("from", pipeline.name(deal.stage_id, &ctx.lang))
        .with("to", pipeline.name(target.id, &ctx.lang));
    if kind != StageKind::Won {
        return Ok(vec![view::card(engine, ctx, &moved, Some(moved_line)).await?]);
    }
    // Won: the amount is usually what was hoped for (one tap); a different one can be typed.
    ctx.session.state = State::Deal(Step::WonAmount { deal_id: moved.id, version: moved.version });
    let amount = view::money(ctx, moved.amount_minor, &moved.currency);
    let headline = Text::Lines(vec![moved_line, Text::key("deal-won-ask").with("amount", amount)]);
    let mut reply = view::card(engine, ctx, &moved, Some(headline)).await?;
    reply.buttons.insert(0, vec![Button::new(Text::key("deal-btn-as-is"), DealButton::WonAsIs(moved.id).encode())]);
    Ok(vec![reply])
}
