//! `/pipeline [week|month|quarter|DATE..DATE] [@Name]`: open deals per stage (count, sum, weighted forecast),
//! how the moves out of each stage went (forward, or back / lost), what was created, won and lost in the
//! period, the win rate, the average time to win and target progress — per currency, never added across
//! currencies. Text plus a funnel chart.

use std::collections::BTreeMap;

use super::buttons::ReportButton;
use super::period::{Period, Unit};
use super::pipeline_chart;
use super::scope::{self, Scope};
use super::targets::{Progress, progress_for, progress_line, target_progress};
use super::words::{money_list, percent, period_or, period_text};
use crate::core::Engine;
use crate::core::context::{Ctx, Out};
use crate::core::reply::{Button, Text};
use crate::store::{DealFlowTotal, RepStage, StoreResult};

/// One open stage as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct StageLine {
    /// Its number in the message (the chart uses it when the name cannot be drawn).
    pub number: usize,
    pub name: String,
    pub count: i64,
    pub sums: BTreeMap<String, i64>,
    pub weighted: BTreeMap<String, i64>,
    /// Moves out of the stage in the period, and how many of them went forward.
    pub left: i64,
    pub forward: i64,
}

/// Deals created, won or lost in the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Flow {
    pub count: i64,
    pub sums: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PipelineData {
    pub stages: Vec<StageLine>,
    pub forecast: BTreeMap<String, i64>,
    pub created: Flow,
    pub won: Flow,
    pub lost: Flow,
    /// Days from creation to the win, summed over the deals won in the period.
    pub days_to_win: f64,
    /// The names of the won and lost stages (the first of each), for the chart.
    pub won_name: Option<String>,
    pub lost_name: Option<String>,
    pub progress: Vec<Progress>,
}

impl PipelineData {
    pub fn win_rate(&self) -> Option<i64> {
        percent(self.won.count, self.won.count + self.lost.count)
    }

    pub fn average_days_to_win(&self) -> Option<i64> {
        (self.won.count > 0).then(|| (self.days_to_win / self.won.count as f64).round() as i64)
    }
}

pub async fn command(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let (scope, rest) = scope::from_args(engine, ctx, args).await?;
    let period = period_or(ctx, &rest, Unit::Month, 0)?;
    show(engine, ctx, &scope, period).await
}

pub async fn button(engine: &Engine, ctx: &mut Ctx, unit: Unit, member: Option<i64>) -> Out {
    let scope = scope::from_button(engine, ctx, member).await?;
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    show(engine, ctx, &scope, Period::of(unit, today)).await
}

async fn show(engine: &Engine, ctx: &Ctx, scope: &Scope, period: Period) -> Out {
    let data = load(engine, ctx, scope, period).await?;
    let mut reply = ctx.reply(text(ctx, scope, &period, &data)).buttons(period_buttons(scope));
    match pipeline_chart::draw(&data, &period, scope, &ctx.lang) {
        Ok(png) => reply = reply.photo(png, "pipeline.png"),
        // The numbers are in the text; a chart that failed is logged, not a reason to answer nothing.
        Err(e) => tracing::warn!(error = %e, "the pipeline chart could not be drawn"),
    }
    Ok(vec![reply])
}

async fn load(engine: &Engine, ctx: &Ctx, scope: &Scope, period: Period) -> StoreResult<PipelineData> {
    let ws = ctx.team.as_ref().map_or(0, |t| t.id);
    let store = &**engine.store();
    let (from, to) = period.utc(ctx.tz);
    let stages = store.report_stages(ws, &ctx.lang).await?;
    let open = store.open_by_stage(ws, scope.owner).await?;
    let moves = store.stage_moves(ws, scope.owner, from, to).await?;
    let flow = store.deal_flow(ws, scope.owner, from, to).await?;
    let progress = match period.unit {
        Some(Unit::Month | Unit::Quarter) => progress_for(store, ws, scope.owner, period, ctx.tz).await?,
        _ => target_progress(store, ws, scope.owner, ctx.now.with_timezone(&ctx.tz).date_naive(), ctx.tz).await?,
    };

    let mut lines = Vec::new();
    let mut forecast = BTreeMap::new();
    for stage in stages.iter().filter(|s| s.kind == "open") {
        let mut line = StageLine {
            number: lines.len() + 1,
            name: stage_name(stage),
            count: 0,
            sums: BTreeMap::new(),
            weighted: BTreeMap::new(),
            left: 0,
            forward: 0,
        };
        for t in open.iter().filter(|t| t.stage_id == stage.id) {
            line.count += t.n;
            *line.sums.entry(t.currency.clone()).or_insert(0) += t.amount_minor;
            // Σ amount × percent, back to minor units, rounded half up.
            let weighted = (t.weighted_pct + 50).div_euclid(100);
            *line.weighted.entry(t.currency.clone()).or_insert(0) += weighted;
            *forecast.entry(t.currency.clone()).or_insert(0) += weighted;
        }
        if let Some(m) = moves.iter().find(|m| m.stage_id == stage.id) {
            (line.left, line.forward) = (m.left_n, m.forward_n);
        }
        // A hidden stage is shown only while deals still sit in it.
        if !stage.hidden || line.count > 0 {
            lines.push(line);
        }
    }
    let flow_of = |kind: &str| {
        let mut f = Flow::default();
        for t in flow.iter().filter(|t: &&DealFlowTotal| t.kind == kind) {
            f.count += t.n;
            *f.sums.entry(t.currency.clone()).or_insert(0) += t.amount_minor;
        }
        f
    };
    let named = |kind: &str| stages.iter().find(|s| s.kind == kind).map(stage_name);
    Ok(PipelineData {
        stages: lines,
        forecast,
        created: flow_of("new"),
        won: flow_of("won"),
        lost: flow_of("lost"),
        days_to_win: flow.iter().filter(|t| t.kind == "won").map(|t| t.days).sum(),
        won_name: named("won"),
        lost_name: named("lost"),
        progress,
    })
}

/// A stage's name is team data; one the team never named shows its position.
fn stage_name(stage: &RepStage) -> String {
    stage.name.clone().unwrap_or_else(|| format!("#{}", stage.position))
}

fn text(ctx: &Ctx, scope: &Scope, period: &Period, data: &PipelineData) -> Text {
    let lang = ctx.lang.as_str();
    let mut lines = vec![Text::Concat(vec![
        Text::key("rep-pipe-title"),
        Text::Raw(" — ".into()),
        scope.who(),
        Text::Raw(" · ".into()),
        period_text(period, ctx.tz),
    ])];
    if data.stages.iter().all(|s| s.count == 0) {
        lines.push(Text::key("rep-pipe-empty"));
    } else {
        lines.push(Text::key("rep-pipe-open"));
    }
    for s in &data.stages {
        lines.push(
            Text::key("rep-pipe-stage")
                .with("number", s.number)
                .with("name", s.name.clone())
                .with("count", s.count)
                .with("sum", money_list(&s.sums, lang)),
        );
        if s.count > 0 {
            lines.push(Text::key("rep-pipe-weighted").with("sum", money_list(&s.weighted, lang)));
        }
        if let Some(pct) = percent(s.forward, s.left) {
            lines
                .push(Text::key("rep-pipe-moved").with("forward", s.forward).with("left", s.left).with("percent", pct));
        }
    }
    if !data.forecast.is_empty() {
        lines.push(Text::key("rep-pipe-forecast").with("sum", money_list(&data.forecast, lang)));
    }
    lines.push(Text::Concat(vec![
        period_text(period, ctx.tz),
        Text::Raw(": ".into()),
        Text::key("rep-pipe-flow")
            .with("new", data.created.count)
            .with("won", data.won.count)
            .with("lost", data.lost.count),
    ]));
    if data.won.count > 0 {
        lines.push(Text::key("rep-pipe-won").with("sum", money_list(&data.won.sums, lang)));
    }
    match data.win_rate() {
        Some(pct) => lines.push(
            Text::key("rep-pipe-win-rate")
                .with("percent", pct)
                .with("won", data.won.count)
                .with("closed", data.won.count + data.lost.count),
        ),
        None => lines.push(Text::key("rep-pipe-no-closed")),
    }
    if let Some(days) = data.average_days_to_win() {
        lines.push(Text::key("rep-pipe-days").with("days", days));
    }
    lines.extend(data.progress.iter().map(|p| progress_line(p, lang, ctx.tz)));
    Text::Lines(lines)
}

/// Week, month, quarter: the same question again for another period, with one tap.
fn period_buttons(scope: &Scope) -> Vec<Vec<Button>> {
    let member = scope.member_name.as_ref().and(scope.owner);
    vec![vec![
        Button::new(Text::key("rep-btn-week"), ReportButton::Pipeline(Unit::Week, member).payload()),
        Button::new(Text::key("rep-btn-month"), ReportButton::Pipeline(Unit::Month, member).payload()),
        Button::new(Text::key("rep-btn-quarter"), ReportButton::Pipeline(Unit::Quarter, member).payload()),
    ]]
}
