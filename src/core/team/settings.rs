//! `/team` and the owner's team settings: `/team name Acme Sales`, `/team stale 14`, `/team shared on|off`.

use super::roster::view;
use super::team_of_button;
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::Text;
use crate::core::roles::Role;
use crate::store::TeamPatch;

const MAX_TEAM_NAME_CHARS: usize = 64;
const STALE_DAYS: std::ops::RangeInclusive<i32> = 1..=365;

pub async fn team_command(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let args = args.trim();
    if args.is_empty() {
        ctx.workspace()?;
        return view(engine, ctx, None).await;
    }
    let (word, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let rest = rest.trim();
    match word.to_lowercase().as_str() {
        "name" => rename(engine, ctx, rest).await,
        "stale" => set_stale_days(engine, ctx, rest).await,
        "shared" => match rest.to_lowercase().as_str() {
            "on" => shared_base(engine, ctx, true).await,
            "off" => shared_base(engine, ctx, false).await,
            _ => {
                ctx.require(&[Role::Owner])?;
                Err(Fail::User(Text::key("err-team-shared")))
            }
        },
        _ => Err(Fail::User(Text::key("err-team-args"))),
    }
}

async fn rename(engine: &Engine, ctx: &mut Ctx, name: &str) -> Out {
    ctx.require(&[Role::Owner])?;
    // Names are shown on one line: collapse any line breaks and runs of spaces.
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > MAX_TEAM_NAME_CHARS {
        return Err(Fail::User(Text::key("err-team-name").with("max", MAX_TEAM_NAME_CHARS)));
    }
    let patch = TeamPatch { name: Some(name.clone()), ..TeamPatch::default() };
    save(engine, ctx, &patch).await?;
    Ok(vec![ctx.reply(Text::key("team-renamed").with("team", name))])
}

async fn set_stale_days(engine: &Engine, ctx: &mut Ctx, days: &str) -> Out {
    ctx.require(&[Role::Owner])?;
    let days = days.trim_end_matches(|c: char| c.is_alphabetic()).trim();
    let Some(days) = days.parse::<i32>().ok().filter(|d| STALE_DAYS.contains(d)) else {
        return Err(Fail::User(Text::key("err-stale-days")));
    };
    save(engine, ctx, &TeamPatch { stale_days: Some(days), ..TeamPatch::default() }).await?;
    Ok(vec![ctx.reply(Text::key("team-stale-set").with("days", i64::from(days)))])
}

async fn shared_base(engine: &Engine, ctx: &mut Ctx, on: bool) -> Out {
    ctx.require(&[Role::Owner])?;
    save(engine, ctx, &TeamPatch { shared_base: Some(on), ..TeamPatch::default() }).await?;
    Ok(vec![ctx.reply(Text::key("team-shared-set").with("on", if on { "yes" } else { "no" }))])
}

/// The button under `/team`: set the shared base and show the team again.
pub async fn set_shared_base(engine: &Engine, ctx: &mut Ctx, ws: i64, on: bool) -> Out {
    team_of_button(ctx, ws, &[Role::Owner], "err-stale-button")?;
    save(engine, ctx, &TeamPatch { shared_base: Some(on), ..TeamPatch::default() }).await?;
    let headline = Text::key("team-shared-set").with("on", if on { "yes" } else { "no" });
    view(engine, ctx, Some(headline)).await
}

/// Write the change to the member's current team and keep `ctx` in step with it.
async fn save(engine: &Engine, ctx: &mut Ctx, patch: &TeamPatch) -> Result<(), Fail> {
    let ws = ctx.workspace()?;
    match engine.store.update_team(ws, patch).await? {
        Some(team) => {
            ctx.team = Some(team);
            let what = match (&patch.name, patch.shared_base) {
                (Some(_), _) => "name",
                (None, Some(_)) => "shared",
                (None, None) => "stale",
            };
            audit::record(engine, ctx, ws, Action::TeamSettings { what: what.into() }, On::Team).await;
            Ok(())
        }
        None => Err(Fail::User(Text::key("err-no-workspace"))),
    }
}
