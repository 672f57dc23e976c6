//! Stale alerts: a deal or client nobody has touched for the team's `stale_days` is pushed once per quiet spell
//! to its owner, several in one message, with Log call / Remind / Snooze a week under the first few.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::money::format_money;
use crate::core::Engine;
use crate::core::callback::{Area, Payload};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Arg, Button, Reply, Text, TimeStyle};
use crate::parse::when::local_to_utc;
use crate::store::{ActivityKind, StaleItem};

/// Subjects with their own row of buttons.
const WITH_BUTTONS: usize = 3;
/// How long "Snooze a week" holds an alert back.
const SNOOZE_DAYS: i64 = 7;
const BUTTON_NAME_CHARS: usize = 18;

/// The one message listing what went quiet; `more` is how many are left for the next sweep.
pub fn message(lang: &str, tz: Tz, stale_days: i32, items: &[StaleItem], more: i64) -> Reply {
    let mut lines = vec![Text::key("stale-title").with("count", items.len()).with("days", i64::from(stale_days))];
    for item in items {
        let since = Arg::time(item.quiet_since, tz, TimeStyle::Date);
        let line = match (item.kind.as_str(), item.amount_minor, &item.currency) {
            ("deal", Some(minor), Some(cur)) => Text::key("stale-deal-line")
                .with("title", item.title.clone())
                .with("client", item.client_name.clone())
                .with("amount", format_money(minor, cur, lang))
                .with("since", since),
            _ => Text::key("stale-client-line").with("client", item.client_name.clone()).with("since", since),
        };
        lines.push(line);
    }
    if more > 0 {
        lines.push(Text::key("stale-more").with("count", more));
    }
    let rows = items.iter().take(WITH_BUTTONS).map(buttons).collect();
    Reply::new(lang, Text::Lines(lines)).buttons(rows)
}

fn buttons(item: &StaleItem) -> Vec<Button> {
    let name: String = item.client_name.chars().take(BUTTON_NAME_CHARS).collect();
    let code = if item.kind == "deal" { "d" } else { "c" };
    vec![
        Button::new(
            Text::key("stale-btn-call").with("name", name),
            Payload::Log(ActivityKind::Call, item.client_id).encode(),
        ),
        Button::new(Text::key("stale-btn-remind"), Payload::RemindFor(item.client_id).encode()),
        Button::new(Text::key("stale-btn-snooze"), Area::Digest.payload(&format!("z:{code}:{}", item.id))),
    ]
}

/// "Snooze a week": the alert may come once more a week from today (at the member's usual hour).
pub async fn snooze(engine: &Engine, ctx: &mut Ctx, kind: &str, id: i64) -> Out {
    let ws = ctx.workspace()?;
    let stale_button = || Fail::User(Text::key("err-stale-button"));
    // A subject of another team, or one the member may not act on, answers as a missing one.
    let subject = engine.store.stale_subject(ws, kind, id).await?.ok_or_else(stale_button)?;
    if !ctx.can_edit_owned_by(subject.owner_member_id) {
        return Err(stale_button());
    }
    let until = snooze_until(ctx.now, ctx.tz);
    if !engine.store.snooze_stale_alert(ws, kind, id, until).await? {
        return Err(stale_button());
    }
    let name = if kind == "deal" { subject.title } else { subject.client_name };
    Ok(vec![
        ctx.reply(
            Text::key("stale-snoozed").with("name", name).with("until", Arg::time(until, ctx.tz, TimeStyle::Date)),
        ),
    ])
}

/// The start of the local day a week from now: the alert is due again at that day's sweep.
pub fn snooze_until(now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    let day = now.with_timezone(&tz).date_naive() + Duration::days(SNOOZE_DAYS);
    local_to_utc(tz, day.and_time(chrono::NaiveTime::MIN))
}
