//! /start, /help, /lang, /tz, /before: who the member is and how they want to be spoken to.

use chrono_tz::Tz;

use super::Engine;
use super::callback::Payload;
use super::commands::MENU;
use super::context::{Ctx, Fail, Out, user_err};
use super::reply::{Arg, Button, Reply, Text, TimeStyle};
use super::session::State;
use crate::i18n::LANGS;
use crate::parse::tz::{common_zones, parse_tz, zone_label};
use crate::store::MemberPatch;

/// Reminder lead time bounds, in minutes (a week at most).
const MAX_BEFORE_MIN: i32 = 7 * 24 * 60;

pub async fn start(engine: &Engine, ctx: &mut Ctx) -> Out {
    let first_time = ctx.member.workspace_id.is_none();
    engine.store.ensure_workspace(ctx.member.id, &ctx.member.display_name).await?;
    if let Some(m) = engine.store.member_by_tg(ctx.member.tg_user_id).await? {
        ctx.member = m;
    }
    (ctx.team, ctx.role) = super::dispatch::load_team(engine, &ctx.member).await?;
    let greeting = if first_time { "start-welcome" } else { "start-welcome-back" };
    let text = Text::key(greeting).with("name", ctx.member.display_name.clone());
    Ok(vec![ctx.reply(Text::Lines(vec![text, Text::key("start-pick-lang")])).buttons(lang_buttons())])
}

fn lang_buttons() -> Vec<Vec<Button>> {
    LANGS
        .chunks(4)
        .map(|row| {
            row.iter()
                .map(|l| Button::new(Text::key("lang-name").with("lang", *l), Payload::Lang(l.to_string()).encode()))
                .collect()
        })
        .collect()
}

pub fn help(ctx: &Ctx) -> Reply {
    let lines = MENU
        .iter()
        .map(|cmd| Text::Concat(vec![Text::key(cmd.description), Text::Raw(": ".into()), Text::key(cmd.example)]))
        .collect();
    ctx.reply(Text::Lines(vec![Text::key("help-title"), Text::Lines(lines)]))
}

pub async fn lang(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    if args.is_empty() {
        return Ok(vec![ctx.reply(Text::key("start-pick-lang")).buttons(lang_buttons())]);
    }
    let code = args.trim().to_lowercase();
    if !LANGS.contains(&code.as_str()) {
        return Err(Fail::User(Text::key("err-lang").with("langs", LANGS.join(", "))));
    }
    set_lang(engine, ctx, &code).await
}

pub async fn set_lang(engine: &Engine, ctx: &mut Ctx, lang: &str) -> Out {
    let patch = MemberPatch { locale: Some(lang.to_string()), ..Default::default() };
    ctx.member = engine.store.update_member(ctx.member.id, &patch).await?;
    ctx.lang = lang.to_string();
    ctx.session.state = State::AwaitTz;
    let text = Text::Lines(vec![Text::key("lang-set"), tz_prompt(ctx)]);
    Ok(vec![ctx.reply(text).buttons(zone_buttons(ctx))])
}

fn tz_prompt(ctx: &Ctx) -> Text {
    Text::key("tz-prompt").with("current", zone_label(ctx.tz, ctx.now))
}

fn zone_buttons(ctx: &Ctx) -> Vec<Vec<Button>> {
    let zones: Vec<Button> = common_zones(&ctx.lang)
        .iter()
        .enumerate()
        .filter_map(|(i, name)| {
            let tz: Tz = name.parse().ok()?;
            Some(Button::new(Text::Raw(zone_label(tz, ctx.now)), Payload::Zone(i).encode()))
        })
        .collect();
    zones.chunks(2).map(|c| c.to_vec()).collect()
}

pub async fn tz(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    if args.is_empty() {
        ctx.session.state = State::AwaitTz;
        return Ok(vec![ctx.reply(tz_prompt(ctx)).buttons(zone_buttons(ctx))]);
    }
    set_tz_text(engine, ctx, args).await
}

pub async fn set_tz_text(engine: &Engine, ctx: &mut Ctx, text: &str) -> Out {
    match parse_tz(text) {
        Some(tz) => save_tz(engine, ctx, tz).await,
        // Stay in the dialogue: the member can simply type again.
        None => Err(Fail::User(Text::key("err-tz").with("input", text.chars().take(60).collect::<String>()))),
    }
}

pub async fn set_zone_index(engine: &Engine, ctx: &mut Ctx, index: usize) -> Out {
    let zone = common_zones(&ctx.lang).get(index).and_then(|z| z.parse::<Tz>().ok());
    match zone {
        Some(tz) => save_tz(engine, ctx, tz).await,
        None => Err(user_err("err-stale-button")),
    }
}

async fn save_tz(engine: &Engine, ctx: &mut Ctx, tz: Tz) -> Out {
    let patch = MemberPatch { tz: Some(tz.name().to_string()), ..Default::default() };
    ctx.member = engine.store.update_member(ctx.member.id, &patch).await?;
    ctx.tz = tz;
    ctx.session.state = State::Idle;
    let text = Text::Lines(vec![
        Text::key("tz-set")
            .with("zone", zone_label(tz, ctx.now))
            .with("now", Arg::time(ctx.now, tz, TimeStyle::DateTime)),
        Text::key("start-next"),
    ]);
    Ok(vec![ctx.reply(text)])
}

pub async fn before(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let minutes = args.trim().trim_end_matches(|c: char| c.is_alphabetic()).trim();
    let Ok(minutes) = minutes.parse::<i32>() else {
        return Err(Fail::User(Text::key("err-before").with("current", i64::from(ctx.member.remind_before_min))));
    };
    if !(0..=MAX_BEFORE_MIN).contains(&minutes) {
        return Err(Fail::User(Text::key("err-before").with("current", i64::from(ctx.member.remind_before_min))));
    }
    let patch = MemberPatch { remind_before_min: Some(minutes), ..Default::default() };
    ctx.member = engine.store.update_member(ctx.member.id, &patch).await?;
    Ok(vec![ctx.reply(Text::key("before-set").with("minutes", i64::from(minutes)))])
}
