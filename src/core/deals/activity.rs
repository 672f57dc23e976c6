//! Meeting, Call and Note from the deal card: logged for the deal's client like `/meet`, `/call`, `/note`, and
//! tied to the deal (`activity.deal_id`), so the deal stops going stale when it is worked on.

use crate::core::audit::{self, Action, On};
use chrono::Duration;

use super::Step;
use super::view::editable_deal;
use crate::core::Engine;
use crate::core::callback::{Outcome, Payload};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::journal::{MAX_SUMMARY_CHARS, default_time};
use crate::core::reach::too_far;
use crate::core::reply::{Arg, Button, Text, TimeStyle};
use crate::core::session::State;
use crate::parse::when::{WhenError, parse_when};
use crate::store::{ActivityKind, NewActivity, NewReminder};

/// The card button: ask when and what (the same question as the client card asks).
pub async fn ask(engine: &Engine, ctx: &mut Ctx, kind: ActivityKind, deal_id: i64) -> Out {
    let deal = editable_deal(engine, ctx, deal_id).await?;
    let client = engine.store.get_client(deal.workspace_id, deal.client_id).await?.map(|c| c.name);
    ctx.session.state = State::Deal(Step::Activity { kind: kind.as_str().to_string(), deal_id });
    let key = match kind {
        ActivityKind::Meeting => "ask-meeting",
        ActivityKind::Call => "ask-call",
        _ => "ask-note",
    };
    Ok(vec![ctx.reply(Text::key(key).with("name", client.unwrap_or_default()))])
}

/// The answer: "yesterday 15:00 discussed the price", "tomorrow 10:00 demo", or a note's text.
pub async fn log(engine: &Engine, ctx: &mut Ctx, kind: ActivityKind, deal_id: i64, text: &str) -> Out {
    let deal = editable_deal(engine, ctx, deal_id).await?;
    let (at, summary) = if kind == ActivityKind::Note {
        (ctx.now, text.trim().to_string())
    } else {
        match parse_when(text, &ctx.lang, ctx.now, ctx.tz, default_time()) {
            Ok(w) => (w.at, w.rest),
            Err(WhenError::NotFound) => (ctx.now, text.trim().to_string()),
            Err(WhenError::Invalid) => return Err(Fail::User(Text::key("err-date").with("input", text.to_string()))),
            Err(WhenError::OutOfRange) => return Err(too_far(ctx, text)),
        }
    };
    if summary.chars().count() > MAX_SUMMARY_CHARS {
        return Err(Fail::User(Text::key("err-summary-long").with("max", MAX_SUMMARY_CHARS)));
    }
    if summary.is_empty() && kind == ActivityKind::Note {
        return Err(Fail::User(Text::key("deal-err-note-empty")));
    }
    ctx.session.state = State::Idle;
    let client = engine.store.get_client(deal.workspace_id, deal.client_id).await?.map(|c| c.name).unwrap_or_default();
    let planned = at > ctx.now;
    let new = NewActivity {
        workspace_id: deal.workspace_id,
        client_id: deal.client_id,
        kind,
        happens_at: at,
        done: !planned,
        summary: summary.clone(),
        outcome: None,
        author_member_id: ctx.member.id,
        deal_id: Some(deal.id),
    };
    let activity = engine.store.insert_activity(&new).await?;
    let on = On::Activity { id: activity.id, client: deal.client_id };
    audit::record(engine, ctx, deal.workspace_id, Action::activity(kind), on).await;
    let when = Arg::time(at, ctx.tz, TimeStyle::DateTime);
    if !planned {
        let key = match kind {
            ActivityKind::Meeting => "logged-meeting",
            ActivityKind::Call => "logged-call",
            _ => "logged-note",
        };
        let reply = ctx.reply(Text::key(key).with("name", client).with("when", when));
        if kind == ActivityKind::Note {
            return Ok(vec![reply]);
        }
        return Ok(vec![reply.buttons(outcome_buttons(activity.id))]);
    }
    // A planned meeting or call gets its reminder, as `/meet` gives one.
    let lead = Duration::minutes(i64::from(ctx.member.remind_before_min));
    let due = if at - lead > ctx.now { at - lead } else { at };
    let reminder = NewReminder {
        workspace_id: deal.workspace_id,
        member_id: ctx.member.id,
        client_id: Some(deal.client_id),
        activity_id: Some(activity.id),
        text: summary,
        due_at: due,
    };
    engine.store.insert_reminder(&reminder).await?;
    engine.wake.notify_one();
    let key = if kind == ActivityKind::Call { "planned-call" } else { "planned-meeting" };
    let remind = Arg::time(due, ctx.tz, TimeStyle::DateTime);
    Ok(vec![ctx.reply(Text::key(key).with("name", client).with("when", when).with("remind", remind))])
}

fn outcome_buttons(activity_id: i64) -> Vec<Vec<Button>> {
    Outcome::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter().map(|o| Button::new(Text::key(o.key()), Payload::Outcome(activity_id, *o).encode())).collect()
        })
        .collect()
}
