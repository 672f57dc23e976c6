//! `/deals`: my open deals by stage, then the overdue ones (expected close passed) and the stale ones (no
//! activity for the team's `stale_days`). `/deals all` shows the whole team's, for owners and leads.
//! Also the list of one client's deals.

use std::collections::{HashMap, HashSet};

use chrono::Duration;

use super::pipeline::{Pipeline, StageKind};
use super::view::{deal_line, open_button, today};
use crate::core::Engine;
use crate::core::clients::visible_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Text};
use crate::core::roles::Role;
use crate::store::{DealFilter, DealRow};

/// Deals shown per section; the rest are counted.
const PER_SECTION: i64 = 5;
/// Buttons in one reply (Telegram allows 100; a phone screen far fewer).
const MAX_BUTTONS: usize = 30;

pub async fn command(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    let all = match args.trim().to_lowercase().as_str() {
        "" => false,
        "all" => {
            ctx.require(&[Role::Owner, Role::Lead])?;
            true
        }
        _ => return Err(Fail::User(Text::key("deal-err-deals-args"))),
    };
    let owner = (!all).then_some(ctx.member.id);
    let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
    let owners: HashMap<i64, String> = if all {
        engine.store.deal_owners(ws).await?.into_iter().map(|(id, name, _)| (id, name)).collect()
    } else {
        HashMap::new()
    };
    let mut list = Listing { ctx, owners, lines: Vec::new(), buttons: Vec::new(), shown: HashSet::new() };
    list.lines.push(Text::key(if all { "deals-title-all" } else { "deals-title" }));

    for stage in pipeline.stages.iter().filter(|s| StageKind::of(s) == StageKind::Open) {
        let filter = DealFilter { owner, stage_id: Some(stage.id), open_only: true, ..Default::default() };
        let (rows, total) = engine.store.list_deals(ws, &filter, PER_SECTION).await?;
        if total > 0 {
            let head = Text::key("deals-stage").with("stage", pipeline.name(stage.id, &ctx.lang)).with("count", total);
            list.section(head, &rows, total, &pipeline);
        }
    }
    let filter = DealFilter { owner, open_only: true, close_before: Some(today(ctx)), ..Default::default() };
    let (rows, total) = engine.store.list_deals(ws, &filter, PER_SECTION).await?;
    if total > 0 {
        list.section(Text::key("deals-overdue").with("count", total), &rows, total, &pipeline);
    }
    let days = ctx.team.as_ref().map_or(14, |t| t.stale_days);
    let quiet_since = ctx.now - Duration::days(i64::from(days));
    let filter = DealFilter { owner, open_only: true, quiet_since: Some(quiet_since), ..Default::default() };
    let (rows, total) = engine.store.list_deals(ws, &filter, PER_SECTION).await?;
    if total > 0 {
        let head = Text::key("deals-stale").with("count", total).with("days", i64::from(days));
        list.section(head, &rows, total, &pipeline);
    }
    if list.lines.len() == 1 {
        list.lines.push(Text::key("deals-none"));
    }
    let Listing { lines, buttons, .. } = list;
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(buttons)])
}

struct Listing<'a> {
    ctx: &'a Ctx,
    /// Owners' names, when the list is the whole team's: each line says whose deal it is.
    owners: HashMap<i64, String>,
    lines: Vec<Text>,
    buttons: Vec<Vec<Button>>,
    /// Deals that already have a button (a deal may be both in a stage and overdue).
    shown: HashSet<i64>,
}

impl Listing<'_> {
    fn section(&mut self, head: Text, rows: &[DealRow], total: i64, pipeline: &Pipeline) {
        self.lines.push(Text::Raw(String::new()));
        self.lines.push(head);
        for row in rows {
            let who = match self.owners.get(&row.deal.owner_member_id) {
                Some(owner) => format!("{} · {owner}", row.client_name),
                None => row.client_name.clone(),
            };
            let line = deal_line(self.ctx, &row.deal, pipeline, Some(&who));
            self.lines.push(Text::Concat(vec![Text::Raw("• ".into()), line]));
            if self.buttons.len() < MAX_BUTTONS && self.shown.insert(row.deal.id) {
                self.buttons.push(vec![open_button(self.ctx, &row.deal)]);
            }
        }
        let more = total - rows.len() as i64;
        if more > 0 {
            self.lines.push(Text::key("deals-more").with("count", more));
        }
    }
}

/// All deals of one client (from the client card), newest first.
pub async fn for_client(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = visible_client(engine, ctx, client_id).await?;
    let pipeline = Pipeline::load(engine, client.workspace_id, ctx.now).await?;
    let filter = DealFilter { client_id: Some(client.id), ..Default::default() };
    let (rows, _) = engine.store.list_deals(client.workspace_id, &filter, MAX_BUTTONS as i64).await?;
    let mut lines = vec![Text::key("deals-of-client").with("name", client.name.clone())];
    let mut buttons = Vec::new();
    for row in rows.iter().filter(|r| ctx.can_see_owned_by(r.deal.owner_member_id)) {
        lines.push(Text::Concat(vec![Text::Raw("• ".into()), deal_line(ctx, &row.deal, &pipeline, None)]));
        buttons.push(vec![open_button(ctx, &row.deal)]);
    }
    if buttons.is_empty() {
        lines.push(Text::key("deals-none"));
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(buttons)])
}
