//! The composer's last step: what the campaign is and whom it reaches, with [Preview] [Send now] [Schedule]
//! [Drop]. Preview sends the promotion to the member exactly as a customer gets it; Send now starts it at once
//! (the delivery worker then sends its rows and reports progress); Schedule asks for a local time.

use crate::core::audit::{self, Action, On};
use chrono::NaiveTime;

use super::payload::CampButton;
use super::{Ask, Step, campaign_of_team, draft, require_sender, short};
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::customers::promo::{Recipient, message, texts};
use crate::core::reach::too_far;
use crate::core::reply::{Arg, Button, Text, TimeStyle};
use crate::core::session::State;
use crate::parse::tz::zone_label;
use crate::parse::when::{WhenError, parse_when};
use crate::store::{Audience, Campaign, SegmentFilter};

/// The code a preview shows where each customer will see their own.
const SAMPLE_CODE: &str = "K7M2QX9A";

async fn audience(engine: &Engine, ctx: &Ctx, campaign: &Campaign) -> Result<Audience, Fail> {
    let filter = campaign.filter.as_deref().and_then(SegmentFilter::from_json).unwrap_or_default();
    Ok(engine.store.audience(campaign.workspace_id, &filter, &campaign.default_lang, ctx.now).await?)
}

fn audience_line(ctx: &Ctx, a: &Audience) -> Text {
    let cap = ctx.team.as_ref().map_or(0, |t| i64::from(t.promo_cap_week));
    Text::key("camp-audience")
        .with("subscribed", a.subscribed)
        .with("held", a.held)
        .with("cap", cap)
        .with("receive", a.will_receive())
}

fn buttons(id: i64) -> Vec<Vec<Button>> {
    vec![
        vec![
            Button::new(Text::key("camp-btn-preview"), CampButton::Preview(id).encode()),
            Button::new(Text::key("camp-btn-send"), CampButton::SendNow(id).encode()),
        ],
        vec![
            Button::new(Text::key("camp-btn-schedule"), CampButton::Schedule(id).encode()),
            Button::new(Text::key("camp-btn-drop"), CampButton::Drop(id).encode()),
        ],
    ]
}

pub async fn summary(engine: &Engine, ctx: &mut Ctx, campaign: &Campaign, headline: Option<Text>) -> Out {
    ctx.session.state = State::Campaign(Step::Campaign { campaign_id: campaign.id, ask: Ask::Summary });
    let a = audience(engine, ctx, campaign).await?;
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("camp-summary-title").with("name", campaign.name.clone()));
    lines.push(audience_line(ctx, &a));
    let written = texts(campaign);
    let langs: Vec<&str> = written.keys().map(String::as_str).collect();
    lines.push(Text::key("camp-summary-langs").with("langs", langs.join(", ")));
    if let Some(text) = written.get(&campaign.default_lang) {
        lines.push(Text::Raw(format!("“{}”", short(text, 120))));
    }
    lines.push(Text::key(if campaign.photo_file_id.is_some() {
        "camp-summary-photo"
    } else {
        "camp-summary-no-photo"
    }));
    match &campaign.link_url {
        Some(url) => lines.push(Text::key("camp-summary-link").with("url", url.clone())),
        None => lines.push(Text::key("camp-summary-no-link")),
    }
    lines.push(code_line(campaign));
    match engine.store.followup_of(campaign.workspace_id, campaign.id).await? {
        Some(f) => lines.push(Text::key("camp-summary-followup").with("days", i64::from(f.followup_days.unwrap_or(1)))),
        None => lines.push(Text::key("camp-summary-no-followup")),
    }
    if a.will_receive() == 0 {
        lines.push(Text::key("camp-summary-nobody"));
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(buttons(campaign.id))])
}

pub fn code_line(campaign: &Campaign) -> Text {
    let value = campaign.code_value.clone().unwrap_or_default();
    match campaign.code_kind.as_str() {
        "shared" => Text::key("camp-summary-code-shared").with("code", value),
        "unique" => Text::key("camp-summary-code-unique"),
        "percent" => Text::key("camp-summary-code-percent").with("percent", value),
        _ => Text::key("camp-summary-code-none"),
    }
}

/// Everything a start needs: a text, and somebody subscribed to send it to.
async fn ready(engine: &Engine, ctx: &Ctx, campaign: &Campaign) -> Result<Audience, Fail> {
    if texts(campaign).values().all(|t| t.trim().is_empty()) {
        return Err(Fail::User(Text::key("camp-err-text-empty")));
    }
    let a = audience(engine, ctx, campaign).await?;
    if a.subscribed == 0 {
        return Err(Fail::User(Text::key("camp-err-nobody").with("name", campaign.name.clone()).with("total", 0_i64)));
    }
    Ok(a)
}

pub async fn preview(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let campaign = draft(engine, ctx, id).await?;
    if texts(&campaign).is_empty() {
        return Err(Fail::User(Text::key("camp-err-text-empty")));
    }
    let code = match campaign.code_kind.as_str() {
        "shared" => campaign.code_value.as_deref(),
        "unique" | "percent" => Some(SAMPLE_CODE),
        _ => None,
    };
    let mut replies = vec![message(&campaign, &Recipient { delivery_id: 0, lang: &ctx.lang, code })];
    if let Some(follow) = engine.store.followup_of(campaign.workspace_id, campaign.id).await? {
        let days = i64::from(follow.followup_days.unwrap_or(1));
        replies.push(ctx.reply(Text::key("camp-preview-followup").with("days", days)));
        let code = (follow.code_kind == "shared").then_some(follow.code_value.as_deref()).flatten();
        replies.push(message(&follow, &Recipient { delivery_id: 0, lang: &ctx.lang, code }));
    }
    let a = audience(engine, ctx, &campaign).await?;
    let lines = vec![Text::key("camp-preview-note"), audience_line(ctx, &a)];
    ctx.session.state = State::Campaign(Step::Campaign { campaign_id: campaign.id, ask: Ask::Summary });
    replies.push(ctx.reply(Text::Lines(lines)).buttons(buttons(campaign.id)));
    Ok(replies)
}

pub async fn send_now(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let campaign = draft(engine, ctx, id).await?;
    ready(engine, ctx, &campaign).await?;
    if engine.store.start_campaign(campaign.id, ctx.now).await?.is_none() {
        return Err(Fail::User(super::manage::state_error("sending")));
    }
    audit::record(engine, ctx, campaign.workspace_id, Action::campaign("started"), On::Campaign(campaign.id)).await;
    ctx.session.state = State::Idle;
    // The scheduler (and a sender waiting with it) looks again now rather than at its next round.
    engine.wake.notify_one();
    let tally = engine.store.campaign_tally(campaign.id).await?;
    let text = Text::key("camp-started").with("receive", tally.pending).with("held", tally.held);
    Ok(vec![ctx.reply(text).buttons(super::manage::controls(campaign.id, "sending"))])
}

pub async fn ask_when(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let campaign = draft(engine, ctx, id).await?;
    ready(engine, ctx, &campaign).await?;
    ctx.session.state = State::Campaign(Step::Campaign { campaign_id: campaign.id, ask: Ask::SendAt });
    Ok(vec![ctx.reply(Text::key("camp-ask-when").with("zone", zone_label(ctx.tz, ctx.now)))])
}

/// The typed time: in the member's zone, and ahead of now.
pub async fn schedule(engine: &Engine, ctx: &mut Ctx, campaign: &Campaign, text: &str) -> Out {
    let ten = NaiveTime::from_hms_opt(10, 0, 0).unwrap_or(NaiveTime::MIN);
    let when = match parse_when(text, &ctx.lang, ctx.now, ctx.tz, ten) {
        Ok(w) if w.rest.is_empty() => w,
        Err(WhenError::OutOfRange) => return Err(too_far(ctx, text)),
        _ => return Err(Fail::User(Text::key("camp-err-when").with("input", text.trim()))),
    };
    if when.at <= ctx.now {
        let at = Arg::time(when.at, ctx.tz, TimeStyle::DateTime);
        return Err(Fail::User(Text::key("camp-err-past").with("when", at)));
    }
    ready(engine, ctx, campaign).await?;
    if !engine.store.schedule_campaign(campaign.workspace_id, campaign.id, when.at).await? {
        return Err(Fail::User(Text::key("camp-err-gone")));
    }
    let on = On::Campaign(campaign.id);
    audit::record(engine, ctx, campaign.workspace_id, Action::campaign("scheduled"), on).await;
    ctx.session.state = State::Idle;
    // The scheduler sleeps until the earliest thing due: this may now be it.
    engine.wake.notify_one();
    let text = Text::key("camp-scheduled").with("when", Arg::time(when.at, ctx.tz, TimeStyle::DateTime));
    Ok(vec![ctx.reply(text).buttons(super::manage::controls(campaign.id, "scheduled"))])
}

pub async fn drop(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let ws = require_sender(ctx)?;
    let campaign = campaign_of_team(engine, ctx, id).await?;
    if !engine.store.delete_draft(ws, campaign.id).await? {
        return Err(Fail::User(super::manage::state_error(&campaign.state)));
    }
    audit::record(engine, ctx, ws, Action::campaign("deleted"), On::Campaign(campaign.id)).await;
    ctx.session.state = State::Idle;
    Ok(vec![ctx.reply(Text::key("camp-dropped"))])
}
