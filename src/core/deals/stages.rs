//! `/stages` (the owner): the pipeline with buttons to rename a stage (in the owner's current language), move it
//! up or down, hide or show it, and add one. Names that collide with another stage's (folded, same language) are
//! refused; at least one open, one won and one lost stage always stay visible.

use super::Step;
use super::payload::{DealButton, StageOp};
use super::pipeline::{Pipeline, StageKind};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Text};
use crate::core::roles::Role;
use crate::core::session::State;
use crate::parse::fold::fold;
use crate::store::{NewStage, Stage, StageChange, StageName};

/// Longer names do not fit on a stage button.
pub const MAX_NAME_CHARS: usize = 40;
/// A pipeline longer than this no longer fits on a phone.
pub const MAX_STAGES: usize = 20;
/// A new stage's probability when none is typed.
const NEW_STAGE_PROBABILITY: i32 = 50;

/// `/stages`, and the list again after each change (with what changed on top).
pub async fn list(engine: &Engine, ctx: &mut Ctx, headline: Option<Text>) -> Out {
    ctx.require(&[Role::Owner])?;
    let ws = ctx.workspace()?;
    let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("stages-title").with("lang", ctx.lang.clone()));
    let mut rows = Vec::new();
    for (i, stage) in pipeline.stages.iter().enumerate() {
        let name = pipeline.name(stage.id, &ctx.lang);
        lines.push(
            Text::key("stages-line")
                .with("n", i + 1)
                .with("name", name.clone())
                .with("probability", i64::from(stage.probability))
                .with("kind", stage.kind.clone())
                .with("hidden", if stage.hidden { "yes" } else { "no" }),
        );
        rows.push(stage_row(&pipeline, i, stage, name));
    }
    lines.push(Text::key("stages-hint"));
    rows.push(vec![Button::new(Text::key("stages-btn-add"), DealButton::Stages(StageOp::Add).encode())]);
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

/// Rename, up, down (where there is a neighbour of the same group), hide or show.
fn stage_row(pipeline: &Pipeline, index: usize, stage: &Stage, name: String) -> Vec<Button> {
    let open = StageKind::of(stage) == StageKind::Open;
    let same_group = |other: Option<&Stage>| other.is_some_and(|o| (StageKind::of(o) == StageKind::Open) == open);
    let mut row =
        vec![Button::new(Text::Raw(format!("✏️ {name}")), DealButton::Stages(StageOp::Rename(stage.id)).encode())];
    if same_group(index.checked_sub(1).and_then(|i| pipeline.stages.get(i))) {
        row.push(Button::new(Text::Raw("↑".into()), DealButton::Stages(StageOp::Up(stage.id)).encode()));
    }
    if same_group(pipeline.stages.get(index + 1)) {
        row.push(Button::new(Text::Raw("↓".into()), DealButton::Stages(StageOp::Down(stage.id)).encode()));
    }
    row.push(if stage.hidden {
        Button::new(Text::key("stages-btn-show"), DealButton::Stages(StageOp::Show(stage.id)).encode())
    } else {
        Button::new(Text::key("stages-btn-hide"), DealButton::Stages(StageOp::Hide(stage.id)).encode())
    });
    row
}

pub async fn button(engine: &Engine, ctx: &mut Ctx, op: StageOp) -> Out {
    ctx.require(&[Role::Owner])?;
    let ws = ctx.workspace()?;
    let store = &engine.store;
    let change = match op {
        StageOp::List => return list(engine, ctx, None).await,
        StageOp::Rename(id) => return ask_name(engine, ctx, Some(id)).await,
        StageOp::Add => return ask_name(engine, ctx, None).await,
        StageOp::Up(id) => store.move_stage(ws, id, true, ctx.now).await?,
        StageOp::Down(id) => store.move_stage(ws, id, false, ctx.now).await?,
        StageOp::Hide(id) => store.set_stage_hidden(ws, id, true, ctx.now).await?,
        StageOp::Show(id) => store.set_stage_hidden(ws, id, false, ctx.now).await?,
    };
    match change {
        StageChange::Done(()) => {
            audit::record(engine, ctx, ws, Action::StagesChanged, On::Team).await;
            list(engine, ctx, Some(Text::key("stages-saved"))).await
        }
        StageChange::LastOfKind => list(engine, ctx, Some(Text::key("stages-err-last"))).await,
        StageChange::Missing | StageChange::NameTaken => list(engine, ctx, Some(Text::key("err-stale-button"))).await,
    }
}

async fn ask_name(engine: &Engine, ctx: &mut Ctx, stage_id: Option<i64>) -> Out {
    let ws = ctx.workspace()?;
    let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
    let text = match stage_id {
        Some(id) => {
            if pipeline.stage(id).is_none() {
                return list(engine, ctx, Some(Text::key("err-stale-button"))).await;
            }
            Text::key("stages-ask-rename").with("name", pipeline.name(id, &ctx.lang))
        }
        None if pipeline.stages.len() >= MAX_STAGES => {
            return Err(Fail::User(Text::key("stages-err-too-many").with("max", MAX_STAGES)));
        }
        None => Text::key("stages-ask-new"),
    };
    ctx.session.state = State::Deal(Step::StageName { stage_id });
    Ok(vec![ctx.reply(text)])
}

/// The typed name, optionally with a probability: "Demo", "Demo 40%".
pub async fn name_answer(engine: &Engine, ctx: &mut Ctx, stage_id: Option<i64>, text: &str) -> Out {
    ctx.require(&[Role::Owner])?;
    let ws = ctx.workspace()?;
    let (name, probability) = parse_name(text)?;
    let folded = fold(&name);
    let store = &engine.store;
    let change = match stage_id {
        Some(id) => {
            let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
            // Won is always 100% and lost 0%: only open stages take a typed probability.
            let open = pipeline.stage(id).is_some_and(|s| StageKind::of(s) == StageKind::Open);
            let probability = probability.filter(|_| open);
            let name = StageName { stage_id: id, lang: ctx.lang.clone(), name: name.clone(), name_folded: folded };
            store.rename_stage(ws, &name, probability, ctx.now).await?
        }
        None => {
            let stage = NewStage {
                kind: "open".into(),
                probability: probability.unwrap_or(NEW_STAGE_PROBABILITY),
                names: vec![(ctx.lang.clone(), name.clone(), folded)],
            };
            match store.add_stage(ws, &stage, ctx.now).await? {
                StageChange::Done(_) => StageChange::Done(()),
                StageChange::Missing => StageChange::Missing,
                StageChange::NameTaken => StageChange::NameTaken,
                StageChange::LastOfKind => StageChange::LastOfKind,
            }
        }
    };
    match change {
        StageChange::Done(()) => {
            audit::record(engine, ctx, ws, Action::StagesChanged, On::Team).await;
            ctx.session.state = State::Idle;
            list(engine, ctx, Some(Text::key("stages-saved"))).await
        }
        // The question stays open: the owner can type another name.
        StageChange::NameTaken => Err(Fail::User(Text::key("stages-err-taken").with("name", name))),
        StageChange::Missing | StageChange::LastOfKind => {
            ctx.session.state = State::Idle;
            list(engine, ctx, Some(Text::key("err-stale-button"))).await
        }
    }
}

/// "Demo 40%" → ("Demo", Some(40)); the name is single-spaced and checked for length.
fn parse_name(text: &str) -> Result<(String, Option<i32>), Fail> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let mut probability = None;
    if let Some(last) = words.last().and_then(|w| w.strip_suffix('%')) {
        match last.parse::<i32>() {
            Ok(p) if (0..=100).contains(&p) => {
                probability = Some(p);
                words.pop();
            }
            _ => return Err(Fail::User(Text::key("stages-err-probability"))),
        }
    }
    let name = words.join(" ");
    if name.is_empty() {
        return Err(Fail::User(Text::key("stages-err-name")));
    }
    let len = name.chars().count();
    if len > MAX_NAME_CHARS {
        return Err(Fail::User(Text::key("stages-err-long").with("max", MAX_NAME_CHARS).with("length", len)));
    }
    Ok((name, probability))
}
