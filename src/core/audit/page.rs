//! One page of the log as the owner reads it: newest first, each line "when · who: what — which record", times
//! in the reader's zone, names from the live records (a record that is gone shows as "a deleted client #12").

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Utc};

use super::action::Action;
use super::filter::Filter;
use super::payload::{AuditButton, Direction};
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::deals::Pipeline;
use crate::core::reply::{Arg, Button, Text, TimeStyle};
use crate::core::reports::words;
use crate::parse::money::format_money;
use crate::store::{AuditCursor, AuditFilter, AuditRow};

/// Lines per page: a phone screen of them.
pub const PAGE: i64 = 15;
/// Names longer than this are cut (a deal title can be a sentence).
const NAME_CHARS: usize = 40;

/// Show the page of `filter` that starts at `cursor`.
pub async fn show(engine: &Engine, ctx: &Ctx, ws: i64, filter: &Filter, cursor: AuditCursor) -> Out {
    let query = AuditFilter {
        member_id: filter.member.as_ref().map(|(id, _)| *id),
        area: filter.group.map(|g| g.code().to_string()),
        from: filter.period.map(|p| p.utc(ctx.tz).0),
        to: filter.period.map(|p| p.utc(ctx.tz).1),
    };
    // One more than a page tells whether there is more in the direction we went.
    let mut rows = engine.store.audit_page(ws, &query, cursor, PAGE + 1).await?;
    let more = rows.len() as i64 > PAGE;
    if more {
        match cursor {
            AuditCursor::Newer(_) => rows.remove(0),
            _ => rows.pop().unwrap_or_else(|| unreachable!("more than a page")),
        };
    }
    let mut lines = vec![Text::key("audit-title")];
    if let Some(heading) = filter_heading(ctx, filter) {
        lines.push(heading);
    }
    if rows.is_empty() {
        lines.push(Text::key(if *filter == Filter::default() { "audit-empty" } else { "audit-empty-filter" }));
    }
    let names = Names::load(engine, ctx, ws, &rows).await?;
    lines.extend(rows.iter().map(|row| line(ctx, row, &names)));
    lines.push(Text::key("audit-hint"));

    let (older, newer) = match cursor {
        AuditCursor::Newest => (more, false),
        AuditCursor::Older(_) => (more, true),
        AuditCursor::Newer(_) => (true, more),
    };
    let button = |dir, cursor| AuditButton {
        ws,
        dir,
        cursor,
        member: filter.member.as_ref().map(|(id, _)| *id),
        group: filter.group,
        period: filter.days(),
    };
    let mut row = Vec::new();
    if let (true, Some(first)) = (newer, rows.first()) {
        row.push(Button::new(Text::key("audit-btn-newer"), button(Direction::Newer, first.id).encode()));
    }
    if let (true, Some(last)) = (older, rows.last()) {
        row.push(Button::new(Text::key("audit-btn-older"), button(Direction::Older, last.id).encode()));
    }
    let buttons = if row.is_empty() { Vec::new() } else { vec![row] };
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(buttons)])
}

fn filter_heading(ctx: &Ctx, filter: &Filter) -> Option<Text> {
    let mut parts = Vec::new();
    if let Some((_, name)) = &filter.member {
        parts.push(Text::Raw(format!("👤 {}", short(name))));
    }
    if let Some(group) = filter.group {
        parts.push(Text::key("audit-group").with("group", group.code()));
    }
    if let Some(period) = &filter.period {
        parts.push(words::period_text(period, ctx.tz));
    }
    if parts.is_empty() {
        return None;
    }
    let mut joined = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            joined.push(Text::Raw(" · ".into()));
        }
        joined.push(part);
    }
    Some(Text::Concat(joined))
}

/// Names the details refer to by id: members (a hand-over's heir) and stages (a deal's move).
struct Names {
    members: HashMap<i64, String>,
    pipeline: Option<Pipeline>,
}

impl Names {
    async fn load(engine: &Engine, ctx: &Ctx, ws: i64, rows: &[AuditRow]) -> Result<Names, Fail> {
        let actions: Vec<Action> = rows.iter().filter_map(|r| serde_json::from_str(&r.detail).ok()).collect();
        let mut members = HashMap::new();
        let wanted: Vec<i64> = actions
            .iter()
            .filter_map(|a| match a {
                Action::ClientAssigned { to } | Action::DealAssigned { to } => Some(*to),
                Action::MemberRemoved { heir } => Some(*heir),
                _ => None,
            })
            .collect();
        if !wanted.is_empty() {
            for m in engine.store.team_members(ws).await? {
                members.insert(m.member_id, m.display_name);
            }
        }
        let moves = actions
            .iter()
            .any(|a| matches!(a, Action::DealMoved { .. } | Action::DealWon { .. } | Action::DealLost { .. }));
        let pipeline = if moves { Some(Pipeline::load(engine, ws, ctx.now).await?) } else { None };
        Ok(Names { members, pipeline })
    }

    /// A colleague's name for a detail; one who has left since shows as a number.
    fn member(&self, id: i64) -> String {
        self.members.get(&id).map_or_else(|| format!("#{id}"), |name| short(name))
    }

    fn stage(&self, id: i64, lang: &str) -> String {
        self.pipeline.as_ref().map_or_else(|| format!("#{id}"), |p| p.name(id, lang))
    }
}

fn short(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        return name.to_string();
    }
    let mut s: String = name.chars().take(NAME_CHARS - 1).collect();
    s.push('…');
    s
}

fn gone(kind: &'static str, id: i64) -> Text {
    Text::key("audit-gone").with("kind", kind).with("id", id)
}

fn line(ctx: &Ctx, row: &AuditRow, names: &Names) -> Text {
    let when = when(ctx, row.at);
    let who = match (row.member_id, &row.actor_name) {
        (None, _) => Text::key("audit-who-customer"),
        (Some(_), Some(name)) => Text::Raw(short(name)),
        (Some(id), None) => gone("member", id),
    };
    let what = match serde_json::from_str::<Action>(&row.detail) {
        Ok(action) => what(ctx, &action, names),
        // Written by a newer version: say that something happened rather than nothing.
        Err(_) => Text::key("audit-other"),
    };
    let mut parts = vec![when, Text::Raw(" · ".into()), who, Text::Raw(": ".into()), what];
    if let Some(subject) = subject(row) {
        parts.push(Text::Raw(" — ".into()));
        parts.push(subject);
    }
    Text::Concat(parts)
}

/// The event's time in the reader's zone; with the year once it is not this year's (the log keeps up to ten).
fn when(ctx: &Ctx, at: DateTime<Utc>) -> Text {
    let this_year = ctx.now.with_timezone(&ctx.tz).year() == at.with_timezone(&ctx.tz).year();
    if this_year {
        return Text::key("audit-when").with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime));
    }
    Text::key("audit-when-dated")
        .with("date", Arg::time(at, ctx.tz, TimeStyle::Date))
        .with("time", Arg::time(at, ctx.tz, TimeStyle::Time))
}

fn what(ctx: &Ctx, action: &Action, names: &Names) -> Text {
    let lang = ctx.lang.as_str();
    let moved = |key, from: i64, to: i64| {
        Text::key(key).with("from", names.stage(from, lang)).with("to", names.stage(to, lang))
    };
    let handed = |key, to: i64| Text::key(key).with("to", names.member(to));
    match action {
        Action::ClientAdded => Text::key("audit-client-added"),
        Action::ClientEdited => Text::key("audit-client-edited"),
        Action::ClientAssigned { to } => handed("audit-client-assigned", *to),
        Action::ActivityAdded { kind } => Text::key("audit-activity").with("kind", kind.as_str()),
        Action::OutcomeSet => Text::key("audit-outcome"),
        Action::ReminderSet => Text::key("audit-reminder").with("change", "set"),
        Action::ReminderDone => Text::key("audit-reminder").with("change", "done"),
        Action::ReminderMoved => Text::key("audit-reminder").with("change", "moved"),
        Action::DealCreated { minor, currency } => {
            Text::key("audit-deal-created").with("amount", format_money(*minor, currency, lang))
        }
        Action::DealMoved { from, to } => moved("audit-deal-moved", *from, *to),
        Action::DealWon { from, to } => moved("audit-deal-won", *from, *to),
        Action::DealLost { from, to } => moved("audit-deal-lost", *from, *to),
        Action::DealEdited { field } => Text::key("audit-deal-edited").with("field", field.as_str()),
        Action::DealAssigned { to } => handed("audit-deal-assigned", *to),
        Action::MemberJoined { role } => Text::key("audit-member-joined").with("role", role.as_str()),
        Action::MemberRemoved { heir } => handed("audit-member-removed", *heir),
        Action::RoleChanged { role } => Text::key("audit-role-changed").with("role", role.as_str()),
        Action::InviteCreated { role } => Text::key("audit-invite-created").with("role", role.as_str()),
        Action::InviteWithdrawn => Text::key("audit-invite-withdrawn"),
        Action::TeamSettings { what } => Text::key("audit-team-settings").with("what", what.as_str()),
        Action::StagesChanged => Text::key("audit-stages"),
        Action::TargetChanged => Text::key("audit-target"),
        Action::SourceCostSet => Text::key("audit-source-cost"),
        Action::PromoSettings => Text::key("audit-promo-settings"),
        Action::AuditKeep { days } => Text::key("audit-keep-changed").with("days", i64::from(*days)),
        Action::Campaign { change } => Text::key("audit-campaign").with("change", change.as_str()),
        Action::SegmentCreated => Text::key("audit-segment"),
        Action::CodeRedeemed => Text::key("audit-code"),
        Action::CustomerErased => Text::key("audit-customer-erased"),
        Action::Consent { change } => Text::key("audit-consent").with("change", change.as_str()),
    }
}

/// The record's name as it is now; a record that is gone by kind and number. (A forgotten customer's lines are
/// erased with them, see `store::customers`.)
fn subject(row: &AuditRow) -> Option<Text> {
    let client = || match (&row.client_name, row.client_id) {
        (Some(name), _) => Some(Text::Raw(short(name))),
        (_, Some(id)) => Some(gone("client", id)),
        (_, None) => None,
    };
    let id = row.record_id?;
    match row.record_kind.as_str() {
        "client" | "activity" | "reminder" => client(),
        "deal" => Some(match &row.deal_title {
            Some(title) => Text::Raw(short(title)),
            _ => gone("deal", id),
        }),
        // Joining names the one who joined already.
        "member" if row.member_id == Some(id) => None,
        "member" => Some(row.member_name.as_deref().map_or_else(|| gone("member", id), |n| Text::Raw(short(n)))),
        "campaign" => Some(match row.campaign_name.as_deref() {
            Some(name) if !name.trim().is_empty() => Text::Raw(short(name)),
            Some(_) => Text::key("audit-campaign-unnamed").with("id", id),
            None => gone("campaign", id),
        }),
        _ => None,
    }
}
