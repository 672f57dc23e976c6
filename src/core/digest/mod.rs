//! The daily digest (/digest, /digest here) and its settings; stale alerts; the team group.
//!
//! - `args`: what follows /digest; `schedule`: when a slot falls due in the member's zone;
//! - `content`: what a digest says; `stale`: the stale-alert message and its Snooze button;
//! - `group`: the bot in a Telegram group, which answers team members only; `money`: amounts.
//!
//! The scheduler (`scheduler::digest`, `scheduler::stale`) reads `Recipient`s and builds messages here.

mod args;
mod content;
mod group;
mod money;
pub mod schedule;
mod stale;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::journal;
use super::reply::{Arg, Reply, Text, TimeStyle};
use super::roles::Role;
use crate::store::{DigestPatch, RunKey, ScheduleMember, StaleItem, StoreError, TeamGroup};
use args::{ArgsError, DigestArgs, Settings};
pub use content::Audience;
pub use group::group;
use schedule::{Days, Schedule, stored_time};

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["digest"];

/// Owners and leads get the digest unless they turned it off; anyone else only if they turned it on.
pub fn gets_digest(digest_on: Option<bool>, role: Option<Role>) -> bool {
    digest_on.unwrap_or(matches!(role, Some(Role::Owner | Role::Lead)))
}

pub async fn command(engine: &Engine, ctx: &mut Ctx, _cmd: &str, args: &str) -> Out {
    ctx.workspace()?;
    match args::parse(args) {
        Ok(DigestArgs::Show) => show(engine, ctx).await,
        Ok(DigestArgs::Here { off: false }) => Ok(vec![ctx.reply(Text::key("digest-here-private"))]),
        Ok(DigestArgs::Here { off: true }) => group::unbind(engine, ctx).await,
        Ok(DigestArgs::Set(settings)) => set(engine, ctx, settings).await,
        Err(ArgsError::Unknown(word)) => Err(Fail::User(Text::key("err-digest-args").with("input", word))),
        Err(ArgsError::BadTime(word)) => Err(Fail::User(Text::key("err-digest-time").with("input", word))),
    }
}

/// A press on one of this area's buttons: `t` (today's agenda), `z:d:<deal>` / `z:c:<client>` (snooze a week).
pub async fn button(engine: &Engine, ctx: &mut Ctx, data: &str) -> Out {
    let parts: Vec<&str> = data.split(':').collect();
    match parts.as_slice() {
        ["t"] => journal::agenda(engine, ctx, 1).await,
        ["z", code @ ("d" | "c"), id] => match strict_id(id) {
            Some(id) => stale::snooze(engine, ctx, if *code == "d" { "deal" } else { "client" }, id).await,
            None => Err(Fail::User(Text::key("err-stale-button"))),
        },
        _ => Err(Fail::User(Text::key("err-stale-button"))),
    }
}

/// Digits only, above zero.
fn strict_id(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse::<i64>().ok().filter(|n| *n > 0)
}

/// The member's schedule as stored.
fn ctx_schedule(ctx: &Ctx) -> Schedule {
    Schedule {
        tz: ctx.tz,
        time: stored_time(&ctx.member.digest_time),
        days: Days::parse_stored(&ctx.member.digest_days),
        since: None,
    }
}

/// The digest the member would get: the team's for owners and leads, their own work for anyone else.
fn audience(ctx: &Ctx, buttons: bool) -> Option<Audience> {
    let team = ctx.team.as_ref()?;
    Some(Audience {
        workspace_id: team.id,
        team_name: team.name.clone(),
        owner: if ctx.sees_all() { None } else { Some(ctx.member.id) },
        lang: ctx.lang.clone(),
        schedule: ctx_schedule(ctx),
        stale_days: team.stale_days,
        buttons,
    })
}

/// `/digest`: the digest now, and a line on when it comes by itself.
async fn show(engine: &Engine, ctx: &mut Ctx) -> Out {
    let Some(a) = audience(ctx, true) else { return Err(Fail::User(Text::key("err-no-workspace"))) };
    let mut reply = content::build(engine, &a, ctx.now, None).await?;
    let footer = settings_line(ctx);
    if let Text::Lines(lines) = &mut reply.text {
        lines.push(Text::Raw(String::new()));
        lines.push(footer);
    }
    Ok(vec![reply])
}

/// "Daily at 09:00 on Mon–Fri" or "off", with how to change it.
fn settings_line(ctx: &Ctx) -> Text {
    if !gets_digest(ctx.member.digest_on, ctx.role) {
        return Text::key("digest-footer-off");
    }
    let s = ctx_schedule(ctx);
    match s.next_after(ctx.now) {
        Some(next) => Text::Concat(vec![
            Text::key("digest-footer-on").with("time", Arg::time(next, ctx.tz, TimeStyle::Time)),
            Text::Raw(" ".into()),
            days_text(s.days),
        ]),
        None => Text::key("digest-footer-off"),
    }
}

/// `/digest 08:30 mon-fri on`: save, and say when the next one comes.
async fn set(engine: &Engine, ctx: &mut Ctx, s: Settings) -> Out {
    if s.days.is_some_and(Days::is_empty) {
        return Err(Fail::User(Text::key("err-digest-args").with("input", ",")));
    }
    let patch = DigestPatch {
        on: s.on,
        time: s.time.map(|t| t.format("%H:%M").to_string()),
        days: s.days.map(Days::to_stored),
    };
    // Changed now: a slot earlier today is not "missed" and is not sent late.
    ctx.member = engine.store.set_digest_settings(ctx.member.id, &patch, ctx.now).await?;
    engine.wake.notify_one();
    if !gets_digest(ctx.member.digest_on, ctx.role) {
        return Ok(vec![ctx.reply(Text::key("digest-set-off"))]);
    }
    let sched = ctx_schedule(ctx);
    let Some(next) = sched.next_after(ctx.now) else {
        return Ok(vec![ctx.reply(Text::key("digest-set-off"))]);
    };
    let text = Text::Lines(vec![
        Text::Concat(vec![
            Text::key("digest-set").with("time", Arg::time(next, ctx.tz, TimeStyle::Time)),
            Text::Raw(" ".into()),
            days_text(sched.days),
        ]),
        Text::key("digest-next").with("when", Arg::time(next, ctx.tz, TimeStyle::DateTime)),
    ]);
    Ok(vec![ctx.reply(text)])
}

const WEEKDAY_KEYS: [&str; 7] =
    ["digest-wd-1", "digest-wd-2", "digest-wd-3", "digest-wd-4", "digest-wd-5", "digest-wd-6", "digest-wd-7"];

/// "Mon–Fri", "Mon, Wed, Fri", "every day": runs of three or more days as a range.
pub fn days_text(days: Days) -> Text {
    if days == Days::ALL {
        return Text::key("digest-days-all");
    }
    let iso = days.iso();
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for n in iso {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == n => *end = n,
            _ => runs.push((n, n)),
        }
    }
    let day = |n: u32| Text::key(WEEKDAY_KEYS[(n - 1) as usize]);
    let mut parts = Vec::new();
    for (start, end) in runs {
        if !parts.is_empty() {
            parts.push(Text::Raw(", ".into()));
        }
        match end - start {
            0 => parts.push(day(start)),
            1 => parts.extend([day(start), Text::Raw(", ".into()), day(end)]),
            _ => parts.extend([day(start), Text::Raw("–".into()), day(end)]),
        }
    }
    Text::Concat(parts)
}

// --- for the scheduler ---

/// Who gets a scheduled digest: a member in their private chat, or a team group.
#[derive(Debug, Clone, PartialEq)]
pub enum Recipient {
    Member(ScheduleMember),
    Group(TeamGroup),
}

fn zone(tz: &str) -> Tz {
    tz.parse().unwrap_or(Tz::UTC)
}

/// A member's own schedule; slots before they joined or last changed their settings do not count.
pub fn member_schedule(m: &ScheduleMember) -> Schedule {
    let since = m.digest_since.map_or(m.joined_at, |s| s.max(m.joined_at));
    Schedule {
        tz: zone(&m.tz),
        time: stored_time(&m.digest_time),
        days: Days::parse_stored(&m.digest_days),
        since: Some(since),
    }
}

impl Recipient {
    /// Every member who gets the digest, and every team group.
    pub fn all(members: Vec<ScheduleMember>, groups: Vec<TeamGroup>) -> Vec<Recipient> {
        let members = members.into_iter().filter(|m| gets_digest(m.digest_on, Role::parse(&m.role)));
        members.map(Recipient::Member).chain(groups.into_iter().map(Recipient::Group)).collect()
    }

    pub fn schedule(&self) -> Schedule {
        match self {
            Recipient::Member(m) => member_schedule(m),
            Recipient::Group(g) => Schedule {
                tz: zone(&g.tz),
                time: stored_time(&g.digest_time),
                days: Days::parse_stored(&g.digest_days),
                since: g.bound_at,
            },
        }
    }

    pub fn workspace_id(&self) -> i64 {
        match self {
            Recipient::Member(m) => m.workspace_id,
            Recipient::Group(g) => g.workspace_id,
        }
    }

    /// Where it goes: the member's private chat (their Telegram id) or the group.
    pub fn chat_id(&self) -> i64 {
        match self {
            Recipient::Member(m) => m.tg_user_id,
            Recipient::Group(g) => g.chat_id,
        }
    }

    /// The run key for a local date: member 0 stands for the team group.
    pub fn key(&self, local_date: chrono::NaiveDate) -> RunKey {
        let member_id = match self {
            Recipient::Member(m) => m.member_id,
            Recipient::Group(_) => 0,
        };
        RunKey { member_id, chat_id: self.chat_id(), local_date }
    }

    fn audience(&self) -> Audience {
        match self {
            Recipient::Member(m) => Audience {
                workspace_id: m.workspace_id,
                team_name: m.team_name.clone(),
                owner: match Role::parse(&m.role) {
                    Some(Role::Owner | Role::Lead) => None,
                    _ => Some(m.member_id),
                },
                lang: m.locale.clone(),
                schedule: self.schedule(),
                stale_days: m.stale_days,
                buttons: true,
            },
            Recipient::Group(g) => Audience {
                workspace_id: g.workspace_id,
                team_name: g.team_name.clone(),
                owner: None,
                lang: g.locale.clone(),
                schedule: self.schedule(),
                stale_days: g.stale_days,
                // Buttons pressed in a group are not answered (the group sees team data, not a member's tools).
                buttons: false,
            },
        }
    }

    /// The scheduled digest; `late` is the slot it was due at when it goes out late.
    pub async fn message(
        &self,
        engine: &Engine,
        now: DateTime<Utc>,
        late: Option<DateTime<Utc>>,
    ) -> Result<Reply, StoreError> {
        content::build(engine, &self.audience(), now, late).await
    }
}

/// The stale-alert message for a member: `items` went quiet, `more` wait for the next sweep.
pub fn stale_message(m: &ScheduleMember, items: &[StaleItem], more: i64) -> Reply {
    stale::message(&m.locale, zone(&m.tz), m.stale_days, items, more)
}
