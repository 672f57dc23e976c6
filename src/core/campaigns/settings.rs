//! `/promo`: the team's promotion settings. `/promo cap 3` (a customer gets at most 3 promotions a week; 0: no
//! cap), `/promo paid on|off` (owner only), `/promo birthday <greeting>` or `off`, `/promo gift none|unique|15%`
//! (the birthday code). Owners and leads change them; managers read.

use super::payload::CampButton;
use super::validate;
use super::{require_owner, require_sender};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Button, Text};
use crate::core::roles::Role;
use crate::store::PromoPatch;

const CAP: std::ops::RangeInclusive<i32> = 0..=100;

pub async fn promo(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    ctx.workspace()?;
    let args = args.trim();
    if args.is_empty() {
        return view(ctx, None);
    }
    let (word, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let rest = rest.trim();
    let patch = match word.to_lowercase().as_str() {
        "cap" => {
            require_sender(ctx)?;
            let digits = crate::parse::fold::digits(rest);
            match digits.parse::<i32>() {
                Ok(n) if CAP.contains(&n) && digits.chars().count() == rest.chars().count() => {
                    PromoPatch { cap_week: Some(n), ..PromoPatch::default() }
                }
                _ => return Err(Fail::User(Text::key("camp-err-cap"))),
            }
        }
        "paid" => {
            require_owner(ctx)?;
            match rest.to_lowercase().as_str() {
                "on" => PromoPatch { paid_broadcast: Some(true), ..PromoPatch::default() },
                "off" => PromoPatch { paid_broadcast: Some(false), ..PromoPatch::default() },
                _ => return Err(Fail::User(Text::key("camp-err-paid"))),
            }
        }
        "birthday" => {
            require_sender(ctx)?;
            if rest.eq_ignore_ascii_case("off") {
                PromoPatch { birthday_text: Some(None), ..PromoPatch::default() }
            } else {
                let text = validate::text(rest, false).map_err(|_| Fail::User(Text::key("camp-err-greeting")))?;
                PromoPatch { birthday_text: Some(Some(text)), ..PromoPatch::default() }
            }
        }
        "gift" => {
            require_sender(ctx)?;
            PromoPatch { birthday_code: Some(gift(rest)?), ..PromoPatch::default() }
        }
        _ => return Err(Fail::User(Text::key("camp-err-promo-args"))),
    };
    save(engine, ctx, &patch).await?;
    view(ctx, Some(Text::key("camp-promo-saved")))
}

/// The birthday code: "none", "unique", or a percent ("15", "15%", "percent 15").
fn gift(input: &str) -> Result<String, Fail> {
    let input = input.trim().to_lowercase();
    match input.as_str() {
        "none" | "no" | "-" => Ok("none".into()),
        "unique" | "code" => Ok("unique".into()),
        other => {
            let n = validate::percent(other.trim_start_matches("percent").trim())
                .map_err(|_| Fail::User(Text::key("camp-err-gift")))?;
            Ok(format!("percent:{n}"))
        }
    }
}

/// The owner's button under `/promo`: paid broadcasts on or off (a value, not a toggle).
pub async fn paid_button(engine: &Engine, ctx: &mut Ctx, ws: i64, on: bool) -> Out {
    let current = require_owner(ctx)?;
    if current != ws {
        return Err(Fail::User(Text::key("err-stale-button")));
    }
    save(engine, ctx, &PromoPatch { paid_broadcast: Some(on), ..PromoPatch::default() }).await?;
    view(ctx, Some(Text::key("camp-promo-saved")))
}

async fn save(engine: &Engine, ctx: &mut Ctx, patch: &PromoPatch) -> Result<(), Fail> {
    let ws = ctx.workspace()?;
    let team = engine.store.update_promo(ws, patch).await?.ok_or_else(|| Fail::User(Text::key("err-no-workspace")))?;
    ctx.team = Some(team);
    audit::record(engine, ctx, ws, Action::PromoSettings, On::Team).await;
    Ok(())
}

fn view(ctx: &Ctx, headline: Option<Text>) -> Out {
    let Some(team) = ctx.team.as_ref() else { return Err(Fail::User(Text::key("err-no-workspace"))) };
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("camp-promo-title"));
    lines.push(Text::key("camp-promo-cap").with("cap", i64::from(team.promo_cap_week)));
    lines.push(Text::key(if team.paid_broadcast { "camp-promo-paid-on" } else { "camp-promo-paid-off" }));
    match &team.birthday_text {
        Some(text) => {
            lines.push(Text::key("camp-promo-birthday"));
            lines.push(Text::Raw(text.clone()));
            let gift = match team.birthday_code.split_once(':') {
                Some(("percent", n)) => Text::key("camp-promo-gift-percent").with("percent", n),
                _ if team.birthday_code == "unique" => Text::key("camp-promo-gift-unique"),
                _ => Text::key("camp-promo-gift-none"),
            };
            lines.push(gift);
        }
        None => lines.push(Text::key("camp-promo-birthday-off")),
    }
    let mut rows = Vec::new();
    if ctx.sees_all() {
        lines.push(Text::key("camp-promo-usage"));
    } else {
        lines.push(Text::key("camp-promo-read-only"));
    }
    if ctx.role == Some(Role::Owner) {
        lines.push(Text::key("camp-promo-paid-explain"));
        let (key, on) = if team.paid_broadcast { ("camp-btn-paid-off", false) } else { ("camp-btn-paid-on", true) };
        rows.push(vec![Button::new(Text::key(key), CampButton::Paid { ws: team.id, on }.encode())]);
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_birthday_gift_is_read_strictly() {
        assert_eq!(gift("none").ok().as_deref(), Some("none"));
        assert_eq!(gift("Unique").ok().as_deref(), Some("unique"));
        assert_eq!(gift("15%").ok().as_deref(), Some("percent:15"));
        assert_eq!(gift("percent 20").ok().as_deref(), Some("percent:20"));
        for bad in ["95", "0", "lots", ""] {
            assert!(gift(bad).is_err(), "{bad}");
        }
    }
}
